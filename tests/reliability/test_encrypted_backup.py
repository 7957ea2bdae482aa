"""Backups leaving the PC are encrypted with the school's passphrase; restore asks for it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from after_school_desk.cli import main
from after_school_desk.errors import StorageError, ValidationError
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.care import secure_backup
from after_school_desk.services.school import pupils
from after_school_desk.store.crypto_backup import KdfParams, WrongPassphrase, is_encrypted

FAST = KdfParams(log2_n=12)  # the file records its own parameters; tests use cheap ones
SECRET = "立岗小学2026年的备份口令"
PUPIL = pupils.PupilInput("G640122201603041234", "张三", "男", "三年级(2)班")


def _pupil_names(ctx: ServiceContext) -> list[str]:
    return [p["name"] for p in pupils.list_pupils(ctx)]


def test_round_trip_and_wrong_passphrase(school_ctx: ServiceContext, tmp_path: Path) -> None:
    pupils.save_pupil(school_ctx, PUPIL)
    usb = tmp_path / "usb"
    path = secure_backup.backup_encrypted(school_ctx, usb, SECRET, FAST)
    assert is_encrypted(path) and list(usb.iterdir()) == [path]
    blob = path.read_bytes()
    for plain in ("张三", "立岗镇中心小学", "SQLite format 3"):
        assert plain.encode() not in blob
    assert secure_backup.preview_encrypted(school_ctx, path, SECRET)["pupils"] == 1

    pupils.save_pupil(
        school_ctx, pupils.PupilInput("G640122201603049999", "李四", "女", "一年级(1)班")
    )
    before = list((school_ctx.store.path.parent / "backups").glob("*"))
    with pytest.raises(WrongPassphrase, match="口令不正确"):
        secure_backup.restore_encrypted(school_ctx, path, "不是这个口令不是")
    assert sorted(_pupil_names(school_ctx)) == ["张三", "李四"]  # nothing changed
    assert list((school_ctx.store.path.parent / "backups").glob("*")) == before

    info = secure_backup.restore_encrypted(school_ctx, path, SECRET)
    assert info["pupils"] == 1 and Path(info["safety_backup"]).exists()
    assert _pupil_names(school_ctx) == ["张三"]
    leftovers = [
        p for p in (school_ctx.store.path.parent / "backups").iterdir() if ".tmp" in p.name
    ]
    assert leftovers == []  # no plain copy is left behind


def test_tampered_file_and_short_passphrase_are_refused(
    school_ctx: ServiceContext, tmp_path: Path
) -> None:
    with pytest.raises(ValidationError, match="至少要 8 个字符"):
        secure_backup.backup_encrypted(school_ctx, tmp_path, "1234", FAST)
    path = secure_backup.backup_encrypted(school_ctx, tmp_path, SECRET, FAST)
    data = bytearray(path.read_bytes())
    data[-5] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(WrongPassphrase):
        secure_backup.preview_encrypted(school_ctx, path, SECRET)
    path.write_bytes(b"KHFWENC1" + b"\x00" * 10)
    with pytest.raises(StorageError, match="不是课后服务台的加密备份"):
        secure_backup.preview_encrypted(school_ctx, path, SECRET)


def test_cli_encrypted_backup_and_restore(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    cli_login: Callable[..., str],
) -> None:
    db = str(tmp_path / "school.sqlite")
    assert main(["--db", db, "init", "--school", "立岗镇中心小学", "--county", "贺兰县",
                 "--term-start", "2026-09-01", "--term-end", "2027-01-20"]) == 0  # fmt: skip
    cli_login(db)
    monkeypatch.setenv("SCHOOL_PASS", SECRET)
    monkeypatch.setenv("WRONG_PASS", "完全不对的口令123")
    usb = tmp_path / "usb"
    assert main(["--db", db, "backup", "--to", str(usb), "--passphrase-env", "SCHOOL_PASS"]) == 0
    (backup,) = usb.iterdir()
    assert main(["--db", db, "staff", "add", "王老师", "--role", "teacher"]) == 0
    capsys.readouterr()

    assert main(["--db", db, "restore", str(backup), "--passphrase-env", "WRONG_PASS"]) == 2
    err = capsys.readouterr().err
    assert "口令不正确" in err and "Traceback" not in err
    assert main(["--db", db, "restore", str(backup)]) == 2  # not a terminal: no prompt
    assert "--passphrase-env" in capsys.readouterr().err

    assert main(["--db", db, "restore", str(backup), "--passphrase-env", "SCHOOL_PASS"]) == 0
    out = capsys.readouterr().out
    assert "备份内容：立岗镇中心小学（贺兰县），学生 0 人，教职工 0 人" in out
    assert "已从" in out
    assert main(["--db", db, "staff", "--json"]) == 0
    assert "王老师" not in capsys.readouterr().out
