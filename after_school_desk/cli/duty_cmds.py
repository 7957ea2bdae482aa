"""duty generate/assign/swap/unavailable/show/post/log/supervisor/board/signoff."""

from __future__ import annotations

import argparse

from after_school_desk.cli.chinese_argparse import choice
from after_school_desk.cli.output import emit_json, emit_lines, emit_table
from after_school_desk.domain.attendance import hhmm
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.daily import duty, duty_board


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("duty", help="带班领导：排班、在岗、值班记录、看板、签结")
    duty_sub = p.add_subparsers(dest="duty_command", metavar="SUBCOMMAND")

    s = duty_sub.add_parser("generate", help="在日期范围内公平轮排带班领导")
    s.add_argument("--from", dest="start", required=True)
    s.add_argument("--to", dest="end", required=True)
    s.set_defaults(handler=cmd_generate)

    s = duty_sub.add_parser("assign", help="手动指定某天的带班领导")
    s.add_argument("date")
    s.add_argument("leader")
    s.set_defaults(handler=cmd_assign)

    s = duty_sub.add_parser("swap", help="对调两天的带班领导")
    s.add_argument("date1")
    s.add_argument("date2")
    s.set_defaults(handler=cmd_swap)

    s = duty_sub.add_parser("unavailable", help="带班领导不能值班的星期（如 --weekdays 1,3）")
    s.add_argument("leader")
    s.add_argument("--weekdays", default="", help="逗号分隔，1=星期一 … 7=星期日；留空表示都可以")
    s.set_defaults(handler=cmd_unavailable)

    s = duty_sub.add_parser("show", help="值班表")
    s.add_argument("--month", help="YYYY-MM")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=cmd_show)

    s = duty_sub.add_parser("post", help="带班领导到岗")
    s.add_argument("--date")
    s.add_argument("--at")
    s.add_argument("--leader")
    s.set_defaults(handler=cmd_post)

    s = duty_sub.add_parser("log", help="值班记录：服务内容、突发情况、备注")
    s.add_argument("text")
    s.add_argument("--date")
    s.add_argument("--class", dest="class_name")
    s.add_argument(
        "--kind", default="content", **choice(duty.LOG_KINDS, "记录类别（默认 content）")
    )
    s.set_defaults(handler=cmd_log)

    s = duty_sub.add_parser("supervisor", help="班级当天的管理老师及在岗时间")
    s.add_argument("class_name")
    s.add_argument("--date")
    s.add_argument("--staff")
    s.add_argument("--start")
    s.add_argument("--end")
    s.set_defaults(handler=cmd_supervisor)

    s = duty_sub.add_parser("board", help="全校看板")
    s.add_argument("--date")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=cmd_board)

    s = duty_sub.add_parser("signoff", help="签结当天（有未处理事项时须写明原因）")
    s.add_argument("--date")
    s.add_argument("--reason", default="")
    s.set_defaults(handler=cmd_signoff)

    p.add_argument("--month", help=argparse.SUPPRESS)
    p.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    p.set_defaults(handler=cmd_show)


def cmd_generate(args: argparse.Namespace, ctx: ServiceContext) -> int:
    result = duty.generate_roster(ctx, args.start, args.end)
    counts = "，".join(f"{name} {n} 天" for name, n in result["counts"].items())
    emit_lines(f"已排 {result['days']} 个服务日：{counts}")
    if result["unassigned"]:
        emit_lines(f"以下日期没有可值班的领导：{'、'.join(result['unassigned'])}")
    return 0


def cmd_assign(args: argparse.Namespace, ctx: ServiceContext) -> int:
    row = duty.assign(ctx, args.date, args.leader)
    emit_lines(f"{row['day']} 带班领导：{row['leader_name']}")
    return 0


def cmd_swap(args: argparse.Namespace, ctx: ServiceContext) -> int:
    duty.swap(ctx, args.date1, args.date2)
    emit_lines(f"已对调 {args.date1} 与 {args.date2} 的带班领导。")
    return 0


def cmd_unavailable(args: argparse.Namespace, ctx: ServiceContext) -> int:
    try:
        weekdays = {int(w) for w in args.weekdays.split(",") if w.strip()}
    except ValueError:
        from after_school_desk.errors import ValidationError

        raise ValidationError(f"星期“{args.weekdays}”无效，请写成如 1,3。") from None
    duty.set_unavailable(ctx, args.leader, weekdays)
    emit_lines("已保存。")
    return 0


def cmd_show(args: argparse.Namespace, ctx: ServiceContext) -> int:
    found = duty.roster(ctx, args.month)
    if getattr(args, "json", False):
        emit_json(found)
    else:
        emit_table(["日期", "星期", "带班领导", "来源"],
                   [[r["date"], r["weekday"], r["leader"], r["source"]] for r in found])  # fmt: skip
    return 0


def cmd_post(args: argparse.Namespace, ctx: ServiceContext) -> int:
    row = duty.confirm_on_post(ctx, args.date, args.at, args.leader)
    emit_lines(f"{row['day']} 带班领导 {hhmm(row['on_post_at'])} 到岗。")
    return 0


def cmd_log(args: argparse.Namespace, ctx: ServiceContext) -> int:
    class_id = duty.class_id_of(ctx, args.class_name) if args.class_name else None
    duty.add_log(ctx, args.text, args.date, class_id, args.kind)
    emit_lines("已记入值班记录。")
    return 0


def cmd_supervisor(args: argparse.Namespace, ctx: ServiceContext) -> int:
    class_id = duty.class_id_of(ctx, args.class_name)
    row = duty.set_supervisor(ctx, class_id, args.date, args.staff, args.start, args.end)
    emit_lines(f"{args.class_name} {row['day']} 管理老师已登记。")
    return 0


def cmd_board(args: argparse.Namespace, ctx: ServiceContext) -> int:
    result = duty_board.board(ctx, args.date)
    if args.json:
        emit_json(result)
        return 0
    if not result["service"]:
        emit_lines(f"{result['date']}：{result['reason']}")
        return 0
    emit_table(
        ["班级", "报名", "签到", "请假", "缺席未结", "缺席已结", "已离校", "在校", "迟到",
         "延迟接走", "管理老师"],
        [[c["class"], c["enrolled"], c["present"], c["leave"], c["absent_open"],
          c["absent_closed"], c["handed_over"] + c["self_leave"], c["still_present"],
          c["late_arrivals"], c["late_pickups"], c["supervisor"]] for c in result["classes"]],
    )  # fmt: skip
    d = result["duty"]
    emit_lines(
        f"带班领导：{d['leader'] or d['rostered_leader'] or '未安排'}"
        f"{'，' + hhmm(d['on_post_at']) + ' 到岗' if d['on_post_at'] else ''}"
        f"{'，' + hhmm(d['signed_off_at']) + ' 已签结' if d['signed_off_at'] else ''}"
    )
    return 0


def cmd_signoff(args: argparse.Namespace, ctx: ServiceContext) -> int:
    row = duty.sign_off(ctx, args.date, args.reason)
    extra = (
        f"（{len(row['open_items'])} 项未处理，原因：{row['sign_off_reason']}）"
        if row["open_items"]
        else ""
    )
    emit_lines(f"{row['day']} 已签结{extra}。")
    return 0
