"""calendar: show a month, enter the holiday notice, school days off, make-up days."""

from __future__ import annotations

import argparse
from datetime import date

from after_school_desk.cli.chinese_argparse import choice
from after_school_desk.cli.output import emit_json, emit_lines, emit_table
from after_school_desk.errors import ValidationError
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school import calendar, notice_preview


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("calendar", help="校历：查看某月、录入放假通知、学校放假、调休上班日")
    p.add_argument("--month", help="YYYY-MM（默认本月）")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_show)
    cal = p.add_subparsers(dest="calendar_command")
    n = cal.add_parser(
        "notice",
        help="录入某年国务院办公厅节假日安排通知：原文（.txt/.docx）或每行“日期[..日期] 名称”；"
        "先列出识别结果和与原先安排的对照，再保存",
    )
    n.add_argument("--year", type=int, required=True)
    n.add_argument("file")
    n.add_argument("--dry-run", action="store_true", help="只列出识别结果和对照，不保存")
    n.set_defaults(handler=cmd_notice)
    o = cal.add_parser("off", help="学校自定的不开展课后服务的日子")
    o.add_argument("start")
    o.add_argument("end", nargs="?", default="")
    o.add_argument("--name", required=True, help="原因，如 运动会、期末考试")
    o.set_defaults(handler=cmd_off)
    m = cal.add_parser("makeup", help="调休上班日是否开展课后服务")
    m.add_argument("day")
    m.add_argument(
        "--service",
        required=True,
        **choice(
            {"yes": "开展", "no": "不开展"}, "这一天是否开展课后服务", {"是": "yes", "否": "no"}
        ),
    )
    m.set_defaults(handler=cmd_makeup)
    ld = cal.add_parser("load", help="从程序自带的节假日数据载入某年")
    ld.add_argument("--year", type=int, required=True)
    ld.set_defaults(handler=cmd_load)


def cmd_show(args: argparse.Namespace, ctx: ServiceContext) -> int:
    if args.month:
        try:
            year, month = (int(x) for x in args.month.split("-"))
        except ValueError:
            raise ValidationError(f"月份“{args.month}”无效，请写成 YYYY-MM。") from None
    else:
        today: date = ctx.clock.now().date()
        year, month = today.year, today.month
    days = calendar.month_view(ctx, year, month)
    if args.json:
        emit_json(days)
        return 0
    emit_table(
        ["日期", "课后服务", "时间", "说明"],
        [[d["date"], "是" if d["service"] else "否",
          f"{d['start']}–{d['end']}" if d["start"] else "", d["reason"]] for d in days],
    )  # fmt: skip
    return 0


def cmd_notice(args: argparse.Namespace, ctx: ServiceContext) -> int:
    text = notice_preview.read_notice_file(args.file)
    preview = notice_preview.preview_notice(ctx, args.year, text)
    emit_notice_preview(preview)
    if preview.problems:
        raise ValidationError(f"{args.year} 年节假日通知有误，未做任何改动：", preview.problems)
    if args.dry_run:
        emit_lines("（只是检查，没有保存；核对无误后去掉 --dry-run 再运行一次即可保存。）")
        return 0
    count = calendar.enter_notice(ctx, args.year, text)
    emit_lines(f"已录入 {args.year} 年节假日通知，共 {count} 天。")
    return 0


def emit_notice_preview(preview: notice_preview.NoticePreview) -> None:
    """What the notice says, each range and make-up day next to what the calendar holds now."""
    how = "按通知原文读取" if preview.published else "按每行一项的格式读取"
    emit_lines(
        f"{preview.year} 年节假日通知（{how}）：放假 {preview.holiday_days} 天，"
        f"调休上班 {preview.workdays} 天。程序原先：{preview.before}。",
        "",
    )
    kinds = {"holiday": "放假", "makeup_workday": "调休上班", "dropped": "取消"}
    if preview.rows:
        emit_table(
            ["类别", "节日", "日期", "天数", "与程序原先的安排相比", "行"],
            [[kinds[r["kind"]], r["name"], r["dates"], r["days"], r["before"], r["line"] or ""]
             for r in preview.rows],
        )  # fmt: skip
    if preview.notes:
        emit_lines("", "未采用的内容（不会保存，请自行核对）：", *(f"  {n}" for n in preview.notes))
    emit_lines("")


def cmd_off(args: argparse.Namespace, ctx: ServiceContext) -> int:
    count = calendar.set_days_off(ctx, args.start, args.end, args.name)
    emit_lines(f"已设置 {count} 天不开展课后服务：{args.name}")
    return 0


def cmd_makeup(args: argparse.Namespace, ctx: ServiceContext) -> int:
    calendar.set_makeup_service(ctx, args.day, args.service == "yes")
    emit_lines(f"{args.day} 调休上班日{'开展' if args.service == 'yes' else '不开展'}课后服务。")
    return 0


def cmd_load(args: argparse.Namespace, ctx: ServiceContext) -> int:
    count = calendar.load_year(ctx, args.year)
    emit_lines(f"已载入 {args.year} 年节假日 {count} 天。")
    return 0
