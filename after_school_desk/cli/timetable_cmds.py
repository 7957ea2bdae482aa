"""timetable show / set / history: the weekly service times (课后服务时间) of the whole school
and of each stage, each version from the day it holds (docs/timetable.md)."""

from __future__ import annotations

import argparse
import re
from datetime import date
from typing import Any

from after_school_desk.cli.chinese_argparse import choice
from after_school_desk.cli.output import emit_json, emit_lines, emit_table
from after_school_desk.domain.calendar import WEEKDAY_LABELS, WINDOW_STAGES
from after_school_desk.errors import ValidationError
from after_school_desk.i18n import t
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school import calendar
from after_school_desk.services.school.setup import parse_iso_date

STAGES = {"school": "全校", "primary": "小学", "junior": "初中", "senior": "高中"}
SEASONS = {"all": "平时", "summer": "夏季", "winter": "冬季"}
SEASON_ALIASES = {"全年": "all", "平时作息": "all", "夏季作息": "summer", "冬季作息": "winter"}
PAIR_HELP = (
    "星期=开始-结束，可写多个，如 1=15:30-17:30 2=15:30-17:30（1 = 星期一 … 7 = 星期日，"
    "也可写 一 … 日）；没写的星期不安排课后服务"
)
_PAIR = re.compile(r"^\s*(?:星期|周)?([1-7一二三四五六日天])\s*=\s*(\S+?)\s*[-–~至]\s*(\S+)\s*$")
_WEEKDAYS = {
    **{str(n): n for n in range(1, 8)},
    **{c: n for n, c in enumerate("一二三四五六日", 1)},
}
_WEEKDAYS["天"] = 7


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "timetable",
        help="每周课后服务时间（全校及各学段，按生效日期）：timetable show | set | history",
    )
    tsub = p.add_subparsers(dest="timetable_command", required=True, metavar="show|set|history")
    show = tsub.add_parser("show", help="某天执行的服务时间（默认今天）")
    show.add_argument("--stage", **choice(STAGES, "只看一个学段（默认全校及有自己时间的学段）"))
    show.add_argument("--on", metavar="DATE", help="日期 YYYY-MM-DD（默认今天）")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_show)
    st = tsub.add_parser(
        "set",
        help="从某天起改用新的服务时间（一种作息的一周）；这天以前的日子仍按原来的时间",
    )
    st.add_argument(
        "--season", required=True, **choice(SEASONS, "作息", SEASON_ALIASES)
    )  # fmt: skip
    st.add_argument("--stage", default="school", **choice(STAGES, "学段（默认 school 全校）"))
    st.add_argument(
        "--from",
        dest="valid_from",
        metavar="DATE",
        help="生效日期 YYYY-MM-DD（默认今天；已月结的月份不能改）",
    )
    st.add_argument("pairs", nargs="*", metavar="DAY=HH:MM-HH:MM", help=PAIR_HELP)
    st.add_argument(
        "--clear",
        action="store_true",
        help="这一作息一天也不安排：夏季/冬季作息改回按平时，学段改回按全校的服务时间",
    )
    st.set_defaults(handler=cmd_set)
    hist = tsub.add_parser("history", help="服务时间的各个版本及生效日期")
    hist.add_argument("--stage", default="school", **choice(STAGES, "学段（默认 school 全校）"))
    hist.add_argument("--json", action="store_true")
    hist.set_defaults(handler=cmd_history)


def _stage(code: str | None) -> str:
    return "" if code in (None, "school") else str(code)


def _day(value: str | None, label: str) -> date | None:
    return None if value is None else parse_iso_date(value, label)


def parse_pairs(pairs: list[str]) -> dict[int, tuple[str, str]]:
    """ "1=15:30-17:30" … -> weekday -> (start, end); a malformed pair refuses them all."""
    week: dict[int, tuple[str, str]] = {}
    bad: list[str] = []
    for text in pairs:
        m = _PAIR.match(text)
        if m is None:
            bad.append(text)
            continue
        wd = _WEEKDAYS[m.group(1)]
        if wd in week:
            raise ValidationError(
                t("星期{weekday}写了两次，未做任何改动。", weekday=WEEKDAY_LABELS[wd - 1])
            )
        week[wd] = (_hhmm(m.group(2)), _hhmm(m.group(3)))
    if bad:
        raise ValidationError(
            t("看不懂“{pairs}”，请写成 星期=开始-结束，例如 1=15:30-17:30。", pairs=" ".join(bad))
        )
    return week


