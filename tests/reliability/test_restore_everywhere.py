"""Recovery from every door: a missing, empty, truncated, damaged or foreign live file, a
damaged backup, another school's backup, the safety copy, rotation per school, special
characters in every path, and nothing left behind by a failed backup."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from after_school_desk.cli import main
from after_school_desk.errors import StorageError
from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.care import maintenance
from after_school_desk.services.school import pupils
from after_school_desk.services.school.setup import SchoolSetup, create_school
from after_school_desk.store import backup as backup_store
from after_school_desk.store.connection import open_store
from tests.conftest import TEST_DEVICE

PUPIL = pupils.PupilInput("G640122201603041234", "张三", "男", "三年级(2)班")
# every character that broke an unescaped file: URI, in one folder name
ODD = "1#机房 ?%20甲"


def _school_with_backup(ctx: ServiceContext) -> Path:
    pupils.save_pupil(ctx, PUPIL)
    return maintenance.backup(ctx, reason="daily")


def _pupil_names(path: Path) -> list[str]:
    with open_store(path) as store:
        return [r[0] for r in store.conn.execute("SELECT name FROM pupil")]


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def _spoil(path: Path, how: str) -> bytes:
    """Make the live file missing, empty, truncated, damaged or another program's."""
    data = path.read_bytes()
    if how == "missing":
        path.unlink()
        return b""
    spoiled = {
        "empty": b"",
        "truncated": data[: len(data) // 3],
        "damaged": data[:4096] + b"\xa5" * 4096 + data[8192:],
        "foreign": b"",
    }[how]
    if how == "foreign":
        path.unlink()
        other = sqlite3.connect(path)
        other.execute("CREATE TABLE notes (t TEXT)")
        other.execute("INSERT INTO notes VALUES ('别的程序')")
        other.commit()
        other.close()
        return path.read_bytes()
    path.write_bytes(spoiled)
    return spoiled


HOWS = ["missing", "empty", "truncated", "damaged", "foreign"]


@pytest.mark.parametrize("how", HOWS)
def test_cli_suggests_restore_of_the_newest_good_backup(
    school_ctx: ServiceContext, capsys: pytest.CaptureFixture[str], how: str
) -> None:
    path = school_ctx.store.path
    good = _school_with_backup(school_ctx)
    school_ctx.store.close()
    _spoil(path, how)
    code, _out, err = _run(capsys, "--db", str(path), "check")
    if how == "truncated" and code == 0:
        pytest.skip("this cut left every page the check reads")  # pragma: no cover
    assert code == 2 and "Traceback" not in err
    assert "restore" in err and good.name in err and "init" not in err, err


@pytest.mark.parametrize("how", HOWS)
def test_cli_restore_on_a_live_file_that_cannot_be_used(
    school_ctx: ServiceContext, capsys: pytest.CaptureFixture[str], how: str
) -> None:
    path = school_ctx.store.path
    good = _school_with_backup(school_ctx)
    school_ctx.store.close()
    spoiled = _spoil(path, how)
    code, out, err = _run(capsys, "--db", str(path), "restore", str(good))
    assert code == 0, err
    assert "已从" in out and "张三" not in err and "Traceback" not in err
    assert _pupil_names(path) == ["张三"]
    kept = sorted((path.parent / "damaged").glob("*.sqlite")) if how != "missing" else []
    if how != "missing":
        assert [k.read_bytes() for k in kept] == [spoiled]  # moved aside as it was
        assert str(kept[0]) in out
    with open_store(path) as store:
        actions = [r[0] for r in store.conn.execute("SELECT action FROM audit")]
    assert actions[-1] == "restore"
    assert main(["--db", str(path), "check"]) == 0


def test_a_truncated_backup_is_named_as_the_damaged_backup(
    school_ctx: ServiceContext, capsys: pytest.CaptureFixture[str]
) -> None:
    path = school_ctx.store.path
    good = _school_with_backup(school_ctx)
    school_ctx.store.close()
    before = path.read_bytes()
    cut = good.with_name("cut.sqlite")
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    for argv in (["restore", "--preview", str(cut)], ["restore", str(cut)]):
        code, _out, err = _run(capsys, "--db", str(path), *argv)
        assert code == 2 and "备份文件" in err and str(cut) in err and "Traceback" not in err
        assert f"数据库文件 {path}" not in err, err
    assert path.read_bytes() == before


def test_a_backup_whose_audit_chain_was_changed_is_refused(
    school_ctx: ServiceContext, capsys: pytest.CaptureFixture[str]
) -> None:
    good = _school_with_backup(school_ctx)
    conn = sqlite3.connect(good)
    conn.execute("DROP TRIGGER IF EXISTS audit_no_update")
    for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit'"
    ).fetchall():
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("UPDATE audit SET actor = '别人' WHERE seq = 2")
    conn.commit()
    conn.close()
    with pytest.raises(StorageError, match="审计链"):
        maintenance.preview(good)
    code, _out, err = _run(capsys, "--db", str(school_ctx.store.path), "restore", str(good))
    assert code == 2 and "审计链" in err


def _second_school(tmp_path: Path, clock: FixedClock, name: str = "新建小学") -> ServiceContext:
    from after_school_desk.domain.roles import Role
    from after_school_desk.services.base.context import Actor

    store = open_store(tmp_path / "other" / "school.sqlite", create=True)
    ctx = ServiceContext(store, Actor("test:system", Role.SYSTEM, "测试"), TEST_DEVICE, clock)
    create_school(ctx, SchoolSetup(name=name, county="贺兰县", term_start="2026-09-01",
                                   term_end="2027-01-20", classes_per_grade=1))  # fmt: skip
    return ctx


