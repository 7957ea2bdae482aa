"""The demo history written in bulk: finished months straight into sealed archives.

The file must check as if every event had been recorded one by one and sealed later: each
archived event keeps the tamper seal the insert trigger would have made, the numbering has no
gaps, the archives match the audit trail, and the events are the rows the services build."""

from __future__ import annotations

import sqlite3
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from after_school_desk.cli import main
from after_school_desk.errors import ValidationError
from after_school_desk.reports.month_tally import PupilTally, tally_month
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.care import maintenance
from after_school_desk.services.daily.event_log import event_row
from after_school_desk.services.month import reports
from after_school_desk.services.month.facts import month_input
from after_school_desk.services.sample import demo
from after_school_desk.services.sample.demo_history import fill_history
from after_school_desk.store import archive_codec, daily_store, event_archive, school_store, seals
from after_school_desk.store.connection import open_store


def _content(conn: sqlite3.Connection) -> Counter[tuple[object, ...]]:
    """What the history holds, by pupil name (ids are new in every school): events, archived
    and live, and the duty log."""
    names = dict(conn.execute("SELECT id, name FROM pupil").fetchall())
    found: Counter[tuple[object, ...]] = Counter()
    fields = ("pupil_id", "day", "kind", "at", "adult_name", "reason", "note", "actor",
              "outcome", "alert_kind", "leave_from")  # fmt: skip
    for (payload,) in conn.execute("SELECT payload FROM attendance_archive"):
        cols, rows = archive_codec.decode(bytes(payload))
        for r in rows:
            d = dict(zip(cols, r, strict=True))
            found[("sealed", names[d["pupil_id"]], *(d[f] for f in fields[1:]))] += 1
    for r in conn.execute(f"SELECT {', '.join(fields)} FROM attendance_event"):
        found[("live", names[r[0]], *r[1:])] += 1
    for r in conn.execute("SELECT day, kind, text, at, actor FROM duty_log"):
        found[("duty", *r)] += 1
    return found


def _archived(conn: sqlite3.Connection) -> list[tuple[str, str, list[dict[str, object]]]]:
    result = []
    for class_id, month, payload in conn.execute(
        "SELECT class_id, month, payload FROM attendance_archive ORDER BY month, class_id"
    ):
        cols, rows = archive_codec.decode(bytes(payload))
        result.append((class_id, month, [dict(zip(cols, r, strict=True)) for r in rows]))
    return result


@pytest.fixture
def history(ctx: ServiceContext) -> ServiceContext:
    """40 pupils from 3 Sep 2026 to 1 Nov 2026 (today 2 Nov): September sealed, October live."""
    result = demo.create_demo(ctx, pupils=40, seed=4, months=2)
    assert result.history_days > 30
    return ctx


def test_finished_months_are_sealed_and_the_file_checks(history: ServiceContext) -> None:
    conn = history.store.conn
    months = {r[0] for r in conn.execute("SELECT DISTINCT month FROM attendance_archive")}
    assert months == {"2026-09"}
    live_days = {r[0][:7] for r in conn.execute("SELECT DISTINCT day FROM attendance_event")}
    assert live_days == {"2026-10"}
    report = maintenance.check(history)
    assert report.ok, report.lines()
    assert report.seals.records > 1000
    # the archives' row numbers lie below the counter the next live event takes its number from
    top = conn.execute("SELECT max(max_seq) FROM attendance_archive").fetchone()[0]
    live_low = conn.execute("SELECT min(seq) FROM attendance_event").fetchone()[0]
    assert top < live_low
    counter = conn.execute(
        "SELECT seq FROM sqlite_sequence WHERE name = 'attendance_event'"
    ).fetchone()[0]
    assert counter == conn.execute("SELECT max(seq) FROM attendance_event").fetchone()[0]


