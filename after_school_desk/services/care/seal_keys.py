"""Carrying the school's seal keys between PCs (a restored or new PC needs them to verify)."""

from __future__ import annotations

from pathlib import Path

from after_school_desk.domain.roles import Action
from after_school_desk.errors import StorageError, ValidationError
from after_school_desk.i18n import t
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.store import seal_key, seals


def keys_of_file(ctx: ServiceContext) -> list[seal_key.SealKey]:
    """Every key this PC holds that sealed a record of the open file (the current one first)."""
    held = seal_key.all_keys()
    used = seals.key_tags(ctx.store.conn)
    current = ctx.store.ring.current() if ctx.store.ring else None
    found = [current] if current else []
    found += [k for tag, k in sorted(held.items()) if tag in used and tag != current_tag(found)]
    return found


def current_tag(found: list[seal_key.SealKey]) -> bytes | None:
    return found[0].tag if found else None


def export_key(ctx: ServiceContext, target: Path) -> Path:
    """Write the keys to a file (a USB stick) for another PC of the school, or for safekeeping."""
    ctx.require(Action.SETUP_SCHOOL)
    keys = keys_of_file(ctx)
    if not keys:
        raise StorageError(t("这台电脑上没有本校的防篡改密钥。"))
    path = seal_key.write_key_file(keys, target)
    with ctx.write() as conn:
        ctx.audit(conn, "seal_key.export", "seal_key", None, None,
                  {"keys": [k.tag_hex for k in keys], "file": path.name})  # fmt: skip
    return path


def import_key(ctx: ServiceContext, source: Path) -> list[str]:
    """Keep the keys of a key file on this PC; returns their tags."""
    ctx.require(Action.SETUP_SCHOOL)
    try:
        keys = seal_key.read_key_file(source)
    except StorageError as exc:  # a wrong file chosen: the person's mistake, nothing changed
        raise ValidationError(str(exc)) from exc
    for key in keys:
        seal_key.save(key)
    tags = [k.tag_hex for k in keys]
    with ctx.write() as conn:
        ctx.audit(conn, "seal_key.import", "seal_key", None, None, {"keys": tags})
    return tags
