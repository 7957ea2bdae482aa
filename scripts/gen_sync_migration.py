"""Write db/0010_sync.sql: the seal triggers of the tables migration 0008 left unsealed, and
the guard that keeps the register's tables to the school's hub PC (docs/several-pcs.md); and
db/0012_profiles.sql, the school's policy profiles as register tables, sealed and guarded alike.

A developer's tool, run once when each migration was written; the SQL it wrote is the
migration (released migrations are never edited; tests/unit/test_migration_0012.py holds the
generator and both files to the same text). ``python -m scripts.gen_sync_migration``."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from after_school_desk.store import migrate, seals
from after_school_desk.store.sync_tables import (
    HUB_FIELDS,
    KEY_COLUMN,
    NEWLY_SEALED,
    REGISTER,
    SEALED_0012,
)

# The released migrations name the package by its name of then (app/): their text is kept.
HEAD = """\
-- Several PCs, one school (docs/several-pcs.md, app/services/sync.py).
--
-- 1. Every shared table is sealed now (migration 0008 left the calendar, the timetable, the
--    duty roster, self-leave permissions, the outbox, consents and departures unsealed): the
--    seals are each PC's numbered record of what it wrote, and so what its journals carry.
-- 2. Seals are not made while another PC's journal is applied (``desk_importing()``): that
--    PC's own seals arrive with its records.
-- 3. The school's register (school, calendar, classes, staff, accounts, pupils, money, the
--    duty roster, month closes) is written only on the school's hub PC once one is named
--    (``school_hub``); on another PC such a write is refused with 'desk:hub_only'.
-- 4. Bookkeeping local to each PC: which journals it applied and which records it refused.
"""

TABLES = """
-- The school's hub PC (学校主机): the only writer of the register. No row: one PC alone.
CREATE TABLE school_hub (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  device_id TEXT NOT NULL,
  name TEXT NOT NULL DEFAULT '',
  since TEXT NOT NULL
) STRICT;

-- The PCs of the school as this PC knows them: its own journals written (its own row) and
-- each other PC's journals applied, in that PC's order, exactly once.
CREATE TABLE sync_peer (
  device_id TEXT PRIMARY KEY,
  name TEXT NOT NULL DEFAULT '',
  journal_seq INTEGER NOT NULL DEFAULT 0,  -- the last journal written (own) or applied
  dseq INTEGER NOT NULL DEFAULT 0,         -- the last seal number it covered
  clock TEXT,                              -- that PC's clock when it wrote that journal
  applied_at TEXT,                         -- this PC's clock when it applied it
  retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1))
) STRICT;

-- Records another PC sent that this PC did not take (a register change from a PC that is
-- not the hub), listed on the sync page.
CREATE TABLE sync_refused (
  device_id TEXT NOT NULL,
  journal_seq INTEGER NOT NULL,
  entity TEXT NOT NULL,
  row_key TEXT NOT NULL,
  reason TEXT NOT NULL,
  at TEXT NOT NULL,
  PRIMARY KEY (device_id, journal_seq, entity, row_key)
) STRICT, WITHOUT ROWID;

-- Seal numbers another PC used for records this PC does not keep (its audit trail, its
-- script tokens, events it packed into its own archives): they count for the numbering.
CREATE TABLE seal_elsewhere (
  device_id TEXT NOT NULL,
  dseq INTEGER NOT NULL,
  PRIMARY KEY (device_id, dseq)
) STRICT, WITHOUT ROWID;

