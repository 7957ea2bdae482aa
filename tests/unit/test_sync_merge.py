"""Each rule that makes one record of two PCs' versions is a join: the order the versions
arrive in, and taking one twice, change nothing — so every PC ends with the same record."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from after_school_desk.domain import sync_merge

TIMES = st.sampled_from(
    [None, "2026-11-02T16:00:00+08:00", "2026-11-02T16:05:00+08:00", "2026-11-02T17:30:00+08:00"]
)
WHO = st.sampled_from(["a", "b", "c"])
DAYS = st.sampled_from([None, "2026-11-02", "2026-11-09"])


def _row(table: str) -> st.SearchStrategy[dict[str, Any]]:
    common = {"id": st.just("x"), "device_id": WHO}
    fields: dict[str, st.SearchStrategy[Any]] = {
        "duty_day": {
            "leader_staff_id": WHO,
            "on_post_at": TIMES,
            "signed_off_at": TIMES,
            "signed_off_by": WHO,
            "sign_off_reason": st.sampled_from(["", "晚走"]),
        },
        "class_supervision": {"staff_id": WHO, "start_at": TIMES, "end_at": TIMES},
        "self_leave_permission": {"signed_by": WHO, "revoked_on": DAYS, "note": WHO},
        "outbox": {"body": WHO, "exported_at": TIMES},
        "enrolment": {
            "mode": st.just("basic"),
            "applied_by": WHO,
            "created_at": TIMES.filter(bool),
            "updated_at": TIMES.filter(bool),
            "reviewed_at": TIMES,
            "reviewed_by": WHO,
            "agreement_signed_on": DAYS,
            "agreement_signed_by": WHO,
            "approved_at": TIMES,
            "approved_by": WHO,
            "enrolled_from": DAYS,
            "refused_reason": st.sampled_from(["", "重复申请"]),
            "withdrawn_on": DAYS,
            "withdraw_reason": st.sampled_from(["", "搬家"]),
        },
    }[table]
    return st.fixed_dictionaries({**common, **fields})


def _laws(table: str, a: dict, b: dict, c: dict) -> None:
    m = sync_merge.merge
    assert m(table, a, b) == m(table, b, a)
    assert m(table, m(table, a, b), c) == m(table, a, m(table, b, c))
    once = m(table, a, b)
    assert m(table, once, b) == once and m(table, once, a) == once


for _table in sync_merge.RULES:

    def _make(table: str = _table):  # type: ignore[no-untyped-def]
        @settings(max_examples=300, deadline=None)
        @given(_row(table), _row(table), _row(table))
        def test(a: dict, b: dict, c: dict) -> None:
            _laws(table, a, b, c)

        test.__name__ = f"test_{table}_is_a_join"
        return test

    globals()[f"test_{_table}_is_a_join"] = _make()
