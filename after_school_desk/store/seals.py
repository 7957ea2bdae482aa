"""Tamper seals: a keyed MAC over every record that matters, numbered per PC without gaps.

Migration 0008 installs the triggers; this module gives them their SQL functions, and checks
the seals against the records (``verify``). What a check finds, and names:
- a record changed behind the program's back (its content no longer matches its newest seal);
- a record added behind the program's back (no seal: the triggers had to be dropped for it);
- a record deleted behind the program's back (its seal is there, the record is not);
- a seal deleted with its record (a gap in that PC's numbering), a seal forged or recomputed
  without the key (its MAC is wrong), the newest seals cut off (the numbering head, keyed, and
  this PC's note of the head outside the data folder — the witness — no longer agree).

See docs/tamper-evidence.md for what it protects against and what it cannot.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sqlite3
import zlib
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from after_school_desk.store import fast_json, local_identity, seal_key, sync_tables
from after_school_desk.store.seal_key import SealKey
from after_school_desk.store.snapshots import read_snapshot

log = logging.getLogger("after_school_desk.store")

# The sealed tables (the triggers of migration 0008 cover exactly these).
COVERED = (
    "attendance_event", "audit", "month_snapshot", "month_reopening", "payment", "refund",
    "waiver", "charge", "ledger_entry", "fee_standard", "subsidy_rate", "enrolment", "app_user",
    "pupil", "pupil_adult", "staff", "class", "class_supervision", "duty_day", "duty_log",
    "cli_token",  # db/0009: the command line's script tokens (keys to accounts)
    *sync_tables.NEWLY_SEALED,  # db/0010: every table the school's PCs share
    *sync_tables.SEALED_0012,  # db/0012: the school's policy profiles and their dates
)  # fmt: skip
KEY_COLUMN = sync_tables.KEY_COLUMN
# Columns the seal leaves out: the event's local row number (it changes when events move into
# an archive), an account's failed log-in count and lock-out (they change at every wrong PIN).
NOT_SEALED = sync_tables.LOCAL_COLUMNS
ENTITY_LABELS = {
    "attendance_event": "考勤记录",
    "audit": "审计记录",
    "month_snapshot": "月结快照",
    "month_reopening": "重新打开月份记录",
    "payment": "收费记录",
    "refund": "退费记录",
    "waiver": "减免记录",
    "charge": "应收记录",
    "ledger_entry": "收支台账记录",
    "fee_standard": "收费标准",
    "subsidy_rate": "补助标准",
    "enrolment": "报名记录",
    "app_user": "用户账号",
    "pupil": "学生信息",
    "pupil_adult": "接送人信息",
    "staff": "教职工信息",
    "class": "班级信息",
    "class_supervision": "管理老师安排",
    "duty_day": "值班记录",
    "duty_log": "值班日志",
    "cli_token": "命令行令牌",
    **sync_tables.LABELS,
}
META_TAG = "seal_key_tag"
# No PC writes this many seals (a million a day for over five years): a larger number was edited.
ODD_SEAL_NUMBER = 1 << 31
MAX_FINDINGS = 200


def message(device: str, dseq: int, entity: str, row_key: str, payload: str | None) -> bytes:
    body = "\x00(deleted)" if payload is None else payload
    return "\x1f".join(["seal", device, str(dseq), entity, row_key, body]).encode("utf-8")


def head_message(device: str, dseq: int) -> bytes:
    return "\x1f".join(["head", device, str(dseq)]).encode("utf-8")


def archive_message(class_id: str, month: str, sha256: str, seals: bytes | None) -> bytes:
    return b"\x1f".join(
        [b"archive", class_id.encode(), month.encode(), sha256.encode(), seals or b"\x00"]
    )


class SealRing:
    """The key and PC identity one connection seals with."""

    def __init__(self, device: str) -> None:
        self.device = device
        self.key: SealKey | None = None
        self.missing_tag: str | None = None  # the file's key, when this PC does not have it
        self.importing = False  # another PC's journal is being applied: its seals come with it

    def bind(self, recorded_tag: str | None) -> None:
        """Use the file's key; a new one for a new file, or when this PC lacks the file's key."""
        if self.key is not None and self.key.tag_hex == recorded_tag:
            return
        key = seal_key.load(recorded_tag) if recorded_tag else None
        if key is None:
            if recorded_tag:
                self.missing_tag = recorded_tag
                log.warning("this PC lacks the seal key of this file: new records get a new key")
            key = seal_key.new_key()
        self.key = key

    def current(self) -> SealKey:
        if self.key is None:
            self.bind(None)
        assert self.key is not None
        return self.key

    # the SQL functions --------------------------------------------------------------------

    def sql_seal(self, device: str, dseq: int, entity: str, row_key: str, payload: str | None) -> bytes:  # fmt: skip
        return self.current().mac(message(device, int(dseq), entity, str(row_key), payload))

    def sql_head_mac(self, device: str, dseq: int) -> bytes:
        return self.current().mac(head_message(device, int(dseq)))

    def sql_archive_mac(self, class_id: str, month: str, sha256: str, seals: bytes | None) -> bytes:  # fmt: skip
        return self.current().mac(archive_message(class_id, month, sha256, seals))


def register(conn: Any, ring: SealRing) -> None:
    """Give a connection the functions the seal triggers call (sqlite3's, or apsw's as the
    power-cut harness uses)."""
    functions: list[tuple[str, int, Any]] = [
        ("desk_device", 0, lambda: ring.device),
        ("desk_key_tag", 0, lambda: ring.current().tag),
        ("desk_seal", 5, ring.sql_seal),
        ("desk_head_mac", 2, ring.sql_head_mac),
        ("desk_archive_mac", 4, ring.sql_archive_mac),
        ("desk_importing", 0, lambda: int(ring.importing)),
    ]
    for name, args, fn in functions:
        if isinstance(conn, sqlite3.Connection):
            conn.create_function(name, args, fn, deterministic=(name == "desk_device"))
        else:
            conn.create_scalar_function(name, fn, args)


def recorded_tag(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", [META_TAG]).fetchone()
    except sqlite3.OperationalError:
        return None  # a new file: no tables yet
    return str(row[0]) if row else None


def record_tag(conn: sqlite3.Connection, ring: SealRing) -> None:
    """Note in the file which key seals its new records (after migrating)."""
    tag = ring.current().tag_hex
    if recorded_tag(conn) != tag:
        conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [META_TAG, tag],
        )


def rebind(conn: sqlite3.Connection, ring: SealRing) -> None:
    """After the file's content was replaced (a restore): seal with its key from now on."""
    ring.bind(recorded_tag(conn))
    record_tag(conn, ring)


