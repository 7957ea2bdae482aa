"""A class's pupils with their enrolment (``enrolment_views.class_enrolment`` rows) as a Qt table
model coloured by state, and the proxy that narrows it to search text and to 待我处理."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from after_school_desk.domain.people import matches
from after_school_desk.ui.dict_table_model import AnyIndex, DictTableModel
from after_school_desk.ui.filter_change import rows_filter_change

PUPIL_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_ROLE = Qt.ItemDataRole.UserRole + 2

COLUMNS = ["name", "national_id", "state", "mode", "start", "agreement", "note"]

STATE_COLOURS = {
    "none": "#ffffff",
    "applied": "#fff4d6",
    "reviewed": "#fde9c8",
    "enrolled": "#dff3e0",
    "refused": "#f9d6d5",
    "withdrawn": "#e4e4ef",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("EnrolmentModel", text)


def state_labels() -> dict[str, str]:
    return {
        "none": _tr("未报名"),
        "applied": _tr("已申请"),
        "reviewed": _tr("班级已审"),
        "enrolled": _tr("已核准"),
        "refused": _tr("已拒绝"),
        "withdrawn": _tr("已退出"),
    }


def step_labels() -> dict[str, str]:
    """What an enrolment waits for."""
    return {
        "review": _tr("待班级初审"),
        "approval": _tr("待学校核准"),
        "agreement": _tr("待签协议"),
    }


def column_titles() -> list[str]:
    return [_tr("姓名"), _tr("学籍号"), _tr("报名状态"), _tr("服务方式"), _tr("开始日期"),
            _tr("协议"), _tr("说明")]  # fmt: skip


def note_text(row: dict[str, Any]) -> str:
    state = row.get("state")
    if state == "refused":
        return _tr("理由：") + str(row.get("refused_reason") or "")
    if state == "withdrawn":
        text = _tr("%1 起退出").replace("%1", str(row.get("withdrawn_on") or ""))
        reason = str(row.get("withdraw_reason") or "")
        return f"{text}（{reason}）" if reason else text
    step = step_labels().get(str(row.get("next_step") or ""), "")
    flags = "、".join(row.get("flags") or [])
    return "；".join(t for t in (step, flags) if t)


def cell_text(row: dict[str, Any], column: str) -> str:
    if column == "state":
        return state_labels().get(str(row.get("state")), str(row.get("state")))
    if column == "mode":
        return str(row.get("mode_label") or "")
    if column == "start":
        return str(row.get("enrolled_from") or row.get("requested_from") or "")
    if column == "agreement":
        if row.get("agreement_signed_on"):
            return f"{row.get('agreement_signed_by') or ''} {row['agreement_signed_on']}"
        return _tr("未签") if row.get("state") in ("applied", "reviewed", "enrolled") else ""
    if column == "note":
        return note_text(row)
    value = row.get(column)
    return "" if value is None else str(value)


class EnrolmentModel(DictTableModel):
    columns = COLUMNS

    def __init__(self, rows: list[dict[str, Any]] | None = None) -> None:
        super().__init__(column_titles(), rows)

    def find(self, pupil_id: str) -> dict[str, Any] | None:
        return next((r for r in self._rows if r["pupil_id"] == pupil_id), None)

    def cell(self, row: dict[str, Any], column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(row, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(STATE_COLOURS.get(str(row.get("state")), "#ffffff")))
        if role == Qt.ItemDataRole.FontRole and column in ("name", "state"):
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and column == "note":
            return note_text(row) or None
        if role == PUPIL_ID_ROLE:
            return row["pupil_id"]
        if role == STATE_ROLE:
            return row.get("state")
        return None


class EnrolmentFilter(QSortFilterProxyModel):
    """Rows whose pupil matches the search text and, with ``only_mine``, wait for the user."""

    def __init__(self) -> None:
        super().__init__()
        self._query = ""
        self._only_mine = False

    def set_query(self, text: str) -> None:
        with rows_filter_change(self):
            self._query = text.strip()

    def set_only_mine(self, on: bool) -> None:
        with rows_filter_change(self):
            self._only_mine = on

    def pupil_ids(self) -> list[str]:
        return [str(self.index(r, 0).data(PUPIL_ID_ROLE)) for r in range(self.rowCount())]

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, EnrolmentModel):
            return True
        row = model.row_dict(source_row)
        if self._only_mine and not row.get("mine"):
            return False
        return matches(
            self._query,
            str(row.get("name") or ""),
            str(row.get("name_initials") or ""),
            str(row.get("name_pinyin") or ""),
            str(row.get("national_id") or ""),
        )
