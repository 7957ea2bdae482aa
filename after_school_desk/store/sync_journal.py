"""A PC's journals: what it wrote since its last one, out of the file; another PC's, into it.

A journal holds, for one PC and a range of its seal numbers, the current content of every
shared record it wrote in that range (or that it deleted one), its seals, the numbers of the
seals it keeps for itself, and its seal head. Applying one takes each record by its table's
rule (after_school_desk/store/sync_tables.py): the register only from the hub, facts as a union, merged
records field by field (after_school_desk/domain/sync_merge.py) — all in one transaction with the
bookkeeping of which journal of that PC was applied (``sync_peer``), so a journal is applied
exactly once and in its author's order. docs/several-pcs.md.
"""

from __future__ import annotations

import base64
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from after_school_desk.domain import sync_merge
from after_school_desk.store import seals, sync_tables
from after_school_desk.store.rows import Row
from after_school_desk.store.sync_tables import FACTS, MERGED, REGISTER, SHARED


def _encode(value: Any) -> Any:
    if isinstance(value, bytes | bytearray | memoryview):
        return {"$b": base64.b64encode(bytes(value)).decode("ascii")}
    return value


def _decode(value: Any) -> Any:
    if isinstance(value, dict) and "$b" in value:
        return base64.b64decode(value["$b"])
    return value


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    skip = sync_tables.LOCAL_COLUMNS.get(table, ())
    return [str(r[1]) for r in conn.execute(f"PRAGMA table_info({table})") if r[1] not in skip]


def _read_row(
    conn: sqlite3.Connection, table: str, key: str, cols: list[str] | None = None
) -> dict[str, Any] | None:
    cols = cols or _columns(conn, table)
    sql = f"SELECT {', '.join(cols)} FROM {table} WHERE CAST({sync_tables.key_column(table)} AS TEXT) = ?"
    found = conn.execute(sql, [key]).fetchone()
    return None if found is None else {c: found[i] for i, c in enumerate(cols)}


# --- out ---------------------------------------------------------------------------------


def own_state(conn: sqlite3.Connection, device: str) -> tuple[int, int]:
    """(last journal written, last seal number it covered) of this PC."""
    found = conn.execute(
        "SELECT journal_seq, dseq FROM sync_peer WHERE device_id = ?", [device]
    ).fetchone()
    return (int(found[0]), int(found[1])) if found else (0, 0)


def own_clock(conn: sqlite3.Connection, device: str) -> str | None:
    found = conn.execute("SELECT clock FROM sync_peer WHERE device_id = ?", [device]).fetchone()
    return None if found is None or found[0] is None else str(found[0])


def head_of(conn: sqlite3.Connection, device: str) -> int:
    found = conn.execute("SELECT last_dseq FROM seal_head WHERE device_id = ?", [device]).fetchone()
    return int(found[0]) if found else 0


def collect(conn: sqlite3.Connection, device: str, after: int) -> dict[str, Any]:
    """This PC's writes with seal numbers above ``after``: the journal's body. Call inside a
    read transaction so the records and their seals agree.

    What it sends: ``sent_tables``."""
    shared = sent_tables(conn, device)
    seal_rows = conn.execute(
        "SELECT entity, row_key, device_id, dseq, gone, key_tag, mac FROM seal"
        " WHERE device_id = ? AND dseq > ? ORDER BY dseq",
        [device, after],
    ).fetchall()
    first_seen: dict[tuple[str, str], int] = {}
    kept_seals: list[list[Any]] = []
    elsewhere: list[int] = []
    for entity, row_key, _dev, dseq, _gone, _tag, _mac in seal_rows:
        if entity in shared:
            first_seen.setdefault((entity, row_key), int(dseq))
    records: list[dict[str, Any]] = []
    missing: set[tuple[str, str]] = set()
    columns: dict[str, list[str]] = {}
    for (entity, row_key), _ in sorted(first_seen.items(), key=lambda kv: kv[1]):
        if entity not in columns:
            columns[entity] = _columns(conn, entity)
        row = _read_row(conn, entity, row_key, columns[entity])
        if row is None and entity in FACTS:
            missing.add((entity, row_key))  # an event packed into this PC's own archive
            continue
        records.append(
            {
                "t": entity,
                "k": row_key,
                "row": None if row is None else {c: _encode(v) for c, v in row.items()},
            }
        )
    for entity, row_key, dev, dseq, gone, tag, mac in seal_rows:
        if entity in shared and (entity, row_key) not in missing:
            kept_seals.append(
                [entity, row_key, dev, int(dseq), int(gone), bytes(tag).hex(), bytes(mac).hex()]
            )
        else:
            elsewhere.append(int(dseq))
    head = conn.execute(
        "SELECT device_id, last_dseq, key_tag, mac FROM seal_head WHERE device_id = ?", [device]
    ).fetchone()
    return {
        "records": records,
        "seals": kept_seals,
        "elsewhere": elsewhere,
        "head": None
        if head is None
        else [head[0], int(head[1]), bytes(head[2]).hex(), bytes(head[3]).hex()],
    }


