"""The roster page reads its pupils beside the window: a test waits for them as a person
waits for the list to fill."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from after_school_desk.services.base.context import ServiceContext
from after_school_desk.ui.roster_page import RosterPage


def roster_page(qtbot: QtBot, ctx: ServiceContext) -> RosterPage:
    """A roster page, its pupils read and shown."""
    page = RosterPage(ctx)
    qtbot.addWidget(page)
    wait_loaded(qtbot, page)
    return page


def wait_loaded(qtbot: QtBot, page: RosterPage) -> None:
    """Until the pupils last asked for are on screen."""
    qtbot.waitUntil(page.loaded, timeout=10000)
