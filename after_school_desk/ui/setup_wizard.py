"""First run: create the school, its first term, service windows, classes and the principal —
or join the school's PCs instead (``JoinDialog``): this PC's copy of the school is made from the
hub's copy in the sync folder, and the program opens it in place of the empty file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from after_school_desk.domain.roles import Role
from after_school_desk.errors import ValidationError
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.base.device import device_id
from after_school_desk.services.pcs import sync
from after_school_desk.services.school import users
from after_school_desk.services.school.profiles import list_profiles, proposed_windows
from after_school_desk.services.school.setup import (
    DEFAULT_WINDOWS,
    STAGES,
    SchoolSetup,
    create_school,
    stage_weeks,
)
from after_school_desk.ui import file_dialogs
from after_school_desk.ui.form_errors import error_label, show_error
from after_school_desk.ui.labels import weekday
from after_school_desk.ui.operations import Access, ProgressFn, Runner
from after_school_desk.ui.pin_rules import rule_label

JOINED = 2  # the wizard's result when this PC joined the school instead of setting one up


def _by_times(week: dict[int, tuple[str, str]]) -> dict[tuple[str, str], list[int]]:
    found: dict[tuple[str, str], list[int]] = {}
    for wd, times in sorted(week.items()):
        found.setdefault(times, []).append(wd)
    return found


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
        join_hint = QLabel(
            self.tr(
                "学校已经在另一台电脑上使用课后服务台，并设好了同步文件夹？"
                "那么不用在这里填写，请加入本校已有的电脑："
            )
        )
        join_hint.setWordWrap(True)
        join_hint.setProperty("role", "hint")
        form.addRow(join_hint)
        form.addRow("", wizard.join_button)
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
        grid.addWidget(wizard.stage_weeks, len(wizard.windows) + 1, 0, 1, 4)
        grid.setColumnStretch(3, 1)
        grid.setRowStretch(len(wizard.windows) + 2, 1)


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


@dataclass(frozen=True)
class Joined:
    """This PC's copy of the school, made beside the empty file (``staging``), to be opened in
    its place; ``name``: what this PC is called among the school's PCs."""

    staging: Path
    folder: Path
    name: str


def staging_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".joined")


