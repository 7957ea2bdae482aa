"""Made-up monthly packages (报送包) for the county tests: a small county of schools, each
package sealed with the program's own package writer (``after_school_desk.domain.county.seal``)."""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from after_school_desk.domain import county
from after_school_desk.reports.direct_report import FORMAT, FORMAT_VERSION, INDICATORS

COUNTY = "贺兰县"


@dataclass
class Made:
    """One package as written: where, and what it says."""

    path: Path
    envelope: dict[str, Any]
    values: dict[str, Any]
    extra: dict[str, Any] = field(default_factory=dict)


def values_for(
    code: str,
    name: str,
    month: str,
    *,
    total: int = 200,
    enrolled: int = 120,
    absences: int = 15,
    teachers: int = 20,
    serving: int = 12,
    fee: float | None = 100.0,
    unit: str = "month",
    seed: int = 0,
) -> dict[str, Any]:
    """Direct-report values as a school's program makes them (every indicator, the header)."""
    values: dict[str, Any] = {
        "header": {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "generated_at": f"{month}-28T18:00:00+08:00",
            "school_code": code,
            "month": month,
            "reference_day": f"{month}-28",
            "month_closed": True,
            "snapshot_hash": f"{seed:064x}",
        },
        "school_name": name,
        "school_code": code,
        "county": COUNTY,
        "month": month,
        "stage": "primary",
        "boarding": seed % 5 == 0,
        "village_school": seed % 2 == 0,
        "offers_service": True,
        "pupils_total": total,
        "pupils_applied": enrolled + 2,
        "pupils_enrolled": enrolled,
        "pupils_refused": seed % 3,
        "participation_rate": round(enrolled / total, 4),
        "pupils_all_five_days": enrolled,
        "pupils_full_attendance": enrolled // 2,
        "pupils_priority": {
            "left_behind": 3 + seed % 4,
            "migrant": 1,
            "disabled": seed % 2,
            "hardship": 2,
            "low_income": 4 + seed % 3,
        },
        "school_days": 21,
        "service_days": 20,
        "days_per_week": 5,
        "avg_service_minutes": 120,
        "min_service_minutes": 120,
        "end_time_latest": "18:00",
        "end_time_meets_work_end": True,
        "homework_support": True,
        "clubs_count": 2 + seed % 3,
        "extended_care_pupils": seed % 5,
        "teachers_total": teachers,
        "teachers_participating": serving,
        "teacher_participation_rate": round(serving / teachers, 4) if teachers else 0.0,
        "external_staff": {"retired_teacher": 1, "professional": seed % 2, "volunteer": 2},
        "external_staff_not_filed": seed % 2,
        "outside_providers": [],
        "content_categories": ["作业辅导", "阅读"],
        "funding_sources": ["财政补贴"],
        "homework_policy": True,
        "homework_notice": True,
        "no_new_lessons": seed % 7 != 3,
        "voluntary_agreements": enrolled,
        "attendance_rate": 0.95,
        "absences": absences,
        "absences_followed_up": absences,
        "late_pickups": seed % 4,
        "incidents": seed % 2,
        "fee_charged": fee is not None,
        "fee_standard_yuan": fee,
        "fee_unit": unit if fee is not None else None,
        "fee_income_yuan": round(enrolled * (fee or 0) * 0.9, 2),
        "waivers_count": 1 + seed % 2,
        "waivers_yuan": 10.5 * (1 + seed % 2),
        "subsidy_yuan": 480.0 + seed,
    }
    assert set(values) == {"header", *INDICATORS}
    return values


def envelope_for(
    code: str,
    name: str,
    month: str,
    generated_at: str,
    *,
    closed: bool = True,
    complete: bool = True,
    caps: list[dict[str, Any]] | None = None,
    format_version: int = county.PACKAGE_VERSION,
) -> dict[str, Any]:
    pcs = [{"name": "办公室电脑", "last_journal": None, "complete": True, "this_pc": True}]
    if not complete:
        pcs.append(
            {
                "name": "二年级电脑",
                "last_journal": f"{month}-20T17:00:00+08:00",
                "complete": False,
                "this_pc": False,
            }
        )
    return {
        "format": county.PACKAGE_FORMAT,
        "format_version": format_version,
        "program": "after-school-desk",
        "program_version": "0.1.0",
        "indicator_set": {"format": FORMAT, "version": FORMAT_VERSION},
        "profile": {
            "id": "helan-2021",
            "name": "贺兰县（2021）",
            "year": 2021,
            "rules_sha256": "0" * 64,
        },
        "fee_caps": caps
        if caps is not None
        else [{"stage": "primary", "unit": "month", "cap_yuan": 150.0}],
        "school_code": code,
        "school_name": name,
        "county": COUNTY,
        "month": month,
        "generated_at": generated_at,
        "device_id": "00000000-0000-4000-8000-000000000001",
        "device_name": "办公室电脑",
        "month_state": "closed" if closed else "open",
        "month_closed": closed,
        "snapshot_version": 1 if closed else None,
        "snapshot_sha256": ("a" * 64) if closed else None,
        "completeness": {"complete": complete, "pcs": pcs},
    }


def write(
    folder: Path, values: dict[str, Any], envelope: dict[str, Any], name: str | None = None
) -> Made:
    """Seal and write one package; returns where and what."""
    folder.mkdir(parents=True, exist_ok=True)
    doc = county.seal(envelope, values)
    file_name = name or county.package_file_name(
        envelope["school_code"], envelope["month"], envelope["generated_at"]
    )
    path = folder / file_name
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
    return Made(path, doc["envelope"], values)


def write_school_list(path: Path, schools: list[tuple[str, str, int | None]]) -> Path:
    """The county's list as a CSV (学校标识码, 学校名称, 教职工数), with a title row above."""
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["贺兰县义务教育学校名单"])
        w.writerow(["序号", "学校标识码", "学校名称", "教职工数"])
        for i, (code, name, staff) in enumerate(schools, 1):
            w.writerow([i, code, name, "" if staff is None else staff])
    return path
