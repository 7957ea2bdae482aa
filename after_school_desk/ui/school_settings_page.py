"""学校设置: the school's name and county, what the county's direct report asks beyond the
records (当地下班时间, 作业管理办法, 作业公示, 第三方机构), the alert times, where the database
lives and the folder 立即备份 writes to."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from after_school_desk.errors import AppError, ValidationError
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school import school_settings
from after_school_desk.services.school.school_settings import MINUTE_LIMITS, SchoolSettings
from after_school_desk.ui import file_dialogs, storage_failure
from after_school_desk.ui.data_folder_box import DataFolderBox
from after_school_desk.ui.day_common import MessageBar, attempt
from after_school_desk.ui.form_fields import FieldErrors, hhmm, time_edit
from after_school_desk.ui.operations import Changed, follow, publish
from after_school_desk.ui.profile_box import ProfileBox
from after_school_desk.ui.style import MIN_TARGET

FIELDS = [
    "name",
    "county",
    "school_code",
    "work_end_time",
    "homework_policy",
    "homework_notice",
    "outside_providers",
    "escalate_minutes",
    "signin_window_minutes",
    "complaint_phone",
    "notice_days",
    "service_content",
    "backup_folder",
]


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setProperty("role", "hint")
    return label


class SchoolSettingsPage(QWidget):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.errors = FieldErrors(FIELDS)
        self.bar = MessageBar()

        # -- the school --
        self.name = QLineEdit()
        self.county = QLineEdit()
        self.school_code = QLineEdit()
        self.school_code.setPlaceholderText(self.tr("10 位数字，不知道可以不填"))
        school_box = QGroupBox(self.tr("学校信息"))
        school_form = QFormLayout(school_box)
        self._row(school_form, self.tr("学校名称"), self.name, "name")
        self._row(school_form, self.tr("所属县（区）"), self.county, "county")
        self._row(school_form, self.tr("学校标识码"), self.school_code, "school_code")

        # -- the direct report --
        self.has_work_end = QCheckBox(self.tr("已知"))
        self.work_end = time_edit("17:30")
        self.has_work_end.toggled.connect(self.work_end.setEnabled)
        work_row = QHBoxLayout()
        work_row.addWidget(self.has_work_end)
        work_row.addWidget(self.work_end)
        work_row.addStretch(1)
        self.homework_policy = self._yes_no_box(self.tr("有"), self.tr("没有"))
        self.homework_notice = self._yes_no_box(self.tr("已公示"), self.tr("未公示"))
        self.providers = QPlainTextEdit()
        self.providers.setPlaceholderText(self.tr("每行写一个机构名称；没有就不填"))
        self.providers.setMinimumHeight(110)
        self.providers.setMaximumHeight(160)
        self.providers_count = QLabel()
        self.providers.textChanged.connect(self._count_providers)
        report_box = QGroupBox(self.tr("直报系统需要的信息"))
        report_form = QFormLayout(report_box)
        report_form.addRow(
            _hint(self.tr("这些信息记录里没有，需要学校填写；每月的直报会自动带上。"))
        )
        self._row(report_form, self.tr("当地下班时间"), work_row, "work_end_time")
        self._row(report_form, self.tr("作业管理办法"), self.homework_policy, "homework_policy")
        self._row(report_form, self.tr("作业公示"), self.homework_notice, "homework_notice")
        providers_col = QVBoxLayout()
        providers_col.addWidget(self.providers)
        providers_col.addWidget(self.providers_count)
        self._row(report_form, self.tr("第三方机构"), providers_col, "outside_providers")

        # -- alerts --
        self.escalate = self._minutes_box("escalate_minutes")
        self.signin_window = self._minutes_box("signin_window_minutes")
        alert_box = QGroupBox(self.tr("提醒"))
        alert_form = QFormLayout(alert_box)
        self._row(
            alert_form, self.tr("提醒多久未处理报带班领导"), self.escalate, "escalate_minutes"
        )
        self._row(
            alert_form,
            self.tr("签到截止（服务开始后）"),
            self.signin_window,
            "signin_window_minutes",
        )

        # -- the 收支公示 --
        self.complaint_phone = QLineEdit()
        self.complaint_phone.setPlaceholderText(
            self.tr("如：学校 0951-1234567，县教育局 0951-7654321")
        )
        self.notice_days = QSpinBox()
        self.notice_days.setRange(0, 60)
        self.notice_days.setSpecialValueText(self.tr("不填（打印时留空）"))
        self.notice_days.setSuffix(self.tr(" 天"))
        self.notice_days.setMinimumHeight(MIN_TARGET)
        self.notice_days.setMinimumWidth(220)
        self.notice_days.setStyleSheet(
            "QSpinBox::up-button, QSpinBox::down-button { width: 40px; }"
        )
        self.service_content = QLineEdit()
        self.service_content.setPlaceholderText(self.tr("不填则写：作业辅导、阅读和兴趣活动"))
        notice_box = QGroupBox(self.tr("收支公示"))
        notice_form = QFormLayout(notice_box)
        self._row(notice_form, self.tr("监督电话"), self.complaint_phone, "complaint_phone")
        self._row(notice_form, self.tr("公示期"), self.notice_days, "notice_days")
        self._row(notice_form, self.tr("服务内容"), self.service_content, "service_content")

        self.save_button = QPushButton(self.tr("保存学校设置"))
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save)
        self.reload_button = QPushButton(self.tr("放弃修改"))
        self.reload_button.clicked.connect(self.load)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.reload_button)
        save_row.addWidget(self.save_button)

        # -- where the data lives --
        self.db_path = QLineEdit()
        self.db_path.setReadOnly(True)
        self.open_folder_button = QPushButton(self.tr("打开所在文件夹"))
        self.copy_path_button = QPushButton(self.tr("复制路径"))
        self.open_folder_button.clicked.connect(self.open_db_folder)
        self.copy_path_button.clicked.connect(self.copy_db_path)
        self.data_folder_button = QPushButton(self.tr("数据文件夹…"))  # moving it to another disk
        self.data_folder_button.clicked.connect(self.open_data_folder)
        db_row = QHBoxLayout()
        db_row.addWidget(self.db_path, 1)
        db_row.addWidget(self.open_folder_button)
        db_row.addWidget(self.copy_path_button)
        db_row.addWidget(self.data_folder_button)
        self.backup_folder = QLineEdit()
        self.backup_folder.setReadOnly(True)
        self.choose_backup_button = QPushButton(self.tr("选择文件夹…"))
        self.default_backup_button = QPushButton(self.tr("恢复默认"))
        self.choose_backup_button.clicked.connect(self.choose_backup_folder)
        self.default_backup_button.clicked.connect(lambda: self.set_backup_folder(""))
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup_folder, 1)
        backup_row.addWidget(self.choose_backup_button)
        backup_row.addWidget(self.default_backup_button)
        self.daily_hint = _hint("")
        data_box = QGroupBox(self.tr("数据位置"))
        data_form = QFormLayout(data_box)
        data_form.addRow(self.tr("数据库文件"), db_row)
        self._row(data_form, self.tr("“立即备份”保存到"), backup_row, "backup_folder")
        data_form.addRow("", self.daily_hint)

        title = QLabel(self.tr("学校设置"))
        title.setProperty("role", "title")
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(title)
        layout.addWidget(school_box)
        layout.addWidget(report_box)
        layout.addWidget(alert_box)
        layout.addWidget(notice_box)
        layout.addLayout(save_row)
        layout.addWidget(data_box)
        self.profile_box = ProfileBox(self.ctx)
        layout.addWidget(self.profile_box)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.bar)
        for edit in (self.name, self.county, self.school_code, self.db_path, self.backup_folder,
                     self.complaint_phone, self.service_content):  # fmt: skip
            edit.setMinimumHeight(MIN_TARGET)
        self.load()
        # the form is this page's own: re-read only when the whole file changed (a restore)
        self.follower = follow(self, lambda c: c.everything, self.load)

    # -- building ----------------------------------------------------------------------------

    def _row(self, form: QFormLayout, label: str, field: QWidget | QHBoxLayout | QVBoxLayout,
             name: str) -> None:  # fmt: skip
        column = QVBoxLayout()
        if isinstance(field, QWidget):
            column.addWidget(field)
        else:
            column.addLayout(field)
        column.addWidget(self.errors[name])
        form.addRow(label, column)

    def _yes_no_box(self, yes: str, no: str) -> QComboBox:
        box = QComboBox()
        box.addItem(self.tr("未填写"), None)
        box.addItem(yes, True)
        box.addItem(no, False)
        box.setMinimumHeight(MIN_TARGET)
        box.setMinimumWidth(160)
        return box

    def _minutes_box(self, key: str) -> QSpinBox:
        box = QSpinBox()
        low, high = MINUTE_LIMITS[key]
        box.setRange(low, high)
        box.setSingleStep(5)
        box.setSuffix(self.tr(" 分钟"))
        box.setMinimumHeight(MIN_TARGET)
        box.setMinimumWidth(160)
        box.setStyleSheet("QSpinBox::up-button, QSpinBox::down-button { width: 40px; }")
        return box

    @staticmethod
    def _choose(box: QComboBox, value: bool | None) -> None:
        box.setCurrentIndex({None: 0, True: 1, False: 2}[value])

    def _count_providers(self) -> None:
        count = len(self.provider_names())
        self.providers_count.setText(self.tr("共 %1 家").replace("%1", str(count)))

    def provider_names(self) -> list[str]:
        return [p.strip() for p in self.providers.toPlainText().splitlines() if p.strip()]

    # -- the school's settings -----------------------------------------------------------------

    def load(self) -> None:
        self.errors.clear()
        s = attempt(self.bar, lambda: school_settings.load(self.ctx))
        if s is not None:
            self.show_settings(s)
        self.show_locations()

    def show_settings(self, s: SchoolSettings) -> None:
        self.name.setText(s.name)
        self.county.setText(s.county)
        self.school_code.setText(s.school_code)
        self.has_work_end.setChecked(bool(s.work_end_time))
        self.work_end.setEnabled(bool(s.work_end_time))
        if s.work_end_time:
            self.work_end.setTime(time_edit(s.work_end_time).time())
        self._choose(self.homework_policy, s.homework_policy)
        self._choose(self.homework_notice, s.homework_notice)
        self.providers.setPlainText("\n".join(s.outside_providers))
        self._count_providers()
        self.escalate.setValue(s.escalate_minutes)
        self.signin_window.setValue(s.signin_window_minutes)
        self.complaint_phone.setText(s.complaint_phone)
        self.notice_days.setValue(s.notice_days)
        self.service_content.setText(s.service_content)

    def typed(self) -> SchoolSettings:
        return SchoolSettings(
            name=self.name.text(),
            county=self.county.text(),
            school_code=self.school_code.text(),
            work_end_time=hhmm(self.work_end) if self.has_work_end.isChecked() else "",
            homework_policy=self.homework_policy.currentData(),
            homework_notice=self.homework_notice.currentData(),
            outside_providers=self.provider_names(),
            escalate_minutes=self.escalate.value(),
            signin_window_minutes=self.signin_window.value(),
            complaint_phone=self.complaint_phone.text(),
            notice_days=self.notice_days.value(),
            service_content=self.service_content.text(),
        )

    def save(self) -> None:
        self.errors.clear()
        self.bar.clear_message()
        try:
            saved = school_settings.save(self.ctx, self.typed())
        except ValidationError as exc:
            self.errors.show(exc)
            self.bar.show_error(exc.message)
            return
        except AppError as exc:
            storage_failure.alarm(exc, self)
            self.bar.show_error("\n".join(exc.lines()))
            return
        publish(Changed(school=True), self)
        self.show_settings(saved)
        self.bar.show_ok(self.tr("学校设置已保存。"))

    # -- where the data lives --------------------------------------------------------------

    def show_locations(self) -> None:
        info = school_settings.backup_settings(self.ctx)
        self.db_path.setText(info["database"])
        self.backup_folder.setText(info["backup_folder"])
        self.default_backup_button.setEnabled(bool(info["chosen"]))
        self.daily_hint.setText(
            self.tr("每天的自动备份仍保存在 %1，程序启动时发现数据损坏会从那里恢复。").replace(
                "%1", info["daily_folder"]
            )
        )

    def open_db_folder(self) -> None:
        folder = Path(self.db_path.text()).parent
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            self.copy_db_path()
            self.bar.show_error(
                self.tr("无法打开文件夹，路径已复制，可粘贴到文件管理器地址栏：%1").replace(
                    "%1", str(folder)
                )
            )

    def open_data_folder(self) -> None:
        DataFolderBox(self.ctx, self).exec()

    def copy_db_path(self) -> None:
        QGuiApplication.clipboard().setText(self.db_path.text())
        self.bar.show_ok(self.tr("数据库路径已复制。"))

    def ask_folder(self, start: str) -> str:
        """The folder dialog (tests replace this method)."""
        return file_dialogs.choose_folder(self, self.tr("选择保存备份的文件夹"), start)

    def choose_backup_folder(self) -> None:
        folder = self.ask_folder(file_dialogs.start_folder())
        if folder:
            self.set_backup_folder(folder)

    def set_backup_folder(self, folder: str) -> None:
        self.errors.clear()
        self.bar.clear_message()
        try:
            path = school_settings.set_backup_folder(self.ctx, folder)
        except ValidationError as exc:
            self.errors.show(exc)
            self.bar.show_error(exc.message)
            return
        except AppError as exc:
            storage_failure.alarm(exc, self)
            self.bar.show_error("\n".join(exc.lines()))
            return
        self.show_locations()
        self.bar.show_ok(self.tr("“立即备份”将保存到 %1。").replace("%1", str(path)))
