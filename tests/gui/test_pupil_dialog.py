from __future__ import annotations

from PySide6.QtWidgets import QDialog

from after_school_desk.domain.roles import Role
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school import pupils
from after_school_desk.ui.pupil_dialog import PupilDialog
from tests.conftest import as_role


def fill_new_pupil(dialog: PupilDialog, phone: str) -> None:
    dialog.national_id.setText("G100000000099")
    dialog.name.setText("赵六")
    dialog.sex.setCurrentText("男")
    dialog.birth_date.setText("2019-05-06")
    dialog.class_combo.setCurrentText("三年级(2)班")
    dialog.flag_boxes["left_behind"].setChecked(True)
    adult = dialog.adults.rows[0]
    adult.name.setText("赵大妈")
    adult.relation.setCurrentText("奶奶")
    adult.phone.setText(phone)


def test_bad_phone_is_shown_next_to_the_phone_field_and_nothing_is_saved(
    qtbot, gui_ctx: ServiceContext
) -> None:
    dialog = PupilDialog(gui_ctx)
    qtbot.addWidget(dialog)
    fill_new_pupil(dialog, "12345")
    dialog.save_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    phone_error = dialog.adults.rows[0].phone_error
    assert not phone_error.isHidden()
    assert phone_error.text() == "第 1 位接送人的电话“12345”无效。"
    assert dialog.adults.rows[0].name_error.isHidden()
    assert dialog.errors["name"].isHidden()
    assert len(pupils.roster_rows(gui_ctx)) == 4


def test_field_errors_sit_under_their_fields(qtbot, gui_ctx: ServiceContext) -> None:
    dialog = PupilDialog(gui_ctx)
    qtbot.addWidget(dialog)
    dialog.national_id.setText("G100000000001")  # already 张三's
    dialog.birth_date.setText("2019-02-30")
    dialog.save_button.click()
    assert "张三" in dialog.errors["national_id"].text()
    assert dialog.errors["name"].text() == "姓名不能为空。"
    assert "2019-02-30" in dialog.errors["birth_date"].text()
    assert len(pupils.roster_rows(gui_ctx)) == 4


def test_new_pupil_with_two_adults_is_saved(qtbot, gui_ctx: ServiceContext) -> None:
    dialog = PupilDialog(gui_ctx)
    qtbot.addWidget(dialog)
    fill_new_pupil(dialog, "139-0000-1234")
    second = dialog.adults.add_adult()
    second.name.setText("赵叔")
    second.guardian.setChecked(False)
    dialog.save_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.saved is not None
    detail = pupils.pupil_detail(gui_ctx, "G100000000099")
    assert detail["class"] == "三年级(2)班" and detail["flags"] == ["留守儿童"]
    assert [(a["name"], a["phone"], bool(a["is_guardian"])) for a in detail["adults"]] == [
        ("赵大妈", "13900001234", True),
        ("赵叔", None, False),
    ]


def test_edit_existing_pupil_and_remove_an_adult(qtbot, gui_ctx: ServiceContext) -> None:
    pupil_id = pupils.find_pupil(gui_ctx, "G100000000001")["id"]
    dialog = PupilDialog(gui_ctx, pupil_id)
    qtbot.addWidget(dialog)
    assert dialog.name.text() == "张三"
    assert dialog.adults.rows[0].phone.text() == "13800000001"
    dialog.name.setText("张叁")
    dialog.adults.rows[0].remove.click()
    assert dialog.adults.rows == []
    dialog.save_button.click()
    detail = pupils.pupil_detail(gui_ctx, pupil_id)
    assert detail["name"] == "张叁" and detail["adults"] == []


def test_teacher_gets_a_read_only_view(qtbot, gui_ctx: ServiceContext) -> None:
    pupil_id = pupils.find_pupil(gui_ctx, "G100000000002")["id"]
    dialog = PupilDialog(as_role(gui_ctx, Role.TEACHER), pupil_id)
    qtbot.addWidget(dialog)
    assert not dialog.editable
    assert not dialog.name.isEnabled()
    assert not hasattr(dialog, "save_button")
