"""Error types shared by every layer. Messages are in the user's language (Chinese)."""

from __future__ import annotations


class AppError(Exception):
    """Base class for errors the program explains to the user."""

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.problems = problems or []

    def lines(self) -> list[str]:
        """One line per problem, the summary first."""
        return [self.message, *self.problems] if self.problems else [self.message]


class ValidationError(AppError):
    """The input was understood but refused (CLI exit status 1).

    ``fields`` maps a form field to its message, so a dialog can show it next to the field.
    """

    def __init__(
        self, message: str, problems: list[str] | None = None, fields: dict[str, str] | None = None
    ) -> None:
        super().__init__(
            message, problems if problems is not None else list((fields or {}).values())
        )
        self.fields = fields or {}


class HubOnly(ValidationError):
    """A change to the school's register on a PC that is not the school's hub (the register's
    guard in the file refused it, db/0010): shown where the change was asked for."""


class PermissionDenied(AppError):
    """The acting user may not do this (CLI exit status 1)."""


class NotFound(ValidationError):
    """A record named by the user does not exist."""


class StorageError(AppError):
    """The database file cannot be used as it is (CLI exit status 2)."""


class NotOurFile(StorageError):
    pass


class NewerSchema(StorageError):
    pass


class DatabaseLocked(StorageError):
    pass


class DamagedDatabase(StorageError):
    pass


class ReadOnlyDatabase(StorageError):
    pass


class DiskFull(StorageError):
    pass


class DiskError(StorageError):
    """Reading or writing the disk failed; the change was not saved."""


class InputFileError(AppError):
    """A file given by the user could not be read (CLI exit status 2)."""


class WritesRefused(StorageError):
    """The program is in read-only mode (the file failed its checks): nothing is written."""
