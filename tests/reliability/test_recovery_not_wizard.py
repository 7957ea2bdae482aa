"""A missing or empty live file with good backups beside it leads to the recovery offer, not the
first-run wizard (which set up a new school there and rotated the real school's backups away)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.care import maintenance
from after_school_desk.services.school import pupils
from after_school_desk.store.connection import open_store
from after_school_desk.ui import app as app_module


@pytest.mark.parametrize("how", ["missing", "empty"])
def test_missing_or_empty_file_offers_the_backup_before_the_wizard(
    school_ctx: ServiceContext, qtbot: object, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    path: Path = school_ctx.store.path
    pupils.save_pupil(
        school_ctx, pupils.PupilInput("G640122201603041234", "张三", "男", "三年级(2)班")
    )
    maintenance.backup(school_ctx, reason="daily")
    school_ctx.store.close()
    if how == "missing":
        path.unlink()
    else:
        path.write_bytes(b"")
    asked: list[str] = []
    shown: list[str] = []

    def answer(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    class NoWizard:
        def __init__(self, *_a: object, **_k: object) -> None:
            shown.append("wizard")

        def exec(self) -> bool:
            return False

    class Login:
        def __init__(self, _ctx: object, school_name: str) -> None:
            shown.append(f"login {school_name}")
            self.actor = None

        def exec(self) -> bool:
            return False

    monkeypatch.setattr(QMessageBox, "question", answer)
    monkeypatch.setattr(app_module, "SetupWizard", NoWizard)
    monkeypatch.setattr(app_module, "LoginDialog", Login)
    monkeypatch.setattr(app_module.users, "list_users", lambda _ctx: [{"login": "x"}])
    store = open_store(path, create=True, scan=False)  # as run_gui opens it
    try:
        ctx = ServiceContext(store, app_module.SETUP_ACTOR, school_ctx.device_id, school_ctx.clock)
        assert app_module.start_session(ctx) is None
        assert asked and "立岗镇中心小学" in asked[0]
        assert shown == ["login 立岗镇中心小学"]
        assert [r[0] for r in store.conn.execute("SELECT name FROM pupil")] == ["张三"]
    finally:
        store.close()
    assert maintenance.newest_good_backup(path) is not None
