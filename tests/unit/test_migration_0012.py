"""Migration 0012 (the school's policy profiles in its file): a schema-11 file with a school and
an older version's copy in the account's folder moves on with its seals whole; the new tables
are sealed and guarded like the rest of the register; the generator and the SQL agree."""

from __future__ import annotations

from pathlib import Path

import pytest

from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.care import maintenance
from after_school_desk.services.school import profile_history, profiles
from after_school_desk.services.school.setup import create_school
from after_school_desk.store import migrate, seals, sync_tables
from after_school_desk.store.connection import open_store
from scripts import gen_sync_migration
from tests.conftest import TEST_DEVICE
from tests.unit.old_schema import migrations_up_to
from tests.unit.test_migration_0005 import ACTOR, SCHOOL


def test_a_schema_11_file_gets_its_profiles_with_its_seals_whole(
    db_path: Path, tmp_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    with migrations_up_to(11, tmp_path, monkeypatch), open_store(db_path, create=True) as store:
        create_school(ServiceContext(store, ACTOR, TEST_DEVICE, clock), SCHOOL)
    folder = profiles.user_dir()  # where version 11 kept the school's copy
    folder.mkdir(parents=True)
    text = (profiles.builtin_dir() / "helan-2021.toml").read_text(encoding="utf-8")
    (folder / "helan-kept.toml").write_text(text.replace('"helan-2021"', '"helan-kept"', 1),
                                            encoding="utf-8")  # fmt: skip
    with open_store(db_path) as store:
        tables = {
            r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        assert {"policy_profile", "school_profile_in_force"} <= tables
        triggers = {
            r[0]
            for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        }
        for table in sync_tables.SEALED_0012:
            assert table in sync_tables.REGISTER and table in seals.COVERED
            for op in ("insert", "update", "delete"):
                assert {f"seal_{table}_{op}", f"hub_only_{table}_{op}"} <= triggers
        ctx = ServiceContext(store, ACTOR, TEST_DEVICE, clock)
        assert maintenance.check(ctx).ok
        profile_history.set_school_profile(ctx, "helan-kept", "2026-12-01")  # taken in, then used
        assert store.conn.execute("SELECT count(*) FROM policy_profile").fetchone()[0] == 1
        assert profile_history.school_profile(ctx, "2026-12-01").id == "helan-kept"
        report = maintenance.check(ctx)
        assert report.ok, report.lines()
        sealed = {r[0] for r in store.conn.execute("SELECT DISTINCT entity FROM seal")}
        assert set(sync_tables.SEALED_0012) <= sealed


def test_the_generator_writes_the_released_sql() -> None:
    for name, text in (("0010_sync.sql", gen_sync_migration.sql_0010()),
                       ("0012_profiles.sql", gen_sync_migration.sql_0012())):  # fmt: skip
        assert (migrate.DB_DIR / name).read_text(encoding="utf-8") == text, name
