"""Accounts and staff from the 人员与账户 screen's services; refusals change nothing."""

from __future__ import annotations

import getpass
import json
from pathlib import Path
from typing import Any

import pytest

from after_school_desk.cli import main
from after_school_desk.domain.roles import Role
from after_school_desk.errors import PermissionDenied, ValidationError
from after_school_desk.services.base import classes
from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import ServiceContext, cli_actor
from after_school_desk.services.school import staff, users
from after_school_desk.store.connection import open_store
from tests.conftest import as_role


def _audit(ctx: ServiceContext, action: str) -> list[dict[str, Any]]:
    return [
        dict(r)
        for r in ctx.store.conn.execute(
            "SELECT actor, entity_id, before_json, after_json FROM audit WHERE action = ?"
            " ORDER BY seq",
            [action],
        )
    ]


def _snapshot(ctx: ServiceContext) -> tuple[list[Any], list[Any], list[Any], int]:
    conn = ctx.store.conn
    return (
        [tuple(r) for r in conn.execute("SELECT * FROM app_user ORDER BY id")],
        [tuple(r) for r in conn.execute("SELECT * FROM staff ORDER BY id")],
        [tuple(r) for r in conn.execute("SELECT id, head_teacher_id FROM class ORDER BY id")],
        conn.execute("SELECT count(*) FROM audit").fetchone()[0],
    )


def _as_user(ctx: ServiceContext, login: str, pin: str) -> ServiceContext:
    actor = users.log_in(ctx, login, pin)
    return ServiceContext(store=ctx.store, actor=actor, device_id=ctx.device_id, clock=ctx.clock)


@pytest.fixture
def people(school_ctx: ServiceContext) -> dict[str, Any]:
    wang = staff.add_staff(school_ctx, "王芳", "teacher", "13800000001")
    zhao = staff.add_staff(school_ctx, "赵刚", "duty_leader")
    admin = users.create_user(school_ctx, "admin", "管理员", "admin", "909090")
    teacher = users.create_user(school_ctx, "wangf", "王老师", "teacher", "1234", wang["id"])
    return {"wang": wang, "zhao": zhao, "admin": admin, "teacher": teacher}


def test_list_users_names_the_staff_member_and_role(school_ctx: ServiceContext, people) -> None:
    listed = {u["login"]: u for u in users.list_users(school_ctx)}
    assert listed["wangf"]["staff_name"] == "王芳"
    assert listed["wangf"]["role_label"] == "班主任/管理老师"
    assert listed["admin"]["staff_name"] is None and listed["admin"]["role_label"] == "系统管理员"
    assert all("pin_hash" not in u for u in listed.values())


def test_bad_new_account_names_each_field_and_saves_nothing(
    school_ctx: ServiceContext, people
) -> None:
    before = _snapshot(school_ctx)
    with pytest.raises(ValidationError) as err:
        users.create_user(school_ctx, "  ", "某人", "boss", "12")
    assert set(err.value.fields) == {"login", "role", "pin"}
    assert err.value.fields["pin"] == users.PIN_RULE
    with pytest.raises(ValidationError) as err:
        users.create_user(school_ctx, "other", "另一个", "teacher", "5555", people["wang"]["id"])
    assert err.value.fields["staff"] == "王芳 已关联登录账户“wangf”。"
    assert _snapshot(school_ctx) == before


def test_disable_and_enable_a_log_in(school_ctx: ServiceContext, people) -> None:
    admin = _as_user(school_ctx, "admin", "909090")
    users.set_user_active(admin, people["teacher"]["id"], False)
    with pytest.raises(PermissionDenied):
        users.log_in(school_ctx, "wangf", "1234")
    users.set_user_active(admin, people["teacher"]["id"], True)
    assert users.log_in(school_ctx, "wangf", "1234").staff_id == people["wang"]["id"]
    audit = _audit(school_ctx, "user.disable")
    assert audit[0]["actor"] == "admin" and json.loads(audit[0]["after_json"]) == {"active": 0}
    assert len(_audit(school_ctx, "user.enable")) == 1
    before = _snapshot(school_ctx)
    with pytest.raises(ValidationError, match="不能停用自己"):
        users.set_user_active(admin, people["admin"]["id"], False)
    assert _snapshot(school_ctx) == before


