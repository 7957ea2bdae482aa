"""The program's garbage collection runs on the GUI thread, never in a worker."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import QObject

from after_school_desk.ui.gc_policy import GuiThreadCollector


def test_collector_switches_automatic_collection_off_and_collects_on_its_timer(qtbot) -> None:
    was_enabled = gc.isenabled()
    gc.enable()
    try:
        owner = QObject()
        GuiThreadCollector(owner, interval_ms=10)
        assert not gc.isenabled()

        class Cycle:
            pass

        freed: list[bool] = []
        threshold = gc.get_threshold()[0]
        for _ in range(threshold + 10):
            a, b = Cycle(), Cycle()
            a.other, b.other = b, a  # type: ignore[attr-defined]
        probe_a, probe_b = Cycle(), Cycle()
        probe_a.other, probe_b.other = probe_b, probe_a  # type: ignore[attr-defined]
        weakref.finalize(probe_a, freed.append, True)
        del probe_a, probe_b
        for _ in range(threshold + 10):  # past the threshold again, after the probe
            a, b = Cycle(), Cycle()
            a.other, b.other = b, a  # type: ignore[attr-defined]
        assert not freed  # automatic collection is off
        qtbot.waitUntil(lambda: freed == [True], timeout=2000)  # the timer collected
    finally:
        if was_enabled:
            gc.enable()
        else:
            gc.disable()
