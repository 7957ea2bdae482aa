"""The main window: role-aware navigation on the left, pages on the right, who/where below.

What any action changed goes out on the one hub of ``operations`` (``self.changes``): every page
follows it and re-reads what concerns it, and the window itself keeps its title with the
school's name."""

from __future__ import annotations

import dataclasses
import importlib
import logging
import os
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from after_school_desk.domain.roles import Action, Role, allowed
from after_school_desk.errors import AppError
from after_school_desk.services.base.context import Actor, ServiceContext
from after_school_desk.services.school import users
from after_school_desk.services.school.setup import school_info
from after_school_desk.ui import i18n, operations
from after_school_desk.ui.backup_dialog import BackupDialog
from after_school_desk.ui.change_pin_dialog import ChangePinDialog
from after_school_desk.ui.data_folder_box import DataFolderBox, MoveOutcome
from after_school_desk.ui.history_dialog import HistoryDialog
from after_school_desk.ui.idle_lock import IdleLock
from after_school_desk.ui.lan_runner import LanRunner
from after_school_desk.ui.login_dialog import LoginDialog
from after_school_desk.ui.settings_dialog import SettingsDialog
from after_school_desk.ui.sync_auto import AutoSync

if TYPE_CHECKING:
    from after_school_desk.ui.pdf_preview import PdfPreview

NAV_WIDTH = 170  # pixels: the navigation at its narrowest

log = logging.getLogger("after_school_desk.ui.main_window")


@dataclasses.dataclass
class NavEntry:
    key: str
    label: str
    action: Action
    build: Callable[[ServiceContext, QWidget], QWidget] | None  # None: not available yet


class PageBuilder:
    """A page built when first opened (start-up stays quick), inside its final parent (the
    window's stack): a page built alone and then added would have every widget's style worked
    out again under the stylesheet (~80 ms on 财务). Its module is imported by ``warm_up`` in
    the background after the window is built, or else at the first opening."""

    def __init__(self, module: str, name: str) -> None:
        self.module = f"after_school_desk.ui.{module}"
        self.name = name

    def __call__(self, ctx: ServiceContext, parent: QWidget) -> QWidget:
        widget: QWidget = getattr(importlib.import_module(self.module), self.name)(ctx, parent)
        return widget


def page(module: str, name: str) -> PageBuilder:
    return PageBuilder(module, name)


class WarmUp(threading.Thread):
    """Imports the pages' modules (with the services and libraries they use) in the background
    while the person looks at the first page: a page's first opening then does not wait for its
    imports (50–100 ms for 财务 or 报表 on a small PC). Importing only defines things; no page
    is built and nothing is read. ``seconds``: how long it took, once done."""

    def __init__(self, modules: list[str]) -> None:
        super().__init__(name="page-imports", daemon=True)
        self.modules = modules
        self.seconds: float | None = None

    def run(self) -> None:
        start = time.perf_counter()
        for module in self.modules:
            if module in sys.modules:
                continue
            try:
                importlib.import_module(module)
            except Exception:  # the page's own opening imports it again and says what is wrong
                log.exception("could not import %s ahead of its page", module)
        self.seconds = time.perf_counter() - start


def warm_up(modules: list[str]) -> WarmUp:
    thread = WarmUp(modules)
    thread.start()
    return thread


