from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt

from after_school_desk.domain.roles import Role
from after_school_desk.errors import PermissionDenied
from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.daily import attendance, corrections
from after_school_desk.services.school import consent, pupils, users
from after_school_desk.services.school.pupils import AdultInput, PupilInput
from after_school_desk.ui.history_dialog import HistoryDialog
from after_school_desk.ui.pupil_dialog import PupilDialog
from tests.conftest import as_role
from tests.gui.conftest import PRINCIPAL_PIN
from tests.gui.daily_gui import school_day
from tests.unit.daily_school import DAY


def rename_zhang_san(ctx: ServiceContext) -> str:
    pupil = pupils.find_pupil(ctx, "G100000000001")
    principal = users.log_in(ctx, "wang", PRINCIPAL_PIN)
    editor = dataclasses.replace(
        ctx, actor=principal, device_id="11111111-2222-4333-8444-555555555555"
    )
    pupils.save_pupil(
        editor,
        PupilInput(
            national_id="G100000000001",
            name="张叁",
            sex="男",
            class_name="二年级(1)班",
            adults=[AdultInput(name="张大山", relation="母亲", phone="13800000001")],
        ),
        str(pupil["id"]),
    )
    return str(pupil["id"])


def test_pupil_history_shows_an_edit_with_readable_fields(qtbot, gui_ctx: ServiceContext) -> None:
    pupil_id = rename_zhang_san(gui_ctx)
    dialog = HistoryDialog.for_pupil(as_role(gui_ctx, Role.PRINCIPAL), pupil_id)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "修改记录：张叁（二年级(1)班）"
    rows = dialog.model.rows()
    edit = next(r for r in rows if r["action"] == "修改学生信息")
    assert edit["at"] == "2026-11-02 15:30:00"
    assert edit["who"] == "王校长（wang）"
    assert edit["device"] == "11111111"
    assert edit["changes"].splitlines() == ["姓名：张三 → 张叁", "班级：一年级(1)班 → 二年级(1)班"]
    added = next(r for r in rows if r["action"] == "新增学生")
    assert "姓名：张三" in added["changes"].splitlines()
    assert "性别：男" in added["changes"].splitlines()
    assert added["device"] == "00000000（本机）"
    assert rows[0]["seq"] > rows[-1]["seq"]  # newest first
    assert dialog.model.rowCount() == len(rows)
    assert dialog.model.headerData(4, Qt.Orientation.Horizontal) == "改动"


def test_day_history_lists_the_day_and_consents(qtbot, gui_ctx: ServiceContext) -> None:
    consent.record_consent(gui_ctx, "G100000000002", "publication", "李红")
    dialog = HistoryDialog.for_day(as_role(gui_ctx, Role.PRINCIPAL))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "修改记录：2026-11-02"
    given = next(r for r in dialog.model.rows() if r["action"] == "监护人同意")
    assert "签署人：李红" in given["changes"].splitlines()
    assert "类别：减免名单公示" in given["changes"].splitlines()


def test_only_the_principal_sees_history(qtbot, gui_ctx: ServiceContext) -> None:
    pupil_id = str(pupils.find_pupil(gui_ctx, "G100000000001")["id"])
    with pytest.raises(PermissionDenied):
        HistoryDialog.for_pupil(as_role(gui_ctx, Role.TEACHER), pupil_id)
    teacher_view = PupilDialog(as_role(gui_ctx, Role.TEACHER), pupil_id)
    qtbot.addWidget(teacher_view)
    assert teacher_view.history_button is None
    principal_view = PupilDialog(as_role(gui_ctx, Role.PRINCIPAL), pupil_id)
    qtbot.addWidget(principal_view)
    assert principal_view.history_button is not None


def test_the_day_history_tells_an_undo_and_a_correction_in_words(
    qtbot, school_ctx: ServiceContext, clock: FixedClock
) -> None:

    day = school_day(school_ctx, clock)
    done = attendance.sign_in(day.teacher, "G10000000")
    corrections.revert(day.teacher, done["event_ids"])
    again = attendance.sign_in(day.teacher, "G10000001")
    corrections.correct(day.leader, again["event_ids"][0], "学生其实没来")
    dialog = HistoryDialog.for_day(as_role(school_ctx, Role.PRINCIPAL), day=None)
    qtbot.addWidget(dialog)
    rows = dialog.model.rows()
    undo = next(r for r in rows if r["action"] == "撤销考勤（当场）")
    assert undo["changes"].splitlines() == ["原记录：16:00 签到", "更正理由：当场撤销（点错了）"]
    fixed = next(r for r in rows if r["action"] == "更正考勤")
    assert fixed["changes"].splitlines() == ["原记录：16:00 签到", "更正理由：学生其实没来"]
    assert day.row("G10000001")["state"] == "not_arrived" and DAY
