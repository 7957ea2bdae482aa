"""User accounts and log-in with a PIN hashed by argon2id, with throttling of failures.

Teachers and duty leaders use 4–12 digits; principals and administrators 6–12 digits or a
passphrase (``pin_rule``), wherever their secret is set. One whose PIN predates the rule is
found at log-in (``longer_secret_needed``) and must choose a longer one before going on."""

from __future__ import annotations

import logging
import math
import sqlite3
import time
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from after_school_desk.domain.roles import ROLE_LABELS, Action, Role
from after_school_desk.errors import NotFound, PermissionDenied, ValidationError
from after_school_desk.i18n import t
from after_school_desk.services.base.context import Actor, ServiceContext
from after_school_desk.services.school.answers import (
    AccountListRow,
    AccountRow,
    NewAccount,
    account_of,
)
from after_school_desk.store import account_store, login_failures, people_store, rows
from after_school_desk.store.ids import new_id

# argon2id; parameters are stored inside each encoded hash ($argon2id$v=19$m=...,t=...,p=...).
_HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
MAX_FAILURES = 5
LOCK_MINUTES = 5
UNRECORDED_FAILURE_DELAY_S = 2.0  # per wrong PIN on a read-only file (not counted in it)


def hash_pin(pin: str) -> str:
    return _HASHER.hash(pin)


log = logging.getLogger("after_school_desk.services")
ACCOUNT_ROLES = [Role.TEACHER, Role.DUTY_LEADER, Role.PRINCIPAL, Role.ADMIN]
# Accounts that can read and change everything need a secret that takes far longer to guess
# offline from a copied file: 6 digits are 100× the work of 4, a passphrase much more.
PRIVILEGED_ROLES = frozenset({Role.PRINCIPAL, Role.ADMIN})
MAX_PIN_DIGITS = 12
MAX_SECRET_LENGTH = 64
PIN_RULE = "PIN 需为 4–12 位数字，或至少 6 个字符的密码。"
PRIVILEGED_PIN_RULE = (
    "校长和系统管理员的 PIN 需为 6–12 位数字，或一个口令（至少 8 个字符，不能全是数字）。"
)
LONGER_SECRET_NEEDED = (
    "为了学校数据安全，校长和管理员需要至少 6 位数字或一个口令（至少 8 个字符，不能全是数字）。"
    "请现在设置新的 PIN 或口令。"
)


def is_privileged(role: str | Role) -> bool:
    return role in PRIVILEGED_ROLES


def pin_rule(role: str | Role) -> str:
    """The rule for a secret of ``role`` in the user's language (PIN_RULE, PRIVILEGED_PIN_RULE)."""
    if is_privileged(role):
        return t(
            "校长和系统管理员的 PIN 需为 6–12 位数字，或一个口令（至少 8 个字符，不能全是数字）。"
        )
    return t("PIN 需为 4–12 位数字，或至少 6 个字符的密码。")


def secret_fits(role: str | Role, pin: str) -> bool:
    """Whether ``pin`` is long enough for an account of ``role`` (see ``pin_rule``)."""
    if not pin.strip() or len(pin) > MAX_SECRET_LENGTH:
        return False
    if is_privileged(role):
        if pin.isdigit():
            return 6 <= len(pin) <= MAX_PIN_DIGITS
        return len(pin) >= 8
    return (pin.isdigit() and 4 <= len(pin) <= MAX_PIN_DIGITS) or len(pin) >= 6


def validate_pin(pin: str, role: str | Role, field: str = "pin") -> None:
    """Refuse a PIN too short for the role, naming the rule (``pin_rule``) under ``field``."""
    if not secret_fits(role, pin):
        rule = pin_rule(role)
        raise ValidationError(rule, [], fields={field: rule})


def longer_secret_needed(actor: Actor, pin: str) -> bool:
    """After a log-in with ``pin``: a principal or admin whose secret is shorter than their
    rule (set before the rule, or a teacher since made principal) must choose a longer one
    before going on. Only the log-in sees the plain PIN; the stored hash cannot tell."""
    return is_privileged(actor.role) and not secret_fits(actor.role, pin)