def sent_tables(conn: sqlite3.Connection, device: str) -> tuple[str, ...]:
    """The tables whose records this PC's journals carry. A PC that knows another PC is the
    hub sends none of the register (the only register seals it makes are an account's
    re-sealing after a wrong PIN, whose count is this PC's), except the hub's own record: the
    PC that handed the role on tells the others."""
    hub = hub_device(conn)
    return SHARED if hub in (None, device) else (*FACTS, *MERGED, "school_hub")


def unsent(conn: sqlite3.Connection, device: str, after: int) -> int:
    """This PC's shared records written since its last journal (what its next one carries)."""
    shared = sent_tables(conn, device)
    marks = ", ".join("?" for _ in shared)
    found = conn.execute(
        "SELECT count(DISTINCT entity || '/' || row_key) FROM seal"
        f" WHERE device_id = ? AND dseq > ? AND entity IN ({marks})",
        [device, after, *shared],
    ).fetchone()
    return int(found[0])


def note_written(
    conn: sqlite3.Connection, device: str, name: str, seq: int, dseq: int, clock: str
) -> None:
    conn.execute(
        "INSERT INTO sync_peer (device_id, name, journal_seq, dseq, clock) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (device_id) DO UPDATE SET name = excluded.name,"
        " journal_seq = excluded.journal_seq, dseq = excluded.dseq, clock = excluded.clock",
        [device, name, seq, dseq, clock],
    )


# --- in ----------------------------------------------------------------------------------


@dataclass
class Applied:
    records: int = 0
    refused: list[tuple[str, str]] = field(default_factory=list)
    resealed: list[tuple[str, str]] = field(default_factory=list)


def hub_device(conn: sqlite3.Connection) -> str | None:
    found = conn.execute("SELECT device_id FROM school_hub WHERE id = 1").fetchone()
    return str(found[0]) if found else None


def hub_name(conn: sqlite3.Connection) -> str:
    found = conn.execute("SELECT name, device_id FROM school_hub WHERE id = 1").fetchone()
    return str(found[0] or str(found[1])[:8]) if found else ""


def applied_seq(conn: sqlite3.Connection, device: str) -> int:
    found = conn.execute(
        "SELECT journal_seq FROM sync_peer WHERE device_id = ?", [device]
    ).fetchone()
    return int(found[0]) if found else 0


def apply(
    conn: sqlite3.Connection,
    ring: seals.SealRing,
    header: Mapping[str, Any],
    body: Mapping[str, Any],
    now: str,
) -> Applied:
    """Apply one journal of another PC. Call inside a write transaction; foreign keys are
    checked at its commit (a journal needing records not yet here fails there and waits)."""
    author = str(header["device"])
    seq = int(header["seq"])
    conn.execute("PRAGMA defer_foreign_keys = ON")
    result = Applied()
    not_taken: set[tuple[str, str]] = set()
    ring.importing = True
    try:
        for rec in body["records"]:
            table, key = str(rec["t"]), str(rec["k"])
            if table not in SHARED:
                continue
            reason = _refusal(conn, table, author, rec.get("row"))
            if reason:
                not_taken.add((table, key))
                result.refused.append((table, key))
                conn.execute(
                    "INSERT OR IGNORE INTO sync_refused"
                    " (device_id, journal_seq, entity, row_key, reason, at)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    [author, seq, table, key, reason, now],
                )
                continue
            row = rec.get("row")
            incoming = None if row is None else {c: _decode(v) for c, v in row.items()}
            strip = sync_merge.NOT_FROM_OTHER_PCS.get(table)
            if incoming is not None and strip is not None and author != hub_device(conn):
                incoming = strip(incoming)  # the hub's part of it comes from the hub
            if _take(conn, table, key, incoming):
                result.resealed.append((table, key))
            result.records += 1
        _store_seals(conn, author, body, not_taken)
    finally:
        ring.importing = False
    _reseal_merged(conn, result)
    conn.execute(
        "INSERT INTO sync_peer (device_id, name, journal_seq, dseq, clock, applied_at)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (device_id) DO UPDATE SET name = excluded.name,"
        " journal_seq = excluded.journal_seq, dseq = excluded.dseq, clock = excluded.clock,"
        " applied_at = excluded.applied_at",
        [
            author,
            str(header.get("name") or ""),
            seq,
            int(header["dseq_to"]),
            str(header["clock"]),
            now,
        ],
    )
    return result


