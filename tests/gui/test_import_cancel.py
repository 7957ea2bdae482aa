"""取消 really cancels: an import of a large file stops within a second, even while the file is
still being read (it used to stay on “正在取消…” until the whole file was read, or for ever)."""

from __future__ import annotations

import time
from pathlib import Path

from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school import pupils
from after_school_desk.ui.import_dialog import ImportDialog
from tests.unit.roster_files import many_rows_xlsx


def test_cancel_stops_reading_a_large_file_within_a_second(
    qtbot, gui_ctx: ServiceContext, tmp_path: Path
) -> None:
    path = many_rows_xlsx(tmp_path, 4000)  # openpyxl takes seconds to read it
    dialog = ImportDialog(gui_ctx)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(path))
    outcomes: list[str] = []
    dialog.import_button.click()
    assert dialog.is_running()
    runner = dialog.runner
    runner.succeeded.connect(lambda _r: outcomes.append("succeeded"))
    runner.failed.connect(lambda _e: outcomes.append("failed"))
    runner.cancelled.connect(lambda: outcomes.append("cancelled"))
    qtbot.waitUntil(lambda: dialog.progress.maximum() == 0)  # reading, size not known yet
    start = time.perf_counter()
    dialog.cancel_button.click()
    assert dialog.status.text() == "正在取消…"
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=1000)
    assert time.perf_counter() - start < 1
    assert outcomes == ["cancelled"]
    assert dialog.status.text() == "已取消，没有导入任何数据。"
    assert len(pupils.roster_rows(gui_ctx)) == 4  # nothing imported
    assert dialog.close_button.isEnabled() and dialog.import_button.isEnabled()
