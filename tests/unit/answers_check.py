"""Checks that a service's answer has exactly the keys its TypedDict declares, nested ones too."""

from __future__ import annotations

import types
import typing
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, get_args, get_origin, get_type_hints, is_typeddict

from after_school_desk import i18n


def assert_shape(value: Any, td: Any, where: str = "answer") -> None:
    """``value`` has every required key of ``td``, no key it does not declare, and the nested
    TypedDicts (directly, in a list or in ``X | None``) hold as well."""
    assert isinstance(value, dict), f"{where}: {type(value).__name__}, not a dict"
    keys = set(value)
    missing = td.__required_keys__ - keys
    extra = keys - td.__required_keys__ - td.__optional_keys__
    assert not missing and not extra, f"{where}: missing {missing}, undeclared {extra}"
    hints = get_type_hints(td)
    for key in keys:
        _nested(value[key], hints[key], f"{where}[{key!r}]")


def _nested(value: Any, hint: Any, where: str) -> None:
    if get_origin(hint) is typing.NotRequired:
        hint = get_args(hint)[0]
    if is_typeddict(hint):
        assert_shape(value, hint, where)
    elif get_origin(hint) is list and value:
        (item,) = get_args(hint)
        for i, v in enumerate(value):
            _nested(v, item, f"{where}[{i}]")
    elif get_origin(hint) in (typing.Union, types.UnionType) and value is not None:
        tds = [a for a in get_args(hint) if is_typeddict(a)]
        if tds:
            assert_shape(value, tds[0], where)


@contextmanager
def english(table: dict[str, str]) -> Iterator[None]:
    """The refusals in English, from a {Chinese source text: English} table."""
    i18n.install(lambda text: table.get(text, text))
    try:
        yield
    finally:
        i18n.install(None)
