"""补助标准: the staff subsidy rates (per category and day type, with their history) and a form to
add or change one. The profile's multipliers for weekdays, rest days and statutory holidays are
shown read-only: they come from the school's policy profile, not from this dialog.

Amounts are typed in yuan and parsed by the service into integer fen (never float). A refused
rate keeps what was typed and shows the message under its field; the dialog stays open so the
new rate can be seen in the list.
"""

from __future__ import annotations

from datetime import date
from typing import Any, ClassVar

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from after_school_desk.domain.money import yuan
from after_school_desk.domain.roles import Action, allowed
from after_school_desk.domain.subsidy import CATEGORIES, RATE_UNITS
from after_school_desk.errors import AppError, ValidationError
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.money import subsidies
from after_school_desk.services.money.answers import SubsidyRate
from after_school_desk.ui import storage_failure
from after_school_desk.ui.day_common import MessageBar, attempt
from after_school_desk.ui.dict_table_model import DictTableModel
from after_school_desk.ui.form_dialog import touch_combo
from after_school_desk.ui.form_errors import reserve_space
from after_school_desk.ui.form_fields import FieldErrors, date_edit, iso
from after_school_desk.ui.operations import Changed, publish
from after_school_desk.ui.style import MIN_TARGET

FIELDS = ["amount", "start"]  # the fields a refusal can name


