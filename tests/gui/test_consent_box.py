from __future__ import annotations

from after_school_desk.domain.roles import Role
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school import consent, pupils
from after_school_desk.ui.pupil_dialog import PupilDialog
from tests.conftest import as_role


def open_dialog(qtbot, ctx: ServiceContext, role: Role) -> PupilDialog:
    pupil_id = str(pupils.find_pupil(ctx, "G100000000002")["id"])
    dialog = PupilDialog(as_role(ctx, role), pupil_id)
    qtbot.addWidget(dialog)
    return dialog


def test_teacher_records_and_withdraws_a_publication_consent(
    qtbot, gui_ctx: ServiceContext
) -> None:
    dialog = open_dialog(qtbot, gui_ctx, Role.TEACHER)
    assert dialog.consents is not None
    row = dialog.consents.rows["publication"]
    assert row.state.text() == "未登记"
    assert row.signer.currentText() == "李红"  # the guardian on file is offered
    row.give.click()
    assert row.state.text() == "已同意：李红 于 2026-11-02 签署"
    assert row.give.isHidden() and not row.withdraw.isHidden()
    [given] = consent.consents_of(gui_ctx, "G100000000002")
    assert (given["kind"], given["given_by"], given["withdrawn_on"]) == (
        "publication",
        "李红",
        None,
    )
    row.withdraw.click()
    assert row.state.text() == "已撤回（2026-11-02）"
    assert consent.consents_of(gui_ctx, "G100000000002")[0]["withdrawn_on"] == "2026-11-02"
    assert dialog.consents.rows["service"].state.text() == "未登记"


def test_missing_signer_is_explained(qtbot, gui_ctx: ServiceContext) -> None:
    dialog = open_dialog(qtbot, gui_ctx, Role.PRINCIPAL)
    assert dialog.consents is not None
    row = dialog.consents.rows["service"]
    row.signer.setCurrentText("")
    row.give.click()
    assert "监护人姓名" in dialog.consents.message.text()
    assert consent.consents_of(gui_ctx, "G100000000002") == []


def test_admin_sees_consents_but_cannot_record_them(qtbot, gui_ctx: ServiceContext) -> None:
    dialog = open_dialog(qtbot, gui_ctx, Role.ADMIN)
    assert dialog.consents is not None
    assert dialog.consents.rows["service"].give.isHidden()
    assert dialog.consents.rows["service"].state.text() == "未登记"


def test_a_new_pupil_has_no_consent_box_yet(qtbot, gui_ctx: ServiceContext) -> None:
    dialog = PupilDialog(gui_ctx)
    qtbot.addWidget(dialog)
    assert dialog.consents is None
