"""The sync folder kept alike on the school's PCs over the LAN by Syncthing, started and set up
by the program (docs/several-pcs.md).

Syncthing moves whole files between PCs that can see each other; the program only ever writes
immutable journal files into the folder, so Syncthing never has to merge anything. It is set
up for a school LAN: discovery on the local network only (no global discovery servers, no
relays, no NAT traversal, no usage reports), a one-second watch delay so a journal leaves
within seconds, and the folder shared only with the PCs paired in the program.

Each PC's Syncthing keeps its keys and settings in ``syncthing/`` of the per-user settings
folder; its device ID (shown on the 同步 page) is what another PC pairs with.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from after_school_desk.domain.roles import Action
from after_school_desk.errors import ValidationError
from after_school_desk.i18n import t
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.pcs import sync
from after_school_desk.store import sync_journal
from after_school_desk.store.local_identity import config_dir

FOLDER_ID = "after-school-desk"
BINARY = "syncthing"
_API_KEY = re.compile(r"<apikey>([^<]+)</apikey>")
_DEVICE_ID = re.compile(r"[A-Z2-7]{7}(-[A-Z2-7]{7}){7}")


def available() -> bool:
    return shutil.which(BINARY) is not None


@dataclass
class Node:
    """One PC's Syncthing: its home folder (keys, settings) and the ports it uses."""

    home: Path
    gui_port: int
    listen_port: int
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.gui_port}"

    # set-up -----------------------------------------------------------------------------

    def generate(self) -> str:
        """Keys and settings on first use; this PC's Syncthing device ID."""
        if not available():
            raise ValidationError(t("本机没有安装 Syncthing：请改用共享文件夹或 U 盘同步包"))
        if not (self.home / "config.xml").exists():
            self.home.mkdir(parents=True, exist_ok=True)
            subprocess.run(
                [
                    BINARY,
                    "generate",
                    f"--home={self.home}",
                    "--no-default-folder",
                    "--skip-port-probing",
                ],
                check=True,
                capture_output=True,
                timeout=60,
            )
        return self.device_id()

    def device_id(self) -> str:
        out = subprocess.run(
            [BINARY, "serve", f"--home={self.home}", "--device-id"],
            check=True,
            capture_output=True,
            timeout=60,
        )
        return out.stdout.decode().strip()

    def _api_key(self) -> str:
        found = _API_KEY.search((self.home / "config.xml").read_text(encoding="utf-8"))
        if not found:
            raise ValidationError(t("Syncthing 的设置文件不完整：请删除同步设置后重新配对"))
        return found.group(1)

    # running ----------------------------------------------------------------------------

    def start(self, timeout_s: float = 30) -> None:
        self.generate()
        if self.process is not None and self.process.poll() is None:
            return
        with open(self.home / "syncthing.log", "ab") as log:  # the process keeps its own copy
            self.process = subprocess.Popen(
                [
                    BINARY,
                    "serve",
                    f"--home={self.home}",
                    "--no-browser",
                    "--no-restart",
                    f"--gui-address=127.0.0.1:{self.gui_port}",
                    "--no-upgrade",
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
                env={
                    "STNOUPGRADE": "1",
                    "STNODEFAULTFOLDER": "1",
                    "HOME": str(self.home),
                    "PATH": _path(),
                },
            )
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise ValidationError(t("Syncthing 没能启动（见 syncthing.log）"))
            try:
                self.call("GET", "/rest/system/ping")
                return
            except (OSError, urllib.error.URLError):
                time.sleep(0.2)
        raise ValidationError(t("Syncthing 启动超时"))

    def stop(self) -> None:
        if self.process is None:
            return
        try:
            self.call("POST", "/rest/system/shutdown")
            self.process.wait(timeout=15)
        except (OSError, urllib.error.URLError, subprocess.TimeoutExpired):
            self.process.kill()
            self.process.wait(timeout=15)
        self.process = None

    def call(self, method: str, path: str, body: Any = None) -> Any:
        data = None if body is None else json.dumps(body).encode("utf-8")
        request = urllib.request.Request(
            self.url + path,
            data=data,
            method=method,
            headers={"X-API-Key": self._api_key(), "Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            raw = response.read()
        return json.loads(raw) if raw.strip() else None

    # the school's folder and PCs ---------------------------------------------------------

    def configure(self, folder: Path, name: str) -> None:
        """A LAN-only Syncthing that shares ``folder`` with the paired PCs."""
        self.call(
            "PATCH",
            "/rest/config/options",
            {
                "globalAnnounceEnabled": False,
                "relaysEnabled": False,
                "natEnabled": False,
                "localAnnounceEnabled": True,
                "urAccepted": -1,
                "crashReportingEnabled": False,
                "autoUpgradeIntervalH": 0,
                "listenAddresses": [f"tcp://0.0.0.0:{self.listen_port}"],
            },
        )
        me = self.device_id()
        self.call("PATCH", f"/rest/config/devices/{me}", {"name": name})
        folder.mkdir(parents=True, exist_ok=True)
        current = self._folder() or {}
        devices = current.get("devices") or [{"deviceID": me}]
        self.call(
            "PUT",
            f"/rest/config/folders/{FOLDER_ID}",
            {
                "id": FOLDER_ID,
                "label": "课后服务台同步",
                "path": str(folder),
                "type": "sendreceive",
                "devices": devices,
                "fsWatcherEnabled": True,
                "fsWatcherDelayS": 1,
                "rescanIntervalS": 60,
                "maxConflicts": 10,
                "ignorePerms": True,
            },
        )

    def pair(self, device_id: str, name: str = "", address: str = "dynamic") -> None:
        """Share the folder with another PC (each of the two PCs pairs with the other)."""
        device_id = checked_id(device_id)
        self.call(
            "PUT",
            f"/rest/config/devices/{device_id}",
            {
                "deviceID": device_id,
                "name": name,
                "addresses": [address],
                "autoAcceptFolders": False,
            },
        )
        folder = self._folder()
        if folder is None:
            raise ValidationError(t("请先设置同步文件夹"))
        if not any(d["deviceID"] == device_id for d in folder["devices"]):
            folder["devices"].append({"deviceID": device_id})
            self.call("PUT", f"/rest/config/folders/{FOLDER_ID}", folder)

    def _folder(self) -> dict[str, Any] | None:
        try:
            found = self.call("GET", f"/rest/config/folders/{FOLDER_ID}")
        except urllib.error.HTTPError as exc:
            if exc.code == 404:
                return None
            raise
        return found if isinstance(found, dict) else None

    def connected(self) -> dict[str, bool]:
        """Paired PCs and whether each is connected now."""
        found = self.call("GET", "/rest/system/connections")
        return {
            k: bool(v.get("connected")) for k, v in (found or {}).get("connections", {}).items()
        }


def checked_id(text: str) -> str:
    """Another PC's Syncthing device ID as typed or pasted: spaces and line breaks dropped,
    upper case, and the dashes put in when it was given without them (8 groups of 7)."""
    found = re.sub(r"\s+", "", text).upper()
    if not found:
        raise ValidationError(t("请填写另一台电脑的 Syncthing 设备编号"))
    if "-" not in found and len(found) == 56:
        found = "-".join(found[i : i + 7] for i in range(0, 56, 7))
    if not _DEVICE_ID.fullmatch(found):
        raise ValidationError(
            t(
                "Syncthing 设备编号的格式不对：8 组，每组 7 个字母或数字，用 - 连接"
                "（请在那台电脑的“同步”页点“复制”后粘贴过来）"
            )
        )
    return found


def _path() -> str:
    import os

    return os.environ.get("PATH", "/usr/bin:/bin")


# --- this PC's Syncthing, for the school's sync folder ---------------------------------

LAN_GUI_PORT = 28384  # not Syncthing's own 8384, so a Syncthing the PC already runs is left alone
LAN_PORT = 22001


def node_of(ctx: ServiceContext) -> Node:
    conn = ctx.store.conn
    gui = int(sync_journal.setting(conn, "lan_gui_port") or LAN_GUI_PORT)
    port = int(sync_journal.setting(conn, "lan_port") or LAN_PORT)
    return Node(config_dir() / "syncthing", gui, port)


def start(ctx: ServiceContext, node: Node | None = None) -> Node:
    """Start this PC's Syncthing on the sync folder (LAN only); the caller stops it."""
    folder = sync.required_folder(ctx)
    node = node or node_of(ctx)
    node.start()
    node.configure(folder, sync.device_name(ctx))
    return node


def pair(
    ctx: ServiceContext,
    device_id: str,
    name: str = "",
    address: str = "dynamic",
    node: Node | None = None,
) -> None:
    """Share the sync folder with another PC's Syncthing (do it on both PCs). ``node``: this
    PC's Syncthing while the program runs it (paired through it and left running); else
    Syncthing is started for the pairing and stopped again."""
    ctx.require(Action.SETUP_SCHOOL)
    device_id = checked_id(device_id)  # before Syncthing is started for it
    node = node or node_of(ctx)
    running = node.process is not None and node.process.poll() is None
    start(ctx, node)  # (running already: only the folder's settings again)
    try:
        node.pair(device_id, name, address)
    finally:
        if not running:
            node.stop()
    with ctx.write() as conn:
        ctx.audit(
            conn, "sync.pair", "syncthing", device_id, after={"name": name, "address": address}
        )
