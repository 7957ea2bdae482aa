"""Report data to canonical JSON and back (month close, 月结).

``canonical`` gives the same bytes for the same data on every PC and Python version (keys
sorted, no spaces, UTF-8, tuples as lists, dates as ISO text); ``digest`` is its SHA-256.
``from_plain`` rebuilds a report dataclass (the ledger) from its JSON form using the type
hints, so a snapshot renders exactly like the data it was taken from. Keys the dataclass no
longer has are ignored and fields the snapshot lacks take their defaults, so snapshots taken by
an older version of the program still load.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import types
import typing
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TypeVar

T = TypeVar("T")


def plain(value: Any) -> Any:
    """Dataclasses, tuples, sets, dates and decimals as JSON-ready values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, set | frozenset):
        return sorted(plain(v) for v in value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if value is None or isinstance(value, bool | int | float | str):
        return value
    raise TypeError(f"cannot snapshot a {type(value).__name__}")


def canonical(value: Any) -> bytes:
    return json.dumps(
        plain(value), ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def load(data: bytes) -> Any:
    return json.loads(data.decode("utf-8"))


def from_plain(cls: type[T], value: Any) -> T:
    """Rebuild an instance of the dataclass ``cls`` from ``plain(instance)``."""
    return typing.cast(T, _build(cls, value))


def _build(tp: Any, value: Any) -> Any:
    if tp is Any or value is None:
        return value
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in args if a is not type(None)]
        return _build(options[0], value) if len(options) == 1 else value
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        hints = typing.get_type_hints(tp)
        known = {f.name for f in dataclasses.fields(tp) if f.init}
        kwargs = {k: _build(hints[k], v) for k, v in value.items() if k in known}
        return tp(**kwargs)
    if origin is list:
        return [_build(args[0] if args else Any, v) for v in value]
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_build(args[0], v) for v in value)
        if args:
            return tuple(_build(a, v) for a, v in zip(args, value, strict=True))
        return tuple(value)
    if origin is dict:
        vt = args[1] if len(args) == 2 else Any
        return {k: _build(vt, v) for k, v in value.items()}
    if tp is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    return value
