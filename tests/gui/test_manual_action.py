"""帮助 → 使用手册…: every role opens the manual in the program's own preview (print or save),
and the temporary PDF goes when the preview closes."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from after_school_desk.domain.roles import Role
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school.setup import school_info
from after_school_desk.ui.main_window import MainWindow
from after_school_desk.ui.pdf_preview import PdfPreview
from tests.conftest import as_role


@pytest.mark.parametrize("role", [Role.TEACHER, Role.PRINCIPAL])
def test_the_manual_opens_in_the_preview(qtbot: QtBot, gui_ctx: ServiceContext, role: Role) -> None:
    school = school_info(gui_ctx)
    assert school is not None
    window = MainWindow(as_role(gui_ctx, role), school)
    qtbot.addWidget(window)
    window.show()
    menus = {a.text(): a for a in window.menuBar().actions()}
    assert window.manual_action in menus["帮助"].menu().actions()
    assert window.manual_action.text() == "使用手册…"

    window.manual_action.trigger()

    preview = window.manual_preview
    assert isinstance(preview, PdfPreview)
    qtbot.waitUntil(preview.isVisible)
    assert preview.name == "课后服务台使用手册.pdf"
    assert len(preview.pages) >= 15
    assert preview.print_button.isEnabled() and preview.save_button.isEnabled()
    pdf = preview.pdf
    assert pdf.is_file()
    preview.close_button.click()
    qtbot.waitUntil(lambda: not pdf.parent.exists())
