from __future__ import annotations

from pathlib import Path

from after_school_desk.domain.roles import Role
from after_school_desk.errors import DatabaseLocked
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school import users
from after_school_desk.services.school.setup import school_info
from after_school_desk.store.connection import open_store
from after_school_desk.ui import app as gui_app
from after_school_desk.ui import i18n
from after_school_desk.ui.main_window import MainWindow
from after_school_desk.ui.roster_page import RosterPage
from tests.conftest import as_role


def make_window(qtbot, ctx: ServiceContext, role: Role) -> MainWindow:
    school = school_info(ctx)
    assert school is not None
    window = MainWindow(as_role(ctx, role), school)
    qtbot.addWidget(window)
    return window


def test_principal_sees_roster_and_announced_pages(qtbot, gui_ctx: ServiceContext) -> None:
    window = make_window(qtbot, gui_ctx, Role.PRINCIPAL)
    assert window.windowTitle() == "课后服务台 — 立岗镇中心小学"
    assert list(window.nav_buttons) == [
        "roster", "enrolment", "sign_in", "handover", "duty", "duty_roster", "finance", "reports",
        "overview", "compliance", "calendar", "people", "settings", "sync",
    ]  # fmt: skip
    assert window.nav_buttons["roster"].isEnabled()
    assert isinstance(window.stack.currentWidget(), RosterPage)
    for key in ["sign_in", "handover", "duty", "finance", "reports", "overview", "compliance"]:
        assert window.nav_buttons[key].isEnabled()
    assert window.school_label.text() == "学校：立岗镇中心小学"
    assert window.user_label.text() == "用户：principal（校长）"


def test_teacher_sees_only_what_a_teacher_may_use(qtbot, gui_ctx: ServiceContext) -> None:
    window = make_window(qtbot, gui_ctx, Role.TEACHER)
    assert list(window.nav_buttons) == [
        "roster", "enrolment", "sign_in", "handover", "class_fees", "sync",
    ]  # fmt: skip
    assert window.stack.currentWidget() is window.pages["sign_in"]  # a teacher starts on 签到


def test_every_page_opens_for_every_role(qtbot, gui_ctx: ServiceContext) -> None:
    for role in (Role.PRINCIPAL, Role.DUTY_LEADER, Role.TEACHER, Role.ADMIN):
        window = make_window(qtbot, gui_ctx, role)
        for key, button in window.nav_buttons.items():
            button.click()
            assert window.stack.currentWidget() is window.pages[key], (role, key)
    admin = make_window(qtbot, gui_ctx, Role.ADMIN)
    assert {"people", "calendar", "settings"} <= set(admin.nav_buttons)


def test_start_page_may_be_named(qtbot, gui_ctx: ServiceContext, monkeypatch) -> None:
    monkeypatch.setenv("APP_START_PAGE", "compliance")
    window = make_window(qtbot, gui_ctx, Role.PRINCIPAL)
    assert window.stack.currentWidget() is window.pages["compliance"]
    monkeypatch.setenv("APP_START_PAGE", "compliance")
    teacher = make_window(qtbot, gui_ctx, Role.TEACHER)  # not a teacher's page: the usual start
    assert teacher.stack.currentWidget() is teacher.pages["sign_in"]


def test_switching_user_rebuilds_navigation(qtbot, gui_ctx: ServiceContext) -> None:
    window = make_window(qtbot, gui_ctx, Role.TEACHER)
    window.set_actor(users.log_in(gui_ctx, "wang", "135790"))
    assert window.user_label.text() == "用户：王校长（校长）"
    assert "reports" in window.nav_buttons
    assert len(window.pages.builders) == 14
    assert window.stack.count() == 1  # pages are built when first opened
    window.nav_buttons["finance"].click()
    assert window.stack.currentWidget() is window.pages["finance"]
    assert window.stack.count() == 2


def test_language_choice_is_remembered(qtbot, gui_ctx: ServiceContext, monkeypatch) -> None:
    window = make_window(qtbot, gui_ctx, Role.PRINCIPAL)
    shown: list[str] = []
    monkeypatch.setattr(
        "after_school_desk.ui.main_window.QMessageBox.information", lambda *a: shown.append(a[2])
    )
    assert i18n.saved_language() == "zh_CN"
    window.choose_language("en")
    assert i18n.saved_language() == "en"
    assert shown == ["界面语言已保存，下次启动程序时生效。"]


def test_english_translation_loads(qapp) -> None:
    translator = i18n.install_translator(qapp, "en")
    assert translator is not None
    try:
        assert translator.translate("RosterModel", "姓名") == "Name"
    finally:
        i18n.remove_translator(qapp, translator)


def test_second_copy_is_told_the_database_is_open(qtbot, db_path: Path, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        gui_app, "show_storage_error", lambda exc: shown.append(gui_app.storage_error_text(exc))
    )
    first = open_store(db_path, create=True)
    try:
        assert gui_app.run_gui(db_path) == 2
    finally:
        first.close()
    assert len(shown) == 1 and "已经在这台电脑上打开了这个数据库" in shown[0]


def test_locked_text_names_the_other_copy() -> None:
    text = gui_app.storage_error_text(DatabaseLocked("数据库正被另一个程序使用。"))
    assert text.endswith("数据库正被另一个程序使用。")
