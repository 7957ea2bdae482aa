"""自行离校同意书 in the pupil dialog: who signed the guardian's written permission for the pupil
to leave alone, when, and until when (or since when revoked); filed or revoked at once."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QWidget

from after_school_desk.domain.roles import Action, allowed
from after_school_desk.errors import AppError
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.daily import attendance, self_leave
from after_school_desk.services.daily.answers import SelfLeavePermitView
from after_school_desk.ui import storage_failure
from after_school_desk.ui.enrolment_dialogs import name_field
from after_school_desk.ui.form_errors import error_label, show_error
from after_school_desk.ui.form_fields import date_edit, iso
from after_school_desk.ui.operations import Changed, publish
from after_school_desk.ui.style import MIN_TARGET


class SelfLeaveBox(QGroupBox):
    def __init__(
        self,
        ctx: ServiceContext,
        pupil_id: str,
        guardians: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("自行离校同意书"))
        self.ctx = ctx
        self.pupil_id = pupil_id
        self.can_file = allowed(ctx.actor.role, Action.ENROL)
        today = ctx.clock.now().date()
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setStyleSheet("font-weight: bold;")
        self.earlier = QLabel()
        self.earlier.setWordWrap(True)
        self.signer = name_field(guardians, self.tr("签字的监护人"))
        self.signed_on = date_edit(today)
        self.file_button = QPushButton(self.tr("登记同意书"))
        self.revoke_on = date_edit(today)
        self.revoke_button = QPushButton(self.tr("撤销"))
        for b in (self.file_button, self.revoke_button):
            b.setMinimumHeight(MIN_TARGET)
        self.signed_label = QLabel(self.tr("签字日期"))
        self.revoke_label = QLabel(self.tr("从哪天起失效"))
        self.message = error_label()
        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        grid.addWidget(self.state, 0, 0, 1, 4)
        grid.addWidget(self.earlier, 1, 0, 1, 4)
        grid.addWidget(self.signer, 2, 0)
        grid.addWidget(self.signed_label, 2, 1)
        grid.addWidget(self.signed_on, 2, 2)
        grid.addWidget(self.file_button, 2, 3)
        grid.addWidget(self.revoke_label, 3, 1)
        grid.addWidget(self.revoke_on, 3, 2)
        grid.addWidget(self.revoke_button, 3, 3)
        grid.addWidget(self.message, 4, 0, 1, 4)
        self.file_button.clicked.connect(self.file)
        self.revoke_button.clicked.connect(self.revoke)
        self.permits: list[SelfLeavePermitView] = []
        self.refresh()

    def permit_text(self, p: SelfLeavePermitView) -> str:
        text = self.tr("%1 于 %2 签字").replace("%1", str(p["signed_by"]))
        text = text.replace("%2", str(p["signed_on"]))
        if p["filed_by"]:
            text += self.tr("（%1登记）").replace("%1", str(p["filed_by"]))
        today = self.ctx.clock.now().date().isoformat()
        if p["revoked_on"] is None:
            text += self.tr("，长期有效")
        elif p["revoked_on"] > today:
            last = date.fromordinal(date.fromisoformat(p["revoked_on"]).toordinal() - 1)
            text += self.tr("，有效至 %1").replace("%1", last.isoformat())
        else:
            text += self.tr("，%1 起已撤销").replace("%1", str(p["revoked_on"]))
        return text

    def refresh(self) -> None:
        try:
            self.permits = self_leave.self_leave_permits(self.ctx, self.pupil_id)
        except AppError as exc:
            storage_failure.alarm(exc, self)
            show_error(self.message, "\n".join(exc.lines()))
            return
        active = next((p for p in reversed(self.permits) if p["in_force"]), None)
        if active is not None:
            self.state.setText(self.tr("有效：") + self.permit_text(active))
        elif self.permits:
            self.state.setText(self.tr("目前无效：") + self.permit_text(self.permits[-1]))
        else:
            self.state.setText(self.tr("未登记：学生只能交给接送人。"))
        shown = active or (self.permits[-1] if self.permits else None)
        older = [p for p in self.permits if p is not shown]
        self.earlier.setText("\n".join(self.tr("此前：") + self.permit_text(p) for p in older))
        self.earlier.setVisible(bool(older))
        filing = self.can_file and active is None
        for w in (self.signer, self.signed_label, self.signed_on, self.file_button):
            w.setVisible(filing)
        revoking = self.can_file and active is not None
        for w in (self.revoke_label, self.revoke_on, self.revoke_button):
            w.setVisible(revoking)

    def file(self) -> None:
        self._run(
            lambda: attendance.permit_self_leave(
                self.ctx, self.pupil_id, self.signer.currentText(), iso(self.signed_on)
            )
        )

    def revoke(self) -> None:
        self._run(
            lambda: self_leave.revoke_self_leave(self.ctx, self.pupil_id, iso(self.revoke_on))
        )

    def _run(self, call: Callable[[], object]) -> None:
        try:
            call()
        except AppError as exc:
            storage_failure.alarm(exc, self)
            show_error(self.message, "\n".join(exc.lines()))
            return
        publish(Changed(pupils=True), self)  # 自行离校 on the hand-over page
        show_error(self.message, "")
        self.refresh()
