"""Starting the GUI: language, style, opening the database, first-run set-up, log-in.

Developer convenience: ``APP_AUTOLOGIN=login:PIN`` logs that user in without the dialog (for
screenshots and demonstrations); a wrong PIN, or a principal's PIN shorter than the rule, falls
back to the dialog.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import sys
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from after_school_desk import logs
from after_school_desk.domain.roles import Role
from after_school_desk.errors import (
    AppError,
    DamagedDatabase,
    DatabaseLocked,
    NotOurFile,
    StorageError,
)
from after_school_desk.services.base.clock import clock_from_env
from after_school_desk.services.base.context import Actor, ServiceContext
from after_school_desk.services.base.device import device_id
from after_school_desk.services.base.school_file import Store, open_school_file
from after_school_desk.services.care import apart, maintenance, storage
from after_school_desk.services.pcs import sync
from after_school_desk.services.school import users
from after_school_desk.services.school.setup import school_info
from after_school_desk.ui import (
    data_folder_box,
    diagnostics,
    i18n,
    operations,
    storage_failure,
    tap_guard,
    touch_inputs,
)
from after_school_desk.ui.checkpoint_timer import CheckpointTimer
from after_school_desk.ui.gc_policy import GuiThreadCollector
from after_school_desk.ui.login_dialog import LoginDialog
from after_school_desk.ui.main_window import MainWindow
from after_school_desk.ui.operations import Access, ProgressFn, Runner
from after_school_desk.ui.qt_references import keep_singletons_alive
from after_school_desk.ui.recovery_offer import offer_instead_of_setup, offer_recovery
from after_school_desk.ui.setup_wizard import Joined, SetupWizard
from after_school_desk.ui.style import apply_style

log = logging.getLogger("after_school_desk.ui.app")

# Who acts while no user account exists yet (the first-run wizard).
SETUP_ACTOR = Actor(login="gui:setup", role=Role.SYSTEM, display_name="首次设置")


LOCKED_TEXT = QT_TRANSLATE_NOOP(
    "App",
    "课后服务台已经在这台电脑上打开了这个数据库（另一个窗口正在使用）。请切换到已经打开的那个窗口，不要同时打开两份。",
)


def storage_error_text(exc: StorageError) -> str:
    if isinstance(exc, DatabaseLocked):
        lead = QCoreApplication.translate("App", str(LOCKED_TEXT))
        return "\n\n".join([lead, *exc.lines()])
    return "\n".join(exc.lines())


def show_storage_error(exc: StorageError) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("App", "无法打开数据库"),
        storage_error_text(exc),
    )
    box.exec()


def autologin(ctx: ServiceContext) -> Actor | None:
    value = os.environ.get("APP_AUTOLOGIN", "")
    login, _, pin = value.partition(":")
    if not (login and pin):
        return None
    try:
        actor = users.log_in(ctx, login, pin)
    except AppError:
        return None
    # a principal's short PIN is lengthened in the log-in dialog first, never skipped
    return None if users.longer_secret_needed(actor, pin) else actor


def start_session(ctx: ServiceContext) -> MainWindow | Joined | None:
    """First-run set-up if needed, then log-in; None when the person cancels. ``Joined``: the
    person joined the school's PCs instead, whose copy is to be opened in place of this file."""
    school = school_info(ctx)
    if (school is None or not users.list_users(ctx)) and offer_instead_of_setup(ctx):
        school = school_info(ctx)  # restored from the newest good backup (never the wizard)
    if school is None or not users.list_users(ctx):
        wizard = SetupWizard(ctx, school_exists=school is not None)
        if not wizard.exec():
            return None
        joined = getattr(wizard, "joined", None)
        if isinstance(joined, Joined):
            return joined
        school = school_info(ctx)
    assert school is not None
    actor = autologin(ctx)
    if actor is None:
        dialog = LoginDialog(ctx, school_name=str(school["name"]))
        if not dialog.exec() or dialog.actor is None:
            return None
        actor = dialog.actor
    return MainWindow(dataclasses.replace(ctx, actor=actor), school)


