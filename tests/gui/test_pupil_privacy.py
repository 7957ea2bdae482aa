"""A teacher's screens show the guardians' phones and the 重点关注 flags of their own class only
(after_school_desk.services.base.pupil_visibility; docs/privacy.md)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from after_school_desk.domain.roles import Role
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school import pupils, staff
from after_school_desk.services.school.pupils import AdultInput, PupilInput
from after_school_desk.ui.pupil_dialog import PupilDialog
from after_school_desk.ui.roster_model import PUPIL_ID_ROLE
from after_school_desk.ui.roster_page import RosterPage
from tests.conftest import as_role
from tests.gui.roster_helpers import roster_page


def _teacher_of_grade_one_class_one(ctx: ServiceContext) -> ServiceContext:
    """李老师, head teacher of 一年级(1)班 (张三's class; 李四 is in 一年级(2)班)."""
    member = staff.add_staff(ctx, "李红", "teacher")
    staff.set_head_teacher(ctx, "一年级(1)班", member["id"])
    pupils.save_pupil(
        ctx,
        PupilInput(
            national_id="G100000000009",
            name="赵小留",
            sex="女",
            class_name="一年级(2)班",
            flags={"left_behind", "hardship"},
            adults=[AdultInput(name="赵奶奶", relation="祖母", phone="13912345678")],
        ),
    )
    return as_role(ctx, Role.TEACHER, member["id"])


def _row_texts(page: RosterPage, name: str) -> list[str]:
    model = page.table.model()
    for r in range(model.rowCount()):
        if model.index(r, 1).data() == name:
            return [model.index(r, c).data() for c in range(model.columnCount())]
    raise AssertionError(name)


def test_the_roster_masks_other_classes_phones_and_flags(qtbot, gui_ctx: ServiceContext) -> None:
    page = roster_page(qtbot, _teacher_of_grade_one_class_one(gui_ctx))
    page.resize(1366, 768)
    page.show()
    assert _row_texts(page, "张三")[4:6] == ["张大山（母亲）", "13800000001"]
    other = _row_texts(page, "赵小留")
    assert other[3:] == ["一年级(2)班", "赵奶奶（祖母）", "139****5678", ""]
    assert page.private_note.isVisible()
    assert "只显示部分号码" in page.private_note.text()

    principal = roster_page(qtbot, as_role(gui_ctx, Role.PRINCIPAL))
    assert _row_texts(principal, "赵小留")[5:] == ["13912345678", "留守儿童、困境儿童"]
    assert principal.private_note.isHidden()


def test_a_tap_on_another_class_pupil_opens_a_view_without_phone_or_flags(
    qtbot, gui_ctx: ServiceContext
) -> None:
    page = roster_page(qtbot, _teacher_of_grade_one_class_one(gui_ctx))
    page.resize(1366, 768)
    page.show()
    opened: list[PupilDialog] = []

    def keep(dialog: object) -> bool:
        assert isinstance(dialog, PupilDialog)
        opened.append(dialog)
        return False

    page.run_dialog = keep  # type: ignore[assignment]
    model = page.table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 1).data() == "赵小留")
    rect = page.table.visualRect(model.index(row, 1))
    # a double tap, as a finger gives it: press and release, then the second press
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(opened) == 1
    dialog = opened[0]
    qtbot.addWidget(dialog)
    assert page.table.currentIndex().data(PUPIL_ID_ROLE) == dialog.pupil_id
    dialog.show()
    assert dialog.private_note is not None and dialog.private_note.isVisible()
    assert not any(box.isVisible() for box in dialog.flag_boxes.values())
    assert [row.phone.text() for row in dialog.adults.rows] == ["139****5678"]

    own = PupilDialog(page.ctx, pupils.find_pupil(gui_ctx, "G100000000001")["id"])
    qtbot.addWidget(own)
    own.show()
    assert own.private_note is None
    assert all(box.isVisible() for box in own.flag_boxes.values())
    assert [row.phone.text() for row in own.adults.rows] == ["13800000001"]
