"""A small school for the daily-loop tests: three classes, teachers, a duty leader, pupils."""

from __future__ import annotations

from dataclasses import dataclass

from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school.pupils import AdultInput, PupilInput, save_pupil
from after_school_desk.services.school.staff import add_staff, set_head_teacher

DAY = "2026-11-02"  # a Monday in the autumn 2026 term, service 16:00–18:00


@dataclass
class School:
    pupils: dict[str, dict]  # national id -> pupil detail
    teachers: dict[str, str]  # class name -> staff id
    leader_id: str
    class_ids: dict[str, str]


CLASSES = ["一年级(1)班", "三年级(2)班", "五年级(1)班"]


def build(ctx: ServiceContext, per_class: int = 4) -> School:
    from after_school_desk.services.base.classes import find_class

    teachers: dict[str, str] = {}
    class_ids: dict[str, str] = {}
    for i, name in enumerate(CLASSES):
        t = add_staff(ctx, f"老师{i}", "teacher", "13800000000")
        set_head_teacher(ctx, name, t["id"])
        teachers[name] = t["id"]
        class_ids[name] = find_class(ctx, name)["id"]
    leader = add_staff(ctx, "带班甲", "duty_leader", "13800000001")
    pupils: dict[str, dict] = {}
    for c, name in enumerate(CLASSES):
        for n in range(per_class):
            nid = f"G10{c}{n:05d}"
            pupils[nid] = save_pupil(
                ctx,
                PupilInput(
                    national_id=nid,
                    name=f"学生{c}{n}",
                    sex="男" if n % 2 else "女",
                    class_name=name,
                    adults=[
                        AdultInput(f"母亲{c}{n}", "母亲", f"139{c:04d}{n:04d}"),
                        AdultInput(f"爷爷{c}{n}", "祖父", f"137{c:04d}{n:04d}", False, True),
                        AdultInput(f"舅舅{c}{n}", "舅舅", f"136{c:04d}{n:04d}", False, False),
                    ],
                ),
            )
    return School(pupils, teachers, leader["id"], class_ids)
