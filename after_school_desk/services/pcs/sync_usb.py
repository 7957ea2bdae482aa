"""The sync folder on a USB stick, for PCs that never meet (docs/several-pcs.md): every journal
a PC holds, in one file encrypted with the school's backup passphrase."""

from __future__ import annotations

import zipfile
from pathlib import Path

from after_school_desk.errors import ValidationError
from after_school_desk.i18n import t
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.care.secure_backup import check_passphrase, scratch
from after_school_desk.services.pcs.sync import (
    SyncResult,
    device_name,
    now,
    required_folder,
    write_own,
)
from after_school_desk.store import crypto_backup, sync_files

BUNDLE_SUFFIX = ".desksync"


def export_bundle(ctx: ServiceContext, target_dir: Path, passphrase: str) -> Path:
    """Every journal this PC holds (its own, written now, and the others' it has in its
    folder), in one file encrypted with the school's backup passphrase: journals carry
    children's data."""
    check_passphrase(passphrase)
    folder = required_folder(ctx)
    write_own(ctx, folder)
    target_dir.mkdir(parents=True, exist_ok=True)
    stamp = ctx.clock.now().strftime("%Y%m%d-%H%M")
    target = target_dir / f"同步包-{device_name(ctx)}-{stamp}{BUNDLE_SUFFIX}"
    with scratch(ctx, "sync-export") as plain:
        _zip_journals(folder, plain)
        crypto_backup.encrypt_file(plain, target, passphrase)
    return target


def import_bundles(ctx: ServiceContext, source_dir: Path, passphrase: str) -> SyncResult:
    """Take in every sync bundle in ``source_dir`` (a USB stick): their journals go into this
    PC's folder (to be passed on), then ``now``."""
    folder = required_folder(ctx)
    found = sorted(source_dir.glob(f"*{BUNDLE_SUFFIX}"))
    if not found:
        raise ValidationError(
            t("{folder} 里没有同步包（*{suffix}）", folder=source_dir, suffix=BUNDLE_SUFFIX)
        )
    for bundle in found:
        with scratch(ctx, "sync-import") as plain:
            crypto_backup.decrypt_file(bundle, plain, passphrase)
            _unzip_journals(plain, folder)
    return now(ctx)


def _zip_journals(folder: Path, target: Path) -> None:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_STORED) as z:
        for device in sync_files.devices(folder):
            for n in sorted(sync_files.journal_numbers(folder, device)):
                path = sync_files.journal_path(folder, device, n)
                z.write(path, f"journals/{device}/{path.name}")


def _unzip_journals(plain: Path, folder: Path) -> None:
    with zipfile.ZipFile(plain) as z:
        for name in z.namelist():
            parts = name.split("/")
            if len(parts) != 3 or parts[0] != "journals" or not parts[2].endswith(".journal"):
                continue
            device, file = parts[1], parts[2]
            if not file[:-8].isdigit() or "." in device or not device:
                continue
            target = sync_files.journal_path(folder, device, int(file[:-8]))
            if target.exists():
                continue  # written once: a copy already here is the same journal
            data = z.read(name)
            target.parent.mkdir(parents=True, exist_ok=True)
            temp = target.with_name(f".{target.name}.part")
            temp.write_bytes(data)
            temp.replace(target)
