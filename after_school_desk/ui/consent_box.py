"""监护人同意 in the pupil dialog: the guardian's separate consents (service / publication),
recorded or withdrawn at once through the consent service."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QWidget,
)

from after_school_desk.domain.roles import Action, allowed
from after_school_desk.errors import AppError
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school import consent
from after_school_desk.services.school.consent import CONSENT_KINDS
from after_school_desk.ui import storage_failure
from after_school_desk.ui.form_errors import error_label, show_error
from after_school_desk.ui.operations import Changed, publish


class ConsentRow:
    def __init__(self, kind: str, label: str) -> None:
        self.kind = kind
        self.title = QLabel(label)
        self.state = QLabel()
        self.signer = QComboBox()
        self.signer.setEditable(True)
        self.signer.setMinimumWidth(140)
        self.give = QPushButton()
        self.withdraw = QPushButton()


class ConsentBox(QGroupBox):
    """One row per kind of consent: its state, who signs, 登记同意 and 撤回."""

    def __init__(
        self,
        ctx: ServiceContext,
        pupil_id: str,
        guardians: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("监护人同意（个人信息保护法：未成年人信息须经监护人同意）"))
        self.ctx = ctx
        self.pupil_id = pupil_id
        self.can_record = allowed(ctx.actor.role, Action.RECORD_CONSENT)
        self.rows: dict[str, ConsentRow] = {}
        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        labels = {"service": self.tr("参加课后服务"), "publication": self.tr("减免名单公示")}
        for i, kind in enumerate(CONSENT_KINDS):
            row = ConsentRow(kind, labels.get(kind, CONSENT_KINDS[kind]))
            row.signer.addItems(guardians)
            row.signer.setPlaceholderText(self.tr("签署的监护人"))
            row.give.setText(self.tr("登记同意"))
            row.withdraw.setText(self.tr("撤回同意"))
            row.give.clicked.connect(lambda _=False, k=kind: self.give(k))
            row.withdraw.clicked.connect(lambda _=False, k=kind: self.withdraw(k))
            grid.addWidget(row.title, i, 0)
            grid.addWidget(row.state, i, 1)
            grid.addWidget(row.signer, i, 2)
            grid.addWidget(row.give, i, 3)
            grid.addWidget(row.withdraw, i, 4)
            self.rows[kind] = row
        hint = QLabel(
            self.tr("凭监护人签字的纸质同意书登记，登记或撤回后立即生效，不用再点“保存”。")
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        self.message = error_label()
        grid.addWidget(hint, len(CONSENT_KINDS), 0, 1, 5)
        grid.addWidget(self.message, len(CONSENT_KINDS) + 1, 0, 1, 5)
        self.refresh()

    def refresh(self) -> None:
        history = consent.consents_of(self.ctx, self.pupil_id)
        for kind, row in self.rows.items():
            mine = [c for c in history if c["kind"] == kind]
            active = next((c for c in reversed(mine) if not c["withdrawn_on"]), None)
            if active is not None:
                row.state.setText(
                    self.tr("已同意：%1 于 %2 签署")
                    .replace("%1", str(active["given_by"]))
                    .replace("%2", str(active["given_on"]))
                )
            elif mine:
                row.state.setText(
                    self.tr("已撤回（%1）").replace("%1", str(mine[-1]["withdrawn_on"]))
                )
            else:
                row.state.setText(self.tr("未登记"))
            row.signer.setVisible(self.can_record and active is None)
            row.give.setVisible(self.can_record and active is None)
            row.withdraw.setVisible(self.can_record and active is not None)

    def give(self, kind: str) -> None:
        self._record(kind, by=self.rows[kind].signer.currentText(), withdraw=False)

    def withdraw(self, kind: str) -> None:
        self._record(kind, by="", withdraw=True)

    def _record(self, kind: str, by: str, withdraw: bool) -> None:
        try:
            consent.record_consent(self.ctx, self.pupil_id, kind, by, withdraw=withdraw)
        except AppError as exc:
            storage_failure.alarm(exc, self)
            show_error(self.message, "\n".join(exc.lines()))
            return
        publish(Changed(pupils=True), self)
        show_error(self.message, "")
        self.refresh()
