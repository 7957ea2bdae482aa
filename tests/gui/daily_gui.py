"""A small school day for the daily-loop GUI tests: three classes of six pupils, enrolled, with
their teachers and a duty leader; plus helpers that click and type like a person does."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableView, QWidget

from after_school_desk.domain.roles import Role
from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.daily import attendance
from after_school_desk.services.school import enrolment
from after_school_desk.services.school.pupils import AdultInput, PupilInput, save_pupil
from after_school_desk.ui.class_day_model import PUPIL_ID_ROLE
from tests.conftest import as_role
from tests.unit.daily_school import CLASSES, DAY, School, build

CLASS = CLASSES[0]  # 一年级(1)班


@dataclass
class Day:
    ctx: ServiceContext  # the system actor (set-up and checks)
    school: School
    teacher: ServiceContext  # head teacher of 一年级(1)班
    leader: ServiceContext
    clock: FixedClock

    def at(self, hhmm: str) -> None:
        self.clock.set(datetime.fromisoformat(f"{DAY}T{hhmm}:00+08:00"))

    def states(self, class_name: str = CLASS) -> dict[str, str]:
        rows = attendance.class_day(self.ctx, self.school.class_ids[class_name], DAY)
        return {r["national_id"]: r["state"] for r in rows}

    def row(self, national_id: str) -> dict:
        class_id = self.school.class_ids[str(self.school.pupils[national_id]["class"])]
        rows = attendance.class_day(self.ctx, class_id, DAY)
        return next(r for r in rows if r["national_id"] == national_id)


def school_day(school_ctx: ServiceContext, clock: FixedClock, per_class: int = 6) -> Day:
    school = build(school_ctx, per_class)
    extra = save_pupil(
        school_ctx,
        PupilInput(
            national_id="G109999999",
            name="张三",
            sex="男",
            class_name=CLASS,
            adults=[AdultInput("张大山", "父亲", "13812345678")],
        ),
    )
    school.pupils[extra["national_id"]] = extra
    for name in CLASSES:
        enrolment.enroll(school_ctx, class_name=name, start=DAY, approve=True)
    day = Day(
        ctx=school_ctx,
        school=school,
        teacher=as_role(school_ctx, Role.TEACHER, school.teachers[CLASS]),
        leader=as_role(school_ctx, Role.DUTY_LEADER, school.leader_id),
        clock=clock,
    )
    day.at("16:00")
    return day


class Hands:
    """Clicks, typing and scans, counted: each call is one action of the person at the PC."""

    def __init__(self) -> None:
        self.actions = 0

    def click(self, widget: QWidget, pos: QPoint | None = None) -> None:
        self.actions += 1
        if pos is None:
            QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
        else:
            QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)

    def tap_pupil(self, table: QTableView, national_id: str) -> None:
        """Tap the pupil's row in a table whose model carries PUPIL_ID_ROLE."""
        model = table.model()
        for r in range(model.rowCount()):
            index = model.index(r, 0)
            pupil_id = index.data(PUPIL_ID_ROLE)
            if model.index(r, 1).data() == national_id:  # column 1: 学籍号
                table.scrollTo(index)
                self.click(table.viewport(), table.visualRect(index).center())
                assert table.currentIndex().data(PUPIL_ID_ROLE) == pupil_id
                return
        raise AssertionError(f"{national_id} is not in the table")

    def type(self, widget: QWidget, text: str) -> None:
        """Typing a few characters counts as one action. Chinese arrives as an input method's
        commit, as it does from a real IME (QTest can only type ASCII keys)."""
        self.actions += 1
        if text.isascii():
            QTest.keyClicks(widget, text)
            return
        event = QInputMethodEvent("", [])
        event.setCommitString(text)
        QApplication.sendEvent(widget, event)

    def enter(self, widget: QWidget) -> None:
        self.actions += 1
        QTest.keyClick(widget, Qt.Key.Key_Return)

    def scan(self, widget: QWidget, code: str) -> None:
        """A USB scanner types the code and Enter in one burst: one action."""
        self.actions += 1
        QTest.keyClicks(widget, code)
        QTest.keyClick(widget, Qt.Key.Key_Return)
