"""Month close (月结): the principal freezes a finished month's reports; reopening needs a reason.

Closing computes the data every report of the month prints — the ledger (台账), the direct
report (直报), the 收支公示 and the subsidy sheet — in the same transaction that stores it as one
snapshot (canonical JSON, SHA-256, who and when). From then on the reports of that month are
built from the snapshot (after_school_desk.services.month.reports), and every dated write into the month is refused
(after_school_desk.services.base.month_guard). Reopening ends the snapshot's hold but keeps it, so what was
submitted stays beside the amended figures; closing again stores version 2, 3 ….
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from after_school_desk.domain.roles import ROLE_LABELS, Action
from after_school_desk.errors import NotFound, PermissionDenied, ValidationError
from after_school_desk.i18n import t
from after_school_desk.reports.snapshot_codec import canonical, digest, load, plain
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.base.month_guard import month_label, when_label
from after_school_desk.services.month import facts, reports
from after_school_desk.services.month.answers import (
    Comparison,
    FigureChange,
    MonthState,
    MonthStateView,
    Reopening,
    SnapshotMeta,
)
from after_school_desk.services.pcs import sync
from after_school_desk.store import month_store, school_store
from after_school_desk.store.ids import new_id
from after_school_desk.store.rows import Row

SNAPSHOT_FORMAT = 1
STATE_LABELS = {
    MonthState.OPEN: "未月结", MonthState.CLOSED: "已月结", MonthState.REOPENED: "已重新打开",
}  # fmt: skip


def actor_name(ctx: ServiceContext) -> str:
    """ "校长 王校长": the role, then the name (once, when the name already says the role)."""
    role = ROLE_LABELS[ctx.actor.role]
    name = ctx.actor.display_name or ctx.actor.login
    return name if name.startswith(role) else f"{role} {name}"


def _optional(build: Any, ctx: ServiceContext, key: str) -> dict[str, Any] | None:
    try:
        return dict(build(ctx, key))
    except (PermissionDenied, NotFound, ValidationError):
        return None


def snapshot_payload(ctx: ServiceContext, month: str) -> dict[str, Any]:
    """What a snapshot holds: the data each of the month's reports is rendered from."""
    key = facts.parse_month(month).key
    ledger = reports.live_ledger(ctx, key)
    ledger.audit_head = ""  # printed as the snapshot's own hash instead
    return {
        "format": SNAPSHOT_FORMAT,
        "month": key,
        "ledger": plain(ledger),
        "direct": reports.live_direct(ctx, key),
        "finance": _optional(reports.live_finance, ctx, key),
        "subsidy": _optional(reports.live_subsidy, ctx, key),
    }


def _state(row: Row | None) -> MonthState:
    if row is None:
        return MonthState.OPEN
    return MonthState.REOPENED if row["reopened"] is not None else MonthState.CLOSED


def state_of(ctx: ServiceContext, month: str) -> MonthStateView:
    """One month: its state, the newest snapshot (version, hash, who and when closed) and, when
    reopened, who reopened it, when and why."""
    m = facts.parse_month(month)
    row = month_store.latest_snapshot(ctx.store.conn, m.key)
    state = _state(row)
    r = row["reopened"] if row else None
    return {
        "month": m.key,
        "state": state,
        "state_label": STATE_LABELS[state],
        "ended": m.last < ctx.clock.now().date(),
        "version": int(row["version"]) if row else None,
        "sha256": row["sha256"] if row else None,
        "closed_at": row["closed_at"] if row else None,
        "closed_by": row["closed_by_name"] if row else None,
        "reopened_at": r["reopened_at"] if r else None,
        "reopened_by": r["reopened_by_name"] if r else None,
        "reopen_reason": r["reason"] if r else None,
    }


def describe(state: MonthStateView) -> str:
    """The month's state in one sentence, as the screen and the command line say it."""
    label = month_label(state["month"])
    if state["state"] == MonthState.CLOSED:
        return (f"{label}已月结（第{state['version']}版，{state['closed_by']} 于 "
                f"{when_label(state['closed_at'] or '')} 结账），该月报表按月结快照生成，不能再修改。"
                f"快照校验码 {state['sha256']}")  # fmt: skip
    if state["state"] == MonthState.REOPENED:
        return (f"{label}已重新打开（{state['reopened_by']} 于 {when_label(state['reopened_at'] or '')}，"
                f"理由：{state['reopen_reason']}），可以修改；第{state['version']}版月结快照保留，"
                "改完后请再次月结。")  # fmt: skip
    if not state["ended"]:
        return f"{label}还没有结束，月底以后才能月结。"
    return f"{label}未月结：报表是草稿，记录仍可修改。"


