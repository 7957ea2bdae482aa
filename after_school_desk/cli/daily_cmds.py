"""enroll, withdraw, permit-self, signin, absent, leave, contact, signout, alerts, day, outbox."""

from __future__ import annotations

import argparse
from collections.abc import Mapping

from after_school_desk.cli.chinese_argparse import choice
from after_school_desk.cli.output import emit_json, emit_lines, emit_table
from after_school_desk.domain.alerts import ALERT_LABELS
from after_school_desk.domain.attendance import hhmm
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.daily import alerts as alert_service
from after_school_desk.services.daily import attendance, outbox
from after_school_desk.services.school import enrolment


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "enroll", help="报名课后服务：enroll (--class 班级 | 学籍号…) [--from 日期] [--approve]"
    )
    p.add_argument("pupils", nargs="*", help="学籍号或学生编号")
    p.add_argument("--class", dest="class_name", help="整班报名")
    p.add_argument("--from", dest="start", help="开始参加的日期（默认今天）")
    p.add_argument(
        "--approve",
        action="store_true",
        help="直接由学校核准（不经单独的班级初审；分步办理用 enrolment review / approve）",
    )
    p.add_argument("--mode", default="basic", **choice(enrolment.MODES, "服务方式（默认 basic）"))
    p.add_argument("--applied-by", default="", help="提出申请的家长")
    p.set_defaults(handler=cmd_enroll)

    p = sub.add_parser("withdraw", help="退出课后服务")
    p.add_argument("pupil")
    p.add_argument("--date", required=True, help="从这一天起不再参加")
    p.add_argument("--reason", default="")
    p.set_defaults(handler=cmd_withdraw)

    p = sub.add_parser("permit-self", help="登记家长签字的自行离校同意书")
    p.add_argument("pupil")
    p.add_argument("--signed-by", required=True, help="签字的监护人")
    p.add_argument("--date", help="签字日期（默认今天）")
    p.set_defaults(handler=cmd_permit_self)

    p = sub.add_parser("signin", help="签到")
    p.add_argument("pupil")
    p.add_argument("--at", help="签到时间，如 2026-11-02T16:05（默认现在）")
    p.set_defaults(handler=cmd_signin)

    p = sub.add_parser("absent", help="记为缺席（原因不明）")
    p.add_argument("pupil")
    p.add_argument("--date")
    p.add_argument("--reason", default="")
    p.set_defaults(handler=cmd_absent)

    p = sub.add_parser("leave", help="请假（可提前登记一段日期）")
    p.add_argument("pupil")
    p.add_argument("--date", required=True, help="请假日期（或开始日期）")
    p.add_argument("--to", help="请假结束日期（默认同一天）")
    p.add_argument("--reason", default="")
    p.set_defaults(handler=cmd_leave)

    p = sub.add_parser("contact", help="记录与家长的联系（缺席或延迟接走）")
    p.add_argument("pupil")
    p.add_argument("--date")
    outcome = p.add_mutually_exclusive_group(required=True)
    outcome.add_argument("--reached", action="store_true", help="联系上了（关闭提醒）")
    outcome.add_argument("--not-reached", action="store_true", help="没联系上（提醒保持）")
    p.add_argument(
        "--method",
        default="phone",
        **choice(attendance.CONTACT_METHODS, "联系方式（默认 phone）", {"微信": "message"}),
    )
    p.add_argument("--reason", default="", help="如 生病、在家、已提前接走、不明")
    p.add_argument("--note", default="")
    p.add_argument("--adult", help="联系的家长姓名（默认第一位监护人）")
    p.add_argument("--at", help="联系时间（默认现在）")
    p.set_defaults(handler=cmd_contact)

    p = sub.add_parser("signout", help="签退：交给接送人、自行离校或转入延时托管")
    p.add_argument("pupil")
    p.add_argument("--at", help="签退时间（默认现在）")
    way = p.add_mutually_exclusive_group(required=True)
    way.add_argument("--pickup", help="接走学生的人的姓名（须在接送人名单上）")
    way.add_argument(
        "--self", dest="self_leave", action="store_true", help="自行离校（须有同意书）"
    )
    way.add_argument("--extended", action="store_true", help="转入延时托管")
    p.add_argument("--override-reason", help="带班领导放行名单外的人：理由")
    p.add_argument("--relation", default="", help="名单外的人与学生的关系")
    p.add_argument("--phone", default="", help="名单外的人的电话")
    p.add_argument("--staff", help="交接/看护的教职工（默认当前用户或班级管理老师）")
    p.set_defaults(handler=cmd_signout)

    p = sub.add_parser("alerts", help="缺席和延迟接走提醒")
    p.add_argument("--date")
    p.add_argument("--open", dest="open_only", action="store_true", help="只列出未关闭的")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_alerts)

    p = sub.add_parser("day", help="当天每位报名学生的状态")
    p.add_argument("--date")
    p.add_argument("--class", dest="class_name")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_day)

    p = sub.add_parser("outbox", help="给家长的消息：--queue 生成，--export 文件.csv 导出")
    p.add_argument("--date")
    p.add_argument("--queue", action="store_true", help="为未关闭的提醒生成消息")
    p.add_argument("--export", help="导出尚未导出的消息到 CSV 文件")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_outbox)


def cmd_enroll(args: argparse.Namespace, ctx: ServiceContext) -> int:
    result = enrolment.enroll(ctx, args.pupils, args.class_name, args.start, approve=args.approve,
                              mode=args.mode, applied_by=args.applied_by)  # fmt: skip
    emit_lines(
        f"开始日期 {result['from']}：新申请 {len(result['applied'])} 人，"
        f"已核准参加 {len(result['approved'])} 人，原已报名 {len(result['already'])} 人。"
    )
    return 0


