"""同步 through the screens: a PC alone sets its sync folder and becomes the school's hub; on the
hub, 立即同步 brings a sign-in made on a class PC into the PC table and onto the duty board; the
automatic sync; a register change on a PC that is not the hub is refused in words; and a new PC
joins the school from the first-run wizard.

Several copies of one school run in this process as in ``tests/unit/sync_school.py``: each has
its own settings folder (its identity) and file. A page's background work opens its own
connection, which takes its PC identity from ``APP_CONFIG_DIR``: a test points it at the copy
whose page it drives (``use``)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from after_school_desk import logs
from after_school_desk.domain.roles import Role
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.daily import attendance, duty_board
from after_school_desk.services.pcs import sync
from after_school_desk.services.school.pupils import AdultInput, PupilInput, save_pupil
from after_school_desk.services.school.setup import school_info
from after_school_desk.store.connection import open_store
from after_school_desk.ui import app as app_module
from after_school_desk.ui import diagnostics, file_dialogs, operations
from after_school_desk.ui.day_common import MessageBar, attempt
from after_school_desk.ui.duty_board_page import DutyBoardPage
from after_school_desk.ui.main_window import MainWindow
from after_school_desk.ui.operations import Changed
from after_school_desk.ui.passphrase_dialog import PassphraseDialog
from after_school_desk.ui.pupil_dialog import PupilDialog
from after_school_desk.ui.setup_wizard import JOINED, JoinDialog, SetupWizard
from after_school_desk.ui.sync_auto import AutoSync, news, syncing
from after_school_desk.ui.sync_page import SyncPage
from tests.conftest import as_role
from tests.gui.daily_gui import Hands
from tests.gui.modal_answer import answer_modal
from tests.unit.daily_school import DAY
from tests.unit.sync_school import Pc, School

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def school(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[School]:
    s = School(tmp_path, monkeypatch)
    yield s
    s.close()


def use(school: School, pc: Pc) -> None:
    """Background work opens its connections as ``pc`` (its settings folder: its identity)."""
    school.mp.setenv("APP_CONFIG_DIR", str(pc.config))


def at(school: School, hhmm: str) -> None:
    school.clock.set(datetime.fromisoformat(f"{DAY}T{hhmm}:00+08:00"))


def shown(qtbot, widget: QWidget, size: tuple[int, int] = (1024, 700)) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def settled(qtbot, page: SyncPage) -> None:
    qtbot.waitUntil(lambda: not page.runner.running() and not page.loading(), timeout=10_000)


def choose_folder_in(folder: Path):
    """What a person does in Qt's folder dialog: go to the folder, choose it."""

    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        dialog.setDirectory(str(folder.parent))
        dialog.selectFile(str(folder))
        dialog.accept()

    return act


def click_yes(box: QWidget) -> None:
    assert isinstance(box, QMessageBox)
    button = box.button(QMessageBox.StandardButton.Yes)
    assert button is not None
    button.click()


def pupil_of_first_class(school: School) -> str:
    assert school.roster is not None
    return next(nid for nid in school.roster.pupils if nid[3] == "0")


def test_a_pc_alone_sets_the_folder_and_becomes_the_hub(
    qtbot, gui_ctx: ServiceContext, tmp_path: Path
) -> None:
    page = shown(qtbot, SyncPage(as_role(gui_ctx, Role.PRINCIPAL)))
    assert isinstance(page, SyncPage)
    assert page.folder_label.text() == "还没有设置"
    assert page.hub_label.text().startswith("还没有设")
    assert not page.sync_button.isEnabled() and not page.hub_button.isEnabled()
    hands = Hands()
    page.name_edit.clear()
    hands.type(page.name_edit, "校长办公室电脑")
    share = tmp_path / "share"
    share.mkdir()

    answer = answer_modal(choose_folder_in(share))
    qtbot.mouseClick(page.folder_button, LEFT)
    answer.check()
    settled(qtbot, page)
    assert page.bar.kind == "ok" and "同步文件夹已设好" in page.bar.text()
    assert page.folder_label.text() == str(share.resolve())
    assert page.name_label.text() == "校长办公室电脑"
    assert page.sync_button.isEnabled() and page.hub_button.isEnabled()

    answer = answer_modal(click_yes)
    qtbot.mouseClick(page.hub_button, LEFT)
    answer.check()
    settled(qtbot, page)
    assert page.bar.text() == "本机已是学校主机。"
    assert page.hub_label.text() == "本机" and page.hub_button.isHidden()
    assert (share / "snapshot").is_dir()  # what a new PC joins from
    assert page.model.rowCount() == 1
    assert page.model.row_dict(0)["hub"] == "主机"

    qtbot.mouseClick(page.sync_button, LEFT)
    settled(qtbot, page)
    assert page.bar.kind == "ok" and "收进 0 个" in page.bar.text()
    assert page.last_label.text().startswith("15:30 手动：")


