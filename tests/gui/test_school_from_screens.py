"""A school from an empty database to the month's reports, only through the screens.

The first-run wizard, the roster import, staff, head teacher and log-in accounts, enrolment
(application, class review, school approval, the signed agreement, a self-leave permission),
the duty roster, then a played week of five service days on two PCs — the classroom PC of the
class teacher (签到, 放学交接) and the office PC of the duty leader (值班看板, 名单外的人) —
with absences followed up with the guardian, an undo and a correction with a reason, and each
day signed off; finally the principal saves the month's ledger (台账 PDF) and direct report
(直报 XLSX). Services are only called to read the database for the assertions."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWizard
from pytestqt.qtbot import QtBot

from after_school_desk.services.base import classes
from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.daily import alerts, attendance, corrections, duty, self_leave
from after_school_desk.services.month import reports
from after_school_desk.services.school import enrolment_views, pupils, staff, users
from after_school_desk.services.school.setup import school_info
from after_school_desk.ui.alert_panel import AlertPanel
from after_school_desk.ui.duty_board_page import DutyBoardPage
from after_school_desk.ui.duty_roster_page import DutyRosterPage
from after_school_desk.ui.enrolment_dialogs import EnrolmentDialog
from after_school_desk.ui.enrolment_page import EnrolmentPage
from after_school_desk.ui.handover_page import HandoverPage
from after_school_desk.ui.import_dialog import ImportDialog
from after_school_desk.ui.main_window import MainWindow
from after_school_desk.ui.people_dialogs import NewAccountDialog, StaffDialog
from after_school_desk.ui.people_page import PeoplePage
from after_school_desk.ui.pupil_day_dialog import PupilDayDialog
from after_school_desk.ui.pupil_dialog import PupilDialog
from after_school_desk.ui.reports_page import ReportsPage
from after_school_desk.ui.roster_page import RosterPage
from after_school_desk.ui.setup_wizard import SetupWizard
from after_school_desk.ui.signin_page import SignInPage
from tests.gui.school_steps import LEFT, Desk, by_name

# the offscreen platform cannot raise a dropdown's popup or give it the keyboard
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "raise()", "grabbing the keyboard")

ROSTER = Path(__file__).parents[1] / "fixtures" / "roster" / "class_list_grade4.xls"
SCHOOL = "立岗镇中心小学"
CLASS = "四年级(1)班"
WEEK = ["2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05", "2026-11-06"]
MON, TUE, WED, THU, FRI = WEEK
XIAOMING, ZHAOLI, SUNWU = "王小明", "赵丽", "孙悟"  # from the fixture; 孙悟 has no guardian
PRINCIPAL = ("wang", "135790")
TEACHER = ("chenls", "2468")
LEADER = ("liuzr", "3579")


# -- 1. first run ----------------------------------------------------------------------------


def run_wizard(desk: Desk) -> None:
    wizard = SetupWizard(desk.ctx)
    desk.qtbot.addWidget(wizard)
    wizard.show()
    desk.qtbot.waitExposed(wizard)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    desk.type(wizard.school_name, SCHOOL)
    desk.type(wizard.school_code, "2164012201")
    desk.type(wizard.county, "贺兰县")
    desk.tap(next_button)
    # the proposed term (2026-09-01 … 2027-01-20, from the clock) and one class per grade
    assert wizard.term_start.date().toString("yyyy-MM-dd") == "2026-09-01"
    desk.tap(next_button)
    assert all(day.isChecked() for day, _a, _b in wizard.windows.values())  # Monday to Friday
    desk.tap(next_button)
    desk.type(wizard.login, PRINCIPAL[0])
    desk.type(wizard.display_name, "王校长")
    desk.type(wizard.pin, PRINCIPAL[1])
    desk.type(wizard.pin_again, PRINCIPAL[1])
    desk.tap(wizard.button(QWizard.WizardButton.FinishButton))
    assert wizard.result() == QDialog.DialogCode.Accepted
    school = school_info(desk.ctx)
    assert school is not None and school["name"] == SCHOOL
    assert CLASS in {c["name"] for c in classes.list_classes(desk.ctx)}
    assert [u["login"] for u in users.list_users(desk.ctx)] == [PRINCIPAL[0]]


# -- 2. the roster -----------------------------------------------------------------------------


def import_roster(desk: Desk, office: MainWindow) -> None:
    page = desk.open(office, "roster", RosterPage)
    seen: list[str] = []

    def run(dialog: QDialog) -> bool:
        assert isinstance(dialog, ImportDialog)
        dialog.show()
        desk.type(dialog.path_edit, str(ROSTER))
        desk.tap(dialog.check_button)
        desk.qtbot.waitUntil(lambda: not dialog.is_running(), timeout=20000)
        seen.append(dialog.status.text())
        desk.tap(dialog.import_button)
        desk.qtbot.waitUntil(lambda: not dialog.is_running(), timeout=20000)
        seen.append(dialog.status.text())
        desk.tap(dialog.close_button)
        return False

    page.run_dialog = run
    desk.tap(page.import_button)
    assert seen[0].startswith("检查通过") and seen[1] == "导入完成。", seen
    assert page.model.rowCount() == 3  # the page re-read the roster
    found = by_name(pupils.roster_rows(desk.ctx))
    assert set(found) == {XIAOMING, ZHAOLI, SUNWU}
    assert {r["class"] for r in found.values()} == {CLASS}


# -- 3. people ---------------------------------------------------------------------------------


def add_staff_member(desk: Desk, page: PeoplePage, name: str, role: str, phone: str) -> None:
    tab = page.staff_tab
    desk.tap(tab.add_button)
    dialog = tab.dialog
    assert isinstance(dialog, StaffDialog) and dialog.isVisible()
    desk.type(dialog.name, name)
    if role != "教师":
        desk.choose(dialog.role, role)
    desk.type(dialog.phone, phone)
    desk.tap(dialog.save_button)
    assert dialog.result() == QDialog.DialogCode.Accepted


def add_account(desk: Desk, page: PeoplePage, login: str, member: str, role: str, pin: str) -> None:
    tab = page.accounts_tab
    desk.tap(tab.new_button)
    dialog = tab.dialog
    assert isinstance(dialog, NewAccountDialog) and dialog.isVisible()
    desk.type(dialog.login, login)
    desk.choose(dialog.staff, member)
    if role != "班主任/管理老师":
        desk.choose(dialog.role, role)
    desk.type(dialog.pin, pin)
    desk.type(dialog.pin_again, pin)
    desk.tap(dialog.save_button)
    assert dialog.result() == QDialog.DialogCode.Accepted


def set_up_people(desk: Desk, office: MainWindow) -> None:
    page = desk.open(office, "people", PeoplePage)
    add_staff_member(desk, page, "陈老师", "教师", "13900000021")
    add_staff_member(desk, page, "刘主任", "带班领导", "13900000022")
    desk.tap_row(page.staff_tab.heads.table, 0, CLASS)
    desk.choose(page.staff_tab.heads.combo, "陈老师")
    assert "已保存" in page.staff_tab.heads.status.text()
    tabs = page.tabs.tabBar()
    desk.qtbot.mouseClick(tabs, LEFT, pos=tabs.tabRect(1).center())
    assert page.tabs.currentWidget() is page.accounts_tab
    add_account(desk, page, TEACHER[0], "陈老师（教师）", "班主任/管理老师", TEACHER[1])
    add_account(desk, page, LEADER[0], "刘主任（带班领导）", "带班领导", LEADER[1])

    people = by_name(staff.staff_overview(desk.ctx))
    assert people["陈老师"]["role"] == "teacher" and people["刘主任"]["role"] == "duty_leader"
    head = next(c for c in classes.list_classes(desk.ctx) if c["name"] == CLASS)
    assert head["head_teacher_id"] == people["陈老师"]["id"]
    accounts = by_name(users.list_users(desk.ctx), "login")
    assert (accounts[TEACHER[0]]["role"], accounts[TEACHER[0]]["staff_name"]) == (
        "teacher",
        "陈老师",
    )
    assert (accounts[LEADER[0]]["role"], accounts[LEADER[0]]["staff_name"]) == (
        "duty_leader",
        "刘主任",
    )


# -- 4. enrolment ------------------------------------------------------------------------------


def confirm(desk: Desk, **typed: str) -> Callable[[QDialog], bool]:
    """A dialog runner for the enrolment page: the dialog shows, the named fields (names typed
    or picked from the pupil's guardians) get typed into, 确定 is tapped."""

    def run(dialog: QDialog) -> bool:
        assert isinstance(dialog, EnrolmentDialog)
        dialog.show()
        for field, text in typed.items():
            edit = getattr(dialog, field).lineEdit()
            edit.clear()
            desk.type(edit, text)
        desk.tap(dialog.ok_button)
        return dialog.result() == QDialog.DialogCode.Accepted

    return run


def file_self_leave(desk: Desk, signer: str) -> Callable[[QDialog], bool]:
    """A runner for 学生详情: file the guardian's self-leave permission, then 关闭."""

    def run(dialog: QDialog) -> bool:
        assert isinstance(dialog, PupilDialog)
        dialog.show()
        box = dialog.self_leave_box
        assert "未登记" in box.state.text()
        desk.type(box.signer.lineEdit(), signer)
        desk.tap(box.file_button)
        assert box.state.text().startswith("有效：") and signer in box.state.text()
        desk.tap(desk.button(dialog, "关闭"))
        return False

    return run


def enrol_the_class(desk: Desk, office: MainWindow, classroom: MainWindow) -> None:
    page = desk.open(classroom, "enrolment", EnrolmentPage)
    assert page.class_picker.currentText() == CLASS  # the teacher's own class, no choice
    page.run_dialog = confirm(desk)  # the parents' forms: from today, 参加课后服务
    desk.tap(page.class_button)
    assert "已登记申请 3 人" in page.bar.text()
    for name in (XIAOMING, ZHAOLI, SUNWU):
        desk.tap_row(page.table, 0, name)
    desk.tap(page.review_button)  # 班级初审
    assert "已完成班级初审 3 人" in page.bar.text()
    desk.tap(page.clear_button)
    for name, signer in ((XIAOMING, ""), (ZHAOLI, ""), (SUNWU, "孙建国")):
        desk.tap_row(page.table, 0, name)
        # a listed guardian is proposed; 孙悟 has none in the file, his father's name is typed
        page.run_dialog = confirm(desk, signed_by=signer) if signer else confirm(desk)
        desk.tap(page.agreement_button)
        desk.tap(page.clear_button)
    desk.tap_row(page.table, 0, SUNWU)
    page.run_dialog = file_self_leave(desk, "孙建国")
    desk.tap(page.detail_button)  # 学生详情
    desk.tap(page.clear_button)

    school = desk.open(office, "enrolment", EnrolmentPage)
    desk.choose(school.class_picker, CLASS)
    desk.tap(school.only_mine)  # 待我处理: the three reviewed applications
    assert school.proxy.rowCount() == 3
    for name in (XIAOMING, ZHAOLI, SUNWU):
        desk.tap_row(school.table, 0, name)
    desk.tap(school.approve_button)  # 学校核准
    assert "学校已核准 3 人" in school.bar.text()

    class_id = class_id_of(desk)
    rows = by_name(enrolment_views.class_enrolment(desk.ctx, class_id))
    assert {n: r["state"] for n, r in rows.items()} == dict.fromkeys(rows, "enrolled")
    assert {n: r["enrolled_from"] for n, r in rows.items()} == dict.fromkeys(rows, MON)
    assert {n: r["agreement_signed_by"] for n, r in rows.items()} == {
        XIAOMING: "王大力",
        ZHAOLI: "赵母",
        SUNWU: "孙建国",
    }
    (permit,) = self_leave.self_leave_permits(desk.ctx, str(rows[SUNWU]["pupil_id"]))
    assert permit["in_force"] and permit["signed_by"] == "孙建国"


def class_id_of(desk: Desk) -> str:
    return str(classes.find_class(desk.ctx, CLASS)["id"])


# -- 5. the duty roster ------------------------------------------------------------------------


def plan_duty(desk: Desk, office: MainWindow) -> None:
    page = desk.open(office, "duty_roster", DutyRosterPage)
    assert page.month_label.text() == "2026年11月"
    desk.tap(page.generate_button)  # nothing planned yet: the rotation is made at once
    assert page.bar.kind == "ok", page.bar.text()
    desk.tap(page.calendar.cell_for(WED))
    assert "刘主任 带班" in page.day_label.text()
    days = {d["date"]: d for d in duty.roster_month(desk.ctx, "2026-11")}
    assert [days[d]["leader"] for d in WEEK] == ["刘主任"] * 5
    assert all(days[d]["service"] for d in WEEK)


# -- 6. the week -------------------------------------------------------------------------------


def on_post(desk: Desk, office: MainWindow, day: str) -> None:
    desk.at(day, "15:50")
    board = desk.open(office, "duty", DutyBoardPage)
    assert "尚未确认到岗" in board.duty_label.text()
    desk.tap(board.post_button)  # 确认到岗
    assert "15:50 到岗" in board.duty_label.text()


def sign_in(desk: Desk, classroom: MainWindow, day: str) -> SignInPage:
    desk.at(day, "16:00")
    page = desk.open(classroom, "sign_in", SignInPage)
    assert page.class_picker.currentText() == CLASS and page.model.rowCount() == 3
    return page


def tap_pupil(desk: Desk, page: SignInPage | HandoverPage, name: str) -> None:
    desk.tap_row(page.table, 0, name)
    chosen = page.selected()
    assert chosen is not None and chosen["name"] == name


def contact(desk: Desk, panel: AlertPanel, name: str, reached: bool) -> None:
    """记录联系 for the pupil's open alert: the guardian was called."""
    desk.tap_item(panel.list, name)
    desk.tap(panel.contact_button)
    dialog = panel.contact_dialog
    assert dialog is not None and dialog.isVisible()
    if not reached:
        desk.tap(dialog.not_reached_button)
    desk.tap(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    desk.qtbot.waitUntil(lambda: not dialog.isVisible())


def hand_over(desk: Desk, page: HandoverPage, name: str, adult: str | None) -> None:
    """Tap the pupil, then the adult who came (None: 自行离校 with the permission on file)."""
    tap_pupil(desk, page, name)
    if adult is None:
        desk.tap(page.self_button)
    else:
        desk.tap(next(b for b in page.adult_buttons if b.adult["name"] == adult))
    assert page.bar.kind == "ok", page.bar.text()


def dismissal(desk: Desk, classroom: MainWindow, day: str, adults: dict[str, str | None]) -> None:
    """17:50 on 放学交接: each pupil still here goes to the adult who came for them."""
    desk.at(day, "17:50")
    page = desk.open(classroom, "handover", HandoverPage)
    for name, adult in adults.items():
        hand_over(desk, page, name, adult)
    assert page.proxy.rowCount() == 0 and page.pupil_name.text() == "没有待交接的学生"


def sign_off(desk: Desk, office: MainWindow, day: str) -> None:
    desk.at(day, "18:05")
    board = desk.open(office, "duty", DutyBoardPage)
    tabs = board.tabs.tabBar()
    desk.qtbot.mouseClick(tabs, LEFT, pos=tabs.tabRect(2).center())  # 签结
    assert board.problems.count() == 0, board.signoff_state.text()
    assert "可以签结" in board.signoff_state.text()
    desk.tap(board.signoff_button)
    assert board.bar.kind == "ok" and "已于 18:05 签结" in board.duty_label.text()


def monday(desk: Desk, office: MainWindow, classroom: MainWindow) -> None:
    on_post(desk, office, MON)
    page = sign_in(desk, classroom, MON)
    desk.tap(page.all_button)  # 全部到齐
    assert page.bar.text() == "已签到 3 人。"
    dismissal(desk, classroom, MON, {XIAOMING: "王大力", ZHAOLI: "赵母", SUNWU: None})
    sign_off(desk, office, MON)


def tuesday(desk: Desk, office: MainWindow, classroom: MainWindow) -> None:
    """赵丽 is absent (a call that does not get through, then one that does); 请假 tapped on the
    wrong pupil is undone at once; 王小明's aunt, not on the list, is let through by the duty
    leader."""
    on_post(desk, office, TUE)
    page = sign_in(desk, classroom, TUE)
    tap_pupil(desk, page, ZHAOLI)
    desk.type(page.reason, "未到校")
    desk.tap(page.absent_button)
    desk.tap(page.all_button)
    tap_pupil(desk, page, XIAOMING)
    desk.tap(page.leave_button)  # the wrong pupil …
    assert states(desk, TUE)[XIAOMING] == "leave"
    desk.tap(page.undo)  # … 撤销 at once
    assert states(desk, TUE)[XIAOMING] == "present"
    assert page.bar.text().startswith("已撤销：")
    assert page.banner.isVisible() and page.alerts.open_count() == 1
    assert "13700002222" in page.alerts.guardians.text()  # 赵母's phone, to call
    desk.at(TUE, "16:10")
    contact(desk, page.alerts, ZHAOLI, reached=False)
    assert page.alerts.open_count() == 1
    desk.at(TUE, "16:25")
    contact(desk, page.alerts, ZHAOLI, reached=True)
    assert page.alerts.open_count() == 0 and not page.banner.isVisible()

    desk.at(TUE, "17:45")
    gate = desk.open(office, "handover", HandoverPage)
    desk.choose(gate.class_picker, CLASS)
    tap_pupil(desk, gate, XIAOMING)
    desk.tap(gate.override_button)  # 名单外的人…
    dialog = gate.override_dialog
    assert dialog is not None and dialog.isVisible()
    desk.type(dialog.name, "王小红")
    desk.type(dialog.relation, "姑姑")
    desk.type(dialog.phone, "13912345678")
    desk.type(dialog.reason, "父亲电话委托，已核实身份证")
    desk.tap(dialog.save_button)
    desk.qtbot.waitUntil(lambda: not dialog.isVisible())
    assert gate.bar.kind == "ok", gate.bar.text()
    dismissal(desk, classroom, TUE, {SUNWU: None})
    sign_off(desk, office, TUE)


def wednesday(desk: Desk, office: MainWindow, classroom: MainWindow) -> None:
    """孙悟 on leave; 赵丽 was signed in by 全部到齐 but is not there: the teacher corrects the
    sign-in with a reason (记录…), marks her absent and reaches her mother."""
    on_post(desk, office, WED)
    page = sign_in(desk, classroom, WED)
    tap_pupil(desk, page, SUNWU)
    desk.type(page.reason, "家里有事")
    desk.tap(page.leave_button)
    desk.tap(page.all_button)
    assert states(desk, WED) == {XIAOMING: "present", ZHAOLI: "present", SUNWU: "leave"}
    desk.at(WED, "16:20")
    tap_pupil(desk, page, ZHAOLI)
    desk.tap(page.record_button)  # 记录…
    dialog = next(d for d in page.findChildren(PupilDayDialog) if d.isVisible())
    desk.tap_item(dialog.list, "签到")
    desk.type(dialog.reason, "全班签到时她不在，点错了")
    desk.tap(dialog.correct_button)
    assert "［已更正：全班签到时她不在，点错了］" in dialog.list.item(0).text()
    desk.tap(desk.button(dialog, "关闭"))
    assert states(desk, WED)[ZHAOLI] == "not_arrived"
    tap_pupil(desk, page, ZHAOLI)
    desk.tap(page.absent_button)
    contact(desk, page.alerts, ZHAOLI, reached=True)
    dismissal(desk, classroom, WED, {XIAOMING: "王大力"})
    sign_off(desk, office, WED)


def ordinary_day(desk: Desk, office: MainWindow, classroom: MainWindow, day: str) -> None:
    on_post(desk, office, day)
    desk.tap(sign_in(desk, classroom, day).all_button)
    dismissal(desk, classroom, day, {ZHAOLI: "赵母", XIAOMING: "王大力", SUNWU: None})
    sign_off(desk, office, day)


def states(desk: Desk, day: str) -> dict[str, str]:
    return {r["name"]: r["state"] for r in attendance.day_list(desk.ctx, day)}


def check_the_week(desk: Desk) -> None:
    assert {day: states(desk, day) for day in WEEK} == {
        MON: {XIAOMING: "handed_over", ZHAOLI: "handed_over", SUNWU: "self_leave"},
        TUE: {XIAOMING: "handed_over", ZHAOLI: "absent", SUNWU: "self_leave"},
        WED: {XIAOMING: "handed_over", ZHAOLI: "absent", SUNWU: "leave"},
        THU: {XIAOMING: "handed_over", ZHAOLI: "handed_over", SUNWU: "self_leave"},
        FRI: {XIAOMING: "handed_over", ZHAOLI: "handed_over", SUNWU: "self_leave"},
    }
    tuesday_rows = by_name(attendance.day_list(desk.ctx, TUE))
    aunt = tuesday_rows[XIAOMING]
    assert (aunt["adult"], aunt["adult_relation"], aunt["override_reason"]) == (
        "王小红",
        "姑姑",
        "父亲电话委托，已核实身份证",
    )
    assert tuesday_rows[ZHAOLI]["absence_reason"] == "未到校"
    # the undone 请假 and the corrected sign-in are voided records, not deleted ones
    undone = corrections.day_record(desk.ctx, str(aunt["id"]), TUE)["events"]
    (leave,) = [e for e in undone if e["kind"] == "leave"]
    assert not leave["counts"] and leave["voided_reason"] == "当场撤销（点错了）"
    zhaoli = str(tuesday_rows[ZHAOLI]["id"])
    corrected = corrections.day_record(desk.ctx, zhaoli, WED)["events"]
    (signed,) = [e for e in corrected if e["kind"] == "signed_in"]
    assert not signed["counts"] and signed["voided_reason"] == "全班签到时她不在，点错了"
    # 赵丽's absences were followed up with her guardian
    (tue_alert,) = alerts.alerts(desk.ctx, TUE, class_id=class_id_of(desk))
    assert tue_alert["status"] == "closed"
    assert [c["reached"] for c in tue_alert["contacts"]] == [False, True]
    # each day was signed off by the duty leader, with nothing left open
    for day in WEEK:
        summary = duty.duty_summary(desk.ctx, day)
        assert summary["signed_off_by"] == LEADER[0] and summary["sign_off_reason"] == ""
        assert summary["on_post_at"].endswith("15:50:00+08:00")


# -- 7. the month's records --------------------------------------------------------------------


def save_report(desk: Desk, page: ReportsPage, key: str, folder: Path) -> Path:
    """Choose the report, tap 保存…, take the proposed file name in ``folder``, wait for the
    worker."""
    desk.choose(page.kind, page.kind.itemText(page.kind.findData(key)))
    asked: list[str] = []

    def save_dialog(name: str, _filters: str) -> str:  # the page's seam for its save dialog
        asked.append(name)
        return str(folder / name)

    page.ask_save_path = save_dialog  # type: ignore[method-assign]
    desk.tap(page.save_button)
    desk.qtbot.waitUntil(lambda: not page.runner.running(), timeout=30000)
    assert page.last_output is not None and page.last_output.name == asked[0], page.status.text()
    assert page.status.text() == f"已保存：{page.last_output}"
    return page.last_output


def monthly_reports(desk: Desk, office: MainWindow, folder: Path) -> None:
    desk.at(FRI, "19:00")
    desk.switch(office, *PRINCIPAL)
    page = desk.open(office, "reports", ReportsPage)
    assert page.month.text() == "2026-11"
    ledger = save_report(desk, page, "ledger", folder)
    assert ledger.suffix == ".pdf" and ledger.read_bytes()[:5] == b"%PDF-"
    if shutil.which("pdftotext") is not None:
        text = subprocess.run(["pdftotext", str(ledger), "-"], capture_output=True, check=True)
        shown = text.stdout.decode()
        assert SCHOOL in shown and XIAOMING in shown and "刘主任" in shown

    direct = save_report(desk, page, "direct", folder)
    assert direct.suffix == ".xlsx"
    sheet = openpyxl.load_workbook(direct).active
    filed = {row[2]: row[1] for row in sheet.iter_rows(values_only=True) if len(row) > 2 and row[2]}
    assert filed["month"] == "2026-11"  # the county's form: label, value, field key
    # the played week: 3 pupils enrolled of 3; 15 pupil-days, 12 present (赵丽 absent twice,
    # 孙悟 on leave once); only 王小明 came all five days; both absences followed up
    assert filed["pupils_total"] == 3 and filed["pupils_enrolled"] == 3
    assert filed["participation_rate"] == 1.0  # a fraction in every format
    assert filed["service_days"] == 5
    # enrolled for all five service days of the week (the platform's 每周5天全程参加), and
    # perfect attendance as its own figure
    assert filed["pupils_all_five_days"] == 3 and filed["pupils_full_attendance"] == 1
    assert (filed["absences"], filed["absences_followed_up"]) == (2, 2)
    assert filed["late_pickups"] == 0
    values = reports.direct_report(desk.ctx, "2026-11")
    assert values["attendance_rate"] == 0.8 and values["voluntary_agreements"] == 3
    assert values["school_name"] == SCHOOL


def test_a_school_from_an_empty_database(
    qtbot: QtBot, ctx: ServiceContext, clock: FixedClock, tmp_path: Path
) -> None:
    desk = Desk(qtbot, ctx, clock)
    desk.at(MON, "07:30")
    run_wizard(desk)
    office = desk.window(*PRINCIPAL)  # the office PC
    import_roster(desk, office)
    set_up_people(desk, office)
    classroom = desk.window(*TEACHER)  # the classroom PC
    enrol_the_class(desk, office, classroom)
    plan_duty(desk, office)

    desk.switch(office, *LEADER)
    monday(desk, office, classroom)
    tuesday(desk, office, classroom)
    wednesday(desk, office, classroom)
    ordinary_day(desk, office, classroom, THU)
    ordinary_day(desk, office, classroom, FRI)
    check_the_week(desk)

    monthly_reports(desk, office, tmp_path)
