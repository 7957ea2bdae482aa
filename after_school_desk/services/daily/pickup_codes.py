"""Pickup codes and cards (接送卡).

A card's QR code holds the pupil's pickup code, never the 学籍号 (which carries the birth date):
"KH" and 16 letters and digits, an HMAC-SHA256 of the pupil's id under a secret of this school
kept in the ``meta`` table (``pickup_code_secret``, made when the first cards are printed).
The code is stable (a reprinted card still scans), says nothing about the pupil, and cannot be
made up without the secret. The handover screen finds the pupil by it (``pupil_id_for_code``).
Cards are printed only for pupils enrolled in the service (now or from a later date).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import sqlite3
from io import BytesIO
from pathlib import Path

from after_school_desk.domain.roles import Action, Role
from after_school_desk.errors import ValidationError
from after_school_desk.i18n import t
from after_school_desk.reports.pickup_cards import Card, write_pickup_cards
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.base.daily_common import check_class
from after_school_desk.store import people_store, school_store

SECRET_KEY = "pickup_code_secret"
PREFIX = "KH"


def code_for(secret: str, pupil_id: str) -> str:
    """The pickup code of ``pupil_id`` under ``secret``: "KH" + 16 base32 characters (80 bits),
    all in the QR code's alphanumeric set."""
    digest = hmac.new(secret.encode(), pupil_id.encode(), hashlib.sha256).digest()
    return PREFIX + base64.b32encode(digest[:10]).decode()


def _secret(conn: sqlite3.Connection) -> str | None:
    return school_store.get_meta(conn, SECRET_KEY)


def ensure_secret(ctx: ServiceContext) -> str:
    """The school's pickup-code secret, made (and audited, without its value) on first use."""
    found = _secret(ctx.store.conn)
    if found:
        return found
    with ctx.write() as conn:
        found = _secret(conn)
        if found:
            return found
        made = secrets.token_hex(32)
        school_store.set_meta(conn, SECRET_KEY, made)
        ctx.audit(conn, "pickup_code.secret", "setting", SECRET_KEY, None, {"made": True})
    return made


def pickup_code(ctx: ServiceContext, pupil_id: str) -> str:
    return code_for(ensure_secret(ctx), pupil_id)


def pupil_id_for_code(ctx: ServiceContext, text: str, class_id: str | None = None) -> str | None:
    """The pupil (optionally of one class) whose pickup code ``text`` is, else None. Letter case
    and spaces do not matter (a scanner may type them with Caps Lock on)."""
    key = "".join(text.split()).upper()
    conn = ctx.store.conn
    secret = _secret(conn)
    if not secret or not key.startswith(PREFIX) or len(key) != len(PREFIX) + 16:
        return None
    for p in people_store.pupils(conn, class_id):
        if hmac.compare_digest(code_for(secret, str(p["id"])), key):
            return str(p["id"])
    return None


def pickup_cards(ctx: ServiceContext, class_name: str | None) -> list[Card]:
    """One card per pupil of the class (or the school) who is in the service today or from a
    later date; a teacher prints only their own class."""
    ctx.require(Action.ATTENDANCE)
    from after_school_desk.services.base.classes import find_class

    conn = ctx.store.conn
    today = ctx.clock.now().date().isoformat()
    class_id = None
    if class_name:
        class_id = find_class(ctx, class_name)["id"]
        check_class(ctx, conn, class_id, today)
    elif ctx.actor.role is Role.TEACHER:
        raise ValidationError(t("请选择自己的班级打印接送卡。"))
    pupils = people_store.pupils_in_service(conn, today, class_id)
    if not pupils:
        if class_name:
            raise ValidationError(
                t("{name}没有参加课后服务的学生，没有接送卡可打印。", name=class_name)
            )
        raise ValidationError(t("全校没有参加课后服务的学生，没有接送卡可打印。"))
    secret = ensure_secret(ctx)
    school = str((school_store.school(conn) or {}).get("name", ""))
    return [Card(school, p["name"], p["class_name"], code_for(secret, str(p["id"])))
            for p in pupils]  # fmt: skip


def pickup_cards_pdf(ctx: ServiceContext, class_name: str | None, out: Path | BytesIO) -> int:
    """Pickup cards as a PDF, ten to an A4 page; returns the number of cards."""
    cards = pickup_cards(ctx, class_name)
    write_pickup_cards(cards, out)
    return len(cards)