def test_teachers_and_duty_leaders_may_not_manage_accounts(
    school_ctx: ServiceContext, people
) -> None:
    before = _snapshot(school_ctx)
    uid = people["teacher"]["id"]
    for role in (Role.DUTY_LEADER, Role.TEACHER):
        ctx = as_role(school_ctx, role)
        with pytest.raises(PermissionDenied):
            users.set_user_active(ctx, uid, False)
        with pytest.raises(PermissionDenied):
            users.rename_user(ctx, uid, "别人")
        with pytest.raises(PermissionDenied):
            users.reset_pin(ctx, uid, "0000")
        with pytest.raises(PermissionDenied):
            users.link_staff(ctx, uid, None)
    assert _snapshot(school_ctx) == before


def test_rename_and_link(school_ctx: ServiceContext, people) -> None:
    uid = people["teacher"]["id"]
    users.rename_user(school_ctx, uid, "  王芳老师 ")
    with pytest.raises(ValidationError) as err:
        users.rename_user(school_ctx, uid, "   ")
    assert "display_name" in err.value.fields
    linked = users.link_staff(school_ctx, uid, people["zhao"]["id"])
    assert linked["display_name"] == "王芳老师" and linked["staff_name"] == "赵刚"
    assert json.loads(_audit(school_ctx, "user.link_staff")[0]["before_json"]) == {
        "staff_id": people["wang"]["id"]
    }
    staff.set_staff_active(school_ctx, people["wang"]["id"], False)
    before = _snapshot(school_ctx)
    with pytest.raises(ValidationError, match="在职"):
        users.link_staff(school_ctx, uid, people["wang"]["id"])
    assert _snapshot(school_ctx) == before
    assert users.link_staff(school_ctx, uid, None)["staff_id"] is None


def test_reset_pin_lifts_a_lock_out_and_never_records_the_pin(
    school_ctx: ServiceContext, people
) -> None:
    for _ in range(users.MAX_FAILURES):
        with pytest.raises(PermissionDenied):
            users.log_in(school_ctx, "wangf", "0000")
    before = _snapshot(school_ctx)
    with pytest.raises(ValidationError, match="PIN"):
        users.reset_pin(school_ctx, people["teacher"]["id"], "12")
    assert _snapshot(school_ctx) == before
    users.reset_pin(school_ctx, people["teacher"]["id"], "8642")
    assert users.log_in(school_ctx, "wangf", "8642").login == "wangf"
    with pytest.raises(PermissionDenied):
        users.log_in(school_ctx, "wangf", "1234")
    entry = _audit(school_ctx, "user.reset_pin")[0]
    assert "8642" not in (entry["after_json"] or "")


def test_change_own_pin_needs_the_old_one(
    school_ctx: ServiceContext, people, clock: FixedClock
) -> None:
    me = _as_user(school_ctx, "wangf", "1234")
    pin_before = _snapshot(school_ctx)[0]
    with pytest.raises(ValidationError) as err:
        users.change_own_pin(me, "9999", "4321")
    assert err.value.fields == {"old_pin": "原 PIN 不正确。"}
    assert users.log_in(school_ctx, "wangf", "1234")  # unchanged
    with pytest.raises(ValidationError) as err:
        users.change_own_pin(me, "1234", "1")
    assert set(err.value.fields) == {"new_pin"}
    assert [r[5] for r in _snapshot(school_ctx)[0]] == [r[5] for r in pin_before]  # pin_hash
    users.change_own_pin(me, "1234", "4321")
    assert users.log_in(school_ctx, "wangf", "4321").login == "wangf"
    assert _audit(school_ctx, "user.change_pin")[0]["actor"] == "wangf"
    with pytest.raises(PermissionDenied):
        users.change_own_pin(school_ctx, "x", "123456")  # the command line has no PIN


def test_wrong_old_pin_counts_towards_the_lock_out(school_ctx: ServiceContext, people) -> None:
    me = _as_user(school_ctx, "wangf", "1234")
    for _ in range(users.MAX_FAILURES):
        with pytest.raises(ValidationError):
            users.change_own_pin(me, "0000", "4321")
    with pytest.raises(PermissionDenied, match="请 5 分钟后再试"):
        users.change_own_pin(me, "1234", "4321")


def test_edit_staff_and_vetting(school_ctx: ServiceContext, people) -> None:
    sid = people["zhao"]["id"]
    before = _snapshot(school_ctx)
    with pytest.raises(ValidationError) as err:
        staff.update_staff(school_ctx, sid, " ", "janitor", "123", "maybe")
    assert set(err.value.fields) == {"name", "role", "phone", "vetting"}
    assert err.value.fields["phone"] == "电话“123”不是有效的手机或固定电话号码。"
    assert _snapshot(school_ctx) == before
    saved = staff.update_staff(
        school_ctx, sid, "赵刚", "external", "0951-1234567", "filed", "县教育局 2026-10 备案"
    )
    assert (saved["role"], saved["phone"], saved["vetting"]) == ("external", "09511234567", "filed")
    entry = _audit(school_ctx, "staff.edit")[0]
    assert json.loads(entry["before_json"])["vetting"] == "not_required"
    assert "name" not in json.loads(entry["after_json"])  # only what changed
    row = next(m for m in staff.staff_overview(school_ctx) if m["id"] == sid)
    assert (row["role_label"], row["vetting_label"]) == ("外聘人员", "已备案")


