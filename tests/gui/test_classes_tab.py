"""班级 tab of 人员与账户, driven by taps: a class added with its head teacher, renamed, set
aside and back; an empty or a taken name and a class with pupils refused in words with nothing
written; on a PC that is not the school's hub the refusal is said in the message bar."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from after_school_desk.domain.roles import Role
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school import class_register, staff
from after_school_desk.ui.classes_tab import ClassesTab
from after_school_desk.ui.people_page import PeoplePage
from after_school_desk.ui.style import MIN_TARGET
from tests.conftest import as_role
from tests.gui.test_people_page import choose, type_text
from tests.unit.sync_school import School

LEFT = Qt.MouseButton.LeftButton
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "raise()", "grabbing the keyboard")


def open_tab(qtbot, ctx: ServiceContext) -> tuple[PeoplePage, ClassesTab]:
    page = PeoplePage(ctx)
    qtbot.addWidget(page)
    page.resize(1024, 700)
    page.show()
    qtbot.waitExposed(page)
    bar = page.tabs.tabBar()
    index = next(i for i in range(page.tabs.count()) if page.tabs.tabText(i) == "班级")
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(index).center())  # the tab a person taps
    assert page.tabs.currentWidget() is page.classes_tab
    return page, page.classes_tab


def tap(qtbot, widget: QWidget) -> None:
    qtbot.waitUntil(widget.isVisible)
    assert widget.isEnabled(), widget
    qtbot.mouseClick(widget, LEFT)


def tap_class(qtbot, tab: ClassesTab, name: str) -> None:
    row = next(i for i, r in enumerate(tab.model.rows()) if r["name"] == name)
    rect = tab.table.visualRect(tab.model.index(row, 0))
    qtbot.mouseClick(tab.table.viewport(), LEFT, pos=rect.center())
    assert tab.current() is not None and tab.current()["name"] == name


def ok(tab: ClassesTab) -> QWidget:
    assert tab.dialog is not None
    return tab.dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def names(ctx: ServiceContext) -> list[str]:
    return [c["name"] for c in class_register.class_overview(ctx)]


def test_the_principal_adds_renames_and_sets_aside_a_class(qtbot, gui_ctx) -> None:
    principal = as_role(gui_ctx, Role.PRINCIPAL)
    staff.add_staff(principal, "周老师", "teacher")
    _page, tab = open_tab(qtbot, principal)
    assert tab.add_button.height() >= MIN_TARGET
    assert len(tab.model.rows()) == 12
    tap(qtbot, tab.add_button)
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.number is not None and dialog.number.value() == 3  # the next free number
    assert dialog.name.text() == "一年级(3)班"
    choose(qtbot, dialog.head, "周老师")
    tap(qtbot, ok(tab))
    qtbot.waitUntil(lambda: not dialog.isVisible())
    added = next(c for c in class_register.class_overview(principal) if c["name"] == "一年级(3)班")
    assert added["head_teacher"] == "周老师"
    assert tab.bar.kind == "ok" and "一年级(3)班" in tab.bar.text()
    assert tab.current() is not None and tab.current()["name"] == "一年级(3)班"

    tap(qtbot, tab.edit_button)
    dialog = tab.dialog
    assert dialog is not None
    dialog.name.selectAll()
    type_text(qtbot, dialog.name, "一年级(3)班 实验班")
    tap(qtbot, ok(tab))
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "一年级(3)班 实验班" in names(principal)

    tap(qtbot, tab.use_button)  # 停用: no pupils, the head teacher released
    row = next(c for c in class_register.class_overview(principal) if c["id"] == added["id"])
    assert not row["in_use"] and row["head_teacher_id"] is None
    assert tab.bar.kind == "ok" and "已停用" in tab.bar.text()
    assert tab.use_button.text() == "重新启用"
    tap(qtbot, tab.use_button)
    assert next(c for c in class_register.class_overview(principal) if c["id"] == added["id"])[
        "in_use"
    ]


@pytest.mark.parametrize(
    ("typed", "words"),
    [("", "班级名称不能为空。"), ("一年级(2)班", "已经有名为“一年级(2)班”的班级")],
)
def test_an_empty_or_taken_name_is_refused_and_nothing_is_written(
    qtbot, gui_ctx, typed: str, words: str
) -> None:
    principal = as_role(gui_ctx, Role.PRINCIPAL)
    before = names(principal)
    _page, tab = open_tab(qtbot, principal)
    tap_class(qtbot, tab, "一年级(1)班")
    tap(qtbot, tab.edit_button)
    dialog = tab.dialog
    assert dialog is not None
    dialog.name.clear()
    if typed:
        type_text(qtbot, dialog.name, typed)
    tap(qtbot, ok(tab))
    assert dialog.isVisible() and dialog.name.text() == typed
    assert words in dialog.error.text()
    assert tab.bar.kind == "error" and words in tab.bar.text()
    assert names(principal) == before
    # and a new class with a taken name, from the add form
    dialog.reject()
    tap(qtbot, tab.add_button)
    added = tab.dialog
    assert added is not None and added.grade is not None
    added.name.clear()
    if typed:
        type_text(qtbot, added.name, typed)
    tap(qtbot, ok(tab))
    assert added.isVisible() and words in tab.bar.text()
    assert names(principal) == before


def test_a_class_with_pupils_is_not_set_aside(qtbot, gui_ctx) -> None:
    principal = as_role(gui_ctx, Role.PRINCIPAL)
    _page, tab = open_tab(qtbot, principal)
    tap_class(qtbot, tab, "二年级(1)班")  # 张珊珊 and 王五
    tap(qtbot, tab.use_button)
    assert tab.bar.kind == "error"
    assert tab.bar.text() == "二年级(1)班 还有 2 名在校学生，不能停用。请先把他们调到其他班级。"
    assert all(c["in_use"] for c in class_register.class_overview(principal))


def test_a_teacher_only_looks(qtbot, gui_ctx) -> None:
    tab = ClassesTab(as_role(gui_ctx, Role.TEACHER))
    qtbot.addWidget(tab)
    tab.refresh()
    assert not tab.add_button.isEnabled() and not tab.reason.isHidden()


@pytest.fixture
def school(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[School]:
    s = School(tmp_path, monkeypatch)
    yield s
    s.close()


def test_on_a_pc_that_is_not_the_hub_the_refusal_is_in_the_message_bar(
    qtbot, school: School
) -> None:
    school.hub()
    b = school.join("class1")
    before = names(b.ctx)
    tab = ClassesTab(b.ctx)
    qtbot.addWidget(tab)
    tab.resize(1024, 600)
    tab.show()
    tab.refresh()
    tap_class(qtbot, tab, "一年级(2)班")
    tap(qtbot, tab.edit_button)
    dialog = tab.dialog
    assert dialog is not None
    type_text(qtbot, dialog.name, " 乙")
    tap(qtbot, ok(tab))
    assert dialog.isVisible()
    assert tab.bar.kind == "error" and "这台电脑不是学校主机" in tab.bar.text()
    assert "请在学校主机上操作" in tab.bar.text()
    dialog.reject()
    tap(qtbot, tab.use_button)  # 停用 without a form: the same words
    assert "这台电脑不是学校主机" in tab.bar.text()
    assert names(b.ctx) == before
    assert all(c["in_use"] for c in class_register.class_overview(b.ctx))