def test_the_hub_takes_in_a_sign_in_from_a_class_pc_and_the_board_says_when(
    qtbot, school: School
) -> None:
    hub = school.hub()
    b = school.join("class1")
    nid = pupil_of_first_class(school)
    attendance.sign_in(b.ctx, nid, at=f"{DAY}T16:01:00+08:00")
    assert sync.now(b.ctx).written == 1  # into the sync folder
    at(school, "16:05")
    use(school, hub)
    page = shown(qtbot, SyncPage(hub.ctx))
    assert isinstance(page, SyncPage)
    settled(qtbot, page)
    board = shown(qtbot, DutyBoardPage(hub.ctx), (1024, 768))
    assert isinstance(board, DutyBoardPage)
    qtbot.waitUntil(lambda: not board.sync_reader.running())
    assert board.sync_line.isHidden()  # the hub has heard of no other PC yet
    page.activateWindow()

    qtbot.mouseClick(page.sync_button, LEFT)
    settled(qtbot, page)
    assert page.bar.kind == "ok", page.bar.text()
    assert page.bar.text() == "写出 0 个同步文件，收进 1 个。"
    rows = {r["name"]: r for r in page.model.rows()}
    assert set(rows) == {"hub（本机）", "class1"}
    assert rows["class1"]["last"] == "16:00（5 分钟前）"  # the class PC's clock
    assert rows["class1"]["applied"] == "11-02 16:05"  # this PC's
    assert rows["class1"]["journals"] == "收进 1 个（文件夹里 1 个）"
    assert rows["hub（本机）"]["hub"] == "主机"
    assert attendance.class_day(hub.ctx, school.roster.class_ids["一年级(1)班"], DAY)  # type: ignore[union-attr]

    # the notice reached the board: its table and the line of the other PCs
    qtbot.waitUntil(lambda: "class1：最后同步 16:00（5 分钟前）" in board.sync_line.text())
    assert not board.sync_line.isHidden() and "#b3261e" not in board.sync_line.text()
    states = {r["national_id"]: r["state"] for r in _class_rows(school, hub)}
    assert states[nid] == "present"
    # 16:30, in service hours and nothing heard from the class PC for 30 minutes: red
    at(school, "16:30")
    board.timer.timeout.emit()
    qtbot.waitUntil(lambda: "30 分钟前" in board.sync_line.text())
    assert "#b3261e" in board.sync_line.text()


def _class_rows(school: School, pc: Pc) -> list[dict]:
    assert school.roster is not None
    return attendance.class_day(pc.ctx, school.roster.class_ids["一年级(1)班"], DAY)


def test_the_automatic_sync_runs_beside_and_publishes_what_arrived(qtbot, school: School) -> None:
    hub = school.hub()
    b = school.join("class1")
    nid = pupil_of_first_class(school)
    attendance.sign_in(b.ctx, nid, at=f"{DAY}T16:01:00+08:00")
    sync.now(b.ctx)
    use(school, hub)
    owner = shown(qtbot, QWidget())
    heard: list[Changed] = []
    operations.hub().changed.connect(lambda changes, _origin: heard.append(changes))
    auto = AutoSync(lambda: hub.ctx, owner, first_ms=3_600_000)
    assert auto.tick()
    assert syncing() and not auto.tick()  # never two at once
    qtbot.waitUntil(lambda: not syncing(), timeout=10_000)
    attempt = news().of(hub.ctx.store.path)
    assert attempt is not None and attempt.automatic and attempt.result is not None
    assert sum(attempt.result.applied.values()) == 1
    assert {r["national_id"]: r["state"] for r in _class_rows(school, hub)}[nid] == "present"
    assert heard and heard[-1].touches_day(DAY) and heard[-1].pupils and heard[-1].money
    assert not heard[-1].everything  # a form being filled in is not re-read under a finger
    count = len(heard)
    assert auto.tick()  # the next minute: nothing new, no notice
    qtbot.waitUntil(lambda: not syncing(), timeout=10_000)
    assert len(heard) == count


