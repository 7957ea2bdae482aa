"""政策依据: which policy profile the school follows (its name and the text it rests on), a
dropdown to switch to another built-in profile or one of the school's own copies from a date
(生效日期, default today), the history of the profiles in force (date, profile, who), and a button
that makes an editable copy of the chosen one for the county's own rules.

The copy is kept in the school's database (it travels with backups and to the school's other
PCs); ``profile text`` / ``profile edit`` on the command line change its rules. Switching and
copying need the right to set up the school.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from after_school_desk.domain.profiles import Profile
from after_school_desk.domain.roles import Action, allowed
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school import profile_history, profiles
from after_school_desk.ui.day_common import MessageBar, attempt
from after_school_desk.ui.form_dialog import FormDialog, touch_combo
from after_school_desk.ui.form_fields import date_edit, iso
from after_school_desk.ui.operations import Changed
from after_school_desk.ui.style import MIN_TARGET


class CopyProfileDialog(FormDialog):
    """The new copy's id (letters, digits, hyphens: its file name) and its name."""

    def __init__(
        self, ctx: ServiceContext, source: profiles.ProfileEntry, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("复制为可编辑副本"), parent)
        self.ctx = ctx
        self.source = source
        self.copied: Profile | None = None
        self.save_button.setText(self.tr("复制"))
        heading = QLabel(self.tr("复制“%1”，按本县文件调整。").replace("%1", source.name))
        heading.setWordWrap(True)
        heading.setStyleSheet("font-size: 17px; font-weight: bold;")
        self.form.addRow(heading)
        self.new_id = QLineEdit(self._free_id(ctx, f"school-{source.id}"))
        self.new_id.setMaxLength(40)
        self.name = QLineEdit(self.tr("%1（本校调整）").replace("%1", source.name))
        self.name.setMaxLength(60)
        self.add_field("new_id", self.tr("编号（文件名）"), self.new_id)
        self.add_field("name", self.tr("名称"), self.name)
        hint = QLabel(self.tr("编号只用小写字母、数字和连字符，例如 my-county-2025。"))
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        self.form.addRow(hint)

    @staticmethod
    def _free_id(ctx: ServiceContext, stem: str) -> str:
        stem = stem[:36].strip("-")
        taken = set(profiles.profile_ids(ctx))
        if stem not in taken:
            return stem
        n = 2
        while f"{stem}-{n}" in taken:
            n += 1
        return f"{stem}-{n}"

    def submit(self) -> None:
        self.copied = profiles.copy_profile(
            self.ctx, self.source.id, self.new_id.text(), self.name.text()
        )


