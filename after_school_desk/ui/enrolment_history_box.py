"""课后服务报名 in the pupil dialog: the pupil's enrolments and, for each, every step in words —
what was done, on which date, by whom."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from after_school_desk.errors import AppError
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school import enrolment_views
from after_school_desk.ui import storage_failure
from after_school_desk.ui.enrolment_model import state_labels
from after_school_desk.ui.form_errors import error_label, show_error


class EnrolmentHistoryBox(QGroupBox):
    def __init__(self, ctx: ServiceContext, pupil_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("课后服务报名"))
        self.ctx = ctx
        self.pupil_id = pupil_id
        self.summary = QLabel()
        self.summary.setStyleSheet("font-weight: bold;")
        self.summary.setWordWrap(True)
        self.steps = QLabel()
        self.steps.setWordWrap(True)
        self.message = error_label()
        column = QVBoxLayout(self)
        column.addWidget(self.summary)
        column.addWidget(self.steps)
        column.addWidget(self.message)
        self.lines: list[str] = []
        self.refresh()

    def refresh(self) -> None:
        try:
            history = enrolment_views.enrolment_history(self.ctx, self.pupil_id)
        except AppError as exc:
            storage_failure.alarm(exc, self)
            show_error(self.message, "\n".join(exc.lines()))
            return
        show_error(self.message, "")
        if not history:
            self.summary.setText(self.tr("未报名课后服务。"))
            self.lines = []
            self.steps.setText("")
            return
        self.summary.setText(self.enrolment_text(history[0]))
        self.lines = []
        for i, e in enumerate(history):
            if i > 0:
                self.lines.append(self.enrolment_text(e))
            self.lines += ["　" + self.step_text(s) for s in e["steps"]]
        self.steps.setText("\n".join(self.lines))

    def enrolment_text(self, e: Mapping[str, Any]) -> str:
        state = state_labels().get(str(e["status"]), str(e["status"]))
        text = f"{e['term']} · {e['mode_label']} · {state}"
        if e["status"] == "enrolled":
            text += self.tr("（自 %1 起参加）").replace("%1", str(e["enrolled_from"]))
        if e["status"] == "withdrawn":
            text += self.tr("（%1 起不再参加）").replace("%1", str(e["withdrawn_on"]))
        if e["status"] in ("applied", "reviewed", "enrolled"):
            if e["agreement_signed_on"]:
                text += (
                    self.tr("；协议已签（%1，%2）")
                    .replace("%1", str(e["agreement_signed_by"]))
                    .replace("%2", str(e["agreement_signed_on"]))
                )
            else:
                text += self.tr("；协议未签")
        return text

    def step_text(self, s: Mapping[str, Any]) -> str:
        by, detail = str(s["by"]), str(s["detail"])
        kind = s["step"]
        if kind == "apply":
            text = self.tr("家长%1提出申请").replace("%1", detail) if detail else self.tr("申请")
            if by:
                text += self.tr("，%1登记").replace("%1", by)
        elif kind == "review":
            text = self.tr("班级初审：%1").replace("%1", by or self.tr("（未记录）"))
        elif kind == "approve":
            text = self.tr("学校核准：%1").replace("%1", by or self.tr("（未记录）"))
            if detail:
                text += self.tr("，自 %1 起参加").replace("%1", detail)
        elif kind == "refuse":
            text = self.tr("不予核准")
            if by:
                text += self.tr("：%1").replace("%1", by)
            text += self.tr("，理由：%1").replace("%1", detail)
        elif kind == "agreement":
            text = self.tr("签订协议：%1签字").replace("%1", detail)
            if by:
                text += self.tr("，%1登记").replace("%1", by)
        else:
            text = self.tr("退出课后服务")
            if detail:
                text += self.tr("，原因：%1").replace("%1", detail)
            if by:
                text += self.tr("，%1登记").replace("%1", by)
        return f"{s['on']} {text}"
