"""First run: create the school, its first term, service windows, classes and the principal."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.domain.roles import Role
from app.errors import ValidationError
from app.services import users
from app.services.context import ServiceContext
from app.services.profiles import list_profiles, proposed_windows
from app.services.setup import DEFAULT_WINDOWS, STAGES, SchoolSetup, create_school
from app.ui.form_errors import error_label, show_error
from app.ui.pin_rules import rule_label


def default_term(today: date) -> tuple[date, date]:
    """The term a school is most likely setting up on ``today``."""
    if today.month >= 7:
        return date(today.year, 9, 1), date(today.year + 1, 1, 20)
    if today.month == 1:
        return date(today.year - 1, 9, 1), date(today.year, 1, 20)
    return date(today.year, 3, 1), date(today.year, 7, 10)


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


class SchoolPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self.setTitle(self.tr("学校信息"))
        self.setSubTitle(self.tr("这些信息会印在台账和报表上，以后可以修改。"))
        form = QFormLayout(self)
        form.addRow(self.tr("学校名称 *"), wizard.school_name)
        form.addRow(self.tr("学校标识码"), wizard.school_code)
        form.addRow(self.tr("所属县（区） *"), wizard.county)
        form.addRow(self.tr("学段"), wizard.stage)
        form.addRow("", wizard.boarding)
        form.addRow("", wizard.village)
        form.addRow(self.tr("政策配置"), wizard.profile_id)
        self.registerField("school_name*", wizard.school_name)
        self.registerField("county*", wizard.county)


class TermPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self.setTitle(self.tr("第一个学期与班级"))
        self.setSubTitle(self.tr("学期起止日期决定哪些天开展课后服务；节假日会自动标出。"))
        form = QFormLayout(self)
        form.addRow(self.tr("学期名称"), wizard.term_name)
        form.addRow(self.tr("开始日期"), wizard.term_start)
        form.addRow(self.tr("结束日期"), wizard.term_end)
        form.addRow(self.tr("每个年级的班级数"), wizard.classes_per_grade)


class WindowsPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self.setTitle(self.tr("每周服务时间"))
        self.setSubTitle(self.tr("不开展课后服务的日子请取消勾选（例如小学周三下午不开展）。"))
        grid = QGridLayout(self)
        grid.addWidget(QLabel(self.tr("开始")), 0, 1)
        grid.addWidget(QLabel(self.tr("结束")), 0, 2)
        for row, (day, start, end) in enumerate(wizard.windows.values(), start=1):
            grid.addWidget(day, row, 0)
            grid.addWidget(start, row, 1)
            grid.addWidget(end, row, 2)
        grid.setColumnStretch(3, 1)


class AccountPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("校长账户"))
        self.setSubTitle(self.tr("第一个账户是校长，用它登录后再为老师们建立账户。"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(self.tr("登录名 *"), wizard.login)
        form.addRow(self.tr("姓名 *"), wizard.display_name)
        form.addRow(self.tr("PIN *"), wizard.pin)
        form.addRow(self.tr("再输一次 PIN *"), wizard.pin_again)
        form.addRow("", rule_label(Role.PRINCIPAL))
        layout.addLayout(form)
        layout.addWidget(wizard.error)
        layout.addStretch(1)
        self.registerField("login*", wizard.login)
        self.registerField("display_name*", wizard.display_name)
        self.registerField("pin*", wizard.pin)

    def validatePage(self) -> bool:
        return self._wizard.finish_setup()


class SetupWizard(QWizard):
    """Create the school (unless it exists) and the first principal account.

    ``ctx`` acts as the SYSTEM actor: no user exists yet.
    """

    def __init__(
        self, ctx: ServiceContext, *, school_exists: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.school_done = school_exists
        self.created: dict[str, Any] = {}
        self.setWindowTitle(self.tr("课后服务台 — 首次设置"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("下一步"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("上一步"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("完成"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("取消"))

        self.school_name = QLineEdit()
        self.school_name.setPlaceholderText(self.tr("例如：立岗镇中心小学"))
        self.school_code = QLineEdit()
        self.school_code.setPlaceholderText(self.tr("10位数字，可以以后再填"))
        self.county = QLineEdit()
        self.county.setPlaceholderText(self.tr("例如：贺兰县"))
        self.stage = QComboBox()
        for key, label in STAGES.items():
            self.stage.addItem(label, key)
        self.boarding = QCheckBox(self.tr("寄宿制学校"))
        self.village = QCheckBox(self.tr("乡村学校或教学点"))
        self.village.setChecked(True)
        self.profile_id = QComboBox()
        for entry in list_profiles():
            self.profile_id.addItem(f"{entry.name}（{entry.region}）", entry.id)

        start, end = default_term(ctx.clock.now().date())
        self.term_name = QLineEdit()
        self.term_name.setPlaceholderText(self.tr("留空则自动命名，如“2026-2027学年第一学期”"))
        self.term_start = QDateEdit(_qdate(start))
        self.term_end = QDateEdit(_qdate(end))
        for edit in (self.term_start, self.term_end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.classes_per_grade = QSpinBox()
        self.classes_per_grade.setRange(0, 20)
        self.classes_per_grade.setValue(1)

        self.windows: dict[int, tuple[QCheckBox, QTimeEdit, QTimeEdit]] = {}
        weekdays = [self.tr("星期一"), self.tr("星期二"), self.tr("星期三"), self.tr("星期四")]
        weekdays.append(self.tr("星期五"))
        for wd, label in enumerate(weekdays, start=1):
            a, b = DEFAULT_WINDOWS.get(wd, ("16:00", "18:00"))
            day = QCheckBox(label)
            day.setChecked(True)
            t0 = QTimeEdit(QTime.fromString(a, "HH:mm"))
            t1 = QTimeEdit(QTime.fromString(b, "HH:mm"))
            for t in (t0, t1):
                t.setDisplayFormat("HH:mm")
            day.toggled.connect(t0.setEnabled)
            day.toggled.connect(t1.setEnabled)
            self.windows[wd] = (day, t0, t1)
        self.profile_id.currentIndexChanged.connect(self.propose_windows)
        self.stage.currentIndexChanged.connect(self.propose_windows)
        self.propose_windows()

        self.login = QLineEdit()
        self.display_name = QLineEdit()
        self.pin = QLineEdit()
        self.pin_again = QLineEdit()
        for pin_edit in (self.pin, self.pin_again):
            pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("6–12 位数字或口令"))
        self.error = error_label()

        if not school_exists:
            self.addPage(SchoolPage(self))
            self.addPage(TermPage(self))
            self.addPage(WindowsPage(self))
        self.addPage(AccountPage(self))
        self.resize(760, 560)

    def propose_windows(self) -> None:
        """Fill the weekly timetable with what the chosen region's text asks for."""
        proposed = proposed_windows(
            str(self.profile_id.currentData() or "national"), str(self.stage.currentData())
        )
        for wd, (day, t0, t1) in self.windows.items():
            day.setChecked(wd in proposed)
            if wd in proposed:
                a, b = proposed[wd]
                t0.setTime(QTime.fromString(a, "HH:mm"))
                t1.setTime(QTime.fromString(b, "HH:mm"))

    def school_setup(self) -> SchoolSetup:
        return SchoolSetup(
            name=self.school_name.text(),
            county=self.county.text(),
            term_start=self.term_start.date().toString("yyyy-MM-dd"),
            term_end=self.term_end.date().toString("yyyy-MM-dd"),
            term_name=self.term_name.text().strip(),
            school_code=self.school_code.text().strip(),
            stage=str(self.stage.currentData()),
            boarding=self.boarding.isChecked(),
            village=self.village.isChecked(),
            profile_id=str(self.profile_id.currentData() or "national"),
            windows={
                wd: (t0.time().toString("HH:mm"), t1.time().toString("HH:mm"))
                for wd, (day, t0, t1) in self.windows.items()
                if day.isChecked()
            },
            classes_per_grade=self.classes_per_grade.value(),
        )

    def _account_problem(self) -> str:
        if not self.login.text().strip():
            return self.tr("请填写登录名。")
        if self.pin.text() != self.pin_again.text():
            return self.tr("两次输入的 PIN 不一致。")
        try:
            users.validate_pin(self.pin.text(), Role.PRINCIPAL)
        except ValidationError as exc:
            return exc.message
        return ""

    def finish_setup(self) -> bool:
        """Create what is still missing; on a refusal show why and stay on the page."""
        problem = self._account_problem()
        if problem:
            show_error(self.error, problem)
            return False
        try:
            if not self.school_done:
                self.created.update(create_school(self.ctx, self.school_setup()))
                self.school_done = True
            self.created["user"] = users.create_user(
                self.ctx,
                self.login.text(),
                self.display_name.text(),
                Role.PRINCIPAL.value,
                self.pin.text(),
            )
        except ValidationError as exc:
            show_error(self.error, "\n".join(exc.lines()))
            return False
        return True
