"""Reliability tests report what they tried (kills, cuts, injected errors) and what they found.

Each test records its counts through the ``reliability_report`` fixture; the lines are printed in
pytest's terminal summary whether or not output capture is on (``-s`` is not needed).
"""

from __future__ import annotations

import os
from collections.abc import Callable

import pytest

_LINES: list[str] = []

Report = Callable[[str, dict[str, int], str], None]


def rounds(default: int) -> int:
    """How many rounds a randomized failure test runs (``RELIABILITY_ROUNDS`` overrides)."""
    value = os.environ.get("RELIABILITY_ROUNDS", "")
    return int(value) if value.isdigit() and int(value) > 0 else default


@pytest.fixture
def reliability_report(record_property: Callable[[str, object], None]) -> Report:
    def report(what: str, counts: dict[str, int], result: str) -> None:
        text = ", ".join(f"{k}={v}" for k, v in counts.items())
        line = f"{what}: {text} -> {result}"
        _LINES.append(line)
        record_property("reliability", line)

    return report


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not _LINES:
        return
    terminalreporter.section("reliability: what was tried and what was found")
    for line in _LINES:
        terminalreporter.write_line(line)
