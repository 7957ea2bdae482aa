"""Every role × every service action: allowed or refused in the service layer itself.

The list of guarded service functions and the action each one requires is read from the
services' source (the ``ctx.require(Action.X)`` they start with), so a new service is covered
without editing this test.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import after_school_desk.services
from after_school_desk.domain.roles import PERMISSIONS, Action, Role
from after_school_desk.errors import PermissionDenied
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.daily import attendance
from after_school_desk.services.school import enrolment
from tests.conftest import as_role
from tests.reliability.conftest import Report
from tests.unit import daily_school


def _gate(fn: ast.FunctionDef) -> str | None:
    """The Action a function requires before anything else, if it has one."""
    for stmt in fn.body:
        if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant):
            continue  # docstring
        call = stmt.value if isinstance(stmt, ast.Expr) else None
        if (
            isinstance(call, ast.Call)
            and isinstance(call.func, ast.Attribute)
            and call.func.attr == "require"
            and len(call.args) == 1
            and isinstance(call.args[0], ast.Attribute)
            and isinstance(call.args[0].value, ast.Name)
            and call.args[0].value.id == "Action"
        ):
            return call.args[0].attr
        return None
    return None


def guarded_services() -> list[tuple[str, Callable[..., Any], Action]]:
    found = []
    for info in pkgutil.walk_packages(
        after_school_desk.services.__path__, "after_school_desk.services."
    ):
        if info.ispkg:
            continue
        module = importlib.import_module(info.name)
        tree = ast.parse(inspect.getsource(module))
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
                gate = _gate(node)
                if gate is not None:
                    found.append(
                        (
                            f"{info.name.rsplit('.', 1)[1]}.{node.name}",
                            getattr(module, node.name),
                            Action[gate],
                        )
                    )
    return found


SERVICES = guarded_services()


def _placeholder_call(fn: Callable[..., Any], ctx: ServiceContext) -> None:
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for name, p in list(inspect.signature(fn).parameters.items())[1:]:
        if p.default is not inspect.Parameter.empty or p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
            continue
        if p.kind == p.KEYWORD_ONLY:
            kwargs[name] = "x"
        else:
            args.append("x")
    fn(ctx, *args, **kwargs)


def test_every_action_is_enforced_by_some_service() -> None:
    enforced = {action for _, _, action in SERVICES}
    missing = sorted(str(a) for a in set(Action) - enforced)
    assert not missing, f"actions no service checks: {missing}"


@pytest.mark.parametrize("role", list(Role), ids=str)
def test_role_against_every_service(
    school_ctx: ServiceContext,
    role: Role,
    reliability_report: Report,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)  # placeholder paths ("x": a sync folder, a backup …) land here
    ctx = as_role(school_ctx, role)
    wrong: list[str] = []
    refused = allowed = 0
    for name, fn, action in SERVICES:
        may = action in PERMISSIONS[role]
        try:
            _placeholder_call(fn, ctx)
            denied = False
        except PermissionDenied as exc:
            # the role gate names the action; a teacher's class check is a later, finer refusal
            denied = "无权执行此操作" in exc.message
        except Exception:  # placeholder arguments: anything but a refusal means "let through"
            denied = False
        if denied == may:
            wrong.append(f"{name} ({action}): {'refused' if denied else 'allowed'}")
        refused += int(denied)
        allowed += int(not denied)
        assert not ctx.store.conn.in_transaction, name
    assert not wrong, f"{role}: " + "; ".join(wrong)
    reliability_report(
        f"access matrix, role {role}",
        {"services": len(SERVICES), "allowed": allowed, "refused": refused, "wrong": 0},
        "every service checked its permission",
    )


def test_teachers_act_on_their_own_classes_only(school_ctx: ServiceContext) -> None:
    school = daily_school.build(school_ctx, per_class=2)
    enrolment.enroll(school_ctx, class_name="三年级(2)班", start=daily_school.DAY, approve=True)
    enrolment.enroll(school_ctx, class_name="五年级(1)班", start=daily_school.DAY, approve=True)
    own, other = "G10100000", "G10200000"
    teacher = as_role(school_ctx, Role.TEACHER, staff_id=school.teachers["三年级(2)班"])
    attendance.sign_in(teacher, own, "2026-11-02T16:05")
    with pytest.raises(PermissionDenied, match="不是 五年级\\(1\\)班 的班主任"):
        attendance.sign_in(teacher, other, "2026-11-02T16:05")
    with pytest.raises(PermissionDenied):
        enrolment.withdraw(teacher, other, daily_school.DAY)
    stranger = as_role(school_ctx, Role.TEACHER)  # an account not linked to any staff member
    with pytest.raises(PermissionDenied):
        attendance.sign_in(stranger, own, "2026-11-02T16:10")
    leader = as_role(school_ctx, Role.DUTY_LEADER, staff_id=school.leader_id)
    attendance.sign_in(leader, other, "2026-11-02T16:06")  # the duty leader covers the school