def create_user(
    ctx: ServiceContext,
    login: str,
    display_name: str,
    role: str,
    pin: str,
    staff_id: str | None = None,
) -> NewAccount:
    ctx.require(Action.MANAGE_USERS)
    login = login.strip()
    fields: dict[str, str] = {}
    if not login:
        fields["login"] = t("登录名不能为空。")
    elif len(login) > 32 or any(ch.isspace() for ch in login):
        fields["login"] = t("登录名不能含空格，最长 32 个字符。")
    if role not in {r.value for r in ACCOUNT_ROLES}:
        fields["role"] = t(
            "角色“{role}”无效，可选：teacher、duty_leader、principal、admin。", role=role
        )
    try:
        validate_pin(pin, role)
    except ValidationError as exc:
        fields.update(exc.fields)
    if fields:
        raise ValidationError(
            t("无法建立登录账户：{problems}", problems=" ".join(fields.values())), [], fields
        )
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
            taken = t("登录名“{login}”已被使用。", login=login)
            raise ValidationError(taken, fields={"login": taken})
        if staff_id is not None:
            _check_staff_link(conn, staff_id, None)
        rows.insert(conn, "app_user", row)
        safe = {k: v for k, v in row.items() if k != "pin_hash"}
        ctx.audit(conn, "user.create", "app_user", row["id"], None, safe)
    return NewAccount(
        id=row["id"],
        login=login,
        display_name=row["display_name"],
        role=role,
        staff_id=staff_id,
        active=1,
        failed_attempts=0,
        locked_until=None,
        created_at=row["created_at"],
        device_id=ctx.device_id,
    )


def list_users(ctx: ServiceContext) -> list[AccountListRow]:
    """Every account (no PIN hashes) with its role in Chinese and the linked staff member."""
    now = ctx.clock.now()
    return [
        AccountListRow(
            **account_of(u),
            role_label=role_label(u["role"]),
            locked=bool(u["locked_until"] and datetime.fromisoformat(u["locked_until"]) > now),
        )
        for u in account_store.users_with_staff(ctx.store.conn)
    ]


def log_in(
    ctx: ServiceContext, login: str, pin: str, *, wait: Callable[[float], None] | None = None
) -> Actor:
    """Check a PIN. After MAX_FAILURES wrong PINs the account waits LOCK_MINUTES.

    ``wait(seconds)`` holds the answer to a wrong PIN on a read-only file (nothing is recorded
    in it, so each guess is slowed instead): by default it sleeps; a window passes its own,
    which holds the 登录 button back instead of freezing the screen."""
    now = ctx.clock.now()
    conn = ctx.store.conn
    user = people_store.user_by_login(conn, login.strip())
    if user is None or not user["active"]:
        raise PermissionDenied(t("登录名或 PIN 不正确。"))
    _refuse_while_locked(user, now)
    unrecorded = ctx.store.read_only_reason is not None
    if unrecorded:
        _refuse_while_locked_beside(ctx, user["login"], now)
    ok = _verify(user["pin_hash"], pin)
    if unrecorded:
        # a file that failed its checks, or one read beside the running program, takes no
        # writes, not even the log-in's own; people must still log in to look and to restore
        # (the PIN is checked all the same, wrong ones counted beside the file)
        said = log.info if ctx.store.beside_lock_holder else log.warning  # beside: expected
        said("log-in on a read-only file: not recorded in it")
        _note_beside(ctx, user["login"], ok, now, wait)
    else:
        _record_login(ctx, user, pin, ok, now)
    if not ok:
        raise PermissionDenied(t("登录名或 PIN 不正确。"))
    return actor_of(user)


def actor_of(account: Mapping[str, Any], id_key: str = "id") -> Actor:
    """Who acts once an account (a row with login, role, name, staff) has logged in."""
    return Actor(
        login=account["login"],
        role=Role(account["role"]),
        display_name=account["display_name"],
        user_id=account[id_key],
        staff_id=account["staff_id"],
    )


