"""The county's view (县教育局汇总): the schools' monthly packages (报送包) checked, chosen and
added up, as plain rules.

A package is one JSON file a school saves with ``report package`` (or 保存报送包… on the 报表
screen): an ``envelope`` — what the file is, who made it, when, on which PC, whether the month
was closed and complete — and, beside it, the month's direct-report values (aggregates only).
The envelope's ``sha256`` covers the values and the envelope itself (canonical JSON, the field
left out), so a file changed after the school made it is known.

Here: sealing and reading a package, the county's list of schools, and ``collect``: for one
month, the package used per school (the latest), resubmissions, the schools missing, the
problems to chase and the county totals. Pure: files are read elsewhere
(``after_school_desk/importers/county_packages.py``) and come in as bytes with their names; no clock.
"""

from __future__ import annotations

import hashlib
import json
import re
import statistics
from calendar import monthrange
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Any

from after_school_desk.domain.county_indicators import (
    DICT_KEYS,
    MONEY_KEYS,
    RATES,
    ROW_KEYS,
    SUM_KEYS,
    UNIT_WORDS,
    YES_KEYS,
)
from after_school_desk.domain.county_schools import School

PACKAGE_FORMAT = "after-school-desk/monthly-package"
PACKAGE_VERSION = 1  # add one when a field's meaning changes
INDICATOR_FORMAT = "after-school-desk/direct-report"
INDICATOR_VERSION = 2  # the newest direct-report indicator set this program reads
CHINA = timezone(timedelta(hours=8))

# problem kinds, in the order the county deals with them
KINDS: dict[str, str] = {
    "damaged": "文件损坏或被改动",
    "newer_format": "格式比本程序新",
    "unknown_school": "不在学校名单上",
    "wrong_month": "月份不对",
    "not_closed": "未月结",
    "incomplete": "记录不全",
    "outlier": "数字异常",
}

# outliers worth a phone call
PERFECT_MONTHS = 3  # participation 100 % and not one absence this many months running
FAR_OFF = 0.25  # participation this far (0–1) from the median of the school's own history
HISTORY_MONTHS = 12  # months of the school's history the median looks at

FILE_NAME = re.compile(r"^(\d{10})-(\d{4}-\d{2})-(\d{12})\.json$", re.IGNORECASE)
_MONTH_KEY = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
_CODE = re.compile(r"^\d{10}$")
_MONTH_IN_NAME = (
    re.compile(r"(?<!\d)(20\d{2})\s*[-_.年/]\s*(\d{1,2})(?!\d)"),
    re.compile(r"(?<!\d)(20\d{2})(0[1-9]|1[0-2])(?!\d)"),
)

# --- the package ------------------------------------------------------------------------