-- Settings of this PC only (the sync folder).
CREATE TABLE sync_setting (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

-- Payments are taken on any PC (class teachers collect fees against a receipt): a receipt
-- number is checked as unused on the PC that takes it, and one used on two PCs before they met
-- is listed by check to be looked at, instead of stopping that PC's journal at a unique index.
CREATE TABLE payment_v10 (
  id TEXT PRIMARY KEY,
  pupil_id TEXT NOT NULL REFERENCES pupil(id),
  amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
  paid_on TEXT NOT NULL CHECK (date(paid_on) = paid_on),
  method TEXT NOT NULL CHECK (method IN ('cash', 'wechat', 'alipay', 'bank', 'other')),
  receipt_no TEXT,
  note TEXT NOT NULL DEFAULT '',
  recorded_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  device_id TEXT NOT NULL
) STRICT;
INSERT INTO payment_v10 (id, pupil_id, amount_fen, paid_on, method, receipt_no, note,
  recorded_by, created_at, device_id)
SELECT id, pupil_id, amount_fen, paid_on, method, receipt_no, note, recorded_by, created_at,
  device_id FROM payment;
DROP TABLE payment;
ALTER TABLE payment_v10 RENAME TO payment;
CREATE INDEX payment_pupil ON payment(pupil_id);
CREATE INDEX payment_day ON payment(paid_on);
CREATE INDEX payment_receipt ON payment(receipt_no);
-- (the payments keep their seals: the same content, the same ids; the triggers come back)
CREATE TRIGGER seal_payment_insert AFTER INSERT ON payment BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('payment', NEW.id,
    json_array(NEW.id, NEW.pupil_id, NEW.amount_fen, NEW.paid_on, NEW.method, NEW.receipt_no,
      NEW.note, NEW.recorded_by, NEW.created_at, NEW.device_id));
END;
CREATE TRIGGER seal_payment_update AFTER UPDATE ON payment BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('payment', NEW.id,
    json_array(NEW.id, NEW.pupil_id, NEW.amount_fen, NEW.paid_on, NEW.method, NEW.receipt_no,
      NEW.note, NEW.recorded_by, NEW.created_at, NEW.device_id));
END;
CREATE TRIGGER seal_payment_delete AFTER DELETE ON payment BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('payment', OLD.id, NULL);
END;

-- Seals are made only for this PC's own writes (not while another PC's journal is applied).
DROP TRIGGER seal_request_insert;
CREATE TRIGGER seal_request_insert INSTEAD OF INSERT ON seal_request
WHEN desk_importing() = 0
BEGIN
  INSERT INTO seal_head (device_id, last_dseq, key_tag, mac)
    VALUES (desk_device(), 1, desk_key_tag(), desk_head_mac(desk_device(), 1))
    ON CONFLICT (device_id) DO UPDATE SET last_dseq = last_dseq + 1, key_tag = desk_key_tag(),
      mac = desk_head_mac(device_id, last_dseq + 1);
  INSERT INTO seal (device_id, dseq, entity, row_key, gone, key_tag, mac)
    SELECT device_id, last_dseq, NEW.entity, NEW.row_key, NEW.payload IS NULL, desk_key_tag(),
      desk_seal(device_id, last_dseq, NEW.entity, NEW.row_key, NEW.payload)
    FROM seal_head WHERE device_id = desk_device();
