"""局域网自动同步（Syncthing） on the 同步 page, driven with real clicks: two copies of one school
(the hub and a class PC, as in ``tests/unit/sync_school.py``), each with its own Syncthing on
free loopback ports, show their device IDs (large and as a QR code), are paired from the
screens — one while its Syncthing runs with the program, the other with Syncthing started just
for the pairing — see each other connected, and a sign-in on the class PC reaches the hub
through the folder Syncthing keeps alike. The main window starts Syncthing when the box is
ticked and stops it when it closes. Skipped where the ``syncthing`` program is missing."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, qGray
from PySide6.QtWidgets import QWidget

from after_school_desk.domain.roles import Role
from after_school_desk.errors import ValidationError
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.daily import attendance
from after_school_desk.services.pcs import lan_settings, lan_sync, sync
from after_school_desk.services.school.setup import school_info
from after_school_desk.ui.lan_section import LanSection, id_lines
from after_school_desk.ui.main_window import MainWindow
from after_school_desk.ui.sync_auto import AUTO_SYNC_MS, LAN_SYNC_MS
from after_school_desk.ui.sync_page import SyncPage
from tests.conftest import as_role
from tests.unit.daily_school import DAY
from tests.unit.sync_school import Pc, School, states

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
needs_syncthing = pytest.mark.skipif(not lan_sync.available(), reason="syncthing is not installed")

LEFT = Qt.MouseButton.LeftButton
LAN_TAB = 3


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def school(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[School]:
    s = School(tmp_path, monkeypatch)
    yield s
    s.close()


def use(school: School, pc: Pc) -> None:
    """Background work opens its connections as ``pc`` (its settings folder: its identity)."""
    school.mp.setenv("APP_CONFIG_DIR", str(pc.config))


def own_nodes(monkeypatch: pytest.MonkeyPatch, pcs: list[Pc]) -> dict[str, int]:
    """Each copy's Syncthing in its own settings folder on free ports (a fresh ``Node`` each
    time, as ``node_of`` gives); the listening port of each, by name."""
    where = {
        str(pc.ctx.store.path): (pc.config / "syncthing", _free_port(), _free_port()) for pc in pcs
    }
    monkeypatch.setattr(lan_sync, "node_of", lambda ctx: lan_sync.Node(*where[str(ctx.store.path)]))
    return {pc.name: where[str(pc.ctx.store.path)][2] for pc in pcs}


def open_lan_tab(qtbot, page: SyncPage) -> LanSection:
    bar = page.tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(LAN_TAB).center())
    assert page.tabs.currentIndex() == LAN_TAB
    section = page.lan_section
    qtbot.waitUntil(lambda: bool(section.device_id), timeout=30_000)
    return section


def settled(qtbot, section: LanSection) -> None:
    qtbot.waitUntil(
        lambda: not section.runner.running() and not section.lan.starting(), timeout=60_000
    )


def type_into(qtbot, edit: QWidget, text: str) -> None:
    qtbot.mouseClick(edit, LEFT)
    qtbot.keyClicks(edit, text)


def drawn_matrix(section: LanSection, modules: int) -> list[list[bool]]:
    """The modules as the QR label shows them: each module's centre pixel dark or light."""
    pixmap = section.qr_label.pixmap()
    assert not pixmap.isNull()
    image = pixmap.toImage()
    size = image.width() // modules
    assert size >= 2 and size * modules == image.width() == image.height()
    return [
        [
            qGray(image.pixel(QPoint(x * size + size // 2, y * size + size // 2))) < 128
            for x in range(modules)
        ]
        for y in range(modules)
    ]


def library_matrix(text: str) -> list[list[bool]]:
    import qrcode

    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
    code.add_data(text)
    code.make(fit=True)
    return [[bool(m) for m in row] for row in code.get_matrix()]


@needs_syncthing
def test_two_pcs_pair_from_the_screens_and_a_sign_in_travels(
    qtbot, school: School, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hub = school.hub()
    b = school.join("class1")
    for pc in (hub, b):  # each PC's folder is its own, kept alike by Syncthing
        sync.set_folder(pc.ctx, tmp_path / pc.name / "lan-folder", pc.name)
    ports = own_nodes(monkeypatch, [hub, b])
    sections: dict[str, LanSection] = {}
    try:
        for pc in (hub, b):
            use(school, pc)
            page = SyncPage(pc.ctx)
            qtbot.addWidget(page)
            page.resize(1366, 700)
            page.show()
            qtbot.waitExposed(page)
            sections[pc.name] = open_lan_tab(qtbot, page)
        on_hub, on_b = sections["hub"], sections["class1"]

        # the ID, as Syncthing has it, in large letters and as a QR code of the same
        hub_id = lan_sync.node_of(hub.ctx).device_id()
        assert on_hub.device_id == hub_id
        assert on_hub.id_label.text() == id_lines(hub_id)
        assert on_hub.id_label.text().replace("\n", "-") == hub_id
        expected = library_matrix(hub_id)
        assert on_hub.matrix == expected
        assert drawn_matrix(on_hub, len(expected)) == expected
        assert "还没有与其他电脑配对" in on_hub.peers_label.text()

        # a wrong ID is said under the button, and nothing is started for it
        type_into(qtbot, on_b.peer_edit, "abc")
        qtbot.mouseClick(on_b.pair_button, LEFT)
        settled(qtbot, on_b)
        assert on_b.bar.kind == "error" and "格式不对" in on_b.bar.text()
        on_b.peer_edit.clear()

        # the class PC pairs while its Syncthing is not running: started and stopped for it
        qtbot.mouseClick(on_hub.copy_button, LEFT)
        assert QGuiApplication.clipboard().text() == hub_id
        qtbot.mouseClick(on_b.peer_edit, LEFT)
        qtbot.keyClick(on_b.peer_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        assert on_b.peer_edit.text() == hub_id
        type_into(qtbot, on_b.name_edit, "office")
        type_into(qtbot, on_b.address_edit, f"127.0.0.1:{ports['hub']}")
        use(school, b)
        qtbot.mouseClick(on_b.pair_button, LEFT)
        settled(qtbot, on_b)
        assert on_b.bar.kind == "ok", on_b.bar.text()
        assert not on_b.lan.running()
        qtbot.waitUntil(lambda: "office" in on_b.peers_label.text(), timeout=15_000)
        assert "没有运行" in on_b.peers_label.text()

        # the hub runs Syncthing with the program first, then pairs through it
        use(school, hub)
        qtbot.mouseClick(on_hub.autostart, LEFT)
        assert lan_settings.lan_enabled(hub.ctx)
        qtbot.waitUntil(on_hub.lan.running, timeout=60_000)
        assert "正在运行" in on_hub.status_label.text()
        assert on_hub.bar.text() == "Syncthing 已启动。"
        qtbot.mouseClick(on_b.copy_button, LEFT)
        qtbot.mouseClick(on_hub.peer_edit, LEFT)
        qtbot.keyClick(on_hub.peer_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        type_into(qtbot, on_hub.name_edit, "class1")
        type_into(qtbot, on_hub.address_edit, f"tcp://127.0.0.1:{ports['class1']}")
        qtbot.mouseClick(on_hub.pair_button, LEFT)
        settled(qtbot, on_hub)
        assert on_hub.bar.kind == "ok", on_hub.bar.text()
        assert on_hub.lan.running()  # paired through the running Syncthing, left running

        use(school, b)
        qtbot.mouseClick(on_b.autostart, LEFT)
        qtbot.waitUntil(on_b.lan.running, timeout=60_000)
        for section, other in ((on_hub, "class1"), (on_b, "office")):
            qtbot.waitUntil(
                lambda s=section, o=other: (
                    f"{o}（" in s.peers_label.text() and "已连接" in s.peers_label.text()
                ),
                timeout=60_000,
            )

        # a sign-in on the class PC reaches the hub through the two Syncthings
        sync.now(hub.ctx)
        sync.now(b.ctx)
        assert school.roster is not None
        nid = sorted(school.roster.pupils)[0]
        attendance.sign_in(b.ctx, nid, at=f"{DAY}T16:05:00+08:00")
        sync.now(b.ctx)
        use(school, hub)
        start = time.monotonic()
        while states(school, hub).get(nid) != "present":
            assert time.monotonic() - start < 60, "the sign-in did not arrive"
            qtbot.wait(300)
            sync.now(hub.ctx)
    finally:
        for section in sections.values():
            section.timer.stop()
            section.reader.wait()
            section.runner.wait()
            section.lan.stop()
    assert not any(s.lan.running() for s in sections.values())


@needs_syncthing
def test_the_main_window_runs_syncthing_while_it_is_open(
    qtbot, gui_ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = as_role(gui_ctx, Role.PRINCIPAL)
    own_nodes(monkeypatch, [Pc("alone", tmp_path / "config", ctx)])
    sync.set_folder(ctx, tmp_path / "lan-folder", "办公室电脑")
    lan_settings.set_lan_enabled(ctx, True)
    school = school_info(ctx)
    assert school is not None
    window = MainWindow(ctx, school)
    qtbot.addWidget(window)
    window.show()
    try:
        qtbot.waitUntil(window.lan.running, timeout=60_000)
        assert window.auto_sync.interval_ms == LAN_SYNC_MS  # what Syncthing brings, in seconds
        node = window.lan.node
        assert node is not None and node.process is not None
        window.nav_buttons["sync"].click()
        section = window.pages["sync"].lan_section
        assert isinstance(section, LanSection) and section.lan is window.lan
        assert section.autostart.isChecked()
        window.close()
        assert node.process is None and not window.lan.running()
        assert window.auto_sync.interval_ms == AUTO_SYNC_MS
    finally:
        window.lan.stop()


@needs_syncthing
def test_a_teacher_sees_the_id_but_does_not_pair(qtbot, gui_ctx: ServiceContext) -> None:
    page = SyncPage(as_role(gui_ctx, Role.TEACHER))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    section = open_lan_tab(qtbot, page)
    assert section.pair_box.isHidden()
    assert not section.qr_label.pixmap().isNull()
    qtbot.waitUntil(lambda: not section.loading(), timeout=10_000)
    principal = SyncPage(as_role(gui_ctx, Role.PRINCIPAL))
    qtbot.addWidget(principal)
    assert not principal.lan_section.pair_box.isHidden()


def test_without_syncthing_one_grey_line_says_the_folder_and_usb_still_work(
    qtbot, gui_ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(lan_sync, "available", lambda: False)
    page = SyncPage(as_role(gui_ctx, Role.PRINCIPAL))
    qtbot.addWidget(page)
    section = page.lan_section
    assert "没有安装 Syncthing" in section.missing.text()
    assert "U盘" in section.missing.text() and "#666666" in section.missing.styleSheet()
    assert not hasattr(section, "pair_button")


def test_what_is_typed_for_pairing() -> None:
    grouped = "ABCDEFG-HIJKLMN-OPQRSTU-VWXYZ23-4567ABC-DEFGHIJ-KLMNOPQ-RSTUVWX"
    assert lan_settings.normalise_id(f" {grouped.lower()}\n") == grouped
    assert lan_settings.normalise_id(grouped.replace("-", "")) == grouped
    for wrong in ("", "abc", grouped[:-1] + "1"):
        with pytest.raises(ValidationError):
            lan_settings.normalise_id(wrong)
    assert lan_settings.address_of("") == "dynamic"
    assert lan_settings.address_of("192.168.1.10") == "tcp://192.168.1.10:22001"
    assert lan_settings.address_of(" 192.168.1.10:22002 ") == "tcp://192.168.1.10:22002"
    assert lan_settings.address_of("tcp://pc-office:22001") == "tcp://pc-office:22001"
    for wrong in ("http://192.168.1.10", "192.168.1.10 x", "tcp://"):
        with pytest.raises(ValidationError):
            lan_settings.address_of(wrong)
