"""The archives' JSON reads the same with orjson and with the standard library (the fallback
where orjson is missing), and damaged text is refused as ValueError either way."""

from __future__ import annotations

import json

import pytest

from after_school_desk.store import fast_json

SAMPLES = [
    {"columns": ["seq", "id"], "n": 3, "data": {"seq": {"d": [5, 1, 1]}, "id": {"n": [0, -1, 2]}}},
    [["e1", "pc-1", 12, "ab12", "ff" * 16], ["e2", "pc-1", 13, "ab12", "00" * 16]],
    {"v": ["一年级(1)班", None, "张三\u2028"], "i": [0, 1, 2, 0], "x": [1.5, -2, True, False]},
]


@pytest.mark.parametrize("with_orjson", [True, False])
def test_the_same_values_as_the_standard_library(
    monkeypatch: pytest.MonkeyPatch, with_orjson: bool
) -> None:
    if not with_orjson:
        monkeypatch.setattr(fast_json, "orjson", None)
    elif fast_json.orjson is None:
        pytest.skip("orjson not installed")
    for value in SAMPLES:
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        assert fast_json.loads(text.encode("utf-8")) == value == json.loads(text)
        assert fast_json.loads(text) == value
    for damaged in (b'{"n": 3', b"\xff\xfe[1]", b"[1, 2,]", b""):
        with pytest.raises(ValueError):
            fast_json.loads(damaged)
