"""What the care services answer: what a backup holds, what a restore did and which school the
open file holds, as the backup dialog and the command line read them by key."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict


class BackupInfo(TypedDict):
    """What a database (a backup, or the live file) holds: school, counts and the last change."""

    school_id: str | None
    school: str | None
    county: str | None
    pupils: int
    staff: int
    audit_rows: int
    last_change: str | None
    schema_version: int


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def backup_info(found: Mapping[str, Any]) -> BackupInfo:
    """The store's description of a database (``backup.describe``) as the answer spells it."""
    return {
        "school_id": _text(found["school_id"]),
        "school": _text(found["school"]),
        "county": _text(found["county"]),
        "pupils": int(found["pupils"]),
        "staff": int(found["staff"]),
        "audit_rows": int(found["audit_rows"]),
        "last_change": _text(found["last_change"]),
        "schema_version": int(found["schema_version"]),
    }


class RestoreResult(BackupInfo):
    """What was restored, and where the data replaced by it was kept."""

    safety_backup: str | None  # the verified backup of the state before the restore
    kept_aside: str | None  # the damaged file, moved to damaged/ as it was


# "from" is a Python keyword: the encrypted restore's answer gets it from this base.
_FromFile = TypedDict("_FromFile", {"from": str})


class EncryptedRestore(RestoreResult, _FromFile):
    """A restore from an encrypted backup, with the encrypted file it came from."""


class CurrentSchool(TypedDict):
    """The school the open database holds (the name unknown when read from a file's id only)."""

    id: str
    name: str | None
