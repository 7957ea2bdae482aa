"""核对记录 in the backup dialog: the tamper check and the seal keys, from real taps."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from after_school_desk.services.base.context import ServiceContext
from after_school_desk.store import seal_key
from after_school_desk.ui import diagnostics, file_dialogs
from tests import outside_editor
from tests.gui.test_backup_dialog import make_dialog, principal, wait_idle


def _boxes(monkeypatch) -> list[QMessageBox]:
    shown: list[QMessageBox] = []

    def capture(box: QMessageBox) -> int:
        shown.append(box)
        return 0

    monkeypatch.setattr(diagnostics, "exec_box", capture)
    return shown


def test_check_all_records_then_a_change_behind_the_program(
    qtbot, gui_ctx: ServiceContext, monkeypatch
) -> None:
    ctx = principal(gui_ctx)
    dialog = make_dialog(qtbot, ctx)
    shown = _boxes(monkeypatch)
    qtbot.mouseClick(dialog.seal_box.check_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog)
    assert shown[-1].icon() == QMessageBox.Icon.Information
    assert "全部相符" in shown[-1].detailedText()

    raw = outside_editor.connect(str(ctx.store.path), isolation_level=None)
    raw.execute("DROP TRIGGER seal_app_user_update")
    raw.execute("UPDATE app_user SET display_name = '冒名' WHERE login = 'wang'")
    raw.close()
    qtbot.mouseClick(dialog.seal_box.check_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog)
    assert shown[-1].icon() == QMessageBox.Icon.Warning
    assert "用户账号" in shown[-1].detailedText() and "被改动过" in shown[-1].detailedText()


def test_the_key_goes_out_to_a_stick_and_back_in(
    qtbot, gui_ctx: ServiceContext, monkeypatch, tmp_path: Path
) -> None:
    ctx = principal(gui_ctx)
    dialog = make_dialog(qtbot, ctx)
    _boxes(monkeypatch)
    infos: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, _t: infos.append(title))
    target = tmp_path / "usb" / "school.seal-key"
    monkeypatch.setattr(file_dialogs, "save_file", lambda *_a: str(target))
    qtbot.mouseClick(dialog.seal_box.export_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog)
    assert target.exists() and infos == ["已导出密钥"]
    assert [k.tag for k in seal_key.read_key_file(target)] == [ctx.store.ring.current().tag]

    for path in seal_key.key_dir().glob("*.seal-key"):
        path.unlink()
    monkeypatch.setattr(file_dialogs, "open_file", lambda *_a: str(target))
    qtbot.mouseClick(dialog.seal_box.import_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog)
    assert infos[-1] == "已导入密钥"
    assert ctx.store.ring.current().tag in seal_key.all_keys()

    bogus = tmp_path / "not-a-key.seal-key"
    bogus.write_text("hello")
    monkeypatch.setattr(file_dialogs, "open_file", lambda *_a: str(bogus))
    qtbot.mouseClick(dialog.seal_box.import_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog)
    assert "不是课后服务台的防篡改密钥文件" in dialog.error.text()