class Pages(dict[str, QWidget]):
    """The pages of the navigation, each built on first use."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window = window
        self.builders: dict[str, Callable[[ServiceContext, QWidget], QWidget]] = {}

    def __missing__(self, key: str) -> QWidget:
        widget = self.builders[key](self.window.ctx, self.window.stack)
        self[key] = widget
        self.window.stack.addWidget(widget)
        return widget


class MainWindow(QMainWindow):
    def __init__(self, ctx: ServiceContext, school: dict[str, Any]) -> None:
        super().__init__()
        self.ctx = ctx
        self.school = school
        self.nav_buttons: dict[str, QPushButton] = {}
        self.pages = Pages(self)
        self.setWindowTitle(self.tr("课后服务台 — %1").replace("%1", str(school["name"])))
        self.resize(1280, 720)
        self.setMinimumSize(1000, 600)

        self.nav = QFrame()
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(NAV_WIDTH)
        self.stack = QStackedWidget()
        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.body = body
        # read-only mode: a red banner across the window says why and what to do
        self.read_only_banner = QLabel()
        self.read_only_banner.setObjectName("readOnlyBanner")
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setStyleSheet(
            "background: #b3261e; color: white; font-size: 17px; padding: 8px 12px;"
        )
        self.read_only_banner.hide()
        outer = QWidget()
        column = QVBoxLayout(outer)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.read_only_banner)
        column.addWidget(body, 1)
        self.setCentralWidget(outer)
        if ctx.store.read_only_reason:
            self.show_read_only_banner(ctx.store.read_only_reason)
        self.school_label = QLabel()
        self.user_label = QLabel()
        self.statusBar().addWidget(self.school_label)
        self.statusBar().addPermanentWidget(self.user_label)
        self._build_menus()
        self._build_navigation()
        self.idle_lock = IdleLock.from_settings(self.lock, self)
        self.changes = operations.hub()
        self.follower = operations.follow(
            self, lambda c: c.school or c.everything, self._reread_school, own_actions=True
        )
        # the school's other PCs: every minute while a sync folder is set (the 同步 page)
        self.auto_sync = AutoSync(lambda: self.ctx, self)
        # this PC's Syncthing, when 随程序启动 Syncthing is ticked (同步 page), beside the GUI
        self.lan = LanRunner(lambda: self.ctx, self, self.auto_sync)
        self.lan.start_if_enabled()
        builders = self.pages.builders.values()
        self.warm_up = warm_up([b.module for b in builders if isinstance(b, PageBuilder)])

    def _reread_school(self) -> None:
        self.school = school_info(self.ctx) or self.school
        self.setWindowTitle(self.tr("课后服务台 — %1").replace("%1", str(self.school["name"])))
        self._update_status()

    def show_read_only_banner(self, reason: str) -> None:
        self.read_only_banner.setText(self.tr("只读模式：") + reason)
        self.read_only_banner.show()

    # -- navigation -------------------------------------------------------------------------

    def nav_entries(self) -> list[NavEntry]:
        role = self.ctx.actor.role
        # 收费: a class teacher takes fees for the own class; whoever has 财务 does it there
        class_fees = [
            NavEntry(
                "class_fees",
                self.tr("收费"),
                Action.RECORD_PAYMENT,
                page("class_fees_page", "ClassFeesPage"),
            )
        ]
        return [
            NavEntry(
                "roster", self.tr("学生名册"), Action.VIEW_PUPILS, page("roster_page", "RosterPage")
            ),
            NavEntry(
                "enrolment",
                self.tr("报名"),
                Action.ENROL,
                page("enrolment_page", "EnrolmentPage"),
            ),
            NavEntry(
                "sign_in", self.tr("签到"), Action.ATTENDANCE, page("signin_page", "SignInPage")
            ),
            NavEntry(
                "handover",
                self.tr("放学交接"),
                Action.ATTENDANCE,
                page("handover_page", "HandoverPage"),
            ),
            NavEntry(
                "duty", self.tr("值班看板"), Action.DUTY, page("duty_board_page", "DutyBoardPage")
            ),
            NavEntry(
                "duty_roster",
                self.tr("值班安排"),
                Action.DUTY,
                page("duty_roster_page", "DutyRosterPage"),
            ),
            *(class_fees if not allowed(role, Action.VIEW_FINANCE) else []),
            NavEntry(
                "finance", self.tr("财务"), Action.VIEW_FINANCE, page("finance_page", "FinancePage")
            ),
            NavEntry(
                "reports", self.tr("报表"), Action.VIEW_AUDIT, page("reports_page", "ReportsPage")
            ),
            NavEntry(
                "overview",
                self.tr("本月概况"),
                Action.VIEW_AUDIT,
                page("overview_page", "OverviewPage"),
            ),
            NavEntry(
                "compliance",
                self.tr("合规检查"),
                Action.VIEW_AUDIT,
                page("compliance_page", "CompliancePage"),
            ),
            NavEntry(
                "calendar",
                self.tr("校历"),
                Action.MANAGE_CALENDAR,
                page("calendar_page", "CalendarPage"),
            ),
            NavEntry(
                "people",
                self.tr("人员与账户"),
                Action.MANAGE_STAFF if role != Role.ADMIN else Action.MANAGE_USERS,
                page("people_page", "PeoplePage"),
            ),
            NavEntry(
                "settings",
                self.tr("学校设置"),
                Action.SETUP_SCHOOL,
                page("school_settings_page", "SchoolSettingsPage"),
            ),
            # every role sees how the school's PCs are in step; setting up needs SETUP_SCHOOL
            NavEntry("sync", self.tr("同步"), Action.VIEW_PUPILS, page("sync_page", "SyncPage")),
        ]

    def home_page_key(self) -> str:
        """Where a user starts: a teacher on 签到, a duty leader on the board, others first page."""
        usual = {Role.TEACHER: "sign_in", Role.DUTY_LEADER: "duty"}.get(self.ctx.actor.role, "")
        named = os.environ.get("APP_START_PAGE", "")  # screenshots, demonstrations
        available = self.pages.builders
        return next((k for k in (named, usual) if k in available), next(iter(available)))

    def role_label(self, role: Role) -> str:
        return {
            Role.TEACHER: self.tr("班主任/管理老师"),
            Role.DUTY_LEADER: self.tr("带班领导"),
            Role.PRINCIPAL: self.tr("校长"),
            Role.ADMIN: self.tr("系统管理员"),
            Role.SYSTEM: self.tr("命令行"),
        }[role]

    def _build_navigation(self) -> None:
        old = self.nav.layout()
        if old is not None:
            QWidget().setLayout(old)  # detach the previous user's navigation
        for built in self.pages.values():
            self.stack.removeWidget(built)
            built.deleteLater()
        self.pages.clear()
        self.pages.builders.clear()
        self.nav_buttons.clear()

        column = QVBoxLayout(self.nav)
        column.setContentsMargins(0, 12, 0, 12)
        column.setSpacing(0)
        heading = QLabel(self.tr("课后服务台"))
        heading.setStyleSheet("font-size: 20px; font-weight: bold; padding: 4px 18px 10px;")
        column.addWidget(heading)
        group = QButtonGroup(self.nav)
        group.setExclusive(True)
        role = self.ctx.actor.role
        for entry in self.nav_entries():
            if not allowed(role, entry.action):
                continue
            button = QPushButton(entry.label)
            button.setCheckable(True)
            if entry.build is None:
                button.setText(self.tr("%1（即将推出）").replace("%1", entry.label))
                button.setEnabled(False)
            else:
                self.pages.builders[entry.key] = entry.build
                button.clicked.connect(lambda _=False, k=entry.key: self.show_page(k))
            group.addButton(button)
            column.addWidget(button)
            self.nav_buttons[entry.key] = button
        column.addStretch(1)
        # as wide as the longest entry (a language's words), no wider: the pages need the room
        self.nav.setFixedWidth(max(NAV_WIDTH, column.sizeHint().width()))
        if self.pages.builders:
            first = self.home_page_key()
            self.nav_buttons[first].setChecked(True)
            self.show_page(first)
        else:
            empty = QLabel(self.tr("当前账户暂时没有可以使用的页面。"))
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.pages["empty"] = empty
            self.stack.addWidget(empty)
        self._update_status()

    def show_page(self, key: str) -> None:
        self.stack.setCurrentWidget(self.pages[key])

    def _update_status(self) -> None:
        actor = self.ctx.actor
        self.school_label.setText(self.tr("学校：%1").replace("%1", str(self.school["name"])))
        self.user_label.setText(
            self.tr("用户：%1（%2）")
            .replace("%1", actor.display_name)
            .replace("%2", self.role_label(actor.role))
        )

    # -- menus and accounts ----------------------------------------------------------------

    def _build_menus(self) -> None:
        account = self.menuBar().addMenu(self.tr("账户"))
        self.switch_action = QAction(self.tr("切换用户"), self)
        self.switch_action.triggered.connect(self.switch_user)
        self.lock_action = QAction(self.tr("锁定"), self)
        self.lock_action.triggered.connect(self.lock)
        quit_action = QAction(self.tr("退出"), self)
        quit_action.triggered.connect(self.close)
        self.backup_action = QAction(self.tr("备份与恢复…"), self)
        self.backup_action.triggered.connect(self.open_backup)
        self.day_history_action = QAction(self.tr("今天的修改记录…"), self)
        self.day_history_action.triggered.connect(self.open_day_history)
        self.pin_action = QAction(self.tr("修改我的 PIN…"), self)
        self.pin_action.triggered.connect(self.change_pin)
        account.addAction(self.switch_action)
        account.addAction(self.lock_action)
        account.addAction(self.pin_action)
        account.addSeparator()
        account.addAction(self.backup_action)
        account.addAction(self.day_history_action)
        account.addSeparator()
        account.addAction(quit_action)
        settings = self.menuBar().addMenu(self.tr("设置"))
        language = settings.addMenu(self.tr("界面语言"))
        group = QActionGroup(self)
        current = i18n.saved_language()
        for code, label in i18n.LANGUAGES.items():
            act = QAction(label, self)
            act.setCheckable(True)
            act.setChecked(code == current)
            act.triggered.connect(lambda _=False, c=code: self.choose_language(c))
            group.addAction(act)
            language.addAction(act)
        self.settings_action = QAction(self.tr("自动锁定…"), self)
        self.settings_action.triggered.connect(self.open_settings)
        settings.addAction(self.settings_action)
        self.data_folder_action = QAction(self.tr("数据文件夹…"), self)
        self.data_folder_action.triggered.connect(lambda: self.open_data_folder())
        settings.addAction(self.data_folder_action)
        help_menu = self.menuBar().addMenu(self.tr("帮助"))
        self.manual_action = QAction(self.tr("使用手册…"), self)
        self.manual_action.triggered.connect(self.open_manual)
        help_menu.addAction(self.manual_action)
        self._update_menus()

    def _update_menus(self) -> None:
        role = self.ctx.actor.role
        self.backup_action.setVisible(allowed(role, Action.SETUP_SCHOOL))
        self.settings_action.setVisible(allowed(role, Action.SETUP_SCHOOL))
        self.data_folder_action.setVisible(allowed(role, Action.SETUP_SCHOOL))
        self.day_history_action.setVisible(allowed(role, Action.VIEW_AUDIT))

    def open_backup(self) -> None:
        dialog = BackupDialog(self.ctx, self)
        dialog.restored.connect(self.reload_after_restore)
        dialog.exec()

    def open_data_folder(self, outcome: MoveOutcome | None = None) -> None:
        """数据文件夹…; after a move, with its result (a confirmed move ends the session)."""
        DataFolderBox(self.ctx, self, outcome).exec()

    def change_pin(self) -> None:
        ChangePinDialog(self.ctx, self).exec()

    def open_day_history(self) -> None:
        HistoryDialog.for_day(self.ctx, parent=self).exec()

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.ctx, self)
        if dialog.exec():
            self.idle_lock.set_minutes(dialog.minutes)

    def open_manual(self) -> PdfPreview | None:
        """The manual (``resources/manual``) as a PDF in a temporary folder, in the preview,
        which prints it or saves a copy; the folder goes when the preview closes."""
        from after_school_desk.reports.manual_pdf import MANUAL_FILE_NAME, write_manual_pdf
        from after_school_desk.ui.pdf_preview import (
            PdfPreview,  # QtPrintSupport and PDFium: when first used
        )

        folder = Path(tempfile.mkdtemp(prefix="manual-"))
        pdf = folder / MANUAL_FILE_NAME
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # about two seconds
        try:
            try:
                write_manual_pdf(pdf)
                preview = PdfPreview(pdf, pdf.name, self)
            finally:
                QApplication.restoreOverrideCursor()
        except (AppError, OSError) as exc:
            shutil.rmtree(folder, ignore_errors=True)
            why = "\n".join(exc.lines()) if isinstance(exc, AppError) else str(exc)
            QMessageBox.warning(self, self.tr("使用手册"), self.tr("无法打开使用手册：") + why)
            return None
        preview.finished.connect(lambda _result: shutil.rmtree(folder, ignore_errors=True))
        preview.finished.connect(preview.deleteLater)
        self.manual_preview = preview
        preview.open()
        return preview

    def reload_after_restore(self, _info: object = None) -> None:
        """Show the restored data; whoever is logged in must exist in it, else log in again.
        (The restore also published that the whole file changed.)"""
        self._reread_school()
        logins = {str(u["login"]) for u in users.list_users(self.ctx)}
        self._build_navigation()
        if self.ctx.actor.login not in logins:
            self.lock()

    def choose_language(self, code: str) -> None:
        if code == i18n.saved_language():
            return
        i18n.save_language(code)
        QMessageBox.information(
            self,
            self.tr("界面语言"),
            self.tr("界面语言已保存，下次启动程序时生效。"),
        )

    def set_actor(self, actor: Actor) -> None:
        self.ctx = dataclasses.replace(self.ctx, actor=actor)
        self._build_navigation()
        self._update_menus()

    def switch_user(self) -> None:
        dialog = LoginDialog(self.ctx, self, school_name=str(self.school["name"]))
        if dialog.exec() and dialog.actor is not None:
            self.set_actor(dialog.actor)

    def lock(self) -> None:
        """Hide everything until someone logs in again; 退出程序 closes the program."""
        if self.body.isHidden() or not self.body.isEnabled():
            return  # already locked
        if operations.exclusive_running():
            return  # an import or restore holds the file under its dialog: the next idle time
        # a board being watched (值班看板) stays in view, refreshing, with its actions locked
        current = self.stack.currentWidget()
        watched = current is not None and bool(current.property("watchedWhileLocked"))
        if watched:
            self.body.setEnabled(False)
        else:
            self.body.hide()
        dialog = LoginDialog(
            self.ctx,
            self,
            school_name=str(self.school["name"]),
            login=self.ctx.actor.login,
            locked=True,
        )
        if dialog.exec() and dialog.actor is not None:
            self.body.show()
            self.body.setEnabled(True)
            if dialog.actor != self.ctx.actor:
                self.set_actor(dialog.actor)
        else:
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.idle_lock.stop()
        self.auto_sync.stop()
        self.lan.stop()
        super().closeEvent(event)
