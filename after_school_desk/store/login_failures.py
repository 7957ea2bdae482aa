"""Wrong PINs that cannot be counted in the file itself (it is open read-only: beside the
running program, or after failing its checks) are counted in a side file, ``<file>.pin-failures``.

One line per event, appended (``O_APPEND``: two programs appending at once never mix their
lines): ``<login>\\t<fail|ok>\\t<ISO time>``. The failures of a log-in name since its last
success that fall in the window lock read-only log-ins of that account (``users.log_in``). A
file that cannot be written (a read-only folder) counts nothing; the delay per wrong PIN still
applies. The file holds log-in names and times only, and is this PC account's only (0600).
"""

from __future__ import annotations

import contextlib
import os
from datetime import datetime, timedelta
from pathlib import Path

SUFFIX = ".pin-failures"
PRUNE_BYTES = 64 * 1024  # rewritten with the recent lines only once it grows past this


def side_file(db_path: Path) -> Path:
    return Path(str(db_path) + SUFFIX)


def recent_failures(db_path: Path, login: str, now: datetime, window: timedelta) -> list[datetime]:
    """The failures of ``login`` since its last success and within ``window`` before ``now``."""
    found: list[datetime] = []
    for name, kind, when in _events(side_file(db_path)):
        if name != login:
            continue
        if kind == "ok":
            found = []
        elif kind == "fail" and _within(now, when, window):
            found.append(when)
    return found


def note(db_path: Path, login: str, ok: bool, now: datetime) -> None:
    """Append one event (a wrong PIN, or a success that ends the count)."""
    path = side_file(db_path)
    line = f"{login}\t{'ok' if ok else 'fail'}\t{now.isoformat(timespec='seconds')}\n"
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            os.write(fd, line.encode("utf-8"))
        finally:
            os.close(fd)


def prune(db_path: Path, now: datetime, window: timedelta) -> None:
    """Drop events older than ``window`` once the file has grown large."""
    path = side_file(db_path)
    with contextlib.suppress(OSError):
        if path.stat().st_size < PRUNE_BYTES:
            return
        keep = [e for e in _events(path) if _within(now, e[2], window)]
        part = Path(str(path) + ".part")
        fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.writelines(f"{n}\t{k}\t{w.isoformat(timespec='seconds')}\n" for n, k, w in keep)
        os.replace(part, path)


def _within(now: datetime, when: datetime, window: timedelta) -> bool:
    try:
        return now - when < window
    except TypeError:  # one with a time zone, one without: a line from another clock
        return False


def _events(path: Path) -> list[tuple[str, str, datetime]]:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    events = []
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) != 3:
            continue
        try:
            when = datetime.fromisoformat(parts[2])
        except ValueError:
            continue
        events.append((parts[0], parts[1], when))
    return events
