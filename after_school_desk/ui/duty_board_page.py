"""值班看板: the duty leader's live board of the whole school, confirming being on post, the
duty log, open alerts, and signing the day off (problems listed; with open items only with a
written reason).

The board re-reads when a change of today is published (a sign-in or hand-over on another page,
another PC's records), when shown, and every 30 s while in view (the hour moves on). When the
school has several PCs, one line at the top says when each other PC last synced (red when long
ago in service hours), read beside the GUI: the sync folder may be slow to list."""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from after_school_desk.services.base import classes
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.daily import duty, duty_board
from after_school_desk.services.daily.answers import BoardPage
from after_school_desk.services.pcs import sync
from after_school_desk.ui.alert_panel import AlertPanel
from after_school_desk.ui.day_common import MessageBar, attempt, hhmm
from after_school_desk.ui.duty_board_model import DutyBoardModel
from after_school_desk.ui.operations import Access, Changed, Runner, exclusive_running, follow
from after_school_desk.ui.sync_auto import news, peers_line

REFRESH_MS = 30_000


class DutyBoardPage(QWidget):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setProperty("watchedWhileLocked", True)  # the idle lock keeps the board in view
        self.board: Mapping[str, Any] = {}
        self.model = DutyBoardModel()
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)

        title = QLabel(self.tr("值班看板"))
        title.setProperty("role", "title")
        self.day_label = QLabel()
        self.day_label.setStyleSheet("font-size: 18px;")
        self.duty_label = QLabel()
        self.duty_label.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.post_button = QPushButton(self.tr("确认到岗"))
        self.post_button.setProperty("primary", True)
        self.refresh_button = QPushButton(self.tr("刷新"))
        self.updated_label = QLabel()
        self.updated_label.setProperty("role", "hint")
        self.sync_line = QLabel()  # the school's other PCs: when each last synced
        self.sync_line.setTextFormat(Qt.TextFormat.RichText)
        self.sync_line.setWordWrap(True)
        self.sync_line.hide()
        self.sync_reader = Runner(self, self._sync_unread, latest_only=True, storage_alarm=False)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(38)
        self.table.setStyleSheet(
            "QTableView { font-size: 17px; } QHeaderView::section { padding: 2px; }"
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.bar = MessageBar()
        # the day is read beside the window: a school of thousands takes a tenth of a second or
        # more, and the board re-reads every 30 s while a duty leader may be tapping on it
        self.reader = Runner(self, self.bar.show_error, latest_only=True)

        # the frame first, the tabs then built into their places: each widget's style is
        # worked out again whenever it, or a box holding it, moves under a new parent
        top = QHBoxLayout()
        top.addWidget(title)
        top.addWidget(self.day_label)
        top.addStretch(1)
        top.addWidget(self.updated_label)
        top.addWidget(self.refresh_button)
        duty_row = QHBoxLayout()
        heading = (
            QVBoxLayout()
        )  # beside 确认到岗: the line of the other PCs takes no room of its own
        heading.setSpacing(2)
        heading.addWidget(self.duty_label)
        heading.addWidget(self.sync_line)
        duty_row.addLayout(heading, 1)
        duty_row.addWidget(self.post_button)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.tabs = QTabWidget()
        self.tabs.setStyleSheet("QTabBar::tab { min-height: 40px; padding: 0 18px; }")
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(duty_row)
        layout.addWidget(self.bar)
        layout.addWidget(self.splitter, 1)

        # alerts of the whole school
        self.alerts = AlertPanel(ctx, wide=True)
        self.alerts.message.setMaximumHeight(56)
        self.tabs.addTab(self.alerts, self.tr("提醒"))
        # duty log
        self.log_list = QListWidget()
        self.log_kind = QComboBox()
        for key, label in duty.LOG_KINDS.items():
            self.log_kind.addItem(label, key)
        self.log_class = QComboBox()
        self.log_class.addItem(self.tr("全校"), "")
        for c in classes.list_classes(ctx):
            self.log_class.addItem(str(c["name"]), str(c["id"]))
        self.log_text = QLineEdit()
        self.log_text.setPlaceholderText(self.tr("如：完成数学作业，书法社团活动"))
        self.log_button = QPushButton(self.tr("记下"))
        log_tab = QWidget()
        log_layout = QVBoxLayout(log_tab)
        log_row = QHBoxLayout()
        log_row.addWidget(self.log_kind)
        log_row.addWidget(self.log_class)
        log_row.addWidget(self.log_text, 1)
        log_row.addWidget(self.log_button)
        log_layout.addWidget(self.log_list, 1)
        log_layout.addLayout(log_row)
        self.tabs.addTab(log_tab, self.tr("值班记录"))
        # sign-off
        self.problems = QListWidget()
        self.signoff_state = QLabel()
        self.signoff_state.setWordWrap(True)
        self.signoff_reason = QLineEdit()
        self.signoff_reason.setPlaceholderText(
            self.tr("还有未处理事项时，写明原因才能签结（如：家长电话停机，已请村委会协助）")
        )
        self.signoff_button = QPushButton(self.tr("签结今天"))
        self.signoff_button.setProperty("primary", True)
        self.signoff_state.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        signoff_tab = QWidget()
        signoff_layout = QHBoxLayout(signoff_tab)
        open_items = QVBoxLayout()
        open_items.addWidget(self.problems, 1)  # scrolls; the reason stays beside it
        signoff_layout.addLayout(open_items, 3)
        signing = QVBoxLayout()
        signing.addWidget(self.signoff_state)
        signing.addWidget(self.signoff_reason)
        signing.addWidget(self.signoff_button)
        signing.addStretch(1)
        signoff_layout.addLayout(signing, 2)
        self.tabs.addTab(signoff_tab, self.tr("签结"))

        self.splitter.setChildrenCollapsible(False)
        # the tabs (提醒, 值班记录, 签结) keep room for their lists and buttons (their layouts'
        # minimum) on a 768-pixel screen; the class table scrolls instead
        self.table.setMinimumHeight(150)
        self.splitter.setSizes([700, 300])

        self.refresh_button.clicked.connect(self.refresh)
        self.post_button.clicked.connect(self.confirm_on_post)
        self.log_button.clicked.connect(self.add_log)
        self.log_text.returnPressed.connect(self.add_log)
        self.signoff_button.clicked.connect(self.sign_off)
        self.alerts.changed.connect(self.refresh)
        self.refresh()
        self.follower = follow(self, self.concerns, self.refresh, on_show=True, fresh=True)
        self.timer.timeout.connect(self.follower.poll)  # not while an import holds the file
        news().updated.connect(self._sync_news)

    def concerns(self, changes: Changed) -> bool:
        return (
            changes.pupils
            or changes.calendar
            or changes.people
            or changes.school
            or changes.touches_day(self.ctx.clock.now().date())
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # re-read by the follower, at every showing
        self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()
        super().hideEvent(event)

    # -- reading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the board, the alerts, the log and the open items (beside the window)."""
        self.reader.start(
            self.ctx,
            lambda ctx, _p: duty_board.board_page(ctx),
            access=Access.BESIDE,
            on_done=self.show_view,
        )

    def loading(self) -> bool:
        return self.reader.running()

    def show_view(self, view: BoardPage) -> None:
        """Show what one reading of the day gave: the board, the alerts and the open items."""
        board = self.board = view["board"]
        self.model.set_board(board)
        info = board["duty"]
        window = board["window"]
        day = str(board["date"])
        self.day_label.setText(
            f"{day}  {self.tr('服务时间')} {window[0]}–{window[1]}"
            if window
            else f"{day}  {board['reason']}"
        )
        self.updated_label.setText(
            self.tr("%1 更新，每 30 秒自动刷新").replace("%1", hhmm(self.ctx.now_iso()))
        )
        leader = info["leader"] or info["rostered_leader"] or self.tr("未排班")
        if info["signed_off_at"]:
            state = self.tr("已于 %1 签结").replace("%1", hhmm(info["signed_off_at"]))
        elif info["on_post_at"]:
            state = self.tr("%1 到岗").replace("%1", hhmm(info["on_post_at"]))
        else:
            state = self.tr("尚未确认到岗")
        self.duty_label.setText(
            self.tr("带班领导：%1 · %2").replace("%1", str(leader)).replace("%2", state)
        )
        self.post_button.setVisible(bool(board["service"]) and not info["on_post_at"])
        self.alerts.show_whole_school(view["alerts"])
        self.tabs.setTabText(0, self.tr("提醒（%1）").replace("%1", str(self.alerts.open_count())))
        self.log_list.clear()
        for entry in info["log"]:
            kind = duty.LOG_KINDS.get(entry["kind"], entry["kind"])
            where = f" {entry['class']}" if entry["class"] else ""
            self.log_list.addItem(f"{hhmm(entry['at'])} [{kind}]{where}：{entry['text']}")
        problems = view["problems"]
        self.problems.clear()
        self.problems.addItems(problems)
        if info["signed_off_at"]:
            text = self.tr("今天已签结。")
            if info["sign_off_reason"]:
                text += self.tr("原因：%1").replace("%1", info["sign_off_reason"])
        elif problems:
            text = self.tr("还有 %1 项未处理，处理完毕或写明原因后才能签结：").replace(
                "%1", str(len(problems))
            )
        else:
            text = self.tr("每位学生都已有去向，提醒都已关闭，可以签结。")
        self.signoff_state.setText(text)
        self.signoff_button.setEnabled(bool(board["service"]) and not info["signed_off_at"])
        self.tabs.setTabText(2, self.tr("签结（%1）").replace("%1", str(len(problems))))
        self.read_sync()

    def read_sync(self) -> None:
        """The other PCs' line: nothing to read while no sync folder is set."""
        if sync.folder_of(self.ctx) is None:
            self.sync_line.hide()
            return
        self.sync_reader.start(
            self.ctx, lambda ctx, _p: sync.status(ctx), access=Access.BESIDE, on_done=self._synced
        )

    def _synced(self, status: sync.SyncStatus) -> None:
        now = self.ctx.clock.now()
        window = self.board.get("window")
        watching = bool(self.board.get("service")) and bool(window)
        if window:
            watching = watching and str(window[0]) <= now.strftime("%H:%M") <= str(window[1])
        line = peers_line(status, now, watching)
        attempt = news().of(self.ctx.store.path)
        if line and attempt is not None and attempt.error:
            failed = self.tr("本机同步没有成功：%1").replace("%1", attempt.error.splitlines()[0])
            line += f'　·　<span style="color: #b3261e;">{html.escape(failed)}</span>'
        self.sync_line.setText(line)
        self.sync_line.setVisible(bool(line))

    @Slot(str)
    def _sync_news(self, path: str) -> None:
        """A sync of this file ended (a failure is said on the line too)."""
        if path == str(self.ctx.store.path) and self.isVisible() and not exclusive_running():
            self.read_sync()

    def _sync_unread(self, text: str) -> None:
        self.sync_line.setText(
            f'<span style="color: #b3261e;">{html.escape(text.splitlines()[0])}</span>'
        )
        self.sync_line.show()

    # -- actions -----------------------------------------------------------------------------

    def today_changed(self) -> Changed:
        return Changed.day(self.ctx.clock.now().date())

    def confirm_on_post(self) -> None:
        row = attempt(self.bar, lambda: duty.confirm_on_post(self.ctx), self.today_changed())
        if row is not None:
            self.bar.show_ok(self.tr("已确认到岗：%1。").replace("%1", hhmm(row["on_post_at"])))
        self.refresh()

    def add_log(self) -> None:
        text = self.log_text.text()
        kind = str(self.log_kind.currentData())
        class_id = str(self.log_class.currentData() or "") or None
        row = attempt(
            self.bar,
            lambda: duty.add_log(self.ctx, text, class_id=class_id, kind=kind),
            self.today_changed(),
        )
        if row is not None:
            self.log_text.clear()
            self.bar.show_ok(self.tr("值班记录已保存。"))
        self.refresh()

    def sign_off(self) -> None:
        reason = self.signoff_reason.text()
        row = attempt(
            self.bar, lambda: duty.sign_off(self.ctx, reason=reason), self.today_changed()
        )
        if row is not None:
            self.bar.show_ok(self.tr("今天已签结。"))
            self.signoff_reason.clear()
        else:
            self.tabs.setCurrentIndex(2)
        self.refresh()
