"""A school's file as an older version of the program wrote it, for the migration tests."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from after_school_desk.store import migrate


@contextmanager
def migrations_up_to(
    version: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """Within: files are created and migrated only up to schema ``version`` (the first
    ``version`` migrations); after: the program's own migrations again."""
    old_dir = tmp_path / f"db{version}"
    old_dir.mkdir()
    for f in migrate.migration_files()[:version]:
        shutil.copy(f, old_dir / f.name)
    with monkeypatch.context() as m:
        m.setattr(migrate, "DB_DIR", old_dir)
        migrate.migrations.cache_clear()
        try:
            yield
        finally:
            migrate.migrations.cache_clear()
    migrate.migrations.cache_clear()