def test_each_archived_event_keeps_the_seal_the_insert_trigger_makes(
    history: ServiceContext,
) -> None:
    conn = history.store.conn
    sealed_cols = [name for name, _kind in seals.sealed_columns(conn, "attendance_event")]
    by_event = {event_id: entry for _c, _m, event_id, entry in seals.archived_seals(conn)}
    key_tag = conn.execute("SELECT lower(hex(desk_key_tag()))").fetchone()[0]
    checked = 0
    for _class_id, _month, rows in _archived(conn):
        for r in rows:
            device, dseq, tag, mac = by_event[str(r["id"])]
            expected = conn.execute(
                "SELECT lower(hex(desk_seal(?, ?, 'attendance_event', ?,"
                f" json_array({', '.join('?' * len(sealed_cols))}))))",
                [device, dseq, r["id"], *(r[c] for c in sealed_cols)],
            ).fetchone()[0]
            assert (mac, tag) == (expected, key_tag)
            checked += 1
    assert checked == len(by_event) > 1000
    numbers = sorted(int(entry[1]) for entry in by_event.values())
    assert numbers == list(range(numbers[0], numbers[0] + len(numbers)))  # a run of its own


def test_events_are_the_rows_the_services_build(history: ServiceContext) -> None:
    kinds = Counter()
    for _class_id, _month, rows in _archived(history.store.conn):
        for r in rows:
            fields = {k: v for k, v in r.items() if k not in ("seq", "id") and v is not None}
            assert {**r, "seq": None} == {**event_row(**fields), "seq": None}
            kinds[r["kind"]] += 1
    assert {"signed_in", "handed_over", "contacted", "leave", "marked_absent"} <= set(kinds)
    assert kinds["signed_in"] > 10 * kinds["marked_absent"] > 0


def test_the_history_is_the_same_for_the_same_seed(tmp_path: Path, ctx: ServiceContext) -> None:
    first = _demo_content(tmp_path / "a.sqlite", ctx)
    second = _demo_content(tmp_path / "b.sqlite", ctx)
    assert first == second
    assert sum(1 for key in first if key[0] == "sealed") > 1000


def _demo_content(path: Path, like: ServiceContext) -> Counter[tuple[object, ...]]:
    store = open_store(path, create=True)
    ctx = ServiceContext(store=store, actor=like.actor, device_id=like.device_id, clock=like.clock)
    try:
        demo.create_demo(ctx, pupils=40, seed=4, months=2)
        return _content(store.conn)
    finally:
        store.close()


def test_helper_processes_make_the_same_archives(tmp_path: Path, ctx: ServiceContext) -> None:
    """The archives compressed in a worker process are byte for byte those made here."""
    demo.create_demo(ctx, pupils=30, seed=2)  # the school, no history yet
    ctx.store.checkpoint("TRUNCATE")
    shas = []
    for workers, name in ((0, "here.sqlite"), (1, "pool.sqlite")):
        copy = tmp_path / name
        with sqlite3.connect(copy) as target:
            ctx.store.conn.backup(target)
        store = open_store(copy)
        other = ServiceContext(
            store=store, actor=ctx.actor, device_id=ctx.device_id, clock=ctx.clock
        )
        try:
            fill_history(other, date(2026, 9, 1), date(2026, 11, 1), seed=2, workers=workers)
            assert maintenance.check(other).ok
            shas.append(
                store.conn.execute(
                    "SELECT group_concat(sha256) FROM"
                    " (SELECT sha256 FROM attendance_archive ORDER BY month, class_id)"
                ).fetchone()[0]
            )
        finally:
            store.close()
    assert shas[0] and shas[0] == shas[1]


