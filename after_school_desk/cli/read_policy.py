"""Which commands only read the school's file, and so run while another program (the GUI)
holds its one-copy lock: the one list (docs/cli-login.md, "While the window is open").

Such a command first tries the lock as every command does. When another program holds it, the
command opens the file beside it for reading only (``school_file.open_school_file_beside``):
no lock, no migration, and every write refused. Every command not named here is a writer and
is refused while the lock is held. Names are whole command paths (``duty`` alone shows the
roster as ``duty show`` does); a subcommand is not covered by its parent's name.

A listed command whose option writes (``report direct --school-code``, which saves the code)
is refused with the read-only message when it runs beside the GUI; without that option it
reads only.
"""

from __future__ import annotations

READS_ONLY: frozenset[str] = frozenset(
    {
        # the file's health and a copy of it
        "check",
        "backup",  # a checked copy through SQLite's backup API; it writes no audit row
        # lists
        "pupils",
        "staff",
        "classes",
        "users",
        "token",
        "token list",
        "calendar",
        "timetable show",
        "timetable history",
        # the day
        "day",
        "alerts",
        "duty",
        "duty show",
        "duty board",
        # money views (``bill`` makes the month's charges: a writer)
        "fee list",
        "charges",
        "account",
        "expense list",
        "finance",
        "subsidy show",
        # months and reports (``report pickup-cards`` may make the school's code secret once)
        "compliance",
        "month status",
        "month compare",
        "report ledger",
        "report direct",
        "report package",
        "report handover-sheet",
        "report roster",
        "report finance",
        "report subsidy",
        "report arrears",
        # the PCs of the school
        "sync status",
    }
)


def reads_only(command: str) -> bool:
    """Whether the command path (``"report ledger"``) only reads the school's file."""
    return command in READS_ONLY
