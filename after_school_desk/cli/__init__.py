"""The command line: the same services as the GUI, for scripting, county IT staff and tests.

Exit status: 0 done; 1 refused (validation, policy, permission); 2 unreadable command line or file.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

from after_school_desk import __version__
from after_school_desk.cli import console, login, new_file
from after_school_desk.cli.chinese_argparse import VERSION_HELP, ChineseParser
from after_school_desk.errors import (
    AppError,
    InputFileError,
    StorageError,
    ValidationError,
    WritesRefused,
)
from after_school_desk.errors import PermissionDenied as _Denied
from after_school_desk.os_paths import apply_data_folder_setting
from after_school_desk.services.base.clock import clock_from_env
from after_school_desk.services.base.context import ServiceContext, nobody_actor
from after_school_desk.services.base.device import config_dir, data_dir, default_db_path, device_id

# Each module has register(subparsers); handlers are set with set_defaults(handler=..., db=...).
COMMAND_MODULES = [
    "after_school_desk.cli.setup_cmds",
    "after_school_desk.cli.people_cmds",
    "after_school_desk.cli.account_cmds",
    "after_school_desk.cli.demo_cmds",
    "after_school_desk.cli.calendar_cmds",
    "after_school_desk.cli.timetable_cmds",
    "after_school_desk.cli.maintenance_cmds",
    "after_school_desk.cli.compliance_cmds",
    "after_school_desk.cli.enrolment_cmds",
    "after_school_desk.cli.profile_cmds",
    "after_school_desk.cli.money_cmds",
    "after_school_desk.cli.report_cmds",
    "after_school_desk.cli.month_cmds",
    "after_school_desk.cli.token_cmds",
    "after_school_desk.cli.key_cmds",
    "after_school_desk.cli.sync_cmds",
    "after_school_desk.cli.county_cmds",
    "after_school_desk.cli.manual_cmds",
    "after_school_desk.cli.data_folder_cmds",
]
OPTIONAL_MODULES = [
    "after_school_desk.cli.roster_cmds",
    "after_school_desk.cli.daily_cmds",
    "after_school_desk.cli.duty_cmds",
    "after_school_desk.cli.bench_cmds",
]


PROG = "python -m app"  # as the README writes it; the installed command is after-school-desk
SCRIPT = "after-school-desk"


def build_parser(prog: str = PROG) -> argparse.ArgumentParser:
    parser = ChineseParser(
        prog=prog,
        description="课后服务台 After-School Desk。不带命令时打开图形界面。"
        "读取或修改学校数据的命令都需要登录：--user 登录名（随后输入 PIN），"
        "或脚本用环境变量 APP_TOKEN；哪些命令不需要登录见 docs/cli-login.md。",
    )
    parser.add_argument(
        "--db", help="数据库文件（默认：用户数据文件夹中的 school.sqlite，或环境变量 APP_DB）"
    )
    parser.add_argument(
        "--user",
        metavar="LOGIN",
        help="以这个账户登录（随后输入 PIN；脚本可用环境变量 APP_PIN，或改用 APP_TOKEN 令牌）。"
        "见 docs/cli-login.md",
    )
    parser.add_argument(
        "--version", action="version", version=f"课后服务台 {__version__}", help=VERSION_HELP
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=ChineseParser)
    for name in COMMAND_MODULES + OPTIONAL_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if name in OPTIONAL_MODULES and exc.name == name:
                continue
            raise
        module.register(sub)
    return parser


def open_context(
    db_path: Path, *, create: bool, lock: bool = True, beside: bool = False
) -> ServiceContext:
    """The school's file, opened by nobody yet (no rights until ``login.authenticate``).
    ``lock=False``: the caller holds the one-copy lock (a new file built aside). ``beside``:
    for reading only, beside the program that holds the lock (``read_policy``)."""
    from after_school_desk.services.base.school_file import (
        open_school_file,
        open_school_file_beside,
    )

    if beside:
        store = open_school_file_beside(db_path)
    else:
        store = open_school_file(db_path, create=create, lock=lock)
    return ServiceContext(
        store=store,
        actor=nobody_actor(login.os_user()),
        device_id=device_id(),
        clock=clock_from_env(),
    )


def open_logged_in(
    db_path: Path,
    args: argparse.Namespace,
    command: str,
    *,
    create: bool = False,
    lock: bool = True,
    beside: bool = False,
) -> ServiceContext:
    """The school's file with whoever may run ``command`` acting (closed again if not)."""
    ctx = open_context(db_path, create=create, lock=lock, beside=beside)
    try:
        return login.authenticate(ctx, args, command)
    except BaseException:
        ctx.store.close()
        raise


def _private_files(db_path: Path) -> None:
    """The database, its backups and the program's folders readable by this account only."""
    from after_school_desk.logs import log_dir
    from after_school_desk.services.base.school_file import tighten_file_modes

    tighten_file_modes(db_path, data_dir(), log_dir(), config_dir())


def console_main() -> int:
    """The ``after-school-desk`` command (``[project.scripts]``): as ``python -m app``."""
    from after_school_desk.services.base.school_file import restrict_new_files

    restrict_new_files()  # files and folders the program creates: this PC account's only (POSIX)
    return main(prog=SCRIPT)


