"""Long Python-heavy checks in a process of their own, beside the program.

A worker thread shares the interpreter with the window: while it runs Python code (the daily
check of every record's tamper seal takes a minute on a large school's file), each tap waits
its turn for the interpreter, and a handover that takes 20 ms takes 200 ms to a second. A
child process has an interpreter of its own and runs at a lower priority, so the window keeps
the PC. The caller (a worker thread) waits for the answer without holding the interpreter.

The child is started afresh ("spawn", also on Linux: a copy of a running Qt program made by
fork is not safe), imports only what the function needs and ends with it. The bundled program
lets the child start through ``multiprocessing.freeze_support()`` in its entry.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")

# Windows' BELOW_NORMAL_PRIORITY_CLASS
_BELOW_NORMAL = 0x00004000


def lower_priority() -> None:
    """The child yields the processor to the window (and to the other programs of the PC)."""
    try:
        if sys.platform == "win32":
            import ctypes

            kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
            kernel32.SetPriorityClass(kernel32.GetCurrentProcess(), _BELOW_NORMAL)
        else:
            os.nice(10)
    except (OSError, AttributeError):  # not allowed here: the check simply runs at normal priority
        pass


def run_apart(fn: Callable[..., T], *args: object) -> T:
    """``fn(*args)`` computed in a child process; ``fn``, its arguments and its answer must be
    picklable (a module-level function of plain values). Its exception is raised here as in a
    call. If no child can be started, or it dies without an answer, ``fn`` runs here instead."""
    context = multiprocessing.get_context("spawn")
    try:
        with ProcessPoolExecutor(1, mp_context=context, initializer=lower_priority) as pool:
            return pool.submit(fn, *args).result()
    except (OSError, BrokenProcessPool) as exc:
        log.warning("%s could not run in a process of its own (%s): running it here",
                    getattr(fn, "__name__", "a check"), type(exc).__name__)  # fmt: skip
        return fn(*args)
