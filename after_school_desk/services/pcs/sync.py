"""The school's PCs as one school: journals through a shared folder (docs/several-pcs.md).

Every PC keeps its own complete file and writes as before; ``now`` writes what this PC wrote
since its last journal into the folder and applies every other PC's new journals, each in
its author's order and exactly once. The folder may be a shared folder on the hub, a folder
a synchronising tool keeps alike on every PC, or a USB stick carried between them: only
whole, immutable files are ever moved, never the live database.

One PC is the school's hub (学校主机): the only writer of the register; a new PC starts from
the hub's snapshot (``join``).
"""

from __future__ import annotations

import contextlib
import socket
import sqlite3
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from after_school_desk import __version__
from after_school_desk.domain.roles import Action
from after_school_desk.errors import HubOnly, ValidationError
from after_school_desk.i18n import t
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.pcs.answers import (
    RefusedRecord,
    TwoWaysOut,
    refused_record,
    two_ways_out,
)
from after_school_desk.store import backup, migrate, school_store, sync_files, sync_journal
from after_school_desk.store.connection import open_store
from after_school_desk.store.snapshots import read_snapshot
from after_school_desk.store.sync_files import BadJournal

FOLDER = "folder"
NAME = "name"
SNAPSHOT_EVERY_S = 24 * 3600  # the hub refreshes the snapshot new PCs start from once a day
CLOCK_SKEW_S = 5 * 60


@dataclass
class Waiting:
    device_id: str
    seq: int
    reason: str


@dataclass
class SyncResult:
    written: int = 0  # journals this PC wrote
    applied: dict[str, int] = field(default_factory=dict)  # device → journals applied
    records: int = 0
    refused: int = 0
    waiting: list[Waiting] = field(default_factory=list)
    snapshot: bool = False

    @property
    def summary(self) -> str:
        parts = [
            t("写出 {n} 个同步文件", n=self.written),
            t("收进 {n} 个", n=sum(self.applied.values())),
        ]
        if self.refused:
            parts.append(t("{n} 条学校基础信息不是学校主机写的，未采用", n=self.refused))
        if self.waiting:
            parts.append(t("{n} 个暂不能收进", n=len(self.waiting)))
        return "，".join(parts) + "。"


@dataclass
class Peer:
    device_id: str
    name: str
    is_hub: bool
    is_self: bool
    journal_seq: int
    clock: str | None  # that PC's clock at its last contact (its last journal or sync note)
    applied_at: str | None  # this PC's clock when it applied it
    in_folder: int  # journals of that PC in the folder
    retired: bool
    clock_ahead_min: int = 0  # that PC's clock was ahead of this one's by so many minutes

    @property
    def clock_wrong(self) -> bool:
        return self.clock_ahead_min > CLOCK_SKEW_S // 60


@dataclass
class SyncStatus:
    device_id: str
    name: str
    folder: str | None
    hub_device: str | None
    hub_name: str
    peers: list[Peer]
    refused: list[RefusedRecord]
    unsent: int | None  # this PC's records written since its last journal (None: no folder)
    two_ways_out: list[TwoWaysOut] = field(default_factory=list)  # today's, see below

    @property
    def is_hub(self) -> bool:
        return self.hub_device == self.device_id

    @property
    def alone(self) -> bool:
        return self.hub_device is None


def me(ctx: ServiceContext) -> str:
    """This PC as its seals name it (the per-user identity the store was opened with)."""
    return ctx.store.ring.device if ctx.store.ring is not None else ctx.device_id


def device_name(ctx: ServiceContext) -> str:
    return sync_journal.setting(ctx.store.conn, NAME) or socket.gethostname() or "本机"


def folder_of(ctx: ServiceContext) -> Path | None:
    value = sync_journal.setting(ctx.store.conn, FOLDER)
    return Path(value) if value else None


def required_folder(ctx: ServiceContext) -> Path:
    """The sync folder, or the refusal every sync job gives when none is set."""
    folder = folder_of(ctx)
    if folder is None:
        raise ValidationError(t("还没有设置同步文件夹（同步 → 设置同步文件夹）"))
    return folder


