"""One changed byte in a school file: what does the program do with it?

Each flip takes a fresh copy of the small school (mid-dismissal, a month of history) and XORs
one byte with a random non-zero value, at a random offset of one of four regions: anywhere in
the file, a page header (the b-tree header of a random page), the schema (page 1 and the other
pages of ``sqlite_schema``) or the 100-byte file header. Then the file goes through the
program's own door, as the command line takes it: ``open_store`` (quick_check at open), the
read-only ``check``, and two writes (a handover today, a sign-in the next service day).

Outcomes:
- ``refused_at_open``: ``open_store`` refused it with the program's own error;
- ``flagged_writes_refused``: ``check`` found the damage (or could not read the file) and
  every write was refused;
- ``flagged_write_accepted``: ``check`` found the damage, yet a write went into the file
  (a failure: records written into a file known to be damaged);
- ``harmless``: nothing the program reads changed, and ``check`` says OK;
- ``silent_change``: ``check`` says OK but the content differs from the original (a failure:
  a changed record nobody is told about);
- ``crash``: an exception that is neither one of the program's errors (``after_school_desk/errors.py``) nor a
  ``sqlite3.Error`` (which the CLI and the GUI turn into the program's ``StorageError``).

``python -m scripts.soak.flips TEMPLATE OFFSET XOR`` replays one flip and prints its outcome.
"""

from __future__ import annotations

import hashlib
import random
import shutil
import sqlite3
import sys
import time
import traceback
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from after_school_desk.errors import AppError
from after_school_desk.services.base.clock import CHINA_TZ, FixedClock
from after_school_desk.services.care import maintenance
from after_school_desk.services.daily import attendance
from after_school_desk.services.school import calendar
from after_school_desk.store.connection import Store, open_store
from scripts.soak.common import (
    START_DAY,
    Progress,
    ShardResult,
    context,
    copy_school,
    pc_settings,
)
from scripts.soak.workload import HANDOVER_AT, SIGN_IN_AT

DEVICE = "soak-flips"
REGIONS = (("anywhere", 0.35), ("page_header", 0.25), ("schema", 0.30), ("file_header", 0.10))
FAILING = ("flagged_write_accepted", "silent_change", "crash", "harness_error")
KEEP_FILES = 25  # failing files kept per shard for inspection


@dataclass
class Original:
    """What the unchanged file holds and where its structures are."""

    size: int
    page_size: int
    pages: int
    schema_pages: list[int]
    digest: dict[str, str]
    present: tuple[str, str]  # a pupil at school today and a listed adult (for the handover)
    tomorrow_pupil: str  # a pupil enrolled the next service day (for the sign-in)
    tomorrow: datetime


def survey(template: Path, folder: Path) -> Original:
    inspect = sqlite3.connect(f"file:{template}?mode=ro&immutable=1", uri=True)
    try:
        page_size = int(inspect.execute("PRAGMA page_size").fetchone()[0])
        pages = int(inspect.execute("PRAGMA page_count").fetchone()[0])
        try:
            schema_pages = [
                int(r[0])
                for r in inspect.execute("SELECT pageno FROM dbstat WHERE name='sqlite_schema'")
            ]
        except sqlite3.Error:  # SQLite built without the dbstat table: page 1 only
            schema_pages = [1]
    finally:
        inspect.close()
    pc_settings(template, folder / "settings")
    store = open_store(copy_school(template, folder / "survey.sqlite"))
    try:
        digest = file_digest(store.path)  # as the unchanged file reads once the program has it
        ctx = context(store, DEVICE)
        day = attendance.day_list(ctx, START_DAY)
        present = next(p for p in day if p["state"] == "present")
        adults = attendance.class_day(ctx, str(present["class_id"]), START_DAY)
        adult = next(p["adults"][0]["id"] for p in adults if p["id"] == present["id"])
        nxt = START_DAY + timedelta(days=1)
        while not calendar.day_info(ctx, nxt).service:
            nxt += timedelta(days=1)
        tomorrow_pupil = str(attendance.day_list(ctx, nxt)[0]["id"])
    finally:
        store.close()
    return Original(
        size=template.stat().st_size,
        page_size=page_size,
        pages=pages,
        schema_pages=schema_pages,
        digest=digest,
        present=(str(present["id"]), str(adult)),
        tomorrow_pupil=tomorrow_pupil,
        tomorrow=datetime.combine(nxt, SIGN_IN_AT, tzinfo=CHINA_TZ),
    )