def cmd_withdraw(args: argparse.Namespace, ctx: ServiceContext) -> int:
    row = enrolment.withdraw(ctx, args.pupil, args.date, args.reason)
    emit_lines(f"已登记退出：从 {row['withdrawn_on']} 起不再参加课后服务。")
    return 0


def cmd_permit_self(args: argparse.Namespace, ctx: ServiceContext) -> int:
    row = attendance.permit_self_leave(ctx, args.pupil, args.signed_by, args.date)
    emit_lines(f"已登记自行离校同意书（{row['signed_by']}，{row['signed_on']}）。")
    return 0


def _said(view: Mapping[str, object]) -> str:
    return f"{view['class']} {view['name']}：{view['state_label']}"


def cmd_signin(args: argparse.Namespace, ctx: ServiceContext) -> int:
    view = attendance.sign_in(ctx, args.pupil, args.at)
    emit_lines(f"{_said(view)}（{hhmm(str(view['signed_in_at']))} 签到）")
    return 0


def cmd_absent(args: argparse.Namespace, ctx: ServiceContext) -> int:
    emit_lines(_said(attendance.mark_absent(ctx, args.pupil, args.date, args.reason)))
    return 0


def cmd_leave(args: argparse.Namespace, ctx: ServiceContext) -> int:
    result = attendance.record_leave(ctx, args.pupil, args.date, args.to, args.reason)
    emit_lines(f"已登记请假 {len(result['days'])} 天：{'、'.join(result['days'])}")
    return 0


def cmd_contact(args: argparse.Namespace, ctx: ServiceContext) -> int:
    view = attendance.record_contact(ctx, args.pupil, bool(args.reached), args.date,
                                     method=args.method, reason=args.reason, note=args.note,
                                     adult_name=args.adult, at=args.at)  # fmt: skip
    outcome = "已联系上，提醒关闭" if args.reached else "未联系上，提醒保持"
    emit_lines(f"{_said(view)}；{outcome}")
    return 0


def cmd_signout(args: argparse.Namespace, ctx: ServiceContext) -> int:
    override = None
    if args.override_reason is not None:
        override = attendance.Override(args.pickup or "", args.relation, args.phone,
                                       args.override_reason)  # fmt: skip
    staff_id = None
    if args.staff:
        from after_school_desk.services.school.staff import find_staff

        staff_id = find_staff(ctx, args.staff)["id"]
    view = attendance.sign_out(ctx, args.pupil, args.at, pickup_name=args.pickup,
                               self_leave=args.self_leave, extended=args.extended,
                               override=override, staff_id=staff_id)  # fmt: skip
    adult = f"，交给 {view['adult']}" if view["adult"] else ""
    emit_lines(f"{_said(view)}{adult}")
    return 0


def cmd_alerts(args: argparse.Namespace, ctx: ServiceContext) -> int:
    found = alert_service.alerts(ctx, args.date, open_only=args.open_only)
    if args.json:
        emit_json(found)
        return 0
    if not found:
        emit_lines("没有提醒。")
        return 0
    emit_table(
        ["类型", "班级", "学生", "学籍号", "开始", "状态", "联系记录", "监护人电话"],
        [[a["kind_label"], a["class"], a["name"], a["national_id"], hhmm(a["opened_at"]),
          ("未关闭" + ("（已上报带班领导）" if a["escalated"] else "")) if a["status"] == "open"
          else f"已关闭：{a['closed_by_label']}",
          len(a["contacts"]),
          "；".join(f"{g['name']}({g['relation']}) {g['phone'] or ''}" for g in a["guardians"])]
         for a in found],
    )  # fmt: skip
    return 0


DAY_KEYS = ("id", "national_id", "name", "class", "state", "signed_in_at", "left_at", "adult")


def cmd_day(args: argparse.Namespace, ctx: ServiceContext) -> int:
    found = attendance.day_list(ctx, args.date, args.class_name)
    if args.json:
        keys = (*DAY_KEYS, "late_arrival", "open_alerts")
        emit_json([{k: v for k, v in view.items() if k in keys} for view in found])
        return 0
    emit_table(
        ["班级", "学生", "学籍号", "状态", "签到", "离校", "接走人", "提醒"],
        [[v["class"], v["name"], v["national_id"], v["state_label"], hhmm(v["signed_in_at"]),
          hhmm(v["left_at"]), v["adult"],
          "、".join(ALERT_LABELS.get(k, k) for k in v["open_alerts"])] for v in found],
    )  # fmt: skip
    return 0


def cmd_outbox(args: argparse.Namespace, ctx: ServiceContext) -> int:
    if args.queue:
        emit_lines(f"新生成 {outbox.queue_alert_messages(ctx, args.date)} 条消息。")
    if args.export:
        count = outbox.export_csv(ctx, args.export, args.date)
        emit_lines(f"已导出 {count} 条消息到 {args.export}。")
    if args.queue or args.export:
        return 0
    messages = outbox.list_outbox(ctx, args.date)
    if args.json:
        emit_json(messages)
    else:
        emit_table(
            ["日期", "学生", "收信人", "电话", "已导出", "内容"],
            [[m["day"], m["pupil_name"], m["recipient"], m["phone"],
              "是" if m["exported_at"] else "否", m["body"]] for m in messages],
        )  # fmt: skip
    return 0
