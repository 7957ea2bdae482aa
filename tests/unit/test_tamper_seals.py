"""Tamper seals: what is changed, added or deleted behind the program's back is found and named."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterator
from datetime import datetime

import pytest

from after_school_desk.services.base.clock import CHINA_TZ, FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.care import archive, maintenance, seal_keys
from after_school_desk.services.money import payments
from after_school_desk.services.school import users
from after_school_desk.store import seal_key, seals
from after_school_desk.store.connection import open_store
from tests import outside_editor
from tests.unit.report_month import play_week


@pytest.fixture
def played(school_ctx: ServiceContext, clock: FixedClock) -> ServiceContext:
    play_week(school_ctx, clock)
    users.create_user(school_ctx, "t1", "王老师", "teacher", "1357")
    payments.record_payment(school_ctx, "G10000000", "150", "2026-11-03")
    payments.record_payment(school_ctx, "G10000001", "80.50", "2026-11-04")
    return school_ctx


@pytest.fixture
def raw(played: ServiceContext) -> Iterator[sqlite3.Connection]:
    """The file opened with the sqlite3 tool, as someone editing it behind the program would."""
    conn = outside_editor.connect(str(played.store.path), isolation_level=None)
    yield conn
    conn.close()


def _problems(ctx: ServiceContext) -> list[str]:
    report = maintenance.check(ctx)
    assert not report.ok
    return report.seals.problems


def test_a_school_left_alone_checks_clean(played: ServiceContext) -> None:
    report = maintenance.check(played)
    assert report.ok, report.lines()
    counted = played.store.conn.execute(
        "SELECT (SELECT count(*) FROM attendance_event) + (SELECT count(*) FROM payment)"
        " + (SELECT count(*) FROM audit)"
    ).fetchone()[0]
    assert report.seals.records >= counted > 20
    assert any("全部相符" in line for line in report.lines())


def test_outside_writes_fail_without_the_programs_functions(
    played: ServiceContext, raw: sqlite3.Connection
) -> None:
    with pytest.raises(sqlite3.OperationalError, match="no such function"):
        raw.execute("UPDATE payment SET amount_fen = 1")
    with pytest.raises(sqlite3.OperationalError, match="no such function"):
        raw.execute("UPDATE app_user SET role = 'principal'")
    assert maintenance.check(played).ok


def _payment_id(raw: sqlite3.Connection) -> str:
    return str(raw.execute("SELECT id FROM payment ORDER BY amount_fen DESC").fetchone()[0])


def _change_amount(raw: sqlite3.Connection) -> str:
    raw.execute("DROP TRIGGER seal_payment_update")
    raw.execute("UPDATE payment SET amount_fen = 50 WHERE id = ?", [_payment_id(raw)])
    return "被改动过"


def _delete_payment(raw: sqlite3.Connection) -> str:
    raw.execute("DROP TRIGGER seal_payment_delete")
    raw.execute("DELETE FROM payment WHERE id = ?", [_payment_id(raw)])
    return "被删除了"


def _invent_payment(raw: sqlite3.Connection) -> str:
    raw.execute("DROP TRIGGER seal_payment_insert")
    raw.execute(
        "INSERT INTO payment SELECT 'forged', pupil_id, 100000, paid_on, method, NULL, note,"
        " recorded_by, created_at, device_id FROM payment LIMIT 1"
    )
    return "收费记录 forged"


def _invent_payment_with_a_copied_seal(raw: sqlite3.Connection) -> str:
    _invent_payment(raw)
    raw.execute(
        "INSERT INTO seal SELECT device_id, dseq, entity, 'forged', gone, key_tag, mac FROM seal"
        " WHERE entity = 'payment' LIMIT 1"
    )
    return "出现了两次"


def _delete_event_and_its_seal(raw: sqlite3.Connection) -> str:
    raw.execute("DROP TRIGGER attendance_event_no_delete")
    event = raw.execute(
        "SELECT id FROM attendance_event ORDER BY rowid LIMIT 1 OFFSET 3"
    ).fetchone()
    raw.execute("DELETE FROM attendance_event WHERE id = ?", [event[0]])
    raw.execute("DELETE FROM seal WHERE row_key = ?", [event[0]])
    return "防篡改印记不见了"


def _make_a_principal(raw: sqlite3.Connection) -> str:
    raw.execute("DROP TRIGGER seal_app_user_update")
    raw.execute("UPDATE app_user SET role = 'principal' WHERE role = 'teacher'")
    return "用户账号"


def _reseal_with_a_guessed_key(raw: sqlite3.Connection) -> str:
    """Change the amount and recompute its seal, as one who read this program's source would
    (everything but the key: the same PC, number and key tag)."""
    forger = seal_key.SealKey(b"\x01" * 32)
    raw.execute("DROP TRIGGER seal_payment_update")
    pid = _payment_id(raw)
    raw.execute("UPDATE payment SET amount_fen = 50 WHERE id = ?", [pid])
    device, dseq = raw.execute(
        "SELECT device_id, dseq FROM seal WHERE row_key = ?", [pid]
    ).fetchone()
    payload = raw.execute(
        "SELECT json_array(id, pupil_id, amount_fen, paid_on, method, receipt_no, note,"
        " recorded_by, created_at, device_id) FROM payment WHERE id = ?",
        [pid],
    ).fetchone()[0]
    raw.execute(
        "UPDATE seal SET mac = ? WHERE row_key = ?",
        [forger.mac(seals.message(device, dseq, "payment", pid, payload)), pid],
    )
    return "被改动过"


def _reseal_as_another_pc(raw: sqlite3.Connection) -> str:
    """Register look-alike functions with one's own key and let the triggers seal the change."""
    outside_editor.seal_as_another_pc(raw)
    raw.execute("UPDATE payment SET amount_fen = 50 WHERE id = ?", [_payment_id(raw)])
    return "本机没有的密钥"