def main(argv: Sequence[str] | None = None, prog: str = PROG) -> int:
    console.setup_streams()  # UTF-8, or GB18030 into a file on Chinese Windows (console.py)
    apply_data_folder_setting()  # a folder moved with `data-folder set`, before any file opens
    parser = build_parser(prog)
    args = parser.parse_args(argv)
    db_path = Path(args.db) if args.db else default_db_path()
    _private_files(db_path)
    if args.command is None:
        from after_school_desk.ui.app import run_gui

        return run_gui(db_path)
    command = login.command_path(parser, args)
    try:
        mode = getattr(args, "db_mode", "existing")
        if mode == "none":  # never opens the school's file, or logs in itself (restore)
            return int(args.handler(args, None))
        if mode == "create" and new_file.is_new(db_path):
            return _build_new(db_path, args, command)
        ctx = _open_for(db_path, args, command, create=(mode == "create"))
        try:
            return int(args.handler(args, ctx))
        except WritesRefused as exc:
            if not ctx.store.beside_lock_holder:
                raise
            _print_error(exc)  # a refusal, not a broken file: nothing was written
            return 1
        finally:
            ctx.store.close()
    except (ValidationError, _Denied) as exc:
        _print_error(exc)
        return 1
    except (StorageError, InputFileError) as exc:
        _print_error(_with_demo_hint(_with_recovery_hint(exc, db_path), db_path, args))
        return 2
    except AppError as exc:
        _print_error(exc)
        return 1
    except sqlite3.Error as exc:  # disk full, I/O error …: the transaction was rolled back
        from after_school_desk.services.base.school_file import storage_error

        _print_error(storage_error(exc, db_path))
        return 2
    except BrokenPipeError:  # output piped into head/less that closed early
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:  # Ctrl-C: a write in progress was rolled back
        sys.stderr.write("已中断。\n")
        return 130


LOCKED_HINT = "关闭图形界面后再试，或使用只读命令（见 docs/cli-login.md）。"


def _open_for(
    db_path: Path, args: argparse.Namespace, command: str, *, create: bool
) -> ServiceContext:
    """The lock first, as always; while another program (the GUI) holds it, a command of
    ``read_policy.READS_ONLY`` opens the file beside it for reading only and a writer is
    refused with a hint."""
    from after_school_desk.cli.read_policy import reads_only
    from after_school_desk.errors import DatabaseLocked

    try:
        return open_logged_in(db_path, args, command, create=create)
    except DatabaseLocked as exc:
        if not reads_only(command) or create or not db_path.exists():
            raise DatabaseLocked(exc.message, [*exc.problems, LOCKED_HINT]) from exc
    return open_logged_in(db_path, args, command, beside=True)


def _build_new(db_path: Path, args: argparse.Namespace, command: str) -> int:
    """``init``/``demo`` on a new file: built aside, renamed into place when complete
    (``new_file``); anything short of that leaves no file."""
    with new_file.built_aside(db_path) as building:
        args.target_db = building.target  # the file the handler names to the person
        try:
            ctx = open_logged_in(building.path, args, command, create=True, lock=False)
            try:
                code = int(args.handler(args, ctx))
                if code == 0:
                    ctx.store.checkpoint("TRUNCATE")  # the whole school in the one file
            finally:
                ctx.store.close()
        except BaseException as exc:
            if not (building.interrupted or isinstance(exc, KeyboardInterrupt)):
                raise
            sys.stderr.write(f"已中断：没有建立 {building.target}，也没有留下文件。\n")
            return 130
        building.finished = code == 0
    return code


def _with_recovery_hint(exc: AppError, db_path: Path) -> AppError:
    """A live file that is missing, empty or cannot be opened, with good backups beside it:
    name the newest one and the restore command (not init, which would start a new school)."""
    from after_school_desk.errors import DamagedDatabase, NotOurFile

    path = db_path.expanduser().resolve()
    missing = not path.exists() or path.stat().st_size == 0
    if not (missing and type(exc) is StorageError) and not isinstance(
        exc, DamagedDatabase | NotOurFile
    ):
        return exc
    from after_school_desk.services.care.maintenance import recovery_hint

    hint = recovery_hint(path)
    if not hint:
        return exc
    lead = f"找不到数据库文件 {path}（或它是空的）。" if missing else exc.message
    return StorageError(lead, [*exc.problems, *hint])


DEMO_FILE = "demo.sqlite"  # where scripts/setup.sh run builds the demo school, in data_dir()


def _with_demo_hint(exc: AppError, db_path: Path, args: argparse.Namespace) -> AppError:
    """The default file (no ``--db``, no ``APP_DB``) is missing but the demo school that
    ``scripts/setup.sh run`` made is there: say how to open it (never open it instead)."""
    demo = data_dir() / DEMO_FILE
    if (
        type(exc) is not StorageError
        or args.db
        or os.environ.get("APP_DB")
        or db_path.exists()
        or not demo.is_file()
    ):
        return exc
    hint = f"演示学校在 {demo}：要用它，请在命令前加 --db {demo}（或设置环境变量 APP_DB）。"
    return StorageError(exc.message, [*exc.problems, hint])


def _print_error(exc: AppError) -> None:
    """Each line once: an error made with ``fields`` and no ``problems`` (``ValidationError``)
    carries its message again as a field's problem; printed, that said it twice."""
    for line in dict.fromkeys(exc.lines()):
        sys.stderr.write(f"{line}\n")
