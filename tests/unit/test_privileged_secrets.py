"""Principal and administrator accounts need 6–12 digits or a passphrase wherever their secret is
set; one whose PIN is shorter (set before the rule) is told so at log-in."""

from __future__ import annotations

import json
from typing import Any

import pytest

from after_school_desk.domain.roles import Role
from after_school_desk.errors import ValidationError
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.sample.demo import DEMO_PIN, create_demo
from after_school_desk.services.school import users


def _accounts(ctx: ServiceContext) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in ctx.store.conn.execute("SELECT * FROM app_user ORDER BY login")]


def _as(ctx: ServiceContext, login: str, pin: str) -> ServiceContext:
    actor = users.log_in(ctx, login, pin)
    return ServiceContext(store=ctx.store, actor=actor, device_id=ctx.device_id, clock=ctx.clock)


@pytest.mark.parametrize("role", ["principal", "admin"])
def test_a_privileged_account_with_a_4_digit_pin_is_refused(
    school_ctx: ServiceContext, role: str
) -> None:
    with pytest.raises(ValidationError) as err:
        users.create_user(school_ctx, "boss", "校长", role, "1357")
    assert err.value.fields == {"pin": users.PRIVILEGED_PIN_RULE}
    assert "6–12 位数字" in err.value.message and "口令" in err.value.message
    assert _accounts(school_ctx) == []
    users.create_user(school_ctx, "boss", "校长", role, "135790")
    users.create_user(school_ctx, "boss2", "校长", role, "长城长江黄河泰山")
    assert users.log_in(school_ctx, "boss2", "长城长江黄河泰山").role == Role(role)


def test_teachers_and_duty_leaders_keep_4_digit_pins(school_ctx: ServiceContext) -> None:
    users.create_user(school_ctx, "li", "李老师", "teacher", "2468")
    users.create_user(school_ctx, "zhao", "赵主任", "duty_leader", "2222")
    assert users.log_in(school_ctx, "li", "2468").role is Role.TEACHER


def test_reset_pin_follows_the_accounts_role(school_ctx: ServiceContext) -> None:
    admin = users.create_user(school_ctx, "admin", "管理员", "admin", "909090")
    teacher = users.create_user(school_ctx, "li", "李老师", "teacher", "2468")
    before = _accounts(school_ctx)
    with pytest.raises(ValidationError) as err:
        users.reset_pin(school_ctx, admin["id"], "1111")
    assert err.value.fields == {"pin": users.PRIVILEGED_PIN_RULE}
    assert _accounts(school_ctx) == before
    users.reset_pin(school_ctx, teacher["id"], "1111")  # a teacher's 4 digits are fine
    users.reset_pin(school_ctx, admin["id"], "111111")
    assert users.log_in(school_ctx, "admin", "111111").role is Role.ADMIN


def test_change_own_pin_follows_the_role(school_ctx: ServiceContext) -> None:
    users.create_user(school_ctx, "wang", "王校长", "principal", "135790")
    me = _as(school_ctx, "wang", "135790")
    before = _accounts(school_ctx)
    with pytest.raises(ValidationError) as err:
        users.change_own_pin(me, "135790", "2468")
    assert err.value.fields == {"new_pin": users.PRIVILEGED_PIN_RULE}
    assert _accounts(school_ctx) == before
    users.change_own_pin(me, "135790", "school-2026")
    assert users.log_in(school_ctx, "wang", "school-2026").login == "wang"


def test_a_short_pin_from_before_the_rule_is_noticed_at_log_in(
    school_ctx: ServiceContext,
) -> None:
    users.create_user(school_ctx, "wang", "王校长", "principal", "135790")
    users.create_user(school_ctx, "li", "李老师", "teacher", "2468")
    # an account from before the rule: its stored hash is of a 4-digit PIN
    conn = school_ctx.store.conn
    conn.execute("UPDATE app_user SET pin_hash = ? WHERE login = 'wang'", [users.hash_pin("1357")])
    actor = users.log_in(school_ctx, "wang", "1357")
    assert users.longer_secret_needed(actor, "1357")
    teacher = users.log_in(school_ctx, "li", "2468")
    assert not users.longer_secret_needed(teacher, "2468")
    logins = [
        json.loads(r[0]) if r[0] else None
        for r in conn.execute(
            "SELECT after_json FROM audit WHERE action = 'user.login' ORDER BY seq"
        )
    ]
    assert logins == [{"longer_secret_needed": True}, None]
    # the way out: a longer one, chosen with the PIN just typed
    me = ServiceContext(store=school_ctx.store, actor=actor, device_id="d", clock=school_ctx.clock)
    with pytest.raises(ValidationError):
        users.change_own_pin(me, "1357", "7531")
    users.change_own_pin(me, "1357", "13572468")
    again = users.log_in(school_ctx, "wang", "13572468")
    assert not users.longer_secret_needed(again, "13572468")


def test_the_demo_schools_principal_and_admin_log_in_with_6_digits(ctx: ServiceContext) -> None:
    create_demo(ctx, pupils=20, seed=2)
    assert DEMO_PIN["principal"] == "123456"  # as README.md's table of demo accounts says
    for login, pin in [("principal", "123456"), ("admin", "000000"), ("leader1", "2222")]:
        actor = users.log_in(ctx, login, pin)
        assert not users.longer_secret_needed(actor, pin), login