class JoinDialog(QDialog):
    """加入本校已有的电脑: the sync folder and this PC's name; the copy is made off the GUI
    thread by path (the hub's copy is checked as it is copied). ``joined`` once done."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.joined: Joined | None = None
        self.setModal(True)
        self.setWindowTitle(self.tr("加入本校已有的电脑"))
        hint = QLabel(
            self.tr(
                "请先在学校主机上设好同步文件夹（同步 → 选择同步文件夹…，再设为学校主机）。"
                "这台电脑从那里取得学校的全部数据，之后每分钟和其他电脑同步一次。"
                "学生、班级、教职工等学校基础信息仍只在学校主机上修改。"
            )
        )
        hint.setWordWrap(True)
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(self.tr("学校主机上的共享文件夹、同步工具的文件夹或U盘"))
        self.folder_button = QPushButton(self.tr("选择文件夹…"))
        self.folder_button.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.folder_button)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("例如：一年级(1)班电脑"))
        form = QFormLayout()
        form.addRow(self.tr("同步文件夹"), folder_row)
        form.addRow(self.tr("本机名称"), self.name)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.error = error_label()
        buttons = QDialogButtonBox()
        self.join_button = buttons.addButton(
            self.tr("加入"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.join_button.setProperty("primary", True)
        self.cancel_button = buttons.addButton(
            self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.join)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.runner = Runner(self, self._failed, storage_alarm=False)
        self.runner.busy.connect(self._busy)
        self.resize(640, self.sizeHint().height())

    def choose_folder(self) -> None:
        chosen = file_dialogs.choose_folder(self, self.tr("选择同步文件夹"))
        if chosen:
            self.folder.setText(chosen)

    def join(self) -> None:
        text = self.folder.text().strip()
        if not text:
            show_error(self.error, self.tr("请选择同步文件夹。"))
            return
        show_error(self.error, "")
        folder = Path(text)
        staging = staging_path(self.ctx.store.path)
        name = self.name.text().strip()

        def work(_who: ServiceContext, _progress: ProgressFn) -> Path:
            """By path only (``Access.FILES``): never the open, empty file."""
            staging.unlink(missing_ok=True)  # a copy made earlier and not opened: made again
            return sync.join(folder, staging, device_id())

        def done(path: Path) -> None:
            self.joined = Joined(path, folder, name)
            self.accept()

        self.runner.start(self.ctx, work, access=Access.FILES, on_done=done)

    def _failed(self, text: str) -> None:
        show_error(self.error, text)

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for widget in (self.join_button, self.cancel_button, self.folder_button, self.folder):
            widget.setEnabled(not busy)

    def reject(self) -> None:
        if not self.runner.running():  # the copy is being made: wait for it
            super().reject()


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
        self.joined: Joined | None = None  # this PC joined the school's PCs instead
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
        # a school of more than one stage: the week each stage will be served on
        self.stage_weeks = QLabel()
        self.stage_weeks.setWordWrap(True)
        self.stage_weeks.setProperty("role", "hint")
        self._proposing = False
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
            day.toggled.connect(self.show_stage_weeks)
            t0.timeChanged.connect(self.show_stage_weeks)
            t1.timeChanged.connect(self.show_stage_weeks)
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
        self.join_button = QPushButton(self.tr("加入本校已有的电脑（从同步文件夹）…"))
        self.join_button.clicked.connect(self.join_school)

        if not school_exists:
            self.addPage(SchoolPage(self))
            self.addPage(TermPage(self))
            self.addPage(WindowsPage(self))
        self.addPage(AccountPage(self))
        self.resize(760, 560)

    def join_school(self) -> None:
        """Join instead of setting up: on success the wizard ends with ``JOINED``."""
        dialog = JoinDialog(self.ctx, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.joined is None:
                return
            self.joined = dialog.joined
        finally:
            dialog.deleteLater()
        self.done(JOINED)

    def propose_windows(self) -> None:
        """Fill the weekly timetable with what the chosen region's text asks for."""
        proposed = proposed_windows(
            str(self.profile_id.currentData() or "national"), str(self.stage.currentData())
        )
        self._proposing = True
        try:
            for wd, (day, t0, t1) in self.windows.items():
                day.setChecked(wd in proposed)
                if wd in proposed:
                    a, b = proposed[wd]
                    t0.setTime(QTime.fromString(a, "HH:mm"))
                    t1.setTime(QTime.fromString(b, "HH:mm"))
        finally:
            self._proposing = False
        self.show_stage_weeks()

    def show_stage_weeks(self) -> None:
        """For a school of more than one stage, the week each stage gets when it is created
        (the region's text may leave a stage without a weekday the others are served on)."""
        if self._proposing:
            return  # shown once the whole week is filled in
        try:
            weeks = stage_weeks(self.school_setup())
        except ValidationError:
            weeks = {}
        names = {"primary": self.tr("小学"), "junior": self.tr("初中"), "senior": self.tr("高中")}
        lines = []
        for stage, week in weeks.items():
            days = "，".join(
                self.tr("周%1 %2–%3")
                .replace("%1", "、".join(weekday(wd - 1) for wd in wds))
                .replace("%2", a)
                .replace("%3", b)
                for (a, b), wds in _by_times(week).items()
            )
            lines.append(f"{names[stage]}：{days or self.tr('不安排')}")
        self.stage_weeks.setVisible(bool(lines))
        self.stage_weeks.setText(
            self.tr("各学段的每周服务时间（建校后可在“校历 → 服务时间”中修改）：")
            + "\n"
            + "\n".join(lines)
            if lines
            else ""
        )

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
