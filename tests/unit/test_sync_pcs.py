"""Several PCs of one school converge through the sync folder (docs/several-pcs.md)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain.roles import Role
from app.errors import HubOnly
from app.services import attendance, duty, sync
from app.services.context import Actor, ServiceContext
from app.services.pupils import AdultInput, PupilInput, save_pupil
from app.services.storage import explain
from app.store import sync_journal
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
    with pytest.raises(sqlite3.IntegrityError) as caught:
        save_pupil(b.ctx, PupilInput(national_id="G1099999", name="新生", sex="男",
                                     class_name="一年级(1)班",
                                     adults=[AdultInput("母亲", "母亲", "13900000000")]))  # fmt: skip
    problem = explain(caught.value)
    assert isinstance(problem, HubOnly) and "学校主机" in str(problem)
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
    save_pupil(b.ctx, PupilInput(national_id="G1099999", name="冒名", sex="男",
                                 class_name="一年级(1)班",
                                 adults=[AdultInput("母亲", "母亲", "13900000000")]))  # fmt: skip
    sync.now(b.ctx)
    result = sync.now(hub.ctx)
    assert result.refused >= 1
    assert hub.conn.execute("SELECT count(*) FROM pupil WHERE national_id = 'G1099999'").fetchone()[0] == 0  # fmt: skip
    listed = sync_journal.refused(hub.conn)
    assert any(r["entity"] == "pupil" for r in listed)
    assert seal_problems(hub) == []


def test_duty_day_merges_first_on_post_and_last_sign_off(school: School) -> None:
    hub = school.hub()
    b = school.join("gate")
    assert school.roster is not None
    leader = school.roster.leader_id

    def as_leader(pc_ctx: ServiceContext) -> ServiceContext:
        actor = Actor(login="t:leader", role=Role.DUTY_LEADER, display_name="带班", staff_id=leader)  # fmt: skip
        return ServiceContext(store=pc_ctx.store, actor=actor, device_id=pc_ctx.device_id, clock=pc_ctx.clock)  # fmt: skip

    duty.confirm_on_post(as_leader(b.ctx), DAY)
    school.exchange()
    rows = [pc.conn.execute("SELECT on_post_at, leader_staff_id FROM duty_day WHERE day = ?", [DAY]).fetchone() for pc in (hub, b)]  # fmt: skip
    assert rows[0] == rows[1] and rows[0][1] == leader
    assert digest(hub) == digest(b)
    assert seal_problems(hub) == [] and seal_problems(b) == []
