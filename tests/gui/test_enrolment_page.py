"""The enrolment page driven by taps and typing: application → class review → school approval →
agreement → withdrawal, refusals, whole-class enrolment, and what a teacher may not do; the
pupil dialog's enrolment history and self-leave permission. Checked against the services."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QLineEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from after_school_desk.domain.roles import Role
from after_school_desk.errors import PermissionDenied
from after_school_desk.services.base import classes
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.daily import self_leave
from after_school_desk.services.school import enrolment, enrolment_views, pupils
from after_school_desk.services.school.staff import add_staff, set_head_teacher
from after_school_desk.ui.enrolment_dialogs import EnrolmentDialog
from after_school_desk.ui.enrolment_model import EnrolmentModel
from after_school_desk.ui.enrolment_page import EnrolmentPage
from after_school_desk.ui.pupil_dialog import PupilDialog
from after_school_desk.ui.style import MIN_TARGET
from tests.conftest import as_role

CLASS = "二年级(1)班"


@pytest.fixture
def class_id(gui_ctx: ServiceContext) -> str:
    return str(classes.find_class(gui_ctx, CLASS)["id"])


@pytest.fixture
def teacher(gui_ctx: ServiceContext) -> ServiceContext:
    member = add_staff(gui_ctx, "刘老师", "teacher", "13900000009")
    set_head_teacher(gui_ctx, CLASS, member["id"])
    return as_role(gui_ctx, Role.TEACHER, member["id"])


@pytest.fixture
def principal(gui_ctx: ServiceContext) -> ServiceContext:
    return as_role(gui_ctx, Role.PRINCIPAL)


def open_page(qtbot: QtBot, ctx: ServiceContext, class_id: str) -> EnrolmentPage:
    page = EnrolmentPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.class_picker.choose(class_id)
    return page


def tap(qtbot: QtBot, button: QPushButton | QCheckBox) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def tap_pupil(qtbot: QtBot, page: EnrolmentPage, name: str) -> None:
    proxy = page.proxy
    for r in range(proxy.rowCount()):
        if proxy.index(r, 0).data() == name:
            rect = page.table.visualRect(proxy.index(r, 0))
            qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            return
    raise AssertionError(f"{name} not on the page")


def keys(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Typing: ASCII as key presses, Chinese as an input method's commit (as from a real IME;
    QTest can only type ASCII keys)."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def type_into(qtbot: QtBot, widget: Any, text: str) -> None:
    if isinstance(widget, QDateEdit):
        widget.setDate(QDate.fromString(text, "yyyy-MM-dd"))
    elif isinstance(widget, QComboBox):
        edit = widget.lineEdit()
        assert edit is not None
        edit.clear()
        keys(qtbot, edit, text)
    elif isinstance(widget, QLineEdit):
        widget.clear()
        keys(qtbot, widget, text)
    else:
        raise AssertionError(widget)


def fill(qtbot: QtBot, **typed: str) -> Callable[[QDialog], bool]:
    """A dialog runner that types into the named fields and taps 确定."""

    def run(dialog: QDialog) -> bool:
        assert isinstance(dialog, EnrolmentDialog)
        for name, text in typed.items():
            type_into(qtbot, getattr(dialog, name), text)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result() == QDialog.DialogCode.Accepted

    return run


def state_of(ctx: ServiceContext, class_id: str, name: str) -> dict[str, Any]:
    return next(r for r in enrolment_views.class_enrolment(ctx, class_id) if r["name"] == name)


def shown_state(page: EnrolmentPage, name: str) -> str:
    proxy = page.proxy
    for r in range(proxy.rowCount()):
        if proxy.index(r, 0).data() == name:
            return str(proxy.index(r, 2).data())
    raise AssertionError(name)


def test_application_review_approval_agreement_withdrawal(
    qtbot: QtBot, teacher: ServiceContext, principal: ServiceContext, class_id: str
) -> None:
    page = open_page(qtbot, teacher, class_id)
    assert shown_state(page, "张珊珊") == "未报名"
    tap_pupil(qtbot, page, "张珊珊")
    assert page.selected_label.text() == "已选 1 人：张珊珊"
    page.run_dialog = fill(qtbot, applicant="刘芳", start="2026-11-03")
    tap(qtbot, page.apply_button)
    row = state_of(teacher, class_id, "张珊珊")
    assert (row["state"], row["applied_by"], row["requested_from"]) == (
        "applied", "刘芳", "2026-11-03")  # fmt: skip
    assert shown_state(page, "张珊珊") == "已申请" and page.bar.kind == "ok"

    tap(qtbot, page.review_button)  # the pupil stays selected after the reload
    assert state_of(teacher, class_id, "张珊珊")["state"] == "reviewed"
    assert shown_state(page, "张珊珊") == "班级已审"
    assert not page.approve_button.isEnabled()

    office = open_page(qtbot, principal, class_id)
    tap(qtbot, office.only_mine)
    assert office.proxy.rowCount() == 1  # only the reviewed application waits for the principal
    tap_pupil(qtbot, office, "张珊珊")
    tap(qtbot, office.approve_button)
    row = state_of(principal, class_id, "张珊珊")
    assert (row["state"], row["enrolled_from"]) == ("enrolled", "2026-11-03")
    assert office.proxy.rowCount() == 0

    page.refresh()  # as when the teacher comes back to the page
    assert shown_state(page, "张珊珊") == "已核准"
    page.run_dialog = fill(qtbot, signed_by="刘芳", signed_on="2026-11-02")
    tap(qtbot, page.agreement_button)
    row = state_of(teacher, class_id, "张珊珊")
    assert (row["agreement_signed_by"], row["agreement_signed_on"]) == ("刘芳", "2026-11-02")

    seen: list[str] = []

    def withdraw_twice(dialog: QDialog) -> bool:
        assert isinstance(dialog, EnrolmentDialog)
        typed = fill(qtbot, reason="家长自行接送", on="2026-11-03")
        assert not typed(dialog)  # not after the first day: refused, the dialog stays
        seen.append(dialog.errors["on"].text())
        assert not dialog.errors["on"].isHidden()
        assert dialog.reason.text() == "家长自行接送"  # type: ignore[attr-defined]
        dialog.on.setDate(QDate(2026, 11, 20))  # type: ignore[attr-defined]
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result() == QDialog.DialogCode.Accepted

    page.run_dialog = withdraw_twice
    tap(qtbot, page.withdraw_button)
    assert "必须晚于" in seen[0]
    row = state_of(teacher, class_id, "张珊珊")
    assert (row["state"], row["withdrawn_on"], row["withdraw_reason"]) == (
        "withdrawn", "2026-11-20", "家长自行接送")  # fmt: skip
    assert shown_state(page, "张珊珊") == "已退出"
    assert not enrolment.is_enrolled(teacher, row["pupil_id"], date(2026, 11, 20))
    assert enrolment.is_enrolled(teacher, row["pupil_id"], date(2026, 11, 19))


def test_refusal_needs_a_reason_typed_next_to_the_field(
    qtbot: QtBot, principal: ServiceContext, class_id: str
) -> None:
    page = open_page(qtbot, principal, class_id)
    tap_pupil(qtbot, page, "王五")
    page.run_dialog = fill(qtbot)
    tap(qtbot, page.apply_button)
    assert state_of(principal, class_id, "王五")["state"] == "applied"
    seen: dict[str, Any] = {}

    def refuse(dialog: QDialog) -> bool:
        assert isinstance(dialog, EnrolmentDialog)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # no reason
        seen["accepted"] = dialog.result() == QDialog.DialogCode.Accepted
        seen["error"] = dialog.errors["reason"].text()
        seen["hidden"] = dialog.errors["reason"].isHidden()
        seen["state"] = state_of(principal, class_id, "王五")["state"]
        return fill(qtbot, reason="家长已安排校外托管")(dialog)

    page.run_dialog = refuse
    tap(qtbot, page.refuse_button)
    assert seen == {"accepted": False, "error": seen["error"], "hidden": False,
                    "state": "applied"}  # fmt: skip
    assert "理由" in seen["error"]
    row = state_of(principal, class_id, "王五")
    assert (row["state"], row["refused_reason"]) == ("refused", "家长已安排校外托管")
    assert shown_state(page, "王五") == "已拒绝"
    # after a refusal the parent may apply again
    assert page.apply_button.isEnabled()


def test_cancelled_refusal_writes_nothing(
    qtbot: QtBot, principal: ServiceContext, class_id: str
) -> None:
    page = open_page(qtbot, principal, class_id)
    tap_pupil(qtbot, page, "王五")
    page.run_dialog = fill(qtbot)
    tap(qtbot, page.apply_button)

    def cancel(dialog: QDialog) -> bool:
        assert isinstance(dialog, EnrolmentDialog)
        keys(qtbot, dialog.reason, "不写了")  # type: ignore[attr-defined]
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        return dialog.result() == QDialog.DialogCode.Accepted

    page.run_dialog = cancel
    tap(qtbot, page.refuse_button)
    assert state_of(principal, class_id, "王五")["state"] == "applied"


def test_whole_class_enrolment(
    qtbot: QtBot, teacher: ServiceContext, principal: ServiceContext, class_id: str
) -> None:
    page = open_page(qtbot, teacher, class_id)
    page.run_dialog = fill(qtbot, start="2026-11-02")
    tap(qtbot, page.class_button)
    states = {r["name"]: r["state"] for r in enrolment_views.class_enrolment(teacher, class_id)}
    assert states == {"张珊珊": "applied", "王五": "applied"}
    assert "已登记申请 2 人" in page.bar.text()

    office = open_page(qtbot, principal, class_id)

    def approve_too(dialog: QDialog) -> bool:
        assert isinstance(dialog, EnrolmentDialog)
        tap(qtbot, dialog.approve)  # type: ignore[attr-defined]
        return fill(qtbot)(dialog)

    office.run_dialog = approve_too
    tap(qtbot, office.class_button)
    states = {r["name"]: r["state"] for r in enrolment_views.class_enrolment(teacher, class_id)}
    assert states == {"张珊珊": "enrolled", "王五": "enrolled"}
    assert [shown_state(office, n) for n in ("张珊珊", "王五")] == ["已核准", "已核准"]


def test_teacher_sees_approval_disabled_with_the_reason(
    qtbot: QtBot, teacher: ServiceContext, class_id: str
) -> None:
    page = open_page(qtbot, teacher, class_id)
    assert [page.class_picker.itemText(i) for i in range(page.class_picker.count())] == [CLASS]
    tap_pupil(qtbot, page, "王五")
    page.run_dialog = fill(qtbot)
    tap(qtbot, page.apply_button)
    tap(qtbot, page.review_button)
    assert state_of(teacher, class_id, "王五")["state"] == "reviewed"
    assert page.selected_label.text() == "已选 1 人：王五"
    assert not page.approve_button.isEnabled() and not page.refuse_button.isEnabled()
    assert not page.rights_hint.isHidden() and "校长" in page.rights_hint.text()
    assert "校长" in page.approve_button.toolTip()
    with pytest.raises(PermissionDenied):
        enrolment.approve(teacher, state_of(teacher, class_id, "王五")["enrolment_id"])
    # 待我处理 for the teacher: the reviewed application waits for the school, not for her
    tap(qtbot, page.only_mine)
    assert page.proxy.rowCount() == 0


def test_several_pupils_at_once_and_touch_sizes(
    qtbot: QtBot, principal: ServiceContext, class_id: str, qtmodeltester
) -> None:
    page = open_page(qtbot, principal, class_id)
    tap_pupil(qtbot, page, "张珊珊")
    tap_pupil(qtbot, page, "王五")
    assert page.selected_label.text() == "已选 2 人：王五、张珊珊"  # in pinyin order
    assert not page.agreement_button.isEnabled()  # one pupil at a time
    page.run_dialog = fill(qtbot)
    tap(qtbot, page.apply_button)
    tap(qtbot, page.approve_button)
    states = {r["name"]: r["state"] for r in enrolment_views.class_enrolment(principal, class_id)}
    assert states == {"张珊珊": "enrolled", "王五": "enrolled"}
    assert "学校已核准 2 人" in page.bar.text()
    for button in (page.apply_button, page.approve_button, page.class_button, page.only_mine):
        assert button.minimumHeight() >= MIN_TARGET
    assert page.table.rowHeight(0) >= MIN_TARGET
    assert page.class_picker.currentText() == CLASS
    qtmodeltester.check(page.model)
    assert isinstance(page.model, EnrolmentModel)


def test_pupil_dialog_shows_history_and_files_and_revokes_self_leave(
    qtbot: QtBot, teacher: ServiceContext, principal: ServiceContext, class_id: str
) -> None:
    pid = str(pupils.find_pupil(teacher, "G100000000003")["id"])
    enrolment.enroll(teacher, [pid], start="2026-11-02", applied_by="刘芳")
    eid = state_of(teacher, class_id, "张珊珊")["enrolment_id"]
    enrolment.review(teacher, eid)
    enrolment.approve(principal, eid)
    dialog = PupilDialog(teacher, pid)
    qtbot.addWidget(dialog)
    box = dialog.enrolment_box
    assert "已核准" in box.summary.text() and "协议未签" in box.summary.text()
    assert box.lines == [
        "　2026-11-02 家长刘芳提出申请，test:teacher登记",  # a login without an account
        "　2026-11-02 班级初审：test:teacher",
        "　2026-11-02 学校核准：test:principal，自 2026-11-02 起参加",
    ]
    leave = dialog.self_leave_box
    assert "未登记" in leave.state.text() and leave.revoke_button.isHidden()
    leave.signer.setCurrentText("刘芳")
    qtbot.mouseClick(leave.file_button, Qt.MouseButton.LeftButton)
    assert "有效" in leave.state.text() and "刘芳" in leave.state.text()
    (permit,) = self_leave.self_leave_permits(teacher, pid)
    assert permit["in_force"] and permit["signed_by"] == "刘芳"
    leave.revoke_on.setDate(QDate(2026, 12, 1))
    qtbot.mouseClick(leave.revoke_button, Qt.MouseButton.LeftButton)
    assert "有效至 2026-11-30" in leave.state.text()
    (permit,) = self_leave.self_leave_permits(teacher, pid)
    assert permit["revoked_on"] == "2026-12-01"


def test_self_leave_needs_a_signer(qtbot: QtBot, teacher: ServiceContext) -> None:
    pid = str(pupils.find_pupil(teacher, "G100000000004")["id"])
    dialog = PupilDialog(teacher, pid)
    qtbot.addWidget(dialog)
    leave = dialog.self_leave_box
    leave.signer.setCurrentText("")
    qtbot.mouseClick(leave.file_button, Qt.MouseButton.LeftButton)
    assert "监护人姓名" in leave.message.text() and not leave.message.isHidden()
    assert self_leave.self_leave_permits(teacher, pid) == []