def _refusal(conn: sqlite3.Connection, table: str, author: str, row: Any) -> str:
    if table not in REGISTER:
        return ""
    hub = hub_device(conn)
    if hub == author:
        return ""
    if (
        hub is None
        and table == "school_hub"
        and isinstance(row, dict)
        and row.get("device_id") == author
    ):
        return ""  # the first hub names itself
    return "不是学校主机写的学校基础信息，未采用"


def _take(conn: sqlite3.Connection, table: str, key: str, incoming: dict[str, Any] | None) -> bool:
    """Take one record by its table's rule; True when a merged record differs from the
    author's version (it is sealed afresh on this PC after the journal, and so sent on)."""
    key_col = sync_tables.key_column(table)
    if incoming is None:
        if table in FACTS:
            return False  # an event the author packed into its own archive stays here
        conn.execute(f"DELETE FROM {table} WHERE CAST({key_col} AS TEXT) = ?", [key])
        return False
    cols = list(incoming)
    values = [incoming[c] for c in cols]
    marks = ", ".join("?" for _ in cols)
    if table in FACTS:
        conn.execute(
            f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({marks})"
            f" ON CONFLICT ({key_col}) DO NOTHING",
            values,
        )
        return False
    if table in MERGED:
        local = _read_row(conn, table, key)
        if local is not None:
            merged = sync_merge.merge(table, local, incoming)
            if merged != local:
                sets = ", ".join(f"{c} = ?" for c in cols)
                conn.execute(
                    f"UPDATE {table} SET {sets} WHERE CAST({key_col} AS TEXT) = ?",
                    [merged.get(c) for c in cols] + [key],
                )
            # the author's version lost somewhere: this PC's next journal carries the merged one
            # back (else a PC whose own later write moved a set-once field would never learn)
            return merged != incoming
    updates = ", ".join(f"{c} = excluded.{c}" for c in cols if c != key_col)
    conn.execute(
        f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({marks})"
        f" ON CONFLICT ({key_col}) DO UPDATE SET {updates}",
        values,
    )
    return False


def _store_seals(
    conn: sqlite3.Connection, author: str, body: Mapping[str, Any], not_taken: set[tuple[str, str]]
) -> None:
    numbers_only = [[author, int(d)] for d in body.get("elsewhere", [])]
    keep: list[list[Any]] = []
    for entity, row_key, dev, dseq, gone, tag, mac in body["seals"]:
        if (entity, row_key) in not_taken:
            numbers_only.append([dev, int(dseq)])
        else:
            keep.append(
                [dev, int(dseq), entity, row_key, int(gone), bytes.fromhex(tag), bytes.fromhex(mac)]
            )
    conn.executemany(
        "INSERT OR IGNORE INTO seal (device_id, dseq, entity, row_key, gone, key_tag, mac)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        keep,
    )
    conn.executemany(
        "INSERT OR IGNORE INTO seal_elsewhere (device_id, dseq) VALUES (?, ?)", numbers_only
    )
    head = body.get("head")
    if head:
        conn.execute(
            "INSERT INTO seal_head (device_id, last_dseq, key_tag, mac) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (device_id) DO UPDATE SET last_dseq = excluded.last_dseq,"
            " key_tag = excluded.key_tag, mac = excluded.mac"
            " WHERE excluded.last_dseq > seal_head.last_dseq",
            [head[0], int(head[1]), bytes.fromhex(head[2]), bytes.fromhex(head[3])],
        )


