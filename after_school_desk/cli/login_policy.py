"""Which commands run without a log-in, and when: the one list (docs/cli-login.md explains it).

Every command not named here asks for a log-in (``--user LOGIN`` and the PIN, or a token in
``APP_TOKEN``) and then acts with that account's role. A name covers its subcommands
(``profile`` covers ``profile list``); the longest matching name wins.
"""

from __future__ import annotations

from enum import StrEnum


class Exemption(StrEnum):
    # never opens the school's file, or reads only its integrity (no personal data)
    ALWAYS = "always"
    # creates a new school: only in a file that holds no school yet; refused otherwise
    NO_SCHOOL_YET = "no_school_yet"
    # makes the first log-in account (principal or admin): only while the file has none
    NO_ACCOUNT_YET = "no_account_yet"
    # recovery when nobody can log in: only when the live file is missing, empty, damaged,
    # not ours or newer than this program; on a healthy file a principal/admin logs in
    LIVE_FILE_UNUSABLE = "live_file_unusable"


EXEMPT: dict[str, Exemption] = {
    "check": Exemption.ALWAYS,  # integrity, audit chain, counts: no names, no phones
    "bench": Exemption.ALWAYS,  # builds its own school in a temporary folder
    "profile": Exemption.ALWAYS,  # the published regional policy texts; no school file
    "report direct-template": Exemption.ALWAYS,  # an empty template; no school file
    "county": Exemption.ALWAYS,  # the bureau's packages folder; never opens a school file
    "county-gui": Exemption.ALWAYS,  # the same, in a window
    "manual": Exemption.ALWAYS,  # the manual shipped with the program; no school file
    "data-folder": Exemption.ALWAYS,  # copies the files this PC account owns; reads no records
    "init": Exemption.NO_SCHOOL_YET,
    "demo": Exemption.NO_SCHOOL_YET,
    "user-add": Exemption.NO_ACCOUNT_YET,
    "restore": Exemption.LIVE_FILE_UNUSABLE,
    "sync join": Exemption.LIVE_FILE_UNUSABLE,  # a new PC: makes its file from the hub's copy
}


def exemption(command: str) -> Exemption | None:
    """The exemption of a command path such as ``"report ledger"`` (None: log-in needed)."""
    words = command.split()
    for n in range(len(words), 0, -1):
        found = EXEMPT.get(" ".join(words[:n]))
        if found is not None:
            return found
    return None
