"""Backups that leave the PC, encrypted with the school's passphrase, and restoring them."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from after_school_desk.domain.roles import Action
from after_school_desk.errors import StorageError, ValidationError
from after_school_desk.i18n import t
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.care import maintenance
from after_school_desk.services.care.answers import BackupInfo, EncryptedRestore
from after_school_desk.store import backup as backup_store
from after_school_desk.store import crypto_backup
from after_school_desk.store.crypto_backup import KdfParams

SUFFIX = ".kfbak"
MIN_PASSPHRASE = 8


def check_passphrase(passphrase: str) -> None:
    if len(passphrase.strip()) < MIN_PASSPHRASE:
        raise ValidationError(
            t("学校的备份口令至少要 {count} 个字符（可以用一句好记的话）。", count=MIN_PASSPHRASE)
        )


@contextlib.contextmanager
def scratch(ctx: ServiceContext | Path, name: str) -> Iterator[Path]:
    """A plain copy kept only on this PC (beside the live file) and removed afterwards."""
    db_path = ctx if isinstance(ctx, Path) else ctx.store.path
    folder = db_path.parent / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f".{name}-{os.getpid()}.tmp"
    try:
        yield path
    finally:
        path.unlink(missing_ok=True)


def backup_encrypted(
    ctx: ServiceContext, folder: Path, passphrase: str, params: KdfParams | None = None
) -> Path:
    """A verified backup, encrypted into ``folder`` (for a USB stick or a shared folder)."""
    ctx.require(Action.SETUP_SCHOOL)
    check_passphrase(passphrase)
    stamp = ctx.clock.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{ctx.store.path.stem}-{stamp}{SUFFIX}"
    with scratch(ctx, "encrypt") as plain:
        try:
            backup_store.write_backup(ctx.store.conn, plain)
            folder.mkdir(parents=True, exist_ok=True)
            return crypto_backup.encrypt_file(plain, target, passphrase, params)
        except OSError as exc:
            raise StorageError(
                t(
                    "无法写入加密备份到 {folder}：{reason}",
                    folder=folder,
                    reason=exc.strerror or exc,
                )
            ) from exc


def preview_encrypted(ctx: ServiceContext, path: Path, passphrase: str) -> BackupInfo:
    """What an encrypted backup holds (school, counts, last change); nothing is changed."""
    with scratch(ctx, "preview") as plain:
        crypto_backup.decrypt_file(path, plain, passphrase)
        return maintenance.preview(plain)


@contextlib.contextmanager
def decrypted(db_path: Path, path: Path, passphrase: str) -> Iterator[Path]:
    """The plain backup inside an encrypted one, on this PC only while the block runs."""
    with scratch(db_path, "restore") as plain:
        crypto_backup.decrypt_file(path, plain, passphrase)
        yield plain


def restore_encrypted(
    ctx: ServiceContext, path: Path, passphrase: str, *, allow_other_school: bool = False
) -> EncryptedRestore:
    """Back up the current state, then restore from an encrypted backup."""
    ctx.require(Action.SETUP_SCHOOL)
    with decrypted(ctx.store.path, path, passphrase) as plain:
        info = maintenance.restore(ctx, plain, allow_other_school=allow_other_school)
    return {**info, "from": str(path)}