class RateModel(DictTableModel):
    columns: ClassVar[list[str]] = [
        "category_label",
        "day_type_label",
        "unit_label",
        "rate_yuan",
        "effective_from",
        "status",
        "actor",
    ]

    def __init__(self) -> None:
        super().__init__(
            [
                self.tr("人员类别"),
                self.tr("日期类型"),
                self.tr("计酬单位"),
                self.tr("金额（元）"),
                self.tr("起用日期"),
                self.tr("状态"),
                self.tr("登记人"),
            ]
        )

    def cell(self, row: dict[str, Any], column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return str(row.get(column) or "")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "rate_yuan":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and row.get("status") == "已停用":
            return QColor("#8a939e")
        return None


class SubsidyRatesDialog(QDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved: list[SubsidyRate] = []
        self.setWindowTitle(self.tr("补助标准"))
        self.setMinimumSize(820, 640)
        self.bar = MessageBar()

        self.multipliers_box = QGroupBox(self.tr("政策倍数（只读）"))
        self.multipliers_label = QLabel()
        self.multipliers_label.setStyleSheet("font-size: 17px;")
        self.multipliers_label.setWordWrap(True)
        self.multipliers_source = QLabel()
        self.multipliers_source.setProperty("role", "hint")
        self.multipliers_source.setWordWrap(True)
        self.multipliers_source.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        box = QVBoxLayout(self.multipliers_box)
        box.addWidget(self.multipliers_label)
        box.addWidget(self.multipliers_source)

        self.model = RateModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(MIN_TARGET)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setMinimumHeight(MIN_TARGET * 4)
        self.table.clicked.connect(self.take_row)

        self.form_box = QGroupBox(self.tr("新增或调整标准"))
        self.category = touch_combo([(label, key) for key, label in CATEGORIES.items()])
        self.day_type = touch_combo(
            [(label, key) for key, label in subsidies.RATE_DAY_TYPES.items()]
        )
        self.unit = touch_combo([(label, key) for key, label in RATE_UNITS.items()])
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("元，如 30 或 12.50"))
        self.amount.setMinimumHeight(MIN_TARGET)
        self.start = date_edit(self.today())
        self.errors = FieldErrors(FIELDS)
        grid = QGridLayout(self.form_box)
        grid.setHorizontalSpacing(10)
        # two rows of fields; each field's red message sits under it in a reserved line
        for i, (key, label, field) in enumerate([
            ("category", self.tr("人员类别"), self.category),
            ("day_type", self.tr("日期类型"), self.day_type),
            ("unit", self.tr("计酬单位"), self.unit),
            ("amount", self.tr("金额（元）"), self.amount),
            ("start", self.tr("起用日期"), self.start),
        ]):  # fmt: skip
            row, col = (0, i * 2) if i < 3 else (2, (i - 3) * 2)
            grid.addWidget(QLabel(label), row, col)
            grid.addWidget(field, row, col + 1)
            if key in FIELDS:
                reserve_space(self.errors[key], lines=1)
                grid.addWidget(self.errors[key], row + 1, col + 1)
        grid.setColumnStretch(5, 1)
        hint = QLabel(
            self.tr(
                "“基数”按上面的政策倍数折算到每类日期；选某一日期类型则是该类日期的固定标准，"
                "优先于基数。调整标准：点表中一行带入，改好金额和起用日期后保存；"
                "旧标准保留为历史。"
            )
        )
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        grid.addWidget(hint, 4, 0, 1, 6)

        self.save_button = QPushButton(self.tr("保存标准"))
        self.save_button.setProperty("primary", True)
        self.close_button = QPushButton(self.tr("关闭"))
        for b in (self.save_button, self.close_button):
            b.setMinimumHeight(MIN_TARGET)
            b.setMinimumWidth(120)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.multipliers_box)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.form_box)
        layout.addLayout(buttons)

        if not allowed(ctx.actor.role, Action.MANAGE_FEES):
            self.form_box.setEnabled(False)
            self.save_button.setEnabled(False)
            self.form_box.setTitle(self.tr("新增或调整标准（只有校长可以调整）"))
        self.refresh()

    def today(self) -> date:
        return self.ctx.clock.now().date()

    def refresh(self) -> None:
        found = attempt(self.bar, lambda: subsidies.rate_rows(self.ctx))
        self.model.set_rows(found or [])
        info = attempt(self.bar, lambda: subsidies.rate_multipliers(self.ctx))
        if info is None:
            return
        self.multipliers_box.setTitle(
            self.tr("政策倍数（只读，来自政策配置“%1”）").replace("%1", str(info["profile_name"]))
        )
        parts = [f"{m['label']} {m['percent']}%" for m in info["multipliers"]]
        self.multipliers_label.setText("　".join(parts))
        sources = [str(m["source"]) for m in info["multipliers"] if m["source"]]
        if sources:
            self.multipliers_source.setText("\n".join(dict.fromkeys(sources)))
        else:
            self.multipliers_source.setText(
                self.tr("本校政策配置未规定补助倍数，基数按 100% 计；可在学校设置中更换政策配置。")
            )

    def take_row(self, index: QModelIndex) -> None:
        """Bring a listed rate into the form, to change it from a new date."""
        row = self.model.row_dict(index.row())
        for combo, key in (
            (self.category, "category"),
            (self.day_type, "day_type"),
            (self.unit, "unit"),
        ):
            found = combo.findData(row[key])
            if found >= 0:
                combo.setCurrentIndex(found)
        self.amount.setText(str(row["rate_yuan"]))
        self.errors.clear()

    def values(self) -> dict[str, Any]:
        return {
            "category": str(self.category.currentData()),
            "amount": self.amount.text(),
            "unit": str(self.unit.currentData()),
            "day_type_": str(self.day_type.currentData()),
            "start": iso(self.start),
        }

    def save(self) -> None:
        self.errors.clear()
        try:
            row = subsidies.set_rate(self.ctx, **self.values())
        except ValidationError as exc:
            if self.errors.show(exc):
                self.bar.clear_message()
            else:
                self.bar.show_error("\n".join(exc.lines()))
            return
        except AppError as exc:
            storage_failure.alarm(exc, self)
            self.bar.show_error("\n".join(exc.lines()))
            return
        publish(Changed(money=True), self)
        self.saved.append(row)
        self.refresh()
        self.amount.clear()
        self.bar.show_ok(
            self.tr("已设定补助标准：%1 %2 %3 %4 元，自 %5 起执行。")
            .replace("%1", CATEGORIES.get(row["category"], row["category"]))
            .replace("%2", subsidies.RATE_DAY_TYPES.get(row["day_type"], row["day_type"]))
            .replace("%3", RATE_UNITS.get(row["unit"], row["unit"]))
            .replace("%4", yuan(int(row["rate_fen"])))
            .replace("%5", str(row["effective_from"]))
        )
