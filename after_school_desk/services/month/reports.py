"""Monthly reports: gathers a month's records (a few bulk queries) and hands plain data to the
pure builders in after_school_desk.reports. Read-only: nothing here writes to the database."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from io import BytesIO
from pathlib import Path
from typing import Any

from after_school_desk.domain.calendar import WEEKDAY_LABELS
from after_school_desk.domain.roles import Action
from after_school_desk.errors import InputFileError, NotFound, PermissionDenied, ValidationError
from after_school_desk.i18n import t
from after_school_desk.reports import direct_report as direct_report_io
from after_school_desk.reports import money_sheets
from after_school_desk.reports.direct_report import DirectInput, indicators
from after_school_desk.reports.duty_roster_pdf import write_roster_pdf
from after_school_desk.reports.handover_sheet import (
    HandoverSheet,
    SheetPupil,
    write_handover_sheet,
    write_handover_sheets,
)
from after_school_desk.reports.ledger_data import Ledger, build_ledger, compliance_section
from after_school_desk.reports.ledger_pdf import has_first_part, write_ledger_pdf
from after_school_desk.reports.month_tally import tally_month
from after_school_desk.reports.reproducible import pin_xlsx_time
from after_school_desk.reports.snapshot_codec import from_plain, load
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.base.daily_common import check_class, class_stage, day_of
from after_school_desk.services.base.school_days import school_calendar
from after_school_desk.services.money.answers import FinanceMonth, MonthSubsidy
from after_school_desk.services.money.billing import standards_in_force
from after_school_desk.services.month.compliance import check_month
from after_school_desk.services.month.facts import (
    Progress,
    collector_paused,
    month_facts,
    month_input,
    parse_month,
    school_of,
    staged,
)
from after_school_desk.store import (
    audit,
    daily_store,
    month_store,
    people_store,
    report_store,
    school_store,
)

# --- closed months (月结): reports from the month's snapshot ----------------------------


@dataclass(frozen=True)
class Seal:
    """Which snapshot a closed month's reports come from."""

    month: str
    version: int
    sha256: str
    closed_at: str  # ISO instant
    closed_by_name: str

    def text(self) -> str:
        return (f"月结快照 SHA-256 {self.sha256}（{self.month[:4]}年{int(self.month[5:7])}月"
                f"第{self.version}版，{self.closed_by_name} 于 {self.closed_at[:16].replace('T', ' ')}"
                " 结账；该月的报表均按此快照生成）")  # fmt: skip


class SealedData(dict[str, Any]):
    """A closed month's report data as frozen at its close; ``seal`` names the snapshot."""

    seal: Seal | None = None


def month_seal(ctx: ServiceContext, month: str) -> Seal | None:
    """The closed month's seal (no payload read), or None while it is open or reopened."""
    key = parse_month(month).key
    row = month_store.latest_snapshot(ctx.store.conn, key)
    if row is None or row["reopened"] is not None:
        return None
    return Seal(key, int(row["version"]), str(row["sha256"]), str(row["closed_at"]),
                str(row["closed_by_name"]))  # fmt: skip


def sealed(ctx: ServiceContext, month: str) -> tuple[Seal, dict[str, Any]] | None:
    """The closed month's seal and snapshot data (``ledger``, ``direct``, ``finance``,
    ``subsidy``), or None while the month is open or reopened."""
    seal = month_seal(ctx, month)
    if seal is None:
        return None
    return seal, load(month_store.payload(ctx.store.conn, seal.month, seal.version))


def draft_text(ctx: ServiceContext, month: str) -> str:
    """What the ledger of a month that is not closed prints where a closed one prints its
    snapshot hash: that it is a draft, and the audit-chain head it was made at."""
    conn = ctx.store.conn
    row = month_store.latest_snapshot(conn, parse_month(month).key)
    head = audit.head(conn)
    if row is not None and row["reopened"] is not None:
        r = row["reopened"]
        return (f"未月结（草稿）：第{row['version']}版月结已由 {r['reopened_by_name']} 于 "
                f"{str(r['reopened_at'])[:16].replace('T', ' ')} 重新打开（理由：{r['reason']}），"
                f"以下数字可能与已上报的不同。审计链末端 {head}")  # fmt: skip
    return f"未月结（草稿）：本月尚未月结，数字仍可能变化。审计链末端 {head}"


