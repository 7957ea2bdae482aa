"""Everyone present in one action, then the exceptions: the sign-in is superseded, not edited."""

from __future__ import annotations

from datetime import datetime

import pytest

from after_school_desk.errors import ValidationError
from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.daily import alerts, attendance
from after_school_desk.services.school import enrolment
from tests.unit import daily_school


def test_all_present_then_exceptions(school_ctx: ServiceContext, clock: FixedClock) -> None:
    school = daily_school.build(school_ctx)
    enrolment.enroll(school_ctx, class_name="一年级(1)班", start="2026-09-01", approve=True)
    clock.set(datetime.fromisoformat("2026-11-02T16:02:00+08:00"))
    class_id = school.class_ids["一年级(1)班"]
    done = attendance.sign_in_all(school_ctx, class_id)
    assert done["count"] == 4
    ids = sorted(school.pupils)[:4]
    events_before = attendance.count_events(school_ctx)

    absent = attendance.mark_absent(school_ctx, ids[0], reason="家长说生病")
    assert absent["state"] == "absent"
    leave = attendance.record_leave(school_ctx, ids[1], "2026-11-02", reason="看牙")
    assert leave["days"] == ["2026-11-02"]
    # two corrections (the superseded sign-ins stay on record) and the two exceptions
    assert attendance.count_events(school_ctx) == events_before + 4
    states = {r["national_id"]: r["state"] for r in attendance.day_list(school_ctx)}
    assert [states[i] for i in ids] == ["absent", "leave", "present", "present"]
    open_alerts = [a for a in alerts.alerts(school_ctx, open_only=True) if a["kind"] == "absence"]
    assert [a["national_id"] for a in open_alerts] == [ids[0]]


def test_a_pupil_who_left_cannot_become_absent(
    school_ctx: ServiceContext, clock: FixedClock
) -> None:
    school = daily_school.build(school_ctx)
    enrolment.enroll(school_ctx, class_name="一年级(1)班", start="2026-09-01", approve=True)
    clock.set(datetime.fromisoformat("2026-11-02T16:02:00+08:00"))
    nid = sorted(school.pupils)[0]
    attendance.sign_in(school_ctx, nid)
    clock.set(datetime.fromisoformat("2026-11-02T17:50:00+08:00"))
    attendance.sign_out(school_ctx, nid, pickup_name=f"母亲{nid[3]}{int(nid[4:]):d}")
    before = attendance.count_events(school_ctx)
    with pytest.raises(ValidationError, match="不能再改为缺席"):
        attendance.mark_absent(school_ctx, nid)
    with pytest.raises(ValidationError) as err:
        attendance.record_leave(school_ctx, nid, "2026-11-02")
    assert "离校" in "\n".join(err.value.lines())
    assert attendance.count_events(school_ctx) == before
