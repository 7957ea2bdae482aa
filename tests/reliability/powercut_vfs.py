"""An apsw VFS shim that simulates a power cut: writes not yet synced may be lost.

Every file the database opens is tracked. Its *durable* content is what the file held at the
last ``xSync`` (or when first opened). At the cut the machine stops: the write in progress fails,
no later write or sync reaches the disk, and each file is rebuilt from its durable content plus a
random subset of the writes made since its last sync (the disk may have kept some, in any order).
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import apsw


class PowerCut(Exception):
    """Raised inside the VFS when the simulated power goes off."""


class PowerCutVFS(apsw.VFS):
    def __init__(self, name: str, cut_at: int, rng: random.Random) -> None:
        self.vfs_name = name
        self.cut_at = cut_at  # the write call that never completes (0: no cut)
        self.rng = rng
        self.writes = 0
        self.syncs = 0
        self.dead = False
        self.durable: dict[str, bytes] = {}
        self.pending: dict[str, list[tuple[int, bytes]]] = {}
        super().__init__(name, "")

    def xOpen(self, name: Any, flags: list[int]) -> apsw.VFSFile:
        path = name.filename() if isinstance(name, apsw.URIFilename) else name
        if path is not None and path not in self.durable:
            p = Path(path)
            self.durable[path] = p.read_bytes() if p.exists() else b""
            self.pending[path] = []
        return ShimFile(self, path, name, flags)

    def before_write(self, path: str | None, offset: int, data: bytes) -> None:
        if self.dead:
            raise PowerCut("power is off")
        self.writes += 1
        if self.writes == self.cut_at:
            self.dead = True
            raise PowerCut("power cut during a write")
        if path is not None:
            self.pending[path].append((offset, bytes(data)))

    def after_sync(self, path: str | None) -> None:
        if self.dead:
            raise PowerCut("power is off")
        self.syncs += 1
        if path is not None:
            self.durable[path] = Path(path).read_bytes()
            self.pending[path] = []

    def rebuild_after_cut(self) -> int:
        """Replace every tracked file by what a disk could hold after the cut; returns drops."""
        dropped = 0
        for path, base in self.durable.items():
            content = bytearray(base)
            for offset, data in self.pending[path]:
                if self.rng.random() < 0.5:
                    dropped += 1
                    continue
                if len(content) < offset:
                    content.extend(b"\0" * (offset - len(content)))
                content[offset : offset + len(data)] = data
            Path(path).write_bytes(bytes(content))
        for path in list(self.durable):
            if path.endswith("-shm"):
                Path(path).unlink(missing_ok=True)  # shared memory does not survive a reboot
        return dropped


class ShimFile(apsw.VFSFile):
    def __init__(self, vfs: PowerCutVFS, path: str | None, name: Any, flags: list[int]) -> None:
        self.vfs = vfs
        self.path = path
        super().__init__("", name, flags)

    def xWrite(self, data: bytes, offset: int) -> None:
        self.vfs.before_write(self.path, offset, data)
        super().xWrite(data, offset)

    def xSync(self, flags: int) -> None:
        if self.vfs.dead:
            raise PowerCut("power is off")
        super().xSync(flags)
        self.vfs.after_sync(self.path)

    def xTruncate(self, newsize: int) -> None:
        if self.vfs.dead:
            raise PowerCut("power is off")
        super().xTruncate(newsize)
