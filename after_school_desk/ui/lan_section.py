"""局域网自动同步（Syncthing）, a tab of the 同步 page (docs/several-pcs.md): this PC's Syncthing
device ID in large letters and as a QR code, pairing with another PC (each of the two enters
the other's ID and presses 配对), 随程序启动 Syncthing, and a line per paired PC saying whether
it is connected now.

Syncthing is asked beside the GUI: the ID (made on first use), the paired PCs every few seconds
while the tab is in view (``Access.FILES``: only Syncthing's own files and its local port), and
the pairing (``Access.BESIDE``: it writes an audit row). The running Syncthing is the main
window's ``LanRunner``; a page without a main window (tests) gets one of its own."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Slot
from PySide6.QtGui import QFont, QGuiApplication, QHideEvent, QPainter, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.pcs import lan_settings, lan_sync
from after_school_desk.ui import lan_runner
from after_school_desk.ui.day_common import MessageBar, attempt
from after_school_desk.ui.lan_runner import LanRunner
from after_school_desk.ui.operations import Access, Runner, exclusive_running

POLL_MS = 5_000  # the paired PCs' connections, while the tab is in view
MODULE_PX = 4  # a QR module: 41 modules (with the quiet zone) give 164 pixels
QUIET = 4  # modules of white round the code, as readers expect


def _tr(text: str) -> str:
    return QCoreApplication.translate("LanSection", text)


# --- the QR code ------------------------------------------------------------------------------


def qr_matrix(text: str) -> list[list[bool]]:
    """The QR code of ``text`` as rows of dark (True) and light modules, quiet zone included."""
    import qrcode  # only here: the page opens without it

    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=QUIET)
    code.add_data(text)
    code.make(fit=True)
    return [[bool(m) for m in row] for row in code.get_matrix()]


def qr_pixmap(matrix: list[list[bool]], module_px: int = MODULE_PX) -> QPixmap:
    """The modules drawn black on white, ``module_px`` square each."""
    size = len(matrix) * module_px
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.white)
    painter = QPainter(pixmap)
    try:
        for y, row in enumerate(matrix):
            for x, dark in enumerate(row):
                if dark:
                    painter.fillRect(
                        x * module_px, y * module_px, module_px, module_px, Qt.GlobalColor.black
                    )
    finally:
        painter.end()
    return pixmap


def id_lines(device_id: str) -> str:
    """``AAAAAAA-BBBBBBB`` four lines of two groups: easy to read out and to type."""
    groups = device_id.split("-")
    return "\n".join("-".join(groups[i : i + 2]) for i in range(0, len(groups), 2))


def peer_line(peer: lan_settings.LanPeer, running: bool) -> str:
    """One paired PC, rich text: its name (or the start of its ID), connected or not."""
    name = peer.name or peer.device_id[:7]
    if not running:
        state, colour = _tr("本机 Syncthing 没有运行"), "#666666"
    elif peer.connected:
        state, colour = _tr("已连接"), "#1e6b2e"
    else:
        state, colour = _tr("未连接（那台电脑关机、没运行 Syncthing 或还没与本机配对）"), "#a3231a"
    return (
        f"{html.escape(name)}（{peer.device_id[:7]}）："
        f'<span style="color: {colour};">{html.escape(state)}</span>'
    )


# --- the section ------------------------------------------------------------------------------


class LanSection(QWidget):
    """Everyone sees this PC's ID and the paired PCs; the principal and the admin
    (``may_set_up``) also pair and choose whether Syncthing runs with the program."""

    def __init__(
        self, ctx: ServiceContext, may_set_up: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.may_set_up = may_set_up
        self.device_id = ""
        self.matrix: list[list[bool]] = []
        self.state: lan_settings.LanState | None = None
        self._start_said = False
        layout = QVBoxLayout(self)
        self.available = lan_sync.available()
        if not self.available:
            self.missing = QLabel(
                self.tr(
                    "本机没有安装 Syncthing，不能在局域网里自动同步；"
                    "共享文件夹和U盘同步包照常可用。"
                )
            )
            self.missing.setWordWrap(True)
            self.missing.setStyleSheet("color: #666666;")
            layout.addWidget(self.missing)
            layout.addStretch(1)
            return
        self.lan = lan_runner.of(ctx.store.path) or LanRunner(lambda: self.ctx, self)
        self.lan.changed.connect(self._show_status)

        # this PC: its ID in large letters, copy, the QR code
        mine = QLabel(self.tr("本机的设备编号"))
        mine.setProperty("role", "hint")
        self.id_label = QLabel(self.tr("正在读取…"))
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.TypeWriter)
        self.id_label.setFont(font)
        self.id_label.setStyleSheet(  # the program's style sets every widget's size
            "font-size: 22px; font-weight: bold;"
        )
        self.id_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QPushButton(self.tr("复制"))
        self.copy_button.setEnabled(False)
        self.copy_button.setMinimumWidth(110)
        id_box = QVBoxLayout()
        id_box.addWidget(mine)
        id_box.addWidget(self.id_label)
        id_box.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignLeft)
        id_box.addStretch(1)
        self.qr_label = QLabel()
        self.qr_label.setFixedSize(41 * MODULE_PX, 41 * MODULE_PX)
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_label.setToolTip(self.tr("另一台电脑的老师可以用手机扫描或拍下这个编号"))

        # pairing: principal and admin
        self.autostart = QCheckBox(self.tr("随程序启动 Syncthing"))
        self.peer_edit = QLineEdit()
        self.peer_edit.setPlaceholderText(self.tr("粘贴或输入另一台电脑的设备编号"))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("可不填"))
        self.address_edit = QLineEdit()
        self.address_edit.setPlaceholderText(self.tr("自动（或如 192.168.1.10）"))
        self.address_edit.setToolTip(
            self.tr(
                "不填：在局域网里自动寻找。找不到时填那台电脑的地址，如 tcp://192.168.1.10:22001"
            )
        )
        self.pair_button = QPushButton(self.tr("配对"))
        self.pair_button.setProperty("primary", True)
        self.bar = MessageBar()
        form = QGridLayout()
        form.addWidget(QLabel(self.tr("另一台电脑的编号")), 0, 0)
        form.addWidget(self.peer_edit, 0, 1, 1, 3)
        form.addWidget(self.pair_button, 0, 4)
        form.addWidget(QLabel(self.tr("名字")), 1, 0)
        form.addWidget(self.name_edit, 1, 1)
        form.addWidget(QLabel(self.tr("地址")), 1, 2)
        form.addWidget(self.address_edit, 1, 3, 1, 2)
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 2)
        self.name_edit.setMinimumWidth(110)
        self.pair_box = QWidget()
        pair_column = QVBoxLayout(self.pair_box)
        pair_column.setContentsMargins(0, 0, 0, 0)
        pair_column.addWidget(self.autostart, 0, Qt.AlignmentFlag.AlignLeft)  # all of it hits
        pair_column.addLayout(form)
        pair_column.addWidget(self.bar)
        pair_column.addStretch(1)
        self.pair_box.setVisible(may_set_up)

        top = QHBoxLayout()
        top.addLayout(id_box)
        top.addWidget(self.qr_label, 0, Qt.AlignmentFlag.AlignTop)
        top.addSpacing(12)
        top.addWidget(self.pair_box, 1)
        if not may_set_up:
            top.addStretch(1)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.peers_label = QLabel()
        self.peers_label.setWordWrap(True)
        self.peers_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addLayout(top)
        layout.addWidget(self.status_label)
        layout.addWidget(self.peers_label)
        layout.addStretch(1)

        self.reader = Runner(self, self._unreadable, storage_alarm=False)
        self.runner = Runner(self, self.bar.show_error)
        self.runner.busy.connect(lambda _busy: self._update_buttons())
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.autostart.setChecked(lan_settings.lan_enabled(ctx))
        self.autostart.toggled.connect(self.set_autostart)
        self.copy_button.clicked.connect(self.copy_id)
        self.pair_button.clicked.connect(self.pair)
        self.peer_edit.textChanged.connect(lambda _t: self._update_buttons())
        self._show_status()

    # -- reading ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.available:
            self.timer.start()
            self.poll()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if self.available:
            self.timer.stop()

    def node(self) -> lan_sync.Node:
        return self.lan.node if self.lan.node is not None else lan_sync.node_of(self.ctx)

    @Slot()
    def poll(self) -> None:
        """Ask Syncthing (beside the GUI) for this PC's ID, once, and the paired PCs."""
        if self.reader.running() or exclusive_running():  # the GUI's connection is taken
            return
        if (
            not self.lan.running()
            and not self.lan.starting()
            and not self.lan.error
            and lan_settings.lan_enabled(self.ctx)
        ):
            self.lan.start()  # ticked before the sync folder was set: now it may be
        node, known = self.node(), self.device_id

        def look(_ctx: ServiceContext, _p: Any) -> tuple[str, lan_settings.LanState]:
            return known or lan_settings.this_id(node), lan_settings.state(node)

        self.reader.start(self.ctx, look, access=Access.FILES, on_done=self._looked)

    def loading(self) -> bool:
        return self.reader.running()

    def _looked(self, found: tuple[str, lan_settings.LanState]) -> None:
        device_id, self.state = found
        if device_id != self.device_id:
            self.device_id = device_id
            self.id_label.setText(id_lines(device_id))
            self.matrix = qr_matrix(device_id)
            self.qr_label.setPixmap(qr_pixmap(self.matrix))
            self.copy_button.setEnabled(True)
        self._show_status()

    def _unreadable(self, text: str) -> None:
        if not self.device_id:
            self.id_label.setText(self.tr("读不到"))
        self.status_label.setText(text)
        self.status_label.setStyleSheet("color: #a3231a;")

    @Slot()
    def _show_status(self) -> None:
        if self._start_said and not self.lan.starting():  # the start the bar announced ended
            self._start_said = False
            if self.lan.running():
                self.bar.show_ok(self.tr("Syncthing 已启动。"))
            else:
                self.bar.clear_message()  # the status line says why
        if self.lan.running():
            text = self.tr("Syncthing 正在运行，同步文件夹在本机和配对的电脑之间自动保持一致。")
            colour = "#1e6b2e"
        elif self.lan.starting():
            text, colour = self.tr("正在启动 Syncthing…"), ""
        elif self.lan.error:
            text = self.tr("Syncthing 没能启动：%1").replace("%1", self.lan.error)
            colour = "#a3231a"
        elif self.autostart.isChecked():
            text, colour = self.tr("设置同步文件夹后，Syncthing 随程序启动。"), ""
        else:
            text = self.tr("Syncthing 没有运行：勾选“随程序启动 Syncthing”后自动交换同步文件。")
            colour = ""
        self.status_label.setText(text)
        self.status_label.setStyleSheet(f"color: {colour};" if colour else "")
        state = self.state
        if state is None:
            self.peers_label.setText("")
        elif not state.peers:
            self.peers_label.setText(html.escape(self.tr("还没有与其他电脑配对。")))
        else:
            lines = [peer_line(p, state.running) for p in state.peers]
            title = html.escape(self.tr("配对的电脑："))
            self.peers_label.setText(title + "<br>" + "<br>".join(lines))
        self._update_buttons()

    def _update_buttons(self) -> None:
        idle = not self.runner.running() and not self.lan.starting()
        self.pair_button.setEnabled(idle and bool(self.peer_edit.text().strip()))

    # -- acting ----------------------------------------------------------------------------

    def copy_id(self) -> None:
        if not self.device_id:
            return
        QGuiApplication.clipboard().setText(self.device_id)
        self.copy_button.setText(self.tr("已复制"))
        QTimer.singleShot(2000, self, lambda: self.copy_button.setText(self.tr("复制")))

    @Slot(bool)
    def set_autostart(self, on: bool) -> None:
        if attempt(self.bar, lambda: lan_settings.set_lan_enabled(self.ctx, on)) is None:
            self.autostart.blockSignals(True)
            self.autostart.setChecked(not on)
            self.autostart.blockSignals(False)
            return
        if not on:
            self.lan.stop()
            self.bar.show_ok(self.tr("Syncthing 已停止，以后也不随程序启动。"))
        elif self.lan.start():
            self.bar.show_ok(self.tr("正在启动 Syncthing，以后随程序启动。"))
            self._start_said = True
        else:
            self.bar.show_ok(self.tr("已保存。设置同步文件夹后，Syncthing 随程序启动。"))
        self._show_status()

    def pair(self) -> None:
        if self.runner.running() or self.lan.starting():
            return
        text, name = self.peer_edit.text(), self.name_edit.text()
        address = self.address_edit.text()
        node = self.lan.node if self.lan.running() else None
        self.bar.show_ok(self.tr("正在配对…"))
        self.runner.start(
            self.ctx,
            lambda ctx, _p: lan_settings.pair(ctx, text, name, address, node),
            access=Access.BESIDE,
            on_done=self._paired,
        )

    def _paired(self, device_id: str) -> None:
        shown = self.name_edit.text().strip() or device_id[:7]
        self.bar.show_ok(
            self.tr("已与 %1 配对。请在那台电脑的“同步”页也填入本机的编号并点“配对”。")
            .replace("%1", shown)
        )  # fmt: skip
        for edit in (self.peer_edit, self.name_edit, self.address_edit):
            edit.clear()
        self.poll()


def scrolling(section: LanSection) -> QScrollArea:
    """The section in a frameless scroll area (a small screen scrolls it, never clips it)."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(section)
    return area
