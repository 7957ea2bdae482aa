"""This PC's Syncthing as the 同步 page drives it (docs/several-pcs.md): whether it runs with the
program, this PC's device ID, pairing with another PC, and the paired PCs with whether each is
connected now. The Syncthing process itself is run by ``lan_sync``; this module puts its
failures in words (a Syncthing that does not answer is no error of the program) and keeps the
one setting the screens add, ``lan_autostart``.
"""

from __future__ import annotations

import contextlib
import json
import re
import subprocess
import time
import urllib.error
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field

from after_school_desk.domain.roles import Action
from after_school_desk.errors import AppError, ValidationError
from after_school_desk.i18n import t
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.pcs import lan_sync
from after_school_desk.store import sync_journal

AUTOSTART = "lan_autostart"  # "1": the main window starts Syncthing when it opens
_ADDRESS = re.compile(r"(tcp|quic)://([A-Za-z0-9.\-]+|\[[0-9A-Fa-f:.]+\])(:\d{1,5})?")


def lan_enabled(ctx: ServiceContext) -> bool:
    """Syncthing runs with the program (the 同步 page's 随程序启动 Syncthing)."""
    return sync_journal.setting(ctx.store.conn, AUTOSTART) == "1"


def set_lan_enabled(ctx: ServiceContext, on: bool) -> bool:
    ctx.require(Action.SETUP_SCHOOL)
    with ctx.write() as conn:
        before = sync_journal.setting(conn, AUTOSTART) == "1"
        sync_journal.set_setting(conn, AUTOSTART, "1" if on else "0")
        ctx.audit(
            conn, "sync.lan", "sync_setting", AUTOSTART, before={"on": before}, after={"on": on}
        )
    return on


# --- Syncthing's answers in words ----------------------------------------------------------


@contextlib.contextmanager
def _said() -> Iterator[None]:
    """Syncthing that cannot be run or does not answer: a refusal in words."""
    try:
        yield
    except urllib.error.HTTPError as exc:
        raise ValidationError(
            t("Syncthing 拒绝了这个操作（{code} {reason}）", code=exc.code, reason=exc.reason)
        ) from exc
    except urllib.error.URLError as exc:
        raise ValidationError(t("Syncthing 没有回答（{why}）", why=exc.reason)) from exc
    except subprocess.CalledProcessError as exc:
        said = (exc.stderr or b"").decode("utf-8", "replace").strip().splitlines()
        raise ValidationError(
            t("Syncthing 没能运行（{why}）", why=said[-1] if said else exc)
        ) from exc
    except subprocess.SubprocessError as exc:
        raise ValidationError(t("Syncthing 没有回答（超时）")) from exc
    except json.JSONDecodeError as exc:
        raise ValidationError(t("Syncthing 的回答看不懂")) from exc
    except OSError as exc:
        if exc.errno in (28, 5):  # a full or failing disk: the storage alarm says it
            raise
        raise ValidationError(t("Syncthing 没有回答（{why}）", why=exc.strerror or exc)) from exc


def this_id(node: lan_sync.Node) -> str:
    """This PC's Syncthing device ID (keys made on first use; Syncthing need not run)."""
    with _said():
        return node.generate()


def start(ctx: ServiceContext, node: lan_sync.Node) -> lan_sync.Node:
    """Start ``node`` on the sync folder (see ``lan_sync.start``); the caller stops it. A
    Syncthing of this PC's settings still answering on its port, left by a program that ended
    without stopping it, is stopped first: the one that runs is the caller's."""
    if node.process is None:
        _end_leftover(node)
    with _said():
        return lan_sync.start(ctx, node)


def _end_leftover(node: lan_sync.Node, timeout_s: float = 15) -> None:
    try:
        node.call("POST", "/rest/system/shutdown")
    except (OSError, ValueError, AppError):
        return  # none answers (the usual case), or not ours
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            node.call("GET", "/rest/system/ping")
        except (OSError, ValueError, AppError):
            return
        time.sleep(0.2)


