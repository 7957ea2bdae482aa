"""Tokens for scripts that run the command line (``APP_TOKEN``), instead of a typed PIN.

A token acts as one log-in account — by default the account that made it, or another one
chosen by its maker (``--as``) that may do no more than the maker may: a nightly backup script
gets a token of the administrator, a scanner script one of a teacher. The account's role and
classes are read at each use, so disabling the account stops its tokens at once.

The token is 32 random bytes, shown once when it is made; only its SHA-256 is stored (a fast
hash is enough for a secret that cannot be guessed). Tokens expire (default 365 days) and can
be revoked; nothing is deleted, so ``token list`` shows who made and who revoked each one.
Making, listing and revoking tokens needs the right to manage log-in accounts (principal,
administrator), logged in with a PIN.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from after_school_desk.domain.roles import PERMISSIONS, Action, Role
from after_school_desk.errors import NotFound, PermissionDenied, ValidationError
from after_school_desk.i18n import t
from after_school_desk.services.base.context import Actor, ServiceContext
from after_school_desk.services.school import users
from after_school_desk.services.school.answers import TokenAnswer
from after_school_desk.store import people_store, rows, token_store
from after_school_desk.store.ids import new_id

PREFIX = "asd_"
DEFAULT_DAYS = 365
MAX_DAYS = 3650
MAX_NAME = 40
REFUSED = "令牌无效、已过期或已被吊销。请向校长或系统管理员要一个新的令牌（token create）。"


class TokenState(StrEnum):
    """Whether a token can be used, and why not."""

    USABLE = "usable"
    EXPIRED = "expired"
    REVOKED = "revoked"
    ACCOUNT_DISABLED = "account_disabled"


def refused() -> str:
    """REFUSED in the user's language: one message for every reason a token is refused."""
    return t("令牌无效、已过期或已被吊销。请向校长或系统管理员要一个新的令牌（token create）。")


def digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_token(
    ctx: ServiceContext, name: str, as_login: str | None = None, days: int = DEFAULT_DAYS
) -> tuple[str, TokenAnswer]:
    """A new token: (the token itself — shown once, never stored —, its row)."""
    ctx.require(Action.MANAGE_USERS)
    maker = ctx.actor
    if maker.user_id is None:
        raise PermissionDenied(t("只有用账户登录的人才能建立令牌（--user 登录名）。"))
    name = name.strip()
    problems: list[str] = []
    if not name or len(name) > MAX_NAME or any(ch.isspace() for ch in name):
        problems.append(
            t(
                "令牌名称“{name}”无效：不能为空、不能含空格，最长 {max_length} 个字符。",
                name=name,
                max_length=MAX_NAME,
            )
        )
    if not 1 <= days <= MAX_DAYS:
        problems.append(
            t("有效天数应在 1 到 {max_days} 之间（收到 {days}）。", max_days=MAX_DAYS, days=days)
        )
    if problems:
        raise ValidationError(t("没有建立令牌："), problems)
    token = PREFIX + secrets.token_urlsafe(32)
    now = ctx.clock.now()
    with ctx.write() as conn:
        account = people_store.user_by_login(conn, (as_login or maker.login).strip())
        if account is None or not account["active"]:
            raise NotFound(t("找不到可用的登录账户“{login}”，没有建立令牌。", login=as_login))
        if account["id"] != maker.user_id and not _no_more_rights(Role(account["role"]), maker):
            raise PermissionDenied(
                t(
                    "令牌代表的账户“{login}”能做的事不能多于您自己的账户，没有建立令牌。",
                    login=account["login"],
                )
            )
        if token_store.live_by_name(conn, name) is not None:
            raise ValidationError(
                t(
                    "已有名为“{name}”的令牌（可能已过期）。"
                    "请换一个名称，或先吊销它（token revoke {name}）。",
                    name=name,
                )
            )
        row: dict[str, Any] = {
            "id": new_id(),
            "name": name,
            "user_id": account["id"],
            "token_sha256": digest(token),
            "created_at": ctx.now_iso(),
            "created_by": maker.login,
            "expires_at": (now + timedelta(days=days)).isoformat(timespec="seconds"),
            "revoked_at": None,
            "revoked_by": None,
            "device_id": ctx.device_id,
        }
        rows.insert(conn, "cli_token", row)
        shown = {k: v for k, v in row.items() if k != "token_sha256"}
        ctx.audit(conn, "token.create", "cli_token", row["id"], None,
                  {**shown, "acts_as": account["login"]})  # fmt: skip
        made = token_store.by_id(conn, row["id"])
    assert made is not None
    return token, _described(made, now)


