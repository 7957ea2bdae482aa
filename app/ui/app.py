"""Starting the GUI: language, style, opening the database, first-run set-up, log-in.

Developer convenience: ``APP_AUTOLOGIN=login:PIN`` logs that user in without the dialog (for
screenshots and demonstrations); a wrong PIN falls back to the dialog.
"""

from __future__ import annotations

import dataclasses
import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.domain.roles import Role
from app.errors import AppError, DamagedDatabase, DatabaseLocked, NotOurFile, StorageError
from app.services import maintenance, users
from app.services.clock import clock_from_env
from app.services.context import Actor, ServiceContext
from app.services.device import device_id
from app.services.setup import school_info
from app.store.connection import open_store
from app.ui import i18n, tap_guard, touch_inputs
from app.ui.gc_policy import GuiThreadCollector
from app.ui.login_dialog import LoginDialog
from app.ui.main_window import MainWindow
from app.ui.recovery_offer import offer_recovery
from app.ui.setup_wizard import SetupWizard
from app.ui.style import apply_style
from app.ui.workers import ServiceWorker

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
        return users.log_in(ctx, login, pin)
    except AppError:
        return None


def start_session(ctx: ServiceContext) -> MainWindow | None:
    """First-run set-up if needed, then log-in; None when the person cancels."""
    school = school_info(ctx)
    if school is None or not users.list_users(ctx):
        wizard = SetupWizard(ctx, school_exists=school is not None)
        if not wizard.exec():
            return None
        school = school_info(ctx)
    assert school is not None
    actor = autologin(ctx)
    if actor is None:
        dialog = LoginDialog(ctx, school_name=str(school["name"]))
        if not dialog.exec() or dialog.actor is None:
            return None
        actor = dialog.actor
    return MainWindow(dataclasses.replace(ctx, actor=actor), school)


def start_up_checks(ctx: ServiceContext, parent: QWidget) -> ServiceWorker | None:
    """quick_check, the first-start-of-the-day backup and sealing finished months of the
    attendance log, beside the open window.

    Both read through their own connection, so the person can start working at once; a damaged
    file is reported as soon as the check finds it (and is then not backed up over good ones).
    """
    if school_info(ctx) is None:
        return None
    path = ctx.store.path
    target = maintenance.daily_backup_target(ctx)

    def job(_progress: Callable[[int, int], None]) -> list[str]:
        problems = maintenance.start_up_check(path)
        if not problems and target is not None:
            maintenance.write_daily_backup(path, target)
        if not problems:  # after the backup: the day's copy still holds the rows as they were
            maintenance.seal_due_beside(ctx, path)
        return problems

    worker = ServiceWorker(job)

    def done(problems: object) -> None:
        found = [str(p) for p in problems] if isinstance(problems, list) else []
        if found:
            QMessageBox.critical(
                parent,
                QCoreApplication.translate("App", "数据库检查发现问题"),
                QCoreApplication.translate(
                    "App",
                    "启动检查发现数据库文件有损坏。请不要继续录入，先在“备份与恢复”中从最近的备份恢复，"
                    "或联系县里的信息技术人员。",
                )
                + "\n"
                + "\n".join(found[:5]),
            )

    def failed(exc: object) -> None:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("App", "自动备份失败"),
            QCoreApplication.translate("App", "今天的自动备份没有成功：") + str(exc),
        )

    worker.succeeded.connect(done)
    worker.failed.connect(failed)
    worker.start()
    return worker


def run_gui(db_path: Path) -> int:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("课后服务台")
    app.setOrganizationName("AfterSchoolDesk")
    GuiThreadCollector(app)  # owned by the application
    i18n.install_translator(app, i18n.saved_language())
    apply_style(app)
    tap_guard.install(app)
    touch_inputs.install(app)
    try:
        store = open_store(db_path, create=True, scan=False)
    except (DamagedDatabase, NotOurFile) as exc:
        try:
            if not offer_recovery(db_path, exc):
                show_storage_error(exc)
                return 2
            store = open_store(db_path)
        except StorageError as again:
            show_storage_error(again)
            return 2
    except StorageError as exc:
        show_storage_error(exc)
        return 2
    try:
        ctx = ServiceContext(
            store=store, actor=SETUP_ACTOR, device_id=device_id(), clock=clock_from_env()
        )
        window = start_session(ctx)
        if window is None:
            return 0
        screen = app.primaryScreen()
        if screen is not None:
            window.setGeometry(screen.availableGeometry())
        window.showMaximized()
        checks = start_up_checks(ctx, window)
        if os.environ.get("APP_EXIT_WHEN_SHOWN"):  # start-up measurement by the benchmark
            print("shown", flush=True)
            QTimer.singleShot(0, app.quit)
        code = int(app.exec())
        if checks is not None:
            checks.wait()
        return code
    finally:
        store.close()