# --- what a record's seal covers ---------------------------------------------------------


def sealed_columns(conn: sqlite3.Connection, table: str) -> list[tuple[str, str]]:
    skip = NOT_SEALED.get(table, ())
    return [
        (str(r[1]), str(r[2]).upper())
        for r in conn.execute(f"PRAGMA table_info({table})")
        if r[1] not in skip
    ]


def content_sql(conn: sqlite3.Connection, table: str, prefix: str = "") -> str:
    """The JSON the triggers seal for one row of ``table`` (``prefix``: a table alias + '.')."""
    parts = [
        f"hex({prefix}{name})" if kind == "BLOB" else f"{prefix}{name}"
        for name, kind in sealed_columns(conn, table)
    ]
    return f"json_array({', '.join(parts)})"


def key_sql(table: str, prefix: str = "") -> str:
    column = KEY_COLUMN.get(table, "id")
    return f"CAST({prefix}{column} AS TEXT)"


# --- the check ---------------------------------------------------------------------------


@dataclass
class SealReport:
    records: int = 0  # records whose seal was verified
    problems: list[str] = field(default_factory=list)
    unverifiable: int = 0  # records sealed with a key this PC does not have
    missing_keys: set[str] = field(default_factory=set)
    unnamed: list[str] = field(default_factory=list)  # the first records that cannot be verified

    def add(self, text: str) -> None:
        if len(self.problems) < MAX_FINDINGS:
            self.problems.append(text)
        elif len(self.problems) == MAX_FINDINGS:
            self.problems.append("……（问题太多，只列出前 200 条）")