def set_folder(ctx: ServiceContext, folder: str | Path, name: str | None = None) -> Path:
    ctx.require(Action.SETUP_SCHOOL)
    path = Path(folder).expanduser()
    if not str(folder).strip():
        raise ValidationError(t("请选择同步文件夹"))
    try:
        (path / "journals").mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ValidationError(
            t("同步文件夹 {path} 无法写入：{why}", path=path, why=exc.strerror or exc)
        ) from exc
    with ctx.write() as conn:
        sync_journal.set_setting(conn, FOLDER, str(path.resolve()))
        if name is not None and name.strip():
            sync_journal.set_setting(conn, NAME, name.strip())
        ctx.audit(conn, "sync.folder", "sync_setting", FOLDER, after={"folder": str(path)})
    return path


def make_hub(ctx: ServiceContext, device: str | None = None, name: str = "") -> str:
    """Make this PC (or, from the hub, another PC) the school's hub."""
    ctx.require(Action.SETUP_SCHOOL)
    conn = ctx.store.conn
    current = sync_journal.hub_device(conn)
    target = device or me(ctx)
    if current is not None and current != me(ctx):
        raise HubOnly(
            t(
                "学校主机现在是“{hub}”。要换主机，请在那台电脑上操作（先让新主机同步到最新）。",
                hub=sync_journal.hub_name(conn),
            )
        )
    if target != me(ctx):
        known = {p["device_id"]: p for p in sync_journal.peers(conn)}
        if target not in known:
            raise ValidationError(t("没有这台电脑的同步记录：请先让它同步一次"))
        name = name or str(known[target]["name"])
        _caught_up(ctx, target, name)
        folder = folder_of(ctx)
        if folder is not None:
            write_own(ctx, folder)  # what this PC wrote as the hub goes out before it hands on
    with ctx.write() as w:
        sync_journal.set_hub(w, target, name or device_name(ctx), ctx.now_iso())
        ctx.audit(
            w,
            "sync.hub",
            "school_hub",
            "1",
            before={"device_id": current},
            after={"device_id": target},
        )
        if current is None and sync_journal.own_state(w, target) == (0, 0):
            # the school's first hub: what it holds so far reaches the other PCs as its
            # snapshot (they join from it), not as a first journal of every record ever made
            head = sync_journal.head_of(w, target)
            sync_journal.note_written(w, target, device_name(ctx), 0, head, ctx.now_iso())
    folder = folder_of(ctx)
    if folder is not None and target == me(ctx):
        _write_snapshot(ctx, folder)
    elif folder is not None:
        write_own(ctx, folder)  # the others hear of the new hub
    return target


def _caught_up(ctx: ServiceContext, target: str, name: str) -> None:
    """The new hub must hold everything this hub wrote before it takes over the register."""
    folder = folder_of(ctx)
    note = sync_files.presences(folder).get(target, {}) if folder else {}
    written, _ = sync_journal.own_state(ctx.store.conn, me(ctx))
    have = int((note.get("applied") or {}).get(me(ctx), 0))
    if have < written:
        raise ValidationError(
            t(
                "“{name}”还没有同步到最新（它收进了本机的 {have} 个同步文件，本机已写出 {written} 个）："
                "请先在那台电脑上同步一次，再把学校主机换过去。",
                name=name,
                have=have,
                written=written,
            )
        )


def now(ctx: ServiceContext) -> SyncResult:
    """Write this PC's journal (if it wrote anything) and apply the others' new journals."""
    folder = required_folder(ctx)
    if not folder.is_dir():
        raise ValidationError(
            t("同步文件夹 {folder} 现在打不开（U 盘或共享文件夹没有连上？）", folder=folder)
        )
    result = SyncResult()
    result.written = write_own(ctx, folder)
    apply_others(ctx, folder, result)
    with contextlib.suppress(OSError):  # a note only; the journals are what counts
        applied = {
            str(p["device_id"]): int(p["journal_seq"]) for p in sync_journal.peers(ctx.store.conn)
        }
        sync_files.write_presence(
            folder, me(ctx), {"clock": ctx.now_iso(), "name": device_name(ctx), "applied": applied}
        )
    if _is_hub(ctx) and _snapshot_due(folder):
        _write_snapshot(ctx, folder)
        result.snapshot = True
    return result