def _drop_the_newest_audit_rows(raw: sqlite3.Connection) -> str:
    raw.execute("DROP TRIGGER audit_no_delete")
    top = raw.execute("SELECT max(seq) FROM audit").fetchone()[0]
    keys = [str(top), str(top - 1)]
    raw.execute("DELETE FROM audit WHERE seq >= ?", [top - 1])
    raw.execute("DELETE FROM seal WHERE entity = 'audit' AND row_key IN (?, ?)", keys)
    raw.execute("DELETE FROM seal_head")
    return "印记计数不见了"


def _change_who_may_collect(raw: sqlite3.Connection) -> str:
    raw.execute("DROP TRIGGER seal_pupil_adult_update")
    raw.execute("UPDATE pupil_adult SET phone = '13000000000', name = '陌生人'"
                " WHERE rowid = (SELECT min(rowid) FROM pupil_adult)")  # fmt: skip
    return "接送人信息"


def _number_a_seal_beyond_any_count(raw: sqlite3.Connection) -> str:
    """A seal renumbered far past any real count (the check notes numbers a bit each: such a
    number is named, not followed by a gap of billions)."""
    device, dseq = raw.execute(
        "SELECT device_id, dseq FROM seal WHERE entity = 'payment'"
    ).fetchone()
    raw.execute("UPDATE seal SET dseq = 1 << 40 WHERE device_id = ? AND dseq = ?", [device, dseq])
    return "不可能出现"


TAMPERINGS: dict[str, Callable[[sqlite3.Connection], str]] = {
    "a seal numbered past any count": _number_a_seal_beyond_any_count,
    "amount changed": _change_amount,
    "payment deleted": _delete_payment,
    "payment invented": _invent_payment,
    "payment invented with a copied seal": _invent_payment_with_a_copied_seal,
    "event deleted with its seal": _delete_event_and_its_seal,
    "teacher made principal": _make_a_principal,
    "a stranger made a pickup adult": _change_who_may_collect,
    "seal recomputed with another key": _reseal_with_a_guessed_key,
    "sealed by look-alike functions": _reseal_as_another_pc,
    "newest audit rows cut off": _drop_the_newest_audit_rows,
}


@pytest.mark.parametrize("name", TAMPERINGS)
def test_every_tampering_is_found_and_named(
    played: ServiceContext, raw: sqlite3.Connection, name: str
) -> None:
    expected = TAMPERINGS[name](raw)
    report = maintenance.check(played)
    assert not report.ok
    assert any(expected in line for line in report.lines()), report.lines()


def test_a_changed_amount_names_the_pupil_and_the_sum(
    played: ServiceContext, raw: sqlite3.Connection
) -> None:
    _change_amount(raw)
    (problem,) = _problems(played)
    assert "收费记录" in problem and "¥0.50" in problem and "学生 " in problem


