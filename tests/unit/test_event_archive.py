"""Sealed months of the attendance log: nothing a person or a report sees changes."""

from __future__ import annotations

import json
import lzma
import sqlite3
import struct
import uuid
from datetime import date, datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from after_school_desk.domain.attendance import event_id
from after_school_desk.services.base.clock import CHINA_TZ, FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.care import archive, maintenance
from after_school_desk.services.daily import attendance, corrections, event_log
from after_school_desk.services.month import compliance, facts, reports
from after_school_desk.store import archive_codec, daily_store, event_archive, money_store
from after_school_desk.store import backup as backup_store
from after_school_desk.store.ids import new_id
from tests.unit.report_month import play_week

COLS = event_archive.ARCHIVE_COLUMNS


def _everything(ctx: ServiceContext) -> dict[str, Any]:
    """What people and reports see of November 2026."""
    conn = ctx.store.conn
    days = [f"2026-11-{d:02d}" for d in range(2, 7)]
    return {
        "day_lists": [attendance.day_list(ctx, d) for d in days],
        "pupil_day": [
            [dict(r) for r in daily_store.events_of_pupil_day(conn, r["id"], d)]
            for d in days
            for r in attendance.day_list(ctx, d)
        ],
        "tuples": sorted(
            tuple(t) for t in daily_store.event_tuples_between(conn, "2026-11-01", "2026-11-30")
        ),
        "facts": [
            (
                p.pupil_id,
                sorted(p.enrolled),
                sorted(p.late),
                sorted(map(repr, p.days.items())),
                sorted(map(repr, p.alerts.items())),
            )
            for p in facts.month_facts(ctx, "2026-11").pupils
        ],
        "direct": reports.direct_report(ctx, "2026-11"),
        "attended": money_store.attended_days(conn, "2026-11-01", "2026-11-30"),
        "compliance": compliance.check_month(ctx, "2026-11"),
        "count": attendance.count_events(ctx),
    }


def _live_count(ctx: ServiceContext) -> int:
    return int(ctx.store.conn.execute("SELECT count(*) FROM attendance_event").fetchone()[0])


def _legacy_event(ctx: ServiceContext, pupil: dict[str, Any], day: str) -> str:
    """An event with a random id, as recorded before ids were derived."""
    class_id = ctx.store.conn.execute(
        "SELECT class_id FROM pupil WHERE id = ?", [pupil["id"]]
    ).fetchone()[0]
    row = event_log.event_row(
        event_id=new_id(), pupil_id=pupil["id"], class_id=class_id, day=day,
        kind="contacted", at=f"{day}T16:40:00+08:00", recorded_at=f"{day}T19:00:00+08:00",
        actor="t1", device_id="dev-old", alert_kind="absence", outcome="reached",
        method="phone", note="家长说明：孩子在亲戚家",
    )  # fmt: skip
    with ctx.write() as conn:
        daily_store.insert_events(conn, [row])
    return str(row["id"])


@pytest.fixture
def played(school_ctx: ServiceContext, clock: FixedClock) -> ServiceContext:
    school = play_week(school_ctx, clock)
    _legacy_event(school_ctx, school.pupils["G10000001"], "2026-11-04")
    return school_ctx


def test_sealing_a_month_changes_nothing_anyone_sees(played: ServiceContext, clock) -> None:
    before = _everything(played)
    assert _live_count(played) == before["count"] >= 20
    clock.set(datetime(2026, 12, 20, 9, 0, tzinfo=CHINA_TZ))
    report = archive.seal_due(played)
    assert report.months == ["2026-11"] and report.events_moved == before["count"]
    assert _live_count(played) == 0
    clock.set(datetime(2026, 11, 6, 20, 0, tzinfo=CHINA_TZ))  # the reports' "as of" stays
    assert _everything(played) == before
    assert maintenance.check(played).ok


