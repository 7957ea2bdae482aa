"""sync: the school's PCs as one school, through a shared folder or a USB stick
(docs/several-pcs.md)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from after_school_desk.cli.output import emit_json, emit_lines, emit_table
from after_school_desk.errors import InputFileError
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.base.device import default_db_path, device_id
from after_school_desk.services.pcs import lan_sync, sync, sync_usb


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "sync", help="多台电脑同步：hub | folder | now | status | join | export | import"
    )
    ssub = p.add_subparsers(dest="sync_command", metavar="ACTION", required=True)
    s = ssub.add_parser("hub", help="把本机设为学校主机（或在主机上把主机换到另一台电脑）")
    s.add_argument("--device", help="新主机的电脑编号（sync status 列出）；不写：本机")
    s.set_defaults(handler=cmd_hub)
    s = ssub.add_parser("folder", help="设置同步文件夹（主机上的共享文件夹或同步工具的文件夹）")
    s.add_argument("dir")
    s.add_argument("--name", help="这台电脑的名字，如“一年级(1)班电脑”")
    s.set_defaults(handler=cmd_folder)
    s = ssub.add_parser("now", help="立即同步：写出本机的记录，收进其他电脑的记录")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=cmd_now)
    s = ssub.add_parser("status", help="各台电脑最后一次同步的时间、未采用的记录")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=cmd_status)
    s = ssub.add_parser("lan", help="局域网同步（Syncthing）：lan id | lan pair 编号 | lan run")
    lsub = s.add_subparsers(dest="lan_command", metavar="ACTION", required=True)
    t = lsub.add_parser("id", help="本机的 Syncthing 设备编号（另一台电脑配对时要输入）")
    t.set_defaults(handler=cmd_lan_id)
    t = lsub.add_parser("pair", help="与另一台电脑配对（两台电脑上都要做）")
    t.add_argument("device_id", help="那台电脑的 Syncthing 设备编号")
    t.add_argument("--name", default="", help="那台电脑的名字")
    t.add_argument(
        "--address", default="dynamic", help="如 tcp://192.168.1.10:22001；不写：局域网里自动寻找"
    )
    t.set_defaults(handler=cmd_lan_pair)
    t = lsub.add_parser("run", help="启动 Syncthing 并每隔一段时间同步一次，直到按 Ctrl-C")
    t.add_argument("--every", type=float, default=10.0, help="同步间隔（秒），默认 10")
    t.set_defaults(handler=cmd_lan_run)
    s = ssub.add_parser("retire", help="把不再使用的电脑标为停用（月结不再等它的同步记录）")
    s.add_argument("device", help="电脑编号（sync status --json 列出）")
    s.add_argument("--undo", action="store_true", help="恢复为在用")
    s.set_defaults(handler=cmd_retire)
    s = ssub.add_parser("join", help="从同步文件夹里学校主机的副本建立本机的数据库（新电脑）")
    s.add_argument("dir")
    s.set_defaults(handler=cmd_join, db_mode="none")
    s = ssub.add_parser("export", help="把同步记录加密写到 U 盘（电脑之间没有网络时）")
    s.add_argument("--to", required=True, help="U 盘上的文件夹")
    s.add_argument("--passphrase-env", default="APP_BACKUP_PASSPHRASE", help="口令所在的环境变量")
    s.set_defaults(handler=cmd_export)
    s = ssub.add_parser("import", help="收进 U 盘上的同步包")
    s.add_argument("--from", dest="source", required=True, help="U 盘上的文件夹")
    s.add_argument("--passphrase-env", default="APP_BACKUP_PASSPHRASE", help="口令所在的环境变量")
    s.set_defaults(handler=cmd_import)


def _secret(var: str) -> str:
    value = os.environ.get(var)
    if not value:
        raise InputFileError(f"环境变量 {var} 没有设置，读不到学校的备份口令（同步包用它加密）。")
    return value


def cmd_hub(args: argparse.Namespace, ctx: ServiceContext) -> int:
    target = sync.make_hub(ctx, args.device)
    emit_lines(f"学校主机：{'本机' if target == ctx.device_id else target}。")
    return 0


def cmd_folder(args: argparse.Namespace, ctx: ServiceContext) -> int:
    path = sync.set_folder(ctx, args.dir, args.name)
    emit_lines(f"同步文件夹：{path}。运行 sync now 同步。")
    return 0


def _result_json(result: sync.SyncResult) -> dict[str, object]:
    return {
        "written": result.written,
        "applied": result.applied,
        "records": result.records,
        "refused": result.refused,
        "waiting": [w.__dict__ for w in result.waiting],
        "snapshot": result.snapshot,
    }


def cmd_now(args: argparse.Namespace, ctx: ServiceContext) -> int:
    result = sync.now(ctx)
    if args.json:
        emit_json(_result_json(result))
    else:
        emit_lines(
            result.summary,
            *(f"  {w.device_id[:8]} 第 {w.seq} 个：{w.reason}" for w in result.waiting),
        )
    return 1 if result.waiting else 0


def cmd_status(args: argparse.Namespace, ctx: ServiceContext) -> int:
    st = sync.status(ctx)
    if args.json:
        emit_json(
            {
                "device_id": st.device_id,
                "name": st.name,
                "folder": st.folder,
                "hub": st.hub_device,
                "unsent": st.unsent,
                "peers": [p.__dict__ for p in st.peers],
                "refused": st.refused,
                "two_ways_out": st.two_ways_out,
            }
        )
        return 0
    hub = "还没有设（只有一台电脑）" if st.alone else ("本机" if st.is_hub else st.hub_name)
    emit_lines(
        f"本机：{st.name}（{st.device_id}）",
        f"学校主机：{hub}",
        f"同步文件夹：{st.folder or '还没有设置'}",
        f"本机还没写出的记录：{'—' if st.unsent is None else f'{st.unsent} 条'}",
    )
    rows = [
        [
            p.name + ("（主机）" if p.is_hub else "") + ("（本机）" if p.is_self else ""),
            p.journal_seq,
            p.in_folder,
            p.clock or "",
            p.applied_at or "",
        ]
        for p in st.peers
    ]
    if rows:
        emit_table(["电脑", "已收进/写出", "文件夹里", "那台电脑写出时间", "本机收进时间"], rows)
    for p in st.peers:
        if p.clock_wrong:
            emit_lines(
                f"注意：{p.name} 的时钟比本机快了约 {p.clock_ahead_min} 分钟，请校准那台电脑的时间。"
            )
    for w in st.two_ways_out:
        emit_lines(
            f"注意：{w['name']} 今天在两台电脑上都记了离校（{w['times']}），以最早的一条为准，请老师核对。"
        )
    for r in st.refused[:20]:
        emit_lines(f"未采用：{r['device_id'][:8]} {r['entity']} {r['row_key']}：{r['reason']}")
    return 0


def cmd_lan_id(_args: argparse.Namespace, ctx: ServiceContext) -> int:
    emit_lines(lan_sync.node_of(ctx).generate())
    return 0


def cmd_lan_pair(args: argparse.Namespace, ctx: ServiceContext) -> int:
    lan_sync.pair(ctx, args.device_id, args.name, args.address)
    emit_lines("已配对。请在那台电脑上也与本机配对（sync lan pair 本机编号）。")
    return 0


def cmd_lan_run(args: argparse.Namespace, ctx: ServiceContext) -> int:
    import time

    node = lan_sync.start(ctx)
    emit_lines(f"Syncthing 已启动（设备编号 {node.device_id()}）。按 Ctrl-C 停止。")
    try:
        while True:
            result = sync.now(ctx)
            if result.written or result.applied or result.waiting:
                emit_lines(result.summary)
            time.sleep(max(1.0, args.every))
    except KeyboardInterrupt:
        return 0
    finally:
        node.stop()


def cmd_retire(args: argparse.Namespace, ctx: ServiceContext) -> int:
    sync.retire(ctx, args.device, not args.undo)
    emit_lines("已恢复为在用。" if args.undo else "已标为停用：月结不再等这台电脑的同步记录。")
    return 0


def cmd_join(args: argparse.Namespace, _ctx: ServiceContext | None) -> int:
    db_path = (Path(args.db) if args.db else default_db_path()).expanduser().resolve()
    sync.join(Path(args.dir), db_path, device_id())
    emit_lines(
        f"已从学校主机的副本建立本机的数据库 {db_path}。",
        "接着运行 sync now 收进之后的记录；如果本机还没有学校的防篡改密钥，请用 key import 导入。",
    )
    return 0


def cmd_export(args: argparse.Namespace, ctx: ServiceContext) -> int:
    path = sync_usb.export_bundle(ctx, Path(args.to), _secret(args.passphrase_env))
    emit_lines(f"已写出同步包 {path}。把 U 盘带到另一台电脑，运行 sync import。")
    return 0


def cmd_import(args: argparse.Namespace, ctx: ServiceContext) -> int:
    result = sync_usb.import_bundles(ctx, Path(args.source), _secret(args.passphrase_env))
    emit_lines(result.summary)
    return 1 if result.waiting else 0