def test_the_newest_records_cut_off_with_an_old_head_are_found_by_the_witness(
    played: ServiceContext, raw: sqlite3.Connection, clock: FixedClock
) -> None:
    """Someone saves the counter, the school works on, then the newest records and their seals
    are deleted and the saved counter put back: the file alone looks whole."""
    old_head = raw.execute("SELECT device_id, last_dseq, key_tag, mac FROM seal_head").fetchone()
    payments.record_payment(played, "G10000000", "20", "2026-11-05")
    played.store.checkpoint()  # after a burst of writes the program notes the head
    raw.execute("DROP TRIGGER seal_payment_delete")
    raw.execute("DROP TRIGGER audit_no_delete")
    raw.execute("DELETE FROM payment WHERE amount_fen = 2000")
    raw.execute("DELETE FROM audit WHERE seq > (SELECT max(seq) FROM audit) - 1")
    raw.execute("DELETE FROM seal WHERE dseq > ?", [old_head[1]])
    raw.execute("UPDATE seal_head SET last_dseq = ?, mac = ?", [old_head[1], old_head[3]])
    problems = _problems(played)
    assert any("本机记得" in p and "最新的记录被删除了" in p for p in problems), problems


def test_an_archive_rewritten_with_matching_hashes_is_found(
    played: ServiceContext, raw: sqlite3.Connection, clock: FixedClock
) -> None:
    clock.set(datetime(2026, 12, 20, 9, 0, tzinfo=CHINA_TZ))
    archive.seal_due(played)
    assert maintenance.check(played).ok
    raw.execute("DROP TRIGGER attendance_archive_only_grows")
    raw.execute("UPDATE attendance_archive SET seals = NULL WHERE rowid = 1")
    problems = _problems(played)
    assert any("考勤归档" in p and "不符" in p for p in problems), problems


def test_a_month_with_a_tampered_event_is_not_sealed_into_an_archive(
    played: ServiceContext, raw: sqlite3.Connection, clock: FixedClock
) -> None:
    raw.execute("DROP TRIGGER attendance_event_no_update")
    raw.execute("UPDATE attendance_event SET note = '改过' WHERE kind = 'signed_in'"
                " AND rowid = (SELECT min(rowid) FROM attendance_event WHERE kind = 'signed_in')")  # fmt: skip
    clock.set(datetime(2026, 12, 20, 9, 0, tzinfo=CHINA_TZ))
    archive.seal_due(played)
    assert raw.execute("SELECT count(*) FROM attendance_event WHERE note = '改过'").fetchone()[0]
    problems = _problems(played)
    assert any("考勤记录" in p and "被改动过" in p for p in problems), problems


def test_archived_events_keep_their_numbers(played: ServiceContext, clock: FixedClock) -> None:
    """Sealing a month moves the events' seals into the archive: no gap, nothing unsealed."""
    clock.set(datetime(2026, 12, 20, 9, 0, tzinfo=CHINA_TZ))
    moved = archive.seal_due(played).events_moved
    assert moved > 10
    left = played.store.conn.execute(
        "SELECT count(*) FROM seal WHERE entity = 'attendance_event'"
    ).fetchone()[0]
    assert left == 0
    assert len(list(seals.archived_seals(played.store.conn))) == moved
    assert maintenance.check(played).ok


def test_a_pc_without_the_key_cannot_vouch_for_the_records_until_it_is_imported(
    played: ServiceContext, tmp_path
) -> None:
    path = played.store.path
    exported = seal_keys.export_key(played, tmp_path / "usb" / "school.seal-key")
    played.store.close()
    for key_file in seal_key.key_dir().glob("*"):
        key_file.unlink()
    with open_store(path) as store:
        ctx = ServiceContext(store, played.actor, played.device_id, played.clock)
        report = maintenance.check(ctx)
        assert not report.ok and report.seals.unverifiable > 20 and not report.seals.problems
        assert any("key import" in line for line in report.lines())
        payments.record_payment(ctx, "G10000000", "20", "2026-11-05")  # work goes on
        seal_keys.import_key(ctx, exported)
        assert maintenance.check(ctx).ok, maintenance.check(ctx).lines()