def start_up_checks(ctx: ServiceContext, parent: QWidget) -> Runner | None:
    """quick_check, the first-start-of-the-day backup and sealing finished months of the
    attendance log, beside the open window.

    They run through the operations runner on connections of their own, opened by path
    (``Access.FILES``: the file may be damaged), so the person can start working at once. A
    file that fails the check is not written into: the program switches to read-only mode (the
    red banner) and offers the newest good backup; it is not backed up over good ones either.
    """
    if school_info(ctx) is None:
        return None
    path = ctx.store.path
    target = maintenance.daily_backup_target(ctx)
    tampered: list[str] = []

    def job(who: ServiceContext, _progress: ProgressFn) -> list[str]:
        """By path only (``Access.FILES``): ``who`` says who, when and on which PC."""
        try:
            problems = maintenance.start_up_check(path)
        except Exception as exc:  # the check could not even read the file: damage too
            log.error("start-up check could not run: %s", type(exc).__name__)
            problems = [str(exc) or type(exc).__name__]
        if problems:
            return problems
        log.info("start-up check passed")
        if target is not None:
            maintenance.write_daily_backup(path, target)
            log.info("daily backup written: %s", target.name)
            # once a day, like the backup; in a process of its own, so taps stay quick
            tampered.extend(apart.run_apart(maintenance.tamper_findings, path))
            log.info("tamper check done: %d line(s) of findings", len(tampered))
        # after the backup: the day's copy still holds the rows as they were
        # on a connection of its own, in a process of its own (a month of a large school is a
        # minute's work), when a month is due
        if maintenance.sealing_due(path, who.clock):
            sealed = apart.run_apart(maintenance.seal_due_in, path, who.device_id, who.clock)
            log.info("sealing at start-up: %s", _counts(sealed))
        return problems

    def done(problems: list[str]) -> None:
        if tampered:
            storage_failure.records_tampered(tampered, parent)
        found = [str(p) for p in problems]
        if found:
            if storage_failure.current is None:  # not the program's own window (tests)
                storage.enter_read_only(ctx)
                show = getattr(parent, "show_read_only_banner", None)
                if show is not None:
                    show(storage.READ_ONLY_TEXT)
            storage_failure.file_failed_check(found, parent)

    # no line of its own: a refusal is said in a box titled 自动备份失败, a storage failure in
    # the blocking message, anything else in the friendly dialog
    runner = Runner(parent, None, error_title=QCoreApplication.translate("App", "自动备份失败"))
    runner.failed.connect(lambda exc: log.error("daily backup or sealing failed: %s", exc))
    runner.start(ctx, job, access=Access.FILES, on_done=done)
    return runner


def _counts(report: object) -> str:
    """A report's numbers only (never names) for the log."""
    if dataclasses.is_dataclass(report) and not isinstance(report, type):
        parts = []
        for f in dataclasses.fields(report):
            value = getattr(report, f.name)
            if isinstance(value, int | float):
                parts.append(f"{f.name}={value}")
            elif isinstance(value, list | tuple | dict):
                parts.append(f"{f.name}={len(value)}")
        return ", ".join(parts)
    return type(report).__name__


# exit code of the event loop when the person chose to restore the newest good backup
RESTART_FOR_RECOVERY = 75


def _open(db_path: Path) -> Store | None:
    """The database file, or None after telling the person why not."""
    try:
        return open_school_file(db_path, create=True, scan=False)
    except (DamagedDatabase, NotOurFile) as exc:
        log.error("database refused at open: %s", type(exc).__name__)
        try:
            if not offer_recovery(db_path, exc):
                show_storage_error(exc)
                return None
            log.info("database replaced by the newest good backup")
            return open_school_file(db_path)
        except StorageError as again:
            show_storage_error(again)
            return None
    except StorageError as exc:
        log.error("database refused at open: %s", type(exc).__name__)
        show_storage_error(exc)
        return None


def _recover(db_path: Path, reason: str) -> Store | None:
    """After 从备份恢复…: the file is closed; offer the newest good backup, then reopen."""
    try:
        if offer_recovery(db_path, DamagedDatabase(reason)):
            log.info("database replaced by the newest good backup")
            return open_school_file(db_path)
        store = open_school_file(db_path, scan=False)
    except StorageError as exc:
        show_storage_error(exc)
        return None
    store.set_read_only(reason)  # declined: the damaged file stays read-only
    return store


def run_gui(db_path: Path) -> int:
    keep_singletons_alive()  # before Qt: its binding may lose references to them
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("课后服务台")
    app.setOrganizationName("AfterSchoolDesk")
    diagnostics.install(app)
    try:
        GuiThreadCollector(app)  # owned by the application
        i18n.install_translator(app, i18n.saved_language())
        apply_style(app)
        tap_guard.install(app)
        touch_inputs.install(app)
        store = _open(db_path)
        if store is None:
            return 2
        actor: Actor | None = None
        moved: data_folder_box.MoveOutcome | None = None
        while True:
            try:
                code, actor, joined, move = _run_session(app, store, actor, moved)
            except Exception as exc:
                _tell_and_log(exc)
                return 2
            finally:
                store.close()
            moved = None
            if code == data_folder_box.RESTART_FOR_MOVE and move is not None:
                # the window and the file are closed: move, then open from where it now is
                moved = data_folder_box.move_while_closed(db_path, move)
                db_path = moved.school_file
                again = _open(db_path)
                if again is None:
                    return 2
                store = again  # the same person stays logged in (the same school's file)
                continue
            if joined is not None:
                again = _open_joined(db_path, joined)
                if again is None:
                    return 2
                store, actor = again, None  # log in with an account of the school
                continue
            if code != RESTART_FOR_RECOVERY:
                log.info("clean exit (code %d)", code)
                return code
            reason = store.read_only_reason or storage.READ_ONLY_TEXT
            again = _recover(db_path, reason)
            if again is None:
                return 2
            store = again
            if store.read_only_reason is None:
                actor = None  # a restored file: log in again against its accounts
    finally:
        storage_failure.register(None)
        i18n.remove_installed(app)
        diagnostics.uninstall()
        logs.shutdown()