def _hhmm(text: str) -> str:
    """ "9:05" -> "09:05" (the service checks the rest)."""
    return f"0{text}" if re.fullmatch(r"\d:\d\d", text) else text


def week_text(week: dict[int, tuple[str, str]]) -> str:
    """ "一、二、四、五 15:30–17:30；三 15:30–17:00"."""
    by_times: dict[tuple[str, str], list[int]] = {}
    for wd, times in sorted(week.items()):
        by_times.setdefault(times, []).append(wd)
    return "；".join(
        "、".join(WEEKDAY_LABELS[wd - 1] for wd in days) + f" {a}–{b}"
        for (a, b), days in by_times.items()
    )


def weeks_text(version: calendar.WindowVersion | None) -> str:
    if version is None or version.follows_school:
        return "按全校的服务时间"
    return "　".join(
        f"{SEASONS[season]}：{week_text(week)}" for season, week in version.weeks.items() if week
    )


def _from_text(version: calendar.WindowVersion) -> str:
    return "建校起" if version.since_always else version.valid_from.isoformat()


def _as_json(version: calendar.WindowVersion | None, stage: str) -> dict[str, Any]:
    if version is None:
        return {"stage": stage, "valid_from": None, "follows_school": True, "weeks": {}}
    return {
        "stage": stage,
        "valid_from": None if version.since_always else version.valid_from.isoformat(),
        "follows_school": version.follows_school,
        "in_force": version.in_force,
        "pending": version.pending,
        "weeks": {
            s: {str(wd): list(w) for wd, w in week.items()} for s, week in version.weeks.items()
        },
    }


def cmd_show(args: argparse.Namespace, ctx: ServiceContext) -> int:
    on = _day(args.on, "日期") or ctx.clock.now().date()
    if args.stage is not None:
        stages = [_stage(args.stage)]
    else:
        stages = [s for s in WINDOW_STAGES if not s or calendar.window_version(ctx, s, on)]
    found = {s: calendar.window_version(ctx, s, on) for s in stages}
    if args.json:
        emit_json({"on": on.isoformat(), "timetables": [_as_json(v, s) for s, v in found.items()]})
        return 0
    emit_lines(f"{on.isoformat()} 执行的课后服务时间：")
    table = []
    for stage, version in found.items():
        label = WINDOW_STAGES[stage]
        if version is None or version.follows_school:
            table.append([label, "", "按全校的服务时间", ""])
            continue
        for season, week in version.weeks.items():
            if week:
                table.append([label, SEASONS[season], week_text(week), _from_text(version)])
    emit_table(["学段", "作息", "星期与时间", "生效日期"], table)
    if any(v is not None and (v.weeks["summer"] or v.weeks["winter"]) for v in found.values()):
        emit_lines("（夏季/冬季作息没有写到的星期按平时作息。）")
    return 0


def cmd_set(args: argparse.Namespace, ctx: ServiceContext) -> int:
    week = parse_pairs(args.pairs)
    if not week and not args.clear:
        raise ValidationError(
            t("请写出安排课后服务的星期和时间（如 1=15:30-17:30），或用 --clear 表示一天也不安排。")
        )
    if week and args.clear:
        raise ValidationError(t("--clear 与星期和时间不能同时写。"))
    stage = _stage(args.stage)
    valid_from = _day(args.valid_from, "生效日期")
    calendar.set_windows(ctx, args.season, week, stage, valid_from)
    day = (valid_from or ctx.clock.now().date()).isoformat()
    what = f"{WINDOW_STAGES[stage]}{SEASONS[args.season]}作息"
    if week:
        emit_lines(
            f"已保存：{what}从 {day} 起为 {week_text(week)}。{day} 以前的日子仍按原来的时间。"
        )
    elif args.season != "all":
        emit_lines(f"已保存：{what}从 {day} 起不再单列，按平时作息。")
    else:
        emit_lines(f"已保存：{WINDOW_STAGES[stage]}从 {day} 起按全校的服务时间。")
    return 0


def cmd_history(args: argparse.Namespace, ctx: ServiceContext) -> int:
    stage = _stage(args.stage)
    found = calendar.window_history(ctx, stage)
    if args.json:
        emit_json([_as_json(v, stage) for v in found])
        return 0
    if not found:
        emit_lines(f"{WINDOW_STAGES[stage]}没有自己的服务时间，一直按全校的服务时间。")
        return 0
    emit_table(
        ["生效日期", "服务时间", "状态"],
        [[_from_text(v), weeks_text(v),
          "现行" if v.in_force else ("待生效" if v.pending else "已被取代")] for v in found],
    )  # fmt: skip
    return 0
