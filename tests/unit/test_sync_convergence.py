"""Random days on several PCs, with the journals moved between their folders in pieces, late,
twice and out of order (as a shared folder that comes and goes, a synchronising tool or a USB
stick would): after a full exchange every PC holds the same records, derives the same day and
finds every seal in order. ``SYNC_SCHEDULES`` runs more schedules (the soak run: 200)."""

from __future__ import annotations

import os
import random
import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from after_school_desk.domain.roles import Role
from after_school_desk.errors import AppError
from after_school_desk.services.base.context import Actor, ServiceContext
from after_school_desk.services.daily import attendance, duty
from after_school_desk.services.pcs import sync
from after_school_desk.store import sync_files
from tests.unit.daily_school import DAY
from tests.unit.sync_school import Pc, School, digest, seal_problems, states

SCHEDULES = int(os.environ.get("SYNC_SCHEDULES", "3"))


@pytest.fixture
def school(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[School]:
    s = School(tmp_path, monkeypatch)
    yield s
    s.close()


def _own_folder(s: School, pc: Pc) -> Path:
    return s.root / pc.name / "folder"


def _carry(rng: random.Random, source: Path, target: Path) -> None:
    """Some of the journals in ``source`` arrive in ``target`` (any of them, in any order)."""
    for device in sync_files.devices(source):
        numbers = list(sync_files.journal_numbers(source, device))
        for n in rng.sample(numbers, k=rng.randint(0, len(numbers))):
            src = sync_files.journal_path(source, device, n)
            dst = sync_files.journal_path(target, device, n)
            if not dst.exists():
                dst.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(src, dst)


def _leader(s: School, pc: Pc) -> ServiceContext:
    assert s.roster is not None
    actor = Actor(
        login="t:leader", role=Role.DUTY_LEADER, display_name="带班", staff_id=s.roster.leader_id
    )
    return ServiceContext(
        store=pc.ctx.store, actor=actor, device_id=pc.ctx.device_id, clock=pc.ctx.clock
    )


def _act(rng: random.Random, s: School, pc: Pc, minute: int) -> None:
    assert s.roster is not None
    nid = rng.choice(sorted(s.roster.pupils))
    s.clock.set(datetime.fromisoformat(f"{DAY}T16:{minute:02d}:00+08:00"))
    at = f"{DAY}T16:{minute:02d}:00+08:00"
    kind = rng.choice(["in", "in", "absent", "out", "contact", "on_post"])
    try:
        if kind == "in":
            attendance.sign_in(pc.ctx, nid, at=at)
        elif kind == "absent":
            attendance.mark_absent(pc.ctx, nid, reason="未到")
        elif kind == "out":
            adult = s.roster.pupils[nid]["adults"][0]["id"]
            attendance.sign_out(pc.ctx, nid, at=at, adult_id=adult)
        elif kind == "contact":
            attendance.record_contact(pc.ctx, nid, reached=rng.random() < 0.5)
        else:
            duty.confirm_on_post(_leader(s, pc), DAY, at=at)
    except AppError:
        pass  # refused by what this PC knows so far (as a person at it would be told)


@pytest.mark.parametrize("seed", range(SCHEDULES))
def test_random_days_converge(school: School, seed: int) -> None:
    rng = random.Random(seed)
    school.hub()
    for name in ("class1", "class2", "gate")[: rng.randint(1, 3)]:
        school.join(name)
    pcs = list(school.pcs.values())
    for pc in pcs:
        sync.set_folder(pc.ctx, _own_folder(school, pc), pc.name)
    for minute in range(rng.randint(15, 40)):
        pc = rng.choice(pcs)
        _act(rng, school, pc, minute)
        if rng.random() < 0.3:
            a, b = rng.sample(pcs, 2)
            sync.now(a.ctx)
            _carry(rng, _own_folder(school, a), _own_folder(school, b))
            if rng.random() < 0.7:
                sync.now(b.ctx)
    # the full exchange: every journal everywhere, every PC syncs until nothing moves
    for _ in range(4):
        for pc in pcs:
            sync.now(pc.ctx)
        for a in pcs:
            for b in pcs:
                if a is not b:
                    _carry(random.Random(0), _own_folder(school, a), _own_folder(school, b))
                    _copy_all(_own_folder(school, a), _own_folder(school, b))
    results = [sync.now(pc.ctx) for pc in pcs]
    assert all(not r.waiting for r in results), [r.waiting for r in results]
    digests = [digest(pc) for pc in pcs]
    assert all(d == digests[0] for d in digests), _differences(digests)
    seen = [states(school, pc) for pc in pcs]
    assert all(v == seen[0] for v in seen)
    for pc in pcs:
        assert seal_problems(pc) == [], pc.name


def _copy_all(source: Path, target: Path) -> None:
    for device in sync_files.devices(source):
        for n in sync_files.journal_numbers(source, device):
            dst = sync_files.journal_path(target, device, n)
            if not dst.exists():
                dst.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(sync_files.journal_path(source, device, n), dst)


def _differences(digests: list[dict[str, str]]) -> list[str]:
    return [t for t in digests[0] if len({d[t] for d in digests}) > 1]
