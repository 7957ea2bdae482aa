"""A city-plan primary school for the money tests, with the clock at the end of the autumn."""

from __future__ import annotations

from datetime import datetime

from after_school_desk.domain.roles import Role
from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import Actor, ServiceContext
from after_school_desk.services.school.enrolment import enroll
from after_school_desk.services.school.pupils import AdultInput, PupilInput, save_pupil
from after_school_desk.services.school.setup import SchoolSetup, create_school

CLASS = "三年级(1)班"
# national id -> (name, flags)
PUPILS = {
    "M100000001": ("张小明", set()),  # pays in two parts
    "M100000002": ("李建国", {"registered_poor"}),  # 建档立卡: free from the flag
    "M100000003": ("王丽华", set()),  # 低保 100%
    "M100000004": ("赵子龙", set()),  # 特困 50%
    "M100000005": ("孙悟空", set()),  # 残疾 30%
    "M100000006": ("周芷若", set()),  # joins 2026-11-16, other hardship 33%
    "M100000007": ("吴承恩", set()),  # withdraws 2026-12-14, refund of the unused part
    "M100000008": ("郑成功", set()),  # 孤儿 100%
}


def money_ctx(ctx: ServiceContext) -> ServiceContext:
    """The school (city plan 2024, primary: Mon, Tue, Thu, Fri) as the principal on 2026-12-20."""
    create_school(
        ctx,
        SchoolSetup(
            name="立岗镇中心小学",
            county="某县",
            term_start="2026-09-01",
            term_end="2027-01-20",
            classes_per_grade=1,
            profile_id="city-plan-2024",
        ),
    )
    clock = FixedClock(datetime.fromisoformat("2026-12-20T10:00:00+08:00"))
    actor = Actor(login="test:principal", role=Role.PRINCIPAL, display_name="陈校长")
    return ServiceContext(store=ctx.store, actor=actor, device_id=ctx.device_id, clock=clock)


def add_pupils(ctx: ServiceContext) -> None:
    for nid, (name, flags) in PUPILS.items():
        save_pupil(
            ctx,
            PupilInput(
                national_id=nid,
                name=name,
                sex="男",
                class_name=CLASS,
                flags=set(flags),
                adults=[AdultInput(f"{name[0]}家长", "母亲", "13900000000")],
            ),
        )
    others = [nid for nid in PUPILS if nid != "M100000006"]
    enroll(ctx, others, start="2026-09-01", approve=True)
    enroll(ctx, ["M100000006"], start="2026-11-16", approve=True)
