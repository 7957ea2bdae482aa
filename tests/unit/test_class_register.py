"""Classes after the wizard (after_school_desk/services/school/class_register.py): add, rename, set aside,
each audited, refused in words and only by the school's set-up roles; on a PC that is not the
school's hub the file's guard refuses and nothing is written."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from after_school_desk.domain.roles import Role
from after_school_desk.errors import HubOnly, PermissionDenied, ValidationError
from after_school_desk.services.base import classes
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.care import maintenance
from after_school_desk.services.school import class_register, staff
from after_school_desk.services.school.pupils import AdultInput, PupilInput, save_pupil
from after_school_desk.store import rows
from tests.conftest import as_role
from tests.unit.sync_school import School, digest, seal_problems


def audit_actions(ctx: ServiceContext) -> list[str]:
    return [str(a["action"]) for a in rows.all_rows(ctx.store.conn, "SELECT action FROM audit")]


def names(ctx: ServiceContext) -> list[str]:
    return [c["name"] for c in class_register.class_overview(ctx)]


def test_a_class_is_added_renamed_and_set_aside(school_ctx: ServiceContext) -> None:
    teacher = staff.add_staff(school_ctx, "周老师", "teacher")
    added = class_register.add_class(school_ctx, 3, 3, head_teacher_id=teacher["id"])
    assert added["name"] == "三年级(3)班" and added["head_teacher"] == "周老师"
    assert added["in_use"] and added["pupils"] == 0
    renamed = class_register.rename_class(school_ctx, added["id"], "  三年级(3)班 实验班 ")
    assert renamed["name"] == "三年级(3)班 实验班"
    assert classes.find_class(school_ctx, "三(3)班")["id"] == added["id"]  # still its key
    retired = class_register.set_class_in_use(school_ctx, added["id"], False)
    assert not retired["in_use"] and retired["head_teacher_id"] is None
    assert not next(c for c in classes.list_classes(school_ctx) if c["id"] == added["id"])["in_use"]
    staff.set_staff_active(school_ctx, teacher["id"], False)  # no longer anyone's head teacher
    back = class_register.set_class_in_use(school_ctx, added["id"], True)
    assert back["in_use"]
    actions = audit_actions(school_ctx)
    for action in ("class.create", "class.rename", "class.retire", "class.reinstate"):
        assert action in actions
    assert maintenance.check(school_ctx).ok


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("", "班级名称不能为空"),
        ("   ", "班级名称不能为空"),
        ("一年级(2)班", "已经有名为“一年级(2)班”的班级"),
        ("二(5)班", "读作二年级(5)班"),
        ("很" * 21, "最长 20 个字"),
    ],
)
def test_a_bad_name_is_refused_in_words_and_nothing_changes(
    school_ctx: ServiceContext, name: str, words: str
) -> None:
    first = classes.find_class(school_ctx, "一年级(1)班")
    before = names(school_ctx)
    with pytest.raises(ValidationError, match=re.escape(words)) as caught:
        class_register.rename_class(school_ctx, first["id"], name)
    assert "name" in caught.value.fields
    assert names(school_ctx) == before


def test_a_taken_number_or_a_grade_the_school_has_not_is_refused(
    school_ctx: ServiceContext,
) -> None:
    before = names(school_ctx)
    with pytest.raises(ValidationError, match="一年级已经有第 1 班"):
        class_register.add_class(school_ctx, 1, 1)
    with pytest.raises(ValidationError, match="年级无效"):
        class_register.add_class(school_ctx, 8, 1)  # a primary school
    with pytest.raises(ValidationError, match="已经有名为"):
        class_register.add_class(school_ctx, 1, 3, "一年级(2)班 ")
    assert names(school_ctx) == before


def test_a_class_with_pupils_is_not_set_aside(school_ctx: ServiceContext) -> None:
    save_pupil(
        school_ctx,
        PupilInput(national_id="G100000000009", name="张三", sex="男", class_name="一年级(1)班",
                   adults=[AdultInput("张大山", "父亲", "13800000001")]),
    )  # fmt: skip
    first = classes.find_class(school_ctx, "一年级(1)班")
    with pytest.raises(ValidationError, match="还有 1 名在校学生，不能停用"):
        class_register.set_class_in_use(school_ctx, first["id"], False)
    assert next(c for c in class_register.class_overview(school_ctx) if c["id"] == first["id"])[
        "in_use"
    ]


@pytest.mark.parametrize("role", [Role.TEACHER, Role.DUTY_LEADER])
def test_only_the_set_up_roles_manage_classes(school_ctx: ServiceContext, role: Role) -> None:
    first = classes.find_class(school_ctx, "一年级(1)班")
    other = as_role(school_ctx, role)
    with pytest.raises(PermissionDenied):
        class_register.add_class(other, 1, 5)
    with pytest.raises(PermissionDenied):
        class_register.rename_class(other, first["id"], "一年级(1)班 新")
    with pytest.raises(PermissionDenied):
        class_register.set_class_in_use(other, first["id"], False)
    admin = as_role(school_ctx, Role.ADMIN)
    assert class_register.add_class(admin, 1, 5)["name"] == "一年级(5)班"


@pytest.fixture
def school(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[School]:
    s = School(tmp_path, monkeypatch)
    yield s
    s.close()


def test_classes_are_written_on_the_hub_only(school: School) -> None:
    hub = school.hub()
    b = school.join("class1")
    first = classes.find_class(b.ctx, "一年级(1)班")
    before = names(b.ctx)
    with pytest.raises(HubOnly, match="请在学校主机上操作"):
        class_register.add_class(b.ctx, 1, 7)
    with pytest.raises(HubOnly):
        class_register.rename_class(b.ctx, first["id"], "一年级(1)班 乙")
    assert names(b.ctx) == before
    added = class_register.add_class(hub.ctx, 1, 7)
    school.exchange()
    assert added["id"] in {c["id"] for c in class_register.class_overview(b.ctx)}
    assert digest(hub) == digest(b)
    for pc in (hub, b):
        assert seal_problems(pc) == [], pc.name


def test_a_class_set_aside_takes_no_new_pupil_and_leaves_the_pickers(
    school_ctx: ServiceContext,
) -> None:
    added = class_register.add_class(school_ctx, 3, 3)
    class_register.set_class_in_use(school_ctx, added["id"], False)
    before = len(rows.all_rows(school_ctx.store.conn, "SELECT id FROM pupil"))
    with pytest.raises(ValidationError) as refused:
        save_pupil(
            school_ctx,
            PupilInput(national_id="G100000000019", name="李四", sex="男", class_name="三年级(3)班",
                       adults=[AdultInput("李大山", "父亲", "13800000002")]),
        )  # fmt: skip
    assert "已停用" in refused.value.fields["class"]
    assert len(rows.all_rows(school_ctx.store.conn, "SELECT id FROM pupil")) == before
    every = [c["id"] for c in classes.list_classes(school_ctx)]
    in_use = [c["id"] for c in classes.list_classes(school_ctx, in_use_only=True)]
    assert added["id"] in every and added["id"] not in in_use
    assert len(in_use) == len(every) - 1