def _sealed_part(ctx: ServiceContext, month: str, part: str) -> SealedData | None:
    found = sealed(ctx, month)
    if found is None:
        return None
    seal, data = found
    value = data.get(part)
    if value is None:
        raise ValidationError(
            t("{month} 月结时没有这份报表的数据，请校长重新打开该月后再月结。", month=seal.month)
        )
    result = SealedData(value)
    result.seal = seal
    return result


def ledger(ctx: ServiceContext, month: str, progress: Progress | None = None) -> Ledger:
    """The month's ledger as data (what the PDF prints): a closed month's from its snapshot,
    with the snapshot's hash as its 数据校验码; an open month's from the records, marked draft."""
    ctx.require(Action.VIEW_AUDIT)
    found = sealed(ctx, month)
    if found is not None:
        seal, data = found
        frozen = from_plain(Ledger, data["ledger"])
        frozen.audit_head = seal.text()
        if progress:
            progress(30, 100)
        return frozen
    data_ = live_ledger(ctx, month, progress)
    data_.audit_head = draft_text(ctx, month)
    return data_


def live_ledger(ctx: ServiceContext, month: str, progress: Progress | None = None) -> Ledger:
    """The month's ledger computed from the records, with the month's compliance check."""
    facts = month_facts(ctx, month, staged(progress, 0, 20))
    checked = compliance_section(check_month(ctx, facts.input.month, facts))
    if progress:
        progress(25, 100)
    return build_ledger(facts, staged(progress, 25, 30), compliance=checked)


def ledger_pdf(
    ctx: ServiceContext,
    month: str,
    out: Path | BytesIO,
    progress: Progress | None = None,
    first_pages: Callable[[Path], None] | None = None,
) -> Ledger:
    """Write the monthly ledger PDF; ``progress(done, 100)`` may raise to cancel.

    ``first_pages``: for a preview, a ledger of several classes first writes its first pages
    beside ``out`` (``first_part_path``) and hands that file over, then writes the whole."""
    with collector_paused():
        data = ledger(ctx, month, progress)
        if first_pages is not None and isinstance(out, Path) and has_first_part(data):
            part = first_part_path(out)
            write_ledger_pdf(data, part, first_part=True)
            first_pages(part)
        write_ledger_pdf(data, out, staged(progress, 30, 100))
    if progress:
        progress(100, 100)
    return data


def first_part_path(out: Path) -> Path:
    """Where ``ledger_pdf`` writes the first pages of the ledger it writes to ``out``."""
    return out.with_name(f"{out.stem}.first{out.suffix}")


# --- the direct report ----------------------------------------------------------------

DIRECT_SETTINGS = ("work_end_time", "homework_policy", "homework_notice", "outside_providers")


def _money(ctx: ServiceContext, month: str) -> tuple[FinanceMonth | None, MonthSubsidy | None]:
    """The money module's month figures when it is installed and the actor may see them."""
    try:
        from after_school_desk.services.money import finance_reports
    except ImportError:
        return None, None
    try:
        return finance_reports.finance_month(ctx, month), finance_reports.subsidy_month(ctx, month)
    except (PermissionDenied, NotFound, ValidationError):
        return None, None


def month_closed_state(ctx: ServiceContext, month: str) -> tuple[bool, str | None]:
    """Whether ``month`` is closed (月结), and its snapshot's SHA-256: the direct report's header."""
    seal = month_seal(ctx, month)
    return (False, None) if seal is None else (True, seal.sha256)


