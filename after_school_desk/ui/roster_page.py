"""学生名册: the pupil list with class filter and search, and the add/edit/import buttons."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from after_school_desk.domain.roles import Action, allowed
from after_school_desk.services.base import classes
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school import pupils
from after_school_desk.services.school.answers import RosterRow
from after_school_desk.ui.day_common import MessageBar
from after_school_desk.ui.history_dialog import HistoryDialog
from after_school_desk.ui.import_dialog import ImportDialog
from after_school_desk.ui.operations import Runner, follow
from after_school_desk.ui.privacy_dialog import ArchivePupilDialog, EraseExpiredDialog
from after_school_desk.ui.pupil_dialog import PupilDialog
from after_school_desk.ui.roster_model import PUPIL_ID_ROLE, RosterFilter, RosterModel
from after_school_desk.ui.style import MIN_TARGET

DialogRunner = Callable[[QDialog], bool]


def run_modal(dialog: QDialog) -> bool:
    return dialog.exec() == QDialog.DialogCode.Accepted


class RosterTable(QTableView):
    """Enter or Return opens the current pupil, like a double-click."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.doubleClicked.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class RosterPage(QWidget):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.run_dialog: DialogRunner = run_modal  # tests fill the dialog instead of exec()
        self.model = RosterModel()
        self.proxy = RosterFilter()
        self.proxy.setSourceModel(self.model)

        title = QLabel(self.tr("学生名册"))
        title.setProperty("role", "title")
        self.class_combo = QComboBox()
        self.class_combo.setMinimumWidth(180)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜索：姓名、拼音首字母（如 zs）、全拼或学籍号"))
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.count_label.setProperty("role", "hint")
        self.private_note = QLabel(
            self.tr("其他班级学生的监护人电话只显示部分号码，重点关注标记不显示。")
        )
        self.private_note.setProperty("role", "hint")
        self.private_note.hide()
        self.add_button = QPushButton(self.tr("新增学生"))
        self.import_button = QPushButton(self.tr("导入名册"))
        self.edit_button = QPushButton(self.tr("编辑"))
        self.history_button = QPushButton(self.tr("历史记录"))
        self.archive_button = QPushButton(self.tr("离校归档"))
        self.erase_button = QPushButton(self.tr("清除过期个人信息"))
        for b in (self.archive_button, self.erase_button):
            b.setMinimumHeight(MIN_TARGET)
        self.add_button.setProperty("primary", True)
        self.bar = MessageBar()
        self.privacy_dialog: ArchivePupilDialog | EraseExpiredDialog | None = None

        self.table = RosterTable()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(40)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate([200, 100, 60, 140, 160, 140]):
            self.table.setColumnWidth(column, width)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.add_button)
        top.addWidget(self.import_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.history_button)
        top.addWidget(self.archive_button)
        top.addWidget(self.erase_button)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("班级")))
        filters.addWidget(self.class_combo)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.private_note)
        layout.addWidget(self.bar)
        layout.addWidget(self.table, 1)

        self.class_combo.currentIndexChanged.connect(self._class_changed)
        self.search.textChanged.connect(self._search_changed)
        self.table.doubleClicked.connect(self.open_index)
        self.add_button.clicked.connect(self.add_pupil)
        self.edit_button.clicked.connect(self.edit_current)
        self.import_button.clicked.connect(self.import_roster)
        self.history_button.clicked.connect(self.show_history)
        self.archive_button.clicked.connect(self.archive_current)
        self.erase_button.clicked.connect(self.erase_expired)
        role = ctx.actor.role
        if not allowed(role, Action.EDIT_PUPIL):
            self.add_button.hide()
            self.edit_button.hide()
            self.archive_button.hide()
            self.erase_button.hide()
        if not allowed(role, Action.IMPORT_ROSTER):
            self.import_button.hide()
        if not allowed(role, Action.VIEW_AUDIT):
            self.history_button.hide()
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.reader = Runner(self, self.bar.show_error, latest_only=True)
        self.refresh()
        self.follower = follow(self, lambda c: c.pupils or c.everything, self.refresh)

    def refresh(self) -> None:
        keep = self.class_combo.currentData()
        self.class_combo.blockSignals(True)
        self.class_combo.clear()
        self.class_combo.addItem(self.tr("全部班级"), "")
        for c in classes.list_classes(self.ctx):
            self.class_combo.addItem(c["name"], c["name"])
        found = self.class_combo.findData(keep) if keep else 0
        self.class_combo.setCurrentIndex(max(found, 0))
        self.class_combo.blockSignals(False)
        self.proxy.set_class_name(str(self.class_combo.currentData() or ""))
        # every pupil with their adults: ~0.1 s at 3,000 pupils, so read beside the window
        # (the page shows at once; a newer refresh replaces one still reading)
        self.count_label.setText(self.tr("正在读取…"))
        self.reader.start(
            self.ctx, lambda ctx, _progress: pupils.roster_rows(ctx), on_done=self._show_rows
        )

    def loaded(self) -> bool:
        """Whether the roster on screen is the one last asked for (nothing still reading)."""
        return not self.reader.running()

    def _show_rows(self, listed: list[RosterRow]) -> None:
        self.model.set_rows(listed)
        self.private_note.setVisible(any(r.get("private_hidden") for r in listed))
        self._update_count()
        self._update_buttons()

    def _class_changed(self) -> None:
        self.proxy.set_class_name(str(self.class_combo.currentData() or ""))
        self._update_count()

    def _search_changed(self, text: str) -> None:
        self.proxy.set_query(text)
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("%1 / %2 人")
            .replace("%1", str(self.proxy.rowCount()))
            .replace("%2", str(self.model.rowCount()))
        )

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(self.table.currentIndex().isValid())
        self.history_button.setEnabled(self.table.currentIndex().isValid())
        self.archive_button.setEnabled(self.table.currentIndex().isValid())

    def current_pupil_id(self) -> str | None:
        index = self.table.currentIndex()
        return str(index.data(PUPIL_ID_ROLE)) if index.isValid() else None

    def open_index(self, index: QModelIndex) -> None:
        self.open_pupil(str(index.data(PUPIL_ID_ROLE)))

    def open_pupil(self, pupil_id: str | None) -> None:
        dialog = PupilDialog(self.ctx, pupil_id, self)
        if self.run_dialog(dialog) and dialog.saved is not None:
            self.refresh()

    def add_pupil(self) -> None:
        self.open_pupil(None)

    def edit_current(self) -> None:
        pupil_id = self.current_pupil_id()
        if pupil_id:
            self.open_pupil(pupil_id)

    def show_history(self) -> None:
        pupil_id = self.current_pupil_id()
        if pupil_id:
            HistoryDialog.for_pupil(self.ctx, pupil_id, self).exec()

    def import_roster(self) -> None:
        dialog = ImportDialog(self.ctx, self)
        self.run_dialog(dialog)
        if dialog.imported:
            self.refresh()

    # --- privacy: pupils who left ------------------------------------------------------

    def _open_privacy(self, dialog: ArchivePupilDialog | EraseExpiredDialog) -> None:
        """Window-modal, without blocking: the result is handled when the dialog is accepted."""
        if self.privacy_dialog is not None:
            self.privacy_dialog.deleteLater()
        self.privacy_dialog = dialog
        dialog.open()

    def archive_current(self) -> None:
        pupil_id = self.current_pupil_id()
        if not pupil_id:
            self.bar.show_error(self.tr("请先在名册中选中离校的学生。"))
            return
        dialog = ArchivePupilDialog(self.ctx, pupil_id, self)
        dialog.accepted.connect(lambda: self._archived(dialog))
        self._open_privacy(dialog)

    def _archived(self, dialog: ArchivePupilDialog) -> None:
        if dialog.saved is None:
            return
        self.refresh()
        self.bar.show_ok(
            self.tr("已归档：%1，%2 离校。个人信息保留到保留期满后再清除。")
            .replace("%1", f"{dialog.pupil['class']} {dialog.pupil['name']}")
            .replace("%2", str(dialog.saved["left_on"]))
        )

    def erase_expired(self) -> None:
        dialog = EraseExpiredDialog(self.ctx, self)
        dialog.accepted.connect(lambda: self._erased(dialog))
        self._open_privacy(dialog)

    def _erased(self, dialog: EraseExpiredDialog) -> None:
        if dialog.erased is None:
            return
        self.refresh()
        self.bar.show_ok(
            self.tr("已清除 %1 名离校学生的个人信息；班级、出勤和收费记录保留。").replace(
                "%1", str(dialog.erased)
            )
        )
