"""``data-folder show`` / ``data-folder set FOLDER``: where this PC account keeps the school's
database, its backups and profiles, and moving them to another local folder (for a second disk
``D:\\`` with more room, or a folder the county's image does not wipe).

The move copies and checks every database (``after_school_desk/services/care/data_folder.py``) and only then
writes the setting (``after_school_desk/os_paths.py``), which every later start reads before the database
opens. Needs no log-in (``after_school_desk/cli/login_policy.py``): it copies files this PC account can
already read. The window's 设置 → 数据文件夹… does the same from a screen."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from after_school_desk import os_paths
from after_school_desk.cli.output import emit_json, emit_lines
from after_school_desk.services.care import data_folder

DB_NAME = "school.sqlite"


def register(sub: Any) -> None:
    p = sub.add_parser(
        "data-folder",
        help="数据文件夹：data-folder show | set FOLDER（移到本机另一个文件夹）",
        description="显示或移动数据文件夹（数据库、备份、政策配置）。移动时先复制并检查数据库，"
        "检查通过后才改用新文件夹；旧文件夹原样保留。不需要登录。",
    )
    psub = p.add_subparsers(dest="data_folder_command", metavar="ACTION")
    show = psub.add_parser("show", help="显示数据文件夹、日志文件夹和设置文件夹在哪里")
    show.add_argument("--json", action="store_true", help="以 JSON 输出")
    show.set_defaults(handler=cmd_show, db_mode="none")
    move = psub.add_parser(
        "set",
        help="把数据文件夹移到 FOLDER（空文件夹或新文件夹，本机硬盘上）",
        description="把数据库（经备份接口复制并做完整检查）、backups、damaged 和 profiles "
        "复制到 FOLDER，然后改用它。请先关闭课后服务台的窗口。不能选 U 盘、网络共享文件夹、"
        "没有写入权限或已有其他文件的文件夹。",
    )
    move.add_argument("folder", metavar="FOLDER", help="新的数据文件夹（完整路径）")
    move.set_defaults(handler=cmd_set, db_mode="none")
    p.set_defaults(handler=cmd_show, db_mode="none", json=False)


def folders() -> dict[str, Any]:
    env_value = data_folder.environment_override()
    folder = os_paths.data_dir()
    moved = os_paths.moved_data_dir()
    source = "APP_DATA_DIR" if env_value else ("setting" if moved else "default")
    return {
        "data_dir": str(folder),
        "source": source,
        "default_data_dir": str(os_paths.default_data_dir()),
        "database": str(folder / DB_NAME),
        "database_exists": (folder / DB_NAME).is_file(),
        "app_db": os.environ.get("APP_DB") or None,
        "backups": str(folder / "backups"),
        "log_dir": str(os_paths.log_dir()),
        "config_dir": str(os_paths.config_dir()),
        "setting_file": str(os_paths.setting_file()),
    }


SOURCES = {
    "APP_DATA_DIR": "由环境变量 APP_DATA_DIR 指定",
    "setting": "已移到这里（data-folder set 或“数据文件夹”窗口）",
    "default": "默认位置",
}


def cmd_show(args: argparse.Namespace, ctx: object) -> int:
    info = folders()
    if getattr(args, "json", False):
        emit_json(info)
        return 0
    exists = "已有" if info["database_exists"] else "还没有"
    lines = [
        f"数据文件夹：{info['data_dir']}（{SOURCES[info['source']]}）",
        f"数据库：{info['database']}（{exists}）",
        f"备份：{info['backups']}",
        f"日志：{info['log_dir']}",
        f"设置与防篡改密钥：{info['config_dir']}",
    ]
    if info["app_db"]:
        lines.append(f"注意：环境变量 APP_DB 指定了数据库 {info['app_db']}，它优先于数据文件夹。")
    emit_lines(*lines)
    return 0


def cmd_set(args: argparse.Namespace, ctx: object) -> int:
    current = os_paths.data_dir()  # refused with APP_DATA_DIR set by hand (the service says)
    result = data_folder.move_to(Path(args.folder))
    copied = "、".join(result.databases + result.folders) or "（旧文件夹里还没有数据）"
    if result.databases and data_folder.holds_settings(current):  # Windows' default folder
        kept = (
            f"旧文件夹 {current} 里的数据原样保留。这个文件夹还存放着程序的设置和防篡改密钥，"
            f"不要删除整个文件夹；确认程序在新位置一切正常后，只可以删除其中的 {copied}。"
        )
    else:
        kept = f"旧文件夹 {current} 原样保留：确认程序在新位置一切正常后，可以自行删除它。"
    emit_lines(f"数据文件夹已移到 {result.target}。", f"复制并检查了：{copied}。", kept)
    return 0