def _reseal_merged(conn: sqlite3.Connection, result: Applied) -> None:
    """A merged record that is not the author's version gets this PC's seal (an update to
    itself with the seals on): the check finds it matching a seal, and this PC's next journal
    carries it to the others."""
    for table, key in result.resealed:
        col = sync_tables.key_column(table)
        conn.execute(f"UPDATE {table} SET {col} = {col} WHERE CAST({col} AS TEXT) = ?", [key])


def ways_out_from_two_pcs(conn: sqlite3.Connection, day: str) -> list[Row]:
    """Pupils of ``day`` let out on two PCs (each PC recorded a handover or a self-leave the
    other had not seen): the first one counts everywhere; the teachers should know."""
    return [
        {"pupil_id": r[0], "name": r[1], "devices": int(r[2]), "times": str(r[3])}
        for r in conn.execute(
            "SELECT e.pupil_id, p.name, count(DISTINCT e.device_id), group_concat(e.at, ' / ')"
            " FROM attendance_event e JOIN pupil p ON p.id = e.pupil_id"
            " WHERE e.day = ? AND e.kind IN ('handed_over', 'self_leave', 'extended_handover')"
            " AND e.id NOT IN (SELECT supersedes FROM attendance_event"
            "   WHERE day = ? AND kind = 'correction')"
            " GROUP BY e.pupil_id HAVING count(DISTINCT e.device_id) > 1",
            [day, day],
        )
    ]


def refused(conn: sqlite3.Connection) -> list[Row]:
    return [
        dict(zip(("device_id", "journal_seq", "entity", "row_key", "reason", "at"), r, strict=True))
        for r in conn.execute(
            "SELECT device_id, journal_seq, entity, row_key, reason, at FROM sync_refused"
            " ORDER BY at DESC, device_id, journal_seq"
        )
    ]


def peers(conn: sqlite3.Connection) -> list[Row]:
    cols = ("device_id", "name", "journal_seq", "dseq", "clock", "applied_at", "retired")
    return [
        dict(zip(cols, r, strict=True))
        for r in conn.execute(f"SELECT {', '.join(cols)} FROM sync_peer ORDER BY name, device_id")
    ]


def set_retired(conn: sqlite3.Connection, device: str, retired: bool) -> bool:
    done = conn.execute(
        "UPDATE sync_peer SET retired = ? WHERE device_id = ?", [int(retired), device]
    )
    return done.rowcount > 0


def setting(conn: sqlite3.Connection, key: str) -> str | None:
    found = conn.execute("SELECT value FROM sync_setting WHERE key = ?", [key]).fetchone()
    return None if found is None else str(found[0])


def set_setting(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO sync_setting (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )


def set_hub(conn: sqlite3.Connection, device: str, name: str, since: str) -> None:
    conn.execute(
        "INSERT INTO school_hub (id, device_id, name, since) VALUES (1, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET device_id = excluded.device_id,"
        " name = excluded.name, since = excluded.since",
        [device, name, since],
    )


def forget_local(conn: sqlite3.Connection, device: str) -> None:
    """A joined copy: this PC starts with no tokens of the hub's and no settings of its own."""
    conn.execute("DELETE FROM cli_token")
    conn.execute("DELETE FROM sync_setting")
    conn.execute("DELETE FROM sync_refused")
    conn.execute("DELETE FROM sync_peer WHERE device_id = ?", [device])


def class_recorders(conn: sqlite3.Connection, since: str) -> list[Row]:
    """Which PC records each class (the PC that wrote most of its events since ``since``)."""
    rows = conn.execute(
        "SELECT class_id, device_id, count(*) AS n FROM attendance_event"
        " WHERE day >= ? GROUP BY class_id, device_id ORDER BY class_id, n DESC, device_id",
        [since],
    ).fetchall()
    seen: set[str] = set()
    out: list[Row] = []
    for class_id, device, n in rows:
        if class_id not in seen:
            seen.add(class_id)
            out.append({"class_id": class_id, "device_id": device, "events": int(n)})
    return out
