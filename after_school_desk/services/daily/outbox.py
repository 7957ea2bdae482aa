"""Messages to guardians. The school has no SMS gateway: messages wait in an outbox that is
exported as a CSV file for the school's own messaging platform."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from after_school_desk.domain.alerts import ALERT_LABELS, AlertKind
from after_school_desk.domain.attendance import derived_id
from after_school_desk.domain.roles import Action
from after_school_desk.errors import InputFileError
from after_school_desk.i18n import t
from after_school_desk.reports.safe_cells import safe_row
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.base.pupil_visibility import visibility
from after_school_desk.services.daily.alerts import alerts
from after_school_desk.services.daily.answers import OutboxMessage, outbox_message
from after_school_desk.store import daily_store

CSV_HEADER = ["日期", "类型", "班级", "学生", "收信人", "电话", "内容"]


def queue_alert_messages(ctx: ServiceContext, day: str | date | None = None) -> int:
    """Queue one message per guardian phone for every open alert (once per alert and phone)."""
    ctx.require(Action.ATTENDANCE)
    found = alerts(ctx, day, open_only=True)
    queued = 0
    with ctx.write() as conn:
        for a in found:
            for g in a["guardians"]:
                if not g["phone"]:
                    continue
                body = a["message"].replace(a["guardians"][0]["name"], g["name"], 1)
                row = {"id": derived_id(a["id"], g["phone"]), "alert_id": a["id"],
                       "pupil_id": a["pupil_id"], "day": a["date"], "alert_kind": a["kind"],
                       "recipient": g["name"], "phone": g["phone"], "body": body,
                       "created_at": ctx.now_iso(), "exported_at": None,
                       "actor": ctx.actor.login, "device_id": ctx.device_id}  # fmt: skip
                queued += int(daily_store.queue_message(conn, row))
    return queued


def list_outbox(
    ctx: ServiceContext, day: str | date | None = None, pending_only: bool = False
) -> list[OutboxMessage]:
    """The queued messages; a teacher gets their own classes' only (the guardians' phones are
    private to the pupil's class, after_school_desk.services.base.pupil_visibility)."""
    ctx.require(Action.ATTENDANCE)
    d = day.isoformat() if isinstance(day, date) else day
    found = daily_store.outbox(ctx.store.conn, d, pending_only)
    seen = visibility(ctx, d)
    return [outbox_message(m) for m in found if seen.shows_private(m["class_id"])]


def export_csv(
    ctx: ServiceContext, path: str | Path, day: str | date | None = None, pending_only: bool = True
) -> int:
    """Write the messages to a UTF-8 (with BOM, for Excel) CSV file and mark them exported."""
    messages = list_outbox(ctx, day, pending_only)
    target = Path(path)
    try:
        with open(target, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(CSV_HEADER)
            for m in messages:  # names and text typed by people: never a live formula
                writer.writerow(safe_row([m["day"], ALERT_LABELS[AlertKind(m["alert_kind"])], m["class_name"],
                                          m["pupil_name"], m["recipient"],
                                          m["phone"], m["body"]]))  # fmt: skip
    except OSError as exc:
        raise InputFileError(
            t("无法写入文件 {path}：{why}", path=target, why=exc.strerror)
        ) from exc
    with ctx.write() as conn:
        daily_store.mark_exported(conn, [m["id"] for m in messages], ctx.now_iso())
    return len(messages)