def test_a_correction_after_sealing_counts_and_is_folded_in_later(
    played: ServiceContext, clock
) -> None:
    conn = played.store.conn
    clock.set(datetime(2026, 12, 20, 9, 0, tzinfo=CHINA_TZ))
    archive.seal_due(played)
    attended = money_store.attended_days(conn, "2026-11-01", "2026-11-30")
    pupil = attendance.day_list(played, "2026-11-05")[0]
    signed = next(
        e for e in daily_store.events_of_pupil_day(conn, pupil["id"], "2026-11-05")
        if e["kind"] == "signed_in"
    )  # fmt: skip
    view = corrections.correct(played, signed["id"], "误点签到，学生当天请假")
    assert view["signed_in_at"] is None
    assert _live_count(played) == 1  # the correction is live, the sign-in sealed
    after = money_store.attended_days(conn, "2026-11-01", "2026-11-30")
    assert after[pupil["id"]] == attended[pupil["id"]] - 1
    with pytest.raises(Exception, match="已被更正过"):
        corrections.correct(played, signed["id"], "再次更正")
    clock.set(datetime(2026, 12, 21, 9, 0, tzinfo=CHINA_TZ))
    again = archive.seal_due(played)
    assert (again.class_months, again.events_moved) == (1, 1)
    assert _live_count(played) == 0
    assert money_store.attended_days(conn, "2026-11-01", "2026-11-30") == after
    row = attendance.day_list(played, "2026-11-05")[0]
    assert (row["state"], row["signed_in_at"]) == (view["state"], None)


def test_only_months_past_the_waiting_period_are_sealed(played: ServiceContext, clock) -> None:
    clock.set(datetime(2026, 12, 7, 9, 0, tzinfo=CHINA_TZ))  # November ended 6 days ago
    assert archive.seal_due(played).class_months == 0
    assert archive.cutoff(date(2026, 12, 8)) == date(2026, 12, 1)
    assert archive.seal_due(played, date(2026, 12, 8)).months == ["2026-11"]


def test_the_database_refuses_to_lose_events(played: ServiceContext, clock) -> None:
    conn = played.store.conn
    with pytest.raises(sqlite3.DatabaseError, match="cannot be deleted"), played.write() as w:
        w.execute("DELETE FROM attendance_event")
    clock.set(datetime(2026, 12, 20, 9, 0, tzinfo=CHINA_TZ))
    archive.seal_due(played)
    with pytest.raises(sqlite3.DatabaseError, match="cannot be deleted"), played.write() as w:
        w.execute("DELETE FROM attendance_archive")
    with pytest.raises(sqlite3.DatabaseError, match="only take in more"), played.write() as w:
        w.execute("UPDATE attendance_archive SET events = events - 1")
    assert conn.execute("SELECT count(*) FROM attendance_archive").fetchone()[0] == 2


def test_check_finds_a_changed_archive(played: ServiceContext, clock) -> None:
    clock.set(datetime(2026, 12, 20, 9, 0, tzinfo=CHINA_TZ))
    archive.seal_due(played)
    with played.write() as w:
        payload = w.execute("SELECT payload FROM attendance_archive WHERE rowid = 1").fetchone()[0]
        w.execute("UPDATE attendance_archive SET payload = ? WHERE rowid = 1", [payload + b"\0"])
    report = maintenance.check(played)
    assert not report.ok
    assert any("考勤归档" in p and "校验值不符" in p for p in report.integrity)


def test_check_finds_an_archive_rewritten_with_its_own_hash(played: ServiceContext, clock) -> None:
    """Someone re-encodes an archive without one sign-in and stores the matching hash: the
    hash the sealing wrote into the audit chain still tells."""
    import hashlib

    clock.set(datetime(2026, 12, 20, 9, 0, tzinfo=CHINA_TZ))
    archive.seal_due(played)
    assert maintenance.check(played).ok
    conn = played.store.conn
    rowid, payload = conn.execute(
        "SELECT rowid, payload FROM attendance_archive ORDER BY events DESC"
    ).fetchone()
    cols, rows = archive_codec.decode(payload)
    kinds = [r[cols.index("kind")] for r in rows]
    rows.pop(kinds.index("signed_in"))
    forged = archive_codec.encode(cols, rows)
    with played.write() as w:
        w.execute(
            "UPDATE attendance_archive SET payload = ?, sha256 = ? WHERE rowid = ?",
            [forged, hashlib.sha256(forged).hexdigest(), rowid],
        )
    problems = maintenance.check(played).integrity
    assert any("审计记录中的校验值不符" in p for p in problems)