def test_a_wrong_key_file_is_refused(played: ServiceContext, tmp_path) -> None:
    bogus = tmp_path / "bogus.seal-key"
    bogus.write_text("not a key")
    with pytest.raises(Exception, match="不是课后服务台的防篡改密钥文件"):
        seal_keys.import_key(played, bogus)


def test_the_triggers_seal_exactly_the_columns_the_check_reads(played: ServiceContext) -> None:
    """One rule for what a seal covers: the migration's triggers and ``seals.content_sql``."""
    conn = played.store.conn
    squash = re.compile(r"\s+")
    for table in seals.COVERED:
        (sql,) = conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
            [f"seal_{table}_insert"],
        ).fetchone()
        expected = squash.sub("", seals.content_sql(conn, table, "NEW."))
        assert expected in squash.sub("", sql), table


def test_a_file_whose_schema_was_changed_opens_read_only(played: ServiceContext) -> None:
    """A trigger dropped behind the program's back (or a flipped byte in the schema's SQL):
    the next opening finds it and refuses every write, naming why; check lists it too."""
    from after_school_desk.errors import WritesRefused

    path = played.store.path
    played.store.close()
    raw = outside_editor.connect(str(path), isolation_level=None)
    raw.execute("DROP TRIGGER seal_payment_update")
    raw.close()
    with open_store(path) as store:
        assert store.read_only_reason and "结构被改动或损坏" in store.read_only_reason
        ctx = ServiceContext(store, played.actor, played.device_id, played.clock)
        with pytest.raises(WritesRefused):
            payments.record_payment(ctx, "G10000000", "20", "2026-11-05")
        integrity = maintenance.check(ctx).integrity
        assert any("seal_payment_update" in p and "缺少" in p for p in integrity), integrity


def test_a_schema_that_no_longer_decodes_is_a_damaged_file(played: ServiceContext) -> None:
    from after_school_desk.errors import DamagedDatabase

    path = played.store.path
    played.store.checkpoint("TRUNCATE")
    played.store.close()
    data = bytearray(path.read_bytes())
    at = data.find(b"CREATE TABLE enrolment")
    data[at + len("CREATE TABLE ")] = 0xFF  # the table's name no longer UTF-8
    path.write_bytes(bytes(data))
    with pytest.raises(DamagedDatabase):
        open_store(path).close()


def test_people_can_still_log_in_to_a_file_that_takes_no_writes(played: ServiceContext) -> None:
    """To look, and to restore from a backup: the PIN is checked, nothing is written."""
    from after_school_desk.errors import PermissionDenied

    played.store.set_read_only("测试：文件未通过检查")
    assert users.log_in(played, "t1", "1357").login == "t1"
    with pytest.raises(PermissionDenied):
        users.log_in(played, "t1", "0000")


def test_seal_numbers_are_kept_a_bit_each_and_their_gaps_found() -> None:
    """The check's note of every PC's seal numbers (millions of them after years): a number
    twice, the gaps (the first twenty named, all counted), the highest, an impossible one."""
    from after_school_desk.store.seals import ODD_SEAL_NUMBER, _Numbers

    numbers = _Numbers()
    used = [n for n in range(1, 5001) if n % 97 and n not in (2, 3)]
    assert all(numbers.add("pc-a", n) for n in used)
    assert not numbers.add("pc-a", 5) and numbers.add("pc-b", 5)  # twice on one PC only
    assert numbers.top("pc-a") == 5000 and numbers.top("pc-b") == 5 and numbers.top("pc-c") == 0
    gaps = [n for n in range(1, 5001) if n not in set(used)]
    assert numbers.missing("pc-a", 5000) == (gaps[:20], len(gaps))
    assert numbers.missing("pc-b", 5) == ([1, 2, 3, 4], 4)
    assert numbers.add("pc-c", ODD_SEAL_NUMBER + 1) and not numbers.add("pc-c", ODD_SEAL_NUMBER + 1)
    assert numbers.add("pc-c", -3) and numbers.top("pc-c") == 0
    assert numbers.devices() == ["pc-a", "pc-b", "pc-c"]
    assert numbers.odd["pc-c"] == {ODD_SEAL_NUMBER + 1, -3}
    assert len(numbers.bits["pc-a"]) < 2 * (5000 // 8 + 1)  # a bit a number, not an object