def direct_input(ctx: ServiceContext, month: str) -> DirectInput:
    ctx.require(Action.VIEW_AUDIT)
    # direct_report pauses the collector; the tally reads only some fields of each event
    facts = tally_month(month_input(ctx, month, counted_only=True))
    conn = ctx.store.conn
    m = parse_month(month)
    finance, subsidy = _money(ctx, m.key)
    settings = {k: v for k in DIRECT_SETTINGS if (v := school_store.get_meta(conn, k)) is not None}
    # head counts, staff and fee standard as of the month's last service day held, never today
    day = facts.held[-1].date if facts.held else m.last.isoformat()
    closed, snapshot = month_closed_state(ctx, m.key)
    return DirectInput(
        facts=facts,
        pupils_total=report_store.pupil_count_on(conn, day),
        enrolment_records=report_store.enrolment_statuses(
            conn, m.first.isoformat(), m.last.isoformat()
        ),
        staff=report_store.staff_on(conn, day),
        service_weekdays=sorted(
            {int(w["weekday"]) for w in school_store.service_windows(conn, on=day)}
        ),
        settings=settings,
        finance=finance,
        subsidy=subsidy,
        fee_standards=standards_in_force(conn, str(facts.input.school.get("stage") or ""), day),
        reference_day=day,
        generated_at=ctx.now_iso(),
        is_closed=closed,
        snapshot_hash=snapshot,
    )


def direct_report(ctx: ServiceContext, month: str) -> dict[str, Any]:
    """The month's direct-report indicators (stable snake_case keys); a closed month's as
    frozen at its close (a ``SealedData`` whose ``seal`` names the snapshot)."""
    ctx.require(Action.VIEW_AUDIT)
    frozen = _sealed_part(ctx, month, "direct")
    if frozen is None:
        return live_direct(ctx, month)
    # the file's header says which snapshot it is (the snapshot itself was taken just before
    # the month counted as closed, and cannot hold its own hash)
    seal = frozen.seal
    assert seal is not None
    header = {"month_closed": True, "snapshot_hash": seal.sha256, "generated_at": seal.closed_at}
    frozen.update({k: v for k, v in header.items() if k in frozen})
    if isinstance(frozen.get("header"), dict):  # the file header (format 2) is nested
        frozen["header"] = {**frozen["header"], **header}
    return frozen


def live_direct(ctx: ServiceContext, month: str) -> dict[str, Any]:
    """The month's direct-report indicators computed from the records."""
    with collector_paused():
        return indicators(direct_input(ctx, month))


def seal_of(values: Any) -> Seal | None:
    """The snapshot a report's data came from (None: computed from the records)."""
    return getattr(values, "seal", None)


def _pin(values: Any, out: Path) -> None:
    """A closed month's workbook carries its snapshot's time, so it is the same every time."""
    seal = seal_of(values)
    if seal is not None and out.suffix.lower() == ".xlsx":
        pin_xlsx_time(out, datetime.fromisoformat(seal.closed_at))


def write_direct(values: dict[str, Any], out: Path) -> None:
    if out.suffix.lower() == ".csv":
        direct_report_io.write_csv(values, out)
    else:
        direct_report_io.write_xlsx(values, out)
        _pin(values, out)


