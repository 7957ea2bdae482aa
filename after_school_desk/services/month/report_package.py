"""The school's monthly package (报送包): the direct report's values in an envelope the county
can check (``after_school_desk/domain/county.py``), as ``report direct --json`` prints it and
``report package`` / 保存报送包… saves it.

The envelope says what the file is (format and version, program version, the indicator set,
the policy profile and its fee caps), whose it is (学校标识码, required), which month, when
and on which PC it was made, whether the month was closed, whether every PC of the school had
delivered its records of the month, and a SHA-256 over all of it. Only the direct report's
aggregates travel: no pupil's name or id.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from after_school_desk import __version__
from after_school_desk.domain import county
from after_school_desk.domain.fee_units import FeeQuery, strictest_cap
from after_school_desk.domain.profiles import Profile
from after_school_desk.domain.roles import Action
from after_school_desk.errors import NotFound, ValidationError
from after_school_desk.i18n import t
from after_school_desk.reports import direct_report as direct_report_io
from after_school_desk.reports.snapshot_codec import canonical, digest, plain
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.month import facts, month_close, reports
from after_school_desk.services.month.answers import (
    Completeness,
    FeeCapLine,
    MonthState,
    PcDelivery,
    ProfileInfo,
)
from after_school_desk.services.pcs import sync
from after_school_desk.services.school import school_settings
from after_school_desk.services.school.profile_history import school_profile

MISSING_CODE = (
    "学校标识码还没有填写：县里要靠这 10 位数字认出报送包是哪所学校的。"
    "请在“学校设置”里填写学校标识码。"
)


class SchoolCodeMissing(ValidationError):
    """The school has no 学校标识码 yet: the package cannot say whose it is."""


def school_code(ctx: ServiceContext) -> str:
    return str(facts.school_of(ctx).get("school_code") or "")


def set_school_code(ctx: ServiceContext, code: str) -> str:
    """Save the school's 学校标识码 (asked for when a package is made without one); audited as
    a change of the school settings."""
    ctx.require(Action.SETUP_SCHOOL)
    text = (code or "").strip()
    if not (text.isdigit() and len(text) == 10):
        raise ValidationError(
            t("学校标识码“{code}”应为 10 位数字。", code=text),
            fields={"school_code": t("应为 10 位数字。")},
        )
    settings = school_settings.load(ctx)
    if settings.school_code != text:
        school_settings.save(ctx, replace(settings, school_code=text))
    return text


def completeness(ctx: ServiceContext, month_end: str) -> Completeness:
    """Each PC of the school (retired ones left out): its last journal's clock and whether it
    has delivered what it wrote up to ``month_end`` (a journal written after it), as the month
    close judges it. This PC is complete by definition."""
    status = sync.status(ctx)
    late = set(sync.undelivered(ctx, month_end))
    pcs: list[PcDelivery] = []
    if not any(p.is_self for p in status.peers):
        pcs.append({"name": status.name, "last_journal": None, "complete": True, "this_pc": True})
    for p in status.peers:
        if p.retired:
            continue
        done = p.is_self or p.name not in late
        pcs.append(
            {
                "name": status.name if p.is_self else p.name,
                "last_journal": p.clock,
                "complete": done,
                "this_pc": p.is_self,
            }
        )
    pcs.sort(key=lambda pc: (not pc["this_pc"], str(pc["name"])))
    return {"complete": all(pc["complete"] for pc in pcs), "pcs": pcs}


def _profile(ctx: ServiceContext, first: date) -> tuple[ProfileInfo, Profile]:
    profile = school_profile(ctx, first)  # the profile in force on the month's first day
    return {
        "id": profile.id,
        "name": profile.name,
        "year": profile.year,
        "rules_sha256": digest(canonical(profile)),  # which version of its rules
    }, profile


def fee_caps(ctx: ServiceContext, profile: Profile, values: dict[str, Any]) -> list[FeeCapLine]:
    """The profile's cap on each fee standard in force on the report's reference day, in the
    standard's unit (converted as the fee screen converts it): what the county compares the
    reported standard with. Empty without standards or without the money module."""
    try:
        from after_school_desk.services.money.billing import standards_in_force
        from after_school_desk.services.money.fees import basis_on
    except ImportError:
        return []
    school = facts.school_of(ctx)
    day = str((values.get("header") or {}).get("reference_day") or "")
    month = str(values.get("month") or "")
    if not day:
        return []
    conn = ctx.store.conn
    try:
        standards = standards_in_force(conn, str(school.get("stage") or ""), day)
        basis = basis_on(conn, date.fromisoformat(day), month or None)
    except (NotFound, ValidationError, ValueError):
        return []
    caps: list[FeeCapLine] = []
    for s in standards:
        q = FeeQuery(
            str(s["unit"]),
            stage=str(s["stage"]),
            mode="basic",
            boarding=bool(school.get("boarding")),
        )
        cap = strictest_cap(profile, q, basis)
        if cap is not None:
            caps.append(
                {"stage": s["stage"], "unit": s["unit"], "cap_yuan": round(cap.cap_fen / 100, 2)}
            )
    return caps


def package(
    ctx: ServiceContext, month: str, values: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The month's package document: ``{"envelope": {…}, "header": {…}, <indicators>…}``;
    ``values``: the month's direct report when the caller has it already. Refused
    (``SchoolCodeMissing``) while the school has no 学校标识码."""
    ctx.require(Action.VIEW_AUDIT)
    m = facts.parse_month(month)
    if values is None:
        values = reports.direct_report(ctx, m.key)
    values = json.loads(json.dumps(plain(dict(values))))
    code = school_code(ctx)
    if not code:
        raise SchoolCodeMissing(MISSING_CODE)
    school = facts.school_of(ctx)
    state = month_close.state_of(ctx, m.key)
    profile_info, profile = _profile(ctx, m.first)
    envelope = {
        "format": county.PACKAGE_FORMAT,
        "format_version": county.PACKAGE_VERSION,
        "program": "after-school-desk",
        "program_version": __version__,
        "indicator_set": {
            "format": direct_report_io.FORMAT,
            "version": direct_report_io.FORMAT_VERSION,
        },
        "profile": profile_info,
        "fee_caps": fee_caps(ctx, profile, values),
        "school_code": code,
        "school_name": str(school.get("name") or ""),
        "county": str(school.get("county") or ""),
        "month": m.key,
        "generated_at": ctx.now_iso(),
        "device_id": ctx.device_id,
        "device_name": sync.device_name(ctx),
        "month_state": state["state"],
        "month_closed": state["state"] == MonthState.CLOSED,
        "snapshot_version": state["version"] if state["state"] == MonthState.CLOSED else None,
        "snapshot_sha256": state["sha256"] if state["state"] == MonthState.CLOSED else None,
        "completeness": completeness(ctx, m.last.isoformat()),
    }
    return county.seal(envelope, values)


