"""A pupil named on the command line (or anywhere a pupil key is typed) by 学籍号, or by name
when the name is the school's only one of its kind; two of a name are listed to tell apart."""

from __future__ import annotations

import pytest

from after_school_desk.errors import NotFound
from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.daily import attendance
from after_school_desk.services.school.pupils import AdultInput, PupilInput, save_pupil
from tests.gui.daily_gui import school_day


def test_a_name_finds_the_one_pupil_and_two_of_a_name_are_listed(
    school_ctx: ServiceContext, clock: FixedClock
) -> None:
    day = school_day(school_ctx, clock)
    nid = next(iter(day.school.pupils))
    name = day.school.pupils[nid]["name"]
    assert attendance.sign_in(day.ctx, name)["national_id"] == nid
    save_pupil(
        school_ctx,
        PupilInput(
            national_id="G109888888",
            name=name,
            sex="男",
            class_name="三年级(2)班",
            adults=[AdultInput("父亲", "父亲", "13800009999")],
        ),
    )
    with pytest.raises(NotFound) as two:
        attendance.mark_absent(day.ctx, name)
    assert "有 2 名学生叫" in two.value.message
    assert nid in two.value.message and "G109888888" in two.value.message
    with pytest.raises(NotFound, match="请输入学籍号、姓名或学生编号"):
        attendance.sign_in(day.ctx, "没有这个人")