def test_head_teachers_by_id_and_deactivation(school_ctx: ServiceContext, people) -> None:
    first, second = classes.list_classes(school_ctx)[:2]
    wid = people["wang"]["id"]
    staff.set_head_teacher_by_id(school_ctx, first["id"], wid)
    staff.set_head_teacher_by_id(school_ctx, second["id"], wid)
    overview = {m["name"]: m for m in staff.staff_overview(school_ctx)}
    assert overview["王芳"]["head_of"] == [first["name"], second["name"]]
    assert classes.list_classes(school_ctx)[0]["head_teacher"] == "王芳"
    before = _snapshot(school_ctx)
    with pytest.raises(ValidationError, match="班主任"):
        staff.set_staff_active(school_ctx, wid, False)
    with pytest.raises(PermissionDenied):
        staff.set_head_teacher_by_id(as_role(school_ctx, Role.ADMIN), first["id"], None)
    with pytest.raises(PermissionDenied):
        staff.update_staff(as_role(school_ctx, Role.ADMIN), wid, "x", "teacher")
    assert _snapshot(school_ctx) == before
    staff.set_head_teacher_by_id(school_ctx, first["id"], None)
    staff.set_head_teacher_by_id(school_ctx, second["id"], people["zhao"]["id"])
    staff.set_staff_active(school_ctx, wid, False)
    assert len(_audit(school_ctx, "class.head_teacher")) == 4
    assert [m["name"] for m in staff.list_staff(school_ctx)] == ["赵刚"]
    with pytest.raises(ValidationError) as err:
        staff.set_head_teacher_by_id(school_ctx, first["id"], wid)
    assert "head_teacher" in err.value.fields
    staff.set_staff_active(school_ctx, wid, True)
    assert len(staff.list_staff(school_ctx)) == 2


def test_first_account_from_the_terminal_then_pins_reset_by_a_logged_in_admin(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A school made with ``init`` and no account: its first account (principal or admin) is
    made without a log-in (docs/cli-login.md); from then on setting PINs needs a log-in."""
    db = str(db_path)
    assert main(["--db", db, "init", "--school", "立岗镇中心小学", "--county", "贺兰县",
                 "--term-start", "2026-09-01", "--term-end", "2027-01-20"]) == 0  # fmt: skip
    typed = iter(["258025", "258025", "111111", "222222", "777777", "777777"])
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": next(typed))
    monkeypatch.setattr(getpass, "getuser", lambda: "county-it")
    capsys.readouterr()
    assert main(["--db", db, "user-add", "t1", "--role", "teacher"]) == 1
    assert "第一个账户必须是校长或系统管理员" in capsys.readouterr().err
    assert main(["--db", db, "user-add", "admin", "--name", "管理员"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "user-add", "admin2"]) == 1  # the second one: log in first
    assert "需要登录" in capsys.readouterr().err
    assert main(["--db", db, "reset-pin", "admin"]) == 1
    assert "需要登录" in capsys.readouterr().err
    monkeypatch.setenv("APP_USER", "admin")
    monkeypatch.setenv("APP_PIN", "258025")
    assert main(["--db", db, "reset-pin", "admin"]) == 1  # the two PINs differ
    assert "不一致" in capsys.readouterr().err
    assert main(["--db", db, "reset-pin", "nobody"]) == 1
    assert main(["--db", db, "reset-pin", "admin"]) == 0
    assert "已为 admin" in capsys.readouterr().out
    store = open_store(db_path, create=False)
    try:
        ctx = ServiceContext(store=store, actor=cli_actor("test"), device_id="d")
        assert users.log_in(ctx, "admin", "777777").role is Role.ADMIN

        def actors(action: str) -> list[str]:
            found = store.conn.execute("SELECT actor FROM audit WHERE action = ?", [action])
            return [r[0] for r in found]

        assert actors("user.create") == ["cli:county-it"]  # the first account: no log-in
        assert actors("user.reset_pin") == ["admin"]  # the logged-in account, not cli:…
    finally:
        store.close()
