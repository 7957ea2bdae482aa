"""The calendar page's dialogs: the State Council holiday notice (with its preview), days off, a
new term and the service times (per weekday, per season). Each keeps what was typed when a
service refuses it and shows the message next to the field; it closes (accept) only after the
service saved."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTime, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from after_school_desk.errors import AppError, ValidationError
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school import calendar, notice_preview, profiles
from after_school_desk.services.school.setup import school_info
from after_school_desk.ui import file_dialogs, storage_failure
from after_school_desk.ui.form_errors import error_label, show_error
from after_school_desk.ui.form_fields import FieldErrors, date_edit, hhmm, iso, time_edit
from after_school_desk.ui.labels import weekday
from after_school_desk.ui.notice_preview_panel import NoticePreviewPanel
from after_school_desk.ui.operations import Changed, publish
from after_school_desk.ui.style import MIN_TARGET


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setProperty("role", "hint")
    return label


class _SaveDialog(QDialog):
    """保存 / 取消 at the bottom; ``save()`` runs the subclass's ``apply`` and closes on success."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setModal(True)
        self.error = error_label()
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("保存"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setProperty("primary", True)
        self.cancel_button = self.buttons.addButton(
            self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.result_text = ""

    def apply(self) -> str:
        """Call the service; return the confirmation shown on the page."""
        raise NotImplementedError

    def show_refusal(self, exc: AppError) -> None:
        show_error(self.error, "\n".join(exc.lines()))

    def save(self) -> None:
        show_error(self.error, "")
        try:
            self.result_text = self.apply()
        except AppError as exc:
            storage_failure.alarm(exc, self)
            self.show_refusal(exc)
            return
        publish(Changed(calendar=True), self)
        self.accept()


class NoticeDialog(_SaveDialog):
    """国务院节假日通知: the notice pasted as published (or opened from a .txt/.docx file, or the
    year's holidays as editable lines, prefilled from what is known), the preview of what it was
    understood to say next to what the program had assumed, and 保存."""

    def __init__(self, ctx: ServiceContext, year: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("录入国务院节假日通知"))
        self.year = QComboBox()
        for y in range(year - 1, year + 3):
            self.year.addItem(self.tr("%1 年").replace("%1", str(y)), y)
        self.year.setCurrentIndex(1)
        self.year.setMinimumHeight(MIN_TARGET)
        self.year.currentIndexChanged.connect(self.load_draft)
        self.open_button = QPushButton(self.tr("打开文件…"))
        self.clear_button = QPushButton(self.tr("清空"))
        for button in (self.open_button, self.clear_button):
            button.setMinimumHeight(MIN_TARGET)
        self.open_button.clicked.connect(self.open_file)
        self.clear_button.clicked.connect(self.clear_text)
        self.text = QPlainTextEdit()
        self.text.setMinimumHeight(140)
        self.text.setPlaceholderText(self.tr("在这里粘贴国务院办公厅关于节假日安排的通知全文"))
        self.preview = NoticePreviewPanel()
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(300)
        self.preview_timer.timeout.connect(self.update_preview)
        self.text.textChanged.connect(self.preview_timer.start)
        hint = _hint(
            self.tr(
                "把国务院办公厅通知的全文粘贴进来（标题、落款一起粘贴也可以），"
                "或者打开保存了通知的 .txt、.docx 文件；PDF 请先在阅读器里复制文字。"
                "下面列出程序读到的每段放假和每个调休上班日，以及与原先安排的不同，核对无误再保存。"
                "也可以每行写一项：“2027-02-06..2027-02-12 春节”“2027-02-14 上班”。"
                "保存后该年安排即为“已确认”。"
            )
        )
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("年份")))
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(self.open_button)
        top.addWidget(self.clear_button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.text)
        split.addWidget(self.preview)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(split, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.load_draft()
        self.resize(900, 680)

    def chosen_year(self) -> int:
        return int(self.year.currentData())

    def load_draft(self) -> None:
        self.text.setPlainText(calendar.notice_draft(self.ctx, self.chosen_year()))
        show_error(self.error, "")
        self.update_preview()

    def clear_text(self) -> None:
        self.text.clear()
        self.text.setFocus()

    def open_file(self) -> None:
        path = file_dialogs.open_file(
            self,
            self.tr("打开节假日通知"),
            self.tr("通知文件 (*.txt *.docx);;所有文件 (*)"),
        )
        if not path:
            return
        try:
            self.text.setPlainText(notice_preview.read_notice_file(path))
        except AppError as exc:
            show_error(self.error, "\n".join(exc.lines()))
            return
        show_error(self.error, "")
        self.update_preview()

    def update_preview(self) -> None:
        self.preview_timer.stop()
        if not self.text.toPlainText().strip():
            self.preview.show_preview(None)
            return
        try:
            found = notice_preview.preview_notice(
                self.ctx, self.chosen_year(), self.text.toPlainText()
            )
        except AppError as exc:
            storage_failure.alarm(exc, self)
            self.preview.show_preview(None)
            show_error(self.error, "\n".join(exc.lines()))
            return
        self.preview.show_preview(found)

    def apply(self) -> str:
        self.update_preview()
        count = calendar.enter_notice(self.ctx, self.chosen_year(), self.text.toPlainText())
        return (
            self.tr("已保存 %1 年的节假日安排（%2 天）。")
            .replace("%1", str(self.chosen_year()))
            .replace("%2", str(count))
        )


class DaysOffDialog(_SaveDialog):
    """学校放假: one or more days without service, with the reason."""

    def __init__(self, ctx: ServiceContext, day: date, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("设为放假"))
        self.fields = FieldErrors(["dates", "name"])
        self.start = date_edit(day)
        self.end = date_edit(day)
        self.start.dateChanged.connect(self._keep_order)
        self.name = QLineEdit()
        self.name.setMinimumHeight(MIN_TARGET)
        self.name.setPlaceholderText(self.tr("例如：秋季运动会、期中考试、村里集会"))
        form = QFormLayout()
        form.addRow(self.tr("从"), self.start)
        form.addRow(self.tr("到"), self.end)
        form.addRow("", self.fields["dates"])
        form.addRow(self.tr("放假原因"), self.name)
        form.addRow("", self.fields["name"])
        layout = QVBoxLayout(self)
        layout.addWidget(_hint(self.tr("这些天不安排课后服务。法定节假日请用“录入节假日通知”。")))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(520, 340)

    def _keep_order(self, start: QDate) -> None:
        if self.end.date() < start:
            self.end.setDate(start)

    def apply(self) -> str:
        self.fields.clear()
        if not self.name.text().strip():
            raise ValidationError(
                self.tr("请写明放假原因。"), fields={"name": self.tr("请写明放假原因。")}
            )
        days = calendar.set_days_off(self.ctx, iso(self.start), iso(self.end), self.name.text())
        return (
            self.tr("已设为放假：%1（%2 天）。")
            .replace("%1", self.name.text().strip())
            .replace("%2", str(days))
        )

    def show_refusal(self, exc: AppError) -> None:
        if isinstance(exc, ValidationError) and exc.fields:
            self.fields.show(exc)
        else:
            show_error(self.fields["dates"], "\n".join(exc.lines()))


class TermDialog(_SaveDialog):
    """添加学期: the next term, so its days become service days."""

    def __init__(self, ctx: ServiceContext, start: date, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("添加学期"))
        self.start = date_edit(start)
        self.end = date_edit(start)
        self.end.setDate(self.start.date().addDays(140))
        self.name = QLineEdit()
        self.name.setMinimumHeight(MIN_TARGET)
        self.name.setPlaceholderText(self.tr("留空则自动命名，如“2026-2027学年第二学期”"))
        form = QFormLayout()
        form.addRow(self.tr("开学日期"), self.start)
        form.addRow(self.tr("学期结束"), self.end)
        form.addRow(self.tr("学期名称"), self.name)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(520, 300)

    def apply(self) -> str:
        term = calendar.add_term(self.ctx, iso(self.start), iso(self.end), self.name.text())
        return self.tr("已添加学期：%1。").replace("%1", str(term["name"]))


class WeekEditor(QWidget):
    """Seven rows: weekday on/off, start and end time, and a red message per row."""

    def __init__(self, week: dict[int, tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: dict[int, tuple[QCheckBox, QTimeEdit, QTimeEdit]] = {}
        self.fields = FieldErrors([str(wd) for wd in range(1, 8)])
        grid = QGridLayout(self)
        grid.addWidget(QLabel(self.tr("开始")), 0, 1)
        grid.addWidget(QLabel(self.tr("结束")), 0, 2)
        for wd in range(1, 8):
            box = QCheckBox(self.tr("星期%1").replace("%1", weekday(wd - 1)))
            box.setMinimumHeight(MIN_TARGET)
            start = time_edit("16:00")
            end = time_edit("18:00")
            box.toggled.connect(start.setEnabled)
            box.toggled.connect(end.setEnabled)
            self.rows[wd] = (box, start, end)
            grid.addWidget(box, wd, 0)
            grid.addWidget(start, wd, 1)
            grid.addWidget(end, wd, 2)
            grid.addWidget(self.fields[str(wd)], wd, 3)
        grid.setColumnStretch(3, 1)
        self.set_week(week)

    def set_week(self, week: dict[int, tuple[str, str]]) -> None:
        for wd, (box, start, end) in self.rows.items():
            box.setChecked(wd in week)
            start.setEnabled(wd in week)
            end.setEnabled(wd in week)
            if wd in week:
                start.setTime(QTime.fromString(week[wd][0], "HH:mm"))
                end.setTime(QTime.fromString(week[wd][1], "HH:mm"))

    def week(self) -> dict[int, tuple[str, str]]:
        return {wd: (hhmm(s), hhmm(e)) for wd, (box, s, e) in self.rows.items() if box.isChecked()}


def _week_text(week: dict[int, tuple[str, str]]) -> str:
    """ "周一、二、四、五 15:30–17:30" (the days with the same times together)."""
    by_times: dict[tuple[str, str], list[int]] = {}
    for wd, times in sorted(week.items()):
        by_times.setdefault(times, []).append(wd)
    return "，".join(
        "、".join(weekday(wd - 1) for wd in days) + f" {a}–{b}" for (a, b), days in by_times.items()
    )


class WindowsDialog(_SaveDialog):
    """课后服务时间: the usual weekly timetable and optional summer/winter timetables."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("课后服务时间"))
        self.stage = ""  # whose timetable is edited: '' the whole school's, else one stage's
        self.saved = calendar.windows(ctx)
        self.bounds = calendar.season_bounds(ctx)
        self.stage_choice = QComboBox()
        for key, label in (("", self.tr("全校")), ("primary", self.tr("小学")),
                           ("junior", self.tr("初中")), ("senior", self.tr("高中"))):  # fmt: skip
            self.stage_choice.addItem(label, key)
        self.stage_choice.currentIndexChanged.connect(self.choose_stage)
        stage_row = QHBoxLayout()
        stage_row.addWidget(QLabel(self.tr("学段")))
        stage_row.addWidget(self.stage_choice)
        stage_row.addWidget(_hint(self.tr("一个学段没有自己的服务时间时，按全校的服务时间。")))
        stage_row.addStretch(1)
        # the day the times saved hold from; the days before it keep the times they had
        self.valid_from = date_edit(ctx.clock.now().date())
        self.valid_from.dateChanged.connect(self.choose_day)
        from_row = QHBoxLayout()
        from_row.addWidget(QLabel(self.tr("生效日期")))
        from_row.addWidget(self.valid_from)
        from_row.addWidget(
            _hint(self.tr("从这天起按下面的时间；这天以前的日子仍按原来的服务时间。"))
        )
        from_row.addStretch(1)
        self.history = _hint("")
        self.history.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        labels = {
            "all": self.tr("平时作息"),
            "summer": self.tr("夏季作息"),
            "winter": self.tr("冬季作息"),
        }
        self.season_names = labels
        self.tabs = QTabWidget()
        self.editors: dict[str, WeekEditor] = {}
        for season in calendar.SEASONS:
            page = QWidget()
            box = QVBoxLayout(page)
            if season == "all":
                box.addWidget(_hint(self.tr("勾选安排课后服务的星期几，并填写开始和结束时间。")))
                self.propose_button = QPushButton(self.tr("按政策配置建议填入"))
                self.propose_button.clicked.connect(self.propose)
                propose_row = QHBoxLayout()
                propose_row.addWidget(self.propose_button)
                propose_row.addStretch(1)
                box.addLayout(propose_row)
            else:
                box.addWidget(
                    _hint(
                        self.tr(
                            "只勾选时间与平时不同的星期几；没有勾选的按平时作息。"
                            "全部不勾选即不分季节。"
                        )
                    )
                )
            editor = WeekEditor(self.saved[season])
            self.editors[season] = editor
            box.addWidget(editor)
            box.addStretch(1)
            # scrolls rather than growing the dialog past a 1024×768 screen's height
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(page)
            self.tabs.addTab(scroll, labels[season])
        self.summer_from = date_edit(self._mmdd(self.bounds[0]), display="MM-dd")
        self.summer_to = date_edit(self._mmdd(self.bounds[1]), display="MM-dd")
        self.season_fields = FieldErrors(["夏季作息开始", "夏季作息结束"])
        season_row = QHBoxLayout()
        season_row.addWidget(QLabel(self.tr("夏季作息从")))
        season_row.addWidget(self.summer_from)
        season_row.addWidget(QLabel(self.tr("到")))
        season_row.addWidget(self.summer_to)
        season_row.addWidget(QLabel(self.tr("，其余日子为冬季作息")))
        season_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(stage_row)
        layout.addLayout(from_row)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.history)
        layout.addLayout(season_row)
        layout.addWidget(self.season_fields["夏季作息开始"])
        layout.addWidget(self.season_fields["夏季作息结束"])
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.show_history()
        # the whole week in view where the screen allows, scrolled on a 1024×768 one
        room = self.screen().availableGeometry().height() - 80 if self.screen() else 660
        self.resize(760, max(560, min(860, room)))

    @staticmethod
    def _mmdd(value: str) -> date:
        return date(2000, int(value[:2]), int(value[3:]))

    def day(self) -> date:
        return date.fromisoformat(iso(self.valid_from))

    def choose_stage(self) -> None:
        """Show the chosen stage's timetable in force on the chosen day (unsaved changes of
        the one shown are dropped) and its versions."""
        self.stage = str(self.stage_choice.currentData() or "")
        self.saved = calendar.windows(self.ctx, self.stage, on=self.day())
        for season, editor in self.editors.items():
            editor.fields.clear()
            editor.set_week(self.saved[season])
        self.show_history()

    def choose_day(self) -> None:
        """The timetable in force on the new day: a season not edited yet shows it; one
        edited keeps what was typed (saved from the new day)."""
        now = calendar.windows(self.ctx, self.stage, on=self.day())
        for season, editor in self.editors.items():
            if editor.week() == self.saved[season]:
                editor.set_week(now[season])
        self.saved = now

    def show_history(self) -> None:
        """The versions of the chosen stage's timetable, each with the day it holds from."""
        lines = []
        for v in calendar.window_history(self.ctx, self.stage):
            when = self.tr("建校起") if v.since_always else v.valid_from.isoformat()
            if v.follows_school:
                what = self.tr("按全校的服务时间")
            else:
                what = "；".join(
                    f"{self.season_names[season]} {_week_text(week)}"
                    for season, week in v.weeks.items()
                    if week
                )
            state = (
                self.tr("（现行）") if v.in_force else self.tr("（待生效）") if v.pending else ""
            )
            lines.append(f"{when}{state}：{what}")
        if not lines:
            lines.append(self.tr("没有自己的服务时间，按全校的服务时间。"))
        self.history.setText(self.tr("服务时间的各个版本：") + "\n" + "\n".join(lines))

    def propose(self) -> None:
        info = school_info(self.ctx) or {}
        try:
            week = profiles.proposed_windows(
                str(info.get("profile_id") or "national"),
                self.stage or str(info.get("stage") or "primary"),
            )
        except AppError as exc:
            storage_failure.alarm(exc, self)
            self.show_refusal(exc)
            return
        self.editors["all"].set_week(week)

    def apply(self) -> str:
        bad = ""
        for season, editor in self.editors.items():
            editor.fields.clear()
            problems = calendar.window_problems(editor.week())
            if problems:
                editor.fields.show(ValidationError("", fields=problems))
                bad = bad or season
        if bad:
            self.tabs.setCurrentIndex(list(self.editors).index(bad))
            raise ValidationError(self.tr("服务时间有误，未做任何改动，请看红字提示。"))
        bounds = (
            self.summer_from.date().toString("MM-dd"),
            self.summer_to.date().toString("MM-dd"),
        )
        changed = {
            season: editor.week()
            for season, editor in self.editors.items()
            if editor.week() != self.saved[season]
        }
        moved = bounds != self.bounds
        if moved:
            calendar.set_season_bounds(self.ctx, bounds[0], bounds[1])
        for season, week in changed.items():
            calendar.set_windows(self.ctx, season, week, self.stage, self.day())
        self.bounds = bounds
        self.saved = {season: editor.week() for season, editor in self.editors.items()}
        if changed:
            return self.tr("课后服务时间已保存，从 %1 起生效。").replace(
                "%1", self.day().isoformat()
            )
        return self.tr("课后服务时间已保存。") if moved else self.tr("服务时间没有改动。")

    def show_refusal(self, exc: AppError) -> None:
        if isinstance(exc, ValidationError) and self.season_fields.show(exc):
            return
        show_error(self.error, "\n".join(exc.lines()))