@dataclass(frozen=True)
class _Seal:
    device: str
    dseq: int
    entity: str
    row_key: str
    gone: bool
    tag: bytes
    mac: bytes


def _seals(conn: sqlite3.Connection) -> list[_Seal]:
    return [
        _Seal(str(r[0]), int(r[1]), str(r[2]), str(r[3]), bool(r[4]), bytes(r[5]), bytes(r[6]))
        for r in conn.execute(
            "SELECT device_id, dseq, entity, row_key, gone, key_tag, mac FROM seal"
        )
    ]


def archived_seals(conn: sqlite3.Connection) -> Iterable[tuple[str, str, str, list[Any]]]:
    """(class id, month, event id, [device, dseq, tag hex, mac hex]) of every archived event."""
    for class_id, month, blob in conn.execute(
        "SELECT class_id, month, seals FROM attendance_archive WHERE seals IS NOT NULL"
    ):
        for entry in decode_archive_seals(bytes(blob)):
            yield str(class_id), str(month), str(entry[0]), list(entry[1:])


def encode_archive_seals(entries: list[list[Any]]) -> bytes:
    text = json.dumps(sorted(entries), separators=(",", ":"))
    return zlib.compress(text.encode("ascii"), 9)


def decode_archive_seals(blob: bytes) -> list[list[Any]]:
    try:
        value = fast_json.loads(zlib.decompress(blob))
    except (zlib.error, ValueError):
        return []
    return value if isinstance(value, list) else []


def describe(conn: sqlite3.Connection, entity: str, row_key: str) -> str:
    """A record named for people: what it is and what identifies it."""
    label = ENTITY_LABELS.get(entity, entity)
    row = None
    with contextlib.suppress(sqlite3.Error):
        cur = conn.execute(f"SELECT * FROM {entity} WHERE {key_sql(entity)} = ?", [row_key])
        found = cur.fetchone()
        if found is not None:
            row = dict(zip([d[0] for d in cur.description], found, strict=True))
    if row is None:
        return f"{label} {row_key}"
    bits = []
    pupil = row.get("pupil_id")
    if pupil:
        with contextlib.suppress(sqlite3.Error):
            name = conn.execute("SELECT name FROM pupil WHERE id = ?", [pupil]).fetchone()
            if name:
                bits.append(f"学生 {name[0]}")
    for column in ("name", "login", "month", "day", "paid_on", "refunded_on", "entry_on", "at"):
        if row.get(column):
            bits.append(str(row[column]))
            break
    if row.get("kind"):
        bits.append(str(row["kind"]))
    if isinstance(row.get("amount_fen"), int):
        bits.append(f"¥{row['amount_fen'] / 100:.2f}")
    return f"{label} {row_key}（{'，'.join(bits)}）" if bits else f"{label} {row_key}"


def verify(conn: sqlite3.Connection, witness: Mapping[str, list[Any]] | None = None) -> SealReport:
    """Every sealed record against its newest seal, every PC's numbering, heads and archives.

    Text that no longer decodes (a damaged byte) is read with replacement characters, so the
    record is reported as changed instead of the check failing. Everything is read as of one
    moment: the check runs beside the window, and a pupil signed in while it reads must not
    look like a record without its seal."""
    factory = conn.text_factory
    conn.text_factory = _lenient_text
    try:
        with read_snapshot(conn):
            return _verify(conn, witness)
    finally:
        conn.text_factory = factory


def _lenient_text(raw: bytes) -> str:
    return raw.decode("utf-8", "replace")


