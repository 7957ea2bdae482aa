"""A class's day (``attendance.class_day`` rows) as a Qt table model, coloured by state, and the
proxy that narrows it by search text (characters, pinyin initials, 学籍号) and by state."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from after_school_desk.domain.people import matches
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.daily import pickup_codes
from after_school_desk.ui.day_common import STATE_COLOURS, hhmm
from after_school_desk.ui.dict_table_model import AnyIndex, DictTableModel
from after_school_desk.ui.filter_change import rows_filter_change
from after_school_desk.ui.labels import label as word

PUPIL_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_ROLE = Qt.ItemDataRole.UserRole + 2

COLUMNS = ["name", "national_id", "state", "signed_in", "detail", "alerts"]


def column_titles() -> list[str]:
    return [
        QCoreApplication.translate("ClassDayModel", "姓名"),
        QCoreApplication.translate("ClassDayModel", "学籍号"),
        QCoreApplication.translate("ClassDayModel", "状态"),
        QCoreApplication.translate("ClassDayModel", "签到"),
        QCoreApplication.translate("ClassDayModel", "去向 / 原因"),
        QCoreApplication.translate("ClassDayModel", "提醒"),
    ]


def detail_text(row: dict[str, Any]) -> str:
    """Where the pupil went, or why the pupil is not here."""
    state = row.get("state")
    if state == "handed_over":
        given = QCoreApplication.translate("ClassDayModel", "交给")
        who = f"{row.get('adult') or ''}（{row.get('adult_relation') or ''}）"
        return f"{hhmm(row.get('left_at'))} {given} {who}"
    if state == "self_leave":
        alone = QCoreApplication.translate("ClassDayModel", "自行离校")
        return f"{hhmm(row.get('left_at'))} {alone}"
    if state == "extended_care":
        extended = QCoreApplication.translate("ClassDayModel", "转入延时托管")
        return f"{hhmm(row.get('extended_at'))} {extended}"
    if state == "leave":
        return str(row.get("leave_reason") or "")
    if state == "absent":
        return str(row.get("absence_reason") or "")
    return ""


def alert_text(row: dict[str, Any]) -> str:
    labels = {
        "absence": QCoreApplication.translate("ClassDayModel", "缺席未联系"),
        "late_pickup": QCoreApplication.translate("ClassDayModel", "延迟接走"),
    }
    return "、".join(labels.get(k, k) for k in row.get("open_alerts") or [])


def cell_text(row: dict[str, Any], column: str) -> str:
    if column == "state":
        label = word(str((row.get("state") and row.get("state_label")) or ""))
        if row.get("late_arrival"):
            label += QCoreApplication.translate("ClassDayModel", "（迟到）")
        return label
    if column == "signed_in":
        return hhmm(row.get("signed_in_at"))
    if column == "detail":
        return detail_text(row)
    if column == "alerts":
        return alert_text(row)
    value = row.get(column)
    return "" if value is None else str(value)


class ClassDayModel(DictTableModel):
    columns = COLUMNS

    def __init__(self, rows: list[dict[str, Any]] | None = None) -> None:
        super().__init__(column_titles(), rows)

    def find(self, pupil_id: str) -> dict[str, Any] | None:
        return next((r for r in self._rows if r["id"] == pupil_id), None)

    def by_national_id(self, text: str) -> dict[str, Any] | None:
        key = text.strip().upper()
        return next((r for r in self._rows if str(r["national_id"]).upper() == key), None)

    def by_scan(self, ctx: ServiceContext, text: str, class_id: str) -> dict[str, Any] | None:
        """The row a scanner typed: a 学籍号, or the opaque code on a pickup card."""
        found = self.by_national_id(text)
        if found is None:
            pupil_id = pickup_codes.pupil_id_for_code(ctx, text, class_id or None)
            found = self.find(pupil_id) if pupil_id else None
        return found

    def cell(self, row: dict[str, Any], column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(row, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(STATE_COLOURS.get(str(row.get("state")), "#ffffff")))
        if role == Qt.ItemDataRole.ForegroundRole and column == "alerts":
            return QBrush(QColor("#b3261e"))
        if role == Qt.ItemDataRole.FontRole and column in ("name", "state"):
            return self._bold
        if role == PUPIL_ID_ROLE:
            return row["id"]
        if role == STATE_ROLE:
            return row.get("state")
        return None


class ClassDayFilter(QSortFilterProxyModel):
    """Rows whose pupil matches the search text and (optionally) whose state is in a set."""

    def __init__(self, states: set[str] | None = None) -> None:
        super().__init__()
        self._query = ""
        self._states = set(states or ())

    def set_query(self, text: str) -> None:
        with rows_filter_change(self):
            self._query = text.strip()

    def set_states(self, states: set[str]) -> None:
        with rows_filter_change(self):
            self._states = set(states)

    def pupil_ids(self) -> list[str]:
        return [str(self.index(r, 0).data(PUPIL_ID_ROLE)) for r in range(self.rowCount())]

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, ClassDayModel):
            return True
        row = model.row_dict(source_row)
        if self._states and row.get("state") not in self._states:
            return False
        return matches(
            self._query,
            str(row.get("name") or ""),
            str(row.get("name_initials") or ""),
            str(row.get("name_pinyin") or ""),
            str(row.get("national_id") or ""),
        )