def fill_direct_template(values: dict[str, Any], template: Path, out: Path) -> list[str]:
    """Fill a county template's ``{{key}}`` cells; returns placeholders that are not known."""
    try:
        unknown = direct_report_io.fill_template(values, template, out)
    except (OSError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise InputFileError(
            t("模板文件“{template}”无法读取（应为 .xlsx）：{error}", template=template, error=exc)
        ) from None
    _pin(values, out)
    return unknown


def write_direct_template(out: Path) -> None:
    direct_report_io.write_default_template(out)


# --- handover sheet and duty roster ---------------------------------------------------


def handover_sheet(ctx: ServiceContext, class_name: str, day: str) -> HandoverSheet:
    """The paper handover sheet of a class for a day (pupils enrolled that day)."""
    ctx.require(Action.ATTENDANCE)
    from after_school_desk.services.base.classes import find_class

    d = day_of(ctx, day)
    cls = find_class(ctx, class_name)
    conn = ctx.store.conn
    check_class(ctx, conn, cls["id"], d.isoformat())
    status = school_calendar(conn).status(d, class_stage(conn, cls["id"]))
    if not status.service:
        raise ValidationError(
            t("{day} 不是课后服务日（{reason}）。", day=d.isoformat(), reason=status.reason)
        )
    pupils = daily_store.enrolled_pupils(conn, d.isoformat(), cls["id"])
    adults = people_store.adults_for_pupils(conn, [p["pupil_id"] for p in pupils])
    permitted = daily_store.permissions_on(conn, d.isoformat())
    teacher = next((c["head_teacher"] for c in school_store.classes(conn) if c["id"] == cls["id"]),
                   "")  # fmt: skip
    w = status.window
    return HandoverSheet(
        school_name=str(school_of(ctx)["name"]),
        class_name=cls["name"],
        date=d.isoformat(),
        weekday=f"星期{WEEKDAY_LABELS[d.weekday()]}",
        window=f"{w.start}–{w.end}" if w else "",
        teacher=teacher or "",
        pupils=[
            SheetPupil(
                p["name"],
                p["national_id"],
                [
                    f"{a['relation']} {a['name']} {a['phone'] or ''}".strip()
                    for a in adults.get(p["pupil_id"], [])
                    if a["can_pickup"]
                ],
                p["pupil_id"] in permitted,
            )
            for p in pupils
        ],
    )


def handover_sheet_pdf(ctx: ServiceContext, class_name: str, day: str, out: Path | BytesIO) -> int:
    sheet = handover_sheet(ctx, class_name, day)
    write_handover_sheet(sheet, out)
    return len(sheet.pupils)


def handover_sheets_pdf(
    ctx: ServiceContext, class_names: list[str], day: str, out: Path | BytesIO
) -> int:
    """The sheets of several classes for one day in one PDF (classes without pupils that day
    are left out); returns the number of pupils."""
    sheets = [handover_sheet(ctx, name, day) for name in class_names]
    sheets = [s for s in sheets if s.pupils]
    if not sheets:
        raise ValidationError(t("{day} 没有参加课后服务的学生，没有交接单可打印。", day=day))
    write_handover_sheets(sheets, out)
    return sum(len(s.pupils) for s in sheets)


def pickup_cards_pdf(ctx: ServiceContext, class_name: str | None, out: Path | BytesIO) -> int:
    """Pickup cards for a class (or the whole school): pupils in the service only, each with
    its opaque pickup code (after_school_desk.services.daily.pickup_codes); returns the number of cards."""
    from after_school_desk.services.daily import pickup_codes

    return pickup_codes.pickup_cards_pdf(ctx, class_name, out)


def roster_pdf(ctx: ServiceContext, month: str, out: Path | BytesIO) -> int:
    from after_school_desk.services.daily import duty

    m = parse_month(month)
    days = duty.roster(ctx, m.key)
    write_roster_pdf(str(school_of(ctx)["name"]), m.key, days, out)
    return len(days)


# --- money (rendered from the money module's data) ------------------------------------


def _finance_module() -> Any:
    try:
        from after_school_desk.services.money import finance_reports
    except ImportError:
        raise ValidationError(t("收费模块尚未安装，暂时不能生成收支公示和补助表。")) from None
    return finance_reports


def finance_data(ctx: ServiceContext, month: str) -> dict[str, Any]:
    """The 收支公示 figures; a closed month's as frozen at its close."""
    ctx.require(Action.VIEW_FINANCE)
    frozen = _sealed_part(ctx, month, "finance")
    return frozen if frozen is not None else live_finance(ctx, month)


def subsidy_data(ctx: ServiceContext, month: str) -> dict[str, Any]:
    """The subsidy sheet's figures; a closed month's as frozen at its close."""
    ctx.require(Action.VIEW_FINANCE)
    frozen = _sealed_part(ctx, month, "subsidy")
    return frozen if frozen is not None else live_subsidy(ctx, month)


def live_finance(ctx: ServiceContext, month: str) -> dict[str, Any]:
    return dict(_finance_module().finance_month(ctx, parse_month(month).key))


def live_subsidy(ctx: ServiceContext, month: str) -> dict[str, Any]:
    return dict(_finance_module().subsidy_month(ctx, parse_month(month).key))


def write_finance(data: dict[str, Any], out: Path) -> None:
    if out.suffix.lower() == ".xlsx":
        money_sheets.write_finance_xlsx(data, out)
        _pin(data, out)
    else:
        money_sheets.write_finance_pdf(data, out)


def write_subsidy(data: dict[str, Any], out: Path, school: str = "") -> None:
    if out.suffix.lower() == ".xlsx":
        money_sheets.write_subsidy_xlsx(data, out, school)
        _pin(data, out)
    else:
        money_sheets.write_subsidy_pdf(data, out, school)
