"""With the English interface the services' refusals are English too (after_school_desk.i18n.t); the command
line and the Chinese interface keep the Chinese text."""

from __future__ import annotations

import pytest

from after_school_desk import i18n as refusals
from after_school_desk.errors import ValidationError
from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.daily import attendance
from after_school_desk.ui import i18n
from tests.gui.daily_gui import school_day


def test_a_second_sign_in_is_refused_in_the_interfaces_language(
    qapp, school_ctx: ServiceContext, clock: FixedClock
) -> None:
    day = school_day(school_ctx, clock)
    nid = next(iter(day.school.pupils))
    attendance.sign_in(day.teacher, nid)
    translator = i18n.install_translator(qapp, "en")
    assert translator is not None
    try:
        with pytest.raises(ValidationError) as english:
            attendance.sign_in(day.teacher, nid)
        assert "was signed in at 16:00 already." in english.value.message
    finally:
        i18n.remove_translator(qapp, translator)
    with pytest.raises(ValidationError) as chinese:
        attendance.sign_in(day.teacher, nid)
    assert "已于 16:00 签到，无需重复签到。" in chinese.value.message


def test_a_translation_that_lost_a_placeholder_falls_back_to_chinese() -> None:
    refusals.install(lambda text: "broken {nothing}")
    try:
        assert refusals.t("{who} 当天已记为缺席。", who="张三") == "张三 当天已记为缺席。"
    finally:
        refusals.install(None)