END;
"""


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [name for name, _kind in seals.sealed_columns(conn, table)]


def _payload(conn: sqlite3.Connection, table: str, alias: str) -> str:
    parts = []
    for name, kind in seals.sealed_columns(conn, table):
        ref = f"{alias}{name}"
        parts.append(f"hex({ref})" if kind == "BLOB" else ref)
    return "json_array(" + ", ".join(parts) + ")"


def _seal_triggers(conn: sqlite3.Connection, table: str) -> str:
    key = KEY_COLUMN.get(table, "id")
    new_key = f"CAST(NEW.{key} AS TEXT)" if key != "id" else "NEW.id"
    old_key = f"CAST(OLD.{key} AS TEXT)" if key != "id" else "OLD.id"
    out = []
    for op in ("INSERT", "UPDATE"):
        out.append(
            f"CREATE TRIGGER seal_{table}_{op.lower()} AFTER {op} ON {table} BEGIN\n"
            f"  INSERT INTO seal_request (entity, row_key, payload) VALUES ('{table}', {new_key},\n"
            f"    {_payload(conn, table, 'NEW.')});\nEND;\n"
        )
    out.append(
        f"CREATE TRIGGER seal_{table}_delete AFTER DELETE ON {table} BEGIN\n"
        f"  INSERT INTO seal_request (entity, row_key, payload) VALUES ('{table}', {old_key}, NULL);\n"
        "END;\n"
    )
    row_key = f"CAST({key} AS TEXT)" if key != "id" else "id"
    out.append(
        f"INSERT INTO seal_request (entity, row_key, payload)\n"
        f"SELECT '{table}', {row_key}, {_payload(conn, table, '')} FROM {table};\n"
    )
    return "\n".join(out)


def _guard(conn: sqlite3.Connection, table: str) -> str:
    when = "desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())"
    out = []
    for op in ("INSERT", "UPDATE", "DELETE"):
        extra = ""
        if op == "UPDATE" and table in seals.NOT_SEALED:
            changed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in _columns(conn, table))
            extra = f" AND ({changed})"
        out.append(
            f"CREATE TRIGGER hub_only_{table}_{op.lower()} BEFORE {op} ON {table}\n"
            f"WHEN {when}{extra}\n"
            "BEGIN\n  SELECT RAISE(ABORT, 'desk:hub_only');\nEND;\n"
        )
    return "\n".join(out)


def _field_guard(table: str, fields: tuple[str, ...]) -> str:
    """Fields of a shared record that only the hub may set (an enrolment's decision)."""
    when = "desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())"
    set_on_insert = " OR ".join(f"NEW.{f} IS NOT NULL AND NEW.{f} != ''" for f in fields)
    changed = " OR ".join(f"NEW.{f} IS NOT OLD.{f}" for f in fields)
    return (
        f"CREATE TRIGGER hub_only_{table}_decision_insert BEFORE INSERT ON {table}\n"
        f"WHEN {when} AND ({set_on_insert})\n"
        "BEGIN\n  SELECT RAISE(ABORT, 'desk:hub_only');\nEND;\n\n"
        f"CREATE TRIGGER hub_only_{table}_decision_update BEFORE UPDATE ON {table}\n"
        f"WHEN {when} AND ({changed})\n"
        "BEGIN\n  SELECT RAISE(ABORT, 'desk:hub_only');\nEND;\n"
    )


def _schema_before(number: str, *extra: str) -> sqlite3.Connection:
    """An in-memory file with every migration before ``number`` applied, then ``extra``."""
    conn = sqlite3.connect(":memory:")
    ring = seals.SealRing("generator")
    seals.register(conn, ring)
    for path in migrate.migration_files():
        if path.name[:4] >= number:
            continue
        for statement in migrate.split_statements(path.read_text(encoding="utf-8")):
            conn.execute(statement)
    for sql in extra:
        for statement in migrate.split_statements(sql):
            conn.execute(statement)
    return conn


def sql_0010() -> str:
    conn = _schema_before("0010", TABLES)
    parts = [HEAD, TABLES]
    parts.append("-- 1. The newly sealed tables (and what they hold now).\n")
    for table in NEWLY_SEALED:
        parts.append(_seal_triggers(conn, table))
    parts.append("-- 3. The register is the hub's.\n")
    for table in REGISTER:
        if table not in SEALED_0012:  # (the register as it was at 0010)
            parts.append(_guard(conn, table))
    for table, fields in HUB_FIELDS.items():
        parts.append(_field_guard(table, fields))
    return "\n".join(parts)


HEAD_0012 = """\
-- The school's policy profiles in its own file (docs/fee-caps.md, "Where the profiles live").
--
-- 1. policy_profile: the school's own profiles (a copy of a built-in one, adjusted to the
--    county's text), their whole TOML text, the profile each was copied from. Built-in
--    profiles stay in resources/profiles; a copy travels with the file, its backups and its
--    journals, so every Windows account and every PC of the school reads the same rules.
-- 2. school_profile_in_force: which profile the school follows from which day (a new county
--    notice from a date); the row in force on a day is app/domain/in_force.py's. Before the
--    first row, the profile chosen at set-up (school.profile_id) holds.
-- 3. Both are the register: sealed, and written only on the school's hub PC once one is named.
"""

TABLES_0012 = """
CREATE TABLE policy_profile (
  id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 2 AND 40 AND id GLOB '[a-z0-9]*'
    AND id NOT GLOB '*[^a-z0-9-]*'),
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  toml TEXT NOT NULL CHECK (length(toml) > 0),
  copied_from TEXT NOT NULL DEFAULT '',
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  device_id TEXT NOT NULL
) STRICT;

CREATE TABLE school_profile_in_force (
  id TEXT PRIMARY KEY,
  profile_id TEXT NOT NULL CHECK (length(profile_id) BETWEEN 2 AND 40
    AND profile_id NOT GLOB '*[^a-z0-9-]*'),  -- built in (resources/) or a policy_profile
  effective_from TEXT NOT NULL CHECK (date(effective_from) = effective_from),
  recorded_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  device_id TEXT NOT NULL
) STRICT;
CREATE INDEX school_profile_in_force_day ON school_profile_in_force(effective_from);
"""


def sql_0012() -> str:
    conn = _schema_before("0012", TABLES_0012)
    parts = [HEAD_0012, TABLES_0012]
    parts.append("-- The school's profiles are sealed (docs/tamper-evidence.md).\n")
    for table in SEALED_0012:
        parts.append(_seal_triggers(conn, table))
    parts.append("-- They are the register: the hub's (docs/several-pcs.md).\n")
    for table in SEALED_0012:
        parts.append(_guard(conn, table))
    return "\n".join(parts)


def main() -> int:
    for name, text in (("0010_sync.sql", sql_0010()), ("0012_profiles.sql", sql_0012())):
        out = Path(migrate.DB_DIR) / name
        out.write_text(text, encoding="utf-8")
        print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
