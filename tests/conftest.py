"""Shared fixtures: a fresh database, a fixed clock and a ready-made school."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from after_school_desk.domain.roles import Role
from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import Actor, ServiceContext
from after_school_desk.services.school.setup import SchoolSetup, create_school
from after_school_desk.store.connection import open_store
from after_school_desk.ui.qt_references import keep_singletons_alive
from tests.cli_login import cli_token

# as the program does before Qt starts (its binding may lose references to None, True, False)
keep_singletons_alive()

TEST_DEVICE = "00000000-0000-4000-8000-000000000001"


@pytest.fixture(autouse=True)
def _isolated_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep device id, data folder and settings of tests away from the real user folders."""
    base = tmp_path_factory.mktemp("userdirs")
    monkeypatch.setenv("APP_CONFIG_DIR", str(base / "config"))
    monkeypatch.setenv("APP_DATA_DIR", str(base / "data"))
    monkeypatch.delenv("APP_DB", raising=False)
    monkeypatch.delenv("APP_NOW", raising=False)
    for name in ("APP_USER", "APP_PIN", "APP_TOKEN"):  # nobody is logged in unless a test says
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime.fromisoformat("2026-11-02T15:30:00+08:00"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "school.sqlite"


@pytest.fixture
def ctx(db_path: Path, clock: FixedClock) -> Iterator[ServiceContext]:
    store = open_store(db_path, create=True)
    actor = Actor(login="test:system", role=Role.SYSTEM, display_name="测试")
    context = ServiceContext(store=store, actor=actor, device_id=TEST_DEVICE, clock=clock)
    yield context
    store.close()


@pytest.fixture
def school_ctx(ctx: ServiceContext) -> ServiceContext:
    """A primary school with two classes per grade and the autumn 2026 term."""
    create_school(
        ctx,
        SchoolSetup(
            name="立岗镇中心小学",
            county="贺兰县",
            term_start="2026-09-01",
            term_end="2027-01-20",
            classes_per_grade=2,
        ),
    )
    return ctx


def as_role(ctx: ServiceContext, role: Role, staff_id: str | None = None) -> ServiceContext:
    actor = Actor(login=f"test:{role}", role=role, display_name=str(role), staff_id=staff_id)
    return ServiceContext(store=ctx.store, actor=actor, device_id=ctx.device_id, clock=ctx.clock)


@pytest.fixture
def cli_login(monkeypatch: pytest.MonkeyPatch) -> Callable[..., str]:
    """``cli_login(db_or_ctx, role=Role.PRINCIPAL, login=None)``: the command line is logged in
    (``APP_TOKEN``) as an account of that role in that school for the rest of the test."""

    def log_in(
        where: Path | str | ServiceContext, role: Role = Role.PRINCIPAL, login: str | None = None
    ) -> str:
        token = cli_token(where, role, login)
        monkeypatch.setenv("APP_TOKEN", token)
        return token

    return log_in
