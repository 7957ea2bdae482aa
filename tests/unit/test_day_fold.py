"""The pupil-day's step function (attendance.step): the one transition ``derive`` and the monthly
tally both fold through. The tally's answers are held to the derivation's by
tests/unit/test_report_tally.py; here, the step itself."""

from __future__ import annotations

from after_school_desk.domain.attendance import (
    NO_MOVES,
    DayMoves,
    Event,
    derive,
    fold_day,
    state_of,
    step,
)


def _e(i: int, kind: str, hhmm: str, **extra: str) -> Event:
    return Event(id=f"e{i}", kind=kind, at=f"2026-11-02T{hhmm}:00+08:00", seq=i, **extra)


SIGN_IN = _e(1, "signed_in", "16:00")
CONTACT = _e(2, "contacted", "16:30", alert_kind="late_pickup", outcome="reached")
CARE = _e(3, "extended_care", "17:30")
HANDOVER = _e(4, "handed_over", "18:10", adult_name="王芳")
SECOND_IN = _e(5, "signed_in", "18:20")
DAY = [SIGN_IN, CONTACT, CARE, HANDOVER, SECOND_IN]


def test_each_step_gives_new_moves_and_leaves_the_old_ones_alone() -> None:
    seen = [NO_MOVES]
    for e in DAY:
        seen.append(step(seen[-1], e))
    assert all(isinstance(m, DayMoves) for m in seen)
    assert tuple(NO_MOVES) == (None, None, None, None, None, ())  # still empty
    assert [state_of(m) for m in seen] == [
        "not_arrived", "present", "present", "extended_care", "handed_over", "handed_over",
    ]  # fmt: skip
    assert seen[1].contacts == () and seen[2].contacts == (CONTACT,)
    assert seen[-1] is seen[-2]  # a second sign-in after leaving changes nothing
    assert seen[-1] == fold_day(DAY)


def test_derive_is_the_fold_of_the_steps() -> None:
    pd = derive(DAY)
    moves = fold_day(DAY)
    assert pd.state == state_of(moves) == "handed_over"
    assert (pd.signed_in_at, pd.extended_at, pd.left_at) == (SIGN_IN.at, CARE.at, HANDOVER.at)
    assert pd.adult == "王芳" and pd.contacts == [CONTACT]
    # extended care after leaving does not count; the last leave recorded does
    late_care = _e(6, "extended_care", "18:30")
    assert fold_day([*DAY, late_care]).extended is CARE
    leaves = [_e(7, "leave", "09:00", reason="病假"), _e(8, "leave", "10:00", reason="事假")]
    assert derive(leaves).leave_reason == "事假" and derive(leaves).state == "leave"


def test_derived_ids_are_the_standard_uuid5() -> None:
    """The written-out UUIDv5 gives exactly uuid.uuid5's ids (ids already stored stay valid)."""
    import uuid

    from after_school_desk.domain import attendance as a

    for parts in [("p1", "2026-11-02"), ("张三", "2026-11-02", "absence"), ("x" * 200,)]:
        assert a.derived_id(*parts) == str(uuid.uuid5(a.PUPIL_DAY_NAMESPACE, "/".join(parts)))
    assert a.pupil_day_id("p1", "2026-11-02") == str(
        uuid.uuid5(a.PUPIL_DAY_NAMESPACE, "p1/2026-11-02")
    )