def package_name(doc: dict[str, Any]) -> str:
    env = doc["envelope"]
    return county.package_file_name(env["school_code"], env["month"], env["generated_at"])


def write_package(ctx: ServiceContext, month: str, folder: Path) -> tuple[Path, dict[str, Any]]:
    """Save the month's package into ``folder``; returns the path and the document."""
    ctx.require(Action.VIEW_AUDIT)
    check_folder(folder)
    doc = package(ctx, month)
    return save(doc, folder), doc


def check_folder(folder: Path | str) -> Path:
    where = Path(folder)
    if not where.is_dir():
        raise ValidationError(
            t("文件夹“{folder}”不存在，请先插好 U 盘或选择一个已有的文件夹。", folder=folder)
        )
    return where


def save(doc: dict[str, Any], folder: Path) -> Path:
    """Write ``doc`` into ``folder`` as ``<学校标识码>-<YYYY-MM>-<YYYYMMDDHHMM>.json`` (written
    aside and renamed, so a half-written file is never left)."""
    folder = check_folder(folder)
    out = folder / package_name(doc)
    text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    try:
        handle, part = tempfile.mkstemp(prefix=".报送包-", suffix=".part", dir=folder)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as fh:
                fh.write(text)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(part, out)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(part)
            raise
    except OSError as exc:
        raise ValidationError(
            t(
                "无法在文件夹“{folder}”中写入报送包（{reason}）。"
                "请换一个可以写入的文件夹（例如“文档”或 U 盘）。",
                folder=folder.resolve(), reason=exc.strerror or exc,
            )
        ) from None  # fmt: skip
    return out


def summary(doc: dict[str, Any]) -> list[str]:
    """What the person is told after saving: the state of the month and of the PCs."""
    env = doc["envelope"]
    lines = []
    if env["month_closed"]:
        lines.append(f"{env['month']} 已月结（第{env['snapshot_version']}版）。")
    else:
        lines.append(
            f"注意：{env['month']} 还没有月结，县里会把这份报送包标为“未月结”；"
            "月结以后请重新生成一份。"
        )
    late = [pc for pc in env["completeness"]["pcs"] if not pc["complete"]]
    if late:
        names = "、".join(str(pc["name"]) for pc in late)
        lines.append(
            f"注意：{names} 还没有把月底以后的记录同步过来，县里会把这份报送包标为"
            "“记录不全”；同步以后请重新生成一份。"
        )
    return lines
