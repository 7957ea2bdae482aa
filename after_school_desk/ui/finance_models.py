"""The finance page's tables: fee standards, the month's accounts, waivers, the ledger and the
public waiver list. Amounts arrive as integer fen and are shown as yuan by ``yuan`` (divmod)."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from after_school_desk.domain.billing import MODES, STAGE_CHOICES, UNITS
from after_school_desk.domain.money import yuan
from after_school_desk.ui.dict_table_model import DictTableModel

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
OWED = QColor("#a3231a")
CREDIT = QColor("#1e6b2e")


def _t(text: str) -> str:
    return QCoreApplication.translate("FinanceModels", text)


def signed_yuan(fen: int) -> str:
    """A balance: "-150.00" when owed, "+20.00" when overpaid, "0.00" when settled."""
    return f"+{yuan(fen)}" if fen > 0 else yuan(fen)


class MoneyModel(DictTableModel):
    """Columns ending in ``_fen`` are shown as yuan, right-aligned."""

    def text(self, row: dict[str, Any], column: str) -> str:
        value = row.get(column)
        if column.endswith("_fen"):
            return yuan(int(value or 0))
        return "" if value is None else str(value)

    def cell(self, row: dict[str, Any], column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.endswith("_fen"):
            return RIGHT
        return None


class FeeStandardModel(MoneyModel):
    columns: ClassVar[list[str]] = ["effective_from", "mode", "stage", "amount_fen", "unit", "half_month",
               "approval_doc", "approval_date"]  # fmt: skip

    def __init__(self) -> None:
        super().__init__([_t("起用日期"), _t("服务方式"), _t("学段"), _t("金额（元）"),
                          _t("计费单位"), _t("不足半月"), _t("批复文号"), _t("批复日期")])  # fmt: skip

    def text(self, row: dict[str, Any], column: str) -> str:
        value = row.get(column)
        if column == "mode":
            return MODES.get(str(value), str(value))
        if column == "stage":
            return STAGE_CHOICES.get(str(value), str(value))
        if column == "unit":
            return UNITS.get(str(value), str(value))
        if column == "half_month":
            return _t("按半月收取") if value else ""
        return super().text(row, column)


class AccountModel(MoneyModel):
    """One row per charge of the month, with what was paid and the pupil's balance."""

    columns: ClassVar[list[str]] = ["class", "name", "national_id", "mode_label", "gross_fen", "waived_fen", "net_fen",
               "paid_month_fen", "balance_fen"]  # fmt: skip

    def __init__(self) -> None:
        super().__init__([_t("班级"), _t("姓名"), _t("学籍号"), _t("服务"), _t("应收"),
                          _t("减免"), _t("应缴"), _t("本月已缴"), _t("账户结余")])  # fmt: skip

    def text(self, row: dict[str, Any], column: str) -> str:
        if column == "balance_fen":
            return signed_yuan(int(row["balance_fen"]))
        return super().text(row, column)

    def cell(self, row: dict[str, Any], column: str, role: int) -> Any:
        if column == "balance_fen" and role == Qt.ItemDataRole.ForegroundRole:
            fen = int(row["balance_fen"])
            return QBrush(OWED if fen < 0 else CREDIT) if fen else None
        if column == "balance_fen" and role == Qt.ItemDataRole.ToolTipRole:
            return _t("负数为尚未缴清，正数为多缴（可退）。")
        if column == "waived_fen" and role == Qt.ItemDataRole.ToolTipRole:
            return str(row.get("waiver_label") or "")
        if column == "gross_fen" and role == Qt.ItemDataRole.ToolTipRole:
            return str(row.get("basis") or "")
        return super().cell(row, column, role)


class WaiverModel(MoneyModel):
    columns: ClassVar[list[str]] = ["class_name", "name", "national_id", "kind_label", "percent", "evidence",
               "approved_by", "approved_on", "valid_from", "revoked_on"]  # fmt: skip

    def __init__(self) -> None:
        super().__init__([_t("班级"), _t("姓名"), _t("学籍号"), _t("类别"), _t("比例"),
                          _t("依据"), _t("批准人"), _t("批准日期"), _t("起始日期"),
                          _t("取消日期")])  # fmt: skip

    def text(self, row: dict[str, Any], column: str) -> str:
        if column == "percent":
            return f"{row['percent']}%"
        return super().text(row, column)

    def cell(self, row: dict[str, Any], column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.get("revoked_on"):
            return QBrush(QColor("#8a8f98"))
        return super().cell(row, column, role)


class LedgerModel(MoneyModel):
    columns: ClassVar[list[str]] = [
        "entry_on",
        "direction",
        "category",
        "amount_fen",
        "note",
        "recorded_by",
    ]

    def __init__(self) -> None:
        super().__init__([_t("日期"), _t("收/支"), _t("类别"), _t("金额（元）"), _t("备注"),
                          _t("登记人")])  # fmt: skip

    def text(self, row: dict[str, Any], column: str) -> str:
        if column == "direction":
            return _t("支出") if row["direction"] == "expense" else _t("收入")
        return super().text(row, column)


class PublicWaiverModel(MoneyModel):
    """The list that may be published: class, masked name, amount — nothing else."""

    columns: ClassVar[list[str]] = ["class", "name", "fen"]

    def __init__(self) -> None:
        super().__init__([_t("班级"), _t("姓名"), _t("减免金额（元）")])

    def text(self, row: dict[str, Any], column: str) -> str:
        if column == "fen":
            return yuan(int(row["fen"]))
        return super().text(row, column)

    def cell(self, row: dict[str, Any], column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "fen":
            return RIGHT
        return super().cell(row, column, role)
