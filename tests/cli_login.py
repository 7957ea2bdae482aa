"""Logging the command line in, for tests that drive it (docs/cli-login.md).

``cli_token(db)`` gives the school in ``db`` an account of the wanted role when it has none
(a principal makes the token, as ``token create`` needs) and returns a token acting as it; the
``cli_login`` fixture of tests/conftest.py puts it in ``APP_TOKEN`` for the rest of the test.
Subprocesses get it through their environment.
"""

from __future__ import annotations

import contextlib
import dataclasses
import uuid
from collections.abc import Iterator
from pathlib import Path

from after_school_desk.domain.roles import Role
from after_school_desk.services.base.clock import clock_from_env
from after_school_desk.services.base.context import Actor, ServiceContext
from after_school_desk.services.school import tokens, users
from after_school_desk.store.connection import open_store

TEST_DEVICE = "00000000-0000-4000-8000-000000000001"
TEST_PIN = "24681357"  # long enough for every role
SETUP = Actor(login="test:setup", role=Role.SYSTEM, display_name="测试准备")


@contextlib.contextmanager
def _context(where: Path | str | ServiceContext) -> Iterator[ServiceContext]:
    if isinstance(where, ServiceContext):
        yield dataclasses.replace(where, actor=SETUP)
        return
    store = open_store(Path(where))
    try:
        yield ServiceContext(
            store=store, actor=SETUP, device_id=TEST_DEVICE, clock=clock_from_env()
        )
    finally:
        store.close()


def account(ctx: ServiceContext, role: Role, login: str | None = None) -> Actor:
    """An active account of ``role`` (``login`` if given), made with ``TEST_PIN`` if missing."""
    wanted = login or f"cli-{role.value}"
    found = [
        u for u in users.list_users(ctx)
        if u["active"] and u["role"] == role.value and (login is None or u["login"] == login)
    ]  # fmt: skip
    user = (
        found[0]
        if found
        else users.create_user(ctx, wanted, f"测试{role.value}", role.value, TEST_PIN)
    )
    return users.actor_of(user)


def cli_token(
    where: Path | str | ServiceContext, role: Role = Role.PRINCIPAL, login: str | None = None
) -> str:
    """A token for the command line acting as an account of ``role`` in that school."""
    with _context(where) as ctx:
        principal = account(ctx, Role.PRINCIPAL)
        target = (
            principal if role is Role.PRINCIPAL and login is None else account(ctx, role, login)
        )
        token, _row = tokens.create_token(
            dataclasses.replace(ctx, actor=principal),
            f"test-{uuid.uuid4().hex[:12]}",
            as_login=target.login,
            days=tokens.MAX_DAYS,
        )
    return token
