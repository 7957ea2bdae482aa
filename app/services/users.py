"""User accounts and log-in with a PIN hashed by argon2id, with throttling of failures."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from app.domain.roles import ROLE_LABELS, Action, Role
from app.errors import PermissionDenied, ValidationError
from app.services.context import Actor, ServiceContext
from app.store import people_store, rows
from app.store.ids import new_id

# argon2id; parameters are stored inside each encoded hash ($argon2id$v=19$m=...,t=...,p=...).
_HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
MAX_FAILURES = 5
LOCK_MINUTES = 5


def hash_pin(pin: str) -> str:
    return _HASHER.hash(pin)


def validate_pin(pin: str) -> None:
    if not (pin.isdigit() and 4 <= len(pin) <= 12) and len(pin) < 6:
        raise ValidationError("PIN 需为 4–12 位数字，或至少 6 个字符的密码。")


def create_user(
    ctx: ServiceContext,
    login: str,
    display_name: str,
    role: str,
    pin: str,
    staff_id: str | None = None,
) -> dict[str, Any]:
    ctx.require(Action.MANAGE_USERS)
    login = login.strip()
    if not login:
        raise ValidationError("登录名不能为空。")
    if role not in {r.value for r in Role} - {Role.SYSTEM.value}:
        raise ValidationError(f"角色“{role}”无效，可选：teacher、duty_leader、principal、admin。")
    validate_pin(pin)
    row: dict[str, Any] = {
        "id": new_id(),
        "login": login,
        "display_name": display_name.strip() or login,
        "role": role,
        "staff_id": staff_id,
        "pin_hash": hash_pin(pin),
        "active": 1,
        "failed_attempts": 0,
        "locked_until": None,
        "created_at": ctx.now_iso(),
        "device_id": ctx.device_id,
    }
    with ctx.write() as conn:
        if people_store.user_by_login(conn, login):
            raise ValidationError(f"登录名“{login}”已被使用。")
        rows.insert(conn, "app_user", row)
        safe = {k: v for k, v in row.items() if k != "pin_hash"}
        ctx.audit(conn, "user.create", "app_user", row["id"], None, safe)
    return {k: v for k, v in row.items() if k != "pin_hash"}


def list_users(ctx: ServiceContext) -> list[dict[str, Any]]:
    return people_store.users(ctx.store.conn)


def log_in(ctx: ServiceContext, login: str, pin: str) -> Actor:
    """Check a PIN. After MAX_FAILURES wrong PINs the account waits LOCK_MINUTES."""
    now = ctx.clock.now()
    conn = ctx.store.conn
    user = people_store.user_by_login(conn, login.strip())
    if user is None or not user["active"]:
        raise PermissionDenied("登录名或 PIN 不正确。")
    if user["locked_until"] and datetime.fromisoformat(user["locked_until"]) > now:
        wait = datetime.fromisoformat(user["locked_until"]) - now
        minutes = max(1, int(wait.total_seconds() // 60) + 1)
        raise PermissionDenied(f"PIN 错误次数过多，请 {minutes} 分钟后再试。")
    try:
        ok: bool = _HASHER.verify(user["pin_hash"], pin)
    except (VerificationError, InvalidHashError):
        ok = False
    with ctx.write() as wconn:
        if not ok:
            failures = user["failed_attempts"] + 1
            locked = (
                (now + timedelta(minutes=LOCK_MINUTES)).isoformat(timespec="seconds")
                if failures >= MAX_FAILURES
                else None
            )
            people_store.record_login_result(wconn, user["id"], 0 if locked else failures, locked)
            ctx.audit(
                wconn,
                "user.login_failed",
                "app_user",
                user["id"],
                None,
                {"failures": failures, "locked_until": locked},
            )
        else:
            people_store.record_login_result(wconn, user["id"], 0, None)
            ctx.audit(wconn, "user.login", "app_user", user["id"])
    if not ok:
        raise PermissionDenied("登录名或 PIN 不正确。")
    return Actor(
        login=user["login"],
        role=Role(user["role"]),
        display_name=user["display_name"],
        user_id=user["id"],
        staff_id=user["staff_id"],
    )


def role_label(role: str) -> str:
    return ROLE_LABELS[Role(role)]
