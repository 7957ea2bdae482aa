"""The school's files readable by the PC account only (0700 folders, 0600 files on POSIX)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from after_school_desk.cli import main
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.care import maintenance
from after_school_desk.store import file_modes

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX only")

ROOT = Path(__file__).resolve().parents[2]
INIT = ["init", "--school", "立岗镇中心小学", "--county", "贺兰县",
        "--term-start", "2026-09-01", "--term-end", "2027-01-20"]  # fmt: skip


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def everything(*folders: Path) -> list[Path]:
    found: list[Path] = []
    for folder in folders:
        found.append(folder)
        found += sorted(folder.rglob("*"))
    return found


def test_a_new_school_and_its_backup_are_private(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The real program (``python -m app``), in the default data folder, under a loose umask."""
    data = tmp_path / "data"
    env = {**os.environ, "APP_DATA_DIR": str(data), "APP_CONFIG_DIR": str(tmp_path / "config"),
           "APP_PIN": "24681357", "PYTHONPATH": str(ROOT)}  # fmt: skip
    for name in ("APP_DB", "APP_TOKEN", "APP_USER", "APP_NOW"):
        env.pop(name, None)

    def app(*argv: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "after_school_desk", *argv],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=False,
            preexec_fn=lambda: os.umask(0o022),  # what a desktop session usually has
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    app(*INIT, "--principal", "wang")
    out = app("--user", "wang", "backup")
    backup = Path(out.strip().split("：", 1)[1])
    db = data / "school.sqlite"
    assert backup.parent == data / "backups" and db.exists()
    assert mode(data) == 0o700 and mode(data / "backups") == 0o700
    for path in (db, backup, *data.glob("school.sqlite*")):
        assert mode(path) == 0o600, path
    assert file_modes.loose(everything(data, tmp_path / "config")) == []


def test_an_old_school_with_755_and_644_is_tightened_on_the_next_start(
    school_ctx: ServiceContext, tmp_path: Path, cli_login: Callable[..., str]
) -> None:
    data = Path(os.environ["APP_DATA_DIR"])
    config = Path(os.environ["APP_CONFIG_DIR"])
    db = data / "school.sqlite"
    db.parent.mkdir(parents=True, exist_ok=True)
    backup = maintenance.backup(school_ctx, folder=data / "backups")
    school_ctx.store.close()
    db.write_bytes(school_ctx.store.path.read_bytes())
    cli_login(db)
    logs = data / "logs"
    logs.mkdir()
    (logs / "afterschooldesk.log").write_text("start\n", encoding="utf-8")
    (data / "damaged").mkdir()
    (data / "damaged" / "school-20261101.sqlite").write_bytes(b"x")
    config.mkdir(parents=True, exist_ok=True)
    (config / "device_id").write_text("d", encoding="utf-8")
    for path in everything(data, config):
        path.chmod(0o755 if path.is_dir() else 0o644)
    assert len(file_modes.loose(everything(data, config))) >= 8
    assert main(["--db", str(db), "check"]) == 0
    assert file_modes.loose(everything(data, config)) == []
    assert mode(data) == 0o700 and mode(db) == 0o600 and mode(backup) == 0o600
    assert mode(logs / "afterschooldesk.log") == 0o600


def test_a_db_elsewhere_keeps_its_folder_and_a_backup_elsewhere_is_private(
    school_ctx: ServiceContext, tmp_path: Path, cli_login: Callable[..., str]
) -> None:
    db = school_ctx.store.path
    folder = db.parent
    folder.chmod(0o755)
    usb = tmp_path / "usb"
    usb.mkdir(mode=0o777)
    usb.chmod(0o777)
    cli_login(school_ctx)
    school_ctx.store.close()
    db.chmod(0o644)
    assert main(["--db", str(db), "backup", "--to", str(usb)]) == 0
    (copy,) = usb.iterdir()
    assert mode(copy) == 0o600  # the copy: this account's only, wherever it goes
    assert mode(usb) == 0o777  # the folder the person chose: as it was
    assert mode(db) == 0o600 and mode(folder) == 0o755  # --db outside the data folder


def test_shared_and_read_only_things_are_never_loosened_or_taken(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)  # like /tmp
    (shared / "school.sqlite").write_bytes(b"x")
    (shared / "school.sqlite").chmod(0o444)
    changed = file_modes.tighten(shared / "school.sqlite", shared, Path.home())
    assert mode(shared) == 0o1777  # never made "ours"
    assert mode(shared / "school.sqlite") == 0o400  # still read-only, others' rights gone
    assert shared not in changed and Path.home() not in changed
    assert file_modes.tighten(tmp_path / "missing.sqlite", tmp_path / "none") == []