def close_month(ctx: ServiceContext, month: str) -> MonthStateView:
    """Freeze the month's reports as a new snapshot version; returns the month's state."""
    ctx.require(Action.CLOSE_MONTH)
    m = facts.parse_month(month)
    label = month_label(m.key)
    today = ctx.clock.now().date()
    if m.last >= today:
        raise ValidationError(
            t(
                "{month}还没有结束（到 {last} 才结束），不能月结；请在 {after} 以后再月结。",
                month=label, last=m.last.isoformat(),
                after=(m.last + timedelta(days=1)).isoformat(),
            )
        )  # fmt: skip
    if not any(d.service for d in facts.month_days(ctx, m)):
        raise ValidationError(
            t("{month}没有课后服务日（不在学期内或全月放假），不需要月结。", month=label)
        )
    silent = sync.undelivered(ctx, m.last.isoformat())
    if silent:
        raise ValidationError(
            t(
                "{pcs} 还没有送来 {last} 以后写的同步记录，{month}的记录可能还不全，不能月结。"
                "请让这些电脑同步一次（或用 U 盘同步包）；不再使用的电脑可以在“同步”页标为停用。",
                pcs="、".join(silent), last=m.last.isoformat(), month=label,
            )
        )  # fmt: skip
    with ctx.write() as conn:
        latest = month_store.latest_snapshot(conn, m.key)
        if latest is not None and latest["reopened"] is None:
            raise ValidationError(
                t(
                    "{month}已经月结（{who} 于 {when} 结账），不需要再次月结。",
                    month=label, who=latest["closed_by_name"],
                    when=when_label(latest["closed_at"]),
                )
            )  # fmt: skip
        data = canonical(snapshot_payload(ctx, m.key))
        meta = {
            "id": new_id(),
            "month": m.key,
            "version": month_store.next_version(conn, m.key),
            "closed_at": ctx.now_iso(),
            "closed_by": ctx.actor.login,
            "closed_by_name": actor_name(ctx),
            "device_id": ctx.device_id,
            "sha256": digest(data),
        }
        month_store.insert_snapshot(conn, meta, data)
        ctx.audit(conn, "month.close", "month", m.key, None,
                  {k: meta[k] for k in ("month", "version", "sha256", "closed_by_name")})  # fmt: skip
    return state_of(ctx, m.key)


def reopen_month(ctx: ServiceContext, month: str, reason: str) -> MonthStateView:
    """Reopen a closed month (the snapshot is kept); returns the month's state."""
    ctx.require(Action.CLOSE_MONTH)
    m = facts.parse_month(month)
    label = month_label(m.key)
    if not reason.strip():
        message = t("重新打开已月结的月份必须写明理由（例如 更正某生的考勤、补录退费）。")
        raise ValidationError(message, fields={"reason": message})
    with ctx.write() as conn:
        latest = month_store.latest_snapshot(conn, m.key)
        if latest is None:
            raise ValidationError(t("{month}还没有月结，不需要重新打开。", month=label))
        if latest["reopened"] is not None:
            r = latest["reopened"]
            raise ValidationError(
                t(
                    "{month}已由 {who} 于 {when} 重新打开，目前就可以修改。",
                    month=label, who=r["reopened_by_name"], when=when_label(r["reopened_at"]),
                )
            )  # fmt: skip
        row = {
            "id": new_id(),
            "month": m.key,
            "version": int(latest["version"]),
            "reopened_at": ctx.now_iso(),
            "reopened_by": ctx.actor.login,
            "reopened_by_name": actor_name(ctx),
            "device_id": ctx.device_id,
            "reason": reason.strip(),
        }
        month_store.insert_reopening(conn, row)
        ctx.audit(conn, "month.reopen", "month", m.key,
                  {"version": latest["version"], "sha256": latest["sha256"]},
                  {k: row[k] for k in ("month", "version", "reason", "reopened_by_name")})  # fmt: skip
    return state_of(ctx, m.key)


def _months_between(first: str, last: str) -> list[str]:
    out = []
    y, mo = int(first[:4]), int(first[5:7])
    while f"{y:04d}-{mo:02d}" <= last:
        out.append(f"{y:04d}-{mo:02d}")
        y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    return out


def month_status(ctx: ServiceContext) -> list[MonthStateView]:
    """Every month of the school's terms up to this month, and every month ever closed."""
    ctx.require(Action.VIEW_AUDIT)
    conn = ctx.store.conn
    terms = school_store.terms(conn)
    months = {s["month"] for s in month_store.snapshots(conn)}
    if terms:
        this_month = ctx.clock.now().date().isoformat()[:7]
        last = min(this_month, max(str(t["end_date"]) for t in terms)[:7])
        months.update(_months_between(str(terms[0]["start_date"])[:7], last))
    return [state_of(ctx, m) for m in sorted(months)]