# --- the codec -------------------------------------------------------------------------

_text = st.one_of(st.none(), st.text(alphabet="张王李母亲爷奶abc 0123456789:+-T", max_size=12))
_day = st.dates(date(2025, 9, 1), date(2027, 7, 1)).map(date.isoformat)


@st.composite
def _rows(draw: st.DrawFn) -> list[tuple[Any, ...]]:
    n = draw(st.integers(0, 30))
    rows = []
    seq = draw(st.integers(1, 1000))
    pupils = [str(uuid.uuid4()) for _ in range(3)]
    for _ in range(n):
        seq += draw(st.integers(1, 50))
        day = draw(_day)
        at = f"{day}T{draw(st.integers(7, 20)):02d}:{draw(st.integers(0, 59)):02d}:00+08:00"
        recorded = draw(st.sampled_from([at, f"{day}T21:00:00+08:00", "2027-07-05T08:00:00+08:00"]))
        values: dict[str, Any] = {c: draw(_text) for c in COLS}
        values.update(seq=seq, day=day, at=at, recorded_at=recorded,
                      pupil_id=draw(st.sampled_from(pupils)), kind="signed_in",
                      device_id=draw(st.sampled_from(["pc1", "pc2"])))  # fmt: skip
        derived = draw(st.booleans())
        values["id"] = (
            event_id(values["pupil_id"], day, "signed_in", at, recorded, values["device_id"],
                     draw(st.integers(0, 3)))
            if derived else str(uuid.uuid4())
        )  # fmt: skip
        rows.append(tuple(values[c] for c in COLS))
    return rows


@settings(max_examples=60, deadline=None)
@given(_rows())
def test_payload_decodes_to_exactly_the_rows(rows: list[tuple[Any, ...]]) -> None:
    payload = archive_codec.encode(COLS, rows)
    assert archive_codec.decode(payload) == (list(COLS), rows)


def test_damaged_payloads_are_refused() -> None:
    day = "2026-11-02"
    at = f"{day}T16:00:00+08:00"
    values = dict.fromkeys(COLS, "x") | {"seq": 1, "day": day, "at": at, "recorded_at": at}
    payload = archive_codec.encode(COLS, [tuple(values[c] for c in COLS)])
    with pytest.raises(archive_codec.ArchiveFormatError):
        archive_codec.decode(b"something else")
    with pytest.raises(archive_codec.ArchiveFormatError):
        archive_codec.decode(payload[:-5])
    # intact compression around a header whose columns disagree in length (one event short)
    body = lzma.decompress(payload[len(archive_codec.MAGIC) :])
    (length,) = struct.unpack(">I", body[:4])
    header = json.loads(body[4 : 4 + length])
    header["data"]["day"]["i"].append(0)
    text = json.dumps(header).encode()
    forged = struct.pack(">I", len(text)) + text + body[4 + length :]
    with pytest.raises(archive_codec.ArchiveFormatError, match="unequal"):
        archive_codec.decode(archive_codec.MAGIC + lzma.compress(forged))


def test_services_record_derived_ids(played: ServiceContext) -> None:
    """Events recorded through the services carry ids derived from themselves, which a sealed
    archive stores in a few bits; only the one legacy event has a random id."""
    rows = [dict(r) for r in played.store.conn.execute("SELECT * FROM attendance_event")]
    fields = ("pupil_id", "day", "kind", "at", "recorded_at", "device_id")
    derived = [r for r in rows if r["id"] == event_id(*(r[f] for f in fields))]
    assert len(rows) >= 20 and len(derived) == len(rows) - 1