class ProfileBox(QGroupBox):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("政策依据"))
        self.entries: list[profiles.ProfileEntry] = []
        self.current_id = profiles.BASELINE
        self.copy_dialog: CopyProfileDialog | None = None

        self.bar = MessageBar()
        self.current_name = QLabel()
        self.current_name.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.current_name.setWordWrap(True)
        self.current_title = QLabel()
        self.current_title.setWordWrap(True)
        self.current_file = QLabel()
        self.current_file.setProperty("role", "hint")
        self.current_file.setWordWrap(True)
        self.choice = touch_combo()
        self.choice.setMinimumWidth(320)
        self.effective_from = date_edit(ctx.clock.now().date())
        self.effective_from.setMinimumHeight(MIN_TARGET)
        self.effective_from.setToolTip(self.tr("所选政策从这一天起执行；之前的日子仍按原来的政策"))
        self.switch_button = QPushButton(self.tr("改用所选政策"))
        self.switch_button.setProperty("primary", True)
        self.copy_button = QPushButton(self.tr("复制为可编辑副本…"))
        for b in (self.switch_button, self.copy_button):
            b.setMinimumHeight(MIN_TARGET)
        hint = QLabel(
            self.tr(
                "收费上限、补助倍数、服务时间和合规检查都按所选政策配置执行。"
                "本县文件与内置配置不同时，先复制一份，再按文件修改副本。"
            )
        )
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)

        self.history = QTableWidget(0, 3)
        self.history.setHorizontalHeaderLabels(
            [self.tr("生效日期"), self.tr("政策配置"), self.tr("记录人")]
        )
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.history.setMaximumHeight(150)

        row = QHBoxLayout()  # two rows: the choice is wide, and the page fits a 1024-wide screen
        row.addWidget(self.choice, 1)
        row.addWidget(self.copy_button)
        when = QHBoxLayout()
        when.addWidget(QLabel(self.tr("生效日期")))
        when.addWidget(self.effective_from)
        when.addWidget(self.switch_button)
        when.addStretch(1)
        column = QVBoxLayout(self)
        column.addWidget(self.current_name)
        column.addWidget(self.current_title)
        column.addWidget(self.current_file)
        column.addLayout(row)
        column.addLayout(when)
        column.addWidget(hint)
        column.addWidget(QLabel(self.tr("执行过的政策配置")))
        column.addWidget(self.history)
        column.addWidget(self.bar)

        self.choice.currentIndexChanged.connect(lambda _i: self._update_buttons())
        self.effective_from.dateChanged.connect(lambda _d: self._update_buttons())
        self.switch_button.clicked.connect(self.switch)
        self.copy_button.clicked.connect(self.open_copy_dialog)
        self.may_change = allowed(ctx.actor.role, Action.SETUP_SCHOOL)
        if not self.may_change:
            self.switch_button.hide()
            self.copy_button.hide()
            self.choice.setEnabled(False)
            self.effective_from.setEnabled(False)
        self.refresh()

    def refresh(self) -> None:
        self.current_id = profile_history.school_profile_id(self.ctx)
        self.entries = profiles.list_profiles(self.ctx)
        self.choice.blockSignals(True)
        self.choice.clear()
        for e in self.entries:
            label = e.name if e.builtin else e.name + self.tr("（本校副本）")
            if e.id == self.current_id:
                label += self.tr(" ← 现用")
            self.choice.addItem(label, e.id)
        self.choice.setCurrentIndex(max(0, self.choice.findData(self.current_id)))
        self.choice.blockSignals(False)
        profile = attempt(self.bar, lambda: profiles.load_profile(self.current_id, self.ctx))
        if profile is None:
            self.current_name.setText(
                self.tr("现用政策配置“%1”无法读取").replace("%1", self.current_id)
            )
            self.current_title.setText("")
        else:
            self.current_name.setText(self.tr("现用：%1").replace("%1", profile.name))
            title = profile.title or self.tr("（未写明）")
            self.current_title.setText(self.tr("依据文件：《%1》").replace("%1", title))
        entry = self.entry(self.current_id)
        if entry is not None and entry.stored:
            self.current_file.setText(self.tr("本校副本，保存在学校数据库中（随备份和同步）"))
            self.current_file.show()
        elif entry is not None and not entry.builtin:
            self.current_file.setText(self.tr("本校副本，文件：%1").replace("%1", str(entry.path)))
            self.current_file.show()
        else:
            self.current_file.setText("")
            self.current_file.hide()
        self._fill_history()
        self._update_buttons()

    def _fill_history(self) -> None:
        found = attempt(self.bar, lambda: profile_history.profile_history(self.ctx)) or []
        self.history.setRowCount(len(found))
        for i, r in enumerate(found):
            day = r["effective_from"] or self.tr("学校设置时")
            name = r["profile_name"]
            if r["in_force"]:
                name += self.tr(" ← 现用")
            elif r["pending"]:
                name += self.tr("（待生效）")
            for j, text in enumerate((day, name, r["recorded_by"])):
                self.history.setItem(i, j, QTableWidgetItem(text))

    def entry(self, profile_id: str) -> profiles.ProfileEntry | None:
        return next((e for e in self.entries if e.id == profile_id), None)

    def chosen_id(self) -> str:
        return str(self.choice.currentData() or "")

    def _update_buttons(self) -> None:
        today = self.ctx.clock.now().date().isoformat()
        changes = self.chosen_id() != self.current_id or iso(self.effective_from) != today
        self.switch_button.setEnabled(self.may_change and bool(self.chosen_id()) and changes)
        self.copy_button.setEnabled(self.may_change and bool(self.chosen_id()))

    def switch(self) -> None:
        chosen = self.chosen_id()
        day = iso(self.effective_from)
        if not chosen or not self.switch_button.isEnabled():
            return
        profile = attempt(
            self.bar,
            lambda: profile_history.set_school_profile(self.ctx, chosen, effective_from=day),
            Changed(school=True),
        )
        if profile is None:
            return
        self.refresh()
        self.bar.show_ok(
            self.tr(
                "已改用政策配置“%1”，自 %2 起执行：收费上限、补助倍数和合规检查从这天起按它执行。"
            )
            .replace("%1", profile.name)
            .replace("%2", day)
        )

    def open_copy_dialog(self) -> None:
        source = self.entry(self.chosen_id())
        if source is None:
            return
        if self.copy_dialog is not None:
            self.copy_dialog.deleteLater()
        dialog = CopyProfileDialog(self.ctx, source, self)
        dialog.accepted.connect(lambda: self._copied(dialog))
        self.copy_dialog = dialog
        dialog.open()

    def _copied(self, dialog: CopyProfileDialog) -> None:
        copied = dialog.copied
        if copied is None:
            return
        self.refresh()
        self.choice.setCurrentIndex(max(0, self.choice.findData(copied.id)))
        self.bar.show_ok(
            self.tr(
                "已复制为“%1”，保存在学校数据库中。按本县文件修改后，在上面选中它并点“改用所选政策”。"
            ).replace("%1", copied.name)
        )