def test_a_month_with_live_events_is_merged_into_its_archive(ctx: ServiceContext) -> None:
    """History written in two runs: September's first half live at first, then sealed with
    the second half (written straight into the archive) when the next run passes the month."""
    demo.create_demo(ctx, pupils=30, seed=6)
    fill_history(ctx, date(2026, 9, 1), date(2026, 9, 15), seed=6)
    conn = ctx.store.conn
    first_half = conn.execute("SELECT count(*) FROM attendance_event").fetchone()[0]
    assert first_half > 100
    assert conn.execute("SELECT count(*) FROM attendance_archive").fetchone()[0] == 0
    fill_history(ctx, date(2026, 9, 16), date(2026, 10, 20), seed=7)
    september = [r for _c, m, rows in _archived(conn) if m == "2026-09" for r in rows]
    assert {r["day"] for r in september} >= {"2026-09-01", "2026-09-30"}
    assert not conn.execute("SELECT 1 FROM attendance_event WHERE day < '2026-10-01'").fetchone()
    assert len(september) > first_half
    assert maintenance.check(ctx).ok


def test_the_demo_takes_up_to_ten_thousand_pupils(ctx: ServiceContext) -> None:
    with pytest.raises(ValidationError) as refused:
        demo.create_demo(ctx, pupils=demo.MAX_PUPILS + 1)
    assert "演示学校的学生数应在 1 到 10000 之间（收到 10001）" in str(refused.value)
    assert not school_store.has_content(ctx.store.conn)  # nothing was written
    assert demo.MAX_PUPILS == 10000
    assert demo.plan_classes(6000, range(1, 10)) == dict.fromkeys(range(1, 10), 15)


def test_unrecorded_events_need_their_seals(history: ServiceContext) -> None:
    conn = history.store.conn
    class_id, month, rows = _archived(conn)[0]
    tuples = [tuple(r[c] for c in event_archive.ARCHIVE_COLUMNS) for r in rows[:1]]
    with history.store.write() as wconn, pytest.raises(ValueError):
        event_archive.seal_unrecorded(wconn, class_id, month, tuples, None, "x", "y", "z")


def _tallies(ctx: ServiceContext, month: str, counted_only: bool) -> list[PupilTally]:
    return tally_month(month_input(ctx, month, counted_only=counted_only)).pupils


def test_the_direct_report_reads_fewer_fields_with_the_same_counts(
    history: ServiceContext,
) -> None:
    """The tally's quick read (only the fields it counts; ids only beside a correction) gives
    the same tallies as every field of every event, for a sealed month and a live one, and a
    correction of an archived sign-in still voids it."""
    ctx = history
    before = {m: _tallies(ctx, m, counted_only=False) for m in ("2026-09", "2026-10")}
    for month, full in before.items():
        assert _tallies(ctx, month, counted_only=True) == full
    assert reports.direct_report(ctx, "2026-10")  # the report itself builds from it
    # void one sealed sign-in (a correction recorded now, dated that day: a live row)
    conn = ctx.store.conn
    signed = next(
        r for _c, m, rows in _archived(conn) if m == "2026-09" for r in rows
        if r["kind"] == "signed_in"
    )  # fmt: skip
    with ctx.store.write() as wconn:
        daily_store.insert_events(wconn, [event_row(
            pupil_id=signed["pupil_id"], class_id=signed["class_id"], day=signed["day"],
            kind="correction", at="2026-11-02T15:00:00+08:00",
            recorded_at="2026-11-02T15:00:00+08:00", actor="test", device_id=ctx.device_id,
            supersedes=signed["id"], reason="签错了人")])  # fmt: skip
    after = _tallies(ctx, "2026-09", counted_only=True)
    assert after == _tallies(ctx, "2026-09", counted_only=False)
    assert after != before["2026-09"]  # the voided sign-in no longer counts
    mine = next(p for p in after if p.pupil_id == signed["pupil_id"])
    assert mine.marks[signed["day"]] != "√"


def test_the_command_line_refuses_a_demo_over_the_limit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(tmp_path / "big.sqlite"), "demo", "--pupils", "10001"]) == 1
    assert "演示学校的学生数应在 1 到 10000 之间（收到 10001）" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []  # nothing was left behind
