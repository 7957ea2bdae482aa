"""The school's seal key: a secret kept beside this PC's settings, never in the database file.

Why a key file and not a secret derived from the principal's passphrase: every teacher's sign-in
is sealed the moment it is saved, when the principal is nowhere near. Why outside the data
folder: a copy of the data folder (a backup, a USB stick, a file taken home) must not carry
the means to re-seal an edited record. The cost: a PC that restores the school from a backup
needs the key file too (``key export`` / ``key import``); until then ``check`` says which
records it cannot verify, and new records are sealed with a new key.

Keys live in ``keys/`` of the per-user settings folder (``APP_KEY_DIR`` overrides it), one
file per key, named by its tag; the folder is readable by this PC account only.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import secrets
from pathlib import Path

from after_school_desk.errors import StorageError
from after_school_desk.store.local_identity import config_dir

KEY_BYTES = 32
SUFFIX = ".seal-key"


def key_dir() -> Path:
    env = os.environ.get("APP_KEY_DIR")
    if env:
        return Path(env)
    return config_dir() / "keys"


def tag_of(key: bytes) -> bytes:
    """4 bytes naming a key (not enough to learn anything about it)."""
    return hashlib.sha256(b"after-school-desk seal key tag\x00" + key).digest()[:4]


class SealKey:
    def __init__(self, key: bytes) -> None:
        self.key = key
        self.tag = tag_of(key)

    @property
    def tag_hex(self) -> str:
        return self.tag.hex()

    def mac(self, message: bytes) -> bytes:
        return hmac.digest(self.key, message, "sha256")[:16]


def _path(tag_hex: str, folder: Path | None = None) -> Path:
    return (folder or key_dir()) / f"{tag_hex}{SUFFIX}"


def load(tag_hex: str) -> SealKey | None:
    """The key with this tag, if this PC has it."""
    try:
        text = _path(tag_hex).read_text(encoding="ascii").strip()
        key = SealKey(bytes.fromhex(text))
    except (OSError, ValueError):
        return None
    return key if key.tag_hex == tag_hex else None


def all_keys() -> dict[bytes, SealKey]:
    """Every key this PC holds, by tag."""
    found: dict[bytes, SealKey] = {}
    with contextlib.suppress(OSError):
        for path in key_dir().glob(f"*{SUFFIX}"):
            key = load(path.name[: -len(SUFFIX)])
            if key is not None:
                found[key.tag] = key
    return found


def save(key: SealKey, folder: Path | None = None) -> Path:
    """Write a key file (0600 in a 0700 folder), atomically."""
    folder = folder or key_dir()
    target = _path(key.tag_hex, folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(OSError):
            folder.chmod(0o700)
        part = target.with_name(target.name + ".part")
        fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.write(key.key.hex() + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(part, target)
    except OSError as exc:
        raise StorageError(
            f"无法保存防篡改密钥文件 {target}（{exc.strerror or exc}）。请检查该文件夹是否可以写入。"
        ) from exc
    return target


def new_key() -> SealKey:
    key = SealKey(secrets.token_bytes(KEY_BYTES))
    save(key)
    return key


def write_key_file(keys: list[SealKey], target: Path) -> Path:
    """Keys to carry to another PC (``key export``): one per line, hex."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.writelines(k.key.hex() + "\n" for k in keys)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        raise StorageError(
            f"无法写入 {target}（{exc.strerror or exc}）。请换一个文件夹或 U 盘。"
        ) from exc
    return target


def read_key_file(path: Path) -> list[SealKey]:
    """The keys of a file brought from another PC (``key import``)."""
    try:
        lines = [line.strip() for line in path.read_text(encoding="ascii").splitlines()]
        raw = [bytes.fromhex(line) for line in lines if line]
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise StorageError(f"{path} 不是课后服务台的防篡改密钥文件，无法读取。") from exc
    if not raw or any(len(r) != KEY_BYTES for r in raw):
        raise StorageError(f"{path} 不是课后服务台的防篡改密钥文件（内容不对）。")
    return [SealKey(r) for r in raw]
