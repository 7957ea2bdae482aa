"""修改记录: who changed what, when, on which PC, for a pupil or a day (principal only)."""

from __future__ import annotations

from datetime import date
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from after_school_desk.domain.roles import Action
from after_school_desk.services.base import classes
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.daily import history
from after_school_desk.services.daily.history import HistoryEntry
from after_school_desk.services.school import pupils, users
from after_school_desk.ui.dict_table_model import DictTableModel
from after_school_desk.ui.history_format import action_label, change_lines


class HistoryModel(DictTableModel):
    columns: ClassVar[list[str]] = ["at", "who", "device", "action", "changes"]

    def cell(self, row: dict[str, Any], column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return row[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == "device":
            return row["device_full"]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None


def history_rows(ctx: ServiceContext, entries: list[HistoryEntry]) -> list[dict[str, Any]]:
    """The table rows: local time, the user's name, a short PC id, the action, the changes."""
    class_names = {str(c["id"]): str(c["name"]) for c in classes.list_classes(ctx)}
    names = {str(u["login"]): str(u["display_name"]) for u in users.list_users(ctx)}
    out = []
    for e in entries:
        person = names.get(e.actor)
        this_pc = e.device_id == ctx.device_id
        out.append(
            {
                "seq": e.seq,
                "at": e.at[:19].replace("T", " "),
                "who": f"{person}（{e.actor}）" if person else e.actor,
                "device": e.device_id[:8] + ("（本机）" if this_pc else ""),
                "device_full": e.device_id,
                "action": action_label(e),
                "changes": "\n".join(change_lines(e, class_names)),
            }
        )
    return out


class HistoryDialog(QDialog):
    def __init__(
        self,
        ctx: ServiceContext,
        title: str,
        entries: list[HistoryEntry],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        ctx.require(Action.VIEW_AUDIT)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.resize(1100, 620)
        self.model = HistoryModel(
            [self.tr("时间"), self.tr("操作人"), self.tr("电脑"), self.tr("操作"), self.tr("改动")],
            history_rows(ctx, entries),
        )
        heading = QLabel(title)
        heading.setProperty("role", "title")
        hint = QLabel(
            self.tr("共 %1 条记录，最新的在最上面。记录只能追加，不能修改或删除。").replace(
                "%1", str(len(entries))
            )
        )
        hint.setProperty("role", "hint")
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in enumerate([170, 160, 110, 170]):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.empty = QLabel(self.tr("没有找到修改记录。"))
        self.empty.setVisible(not entries)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()  # once the last column has its real width

    @classmethod
    def for_pupil(
        cls, ctx: ServiceContext, pupil_key: str, parent: QWidget | None = None
    ) -> HistoryDialog:
        detail = pupils.pupil_detail(ctx, pupil_key)
        title = QCoreApplication.translate("HistoryDialog", "修改记录：%1（%2）").replace(
            "%1", str(detail["name"])
        )
        title = title.replace("%2", str(detail["class"]))
        return cls(ctx, title, history.pupil_history(ctx, pupil_key), parent)

    @classmethod
    def for_day(
        cls, ctx: ServiceContext, day: date | None = None, parent: QWidget | None = None
    ) -> HistoryDialog:
        when = day or ctx.clock.now().date()
        title = QCoreApplication.translate("HistoryDialog", "修改记录：%1").replace(
            "%1", when.isoformat()
        )
        return cls(ctx, title, history.day_history(ctx, when), parent)
