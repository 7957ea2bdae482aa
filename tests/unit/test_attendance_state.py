"""The pupil-day state derived from its events (pure)."""

from __future__ import annotations

from after_school_desk.domain.attendance import (
    Event,
    derive,
    pupil_day_id,
    sign_in_problem,
    sign_out_problem,
)


def ev(i: int, kind: str, at: str, **kw) -> Event:
    return Event(id=f"e{i}", kind=kind, at=f"2026-11-02T{at}:00+08:00", seq=i, **kw)


def test_states_follow_the_events() -> None:
    assert derive([]).state == "not_arrived"
    assert derive([ev(1, "leave", "08:00")]).state == "leave"
    assert derive([ev(1, "marked_absent", "16:10")]).state == "absent"
    signed = [ev(1, "signed_in", "16:02")]
    assert derive(signed).state == "present"
    gone = derive([*signed, ev(2, "handed_over", "17:50", adult_name="李梅")])
    assert (gone.state, gone.adult, gone.left_at) == (
        "handed_over",
        "李梅",
        "2026-11-02T17:50:00+08:00",
    )
    ext = [*signed, ev(2, "extended_care", "18:00")]
    assert derive(ext).state == "extended_care"
    assert (
        derive([*ext, ev(3, "extended_handover", "18:30", adult_name="王强")]).state
        == "handed_over"
    )
    assert derive([*signed, ev(2, "self_leave", "17:55")]).state == "self_leave"


def test_reached_contact_makes_an_unarrived_pupil_absent() -> None:
    reached = ev(1, "contacted", "16:30", alert_kind="absence", outcome="reached")
    not_reached = ev(1, "contacted", "16:30", alert_kind="absence", outcome="not_reached")
    assert derive([reached]).state == "absent"
    assert derive([not_reached]).state == "not_arrived"


def test_correction_voids_an_event_without_removing_it() -> None:
    events = [ev(1, "signed_in", "16:02"), ev(2, "handed_over", "17:50", adult_name="李梅"),
              ev(3, "correction", "17:55", supersedes="e2")]  # fmt: skip
    pd = derive(events)
    assert pd.state == "present" and pd.left_at is None
    assert [e.id for e in pd.events] == ["e1"]


def test_only_one_way_out_and_order_by_time() -> None:
    events = [ev(3, "handed_over", "17:59", adult_name="后来"), ev(1, "signed_in", "16:00"),
              ev(2, "handed_over", "17:50", adult_name="先到")]  # fmt: skip
    pd = derive(events)
    assert pd.adult == "先到"
    assert sign_out_problem(pd, "handover") is not None
    assert sign_in_problem(pd) is not None
    assert sign_out_problem(derive([]), "handover") is not None


def test_pupil_day_id_is_deterministic() -> None:
    assert pupil_day_id("p1", "2026-11-02") == pupil_day_id("p1", "2026-11-02")
    assert pupil_day_id("p1", "2026-11-02") != pupil_day_id("p1", "2026-11-03")
