from __future__ import annotations

from PySide6.QtCore import Qt

from after_school_desk.domain.roles import Role
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school import pupils
from after_school_desk.ui.roster_model import RosterFilter, RosterModel
from tests.conftest import as_role
from tests.gui.roster_helpers import roster_page


def visible_names(proxy: RosterFilter) -> list[str]:
    return sorted(proxy.index(r, 1).data() for r in range(proxy.rowCount()))


def test_roster_model_passes_qt_model_tester(qtmodeltester, gui_ctx: ServiceContext) -> None:
    model = RosterModel(pupils.roster_rows(gui_ctx))
    assert model.rowCount() == 4
    qtmodeltester.check(model, force_py=True)
    proxy = RosterFilter()
    proxy.setSourceModel(model)
    proxy.set_query("zs")
    qtmodeltester.check(proxy, force_py=True)


def test_model_shows_guardian_phone_and_flags(gui_ctx: ServiceContext) -> None:
    model = RosterModel(pupils.roster_rows(gui_ctx))
    row = next(r for r in range(model.rowCount()) if model.index(r, 1).data() == "张三")
    texts = [model.index(row, c).data() for c in range(model.columnCount())]
    assert texts[:6] == [
        "G100000000001",
        "张三",
        "男",
        "一年级(1)班",
        "张大山（母亲）",
        "13800000001",
    ]
    assert model.headerData(0, Qt.Orientation.Horizontal) == "学籍号"


def test_search_by_initials_full_pinyin_and_characters(qtbot, gui_ctx: ServiceContext) -> None:
    page = roster_page(qtbot, gui_ctx)
    assert page.proxy.rowCount() == 4
    qtbot.keyClicks(page.search, "zs")
    assert visible_names(page.proxy) == ["张三", "张珊珊"]
    page.search.setText("zhangsan")
    assert visible_names(page.proxy) == ["张三"]
    page.search.setText("李")
    assert visible_names(page.proxy) == ["李四"]
    page.search.clear()
    page.class_combo.setCurrentIndex(page.class_combo.findData("二年级(1)班"))
    assert visible_names(page.proxy) == ["张珊珊", "王五"]
    page.search.setText("zs")
    assert visible_names(page.proxy) == ["张珊珊"]
    assert page.count_label.text() == "1 / 4 人"


def test_teacher_sees_roster_without_edit_buttons(qtbot, gui_ctx: ServiceContext) -> None:
    page = roster_page(qtbot, as_role(gui_ctx, Role.TEACHER))
    assert page.model.rowCount() == 4
    assert page.add_button.isHidden() and page.edit_button.isHidden()
    assert page.import_button.isHidden()
    principal = roster_page(qtbot, as_role(gui_ctx, Role.PRINCIPAL))
    assert not principal.add_button.isHidden() and not principal.import_button.isHidden()
