"""enrolment review / approve / refuse / agreement: the steps of an application one by one
(家长申请 is ``enroll``): the class review, the school's approval or refusal, the guardian's
signed agreement. A pupil is named by 学籍号 (their application this term) or an enrolment id."""

from __future__ import annotations

import argparse

from after_school_desk.cli.output import emit_lines
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school import enrolment


def register(sub: argparse._SubParsersAction) -> None:
    group = sub.add_parser(
        "enrolment", help="报名的各个步骤：enrolment review / approve / refuse / agreement"
    )
    steps = group.add_subparsers(
        dest="enrolment_command", required=True, metavar="review|approve|refuse|agreement"
    )
    p = steps.add_parser("review", help="班级初审（班主任核对申请）")
    p.add_argument("pupils", nargs="+", help="学籍号或报名编号")
    p.set_defaults(handler=cmd_review)
    p = steps.add_parser("approve", help="学校核准")
    p.add_argument("pupils", nargs="+", help="学籍号或报名编号")
    p.add_argument("--from", dest="start", help="开始参加的日期（默认申请的日期）")
    p.set_defaults(handler=cmd_approve)
    p = steps.add_parser("refuse", help="不予核准（必须写明理由）")
    p.add_argument("pupil", help="学籍号或报名编号")
    p.add_argument("--reason", required=True, help="理由")
    p.set_defaults(handler=cmd_refuse)
    p = steps.add_parser("agreement", help="登记家长签订的自愿参加课后服务协议")
    p.add_argument("pupil", help="学籍号")
    p.add_argument("--signed-by", required=True, help="签订协议的家长")
    p.add_argument("--date", help="签订日期（默认今天）")
    p.set_defaults(handler=cmd_agreement)


def cmd_review(args: argparse.Namespace, ctx: ServiceContext) -> int:
    ids = [enrolment.open_enrolment_id(ctx, key) for key in args.pupils]
    for enrolment_id in ids:
        enrolment.review(ctx, enrolment_id)
    emit_lines(f"已记录班级初审 {len(ids)} 人。")
    return 0


def cmd_approve(args: argparse.Namespace, ctx: ServiceContext) -> int:
    ids = [enrolment.open_enrolment_id(ctx, key) for key in args.pupils]
    for enrolment_id in ids:
        row = enrolment.approve(ctx, enrolment_id, args.start)
        emit_lines(f"已核准：从 {row.get('enrolled_from')} 起参加课后服务。")
    return 0


def cmd_refuse(args: argparse.Namespace, ctx: ServiceContext) -> int:
    enrolment.refuse(ctx, enrolment.open_enrolment_id(ctx, args.pupil), args.reason)
    emit_lines("已记录不予核准及理由。")
    return 0


def cmd_agreement(args: argparse.Namespace, ctx: ServiceContext) -> int:
    row = enrolment.record_agreement(ctx, args.pupil, args.signed_by, args.date)
    emit_lines(f"已登记协议：{row['agreement_signed_by']} 于 {row['agreement_signed_on']} 签订。")
    return 0
