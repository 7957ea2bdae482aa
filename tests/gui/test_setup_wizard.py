from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog

from after_school_desk.services.base import classes
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school import users
from after_school_desk.services.school.setup import school_info
from after_school_desk.store import school_store
from after_school_desk.ui.setup_wizard import SetupWizard


def fill_school(wizard: SetupWizard) -> None:
    wizard.school_name.setText("立岗镇中心小学")
    wizard.county.setText("贺兰县")
    wizard.school_code.setText("2164012201")
    wizard.next()
    wizard.term_start.setDate(QDate(2026, 9, 1))
    wizard.term_end.setDate(QDate(2027, 1, 20))
    wizard.classes_per_grade.setValue(2)
    wizard.next()
    wizard.windows[3][0].setChecked(False)  # no service on Wednesday
    wizard.next()


def test_wizard_creates_school_term_windows_classes_and_principal(qtbot, ctx: ServiceContext):
    wizard = SetupWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.restart()
    fill_school(wizard)
    wizard.login.setText("wang")
    wizard.display_name.setText("王校长")
    wizard.pin.setText("135790")
    wizard.pin_again.setText("135790")
    wizard.accept()
    assert wizard.result() == QDialog.DialogCode.Accepted
    school = school_info(ctx)
    assert school is not None and school["name"] == "立岗镇中心小学"
    assert school["school_code"] == "2164012201"
    assert len(classes.list_classes(ctx)) == 12
    windows = school_store.service_windows(ctx.store.conn)
    assert sorted(w["weekday"] for w in windows) == [1, 2, 4, 5]
    assert users.log_in(ctx, "wang", "135790").display_name == "王校长"


def test_mismatched_pins_keep_the_wizard_open_and_create_nothing(qtbot, ctx: ServiceContext):
    wizard = SetupWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.restart()
    fill_school(wizard)
    wizard.login.setText("wang")
    wizard.display_name.setText("王校长")
    wizard.pin.setText("135790")
    wizard.pin_again.setText("1358")
    wizard.accept()
    assert wizard.result() != QDialog.DialogCode.Accepted
    assert wizard.error.text() == "两次输入的 PIN 不一致。"
    assert school_info(ctx) is None


def test_school_without_users_only_asks_for_the_principal(qtbot, school_ctx: ServiceContext):
    wizard = SetupWizard(school_ctx, school_exists=True)
    qtbot.addWidget(wizard)
    wizard.restart()
    assert len(wizard.pageIds()) == 1
    wizard.login.setText("wang")
    wizard.display_name.setText("王校长")
    wizard.pin.setText("135790")
    wizard.pin_again.setText("135790")
    wizard.accept()
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert [u["login"] for u in users.list_users(school_ctx)] == ["wang"]


def test_choosing_a_region_proposes_its_timetable(qtbot, ctx) -> None:
    from after_school_desk.ui.setup_wizard import SetupWizard

    wizard = SetupWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.profile_id.setCurrentIndex(wizard.profile_id.findData("city-plan-2024"))
    wednesday = wizard.windows[3][0]
    assert not wednesday.isChecked()  # primary schools: Wednesday is for teaching research
    monday = wizard.windows[1]
    assert (monday[1].time().toString("HH:mm"), monday[2].time().toString("HH:mm")) == (
        "15:30",
        "17:30",
    )
    assert wizard.school_setup().profile_id == "city-plan-2024"
    assert 3 not in wizard.school_setup().windows
    wizard.profile_id.setCurrentIndex(wizard.profile_id.findData("lhasa-2021"))
    assert wednesday.isChecked() and wizard.windows[1][2].time().toString("HH:mm") == "18:30"
