"""Who sees a pupil's private details — the guardians' phone numbers and the 重点关注 flags
(留守, 困境, 残疾, 随迁, 家庭经济困难, 建档立卡). The one rule; docs/privacy.md says why.

- Principal, administrator, duty leader and the command line: every pupil. A duty leader
  watches the whole school at dismissal and follows up late pickups, so needs any pupil's
  guardians whichever leader is on the roster that day.
- Teacher: the pupils of their own classes — the classes they are head teacher of and the
  classes they supervise that day (专任管理老师). Another class's pupil keeps name, class and
  学籍号, but the phones are masked (138****5678) and the flags left out (``private_hidden``).

The services apply it (``shows_private`` per pupil: ``phone_as_seen`` for each adult's phone,
no flags, ``private_hidden``; or to keep a list to the actor's classes); the screens only show
what they are given.
"""

from __future__ import annotations

from dataclasses import dataclass

from after_school_desk.domain.roles import Role
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.store import duty_store, people_store

FULL_VIEW_ROLES = frozenset({Role.PRINCIPAL, Role.ADMIN, Role.DUTY_LEADER, Role.SYSTEM})


@dataclass(frozen=True)
class Visibility:
    """``own_classes`` None: the actor sees every pupil's private details."""

    own_classes: frozenset[str] | None

    def shows_private(self, class_id: str | None) -> bool:
        return self.own_classes is None or (class_id is not None and class_id in self.own_classes)


def visibility(ctx: ServiceContext, day: str | None = None) -> Visibility:
    """What the acting person may see on ``day`` (default today, for supervision duty)."""
    if ctx.actor.role in FULL_VIEW_ROLES:
        return Visibility(None)
    staff_id = ctx.actor.staff_id
    if not staff_id:  # a teacher's log-in not linked to a staff member has no class
        return Visibility(frozenset())
    conn = ctx.store.conn
    on = day or ctx.clock.now().date().isoformat()
    own = set(people_store.classes_of_teacher(conn, staff_id))
    own |= duty_store.supervised_classes(conn, staff_id, on)
    return Visibility(frozenset(own))


def mask_phone(phone: str | None) -> str | None:
    """'13812345678' → '138****5678'; enough to recognise a number, not to dial it."""
    if not phone:
        return phone
    return f"{phone[:3]}****{phone[-4:]}" if len(phone) >= 8 else "****"


def phone_as_seen(phone: str | None, shown: bool) -> str | None:
    """An adult's phone as the actor may see it: whole where ``shows_private``, else masked."""
    return phone if shown else mask_phone(phone)
