"""Several PCs of one school converge through the sync folder (docs/several-pcs.md)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from after_school_desk.domain.roles import Role
from after_school_desk.errors import AppError, HubOnly, ValidationError
from after_school_desk.services.base.context import Actor, ServiceContext
from after_school_desk.services.daily import attendance, duty
from after_school_desk.services.pcs import sync, sync_usb
from after_school_desk.services.school.pupils import AdultInput, PupilInput, save_pupil
from after_school_desk.store import sync_files, sync_journal
from tests.unit.daily_school import DAY
from tests.unit.sync_school import School, digest, seal_problems, states


@pytest.fixture
def school(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[School]:
    s = School(tmp_path, monkeypatch)
    yield s
    s.close()


def _pupils_of(s: School, class_index: int) -> list[str]:
    assert s.roster is not None
    return [nid for nid in s.roster.pupils if nid[3] == str(class_index)]


def test_a_sign_in_on_one_pc_reaches_the_others(school: School) -> None:
    hub = school.hub()
    b = school.join("class1")
    c = school.join("office")
    first = _pupils_of(school, 0)
    attendance.sign_in(b.ctx, first[0], at=f"{DAY}T16:01:00+08:00")
    attendance.sign_in(b.ctx, first[1], at=f"{DAY}T16:02:00+08:00")
    attendance.mark_absent(c.ctx, _pupils_of(school, 1)[0], reason="病假")
    school.exchange()
    seen = [states(school, pc) for pc in (hub, b, c)]
    assert seen[0] == seen[1] == seen[2]
    assert seen[0][first[0]] == seen[0][first[1]] == "present"
    assert digest(hub) == digest(b) == digest(c)
    for pc in (hub, b, c):
        assert seal_problems(pc) == [], pc.name


def test_journals_are_applied_once_and_in_order(school: School) -> None:
    hub = school.hub()
    b = school.join("class1")
    pupils = _pupils_of(school, 0)
    for i, nid in enumerate(pupils):
        attendance.sign_in(b.ctx, nid, at=f"{DAY}T16:0{i}:00+08:00")
        assert sync.now(b.ctx).written == 1
    first = sync.now(hub.ctx)
    assert first.applied == {sync.me(b.ctx): len(pupils)}
    again = sync.now(hub.ctx)
    assert again.applied == {} and again.records == 0
    events = hub.conn.execute("SELECT count(*) FROM attendance_event").fetchone()[0]
    assert events == len(pupils)


def test_the_register_is_the_hubs(school: School) -> None:
    school.hub()
    b = school.join("class1")
    new = PupilInput(
        national_id="G1099999",
        name="新生",
        sex="男",
        class_name="一年级(1)班",
        adults=[AdultInput("母亲", "母亲", "13900000000")],
    )
    with pytest.raises(HubOnly, match="请在学校主机上操作"):
        save_pupil(b.ctx, new)
    assert (
        b.conn.execute("SELECT count(*) FROM pupil WHERE national_id = 'G1099999'").fetchone()[0]
        == 0
    )
    with pytest.raises(HubOnly):
        sync.make_hub(b.ctx)


def test_a_register_change_from_another_pc_is_refused_and_listed(school: School) -> None:
    hub = school.hub()
    b = school.join("class1")
    # b forgets the hub (as an older copy that never heard of it would) and adds a pupil
    assert b.ctx.store.ring is not None
    b.ctx.store.ring.importing = True
    b.ctx.store.conn.execute("DELETE FROM school_hub")
    b.ctx.store.ring.importing = False
    save_pupil(
        b.ctx,
        PupilInput(
            national_id="G1099999",
            name="冒名",
            sex="男",
            class_name="一年级(1)班",
            adults=[AdultInput("母亲", "母亲", "13900000000")],
        ),
    )
    sync.now(b.ctx)
    result = sync.now(hub.ctx)
    assert result.refused >= 1
    assert (
        hub.conn.execute("SELECT count(*) FROM pupil WHERE national_id = 'G1099999'").fetchone()[0]
        == 0
    )
    listed = sync_journal.refused(hub.conn)
    assert any(r["entity"] == "pupil" for r in listed)
    assert seal_problems(hub) == []


def test_duty_day_merges_first_on_post_and_last_sign_off(school: School) -> None:
    hub = school.hub()
    b = school.join("gate")
    assert school.roster is not None
    leader = school.roster.leader_id

    def as_leader(pc_ctx: ServiceContext) -> ServiceContext:
        actor = Actor(login="t:leader", role=Role.DUTY_LEADER, display_name="带班", staff_id=leader)
        return ServiceContext(
            store=pc_ctx.store, actor=actor, device_id=pc_ctx.device_id, clock=pc_ctx.clock
        )

    duty.confirm_on_post(as_leader(b.ctx), DAY)
    school.exchange()
    rows = [
        pc.conn.execute(
            "SELECT on_post_at, leader_staff_id FROM duty_day WHERE day = ?", [DAY]
        ).fetchone()
        for pc in (hub, b)
    ]
    assert rows[0] == rows[1] and rows[0][1] == leader
    assert digest(hub) == digest(b)
    assert seal_problems(hub) == [] and seal_problems(b) == []


def test_a_failed_apply_changes_nothing_and_is_retried(
    school: School, monkeypatch: pytest.MonkeyPatch
) -> None:
    hub = school.hub()
    b = school.join("class1")
    for nid in _pupils_of(school, 0):
        attendance.sign_in(b.ctx, nid, at=f"{DAY}T16:01:00+08:00")
    sync.now(b.ctx)
    before = digest(hub)

    def power_cut(*_args: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(sync_journal, "_store_seals", power_cut)
    with pytest.raises(sqlite3.OperationalError):
        sync.now(hub.ctx)
    assert digest(hub) == before  # the records and the bookkeeping: all or nothing
    assert sync_journal.applied_seq(hub.conn, sync.me(b.ctx)) == 0
    monkeypatch.undo()
    assert sum(sync.now(hub.ctx).applied.values()) == 1
    assert digest(hub) == digest(b) and seal_problems(hub) == []


def test_a_journal_from_a_newer_program_waits(school: School) -> None:
    hub = school.hub()
    b = school.join("class1")
    attendance.sign_in(b.ctx, _pupils_of(school, 0)[0], at=f"{DAY}T16:01:00+08:00")
    sync.now(b.ctx)
    path = sync_files.journal_path(school.folder, sync.me(b.ctx), 1)
    header, body = sync_files.read_journal(path)
    sync_files.write_journal(path, {**header, "schema": 999}, body)
    result = sync.now(hub.ctx)
    assert result.applied == {} and "新版本" in result.waiting[0].reason
    assert hub.conn.execute("SELECT count(*) FROM attendance_event").fetchone()[0] == 0


def test_a_damaged_journal_waits_and_is_named(school: School) -> None:
    hub = school.hub()
    b = school.join("class1")
    attendance.sign_in(b.ctx, _pupils_of(school, 0)[0], at=f"{DAY}T16:01:00+08:00")
    sync.now(b.ctx)
    path = sync_files.journal_path(school.folder, sync.me(b.ctx), 1)
    path.write_bytes(path.read_bytes()[:-20])  # half copied
    result = sync.now(hub.ctx)
    assert result.applied == {} and "损坏" in result.waiting[0].reason


def test_two_pcs_with_one_identity_are_told(school: School) -> None:
    school.hub()
    b = school.join("class1")
    attendance.sign_in(b.ctx, _pupils_of(school, 0)[0], at=f"{DAY}T16:01:00+08:00")
    sync.now(b.ctx)
    # another PC with b's identity (its settings folder copied) wrote the next journal
    header, body = sync_files.read_journal(
        sync_files.journal_path(school.folder, sync.me(b.ctx), 1)
    )
    sync_files.write_journal(
        sync_files.journal_path(school.folder, sync.me(b.ctx), 2),
        {**header, "seq": 2, "dseq_to": int(header["dseq_to"]) + 50},
        body,
    )
    with pytest.raises(ValidationError, match="相同的电脑编号"):
        sync.now(b.ctx)


def test_usb_bundles_carry_journals_between_pcs_that_never_meet(
    school: School, tmp_path: Path
) -> None:
    hub = school.hub()
    b = school.join("class1")
    sync.set_folder(b.ctx, tmp_path / "b-folder", "class1")  # b never sees the hub's folder again
    attendance.sign_in(b.ctx, _pupils_of(school, 0)[0], at=f"{DAY}T16:01:00+08:00")
    stick = tmp_path / "usb"
    bundle = sync_usb.export_bundle(b.ctx, stick, "我们学校的备份口令是这句话")
    assert bundle.read_bytes()[:8] != b"PK\x03\x04"  # encrypted, not a plain zip
    with pytest.raises(AppError):
        sync_usb.import_bundles(hub.ctx, stick, "错误的口令啊啊啊")
    result = sync_usb.import_bundles(hub.ctx, stick, "我们学校的备份口令是这句话")
    assert sum(result.applied.values()) == 1
    assert states(school, hub) == states(school, b)


def test_a_month_is_not_closed_while_a_class_pc_has_not_delivered(school: School) -> None:
    from datetime import datetime

    from after_school_desk.services.month import month_close

    hub = school.hub()
    b = school.join("class1")
    sync.now(b.ctx)
    sync.now(hub.ctx)
    school.clock.set(datetime.fromisoformat("2026-12-02T09:00:00+08:00"))
    with pytest.raises(ValidationError, match="class1"):
        month_close.close_month(hub.ctx, "2026-11")
    b.ctx.store.close()  # class1 stays off all December morning …
    sync.retire(hub.ctx, sync.me(b.ctx))  # … so the principal marks it unused for this month
    assert month_close.close_month(hub.ctx, "2026-11")["state"]


def test_a_pc_with_nothing_new_still_reports_once_a_day(school: School) -> None:
    from datetime import datetime

    from after_school_desk.services.month import month_close

    hub = school.hub()
    b = school.join("class1")
    sync.now(b.ctx)
    school.clock.set(datetime.fromisoformat("2026-12-02T09:00:00+08:00"))
    assert sync.now(b.ctx).written == 1  # an empty journal: alive, nothing new
    assert sync.now(b.ctx).written == 0
    sync.now(hub.ctx)
    assert month_close.close_month(hub.ctx, "2026-11")["state"]


def test_two_ways_out_and_a_clock_ahead_are_shown(school: School) -> None:
    from datetime import datetime, timedelta

    hub = school.hub()
    b = school.join("class1")
    assert school.roster is not None
    nid = _pupils_of(school, 0)[0]
    adults = school.roster.pupils[nid]["adults"]
    for pc in (hub, b):
        attendance.sign_in(pc.ctx, nid, at=f"{DAY}T16:01:00+08:00")
    attendance.sign_out(hub.ctx, nid, at=f"{DAY}T17:30:00+08:00", adult_id=adults[0]["id"])
    attendance.sign_out(b.ctx, nid, at=f"{DAY}T17:35:00+08:00", adult_id=adults[1]["id"])
    school.clock.set(datetime.fromisoformat(f"{DAY}T17:50:00+08:00") + timedelta(minutes=20))
    sync.now(b.ctx)  # b's clock runs 20 minutes ahead of the hub's
    school.clock.set(datetime.fromisoformat(f"{DAY}T17:50:00+08:00"))
    sync.now(hub.ctx)
    st = sync.status(hub.ctx)
    (other,) = [p for p in st.peers if not p.is_self]
    assert other.clock_wrong and other.clock_ahead_min == 20
    (two,) = st.two_ways_out
    assert two["devices"] == 2 and "17:30" in two["times"] and "17:35" in two["times"]
    assert states(school, hub)[nid] == states(school, b)[nid]
    audited = hub.conn.execute("SELECT count(*) FROM audit WHERE action = 'sync.apply'").fetchone()
    assert audited[0] >= 1


def test_a_wrong_pin_on_a_class_pc_is_not_sent_as_a_register_change(school: School) -> None:
    from after_school_desk.errors import PermissionDenied
    from after_school_desk.services.school import users

    hub = school.hub()
    users.create_user(hub.ctx, "t101", "老师", "teacher", "2468")
    sync.now(hub.ctx)
    b = school.join("class1")
    sync.now(b.ctx)
    with pytest.raises(PermissionDenied):
        users.log_in(b.ctx, "t101", "1111")  # counted on this PC only
    assert (
        b.conn.execute("SELECT failed_attempts FROM app_user WHERE login = 't101'").fetchone()[0]
        == 1
    )
    sync.now(b.ctx)
    assert sync.now(hub.ctx).refused == 0
    assert sync_journal.refused(hub.conn) == []
    assert users.log_in(b.ctx, "t101", "2468").login == "t101"
    assert seal_problems(hub) == [] and seal_problems(b) == []


def test_the_board_knows_which_class_waits_for_a_silent_pc(school: School) -> None:
    from datetime import datetime

    hub = school.hub()
    b = school.join("class1")
    assert school.roster is not None
    for nid in _pupils_of(school, 0):
        attendance.sign_in(b.ctx, nid, at=f"{DAY}T16:01:00+08:00")
    sync.now(b.ctx)
    sync.now(hub.ctx)
    class_id = school.roster.class_ids["一年级(1)班"]
    school.clock.set(datetime.fromisoformat(f"{DAY}T16:05:00+08:00"))
    found = sync.class_pcs(hub.ctx, DAY)
    assert found[class_id].name == "class1" and not found[class_id].silent
    school.clock.set(datetime.fromisoformat(f"{DAY}T16:40:00+08:00"))
    assert sync.class_pcs(hub.ctx, DAY)[class_id].silent
    assert sync.class_pcs(b.ctx, DAY) == {}  # its own classes are not waiting for anyone


def test_a_quiet_pc_that_syncs_is_not_shown_as_silent(school: School) -> None:
    from datetime import datetime

    hub = school.hub()
    b = school.join("class1")
    assert school.roster is not None
    attendance.sign_in(b.ctx, _pupils_of(school, 0)[0], at=f"{DAY}T16:01:00+08:00")
    sync.now(b.ctx)
    sync.now(hub.ctx)
    school.clock.set(datetime.fromisoformat(f"{DAY}T16:50:00+08:00"))
    assert sync.now(b.ctx).written == 0  # nothing new to send, but it synced just now
    (other,) = [p for p in sync.status(hub.ctx).peers if not p.is_self]
    assert other.clock is not None and other.clock.startswith(f"{DAY}T16:50")
    class_id = school.roster.class_ids["一年级(1)班"]
    assert not sync.class_pcs(hub.ctx, DAY)[class_id].silent


def test_a_teacher_takes_a_fee_on_the_class_pc_and_a_receipt_typed_twice_is_listed(
    school: School,
) -> None:
    from after_school_desk.services.care import maintenance
    from after_school_desk.services.money import payments

    hub = school.hub()
    b = school.join("class1")
    first, second = _pupils_of(school, 0)[:2]
    payments.record_payment(b.ctx, first, "150.00", DAY, receipt_no="0001")
    payments.record_payment(hub.ctx, second, "150.00", DAY, receipt_no="0001")  # the same stub
    school.exchange()
    for pc in (hub, b):
        assert pc.conn.execute("SELECT count(*) FROM payment").fetchone()[0] == 2
        report = maintenance.check(pc.ctx)
        assert report.ok and len(report.to_review) == 2 and "0001" in report.to_review[0]
    assert digest(hub) == digest(b)


def test_an_application_filed_and_reviewed_on_a_class_pc_is_decided_on_the_hub(
    school: School,
) -> None:
    from after_school_desk.services.school import enrolment, users

    hub = school.hub()
    b = school.join("class1")
    users.create_user(hub.ctx, "x", "x", "teacher", "2468")  # (the hub keeps writing meanwhile)
    pupil = PupilInput(
        national_id="G1088888",
        name="转学生",
        sex="女",
        class_name="一年级(1)班",
        adults=[AdultInput("母亲", "母亲", "13900000001")],
    )
    save_pupil(hub.ctx, pupil)
    school.exchange()
    # the class teacher files and reviews on the class PC, the guardian's agreement too
    enrolment.enroll(b.ctx, ["G1088888"], start=DAY, applied_by="母亲")
    (e,) = [r for r in enrolment.list_enrolments(b.ctx) if r.get("national_id") == "G1088888"]
    enrolment.review(b.ctx, e["id"])
    enrolment.record_agreement(b.ctx, "G1088888", "母亲", DAY)
    with pytest.raises(HubOnly):  # the decision is the school's, on the hub
        enrolment.approve(b.ctx, e["id"], DAY)
    # the same application typed on the hub as well is one record
    enrolment.enroll(hub.ctx, ["G1088888"], start=DAY, applied_by="母亲")
    school.exchange()
    rows = hub.conn.execute(
        "SELECT id, status, reviewed_at, agreement_signed_by FROM enrolment WHERE pupil_id = (SELECT id FROM pupil WHERE national_id = 'G1088888')"
    ).fetchall()
    assert len(rows) == 1 and rows[0][1] == "reviewed" and rows[0][3] == "母亲"
    enrolment.approve(hub.ctx, e["id"], DAY)
    school.exchange()
    status = b.conn.execute("SELECT status FROM enrolment WHERE id = ?", [e["id"]]).fetchone()[0]
    assert status == "enrolled"
    assert digest(hub) == digest(b)
    assert seal_problems(hub) == [] and seal_problems(b) == []


def test_the_records_not_yet_sent_are_the_shared_ones(school: School) -> None:
    hub = school.hub()
    b = school.join("class1")
    sync.now(b.ctx)
    sync.now(hub.ctx)  # the hub's audit of what it took in is its own: not "unsent"
    assert sync.status(hub.ctx).unsent == 0
    for nid in _pupils_of(school, 0)[:2]:
        attendance.sign_in(b.ctx, nid, at=f"{DAY}T16:01:00+08:00")
    assert sync.status(b.ctx).unsent == 2
    sync.now(b.ctx)
    assert sync.status(b.ctx).unsent == 0


def test_records_not_yet_sent_are_not_counted_without_a_folder(
    school_ctx: ServiceContext,
) -> None:
    """A PC alone (no sync folder) has nothing to send to: the count (a scan of its seals) is
    not made, and says so rather than 0."""
    assert sync.folder_of(school_ctx) is None
    assert sync.status(school_ctx).unsent is None


def test_the_hub_moves_only_to_a_pc_that_has_caught_up(school: School) -> None:
    hub = school.hub()
    b = school.join("office2")
    sync.now(b.ctx)
    sync.now(hub.ctx)
    save_pupil(
        hub.ctx,
        PupilInput(
            national_id="G1077777",
            name="新来的",
            sex="男",
            class_name="一年级(1)班",
            adults=[AdultInput("父亲", "父亲", "13900000002")],
        ),
    )
    sync.now(hub.ctx)  # a journal b has not taken in yet
    with pytest.raises(ValidationError, match="还没有同步到最新"):
        sync.make_hub(hub.ctx, sync.me(b.ctx))
    sync.now(b.ctx)
    sync.make_hub(hub.ctx, sync.me(b.ctx))
    school.exchange()
    assert sync.status(b.ctx).is_hub and not sync.status(hub.ctx).is_hub
    with pytest.raises(HubOnly):  # the old hub is now a PC like the others
        save_pupil(
            hub.ctx,
            PupilInput(
                national_id="G1066666",
                name="又一个",
                sex="女",
                class_name="一年级(1)班",
                adults=[AdultInput("母亲", "母亲", "13900000003")],
            ),
        )
