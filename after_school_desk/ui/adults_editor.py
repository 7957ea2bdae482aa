"""Editable table of a pupil's guardians and other adults allowed to collect the pupil."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from after_school_desk.services.school.pupils import AdultInput
from after_school_desk.ui.form_errors import error_label, show_error

RELATIONS = ["父亲", "母亲", "爷爷", "奶奶", "外公", "外婆", "哥哥", "姐姐", "叔叔", "阿姨", "其他"]


@dataclass
class AdultRow:
    name: QLineEdit
    relation: QComboBox
    phone: QLineEdit
    guardian: QCheckBox
    pickup: QCheckBox
    remove: QPushButton
    name_error: QLabel
    phone_error: QLabel

    def value(self) -> AdultInput:
        return AdultInput(
            name=self.name.text(),
            relation=self.relation.currentText(),
            phone=self.phone.text(),
            is_guardian=self.guardian.isChecked(),
            can_pickup=self.pickup.isChecked(),
        )

    def widgets(self) -> list[QWidget]:
        return [
            self.name,
            self.relation,
            self.phone,
            self.guardian,
            self.pickup,
            self.remove,
            self.name_error,
            self.phone_error,
        ]


class AdultsEditor(QWidget):
    """One line per adult; an error line under the name and phone fields of that adult."""

    def __init__(self, parent: QWidget | None = None, *, read_only: bool = False) -> None:
        super().__init__(parent)
        self._read_only = read_only
        self.rows: list[AdultRow] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(8)
        self._grid.setVerticalSpacing(2)
        for col, title in enumerate(
            [
                self.tr("姓名"),
                self.tr("关系"),
                self.tr("电话"),
                self.tr("监护人"),
                self.tr("可接送"),
            ]
        ):
            header = QLabel(title)
            header.setStyleSheet("font-weight: bold;")
            self._grid.addWidget(header, 0, col)
        self._grid.setColumnStretch(0, 3)
        self._grid.setColumnStretch(1, 2)
        self._grid.setColumnStretch(2, 3)
        outer.addLayout(self._grid)
        self.add_button = QPushButton(self.tr("＋ 添加接送人"))
        self.add_button.clicked.connect(lambda: self.add_adult())
        if read_only:
            self.add_button.hide()
        outer.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def add_adult(self, adult: dict[str, Any] | None = None) -> AdultRow:
        a = adult or {}
        relation = QComboBox()
        relation.setEditable(True)
        relation.addItems(RELATIONS)
        relation.setCurrentText(str(a.get("relation") or ""))
        guardian = QCheckBox()
        guardian.setChecked(bool(a.get("is_guardian", True)))
        pickup = QCheckBox()
        pickup.setChecked(bool(a.get("can_pickup", True)))
        row = AdultRow(
            name=QLineEdit(str(a.get("name") or "")),
            relation=relation,
            phone=QLineEdit(str(a.get("phone") or "")),
            guardian=guardian,
            pickup=pickup,
            remove=QPushButton(self.tr("删除")),
            name_error=error_label(),
            phone_error=error_label(),
        )
        row.phone.setPlaceholderText(self.tr("手机或座机"))
        row.remove.clicked.connect(lambda: self.remove_adult(row))
        for w in (row.name, row.relation, row.phone, row.guardian, row.pickup):
            w.setEnabled(not self._read_only)
        if self._read_only:
            row.remove.hide()
        self.rows.append(row)
        self._relayout()
        return row

    def remove_adult(self, row: AdultRow) -> None:
        self.rows.remove(row)
        for w in row.widgets():
            self._grid.removeWidget(w)
            w.deleteLater()
        self._relayout()

    def _relayout(self) -> None:
        for i, row in enumerate(self.rows):
            line = 1 + 2 * i
            for col, w in enumerate(
                [row.name, row.relation, row.phone, row.guardian, row.pickup, row.remove]
            ):
                self._grid.addWidget(w, line, col)
            self._grid.addWidget(row.name_error, line + 1, 0, 1, 2)
            self._grid.addWidget(row.phone_error, line + 1, 2, 1, 4)

    def values(self) -> list[AdultInput]:
        return [r.value() for r in self.rows]

    def show_errors(self, fields: dict[str, str]) -> None:
        for i, row in enumerate(self.rows):
            show_error(row.name_error, fields.get(f"adult{i}.name", ""))
            show_error(row.phone_error, fields.get(f"adult{i}.phone", ""))
