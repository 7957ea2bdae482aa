"""同步: this PC among the school's PCs — its name, the school's hub (学校主机), the sync folder,
every PC's last sync, the records not taken and the journals that wait — and the automatic
sync of the main window every minute (``AutoSync``).

Every sync runs off the GUI thread on a connection of its own (``Access.BESIDE``, see
``operations``): the sync folder may be a shared folder that is slow to answer, or a USB stick
that was pulled out. The page's buttons and the timer keep to one rule, never two syncs at once
(``syncing``). What arrived from the other PCs is published as a ``Changed`` notice, so the duty
board and the other pages re-read; the latest outcome of each file's sync (``news``) is what the
page says about the automatic sync, including its failures.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from after_school_desk.domain.roles import Action
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.care import storage
from after_school_desk.services.pcs import sync, sync_usb
from after_school_desk.ui import file_dialogs, storage_failure
from after_school_desk.ui.day_common import MessageBar, hhmm
from after_school_desk.ui.dict_table_model import DictTableModel
from after_school_desk.ui.lan_section import LanSection, scrolling
from after_school_desk.ui.operations import Access, Changed, Runner, follow
from after_school_desk.ui.passphrase_dialog import PassphraseDialog
from after_school_desk.ui.sync_auto import (
    _SYNCING,
    ENTITY_WORDS,
    WAIT_MS,
    Attempt,
    _tr,
    arrival_notice,
    folder_job,
    folder_words,
    news,
    result_words,
    syncing,
    when_words,
)


class PeersModel(DictTableModel):
    columns: ClassVar[list[str]] = ["name", "hub", "journals", "last", "applied"]

    def __init__(self) -> None:
        super().__init__(
            [
                _tr("电脑"),
                _tr("学校主机"),
                _tr("同步文件"),
                _tr("最后同步（那台电脑的时间）"),
                _tr("本机收进的时间"),
            ]
        )

    def cell(self, row: dict[str, Any], column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return row[column]
        return None


def peer_row(peer: sync.Peer, now: datetime) -> dict[str, Any]:
    name = peer.name
    if peer.is_self:
        name = _tr("%1（本机）").replace("%1", name)
    if peer.retired:
        name = _tr("%1（已停用）").replace("%1", name)
    if peer.is_self:
        journals = _tr("写出 %1 个").replace("%1", str(peer.journal_seq))
    else:
        journals = (
            _tr("收进 %1 个（文件夹里 %2 个）")
            .replace("%1", str(peer.journal_seq))
            .replace("%2", str(peer.in_folder))
        )
    applied = peer.applied_at
    return {
        "device_id": peer.device_id,
        "is_self": peer.is_self,
        "retired": peer.retired,
        "name": name,
        "hub": _tr("主机") if peer.is_hub else "",
        "journals": journals,
        "last": when_words(peer.clock, now) or _tr("还没有同步过"),
        "applied": "" if applied is None else f"{applied[5:10]} {hhmm(applied)}",
    }


class SyncPage(QWidget):
    """Everyone sees how the school's PCs are in step; the principal and the admin
    (``Action.SETUP_SCHOOL``) also set the folder and the hub and sync by hand."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.status: sync.SyncStatus | None = None
        self.may_set_up = ctx.actor.may(Action.SETUP_SCHOOL)
        self._name_shown = ""
        self._syncs = False  # the running job is a sync (its failure is news)

        title = QLabel(self.tr("同步"))
        title.setProperty("role", "title")
        hint = QLabel(
            self.tr(
                "学校的几台电脑通过同一个同步文件夹（学校主机上的共享文件夹、同步工具的文件夹"
                "或U盘）交换记录，设好后每分钟自动同步一次。学生、班级、教职工、账号、收费、"
                "校历和值班表只能在学校主机上修改。"
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        self.name_label = QLabel()
        self.hub_label = QLabel()
        self.hub_label.setWordWrap(True)
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.unsent_label = QLabel()
        self.last_label = QLabel()
        self.last_label.setWordWrap(True)
        info = QFormLayout()
        info.addRow(self.tr("本机"), self.name_label)
        info.addRow(self.tr("学校主机"), self.hub_label)
        info.addRow(self.tr("同步文件夹"), self.folder_label)
        info.addRow(self.tr("本机还没写出的记录"), self.unsent_label)
        info.addRow(self.tr("最近一次同步"), self.last_label)

        # setting up: principal and admin
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("例如：一年级(1)班电脑"))
        self.name_button = QPushButton(self.tr("保存名称"))
        self.folder_button = QPushButton(self.tr("选择同步文件夹…"))
        self.hub_button = QPushButton(self.tr("设为学校主机"))
        self.setup_box = QWidget()
        setup_row = QHBoxLayout(self.setup_box)
        setup_row.setContentsMargins(0, 0, 0, 0)
        setup_row.addWidget(QLabel(self.tr("本机名称")))
        setup_row.addWidget(self.name_edit, 1)
        setup_row.addWidget(self.name_button)
        setup_row.addWidget(self.folder_button)
        setup_row.addWidget(self.hub_button)
        self.sync_button = QPushButton(self.tr("立即同步"))
        self.sync_button.setProperty("primary", True)
        self.export_button = QPushButton(self.tr("导出同步包到U盘…"))
        self.import_button = QPushButton(self.tr("导入U盘同步包…"))
        self.action_box = QWidget()
        action_row = QHBoxLayout(self.action_box)
        action_row.setContentsMargins(0, 0, 0, 0)
        action_row.addWidget(self.sync_button)
        action_row.addStretch(1)
        action_row.addWidget(self.export_button)
        action_row.addWidget(self.import_button)
        self.setup_box.setVisible(self.may_set_up)
        self.action_box.setVisible(self.may_set_up)
        self.bar = MessageBar()

        self.model = PeersModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(36)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.refused_list = QListWidget()
        self.waiting_list = QListWidget()
        self.tabs = QTabWidget()
        self.tabs.setStyleSheet("QTabBar::tab { min-height: 40px; padding: 0 18px; }")
        # another PC, chosen in the table: retired (the month close stops waiting for it), or
        # the hub's role handed to it (from the hub, once it has caught up)
        self.retire_button = QPushButton(self.tr("标为停用"))
        self.move_hub_button = QPushButton(self.tr("把学校主机换到这台电脑"))
        self.pc_box = QWidget()
        pc_row = QHBoxLayout(self.pc_box)
        pc_row.setContentsMargins(0, 4, 0, 0)
        pc_row.addWidget(QLabel(self.tr("选中一台电脑：")))
        pc_row.addWidget(self.retire_button)
        pc_row.addWidget(self.move_hub_button)
        pc_row.addStretch(1)
        self.pc_box.setVisible(self.may_set_up)
        peers_tab = QWidget()
        peers_layout = QVBoxLayout(peers_tab)
        peers_layout.setContentsMargins(0, 0, 0, 0)
        peers_layout.addWidget(self.table, 1)
        peers_layout.addWidget(self.pc_box)
        self.tabs.addTab(peers_tab, self.tr("各台电脑"))
        self.tabs.addTab(self.refused_list, "")
        self.tabs.addTab(self.waiting_list, "")
        self.lan_section = LanSection(ctx, self.may_set_up)  # Syncthing: pairing the PCs
        self.tabs.addTab(scrolling(self.lan_section), self.tr("局域网自动同步（Syncthing）"))

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addLayout(info)
        layout.addWidget(self.setup_box)
        layout.addWidget(self.action_box)
        layout.addWidget(self.bar)
        layout.addWidget(self.tabs, 1)

        # the page's syncs: a failure is said under the buttons
        self.runner = Runner(self, self.bar.show_error, storage_alarm=False)
        self.runner.failed.connect(self._alarm)
        self.runner.busy.connect(lambda _busy: self._update_buttons())
        _SYNCING.add(self.runner)
        self.reader = Runner(self, self.bar.show_error, latest_only=True, storage_alarm=False)
        self.name_button.clicked.connect(self.save_name)
        self.folder_button.clicked.connect(self.choose_folder)
        self.hub_button.clicked.connect(self.make_hub)
        self.sync_button.clicked.connect(self.sync_now)
        self.export_button.clicked.connect(self.export_bundle)
        self.import_button.clicked.connect(self.import_bundles)
        self.retire_button.clicked.connect(self.retire)
        self.move_hub_button.clicked.connect(self.move_hub)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.name_edit.textChanged.connect(lambda _t: self._update_buttons())
        news().updated.connect(self._heard)
        self.refresh()
        self.follower = follow(
            self, lambda c: c.school or c.everything, self.refresh, on_show=True, fresh=True
        )

    # -- reading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the status: at once while no folder is set (nothing to list), else beside
        the GUI (listing a shared folder may take a while)."""
        if sync.folder_of(self.ctx) is None:
            self.show_status(sync.status(self.ctx))
            return
        self.reader.start(
            self.ctx,
            lambda ctx, _p: sync.status(ctx),
            access=Access.BESIDE,
            on_done=self.show_status,
        )

    def loading(self) -> bool:
        return self.reader.running()

    def names(self) -> dict[str, str]:
        return {p.device_id: p.name for p in self.status.peers} if self.status else {}

    def show_status(self, status: sync.SyncStatus) -> None:
        self.status = status
        now = self.ctx.clock.now()
        self.name_label.setText(status.name)
        if status.alone:
            hub = self.tr("还没有设（学校只有一台电脑时不需要）")
        elif status.is_hub:
            hub = self.tr("本机")
        else:
            hub = self.tr("%1（学校基础信息请在那台电脑上修改）").replace("%1", status.hub_name)
        self.hub_label.setText(hub)
        self.folder_label.setText(status.folder or self.tr("还没有设置"))
        unsent = self.tr("%1 条").replace("%1", str(status.unsent))
        self.unsent_label.setText(unsent if status.folder else "—")  # alone: nothing to send
        if self.name_edit.text() in ("", self._name_shown):  # never over what is being typed
            self.name_edit.setText(status.name)
        self._name_shown = status.name
        self.model.set_rows([peer_row(p, now) for p in status.peers])
        names = self.names()
        self.refused_list.clear()
        for r in status.refused:
            what = _tr(str(ENTITY_WORDS.get(str(r["entity"]), r["entity"])))
            at = str(r["at"] or "")
            self.refused_list.addItem(
                self.tr("%1 %2 的第 %3 个同步文件：%4 — %5")
                .replace("%1", f"{at[5:10]} {hhmm(at)}".strip())
                .replace("%2", names.get(str(r["device_id"]), str(r["device_id"])[:8]))
                .replace("%3", str(r["journal_seq"]))
                .replace("%4", what)
                .replace("%5", str(r["reason"]))
            )
        self.tabs.setTabText(
            1, self.tr("未采用的记录（%1）").replace("%1", str(len(status.refused)))
        )
        self._show_last()
        self._update_buttons()

    def _show_last(self) -> None:
        attempt = news().of(self.ctx.store.path)
        self.waiting_list.clear()
        waiting = attempt.result.waiting if attempt and attempt.result else []
        names = self.names()
        for w in waiting:
            self.waiting_list.addItem(
                self.tr("%1 的第 %2 个同步文件：%3")
                .replace("%1", names.get(w.device_id, w.device_id[:8]))
                .replace("%2", str(w.seq))
                .replace("%3", w.reason)
            )
        self.tabs.setTabText(2, self.tr("暂不能收进（%1）").replace("%1", str(len(waiting))))
        if attempt is None:
            self.last_label.setText(self.tr("本次打开程序后还没有同步"))
            self.last_label.setStyleSheet("")
            return
        how = self.tr("自动") if attempt.automatic else self.tr("手动")
        words = attempt.error or (attempt.result.summary if attempt.result else "")
        self.last_label.setText(
            self.tr("%1 %2：%3")
            .replace("%1", hhmm(attempt.at))
            .replace("%2", how)
            .replace("%3", words)
        )
        self.last_label.setStyleSheet("color: #b3261e;" if attempt.error else "")

    @Slot(str)
    def _heard(self, path: str) -> None:
        if path == str(self.ctx.store.path):
            self.follower.request()  # re-read now if in view, else when next shown

    def _update_buttons(self) -> None:
        idle = not self.runner.running()
        has_folder = self.status is not None and self.status.folder is not None
        for button in (self.sync_button, self.export_button, self.import_button):
            button.setEnabled(idle and has_folder)
        self.folder_button.setEnabled(idle)
        self.name_button.setEnabled(
            idle and has_folder and bool(self.name_edit.text().strip())
            and self.name_edit.text().strip() != self._name_shown
        )  # fmt: skip
        self.hub_button.setVisible(self.status is not None and not self.status.is_hub)
        self.hub_button.setEnabled(idle and has_folder)
        other = self.selected_pc()
        self.retire_button.setEnabled(idle and other is not None)
        self.retire_button.setText(
            self.tr("恢复在用") if other and other["retired"] else self.tr("标为停用")
        )
        self.move_hub_button.setVisible(self.status is not None and self.status.is_hub)
        self.move_hub_button.setEnabled(idle and other is not None and not other["retired"])

    def selected_pc(self) -> dict[str, Any] | None:
        """The other PC chosen in the table (this PC itself is never one to act on)."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = self.model.row_dict(rows[0].row())
        return None if row["is_self"] else row

    # -- acting ----------------------------------------------------------------------------

    def _start(
        self,
        busy_text: str,
        job: Callable[[ServiceContext], Any],
        done: Callable[[Any], None],
        changes: Changed | Callable[[Any], Changed] | None = None,
        *,
        syncs: bool = False,
    ) -> None:
        """Run ``job`` beside the GUI, then ``done`` and a re-read; ``syncs``: it is a sync,
        whose failure is also the latest news of the file's sync."""
        if self.runner.running():
            return
        if syncing():  # the automatic sync: this one starts as soon as that has ended
            self.bar.show_ok(self.tr("正在自动同步，结束后马上开始…"))
            QTimer.singleShot(
                WAIT_MS, self, lambda: self._start(busy_text, job, done, changes, syncs=syncs)
            )
            return
        self.bar.show_ok(busy_text)
        self._syncs = syncs

        def finish(result: Any) -> None:
            done(result)
            self.refresh()

        self.runner.start(
            self.ctx,
            folder_job(job, folder_words()),
            access=Access.BESIDE,
            changes=changes,
            on_done=finish,
        )

    def _alarm(self, exc: object) -> None:
        """A storage failure also gets the blocking message; the hub's refusal is no failure."""
        if isinstance(exc, BaseException):
            found = storage.explain(exc)
            if found is not None:
                storage_failure.alarm(found, self)
        if self._syncs:
            self._note(None, self.bar.text())

    def _note(self, result: sync.SyncResult | None, error: str = "") -> None:
        news().note(self.ctx.store.path, Attempt(self.ctx.now_iso(), result, error))

    def choose_folder(self) -> None:
        start = self.status.folder if self.status and self.status.folder else None
        folder = file_dialogs.choose_folder(self, self.tr("选择同步文件夹"), start)
        if not folder:
            return
        name = self.name_edit.text()
        self._start(
            self.tr("正在设置同步文件夹…"),
            lambda ctx: sync.set_folder(ctx, folder, name),
            self._folder_set,
        )

    def _folder_set(self, path: object) -> None:
        self.bar.show_ok(
            self.tr("同步文件夹已设好：%1。本机每分钟自动同步一次，也可以点“立即同步”。").replace(
                "%1", str(path)
            )
        )

    def save_name(self) -> None:
        if self.status is None or self.status.folder is None:
            return
        folder, name = self.status.folder, self.name_edit.text()
        self._start(
            self.tr("正在保存…"),
            lambda ctx: sync.set_folder(ctx, folder, name),
            lambda _path: self.bar.show_ok(self.tr("本机名称已保存。")),
        )

    def confirm_hub(self) -> bool:
        name = self.status.name if self.status else ""
        text = "\n\n".join(
            [
                self.tr("把本机（%1）设为学校主机吗？").replace("%1", name),
                self.tr(
                    "学校主机是唯一可以修改学生、班级、教职工、账号、收费、校历、值班表和月结的"
                    "电脑；其他电脑记录签到、交接和值班，修改学校基础信息会被拒绝。"
                ),
                self.tr("设好后，新电脑可以在首次设置时从同步文件夹加入本校。"),
            ]
        )
        answer = QMessageBox.question(self, self.tr("设为学校主机"), text)
        return answer == QMessageBox.StandardButton.Yes

    def make_hub(self) -> None:
        if not self.confirm_hub():
            return
        self._start(
            self.tr("正在设为学校主机（写出供新电脑加入的数据副本）…"),
            sync.make_hub,
            lambda _device: self.bar.show_ok(self.tr("本机已是学校主机。")),
        )

    def retire(self) -> None:
        pc = self.selected_pc()
        if pc is None:
            return
        retired = not pc["retired"]
        done = (
            self.tr("已标为停用：月结不再等这台电脑的同步记录。")
            if retired
            else self.tr("已恢复为在用。")
        )
        self._start(
            self.tr("正在保存…"),
            lambda ctx: sync.retire(ctx, pc["device_id"], retired),
            lambda _r: self.bar.show_ok(done),
        )

    def move_hub(self) -> None:
        pc = self.selected_pc()
        if pc is None:
            return
        text = self.tr(
            "把学校主机换到“%1”吗？换好后，学生、班级、教职工、账号、收费、校历、值班表和月结"
            "只能在那台电脑上修改，本机和其他电脑一样。"
        ).replace("%1", str(pc["name"]))
        answer = QMessageBox.question(self, self.tr("更换学校主机"), text)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._start(
            self.tr("正在更换学校主机…"),
            lambda ctx: sync.make_hub(ctx, pc["device_id"]),
            lambda _device: self.bar.show_ok(
                self.tr("学校主机已换到“%1”。").replace("%1", str(pc["name"]))
            ),
        )

    def sync_now(self) -> None:
        self._start(
            self.tr("正在同步…"), sync.now, self._synced, arrival_notice(self.ctx), syncs=True
        )

    def _synced(self, result: sync.SyncResult) -> None:
        self._note(result)
        lines = result_words(result, self.names())
        if result.waiting:
            self.bar.show_error("\n".join(lines))
        else:
            self.bar.show_ok("\n".join(lines))

    def ask_passphrase(self, title: str, hint: str, *, twice: bool) -> str:
        dialog = PassphraseDialog(self, title, hint, twice=twice)
        try:
            return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else ""
        finally:
            dialog.deleteLater()

    def export_bundle(self) -> None:
        folder = file_dialogs.choose_folder(self, self.tr("选择U盘上保存同步包的文件夹"))
        if not folder:
            return
        passphrase = self.ask_passphrase(
            self.tr("导出同步包"),
            self.tr(
                "同步包里有学生的记录，用学校的备份口令加密，U盘丢了别人也打不开。"
                "另一台电脑导入时要输入同一个口令。"
            ),
            twice=True,
        )
        if not passphrase:
            return
        self._start(
            self.tr("正在导出同步包…"),
            lambda ctx: sync_usb.export_bundle(ctx, Path(folder), passphrase),
            lambda path: self.bar.show_ok(
                self.tr("已写出同步包 %1。把U盘带到另一台电脑，在“同步”页点“导入U盘同步包…”。")
                .replace("%1", str(path))
            ),
        )  # fmt: skip

    def import_bundles(self) -> None:
        folder = file_dialogs.choose_folder(self, self.tr("选择U盘上放同步包的文件夹"))
        if not folder:
            return
        passphrase = self.ask_passphrase(
            self.tr("导入同步包"),
            self.tr("请输入学校的备份口令（导出同步包时用的那个）。"),
            twice=False,
        )
        if not passphrase:
            return
        self._start(
            self.tr("正在导入同步包…"),
            lambda ctx: sync_usb.import_bundles(ctx, Path(folder), passphrase),
            self._synced,
            arrival_notice(self.ctx),
            syncs=True,
        )
