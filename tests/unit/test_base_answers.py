"""The shared look-ups' answers (after_school_desk/services/base/answers.py) have exactly their declared keys,
and the shared refusals come in English once a translator is in."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from after_school_desk import i18n
from after_school_desk.errors import ValidationError
from after_school_desk.services.base import answers, classes, money_common
from after_school_desk.services.base.context import ServiceContext

ENGLISH = {
    "找不到班级“{name}”。": 'Class "{name}" not found.',
    "月份“{month}”无效，请写成 YYYY-MM，例如 2026-11。": (
        'Month "{month}" is not valid; write it as YYYY-MM, for example 2026-11.'
    ),
}


def test_classes_have_their_declared_keys(school_ctx: ServiceContext) -> None:
    listed = classes.list_classes(school_ctx)
    assert listed
    for c in listed:
        assert set(c) == answers.ClassListing.__required_keys__
    found = classes.find_class(school_ctx, "三(2)班")
    assert set(found) == answers.ClassRecord.__required_keys__
    assert found["name"] == "三年级(2)班"


@pytest.fixture
def english() -> Iterator[None]:
    i18n.install(lambda text: ENGLISH.get(text, text))
    yield
    i18n.install(None)


def test_shared_refusals_come_in_english(school_ctx: ServiceContext, english: None) -> None:
    with pytest.raises(ValidationError) as no_class:
        classes.find_class(school_ctx, "九年级(9)班")
    assert no_class.value.message == 'Class "九年级(9)班" not found.'
    with pytest.raises(ValidationError) as bad_month:
        money_common.month_of("2026/11")
    assert bad_month.value.message.startswith('Month "2026/11" is not valid')