def _is_hub(ctx: ServiceContext) -> bool:
    return sync_journal.hub_device(ctx.store.conn) == me(ctx)


def write_own(ctx: ServiceContext, folder: Path) -> int:
    """This PC's writes since its last journal, as the next journal (0 when none)."""
    conn = ctx.store.conn
    mine = me(ctx)
    seq, done = sync_journal.own_state(conn, mine)
    seq, done = _recover_written(ctx, folder, seq, done)
    with read_snapshot(conn):  # the records and their seals as of one moment
        head = sync_journal.head_of(conn, mine)
        heartbeat = _heartbeat_due(conn, mine, ctx)
        if head <= done and not heartbeat:
            return 0
        body = sync_journal.collect(conn, mine, done)
        if not body["records"] and not heartbeat:
            # only what this PC keeps for itself (its audit of the journals it took in): the
            # numbers ride with its next journal, else two PCs would answer each other forever
            return 0
        school = school_store.school(conn)
    header = {
        "device": mine,
        "name": device_name(ctx),
        "seq": seq + 1,
        "dseq_from": done + 1,
        "dseq_to": head,
        "school": (school or {}).get("id"),
        "schema": migrate.schema_version(),
        "program": __version__,
        "clock": ctx.now_iso(),
    }
    sync_files.write_journal(sync_files.journal_path(folder, mine, seq + 1), header, body)
    with ctx.write() as w:
        sync_journal.note_written(w, mine, device_name(ctx), seq + 1, head, str(header["clock"]))
    return 1


def _heartbeat_due(conn: sqlite3.Connection, mine: str, ctx: ServiceContext) -> bool:
    """Once a day a PC with nothing new still writes an (empty) journal: the others then know
    it is alive and up to date (the board's last contact, the month close)."""
    last = sync_journal.own_clock(conn, mine)
    return last is None or last[:10] < ctx.now_iso()[:10]


def _recover_written(ctx: ServiceContext, folder: Path, seq: int, done: int) -> tuple[int, int]:
    """A journal written but not noted (the PC stopped in between): note it, never rewrite it."""
    mine = me(ctx)
    while sync_files.journal_path(folder, mine, seq + 1).exists():
        try:
            header, _ = sync_files.read_journal(sync_files.journal_path(folder, mine, seq + 1))
        except BadJournal:
            break
        if int(header["dseq_to"]) > sync_journal.head_of(ctx.store.conn, mine):
            raise ValidationError(
                t(
                    "同步文件夹里有另一台电脑用着和本机相同的电脑编号写的记录（它的设置文件夹是从本机"
                    "复制过去的？）。请在那台电脑上删除设置文件夹里的 device_id 文件后重新加入学校；"
                    "在这之前本机不再写出同步文件。"
                )
            )
        seq, done = seq + 1, int(header["dseq_to"])
        with ctx.write() as w:
            sync_journal.note_written(w, mine, device_name(ctx), seq, done, str(header["clock"]))
    return seq, done


def apply_others(ctx: ServiceContext, folder: Path, result: SyncResult) -> None:
    school = (school_store.school(ctx.store.conn) or {}).get("id")
    for device in sync_files.devices(folder):
        if device == me(ctx):
            continue
        seq = sync_journal.applied_seq(ctx.store.conn, device)
        while True:
            path = sync_files.journal_path(folder, device, seq + 1)
            if not path.exists():
                break
            problem = _apply_one(ctx, path, school, result)
            if problem:
                result.waiting.append(Waiting(device, seq + 1, problem))
                break
            result.applied[device] = result.applied.get(device, 0) + 1
            seq += 1