def _record_login(
    ctx: ServiceContext, user: dict[str, Any], pin: str, ok: bool, now: datetime
) -> None:
    with ctx.write() as wconn:
        if not ok:
            _record_failure(ctx, wconn, user, now)
        else:
            people_store.record_login_result(wconn, user["id"], 0, None)
            short = is_privileged(user["role"]) and not secret_fits(user["role"], pin)
            # recorded on the account's trail: its secret is shorter than its role's rule
            ctx.audit(
                wconn, "user.login", "app_user", user["id"], None,
                {"longer_secret_needed": True} if short else None,
            )  # fmt: skip


def _refuse_while_locked(user: dict[str, Any], now: datetime) -> None:
    """A locked account is refused with the minutes it still has to wait (rounded up)."""
    if user["locked_until"] and datetime.fromisoformat(user["locked_until"]) > now:
        raise _locked(datetime.fromisoformat(user["locked_until"]) - now)


def _locked(wait: timedelta) -> PermissionDenied:
    """The refusal of a locked account, with the minutes it still has to wait (rounded up)."""
    minutes = max(1, math.ceil(wait.total_seconds() / 60))
    return PermissionDenied(t("PIN 错误次数过多，请 {minutes} 分钟后再试。", minutes=minutes))


def _refuse_while_locked_beside(ctx: ServiceContext, login: str, now: datetime) -> None:
    """MAX_FAILURES wrong PINs on read-only opens (counted beside the file, since the file
    takes no writes) lock read-only log-ins of the account for LOCK_MINUTES after the last."""
    window = timedelta(minutes=LOCK_MINUTES)
    failures = login_failures.recent_failures(ctx.store.path, login, now, window)
    if len(failures) >= MAX_FAILURES:
        raise _locked(max(failures) + window - now)


def _note_beside(
    ctx: ServiceContext,
    login: str,
    ok: bool,
    now: datetime,
    wait: Callable[[float], None] | None,
) -> None:
    window = timedelta(minutes=LOCK_MINUTES)
    if not ok or login_failures.recent_failures(ctx.store.path, login, now, window):
        login_failures.note(ctx.store.path, login, ok, now)  # a success ends the count
    if not ok:
        log.info("wrong PIN on a read-only file: counted beside it, waiting before the answer")
        (wait or time.sleep)(UNRECORDED_FAILURE_DELAY_S)  # slows guessing where nothing is recorded
    login_failures.prune(ctx.store.path, now, window)


def _verify(encoded: str, pin: str) -> bool:
    try:
        return bool(_HASHER.verify(encoded, pin))
    except (VerificationError, InvalidHashError):
        return False


def _record_failure(
    ctx: ServiceContext, conn: sqlite3.Connection, user: dict[str, Any], now: datetime
) -> None:
    failures = user["failed_attempts"] + 1
    locked = (
        (now + timedelta(minutes=LOCK_MINUTES)).isoformat(timespec="seconds")
        if failures >= MAX_FAILURES
        else None
    )
    people_store.record_login_result(conn, user["id"], 0 if locked else failures, locked)
    ctx.audit(
        conn,
        "user.login_failed",
        "app_user",
        user["id"],
        None,
        {"failures": failures, "locked_until": locked},
    )


def role_label(role: str) -> str:
    return ROLE_LABELS[Role(role)]


def _account(conn: sqlite3.Connection, user_id: str) -> dict[str, Any]:
    found = account_store.user(conn, user_id)
    if found is None:
        raise NotFound(t("找不到登录账户“{login}”。", login=user_id))
    return found


def _check_staff_link(
    conn: sqlite3.Connection, staff_id: str, user_id: str | None
) -> dict[str, Any]:
    member = rows.get(conn, "staff", staff_id)
    if member is None or not member["active"]:
        message = t("请选择一位在职的教职工。")
        raise ValidationError(message, fields={"staff": message})
    for other in account_store.logins_of_staff(conn, staff_id):
        if other["id"] != user_id and other["active"]:
            message = t(
                "{name} 已关联登录账户“{login}”。", name=member["name"], login=other["login"]
            )
            raise ValidationError(message, fields={"staff": message})
    return member


def find_user(ctx: ServiceContext, login_or_id: str) -> AccountRow:
    conn = ctx.store.conn
    found = people_store.user_by_login(conn, login_or_id.strip())
    user = account_store.user(conn, found["id"] if found else login_or_id)
    if user is None:
        raise NotFound(t("找不到登录账户“{login}”。", login=login_or_id))
    return account_of(user)


