"""Encrypted backup files for copies that leave the PC (USB sticks, shared folders).

Layout: ``MAGIC`` (8 bytes) · scrypt log2(N), r, p (1 byte each) · salt (16) · nonce (12) ·
AES-256-GCM ciphertext of the whole SQLite backup file. The header is authenticated as
associated data, so a changed header, a wrong passphrase or a damaged file all fail to open.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from after_school_desk.errors import StorageError

MAGIC = b"KHFWENC1"
SALT_BYTES = 16
NONCE_BYTES = 12
HEADER_BYTES = len(MAGIC) + 3 + SALT_BYTES + NONCE_BYTES


class WrongPassphrase(StorageError):
    """The passphrase does not open the file (or the file was changed)."""


@dataclass(frozen=True)
class KdfParams:
    log2_n: int = 17  # 2**17 × 128 × r bytes = 128 MiB of memory per attempt
    r: int = 8
    p: int = 1


def derive_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    kdf = Scrypt(salt=salt, length=32, n=2**params.log2_n, r=params.r, p=params.p)
    return kdf.derive(passphrase.encode("utf-8"))


def is_encrypted(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def encrypt_file(
    plain: Path, target: Path, passphrase: str, params: KdfParams | None = None
) -> Path:
    """Encrypt ``plain`` into ``target`` (temp file, read back and checked, fsync, rename)."""
    params = params or KdfParams()
    salt, nonce = os.urandom(SALT_BYTES), os.urandom(NONCE_BYTES)
    header = MAGIC + bytes([params.log2_n, params.r, params.p]) + salt + nonce
    key = derive_key(passphrase, salt, params)
    data = plain.read_bytes()
    sealed = header + AESGCM(key).encrypt(nonce, data, header)
    part = target.with_name(target.name + ".part")
    try:
        with open(part, "wb") as fh:
            fh.write(sealed)
            fh.flush()
            os.fsync(fh.fileno())
        if _open_sealed(part.read_bytes(), key) != data:
            raise StorageError(f"加密备份写入 {target.parent} 后读回校验失败，未保存。")
        os.replace(part, target)
    finally:
        part.unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        fd = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    return target


def _split(blob: bytes) -> tuple[bytes, KdfParams, bytes, bytes, bytes]:
    header = blob[:HEADER_BYTES]
    params = KdfParams(header[8], header[9], header[10])
    salt = header[11 : 11 + SALT_BYTES]
    nonce = header[11 + SALT_BYTES : HEADER_BYTES]
    return header, params, salt, nonce, blob[HEADER_BYTES:]


def _open_sealed(blob: bytes, key: bytes) -> bytes:
    header, _, _, nonce, body = _split(blob)
    return AESGCM(key).decrypt(nonce, body, header)


def decrypt_file(source: Path, target: Path, passphrase: str) -> Path:
    """Decrypt ``source`` into ``target``; a wrong passphrase changes nothing."""
    try:
        blob = source.read_bytes()
    except OSError as exc:
        raise StorageError(f"无法读取备份文件 {source}：{exc.strerror or exc}") from exc
    if not blob.startswith(MAGIC) or len(blob) < HEADER_BYTES + 16:
        raise StorageError(f"{source} 不是课后服务台的加密备份文件。")
    _, params, salt, _, _ = _split(blob)
    if not (10 <= params.log2_n <= 22 and 1 <= params.r <= 32 and 1 <= params.p <= 16):
        raise StorageError(f"{source} 的加密参数无效，文件可能已损坏。")
    try:
        data = _open_sealed(blob, derive_key(passphrase, salt, params))
    except InvalidTag:
        raise WrongPassphrase(
            f"口令不正确，无法打开加密备份 {source.name}（也可能是文件已损坏或被改动）。"
            "当前数据没有任何改动。"
        ) from None
    with open(target, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    return target
