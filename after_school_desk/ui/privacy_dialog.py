"""Minors' personal information on the roster: archiving a pupil who left (离校归档) and erasing
the personal fields of those who left longer ago than the retention period (清除过期个人信息).

Both dialogs say exactly what is kept and what is removed before anything is written, and the
erasure dialog shows how many pupils it would erase for the chosen retention period.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLabel, QLineEdit, QSpinBox, QWidget

from after_school_desk.errors import AppError
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school import privacy, pupils
from after_school_desk.ui import storage_failure
from after_school_desk.ui.form_dialog import FormDialog
from after_school_desk.ui.form_errors import show_error
from after_school_desk.ui.form_fields import date_edit, iso
from after_school_desk.ui.operations import Changed
from after_school_desk.ui.style import MIN_TARGET


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("font-size: 15px; padding: 4px 0;")
    return label


class ArchivePupilDialog(FormDialog):
    """离校归档: the pupil leaves the active lists; their data stays until the retention ends."""

    changes = Changed(pupils=True)

    def __init__(self, ctx: ServiceContext, pupil_id: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("离校归档"), parent)
        self.ctx = ctx
        self.pupil_id = pupil_id
        self.saved: Mapping[str, Any] | None = None
        self.pupil = pupils.pupil_detail(ctx, pupil_id)
        today = ctx.clock.now().date()
        self.save_button.setText(self.tr("确认归档"))
        heading = QLabel(
            f"{self.pupil['class']} {self.pupil['name']}（{self.pupil['national_id']}）"
        )
        heading.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.form.addRow(heading)
        self.left_on = date_edit(today)
        self.left_on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("如：转学、毕业、随父母外出"))
        self.reason.setMaxLength(60)
        self.add_field("left_on", self.tr("离校日期"), self.left_on)
        self.add_field("reason", self.tr("离校原因"), self.reason)
        self.form.addRow(
            _note(
                self.tr(
                    "归档后，该生不再出现在名册和今后的名单中。\n"
                    "暂时保留：姓名、学籍号、出生日期、监护人和接送人及其电话，以及出勤、报名、"
                    "收费记录，直到保留期满。\n"
                    "保留期满后，用“清除过期个人信息”删除：姓名（改为“已删除”）、学籍号、学号、"
                    "出生日期，以及全部监护人、接送人和电话。\n"
                    "一直保留（不含个人信息）：班级、类别标记、报名、出勤和收费记录，"
                    "过去报表的人数不变。"
                )
            )
        )

    def submit(self) -> None:
        self.saved = privacy.archive_pupil(
            self.ctx, self.pupil_id, iso(self.left_on), self.reason.text()
        )


class EraseExpiredDialog(FormDialog):
    """清除过期个人信息: erase pupils who left more than the retention period ago."""

    changes = Changed(pupils=True)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("清除过期个人信息"), parent)
        self.ctx = ctx
        self.erased: int | None = None
        self.due = 0
        self.days = QSpinBox()
        self.days.setRange(0, 3650)
        self.days.setSingleStep(30)
        self.days.setValue(privacy.DEFAULT_RETENTION_DAYS)
        self.days.setSuffix(self.tr(" 天"))
        self.days.setMinimumWidth(160)
        self.add_field("retention_days", self.tr("离校后保留"), self.days)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setMinimumHeight(MIN_TARGET)
        self.preview.setStyleSheet("font-size: 17px; font-weight: bold;")
        self.form.addRow(self.preview)
        self.form.addRow(
            _note(
                self.tr(
                    "将删除（不能恢复）：姓名（改为“已删除”）、学籍号（改为随机编号）、学号、"
                    "出生日期，以及全部监护人、接送人和电话；同意书上的签署人也改为“已删除”。\n"
                    "保留：班级、类别标记、报名、出勤和收费记录，过去报表的人数不变。\n"
                    "只清除已离校归档、且离校日期早于保留期限的学生。"
                )
            )
        )
        self.days.valueChanged.connect(self.update_preview)
        self.update_preview()

    def update_preview(self) -> None:
        try:
            found = privacy.erasure_preview(self.ctx, self.days.value())
        except AppError as exc:
            storage_failure.alarm(exc, self)
            self.due = 0
            self.preview.setText("")
            show_error(self.message, "\n".join(exc.lines()))
            self.save_button.setEnabled(False)
            return
        show_error(self.message, "")
        self.due = int(found["due"])
        self.preview.setText(
            self.tr("%1 及以前离校的学生已过保留期：将清除 %2 名（已离校、尚保留信息的共 %3 名）。")
            .replace("%1", str(found["cutoff"]))
            .replace("%2", str(self.due))
            .replace("%3", str(found["kept"]))
        )
        self.save_button.setText(
            self.tr("清除 %1 名学生的个人信息").replace("%1", str(self.due))
            if self.due
            else self.tr("没有需要清除的学生")
        )
        self.save_button.setEnabled(self.due > 0)

    def submit(self) -> None:
        self.erased = privacy.erase_expired(self.ctx, self.days.value())