def test_a_failed_automatic_sync_is_said_on_the_page(qtbot, school: School) -> None:
    hub = school.hub()
    use(school, hub)
    page = shown(qtbot, SyncPage(hub.ctx))
    assert isinstance(page, SyncPage)
    settled(qtbot, page)
    assert page.last_label.text() == "本次打开程序后还没有同步"
    school.folder.rename(school.folder.with_name("unplugged"))  # the USB stick was pulled out
    auto = AutoSync(lambda: hub.ctx, page, first_ms=3_600_000)
    assert auto.tick()
    qtbot.waitUntil(lambda: "现在打不开" in page.last_label.text(), timeout=10_000)
    assert page.last_label.text().startswith("16:00 自动：")
    assert "#b3261e" in page.last_label.styleSheet()


def test_a_usb_bundle_carries_a_class_pcs_records_to_the_hub(
    qtbot, school: School, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    hub = school.hub()
    b = school.join("class1")
    nid = pupil_of_first_class(school)
    attendance.sign_in(b.ctx, nid, at=f"{DAY}T16:01:00+08:00")
    usb = tmp_path / "usb"
    monkeypatch.setattr(file_dialogs, "choose_folder", lambda *_a, **_k: str(usb))

    def passphrase(twice: bool):
        def act(dialog: QWidget) -> None:
            assert isinstance(dialog, PassphraseDialog) and dialog.twice == twice
            dialog.passphrase.setText("我们学校的备份口令")
            dialog.again.setText("我们学校的备份口令")
            dialog.ok_button.click()

        return act

    use(school, b)
    page = shown(qtbot, SyncPage(b.ctx))
    assert isinstance(page, SyncPage)
    settled(qtbot, page)
    answer = answer_modal(passphrase(True))
    qtbot.mouseClick(page.export_button, LEFT)
    answer.check()
    settled(qtbot, page)
    assert page.bar.kind == "ok" and "已写出同步包" in page.bar.text(), page.bar.text()
    assert len(list(usb.glob("*.desksync"))) == 1

    use(school, hub)
    hub_page = shown(qtbot, SyncPage(hub.ctx))
    assert isinstance(hub_page, SyncPage)
    settled(qtbot, hub_page)
    answer = answer_modal(passphrase(False))
    qtbot.mouseClick(hub_page.import_button, LEFT)
    answer.check()
    settled(qtbot, hub_page)
    assert hub_page.bar.text() == "写出 0 个同步文件，收进 1 个。"
    assert {r["national_id"]: r["state"] for r in _class_rows(school, hub)}[nid] == "present"


def new_pupil_dialog(qtbot, ctx: ServiceContext) -> PupilDialog:
    dialog = PupilDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.national_id.setText("G109999999")
    dialog.name.setText("新生")
    dialog.class_combo.setCurrentText("一年级(1)班")
    adult = dialog.adults.rows[0]
    adult.name.setText("新生妈妈")
    adult.relation.setCurrentText("母亲")
    adult.phone.setText("13900000000")
    dialog.show()
    return dialog


def test_a_register_change_through_a_page_action_is_refused_in_words(
    qtbot, school: School, boxes: list[QMessageBox]
) -> None:
    school.hub()
    b = school.join("class1")
    bar = MessageBar()
    qtbot.addWidget(bar)
    pupil = PupilInput(national_id="G109999999", name="新生", sex="男", class_name="一年级(1)班",
                       adults=[AdultInput("新生妈妈", "母亲", "13900000000")])  # fmt: skip
    assert attempt(bar, lambda: save_pupil(b.ctx, pupil)) is None
    assert bar.kind == "error" and "请在学校主机上操作" in bar.text()
    assert boxes == []  # a refusal, said where it was asked: not a storage failure's box


def test_saving_a_pupil_on_a_pc_that_is_not_the_hub_says_where_to_do_it(
    qtbot, qapp, school: School, boxes: list[QMessageBox], monkeypatch, tmp_path: Path
) -> None:
    school.hub()
    b = school.join("class1")
    monkeypatch.setenv("APP_LOG_DIR", str(tmp_path / "logs"))
    diagnostics.install(qapp)  # as the program runs: an error in a slot reaches the hook
    try:
        dialog = new_pupil_dialog(qtbot, b.ctx)
        qtbot.mouseClick(dialog.save_button, LEFT)
        assert dialog.result() != QDialog.DialogCode.Accepted
        qtbot.waitUntil(lambda: bool(boxes) or bool(dialog.message.text()))
        said = dialog.message.text() + "".join(box.text() for box in boxes)
        assert "请在学校主机上操作" in said
    finally:
        diagnostics.uninstall()
        logs.shutdown()


def test_a_new_pc_joins_the_school_from_the_first_run_wizard(
    qtbot, school: School, monkeypatch: pytest.MonkeyPatch
) -> None:
    hub = school.hub()
    new = school.root / "office"
    monkeypatch.setenv("APP_CONFIG_DIR", str(new / "config"))
    db = new / "school.sqlite"
    store = open_store(db, create=True, scan=False)  # as the program opens an empty file
    ctx = ServiceContext(store, app_module.SETUP_ACTOR, "office", school.clock)
    wizard = SetupWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()

    def join(dialog: QWidget) -> None:
        assert isinstance(dialog, JoinDialog)
        dialog.folder.setText(str(school.folder))
        dialog.name.setText("一年级(1)班电脑")
        dialog.join_button.click()

    answer = answer_modal(join)
    qtbot.mouseClick(wizard.join_button, LEFT)
    answer.check()
    assert wizard.result() == JOINED and wizard.joined is not None
    assert wizard.joined.staging.exists()
    assert school_info(ctx) is None  # the empty file is left as it was
    store.close()

    told: list[str] = []
    monkeypatch.setattr(
        app_module.QMessageBox, "information", lambda _p, _t, text: told.append(text)
    )
    opened = app_module._open_joined(db, wizard.joined)
    assert opened is not None
    try:
        joined = ServiceContext(opened, app_module.SETUP_ACTOR, "office", school.clock)
        assert (school_info(joined) or {})["name"] == "立岗镇中心小学"
        status = sync.status(joined)
        assert status.name == "一年级(1)班电脑"
        assert status.hub_device == sync.me(hub.ctx) and not status.is_hub
        assert told and "请用您在学校的账号登录" in told[0]
        assert list((new / "damaged").glob("school-*.sqlite"))  # the empty file, kept
    finally:
        opened.close()


def test_a_wrong_folder_is_said_in_the_join_dialog(qtbot, ctx: ServiceContext, tmp_path) -> None:
    dialog = JoinDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.folder.setText(str(tmp_path / "nothing"))
    qtbot.mouseClick(dialog.join_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.runner.running())
    assert "没有学校主机的数据副本" in dialog.error.text() and dialog.joined is None


def test_every_role_sees_the_page_only_setting_up_roles_act(qtbot, gui_ctx) -> None:
    school = school_info(gui_ctx)
    assert school is not None
    teacher = MainWindow(as_role(gui_ctx, Role.TEACHER), school)
    qtbot.addWidget(teacher)
    assert "sync" in teacher.nav_buttons
    teacher.nav_buttons["sync"].click()
    page = teacher.pages["sync"]
    assert isinstance(page, SyncPage)
    assert page.setup_box.isHidden() and page.action_box.isHidden()
    admin = MainWindow(as_role(gui_ctx, Role.ADMIN), school)
    qtbot.addWidget(admin)
    admin.nav_buttons["sync"].click()
    page = admin.pages["sync"]
    assert isinstance(page, SyncPage) and not page.setup_box.isHidden()


def test_passphrase_twice_must_match(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = PassphraseDialog(parent, "导出同步包", "", twice=True)
    dialog.passphrase.setText("abc")
    dialog.again.setText("abd")
    dialog.ok_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.text() == "两次输入的备份口令不一样，请重新输入。"


def test_the_board_marks_a_class_whose_pc_is_silent_and_not_as_absent(
    qtbot, school: School
) -> None:
    from datetime import datetime

    from PySide6.QtCore import Qt

    from after_school_desk.ui.duty_board_model import DutyBoardModel
    from tests.unit.daily_school import DAY

    hub = school.hub()
    b = school.join("class1")
    assert school.roster is not None
    nid = sorted(n for n in school.roster.pupils if n[3] == "0")[0]
    attendance.sign_in(b.ctx, nid, at=f"{DAY}T16:01:00+08:00")
    sync.now(b.ctx)
    sync.now(hub.ctx)
    school.clock.set(datetime.fromisoformat(f"{DAY}T16:45:00+08:00"))  # class1 silent since
    board = duty_board.board(hub.ctx, DAY)
    model = DutyBoardModel(board)
    row = next(i for i, c in enumerate(board["classes"]) if c["class"] == "一年级(1)班")
    shown = model.index(row, 0).data(Qt.ItemDataRole.DisplayRole)
    assert "等class1同步" in shown
    assert "16:00" in model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)  # its last sync
    other = next(i for i, c in enumerate(board["classes"]) if c["class"] == "三年级(2)班")
    assert "同步" not in model.index(other, 0).data(Qt.ItemDataRole.DisplayRole)


def _choose_pc(qtbot, page: SyncPage, name: str) -> None:
    row = next(i for i, r in enumerate(page.model.rows()) if r["name"].startswith(name))
    rect = page.table.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(page.table.viewport(), LEFT, pos=rect.center())


def test_a_pc_is_retired_and_the_hub_handed_on_from_the_page(
    qtbot, school: School, monkeypatch
) -> None:
    hub = school.hub()
    b = school.join("class1")
    sync.now(b.ctx)
    use(school, hub)
    page = shown(qtbot, SyncPage(hub.ctx), (1024, 768))
    qtbot.mouseClick(page.sync_button, LEFT)
    settled(qtbot, page)
    assert not page.retire_button.isEnabled()  # nothing chosen yet
    _choose_pc(qtbot, page, "hub")  # this PC itself is never one to act on
    assert not page.retire_button.isEnabled() and not page.move_hub_button.isEnabled()

    _choose_pc(qtbot, page, "class1")
    assert page.retire_button.text() == "标为停用"
    qtbot.mouseClick(page.retire_button, LEFT)
    qtbot.mouseClick(page.retire_button, LEFT)  # a double tap: the second one finds it busy
    settled(qtbot, page)
    assert "已标为停用" in page.bar.text()
    (peer,) = [p for p in sync.status(hub.ctx).peers if not p.is_self]
    assert peer.retired
    _choose_pc(qtbot, page, "class1")
    assert page.retire_button.text() == "恢复在用"
    qtbot.mouseClick(page.retire_button, LEFT)  # the mistake undone
    settled(qtbot, page)
    assert not [p for p in sync.status(hub.ctx).peers if p.retired]

    # handing the hub on: refused in words until class1 has taken in the hub's journals
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    save_pupil(hub.ctx, PupilInput(national_id="G1055555", name="新生", sex="女",
                                   class_name="一年级(1)班",
                                   adults=[AdultInput("母亲", "母亲", "13900000005")]))  # fmt: skip
    sync.now(hub.ctx)
    _choose_pc(qtbot, page, "class1")
    qtbot.mouseClick(page.move_hub_button, LEFT)
    settled(qtbot, page)
    assert page.bar.kind == "error" and "还没有同步到最新" in page.bar.text()
    use(school, b)
    sync.now(b.ctx)
    use(school, hub)
    _choose_pc(qtbot, page, "class1")
    qtbot.mouseClick(page.move_hub_button, LEFT)
    settled(qtbot, page)
    assert "学校主机已换到“class1”" in page.bar.text()
    assert sync.status(hub.ctx).hub_device == sync.me(b.ctx)
    assert page.move_hub_button.isHidden()  # this PC is no longer the hub