def test_sealing_beside_the_open_program_and_from_the_command_line(
    played: ServiceContext, clock, monkeypatch: pytest.MonkeyPatch, capsys, cli_login
) -> None:
    from after_school_desk.cli import main

    clock.set(datetime(2026, 12, 20, 9, 0, tzinfo=CHINA_TZ))
    before = attendance.day_list(played, "2026-11-04")
    report = maintenance.seal_due_beside(played, played.store.path)  # its own connection
    assert report.months == ["2026-11"] and report.events_moved >= 20
    assert _live_count(played) == 0
    assert attendance.day_list(played, "2026-11-04") == before  # seen from the first one
    actors = played.store.conn.execute(
        "SELECT DISTINCT actor FROM audit WHERE action = 'attendance.seal'"
    ).fetchall()
    assert [a[0] for a in actors] == ["system:maintenance"]
    cli_login(played)
    played.store.close()
    monkeypatch.setenv("APP_NOW", "2026-12-20T09:00:00+08:00")
    assert main(["--db", str(played.store.path), "archive", "--json"]) == 0
    assert '"class_months": 0' in capsys.readouterr().out
    assert main(["--db", str(played.store.path), "archive"]) == 0
    assert "没有需要归档" in capsys.readouterr().out


def test_compact_gives_freed_space_back(played: ServiceContext, clock) -> None:
    conn = played.store.conn
    with played.write() as w:  # a month with many more live rows than the played week
        rows = [
            dict(r) for r in w.execute("SELECT * FROM attendance_event WHERE kind = 'signed_in'")
        ]
        for n in range(60):
            for r in rows:
                w.execute(
                    "INSERT INTO attendance_event (id, pupil_id, day, class_id, kind, at,"
                    " recorded_at, actor, device_id, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [f"{r['id']}-{n}", r["pupil_id"], r["day"], r["class_id"], r["kind"],
                     r["at"], r["recorded_at"], r["actor"], r["device_id"], "备注" * 40],
                )  # fmt: skip
    clock.set(datetime(2026, 12, 20, 9, 0, tzinfo=CHINA_TZ))
    before_lists = attendance.day_list(played, "2026-11-04")
    archive.seal_due(played)
    size, free = backup_store.free_bytes(conn)
    assert free > 200_000  # the sealed rows' pages, now free
    before, after = archive.compact(played)
    assert (before, after) == (size, backup_store.free_bytes(conn)[0])
    assert after <= before - free + 8 * 4096 and backup_store.free_bytes(conn)[1] == 0
    assert attendance.day_list(played, "2026-11-04") == before_lists
    assert maintenance.check(played).ok


def test_event_ids_are_name_based_uuids() -> None:
    fields = ("p1", "2026-11-02", "signed_in", "2026-11-02T16:00:00+08:00",
              "2026-11-02T16:00:03+08:00", "pc-1")  # fmt: skip
    from after_school_desk.domain.attendance import PUPIL_DAY_NAMESPACE

    for n in range(3):
        expected = uuid.uuid5(PUPIL_DAY_NAMESPACE, "event/" + "/".join(fields) + f"/{n}")
        assert event_id(*fields, n) == str(expected)
    assert len({event_id(*fields, n) for n in range(50)}) == 50


def test_sealing_beside_a_busy_program_waits_for_the_next_start(
    played: ServiceContext, clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    from after_school_desk.store import connection

    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 50)
    clock.set(datetime(2026, 12, 20, 9, 0, tzinfo=CHINA_TZ))
    events = _live_count(played)
    with played.write():  # a long write of the program's own (an import) holds the file
        report = maintenance.seal_due_beside(played, played.store.path)
    assert report.class_months == 0
    assert _live_count(played) == events
    assert maintenance.seal_due_beside(played, played.store.path).events_moved == events