def stop(node: lan_sync.Node) -> None:
    with _said():
        node.stop()


# --- pairing ---------------------------------------------------------------------------------


# (a device ID as typed or pasted: one rule, the one pairing itself applies)
normalise_id = lan_sync.checked_id


def address_of(text: str) -> str:
    """'' (found on the LAN by itself), or where the other PC listens: ``192.168.1.10``,
    ``192.168.1.10:22001`` or ``tcp://192.168.1.10:22001`` (the port defaults to the program's)."""
    text = text.strip()
    if not text:
        return "dynamic"
    if "://" not in text:
        text = "tcp://" + text
    found = _ADDRESS.fullmatch(text)
    if found is None:
        raise ValidationError(
            t("地址的格式不对，例如 tcp://192.168.1.10:22001；不填则在局域网里自动寻找")
        )
    return text if found.group(3) else f"{text}:{lan_sync.LAN_PORT}"


def pair(
    ctx: ServiceContext,
    device_id: str,
    name: str = "",
    address: str = "",
    node: lan_sync.Node | None = None,
) -> str:
    """Share the sync folder with another PC's Syncthing (do it on both PCs); the other PC's
    ID as Syncthing writes it. ``node``: this PC's Syncthing while the program runs it (paired
    through it, left running); else Syncthing is started for the pairing and stopped again."""
    ctx.require(Action.SETUP_SCHOOL)
    device_id = normalise_id(device_id)
    address = address_of(address)
    name = name.strip()
    running = node is not None and node.process is not None and node.process.poll() is None
    with _said():
        if device_id == (node or lan_sync.node_of(ctx)).generate():
            raise ValidationError(t("这是本机自己的设备编号：请填写另一台电脑的编号"))
        lan_sync.pair(ctx, device_id, name, address, node if running else None)
    return device_id


# --- the paired PCs --------------------------------------------------------------------------


@dataclass(frozen=True)
class LanPeer:
    device_id: str
    name: str
    connected: bool


@dataclass(frozen=True)
class LanState:
    """What this PC's Syncthing says: whether it answers, and the PCs the folder is shared
    with (from its settings file when it does not run: ``connected`` is then False)."""

    running: bool
    peers: list[LanPeer] = field(default_factory=list)


def state(node: lan_sync.Node) -> LanState:
    if not (node.home / "config.xml").exists():
        return LanState(False)
    try:
        node.call("GET", "/rest/system/ping")
    except (OSError, ValueError, ValidationError):  # not running (or not ours on that port)
        return LanState(False, _peers_in_settings(node))
    with _said():
        me = node.device_id()
        try:
            folder = node.call("GET", f"/rest/config/folders/{lan_sync.FOLDER_ID}") or {}
        except urllib.error.HTTPError as exc:
            if exc.code != 404:
                raise
            folder = {}
        devices = node.call("GET", "/rest/config/devices") or []
        links = node.connected()
    names = {str(d.get("deviceID")): str(d.get("name") or "") for d in devices}
    shared = [str(d.get("deviceID")) for d in folder.get("devices", [])]
    return LanState(
        True,
        [LanPeer(d, names.get(d, ""), links.get(d, False)) for d in shared if d and d != me],
    )


def _peers_in_settings(node: lan_sync.Node) -> list[LanPeer]:
    try:
        root = ET.parse(node.home / "config.xml").getroot()
    except (OSError, ET.ParseError):
        return []
    names = {d.get("id", ""): d.get("name", "") for d in root.findall("device")}
    with _said():
        me = node.device_id()
    return [
        LanPeer(d, names.get(d, ""), False)
        for folder in root.findall("folder")
        if folder.get("id") == lan_sync.FOLDER_ID
        for d in (e.get("id", "") for e in folder.findall("device"))
        if d and d != me
    ]
