from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from after_school_desk.domain.roles import Role
from after_school_desk.errors import PermissionDenied
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school import pupils, users
from after_school_desk.services.school.pupils import PupilInput
from after_school_desk.services.school.setup import school_info
from after_school_desk.store.crypto_backup import KdfParams
from after_school_desk.ui.backup_dialog import BackupDialog
from after_school_desk.ui.main_window import MainWindow
from tests.conftest import as_role
from tests.gui.conftest import PRINCIPAL_PIN
from tests.gui.roster_helpers import wait_loaded

CHEAP_KDF = KdfParams(log2_n=10, r=8, p=1)
PASSPHRASE = "河边的小学校2026"


def principal(ctx: ServiceContext) -> ServiceContext:
    return dataclasses.replace(ctx, actor=users.log_in(ctx, "wang", PRINCIPAL_PIN))


def make_dialog(qtbot, ctx: ServiceContext) -> BackupDialog:
    dialog = BackupDialog(ctx)
    dialog.kdf_params = CHEAP_KDF
    qtbot.addWidget(dialog)
    return dialog


def wait_idle(qtbot, dialog: BackupDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=20_000)


def add_pupil(ctx: ServiceContext) -> None:
    pupils.save_pupil(
        ctx,
        PupilInput(national_id="G100000000077", name="新来的", sex="女", class_name="三年级(1)班"),
    )


def test_backup_now_then_restore_after_a_change(qtbot, gui_ctx: ServiceContext) -> None:
    ctx = principal(gui_ctx)
    dialog = make_dialog(qtbot, ctx)
    dialog.backup_now()
    assert not dialog.backup_now_button.isEnabled()  # busy while the worker runs
    wait_idle(qtbot, dialog)
    assert dialog.last_backup is not None and dialog.last_backup.exists()
    assert dialog.last_backup.parent == ctx.store.path.parent / "backups"
    assert "备份完成" in dialog.status.text()

    add_pupil(ctx)
    assert len(pupils.roster_rows(ctx)) == 5
    dialog.file_edit.setText(str(dialog.last_backup))
    assert dialog.restore_passphrase.isHidden()  # a plain backup needs no passphrase
    assert not dialog.restore_button.isEnabled()  # not before the preview
    dialog.preview_restore()
    wait_idle(qtbot, dialog)
    assert dialog.preview_label.text().splitlines()[:2] == [
        "学校：立岗镇中心小学",
        "学生：4 人，教职工：0 人",
    ]
    assert dialog.restore_button.isEnabled()
    restored: list[object] = []
    dialog.restored.connect(restored.append)
    dialog.confirm_restore = lambda: True  # type: ignore[method-assign]
    dialog.confirm_and_restore()
    wait_idle(qtbot, dialog)
    assert restored and dialog.error.isHidden()
    assert len(pupils.roster_rows(ctx)) == 4
    assert "恢复完成" in dialog.status.text()


def test_declining_the_confirmation_changes_nothing(qtbot, gui_ctx: ServiceContext) -> None:
    ctx = principal(gui_ctx)
    dialog = make_dialog(qtbot, ctx)
    dialog.backup_now()
    wait_idle(qtbot, dialog)
    add_pupil(ctx)
    dialog.file_edit.setText(str(dialog.last_backup))
    dialog.preview_restore()
    wait_idle(qtbot, dialog)
    dialog.confirm_restore = lambda: False  # type: ignore[method-assign]
    dialog.confirm_and_restore()
    assert not dialog.is_running()
    assert len(pupils.roster_rows(ctx)) == 5


