"""Start-up recovery: unclean exits, daily backups, a damaged file replaced by a good backup."""

from __future__ import annotations

from pathlib import Path

import pytest

from after_school_desk.errors import DamagedDatabase, NotOurFile
from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.care import maintenance
from after_school_desk.services.school import pupils
from after_school_desk.store.connection import open_store


def test_unclean_exit_is_noticed(db_path: Path) -> None:
    open_store(db_path, create=True).close()
    with open_store(db_path) as store:
        assert not store.unclean_exit
    # a run that died leaves its pid in the lock file
    db_path.with_name(db_path.name + ".lock").write_text("4242", encoding="utf-8")
    with open_store(db_path) as store:
        assert store.unclean_exit
    with open_store(db_path) as store:
        assert not store.unclean_exit


def test_daily_backup_once_per_day(school_ctx: ServiceContext, clock: FixedClock) -> None:
    first = maintenance.backup_if_due(school_ctx)
    assert first is not None and first.exists()
    assert maintenance.backup_if_due(school_ctx) is None
    clock.advance(days=1)
    assert maintenance.backup_if_due(school_ctx) is not None


def test_damaged_file_is_replaced_by_newest_good_backup(
    school_ctx: ServiceContext, clock: FixedClock
) -> None:
    path = school_ctx.store.path
    pupils.save_pupil(
        school_ctx, pupils.PupilInput("G640122201603041234", "张三", "男", "三年级(2)班")
    )
    good = maintenance.backup(school_ctx, reason="daily")
    clock.advance(hours=1)
    broken = good.with_name(good.name.replace("daily", "manual"))
    broken.write_bytes(b"not a database" * 100)  # a newer but bad backup is skipped
    school_ctx.store.close()
    data = bytearray(path.read_bytes())
    data[0:16] = b"garbage garbage!"
    path.write_bytes(bytes(data))
    with pytest.raises((NotOurFile, DamagedDatabase)):
        open_store(path)
    found = maintenance.newest_good_backup(path)
    assert found is not None and found[0] == good and found[1]["pupils"] == 1
    aside = maintenance.recover_from_backup(path, good, "20261102-1530")
    assert aside.exists()
    with open_store(path) as store:
        assert store.conn.execute("SELECT name FROM pupil").fetchone()[0] == "张三"