def _no_more_rights(role: Role, maker: Actor) -> bool:
    mine = PERMISSIONS[maker.role] if maker.rights is None else maker.rights
    return PERMISSIONS[role] <= mine


def list_tokens(ctx: ServiceContext) -> list[TokenAnswer]:
    ctx.require(Action.MANAGE_USERS)
    now = ctx.clock.now()
    return [_described(t, now) for t in token_store.every(ctx.store.conn)]


def revoke_token(ctx: ServiceContext, name_or_id: str) -> TokenAnswer:
    """Revoke the usable token of that name (or that id). A revoked token stays listed."""
    ctx.require(Action.MANAGE_USERS)
    with ctx.write() as conn:
        found = token_store.live_by_name(conn, name_or_id.strip()) or token_store.by_id(
            conn, name_or_id.strip()
        )
        if found is None:
            raise NotFound(t("找不到令牌“{name}”。", name=name_or_id))
        if found["revoked_at"] is not None:
            raise ValidationError(
                t(
                    "令牌“{name}”已于 {revoked_at} 吊销。",
                    name=found["name"],
                    revoked_at=found["revoked_at"],
                )
            )
        token_store.revoke(conn, found["id"], ctx.now_iso(), ctx.actor.login)
        ctx.audit(conn, "token.revoke", "cli_token", found["id"], None,
                  {"name": found["name"], "acts_as": found["login"]})  # fmt: skip
        done = token_store.by_id(conn, found["id"])
    assert done is not None
    return _described(done, ctx.clock.now())


def actor_for_token(ctx: ServiceContext, token: str) -> Actor:
    """The account a token acts as; refused (one message for every reason) when the token is
    unknown, revoked or expired, or its account is disabled."""
    token = token.strip()
    if not token.startswith(PREFIX) or len(token) > 200:
        raise PermissionDenied(refused())
    found = token_store.by_hash(ctx.store.conn, digest(token))
    if found is None or found["revoked_at"] is not None or not found["active"]:
        raise PermissionDenied(refused())
    if datetime.fromisoformat(found["expires_at"]) <= ctx.clock.now():
        raise PermissionDenied(refused())
    return users.actor_of(found, id_key="user_id")


def _described(row: dict[str, Any], now: datetime) -> TokenAnswer:
    if row["revoked_at"] is not None:
        state = TokenState.REVOKED
    elif datetime.fromisoformat(row["expires_at"]) <= now:
        state = TokenState.EXPIRED
    elif not row["active"]:
        state = TokenState.ACCOUNT_DISABLED
    else:
        state = TokenState.USABLE
    return {
        "id": row["id"],
        "name": row["name"],
        "acts_as": row["login"],
        "acts_as_name": row["display_name"],
        "role": row["role"],
        "created_at": row["created_at"],
        "created_by": row["created_by"],
        "expires_at": row["expires_at"],
        "revoked_at": row["revoked_at"],
        "revoked_by": row["revoked_by"],
        "state": state,
    }


# keyed by TokenState (typed str: the command line looks a listed token's state up)
STATE_LABELS: dict[str, str] = {
    TokenState.USABLE: "可用",
    TokenState.EXPIRED: "已过期",
    TokenState.REVOKED: "已吊销",
    TokenState.ACCOUNT_DISABLED: "账户已停用",
}
