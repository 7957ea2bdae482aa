"""Starting the GUI: language, style, opening the database, first-run set-up, log-in.

Developer convenience: ``APP_AUTOLOGIN=login:PIN`` logs that user in without the dialog (for
screenshots and demonstrations); a wrong PIN falls back to the dialog.
"""

from __future__ import annotations

import dataclasses
import os
import sys
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.domain.roles import Role
from app.errors import AppError, DamagedDatabase, DatabaseLocked, NotOurFile, StorageError
from app.services import maintenance, users
from app.services.clock import clock_from_env
from app.services.context import Actor, ServiceContext
from app.services.device import device_id
from app.services.setup import school_info
from app.store.connection import open_store
from app.ui import i18n
from app.ui.login_dialog import LoginDialog
from app.ui.main_window import MainWindow
from app.ui.recovery_offer import offer_recovery
from app.ui.setup_wizard import SetupWizard
from app.ui.style import apply_style

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


def daily_backup(ctx: ServiceContext) -> None:
    """The automatic backup at the first start of each day; a failure is told, not fatal."""
    if school_info(ctx) is None:
        return
    try:
        maintenance.backup_if_due(ctx)
    except (StorageError, OSError) as exc:
        QMessageBox.warning(
            None,
            QCoreApplication.translate("App", "自动备份失败"),
            QCoreApplication.translate("App", "今天的自动备份没有成功：") + str(exc),
        )


def run_gui(db_path: Path) -> int:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("课后服务台")
    app.setOrganizationName("AfterSchoolDesk")
    i18n.install_translator(app, i18n.saved_language())
    apply_style(app)
    try:
        store = open_store(db_path, create=True)
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
        daily_backup(ctx)
        window = start_session(ctx)
        if window is None:
            return 0
        screen = app.primaryScreen()
        if screen is not None:
            window.setGeometry(screen.availableGeometry())
        window.showMaximized()
        if os.environ.get("APP_EXIT_WHEN_SHOWN"):  # start-up measurement by the benchmark
            QTimer.singleShot(0, app.quit)
        return int(app.exec())
    finally:
        store.close()