def _apply_one(ctx: ServiceContext, path: Path, school: Any, result: SyncResult) -> str:
    """Apply one journal; the reason it has to wait, or ''."""
    try:
        header, body = sync_files.read_journal(path)
    except BadJournal as exc:
        return str(exc)
    if school is not None and header.get("school") not in (None, school):
        return t("这是另一所学校的同步文件，不能收进")
    if int(header.get("schema") or 0) > migrate.schema_version():
        return t("这个同步文件是新版本的程序写的：请先把本机的程序升级到同一版本")
    ring = ctx.store.ring
    if ring is None:  # pragma: no cover - every store the services get has one
        raise RuntimeError("store without seals")
    try:
        with ctx.write() as conn:
            applied = sync_journal.apply(conn, ring, header, body, ctx.now_iso())
            # this PC's own audit chain records each journal it took in, by its hash
            ctx.audit(
                conn,
                "sync.apply",
                "journal",
                f"{header['device']}/{header['seq']}",
                after={
                    "sha256": header.get("sha256"),
                    "records": applied.records,
                    "refused": len(applied.refused),
                },
            )
    except sqlite3.IntegrityError as exc:
        return t("需要的记录还没有到（{why}），等那台电脑的其他同步文件到了再收", why=exc)
    result.records += applied.records
    result.refused += len(applied.refused)
    return ""


def _snapshot_due(folder: Path) -> bool:
    path = sync_files.snapshot_path(folder)
    try:
        return time.time() - path.stat().st_mtime > SNAPSHOT_EVERY_S
    except OSError:
        return True


def _write_snapshot(ctx: ServiceContext, folder: Path) -> Path:
    write_own(ctx, folder)  # everything in the copy is also in a journal already written
    return backup.write_backup(ctx.store.conn, sync_files.snapshot_path(folder))


def status(ctx: ServiceContext) -> SyncStatus:
    conn = ctx.store.conn
    folder = folder_of(ctx)
    hub = sync_journal.hub_device(conn)
    mine = me(ctx)
    _seq, done = sync_journal.own_state(conn, mine)
    peers: list[Peer] = []
    seen = sync_files.presences(folder) if folder else {}
    for p in sync_journal.peers(conn):
        device = str(p["device_id"])
        in_folder = len(list(sync_files.journal_numbers(folder, device))) if folder else 0
        peers.append(
            Peer(
                device_id=device,
                name=str(p["name"] or device[:8]),
                is_hub=device == hub,
                is_self=device == mine,
                journal_seq=int(p["journal_seq"]),
                clock=_latest(p["clock"], seen.get(device, {}).get("clock")),
                applied_at=p["applied_at"],
                in_folder=in_folder,
                retired=bool(p["retired"]),
                clock_ahead_min=_minutes_ahead(p["clock"], p["applied_at"]),
            )
        )
    return SyncStatus(
        device_id=mine,
        name=device_name(ctx),
        folder=str(folder) if folder else None,
        hub_device=hub,
        hub_name=sync_journal.hub_name(conn),
        peers=peers,
        refused=[refused_record(r) for r in sync_journal.refused(conn)],
        # counted only where there is a folder to send to (a scan of this PC's seals: about
        # 0.1 s at 3,000 pupils, read beside the window then)
        unsent=sync_journal.unsent(conn, mine, done) if folder else None,
        two_ways_out=[
            two_ways_out(r) for r in sync_journal.ways_out_from_two_pcs(conn, ctx.now_iso()[:10])
        ],
    )


def _latest(*clocks: str | None) -> str | None:
    known = []
    for c in clocks:
        with contextlib.suppress(TypeError, ValueError):
            known.append((datetime.fromisoformat(str(c)), str(c)))
    return max(known)[1] if known else None


