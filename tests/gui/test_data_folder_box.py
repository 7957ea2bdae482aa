"""数据文件夹 (after_school_desk/ui/data_folder_box.py): moving the school's data to another disk from a
screen, with real clicks. The whole program runs once (``run_gui``): the principal opens the
box from 学校设置, chooses an empty folder, confirms; the window closes, the move runs, the
program opens the file from the new folder with the principal still logged in and writes there.
The box alone: a folder with other files is refused in the box and nothing changes; a double
tap asks for one move; after the window has closed, a file another program holds is not moved
and the program goes on with the old folder."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget

from after_school_desk import os_paths
from after_school_desk.domain.roles import Role
from after_school_desk.errors import PermissionDenied
from after_school_desk.services.base.context import Actor, ServiceContext
from after_school_desk.services.school import users
from after_school_desk.services.school.setup import SchoolSetup, create_school, school_info
from after_school_desk.store import backup
from after_school_desk.store.connection import open_store
from after_school_desk.store.instance_lock import InstanceLock
from after_school_desk.ui import app as gui_app
from after_school_desk.ui import data_folder_box
from after_school_desk.ui.data_folder_box import DataFolderBox, move_while_closed
from after_school_desk.ui.main_window import MainWindow
from tests.conftest import TEST_DEVICE, as_role
from tests.gui.conftest import PRINCIPAL_PIN, TapClock
from tests.gui.modal_answer import answer_modal

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A PC account 张老师 whose data folder is the default one (no APP_DATA_DIR), with a
    school in it: a principal's account, a backup and a county profile."""
    home = tmp_path / "home" / "张老师"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))
    monkeypatch.delenv("APP_DATA_DIR")
    folder = os_paths.data_dir()
    folder.mkdir(parents=True)
    store = open_store(folder / "school.sqlite", create=True)
    try:
        actor = Actor(login="test:system", role=Role.SYSTEM, display_name="测试")
        ctx = ServiceContext(store=store, actor=actor, device_id=TEST_DEVICE)
        create_school(
            ctx,
            SchoolSetup(
                name="张家湾小学", county="贺兰县", term_start="2026-09-01",
                term_end="2027-01-20", classes_per_grade=1,
            ),
        )  # fmt: skip
        users.create_user(ctx, "wang", "王校长", "principal", PRINCIPAL_PIN)
    finally:
        store.close()
    (folder / "backups").mkdir()
    backup.write_backup_of_file(folder / "school.sqlite", folder / "backups" / "school-1.sqlite")
    (folder / "profiles").mkdir()
    (folder / "profiles" / "本县.toml").write_text("# 本县调整\n", encoding="utf-8")
    return folder


@pytest.fixture
def open_school(data_home: Path) -> Iterator[ServiceContext]:
    """The school's file as the program holds it (its one-copy lock), a principal acting."""
    store = open_store(data_home / "school.sqlite")
    actor = Actor(login="wang", role=Role.PRINCIPAL, display_name="王校长")
    yield ServiceContext(store=store, actor=actor, device_id=TEST_DEVICE)
    store.close()


@pytest.fixture
def restarts() -> Iterator[list[Path]]:
    """The running session's "end and move" (app.py's), recorded instead."""
    asked: list[Path] = []
    data_folder_box.register_session(asked.append)
    yield asked
    data_folder_box.register_session(None)


def shown_box(qtbot, ctx: ServiceContext) -> DataFolderBox:
    box = DataFolderBox(ctx)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    return box


def choose_folder_in(folder: Path) -> Callable[[QWidget], None]:
    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        assert dialog.fileMode() == QFileDialog.FileMode.Directory
        dialog.setDirectory(str(folder))  # the person goes into the folder and chooses it
        dialog.accept()

    return act


def button_of(box: QMessageBox, text: str) -> QWidget:
    found = [b for b in box.buttons() if b.text() == text]
    assert len(found) == 1, (box.text(), [b.text() for b in box.buttons()])
    return found[0]