def set_user_active(ctx: ServiceContext, user_id: str, active: bool) -> AccountRow:
    """Disable or enable a log-in. Nobody disables the account they are using."""
    ctx.require(Action.MANAGE_USERS)
    with ctx.write() as conn:
        before = _account(conn, user_id)
        if not active and before["id"] == ctx.actor.user_id:
            raise ValidationError(t("不能停用自己正在使用的账户。"))
        changes: dict[str, Any] = {"active": int(bool(active))}
        if active:
            changes.update(failed_attempts=0, locked_until=None)
        rows.update(conn, "app_user", user_id, changes)
        ctx.audit(
            conn,
            "user.enable" if active else "user.disable",
            "app_user",
            user_id,
            {"active": before["active"]},
            {"active": changes["active"]},
        )
        return account_of(_account(conn, user_id))


def rename_user(ctx: ServiceContext, user_id: str, display_name: str) -> AccountRow:
    ctx.require(Action.MANAGE_USERS)
    name = display_name.strip()
    if not name or len(name) > 40:
        message = t("显示名称不能为空，最长 40 个字。")
        raise ValidationError(message, fields={"display_name": message})
    with ctx.write() as conn:
        before = _account(conn, user_id)
        rows.update(conn, "app_user", user_id, {"display_name": name})
        ctx.audit(
            conn,
            "user.rename",
            "app_user",
            user_id,
            {"display_name": before["display_name"]},
            {"display_name": name},
        )
        return account_of(_account(conn, user_id))


def reset_pin(ctx: ServiceContext, user_id: str, new_pin: str) -> None:
    """Give an account a new PIN (it also lifts a lock-out). The PIN itself is never audited."""
    ctx.require(Action.MANAGE_USERS)
    validate_pin(new_pin, _account(ctx.store.conn, user_id)["role"])
    with ctx.write() as conn:
        _account(conn, user_id)
        account_store.set_pin_hash(conn, user_id, hash_pin(new_pin))
        ctx.audit(conn, "user.reset_pin", "app_user", user_id, None, {"pin": "（已重设）"})


def link_staff(ctx: ServiceContext, user_id: str, staff_id: str | None) -> AccountRow:
    """Say which staff member a log-in belongs to (None: nobody). A teacher's classes follow."""
    ctx.require(Action.MANAGE_USERS)
    with ctx.write() as conn:
        before = _account(conn, user_id)
        if staff_id:
            _check_staff_link(conn, staff_id, user_id)
        rows.update(conn, "app_user", user_id, {"staff_id": staff_id or None})
        ctx.audit(
            conn,
            "user.link_staff",
            "app_user",
            user_id,
            {"staff_id": before["staff_id"]},
            {"staff_id": staff_id or None},
        )
        return account_of(_account(conn, user_id))


def change_own_pin(ctx: ServiceContext, old_pin: str, new_pin: str) -> None:
    """Any logged-in person changes their own PIN; a wrong old PIN counts as a failed log-in."""
    user_id = ctx.actor.user_id
    if user_id is None:
        raise PermissionDenied(t("只有用账户登录的人才能修改自己的 PIN。"))
    now = ctx.clock.now()
    user = people_store.user_by_login(ctx.store.conn, ctx.actor.login)
    if user is None or user["id"] != user_id or not user["active"]:
        raise PermissionDenied(t("这个账户已被停用或不存在。"))
    _refuse_while_locked(user, now)
    if new_pin == old_pin:
        message = t("新 PIN 不能与原 PIN 相同。")
        raise ValidationError(message, fields={"new_pin": message})
    validate_pin(new_pin, user["role"], "new_pin")
    ok = _verify(user["pin_hash"], old_pin)
    with ctx.write() as conn:
        if not ok:
            _record_failure(ctx, conn, user, now)
        else:
            account_store.set_pin_hash(conn, user_id, hash_pin(new_pin))
            ctx.audit(conn, "user.change_pin", "app_user", user_id, None, {"pin": "（已修改）"})
    if not ok:
        message = t("原 PIN 不正确。")
        raise ValidationError(message, fields={"old_pin": message})