def canonical(value: Any) -> bytes:
    """The same bytes for the same JSON data on every PC (keys sorted, no spaces, UTF-8)."""
    return json.dumps(
        value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")


def package_hash(envelope: Mapping[str, Any], values: Mapping[str, Any]) -> str:
    """SHA-256 of the values and the envelope (its own ``sha256`` left out)."""
    body = {"envelope": {k: v for k, v in envelope.items() if k != "sha256"}, "values": values}
    return hashlib.sha256(canonical(body)).hexdigest()


def seal(envelope: Mapping[str, Any], values: Mapping[str, Any]) -> dict[str, Any]:
    """The package document: the envelope with its hash, then the values beside it."""
    if "envelope" in values:
        raise ValueError("values may not hold an envelope")
    env = {k: v for k, v in envelope.items() if k != "sha256"}
    env["sha256"] = package_hash(env, values)
    return {"envelope": env, **values}


def when_of(text: str) -> datetime | None:
    """An ISO instant (a time without zone is the school's, UTC+8); None if unreadable."""
    try:
        found = datetime.fromisoformat(str(text))
    except (TypeError, ValueError):
        return None
    return found if found.tzinfo is not None else found.replace(tzinfo=CHINA)


def package_file_name(school_code: str, month: str, generated_at: str) -> str:
    """``<学校标识码>-<YYYY-MM>-<generated YYYYMMDDHHMM>.json``."""
    when = when_of(generated_at)
    if when is None:
        raise ValueError(f"not an instant: {generated_at!r}")
    return f"{school_code}-{month}-{when.strftime('%Y%m%d%H%M')}.json"


def month_last_day(month: str) -> date:
    year, mon = int(month[:4]), int(month[5:7])
    return date(year, mon, monthrange(year, mon)[1])


def is_month(text: Any) -> bool:
    return isinstance(text, str) and bool(_MONTH_KEY.match(text))


def month_named(name: str) -> str | None:
    """The month a folder's name names ("2026-11", "2026年11月", "202611" …), if any."""
    for pattern in _MONTH_IN_NAME:
        m = pattern.search(name)
        if m and 1 <= int(m.group(2)) <= 12:
            return f"{m.group(1)}-{int(m.group(2)):02d}"
    return None


@dataclass(frozen=True)
class Problem:
    file: str  # as found under the county's folder ("" for none)
    kind: str  # a key of KINDS
    detail: str  # in words, for the person who makes the phone call
    school_code: str = ""  # the school it concerns, where known

    def as_json(self) -> dict[str, str]:
        return {"file": self.file, "kind": self.kind, "detail": self.detail}


@dataclass(frozen=True)
class Package:
    file: str
    envelope: dict[str, Any]
    values: dict[str, Any]
    when: datetime  # generated at
    folders: tuple[str, ...] = ()  # the names of the folders it lies in, outermost first

    @property
    def school_code(self) -> str:
        return str(self.envelope["school_code"])

    @property
    def month(self) -> str:
        return str(self.envelope["month"])

    @property
    def generated_at(self) -> str:
        return str(self.envelope["generated_at"])

    @property
    def school_name(self) -> str:
        return str(self.envelope.get("school_name") or self.values.get("school_name") or "")


def _damaged(file: str, detail: str) -> Problem:
    return Problem(file, "damaged", detail)


def read_package(file: str, data: bytes, folders: tuple[str, ...] = ()) -> Package | Problem:
    """A package from a file's bytes, or the problem that makes it unusable (damaged, newer
    format). ``file`` is how the county's folder names it."""
    again = "请学校重新生成并发送报送包。"
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return _damaged(file, "不是完整的 JSON 文件（可能没有传完或已损坏）。" + again)
    envelope = doc.get("envelope") if isinstance(doc, dict) else None
    if not isinstance(envelope, dict) or envelope.get("format") != PACKAGE_FORMAT:
        return _damaged(file, "不是课后服务台的报送包（没有报送包的文件头）。")
    version = envelope.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        return _damaged(file, "报送包的格式版本无法识别。" + again)
    code = envelope.get("school_code")
    who = f"学校标识码 {code}：" if isinstance(code, str) and _CODE.match(code) else ""
    if version > PACKAGE_VERSION:
        return Problem(
            file,
            "newer_format",
            f"{who}报送包是第 {version} 版格式，本程序只认识到第 "
            f"{PACKAGE_VERSION} 版：请把县里的课后服务台升级到最新版本。",
            str(code or ""),
        )
    indicators = envelope.get("indicator_set")
    if not isinstance(indicators, dict) or indicators.get("format") != INDICATOR_FORMAT:
        return _damaged(file, f"{who}报送包里的指标集无法识别。" + again)
    ind_version = indicators.get("version")
    if not isinstance(ind_version, int) or isinstance(ind_version, bool):
        return _damaged(file, f"{who}报送包里的指标集版本无法识别。" + again)
    if ind_version > INDICATOR_VERSION:
        return Problem(
            file,
            "newer_format",
            f"{who}报送包用的是第 {ind_version} 版直报指标，"
            f"本程序只认识到第 {INDICATOR_VERSION} 版：请把县里的课后服务台升级到最新版本。",
            str(code or ""),
        )
    values = {k: v for k, v in doc.items() if k != "envelope"}
    try:
        expected = package_hash(envelope, values)
    except (TypeError, ValueError, RecursionError):
        expected = ""
    if envelope.get("sha256") != expected:
        return _damaged(
            file, f"{who}校验码不符：文件在学校生成之后被改动过或已损坏，数字不能采用。" + again
        )
    if not (isinstance(code, str) and _CODE.match(code)):
        return _damaged(file, f"报送包里的学校标识码“{code}”不是 10 位数字。" + again)
    month = envelope.get("month")
    if not is_month(month) or values.get("month") != month:
        return _damaged(file, f"{who}报送包的月份“{month}”与其中的数据不一致。" + again)
    when = when_of(str(envelope.get("generated_at")))
    if when is None:
        return _damaged(file, f"{who}报送包的生成时间无法识别。" + again)
    return Package(file, envelope, values, when, tuple(folders))


# --- collecting a month ----------------------------------------------------------------------


@dataclass
class Collection:
    month: str
    schools: list[dict[str, Any]]  # one row per school of the list, in the list's order
    missing: list[str]  # 学校标识码 of the schools without a usable package
    resubmitted: list[dict[str, Any]]  # {"school_code", "files", "used"}
    problems: list[Problem]
    totals: dict[str, Any]
    history: list[dict[str, Any]]  # the county across months, up to ``month``
    county: str = ""  # the county the packages name (the most common)
    files_read: int = 0
    used: dict[str, Package] = field(default_factory=dict)  # 学校标识码 -> package used

    def as_json(self) -> dict[str, Any]:
        return {
            "month": self.month,
            "schools": self.schools,
            "missing": self.missing,
            "resubmitted": self.resubmitted,
            "problems": [p.as_json() for p in self.problems],
            "totals": self.totals,
            "history": self.history,
        }

    @property
    def clean(self) -> bool:
        """Nothing missing, nothing wrong: the CLI's exit status 0."""
        return not self.missing and not self.problems


def _label(school: School | None, code: str) -> str:
    return f"{school.name}（{code}）" if school else code


def collect(month: str, schools: list[School], found: Iterable[Package | Problem]) -> Collection:
    """The county's month from every file found (packages and unreadable files alike)."""
    if not is_month(month):
        raise ValueError(f"not a month: {month!r}")
    known = {s.code: s for s in schools}
    found = list(found)
    problems = [p for p in found if isinstance(p, Problem)]
    packages = [p for p in found if isinstance(p, Package)]
    with_month = {p.school_code for p in packages if p.month == month and p.school_code in known}
    this_month: dict[str, list[Package]] = defaultdict(list)
    earlier: list[Package] = []
    for p in sorted(packages, key=lambda p: (p.when, p.file)):
        school = known.get(p.school_code)
        if p.month != month:
            wrong = wrong_month(p, month, with_month, school)
            if wrong:
                problems.append(Problem(p.file, "wrong_month", wrong, p.school_code))
            elif p.month < month and school is not None:
                earlier.append(p)  # the school's history
        elif school is None:
            problems.append(
                Problem(
                    p.file,
                    "unknown_school",
                    (
                        f"学校标识码 {p.school_code}（包内学校名称：{p.school_name or '无'}）"
                        "不在县里的学校名单上：请核对标识码，或把这所学校加进名单。"
                    ),
                    p.school_code,
                )
            )
        else:
            this_month[p.school_code].append(p)
    used: dict[str, Package] = {}
    resubmitted: list[dict[str, Any]] = []
    for code in known:
        chosen = this_month.get(code)
        if not chosen:
            continue
        used[code] = chosen[-1]  # the latest generated; ties: the last file name
        if _distinct(chosen) > 1:  # copies of one package in two folders are no resubmission
            resubmitted.append(
                {"school_code": code, "files": [p.file for p in chosen], "used": chosen[-1].file}
            )
    past = _latest_per_month(earlier)
    for code, p in used.items():
        problems.extend(state_problems(p, known[code]))
        problems.extend(outliers(p, known[code], past.get(code, {})))
    problems.sort(key=lambda p: (list(KINDS).index(p.kind), p.school_code, p.file))
    missing = [code for code in known if code not in used]
    totals = county_totals(list(used.values()))
    totals = {
        "schools_listed": len(known),
        "schools_reported": len(used),
        "schools_missing": len(missing),
        "schools_closed": sum(1 for p in used.values() if p.envelope.get("month_closed") is True),
        "problems": len(problems),
        **totals,
    }
    counties = Counter(
        str(p.values.get("county") or p.envelope.get("county") or "") for p in used.values()
    )
    return Collection(
        month=month,
        schools=[_row(s, used.get(s.code), this_month.get(s.code, []), problems) for s in schools],
        missing=missing,
        resubmitted=resubmitted,
        problems=problems,
        totals=totals,
        history=county_history(past, used, month),
        county=counties.most_common(1)[0][0] if counties else "",
        files_read=len(found),
        used=used,
    )


def wrong_month(p: Package, month: str, with_month: set[str], school: School | None) -> str:
    """Why a package of another month than ``month`` is a mistake ("" when it is not): its
    file name, or the innermost folder naming a month, names another month than its contents;
    or it is for an earlier month, was made after ``month`` ended and its school sent nothing
    for ``month`` (the old month sent again instead of the new one). Other packages of earlier
    months are the school's history."""
    name = p.file.replace("\\", "/").rsplit("/", 1)[-1]
    named = FILE_NAME.match(name)
    if named and named.group(2) != p.month:
        return (
            f"{_label(school, p.school_code)}：文件名写的是 {named.group(2)}，"
            f"内容却是 {p.month} 的数据（文件可能被改过名）。"
        )
    inner = next(((f, m) for f in reversed(p.folders) if (m := month_named(f))), None)
    if inner is not None and inner[1] != p.month:
        return (
            f"{_label(school, p.school_code)}：放在“{inner[0]}”文件夹里，"
            f"内容却是 {p.month} 的数据。"
        )
    if (
        p.month < month
        and p.school_code not in with_month
        and p.when.date() > month_last_day(month)
    ):
        return (
            f"{_label(school, p.school_code)}：没有 {month} 的报送包，却在 "
            f"{p.when.date().isoformat()} 交来了 {p.month} 的：可能交错了月份，"
            f"请学校生成 {month} 的报送包。"
        )
    return ""


def _distinct(packages: list[Package]) -> int:
    return len({str(p.envelope.get("sha256")) for p in packages})


def _latest_per_month(packages: list[Package]) -> dict[str, dict[str, Package]]:
    """学校标识码 -> month -> the latest package of that month (``packages`` oldest first)."""
    found: dict[str, dict[str, Package]] = defaultdict(dict)
    for p in packages:
        found[p.school_code][p.month] = p
    return found


def state_problems(p: Package, school: School) -> list[Problem]:
    """Not closed, not complete: the package is used, but the school is to be asked again."""
    env = p.envelope
    who = _label(school, school.code)
    found = []
    if env.get("month_closed") is not True:
        state = {"open": "未月结", "reopened": "已重新打开"}.get(
            str(env.get("month_state")), "未月结"
        )
        found.append(
            Problem(
                p.file,
                "not_closed",
                f"{who}：生成报送包时 {p.month} 还没有月结"
                f"（{state}），数字仍可能变化：请学校月结后重新生成。",
                school.code,
            )
        )
    completeness = env.get("completeness")
    if isinstance(completeness, dict) and completeness.get("complete") is False:
        late = [
            pc
            for pc in completeness.get("pcs") or []
            if isinstance(pc, dict) and pc.get("complete") is False
        ]
        names = (
            "、".join(
                f"{pc.get('name') or '?'}（最后同步 {_day(pc.get('last_journal'))}）" for pc in late
            )
            or "学校的其他电脑"
        )
        found.append(
            Problem(
                p.file,
                "incomplete",
                f"{who}：{names} 在 {p.month} 月底以后还没有"
                "把记录同步过来，数字可能不全：请学校让这些电脑同步后重新生成。",
                school.code,
            )
        )
    return found


def _day(value: Any) -> str:
    return str(value)[:10] if value else "从未"


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _percent(rate: float) -> str:
    return f"{rate * 100:.1f}%"


def outliers(p: Package, school: School, past: Mapping[str, Package]) -> list[Problem]:
    """Figures worth a phone call, against the school's own history (``past``: month ->
    package, months before ``p``'s), the profile's fee cap it carries and the county's list."""
    found: list[str] = []
    values = p.values
    months = sorted(m for m in past if m < p.month)
    series = [(m, past[m].values) for m in months] + [(p.month, values)]
    streak: list[str] = []
    for m, v in reversed(series):
        rate, absences = _number(v.get("participation_rate")), _number(v.get("absences"))
        if rate is None or rate < 0.9999 or absences != 0:
            break
        streak.append(m)
    if len(streak) >= PERFECT_MONTHS:
        found.append(
            f"连续 {len(streak)} 个月（{streak[-1]} 至 {streak[0]}）学生参与率 100% "
            "且没有一人次缺席：请电话核实数字是否如实记录。"
        )
    rate = _number(values.get("participation_rate"))
    before = [
        r
        for m in months[-HISTORY_MONTHS:]
        if (r := _number(past[m].values.get("participation_rate"))) is not None
    ]
    if rate is not None and before:
        median = statistics.median(before)
        if abs(rate - median) > FAR_OFF:
            span = months[-HISTORY_MONTHS:]
            when = span[0] if len(span) == 1 else f"{span[0]} 至 {span[-1]}"
            found.append(
                f"学生参与率 {_percent(rate)}，本校以往 {len(before)} 个月（{when}）"
                f"的中位数是 {_percent(median)}，相差 {abs(rate - median) * 100:.1f} "
                "个百分点：请电话核实。"
            )
    found.extend(_fee_outliers(p))
    teachers = _number(values.get("teachers_total"))
    serving = _number(values.get("teachers_participating"))
    if teachers is not None and school.staff is not None and teachers > school.staff:
        found.append(
            f"教师总数 {teachers:.0f} 人，多于县里名单上的教职工数 {school.staff} 人：请核实。"
        )
    if teachers is not None and serving is not None and serving > teachers:
        found.append(
            f"参与课后服务的教师 {serving:.0f} 人，多于教师总数 {teachers:.0f} 人：请核实。"
        )
    who = _label(school, school.code)
    return [Problem(p.file, "outlier", f"{who}：{text}", school.code) for text in found]


def _fee_outliers(p: Package) -> list[str]:
    """A fee standard above the cap of the school's policy profile (the cap as the school's
    program converted it to the standard's unit, carried in the envelope)."""
    caps = p.envelope.get("fee_caps")
    if not isinstance(caps, list):
        return []
    standard, unit = p.values.get("fee_standard_yuan"), p.values.get("fee_unit")
    profile = p.envelope.get("profile")
    source = (profile.get("name") or profile.get("id")) if isinstance(profile, dict) else None
    source = f"政策配置“{source}”" if source else "政策配置"
    found = []
    for cap in caps:
        if not isinstance(cap, dict):
            continue
        stage = str(cap.get("stage") or "")
        amount = _number(standard.get(stage) if isinstance(standard, dict) else standard)
        its_unit = unit.get(stage) if isinstance(unit, dict) else unit
        limit = _number(cap.get("cap_yuan"))
        if amount is None or limit is None or its_unit != cap.get("unit"):
            continue
        if amount > limit + 1e-9:
            per = UNIT_WORDS.get(str(its_unit), str(its_unit))
            found.append(
                f"收费标准 {amount:.2f} 元/{per}，高于{source}的上限 {limit:.2f} 元/{per}："
                "请核实是否多收。"
            )
    return found


def county_totals(packages: list[Package]) -> dict[str, Any]:
    """Every indicator added up over ``packages``: counts summed, parts of a breakdown summed
    part by part, money to the fen, yes/no as the number of schools saying yes, and the
    rates recomputed from the sums."""
    totals: dict[str, Any] = {}
    for key in SUM_KEYS:
        totals[key] = sum(int(v) for p in packages if (v := _number(p.values.get(key))) is not None)
    for key in DICT_KEYS:
        parts: dict[str, int] = {}
        for p in packages:
            value = p.values.get(key)
            if isinstance(value, dict):
                for part, n in value.items():
                    if (x := _number(n)) is not None:
                        parts[str(part)] = parts.get(str(part), 0) + int(x)
        totals[key] = parts
    for key in MONEY_KEYS:
        totals[key] = round(
            sum(v for p in packages if (v := _number(p.values.get(key))) is not None), 2
        )
    for key in YES_KEYS:
        totals[key] = sum(1 for p in packages if p.values.get(key) is True)
    for key, (num, den) in RATES.items():
        totals[key] = round(totals[num] / totals[den], 4) if totals[den] else 0.0
    return totals


def county_history(
    past: Mapping[str, Mapping[str, Package]], used: Mapping[str, Package], month: str
) -> list[dict[str, Any]]:
    """The county month by month up to ``month``: schools reported, pupils on the registers,
    pupils taking part and the participation rate (each school's latest package of a month)."""
    by_month: dict[str, list[Package]] = defaultdict(list)
    for months in past.values():
        for m, p in months.items():
            by_month[m].append(p)
    by_month[month] = list(used.values())
    rows = []
    for m in sorted(by_month):
        totals = county_totals(by_month[m])
        rows.append(
            {
                "month": m,
                "schools": len(by_month[m]),
                "pupils_total": totals["pupils_total"],
                "pupils_enrolled": totals["pupils_enrolled"],
                "participation_rate": totals["participation_rate"],
            }
        )
    return rows


def _row(
    school: School, p: Package | None, packages: list[Package], problems: list[Problem]
) -> dict[str, Any]:
    env = p.envelope if p else {}
    raw = env.get("completeness")
    completeness: dict[str, Any] = raw if isinstance(raw, dict) else {}
    row: dict[str, Any] = {
        "school_code": school.code,
        "school_name": school.name,
        "reported": p is not None,
        "file": p.file if p else "",
        "generated_at": p.generated_at if p else "",
        "month_closed": env.get("month_closed") is True if p else None,
        "complete": completeness.get("complete") if p else None,
        "resubmissions": max(0, _distinct(packages) - 1),
        "problems": sorted(
            {q.kind for q in problems if q.school_code == school.code}, key=list(KINDS).index
        ),
    }
    for key in ROW_KEYS:
        row[key] = p.values.get(key) if p else None
    return row