def _verify(conn: sqlite3.Connection, witness: Mapping[str, list[Any]] | None) -> SealReport:
    report = SealReport()
    if not installed(conn):
        return report
    keys = seal_key.all_keys()
    seals = _seals(conn)
    newest: dict[tuple[str, str], dict[str, _Seal]] = defaultdict(dict)
    numbers = _Numbers()
    for s in seals:
        if not numbers.add(s.device, s.dseq):
            report.add(f"电脑 {s.device[:8]} 的第 {s.dseq} 条防篡改印记出现了两次（被复制过）")
        per_device = newest[(s.entity, s.row_key)]
        if s.device not in per_device or per_device[s.device].dseq < s.dseq:
            per_device[s.device] = s
    del seals
    for device, dseq in _numbers_elsewhere(conn):
        numbers.add(device, dseq)
    # the archives are read as a stream: what is kept of them is their numbers (a bit each)
    # and the few ids that are also live or still have a seal of their own
    live = {str(r[0]) for r in conn.execute("SELECT id FROM attendance_event")}
    twice: set[str] = set()  # archived and live
    archived_sealed: set[str] = set()  # archived, with a seal left in the seal table
    for _class_id, _month, event_id, (device, dseq, _tag, _mac) in archived_seals(conn):
        numbers.add(str(device), int(dseq))
        if event_id in live:
            twice.add(event_id)
        if ("attendance_event", event_id) in newest:
            archived_sealed.add(event_id)
    del live
    for table in COVERED:
        _verify_table(conn, table, newest, keys, report, twice if table == "attendance_event" else set())  # fmt: skip
    for (entity, row_key), by_device in newest.items():
        latest = max(by_device.values(), key=lambda s: s.dseq)
        if not latest.gone and not (entity == "attendance_event" and row_key in archived_sealed):
            report.add(
                f"{ENTITY_LABELS.get(entity, entity)} {row_key} 被删除了（有印记，记录却不在了）"
            )
    _verify_numbering(conn, numbers, keys, report, witness or {})
    _verify_archives(conn, keys, report)
    return report


class _Numbers:
    """The seal numbers each PC used, one bit a number: the millions of a school's sealed
    years take a few megabytes (as Python sets of ints they took gigabytes). A number beyond
    any real count (only an edited file has one) is kept aside."""

    def __init__(self) -> None:
        self.bits: dict[str, bytearray] = {}
        self.odd: dict[str, set[int]] = defaultdict(set)

    def add(self, device: str, n: int) -> bool:
        """Note ``n`` for ``device``; False when it was noted before."""
        if n < 1 or n > ODD_SEAL_NUMBER:
            seen = n in self.odd[device]
            self.odd[device].add(n)
            return not seen
        bits = self.bits.setdefault(device, bytearray())
        index, bit = n >> 3, 1 << (n & 7)
        if index >= len(bits):
            bits.extend(bytes(max(index + 1 - len(bits), len(bits))))  # grows by doubling
        if bits[index] & bit:
            return False
        bits[index] |= bit
        return True

    def devices(self) -> list[str]:
        return sorted(set(self.bits) | {d for d, odd in self.odd.items() if odd})

    def top(self, device: str) -> int:
        """The highest ordinary number noted for ``device`` (0: none)."""
        bits = self.bits.get(device, bytearray()).rstrip(b"\x00")
        return 0 if not bits else (len(bits) - 1) * 8 + bits[-1].bit_length() - 1

    def missing(self, device: str, top: int, first: int = 20) -> tuple[list[int], int]:
        """The first ``first`` numbers of 1…``top`` never noted, and how many there are."""
        bits = bytes(self.bits.get(device, b""))[: top // 8 + 1]
        noted = int.from_bytes(bits, "little").bit_count() - (bits[0] & 1 if bits else 0)
        count = top - noted
        found: list[int] = []
        for index, byte in enumerate(bits):
            if len(found) >= min(first, count):
                break
            if byte != 0xFF:
                found += [
                    n for k in range(8) if not byte >> k & 1 and 1 <= (n := index * 8 + k) <= top
                ]
        return found[:first], count


def _numbers_elsewhere(conn: sqlite3.Connection) -> list[tuple[str, int]]:
    """Seal numbers another PC used for records it keeps for itself (db/0010)."""
    try:
        rows = conn.execute("SELECT device_id, dseq FROM seal_elsewhere").fetchall()
    except sqlite3.OperationalError:
        return []  # a file from before several PCs
    return [(str(r[0]), int(r[1])) for r in rows]


def installed(conn: sqlite3.Connection) -> bool:
    """Whether the file has tamper seals (schema 8 and later)."""
    return bool(
        conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'seal'"
        ).fetchone()
    )