def files_in(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


# -- the whole program ----------------------------------------------------------------------


@dataclass
class Script:
    """Drives the running program as a person would: each step waits until its condition gives
    a widget, then acts on it (from a fresh timer call, so an action that opens a dialog does
    not stop the next step). A step that fails, or a program that stops answering, closes every
    window and ends the event loop so the test cannot hang."""

    steps: list[tuple[Callable[[], Any], Callable[[Any], None]]]
    seconds: float = 20
    error: BaseException | str | None = None
    done: list[int] = field(default_factory=list)

    def start(self) -> QTimer:
        self.deadline = time.monotonic() + self.seconds
        self.timer = QTimer()
        self.timer.timeout.connect(self._tick)
        self.timer.start(30)
        return self.timer

    def _tick(self) -> None:
        if self.error is not None or not self.steps:
            return
        if time.monotonic() > self.deadline:
            up = QApplication.activeModalWidget()
            said = up.bar.text() if isinstance(up, DataFolderBox) else ""
            self.error = f"step {len(self.done) + 1} never came: {up} {said}"
            self._abort()
            return
        found = self.steps[0][0]()
        if found is None:
            return
        _cond, act = self.steps.pop(0)
        self.done.append(1)
        QTimer.singleShot(0, lambda: self._act(act, found))

    def _act(self, act: Callable[[Any], None], found: Any) -> None:
        try:
            act(found)
        except BaseException as exc:
            self.error = exc
            self._abort()

    def _abort(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
            elif isinstance(widget, MainWindow):
                widget.close()
        QApplication.exit(99)


def a_window_other_than(*seen: MainWindow) -> Callable[[], MainWindow | None]:
    def find() -> MainWindow | None:
        if QApplication.activeModalWidget() is not None:
            return None
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible() and widget not in seen:
                return widget
        return None

    return find


def modal(kind: type, *, other_than: list[QWidget] | None = None) -> Callable[[], Any]:
    def find() -> Any:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget not in (other_than or []):
            return widget
        return None

    return find


def test_the_data_folder_moves_from_the_screen_and_the_program_then_uses_it(
    qtbot, data_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("APP_AUTOLOGIN", f"wang:{PRINCIPAL_PIN}")
    # what the program start would change for every later test: the style, the collector
    # timer and the tap guard's clock (the test's guard stays: taps come seconds apart)
    monkeypatch.setattr(gui_app, "apply_style", lambda _app: None)
    monkeypatch.setattr(gui_app, "GuiThreadCollector", lambda _app: None)
    monkeypatch.setattr(gui_app.tap_guard, "install", lambda *_a, **_k: None)
    new = tmp_path / "D盘" / "课后服务数据"
    new.mkdir(parents=True)  # made with the chooser's 新建文件夹
    old_school = backup.school_id_of_file(data_home / "school.sqlite")
    seen: dict[str, Any] = {}
    windows: list[MainWindow] = []

    def open_box_from_settings(window: MainWindow) -> None:
        windows.append(window)
        qtbot.mouseClick(window.nav_buttons["settings"], LEFT)
        page = window.pages["settings"]
        qtbot.mouseClick(page.data_folder_button, LEFT)  # the box, until it closes

    def change(box: DataFolderBox) -> None:
        seen["first box"] = box
        seen["shown folder"] = box.folder_edit.text()
        seen["shown file"] = box.file_edit.text()
        seen["shown plan"] = box.plan_label.text()
        qtbot.mouseClick(box.change_button, LEFT)

    def confirm(box: QMessageBox) -> None:
        seen["question"] = box.text()
        qtbot.mouseClick(button_of(box, "移动"), LEFT)

    def read_result(box: DataFolderBox) -> None:
        seen["result"] = box.bar.text()
        seen["result kind"] = box.bar.kind
        seen["folder after"] = box.folder_edit.text()
        qtbot.mouseClick(box.close_button, LEFT)

    def write_and_quit(window: MainWindow) -> None:
        seen["open file"] = window.ctx.store.path
        seen["who"] = window.ctx.actor.login
        users.create_user(window.ctx, "zhao", "赵老师", "teacher", "2468")
        window.close()

    script = Script(
        [
            (a_window_other_than(), open_box_from_settings),
            (modal(DataFolderBox), change),
            (modal(QFileDialog), choose_folder_in(new)),
            (modal(QMessageBox), confirm),
            (lambda: modal(DataFolderBox, other_than=[seen["first box"]])(), read_result),
            (lambda: a_window_other_than(*windows)(), write_and_quit),
        ]
    )
    timer = script.start()
    try:
        code = gui_app.run_gui(data_home / "school.sqlite")
    finally:
        timer.stop()
    if isinstance(script.error, BaseException):
        raise script.error
    assert script.error is None, script.error
    assert code == 0

    assert seen["shown folder"] == str(data_home)
    assert seen["shown file"] == str(data_home / "school.sqlite")
    assert "school.sqlite" in seen["shown plan"] and "自动备份 backups" in seen["shown plan"]
    assert str(new) in seen["question"] and f"旧文件夹 {data_home} 原样保留" in seen["question"]
    assert seen["result kind"] == "ok", seen["result"]
    assert f"数据文件夹已移到 {new}" in seen["result"]
    assert "school.sqlite、backups、profiles" in seen["result"]
    assert seen["folder after"] == str(new)
    assert seen["open file"] == new / "school.sqlite" and seen["who"] == "wang"

    # the program now uses the new folder: the setting, and what it wrote after the move
    assert os_paths.moved_data_dir() == new and os_paths.data_dir() == new
    assert backup.school_id_of_file(new / "school.sqlite") == old_school
    assert (new / "backups" / "school-1.sqlite").is_file()
    assert (new / "profiles" / "本县.toml").read_text(encoding="utf-8") == "# 本县调整\n"

    def logins(path: Path) -> set[str]:
        store = open_store(path)
        try:
            return {str(r[0]) for r in store.conn.execute("SELECT login FROM app_user")}
        finally:
            store.close()

    assert "zhao" in logins(new / "school.sqlite")
    assert "zhao" not in logins(data_home / "school.sqlite")  # the old folder, as it was


# -- the box alone --------------------------------------------------------------------------


def test_the_box_says_where_the_data_is(qtbot, open_school: ServiceContext) -> None:
    box = shown_box(qtbot, open_school)
    folder = os_paths.data_dir()
    assert box.folder_edit.text() == str(folder) and box.source_label.text() == "（默认位置）"
    assert box.file_edit.text() == str(folder / "school.sqlite")
    assert box.file_size_label.text().endswith(("KB", "MB"))
    assert "自动备份 backups" in box.plan_label.text()
    assert "政策配置 profiles" in box.plan_label.text() and "共" in box.plan_label.text()
    assert box.free_label.text().startswith("还剩 ") and box.free_label.text().endswith("）")
    assert box.change_button.isEnabled() and box.change_button.text() == "更改数据文件夹…"


def test_a_folder_with_other_files_is_refused_in_the_box_and_nothing_changes(
    qtbot, open_school: ServiceContext, tmp_path: Path, restarts: list[Path]
) -> None:
    folder = os_paths.data_dir()
    before = files_in(folder)
    full = tmp_path / "D盘" / "资料"
    full.mkdir(parents=True)
    (full / "作业.docx").write_text("x", encoding="utf-8")
    box = shown_box(qtbot, open_school)

    answer = answer_modal(choose_folder_in(full))
    qtbot.mouseClick(box.change_button, LEFT)
    answer.check()
    assert box.bar.kind == "error"
    assert "已经有别的文件（作业.docx）" in box.bar.text() and "空文件夹" in box.bar.text()
    assert QApplication.activeModalWidget() is box  # no question was asked over it
    assert box.isVisible() and box.chosen is None and box.change_button.isEnabled()
    qtbot.wait(50)
    assert restarts == []
    assert os_paths.moved_data_dir() is None
    assert [p.name for p in full.iterdir()] == ["作业.docx"]
    assert files_in(folder) == before


def test_a_double_tap_asks_for_one_move(
    qtbot, open_school: ServiceContext, tmp_path: Path, restarts: list[Path], tap_clock: TapClock
) -> None:
    new = tmp_path / "D盘" / "课后服务数据"
    new.mkdir(parents=True)
    box = shown_box(qtbot, open_school)
    asked: list[int] = []
    chooser = box.ask_folder

    def ask() -> str:  # the real chooser the first time; any later one would be a second move
        asked.append(1)
        return chooser() if len(asked) == 1 else ""

    box.ask_folder = ask  # type: ignore[method-assign]

    def choose(dialog: QWidget) -> None:
        tap_clock.advance(300)  # the finger lands again while the chooser comes up
        qtbot.mouseClick(box.change_button, LEFT)
        choose_folder_in(new)(dialog)
        answer_modal(lambda question: qtbot.mouseClick(button_of(question, "移动"), LEFT))

    answer = answer_modal(choose)
    tap_clock.advance(5000)
    qtbot.mouseClick(box.change_button, LEFT)
    answer.check()
    qtbot.waitUntil(lambda: restarts != [])
    assert restarts == [new] and box.chosen == new and not box.isVisible()

    for gap in (300, 1500):  # the second landing, and a tap well after it
        tap_clock.advance(gap)
        qtbot.mouseClick(box.change_button, LEFT)
    qtbot.wait(50)
    assert len(asked) == 1 and restarts == [new] and not box.change_button.isEnabled()


def test_the_window_closes_first_then_the_move_and_its_result(
    qtbot, data_home: Path, tmp_path: Path
) -> None:
    school = data_home / "school.sqlite"
    new = tmp_path / "D盘" / "课后服务数据"
    outcome = move_while_closed(school, new)
    assert outcome.ok and outcome.school_file == new / "school.sqlite"
    assert f"数据文件夹已移到 {new}" in outcome.message
    assert f"旧文件夹 {data_home} 原样保留：确认一切正常后，可以自行删除它" in outcome.message
    assert os_paths.data_dir() == new and school.is_file()
    assert QApplication.activeModalWidget() is None  # the progress window is gone


def test_where_the_old_folder_holds_the_settings_only_the_data_may_be_deleted(
    qtbot, data_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows' default data folder is the settings folder too (the move's setting, the
    device id, the tamper-seal keys): the result must not say to delete the old folder."""
    monkeypatch.setenv("APP_CONFIG_DIR", str(data_home))
    new = tmp_path / "D盘" / "课后服务数据"
    outcome = move_while_closed(data_home / "school.sqlite", new)
    assert outcome.ok and (data_home / os_paths.SETTING_FILE).is_file()
    assert "不要删除整个文件夹" in outcome.message
    assert "只可以删除其中的 school.sqlite、backups、profiles" in outcome.message
    assert "可以自行删除它" not in outcome.message


def test_a_file_another_program_holds_is_not_moved_and_the_old_folder_goes_on(
    qtbot, data_home: Path, tmp_path: Path
) -> None:
    school = data_home / "school.sqlite"
    new = tmp_path / "D盘" / "课后服务数据"
    new.mkdir(parents=True)
    held = InstanceLock(school)  # a command line started meanwhile, or a second window
    held.acquire()
    try:
        outcome = move_while_closed(school, new)
    finally:
        held.release()
    assert not outcome.ok and outcome.school_file == school
    assert f"数据文件夹没有移动，程序继续使用原来的文件夹 {data_home}" in outcome.message
    assert "school.sqlite 正在被课后服务台使用" in outcome.message
    assert list(new.iterdir()) == [] and os_paths.moved_data_dir() is None

    ctx = ServiceContext(
        store=open_store(school), actor=Actor("wang", Role.PRINCIPAL, "王校长"),
        device_id=TEST_DEVICE,
    )  # fmt: skip
    try:
        box = DataFolderBox(ctx, None, outcome)  # as the reopened window shows it
        qtbot.addWidget(box)
        assert box.bar.kind == "error" and box.bar.text() == outcome.message
        assert box.folder_edit.text() == str(data_home)
    finally:
        ctx.store.close()


def test_only_the_principal_and_the_admin_reach_it(qtbot, gui_ctx: ServiceContext) -> None:
    school = school_info(gui_ctx)
    assert school is not None
    for role, may in [(Role.PRINCIPAL, True), (Role.ADMIN, True), (Role.TEACHER, False),
                      (Role.DUTY_LEADER, False)]:  # fmt: skip
        window = MainWindow(as_role(gui_ctx, role), school)
        qtbot.addWidget(window)
        assert window.data_folder_action.isVisible() is may, role
        if not may:
            with pytest.raises(PermissionDenied):
                DataFolderBox(as_role(gui_ctx, role))


def test_a_file_opened_from_elsewhere_cannot_be_moved_from_the_box(
    qtbot, gui_ctx: ServiceContext
) -> None:
    """``gui_ctx``'s file is not in the data folder (as with --db or APP_DB), and the tests'
    APP_DATA_DIR is set by hand: the box says so and offers no move."""
    box = shown_box(qtbot, as_role(gui_ctx, Role.ADMIN))
    assert box.bar.kind == "error" and "APP_DATA_DIR" in box.bar.text()
    assert not box.change_button.isEnabled()
