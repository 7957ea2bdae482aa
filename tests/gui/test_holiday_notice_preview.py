"""The holiday notice dialog with real inputs: the State Council's notice pasted as published, the
preview of every range and make-up day next to what the program had assumed, then 保存."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school import calendar
from after_school_desk.ui import calendar_dialogs
from after_school_desk.ui.calendar_dialogs import NoticeDialog
from after_school_desk.ui.calendar_page import CalendarPage
from tests.unit.holiday_notices import ITEMS, published, write_docx

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

LEFT = Qt.MouseButton.LeftButton


def _dialog(qtbot: QtBot, ctx: ServiceContext) -> tuple[CalendarPage, NoticeDialog]:
    page = CalendarPage(ctx)
    qtbot.addWidget(page)
    page.resize(1024 - 200, 768 - 60)
    page.show()
    qtbot.mouseClick(page.notice_button, LEFT)
    dialog = page.dialog
    assert isinstance(dialog, NoticeDialog) and dialog.chosen_year() == 2026
    return page, dialog


def _paste(qtbot: QtBot, dialog: NoticeDialog, text: str) -> None:
    qtbot.mouseClick(dialog.clear_button, LEFT)
    assert dialog.text.toPlainText() == ""
    QApplication.clipboard().setText(text)
    qtbot.keyClick(dialog.text, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def _shown(dialog: NoticeDialog) -> list[list[str]]:
    model = dialog.preview.model
    return [
        [str(model.index(r, c).data()) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_the_published_notice_pasted_previewed_and_saved(
    qtbot: QtBot, gui_ctx: ServiceContext
) -> None:
    page, dialog = _dialog(qtbot, gui_ctx)
    assert dialog.preview.model.rowCount() > 0  # the year as the program knows it, previewed
    _paste(qtbot, dialog, published(2026))
    qtbot.waitUntil(lambda: "按通知原文读取" in dialog.preview.summary.text())
    assert "放假 33 天，调休上班 6 天" in dialog.preview.summary.text()
    rows = _shown(dialog)
    assert len(rows) == 13
    assert ["放假", "春节", "2月15日（周日）至2月23日（周一）", "9", "一致"] in rows
    assert ["调休上班", "国庆节", "10月10日（周六）", "1", "一致"] in rows
    assert (
        dialog.preview.notes.isVisibleTo(dialog) and "2025年11月4日" in dialog.preview.notes.text()
    )
    assert not dialog.preview.problems.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible()
    assert "39 天" in page.bar.text()
    assert any(
        y["year"] == 2026 and y["source"] == "notice" for y in calendar.holiday_years(gui_ctx)
    )


def test_a_notice_that_does_not_add_up_is_shown_and_not_saved(
    qtbot: QtBot, gui_ctx: ServiceContext
) -> None:
    _, dialog = _dialog(qtbot, gui_ctx)
    _paste(qtbot, dialog, ITEMS[2026].replace("共7天", "共6天"))
    qtbot.waitUntil(lambda: dialog.preview.problems.isVisibleTo(dialog))
    assert "写的是 6 天，但日期算出来是 7 天" in dialog.preview.problems.text()
    before = calendar.month_view(gui_ctx, 2026, 10)
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.isVisible() and "未做任何改动" in dialog.error.text()
    assert calendar.month_view(gui_ctx, 2026, 10) == before


def test_a_notice_opened_from_a_word_file(
    qtbot: QtBot, gui_ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docx = write_docx(tmp_path / "通知.docx", published(2026))
    monkeypatch.setattr(calendar_dialogs.file_dialogs, "open_file", lambda *a, **k: str(docx))
    _, dialog = _dialog(qtbot, gui_ctx)
    qtbot.mouseClick(dialog.open_button, LEFT)
    assert dialog.text.toPlainText().startswith("国务院办公厅关于2026年部分节假日安排的通知")
    assert len(_shown(dialog)) == 13
    pdf = tmp_path / "通知.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    monkeypatch.setattr(calendar_dialogs.file_dialogs, "open_file", lambda *a, **k: str(pdf))
    qtbot.mouseClick(dialog.open_button, LEFT)
    assert "复制" in dialog.error.text() and len(_shown(dialog)) == 13  # the text stays
