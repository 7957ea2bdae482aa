"""None, True and False kept alive whatever the Qt binding does with their reference counts.

PySide6 6.12.0 returns ``None`` (and ``True``/``False``) from some of its calls without taking
the reference it hands back (a list item's ``setData``, ``QListWidget.addItem``, a model
reset): each such call lowers the count by one, and when it reaches zero Python aborts with
"deallocating None". The duty board of a large school makes thousands of such calls at each
refresh, so the program died after a while. Python 3.12 makes these three objects immortal by
itself; on 3.11 their counts are raised far out of reach here, once, before Qt starts: they
are never freed in any case, only the counter moves."""

from __future__ import annotations

import ctypes
import sys

RESERVE = 1 << 40  # a binding losing a million references a second would need 12 days

_done = False


def keep_singletons_alive() -> None:
    """Raise the reference counts of None, True and False by ``RESERVE`` (Python < 3.12;
    idempotent)."""
    global _done
    if _done or sys.version_info >= (3, 12):
        return
    for value in (None, True, False):
        ctypes.c_ssize_t.from_address(id(value)).value += RESERVE
    _done = True