def test_encrypted_round_trip_asks_for_the_passphrase(
    qtbot, gui_ctx: ServiceContext, tmp_path: Path
) -> None:
    ctx = principal(gui_ctx)
    usb = tmp_path / "usb"
    dialog = make_dialog(qtbot, ctx)
    dialog.folder_edit.setText(str(usb))
    dialog.passphrase.setText(PASSPHRASE)
    dialog.passphrase_again.setText(PASSPHRASE + "x")
    dialog.backup_encrypted()
    assert dialog.error.text() == "两次输入的备份口令不一样，请重新输入。"
    assert not usb.exists()

    dialog.passphrase_again.setText(PASSPHRASE)
    dialog.backup_encrypted()
    wait_idle(qtbot, dialog)
    assert dialog.last_backup is not None and dialog.last_backup.suffix == ".kfbak"
    assert dialog.last_backup.parent == usb
    assert b"SQLite format" not in dialog.last_backup.read_bytes()

    add_pupil(ctx)
    dialog.file_edit.setText(str(dialog.last_backup))
    assert not dialog.restore_passphrase.isHidden()
    assert not dialog.preview_button.isEnabled()  # the passphrase is needed first
    dialog.restore_passphrase.setText("不是这个口令啊")
    dialog.preview_restore()
    wait_idle(qtbot, dialog)
    assert dialog.error.text().startswith("口令不正确")
    assert not dialog.restore_button.isEnabled()

    dialog.restore_passphrase.setText(PASSPHRASE)
    dialog.preview_restore()
    wait_idle(qtbot, dialog)
    assert dialog.error.isHidden()
    assert "学生：4 人" in dialog.preview_label.text()
    dialog.restore()
    wait_idle(qtbot, dialog)
    assert dialog.error.isHidden(), dialog.error.text()
    assert len(pupils.roster_rows(ctx)) == 4


def test_short_passphrase_is_refused_before_any_work(
    qtbot, gui_ctx: ServiceContext, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, principal(gui_ctx))
    dialog.folder_edit.setText(str(tmp_path / "usb"))
    dialog.passphrase.setText("123")
    dialog.passphrase_again.setText("123")
    dialog.backup_encrypted()
    assert "至少要 8 个字符" in dialog.error.text()
    assert not dialog.is_running()


def test_restore_reloads_the_main_window(qtbot, gui_ctx: ServiceContext) -> None:
    ctx = principal(gui_ctx)
    school = school_info(ctx)
    assert school is not None
    window = MainWindow(ctx, school)
    qtbot.addWidget(window)
    dialog = make_dialog(qtbot, window.ctx)
    dialog.restored.connect(window.reload_after_restore)
    dialog.backup_now()
    wait_idle(qtbot, dialog)
    add_pupil(ctx)
    roster: Any = window.pages["roster"]
    roster.refresh()
    wait_loaded(qtbot, roster)
    assert roster.model.rowCount() == 5
    dialog.file_edit.setText(str(dialog.last_backup))
    dialog.preview_restore()
    wait_idle(qtbot, dialog)
    dialog.restore()
    wait_idle(qtbot, dialog)
    roster = window.pages["roster"]
    wait_loaded(qtbot, roster)
    assert roster.model.rowCount() == 4
    assert not window.body.isHidden()


def test_only_principal_and_admin_may_open_it(qtbot, gui_ctx: ServiceContext) -> None:
    for role in (Role.TEACHER, Role.DUTY_LEADER):
        with pytest.raises(PermissionDenied):
            BackupDialog(as_role(gui_ctx, role))
    make_dialog(qtbot, as_role(gui_ctx, Role.ADMIN))


def test_another_schools_backup_is_asked_about_first(
    qtbot, gui_ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from after_school_desk.services.care import maintenance
    from after_school_desk.services.school.setup import SchoolSetup, create_school
    from after_school_desk.store.connection import open_store

    store = open_store(tmp_path / "other" / "school.sqlite", create=True)
    other = dataclasses.replace(gui_ctx, store=store, actor=dataclasses.replace(gui_ctx.actor))
    other = as_role(other, Role.SYSTEM)
    create_school(other, SchoolSetup(name="新建小学", county="贺兰县", term_start="2026-09-01",
                                     term_end="2027-01-20", classes_per_grade=1))  # fmt: skip
    foreign = maintenance.backup(other, folder=tmp_path / "usb")
    store.close()
    ctx = principal(gui_ctx)
    dialog = make_dialog(qtbot, ctx)
    dialog.file_edit.setText(str(foreign))
    dialog.preview_restore()
    wait_idle(qtbot, dialog)
    asked: list[str] = []
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])

    def warning(_parent: object, _title: str, text: str, *_a: object) -> object:
        asked.append(text)
        return next(answers)

    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", warning)
    dialog.confirm_and_restore()  # declined: nothing happens
    assert not dialog.is_running() and school_info(ctx)["name"] == "立岗镇中心小学"
    assert "新建小学" in asked[0] and "立岗镇中心小学" in asked[0]
    dialog.confirm_and_restore()
    wait_idle(qtbot, dialog)
    assert dialog.error.isHidden() and school_info(ctx)["name"] == "新建小学"