def _minutes_ahead(clock: str | None, applied_at: str | None) -> int:
    """How far another PC's clock was ahead of this one's when its journal arrived (a journal
    cannot be written after it was applied: a positive gap is a clock that is wrong —
    a flat CMOS battery; the other PC sees this one's the same way)."""
    if not clock or not applied_at:
        return 0
    try:
        gap = datetime.fromisoformat(clock) - datetime.fromisoformat(applied_at)
    except ValueError:
        return 0
    return max(0, int(gap.total_seconds() // 60))


def join(folder: str | Path, db_path: Path, device: str) -> Path:
    """Make this PC's copy of the school from the hub's snapshot in ``folder``; the caller then
    opens it and runs ``now`` to take in what was written since."""
    source = sync_files.snapshot_path(Path(folder))
    if not source.exists():
        raise ValidationError(
            t(
                "同步文件夹 {folder} 里没有学校主机的数据副本：请先在学校主机上设置这个同步文件夹",
                folder=folder,
            )
        )
    if db_path.exists():
        raise ValidationError(
            t("本机已经有数据库文件 {path}：加入学校会新建一个，请换一个位置", path=db_path)
        )
    db_path.parent.mkdir(parents=True, exist_ok=True)
    part = db_path.with_name(db_path.name + ".joining")
    backup.copy_verified(source, part)
    with contextlib.closing(open_store(part, lock=False)) as store, store.write() as conn:
        sync_journal.forget_local(conn, device)
        sync_journal.set_setting(conn, FOLDER, str(Path(folder).resolve()))
    part.replace(db_path)
    return db_path


# --- the month's completeness -----------------------------------------------------------


def undelivered(ctx: ServiceContext, month_end: str) -> list[str]:
    """The school's other PCs (not retired) that have delivered no journal written after
    ``month_end``: what they recorded that month may not be here yet."""
    mine = me(ctx)
    return [
        str(p["name"] or str(p["device_id"])[:8])
        for p in sync_journal.peers(ctx.store.conn)
        if p["device_id"] != mine and not p["retired"] and str(p["clock"] or "")[:10] <= month_end
    ]


def retire(ctx: ServiceContext, device: str, retired: bool = True) -> None:
    """A PC no longer used (or not for this school's records): the month close stops waiting."""
    ctx.require(Action.CLOSE_MONTH)
    with ctx.write() as conn:
        if not sync_journal.set_retired(conn, device, retired):
            raise ValidationError(t("没有这台电脑的同步记录（sync status 列出各台电脑）"))
        ctx.audit(conn, "sync.retire", "sync_peer", device, after={"retired": retired})


# --- what the duty board needs to know about the other PCs -----------------------------

SILENT_AFTER_MIN = 15


@dataclass
class ClassPc:
    class_id: str
    device_id: str
    name: str
    last_contact: str | None  # that PC's clock at its last journal here
    minutes_ago: int | None
    silent: bool  # no journal for SILENT_AFTER_MIN minutes: its pupils may be recorded there


def class_pcs(ctx: ServiceContext, day: str) -> dict[str, ClassPc]:
    """For each class recorded on another PC (by the last two weeks' events), that PC and
    whether it has been silent: the board then shows the class's unrecorded pupils as waiting
    for that PC, never simply as not arrived."""
    conn = ctx.store.conn
    folder = folder_of(ctx)
    if folder is None:
        return {}  # one PC alone
    mine = me(ctx)
    since = (date.fromisoformat(day) - timedelta(days=14)).isoformat()
    peers = {str(p["device_id"]): p for p in sync_journal.peers(conn)}
    seen = sync_files.presences(folder)
    now = ctx.clock.now()
    out: dict[str, ClassPc] = {}
    for r in sync_journal.class_recorders(conn, since):
        device = str(r["device_id"])
        peer = peers.get(device)
        if device == mine or peer is None:
            continue  # this PC's own classes, or events this PC did not get by a journal
        clock = _latest(peer["clock"], seen.get(device, {}).get("clock"))
        ago = None
        if clock:
            with contextlib.suppress(ValueError):
                ago = max(0, int((now - datetime.fromisoformat(clock)).total_seconds() // 60))
        out[str(r["class_id"])] = ClassPc(
            class_id=str(r["class_id"]),
            device_id=device,
            name=str(peer["name"] or device[:8]),
            last_contact=clock,
            minutes_ago=ago,
            silent=ago is None or ago > SILENT_AFTER_MIN,
        )
    return out