def test_another_schools_backup_needs_other_school(
    school_ctx: ServiceContext, tmp_path: Path, clock: FixedClock,
    capsys: pytest.CaptureFixture[str], cli_login: Callable[..., str],
) -> None:  # fmt: skip
    path = school_ctx.store.path
    other = _second_school(tmp_path, clock)
    foreign = maintenance.backup(other, folder=tmp_path / "usb")
    other.store.close()
    cli_login(school_ctx)  # the live file is healthy: restoring it needs a principal's log-in
    school_ctx.store.close()
    code, _out, err = _run(capsys, "--db", str(path), "restore", str(foreign))
    assert code == 1 and "另一所学校" in err and "--other-school" in err
    with open_store(path) as store:
        assert store.conn.execute("SELECT name FROM school").fetchone()[0] == "立岗镇中心小学"
    code, _out, err = _run(capsys, "--db", str(path), "restore", "--other-school", str(foreign))
    assert code == 0, err
    with open_store(path) as store:
        assert store.conn.execute("SELECT name FROM school").fetchone()[0] == "新建小学"


def test_restoring_the_safety_copy_at_once_keeps_it(
    school_ctx: ServiceContext, tmp_path: Path
) -> None:
    """Restore A (safety copy S of the current state), then at once, in the same second,
    restore S: S must come back, and must still exist afterwards."""
    pupils.save_pupil(school_ctx, PUPIL)
    before = maintenance.backup(school_ctx, folder=tmp_path / "a")  # holds 张三
    pupils.save_pupil(school_ctx, pupils.PupilInput("G640122201603045678", "李四", "女",
                                                    "三年级(2)班"))  # fmt: skip
    first = maintenance.restore(school_ctx, before)
    safety = Path(first["safety_backup"])
    safety_bytes = safety.read_bytes()
    second = maintenance.restore(school_ctx, safety)  # the clock has not moved
    assert Path(second["safety_backup"]) != safety
    assert safety.read_bytes() == safety_bytes
    names = {r[0] for r in school_ctx.store.conn.execute("SELECT name FROM pupil")}
    assert names == {"张三", "李四"}


def test_rotation_keeps_each_schools_backups(
    school_ctx: ServiceContext, tmp_path: Path, clock: FixedClock
) -> None:
    """A new school set up beside the real one, started on 15 days, deleted every backup of
    the real school: rotation now keeps the newest of each school."""
    real = [maintenance.backup_if_due(school_ctx)]
    folder = school_ctx.store.path.parent / "backups"
    school_ctx.store.close()
    school_ctx.store.path.unlink()
    newcomer = open_store(school_ctx.store.path, create=True)
    ctx = ServiceContext(newcomer, school_ctx.actor, TEST_DEVICE, clock)
    create_school(ctx, SchoolSetup(name="新建小学", county="贺兰县", term_start="2026-09-01",
                                   term_end="2027-01-20", classes_per_grade=1))  # fmt: skip
    for _ in range(maintenance.KEEP_AUTOMATIC + 1):
        clock.advance(days=1)
        assert maintenance.backup_if_due(ctx) is not None
    newcomer.close()
    assert all(p is not None and p.exists() for p in real)
    schools = [backup_store.school_id_of_file(p) for p in folder.glob("*-daily-*.sqlite")]
    assert len(schools) == maintenance.KEEP_AUTOMATIC + 1
    assert len(set(schools)) == 2


@pytest.mark.parametrize("where", ["live", "backups", "source"])
def test_special_characters_in_every_path(
    tmp_path: Path,
    clock: FixedClock,
    capsys: pytest.CaptureFixture[str],
    where: str,
    cli_login: Callable[..., str],
) -> None:
    live_dir = tmp_path / (ODD if where == "live" else "data")
    ctx = _second_school(live_dir.parent / live_dir.name / "x", clock, "立岗镇中心小学")
    path = ctx.store.path
    pupils.save_pupil(ctx, pupils.PupilInput("G640122201603041234", "张三", "男", "一年级(1)班"))
    usb = tmp_path / (ODD if where == "backups" else "usb")
    daily = maintenance.backup_if_due(ctx)
    made = maintenance.backup(ctx, folder=usb)
    assert daily is not None
    for copy in (daily, made):
        assert maintenance.preview(copy)["pupils"] == 1  # not an empty file beside it
    source = made
    if where == "source":
        source = tmp_path / ODD / "备份 #1?.sqlite"
        source.parent.mkdir()
        source.write_bytes(made.read_bytes())
    cli_login(ctx)
    ctx.store.close()
    code, out, err = _run(capsys, "--db", str(path), "restore", "--preview", str(source))
    assert code == 0 and "学生 1 人" in out, err
    code, out, err = _run(capsys, "--db", str(path), "restore", str(source))
    assert code == 0, err
    assert _pupil_names(path) == ["张三"]


def test_a_failed_backup_leaves_no_part_file(
    school_ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    pupils.save_pupil(school_ctx, PUPIL)
    real = backup_store.connect_target

    def tiny_disk(target: Path) -> sqlite3.Connection:
        conn = real(target)
        conn.execute("PRAGMA max_page_count = 3")
        return conn

    monkeypatch.setattr(backup_store, "connect_target", tiny_disk)
    folder = tmp_path / "usb"
    with pytest.raises(StorageError, match="磁盘已满"):
        maintenance.backup(school_ctx, folder=folder)
    assert list(folder.iterdir()) == []
    monkeypatch.undo()
    assert maintenance.backup(school_ctx, folder=folder).exists()