def file_digest(path: Path) -> dict[str, str]:
    """``content_digest`` through a read-only connection of the harness's own."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return content_digest(conn)
    finally:
        conn.close()


def content_digest(conn: sqlite3.Connection) -> dict[str, str]:
    """A hash of every table's rows and of the schema, as SQLite reads them back (text as
    bytes, so a changed byte that is no longer UTF-8 is a change, not an error)."""
    conn.text_factory = bytes
    out: dict[str, str] = {}
    schema = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY name")
    out["sqlite_schema"] = _hash(schema.fetchall())
    tables = [
        bytes(r[0]).decode("utf-8", "replace")
        for r in conn.execute("SELECT name FROM sqlite_schema WHERE type='table' ORDER BY name")
    ]
    for table in tables:
        try:
            out[table] = _hash(conn.execute(f'SELECT * FROM "{table}"').fetchall())
        except (sqlite3.Error, UnicodeDecodeError) as exc:
            out[table] = f"unreadable: {type(exc).__name__}"
    return out


def _hash(rows: list[Any]) -> str:
    h = hashlib.blake2b(digest_size=16)
    for row in rows:
        h.update(repr(tuple(row)).encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def pick_offset(original: Original, rng: random.Random) -> tuple[str, int]:
    region = rng.choices([r for r, _ in REGIONS], [w for _, w in REGIONS])[0]
    ps = original.page_size
    if region == "page_header":
        page = rng.randint(1, original.pages)
        start = (page - 1) * ps + (100 if page == 1 else 0)
        return region, start + rng.randrange(12)
    if region == "schema":
        page = rng.choice(original.schema_pages)
        return region, (page - 1) * ps + rng.randrange(ps)
    if region == "file_header":
        return region, rng.randrange(100)
    return region, rng.randrange(original.size)


def flip(path: Path, offset: int, xor: int) -> None:
    with open(path, "r+b") as fh:
        fh.seek(offset)
        old = fh.read(1)[0]
        fh.seek(offset)
        fh.write(bytes([old ^ xor]))


def _crash_note(stage: str, exc: BaseException) -> str:
    where = traceback.extract_tb(exc.__traceback__)[-1]
    return f"{stage}: {type(exc).__name__}: {exc} ({Path(where.filename).name}:{where.lineno})"


def _signature(note: str) -> str:
    """``open: UnicodeDecodeError: … (connection.py:189)`` → ``UnicodeDecodeError (connection.py:189)``."""
    kind = note.split(": ", 2)[1] if note.count(": ") >= 2 else note
    where = note[note.rfind("(") :] if note.endswith(")") else ""
    return f"{kind} {where}".strip()


def classify(path: Path, original: Original) -> tuple[str, str, list[str]]:
    """(outcome, note, changed tables) for a flipped file, through the program's door."""
    try:
        store = open_store(path)
    except AppError as exc:
        return "refused_at_open", type(exc).__name__, []
    except Exception as exc:
        return "crash", _crash_note("open", exc), []
    try:
        return _after_open(store, original)
    finally:
        store.close()


def _after_open(store: Store, original: Original) -> tuple[str, str, list[str]]:
    clock = FixedClock(datetime.combine(START_DAY, HANDOVER_AT, tzinfo=CHINA_TZ))
    ctx = context(store, DEVICE, clock)
    flagged, note = False, ""
    try:
        report = maintenance.check(ctx)
        flagged = not report.ok
        note = "; ".join(report.lines()[1:3]) if flagged else ""
    except (AppError, sqlite3.Error) as exc:
        flagged, note = True, f"check could not read the file: {type(exc).__name__}"
    except Exception as exc:
        return "crash", _crash_note("check", exc), []
    try:
        digest = file_digest(store.path)
        changed = sorted(t for t in original.digest if digest.get(t) != original.digest[t])
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        changed = [f"(unreadable: {type(exc).__name__})"]
    accepted = 0
    pupil, adult = original.present
    writes = (
        (None, lambda: attendance.sign_out(ctx, pupil, adult_id=adult)),
        (original.tomorrow, lambda: attendance.sign_in(ctx, original.tomorrow_pupil)),
    )
    for moment, write in writes:
        if moment is not None:
            clock.set(moment)
        try:
            write()
            accepted += 1
        except (AppError, sqlite3.Error):
            pass
        except Exception as exc:
            return "crash", _crash_note("write", exc), changed
    if flagged:
        outcome = "flagged_write_accepted" if accepted else "flagged_writes_refused"
        return outcome, note, changed
    if changed:
        return "silent_change", f"writes accepted: {accepted}/2", changed
    return "harmless", "" if accepted == 2 else "a write was refused", changed


def run_shard(template: Path, folder: Path, flips: int, seed: int) -> ShardResult:
    result = ShardResult("flips")
    started = time.monotonic()
    rng = random.Random(seed)
    original = survey(template, folder)
    kept = 0
    progress = Progress(folder.name, flips)
    for k in range(flips):
        progress.tick(k)
        region, offset = pick_offset(original, rng)
        xor = rng.randint(1, 255)
        path = copy_school(template, folder / "flip.sqlite")
        pc_settings(template, folder / "settings")
        flip(path, offset, xor)
        t0 = time.monotonic()
        try:
            outcome, note, changed = classify(path, original)
        except Exception as exc:  # the harness itself: say so, never count it as the program's
            outcome, note, changed = "harness_error", _crash_note("harness", exc), []
        result.peak("seconds_per_flip", round(time.monotonic() - t0, 3))
        result.add("flips")
        result.add("harness_errors" if outcome == "harness_error" else outcome)
        result.add(f"{region}:{outcome}")
        if outcome == "silent_change":
            for table in changed:
                result.add(f"silent_change_in:{table}")
        if outcome == "refused_at_open":
            result.add(f"refused_at_open:{note}")
        if outcome == "crash":
            result.add(f"crash_at:{note.split(': ', 2)[0]}: {_signature(note)}")
        if outcome in FAILING:
            page = offset // original.page_size + 1
            result.fail(
                f"offset {offset} (page {page}, {region}) xor {xor:#04x}: {note}"
                + (f"; changed: {', '.join(changed[:5])}" if changed else ""),
                outcome,
            )
            if kept < KEEP_FILES:
                kept += 1
                shutil.copyfile(path, folder / f"{outcome}-{offset}-{xor:02x}.sqlite")
    result.seconds = time.monotonic() - started
    return result


def main(argv: list[str]) -> int:
    template, offset, xor = Path(argv[0]), int(argv[1]), int(argv[2], 0)
    folder = template.parent / "replay"
    original = survey(template, folder)
    path = copy_school(template, folder / "flip.sqlite")
    pc_settings(template, folder / "settings")
    flip(path, offset, xor)
    print(*classify(path, original), sep="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
