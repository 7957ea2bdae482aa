"""The start-up offer to replace a damaged file with the newest good backup."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from after_school_desk.errors import DamagedDatabase
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.care import maintenance
from after_school_desk.store.connection import open_store
from after_school_desk.ui.recovery_offer import offer_recovery


def test_damaged_file_is_replaced_when_accepted(
    school_ctx: ServiceContext, qtbot: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    path: Path = school_ctx.store.path
    maintenance.backup(school_ctx, reason="daily")
    school_ctx.store.close()
    path.write_bytes(b"garbage" * 1000)
    shown: list[str] = []

    def answer(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert offer_recovery(path, DamagedDatabase("坏了"))
    assert "立岗镇中心小学" in shown[0] and "damaged" in shown[0]
    with open_store(path) as store:
        assert store.conn.execute("SELECT name FROM school").fetchone()[0] == "立岗镇中心小学"
    assert list((path.parent / "damaged").iterdir())