def _tell_and_log(exc: Exception) -> None:
    found = storage.explain(exc)
    if found is not None:
        log.error("storage failure at start: %s", type(found).__name__, exc_info=exc)
        show_storage_error(found)
    else:
        logs.log_exception("the program start", type(exc), exc, exc.__traceback__)
        diagnostics.show_unexpected_error(None, str(exc))


def _open_joined(db_path: Path, joined: Joined) -> Store | None:
    """After 加入本校已有的电脑: the empty file (closed now) is moved aside into ``damaged/``
    as every file the program replaces, the joined copy takes its place and is opened; this
    PC's name is saved. None after telling the person why not."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    try:
        maintenance.move_aside(db_path, stamp)
        joined.staging.replace(db_path)
    except OSError as exc:
        log.error("joined copy not put in place: %s", type(exc).__name__)
        show_storage_error(
            StorageError(
                QCoreApplication.translate("App", "加入学校没有完成：%1")
                .replace("%1", exc.strerror or str(exc))
            )
        )  # fmt: skip
        return None
    log.info("joined the school's PCs from the sync folder")
    store = _open(db_path)
    if store is None:
        return None
    ctx = ServiceContext(store=store, actor=SETUP_ACTOR, device_id=device_id(), clock=clock_from_env())  # fmt: skip
    try:
        if joined.name:
            sync.set_folder(ctx, joined.folder, joined.name)
    except AppError as exc:  # the copy is open and complete: the name can be set on 同步
        log.warning("this PC's name not saved: %s", type(exc).__name__)
    QMessageBox.information(
        None,
        QCoreApplication.translate("App", "已加入学校"),
        QCoreApplication.translate(
            "App",
            "这台电脑已经有了学校的数据，登录后会自动收进学校主机之后的记录。"
            "请用您在学校的账号登录。\n\n如果这台电脑还没有学校的防篡改密钥，"
            "请登录后在“账户 → 备份与恢复…”里点“导入密钥…”，导入从学校主机导出的密钥。",
        ),
    )
    return store


def _run_session(
    app: QApplication,
    store: Store,
    actor: Actor | None,
    moved: data_folder_box.MoveOutcome | None = None,
) -> tuple[int, Actor | None, Joined | None, Path | None]:
    """One open file: log-in (or the actor kept across a declined recovery or a move of the
    data folder), the window, the event loop. Returns the loop's exit code, who was logged in,
    the copy to open instead when the person joined the school's PCs from the first-run wizard,
    and the folder the person chose to move the data folder to (数据文件夹). ``moved``: the
    result of the move just made, shown in the 数据文件夹 box once the window is up."""
    ctx = ServiceContext(
        store=store, actor=SETUP_ACTOR, device_id=device_id(), clock=clock_from_env()
    )
    if actor is not None and school_info(ctx) is not None:
        school = school_info(ctx)
        assert school is not None
        window: MainWindow | Joined | None = MainWindow(
            dataclasses.replace(ctx, actor=actor), school
        )
    else:
        window = start_session(ctx)
    if isinstance(window, Joined):
        return 0, None, window, None
    if window is None:
        return 0, None, None, None
    main = window
    requested: list[Path] = []

    def move(target: Path) -> None:
        requested.append(target)
        main.close()
        app.exit(data_folder_box.RESTART_FOR_MOVE)

    def recover() -> None:
        main.close()
        app.exit(RESTART_FOR_RECOVERY)

    storage_failure.register(
        storage_failure.Session(
            ctx=ctx, show_banner=main.show_read_only_banner, request_recovery=recover
        )
    )
    screen = app.primaryScreen()
    if screen is not None:
        main.setGeometry(screen.availableGeometry())
    main.showMaximized()
    checkpoints = CheckpointTimer(ctx, main)
    data_folder_box.register_session(move)
    if moved is not None:
        QTimer.singleShot(0, lambda: main.open_data_folder(moved))
    if store.read_only_reason is None:
        start_up_checks(ctx, main)
    if os.environ.get("APP_EXIT_WHEN_SHOWN"):  # start-up measurement by the benchmark
        print("shown", flush=True)
        QTimer.singleShot(0, app.quit)
    code = int(app.exec())
    data_folder_box.register_session(None)
    checkpoints.stop()
    operations.stop_all()  # the start-up checks, a page still loading: before the file closes
    storage_failure.register(None)
    if store.read_only_reason is None:
        storage.checkpoint(ctx, final=True)  # the main file complete, the -wal file empty
    return code, main.ctx.actor, None, (requested[0] if requested else None)