def _verify_table(
    conn: sqlite3.Connection,
    table: str,
    newest: dict[tuple[str, str], dict[str, _Seal]],
    keys: Mapping[bytes, SealKey],
    report: SealReport,
    archived: set[str],
) -> None:
    sql = f"SELECT {key_sql(table)}, {content_sql(conn, table)} FROM {table}"
    for row_key, payload in conn.execute(sql):
        by_device = newest.pop((table, row_key), None)
        if row_key in archived and table == "attendance_event":
            report.add(f"{describe(conn, table, row_key)} 既在归档里又在当日记录里（被重复插入）")
            continue
        if not by_device:
            report.add(f"{describe(conn, table, row_key)} 不是本程序记下的（没有防篡改印记）")
            continue
        verdict = _matches(by_device.values(), payload, keys)
        if verdict is None:
            report.unverifiable += 1
            tags = sorted({s.tag.hex() for s in by_device.values()})
            report.missing_keys.update(tags)
            if report.unverifiable <= 20:
                report.unnamed.append(
                    f"{describe(conn, table, row_key)} 的印记用的是本机没有的密钥（{'、'.join(tags)}）"
                )
        elif verdict:
            report.records += 1
        elif any(s.gone for s in by_device.values()):
            report.add(f"{describe(conn, table, row_key)} 已被本程序删除，却又出现了")
        else:
            report.add(f"{describe(conn, table, row_key)} 被改动过（与防篡改印记不符）")


def _matches(seals: Iterable[_Seal], payload: str, keys: Mapping[bytes, SealKey]) -> bool | None:
    """True: the row matches one PC's newest seal; None: no key here to tell."""
    unknown = False
    for s in seals:
        key = keys.get(s.tag)
        if key is None:
            unknown = True
            continue
        if not s.gone and key.mac(message(s.device, s.dseq, s.entity, s.row_key, payload)) == s.mac:
            return True
    return None if unknown else False


def _verify_numbering(
    conn: sqlite3.Connection,
    numbers: _Numbers,
    keys: Mapping[bytes, SealKey],
    report: SealReport,
    witness: Mapping[str, list[Any]],
) -> None:
    counters = {
        str(r[0]): (int(r[1]), bytes(r[2]), bytes(r[3]))
        for r in conn.execute("SELECT device_id, last_dseq, key_tag, mac FROM seal_head")
    }
    for device in numbers.devices():
        for n in sorted(numbers.odd.get(device, ()))[:20]:
            report.add(f"电脑 {device[:8]} 的防篡改印记编号 {n} 不可能出现（被改动过）")
        top = numbers.top(device)
        missing, count = numbers.missing(device, top)
        for n in missing:
            report.add(f"电脑 {device[:8]} 的第 {n} 条防篡改印记不见了（连同它的记录被删除）")
        if count > 20:
            report.add(f"电脑 {device[:8]} 还有 {count - 20} 条防篡改印记不见了")
        head = counters.get(device)
        if head is None:
            report.add(f"电脑 {device[:8]} 的印记计数不见了（被删除）")
            continue
        last, tag, mac = head
        key = keys.get(tag)
        if key is not None and key.mac(head_message(device, last)) != mac:
            report.add(f"电脑 {device[:8]} 的印记计数被改动过")
        elif last > top:
            report.add(
                f"电脑 {device[:8]} 的最后 {last - top} 条记录被删除了（第 {top + 1}–{last} 条）"
            )
    for device in counters:
        if device not in numbers.bits and not numbers.odd.get(device):
            report.add(f"电脑 {device[:8]} 的全部防篡改印记都不见了")
    for device, (dseq, mac_hex) in witness.items():
        noted = counters.get(device)
        if noted is None or noted[0] < int(dseq):
            have = noted[0] if noted else 0
            report.add(
                f"本机记得电脑 {device[:8]} 已记到第 {dseq} 条，文件里只到第 {have} 条："
                "最新的记录被删除了，或者这是一个较早的副本"
            )
        elif noted[0] == int(dseq) and noted[2].hex() != mac_hex:
            report.add(f"电脑 {device[:8]} 的印记计数与本机记下的不一致（被改动过）")