def _reopening(r: Row | None) -> Reopening | None:
    if r is None:
        return None
    return {
        "id": str(r["id"]), "month": str(r["month"]), "version": int(r["version"]),
        "reopened_at": str(r["reopened_at"]), "reopened_by": str(r["reopened_by"]),
        "reopened_by_name": str(r["reopened_by_name"]), "device_id": str(r["device_id"]),
        "reason": str(r["reason"]),
    }  # fmt: skip


def snapshots(ctx: ServiceContext, month: str) -> list[SnapshotMeta]:
    """Every snapshot of the month (metadata), oldest first, each with its reopening."""
    ctx.require(Action.VIEW_AUDIT)
    conn = ctx.store.conn
    key = facts.parse_month(month).key
    return [
        {
            "id": str(s["id"]),
            "month": str(s["month"]),
            "version": int(s["version"]),
            "closed_at": str(s["closed_at"]),
            "closed_by": str(s["closed_by"]),
            "closed_by_name": str(s["closed_by_name"]),
            "device_id": str(s["device_id"]),
            "sha256": str(s["sha256"]),
            "reopened": _reopening(month_store.reopening(conn, key, int(s["version"]))),
        }
        for s in month_store.snapshots(conn, key)
    ]


def snapshot_data(ctx: ServiceContext, month: str, version: int) -> dict[str, Any]:
    """A snapshot's data as stored (what the reports printed while it held)."""
    ctx.require(Action.VIEW_AUDIT)
    key = facts.parse_month(month).key
    try:
        return dict(load(month_store.payload(ctx.store.conn, key, version)))
    except KeyError:
        raise NotFound(
            t("{month}没有第{version}版月结快照。", month=month_label(key), version=version)
        ) from None


def compare(ctx: ServiceContext, month: str) -> Comparison:
    """The submitted figures beside the amended ones: a reopened month's snapshot against its
    records now; a month closed again, its previous version against the newest. Lists the
    direct-report indicators and finance totals that differ."""
    ctx.require(Action.VIEW_AUDIT)
    state = state_of(ctx, month)
    key, version = state["month"], state["version"]
    if version is None or (state["state"] == MonthState.CLOSED and version < 2):
        return {"month": key, "before": None, "after": None, "changes": []}
    if state["state"] == MonthState.REOPENED:
        before = snapshot_data(ctx, key, version)
        after: dict[str, Any] = {
            "direct": plain(reports.live_direct(ctx, key)),
            "finance": plain(_optional(reports.live_finance, ctx, key)),
        }
        labels = (f"第{version}版", "现在的记录")
    else:
        before = snapshot_data(ctx, key, version - 1)
        after = snapshot_data(ctx, key, version)
        labels = (f"第{version - 1}版", f"第{version}版")
    changes: list[FigureChange] = []
    for part in ("direct", "finance"):
        old, new = before.get(part) or {}, after.get(part) or {}
        for k in sorted(set(old) | set(new)):
            if k.endswith("waivers") or k in ("expenses", "other_income"):
                continue  # lists: their totals are compared
            if old.get(k) != new.get(k):
                changes.append({"report": part, "key": k, "label": _figure_label(part, k),
                                "before": old.get(k), "after": new.get(k),
                                "before_text": _figure_text(k, old.get(k)),
                                "after_text": _figure_text(k, new.get(k))})  # fmt: skip
    return {"month": key, "before": labels[0], "after": labels[1], "changes": changes}


FINANCE_LABELS = {
    "charged_fen": "收支公示：应收", "waived_fen": "收支公示：减免", "paid_fen": "收支公示：实收",
    "refunded_fen": "收支公示：退费", "income_fen": "收支公示：收入合计",
    "expenses_fen": "收支公示：支出合计", "balance_fen": "收支公示：结余",
}  # fmt: skip


def _figure_label(part: str, key: str) -> str:
    """What a compared figure is called on the forms (the direct report's own indicator name)."""
    if part == "direct":
        from after_school_desk.reports.direct_report import INDICATORS

        return f"直报：{INDICATORS[key][0]}" if key in INDICATORS else f"直报：{key}"
    return FINANCE_LABELS.get(key, f"收支公示：{key}")


def _figure_text(key: str, value: Any) -> str:
    """A compared value as a person reads it: yuan for money, 是/否, lists joined."""
    if value is None:
        return "—"
    if key.endswith("_fen") and isinstance(value, int):
        return f"{value / 100:,.2f} 元"
    from after_school_desk.reports.direct_report import display

    return str(display(value))
