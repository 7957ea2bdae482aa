"""收费 of a class teacher (after_school_desk/services/money/class_fees.py): the own class's pupils with the
month's charge, what was paid and what is owed; another class is refused in words."""

from __future__ import annotations

import pytest

from after_school_desk.domain.roles import Role
from after_school_desk.errors import PermissionDenied
from after_school_desk.services.base import classes
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.money import billing, fees, payments
from after_school_desk.services.money.class_fees import class_fees
from after_school_desk.services.school import staff
from tests.conftest import as_role
from tests.unit import money_school


@pytest.fixture
def money(ctx: ServiceContext) -> ServiceContext:
    principal = money_school.money_ctx(ctx)
    money_school.add_pupils(principal)
    fees.set_fee(principal, "150", "month", approval="某价〔2026〕12号", start="2026-09-01")
    billing.bill_month(principal, "2026-12")
    return principal


def teacher_of(principal: ServiceContext, class_name: str) -> ServiceContext:
    member = staff.add_staff(principal, "李老师", "teacher")
    staff.set_head_teacher(principal, class_name, member["id"])
    return as_role(principal, Role.TEACHER, member["id"])


def test_a_class_teacher_sees_the_months_fees_and_what_a_payment_leaves(
    money: ServiceContext,
) -> None:
    teacher = teacher_of(money, money_school.CLASS)
    class_id = classes.find_class(money, money_school.CLASS)["id"]
    seen = class_fees(teacher, class_id)
    assert seen["month"] == "2026-12" and seen["billed"]
    assert seen["class_name"] == money_school.CLASS
    assert {p["national_id"] for p in seen["pupils"]} == set(money_school.PUPILS)
    first = next(p for p in seen["pupils"] if p["national_id"] == "M100000001")
    assert first["charged_fen"] > 0 and first["owed_fen"] >= first["charged_fen"]
    payments.record_payment(teacher, "M100000001", "10", "2026-12-20", receipt_no="R-1")
    [after] = [p for p in class_fees(teacher, class_id)["pupils"] if p["name"] == first["name"]]
    assert after["paid_month_fen"] == 1000
    assert after["owed_fen"] == first["owed_fen"] - 1000


def test_another_class_is_refused(money: ServiceContext) -> None:
    teacher = teacher_of(money, "一年级(1)班")
    class_id = classes.find_class(money, money_school.CLASS)["id"]
    with pytest.raises(PermissionDenied, match="不是 三年级\\(1\\)班 的班主任"):
        class_fees(teacher, class_id)
    with pytest.raises(PermissionDenied):
        payments.record_payment(teacher, "M100000001", "10", "2026-12-20")


def test_the_admin_may_not_take_fees(money: ServiceContext) -> None:
    class_id = classes.find_class(money, money_school.CLASS)["id"]
    with pytest.raises(PermissionDenied):
        class_fees(as_role(money, Role.ADMIN), class_id)