def _verify_archives(
    conn: sqlite3.Connection, keys: Mapping[bytes, SealKey], report: SealReport
) -> None:
    for class_id, month, sha, blob, mac in conn.execute(
        "SELECT class_id, month, sha256, seals, seal_mac FROM attendance_archive"
    ):
        if mac is None:
            report.add(f"考勤归档 {month} 班级 {class_id} 没有防篡改印记（不是本程序封存的）")
            continue
        message_bytes = archive_message(class_id, month, sha, bytes(blob) if blob else None)
        if not any(k.mac(message_bytes) == bytes(mac) for k in keys.values()):
            if keys:
                report.add(f"考勤归档 {month} 班级 {class_id} 与防篡改印记不符（被改动过）")
            else:
                report.unverifiable += 1


# --- the witness: this PC's note of each head, kept beside the key --------------------------


def heads(conn: sqlite3.Connection) -> dict[str, list[Any]]:
    return {
        str(r[0]): [int(r[1]), bytes(r[2]).hex()]
        for r in conn.execute("SELECT device_id, last_dseq, mac FROM seal_head")
    }


def _witness_path(tag_hex: str) -> os.PathLike[str]:
    """This PC's note (one per PC and school: copies of the school on other PCs, which may
    share a key folder on one machine, each note what they have seen themselves)."""
    return seal_key.key_dir() / f"{tag_hex}.{local_identity.device_id()}.heads.json"


def read_witness(tag_hex: str | None) -> dict[str, list[Any]]:
    if not tag_hex:
        return {}
    for path in (_witness_path(tag_hex), seal_key.key_dir() / f"{tag_hex}.heads.json"):
        try:  # (the second: the name of before several PCs, read until the next note)
            with open(path, encoding="utf-8") as fh:
                value = json.load(fh)
        except (OSError, ValueError):
            continue
        return value if isinstance(value, dict) else {}
    return {}


def write_witness(conn: sqlite3.Connection, *, reset: bool = False) -> None:
    """Note the heads of this file beside its key (after bursts of writes and at close).

    The note only ever rises (opening an older copy does not lower it), except after a restore
    (``reset``), which knowingly goes back to an earlier state."""
    tag = recorded_tag(conn)
    if not tag or not installed(conn):
        return
    path = _witness_path(tag)
    part = f"{os.fspath(path)}.part"
    with contextlib.suppress(OSError, sqlite3.Error):
        noted = {} if reset else read_witness(tag)
        now = heads(conn)
        for device, (dseq, _mac) in noted.items():
            if device not in now or int(now[device][0]) < int(dseq):
                now[device] = noted[device]
        data = json.dumps(now, sort_keys=True)
        fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(data)
        os.replace(part, path)


def key_tags(conn: sqlite3.Connection) -> set[bytes]:
    """The tags of every key that sealed a record of this file."""
    if not installed(conn):
        return set()
    tags = {bytes(r[0]) for r in conn.execute("SELECT DISTINCT key_tag FROM seal")}
    tags.update(bytes(r[0]) for r in conn.execute("SELECT DISTINCT key_tag FROM seal_head"))
    for _c, _m, _e, entry in archived_seals(conn):
        tags.add(bytes.fromhex(str(entry[2])))
    return tags
