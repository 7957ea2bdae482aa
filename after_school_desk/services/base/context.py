"""What every service call needs: the open store, the clock, who acts and on which PC."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from after_school_desk.domain.roles import ROLE_LABELS, Action, Role, allowed
from after_school_desk.errors import PermissionDenied
from after_school_desk.i18n import t
from after_school_desk.services.base.clock import Clock, SystemClock, iso
from after_school_desk.store import audit
from after_school_desk.store.connection import Store


@dataclass(frozen=True)
class Actor:
    login: str
    role: Role
    display_name: str
    user_id: str | None = None
    staff_id: str | None = None
    # None: whatever the role allows. A set: at most these actions (a command line that
    # nobody logged in to gets none, or only what its first-run step needs).
    rights: frozenset[Action] | None = None

    @property
    def audit_name(self) -> str:
        return self.login

    def may(self, action: Action) -> bool:
        return allowed(self.role, action) and (self.rights is None or action in self.rights)


def cli_actor(os_user: str, rights: frozenset[Action] | None = None) -> Actor:
    """The PC's own account holder at the terminal, with no log-in: every right of the role
    ``system`` only where the command line truly needs it (a new school in an empty file),
    else limited to ``rights``."""
    return Actor(
        login=f"cli:{os_user}",
        role=Role.SYSTEM,
        display_name=f"命令行 {os_user}",
        rights=rights,
    )


def nobody_actor(os_user: str) -> Actor:
    """A command line nobody logged in to: may read the file's integrity, do nothing else.
    Its role is the narrowest (a teacher of no class) so no view widens for it either."""
    return Actor(
        login=f"cli:{os_user}",
        role=Role.TEACHER,
        display_name=f"命令行 {os_user}（未登录）",
        rights=frozenset(),
    )


@dataclass
class ServiceContext:
    store: Store
    actor: Actor
    device_id: str
    clock: Clock = field(default_factory=SystemClock)

    def require(self, action: Action) -> None:
        if self.actor.rights is not None and action not in self.actor.rights:
            raise PermissionDenied(
                t(
                    "{who} 无权执行此操作：{action}（需要登录）",
                    who=self.actor.display_name,
                    action=action,
                )
            )
        if not allowed(self.actor.role, action):
            raise PermissionDenied(
                t(
                    "{role}（{who}）无权执行此操作：{action}",
                    role=ROLE_LABELS[self.actor.role],
                    who=self.actor.display_name,
                    action=action,
                )
            )

    def now_iso(self) -> str:
        return iso(self.clock.now())

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        with self.store.write() as conn:
            yield conn

    def audit(
        self,
        conn: sqlite3.Connection,
        action: str,
        entity: str,
        entity_id: str | None,
        before: Mapping[str, Any] | None = None,
        after: Mapping[str, Any] | None = None,
    ) -> None:
        audit.record(
            conn,
            audit.AuditEntry(
                at=self.now_iso(),
                actor=self.actor.audit_name,
                device_id=self.device_id,
                action=action,
                entity=entity,
                entity_id=entity_id,
                before=before,
                after=after,
            ),
        )
