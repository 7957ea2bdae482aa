"""init, staff, classes, check."""

from __future__ import annotations

import argparse

from after_school_desk.cli.account_cmds import first_pin
from after_school_desk.cli.chinese_argparse import choice
from after_school_desk.cli.output import emit_json, emit_lines, emit_table
from after_school_desk.domain.roles import Role
from after_school_desk.errors import ValidationError
from after_school_desk.services.base import classes as class_service
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school import setup, staff, users

# Chinese names of the staff roles beside those of staff.STAFF_ROLES
STAFF_ROLE_ALIASES = {
    "老师": "teacher",
    "班主任": "teacher",
    "管理老师": "teacher",
    "带班": "duty_leader",
    "外聘": "external",
    "志愿者": "external",
}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help="建立新的学校数据库")
    p.add_argument("--school", required=True, help="学校名称")
    p.add_argument("--county", required=True, help="所属县（区）")
    p.add_argument("--term-start", required=True, help="学期开始日期 YYYY-MM-DD")
    p.add_argument("--term-end", required=True, help="学期结束日期 YYYY-MM-DD")
    p.add_argument("--profile", default="national", help="地区政策配置（默认 national）")
    p.add_argument("--stage", default="primary", **choice(setup.STAGES, "学段（默认 primary）"))
    p.add_argument("--code", default="", help="学校标识码（10位）")
    p.add_argument("--classes-per-grade", type=int, default=0, help="每个年级预先建立的班级数")
    p.add_argument("--boarding", action="store_true", help="寄宿制学校")
    p.add_argument("--town", action="store_true", help="不是村小/教学点")
    p.add_argument(
        "--principal",
        metavar="LOGIN",
        help="同时建立校长的登录账户（PIN 输入两次，不回显；脚本用环境变量 APP_PIN）",
    )
    p.add_argument("--principal-name", default="", help="校长账户的显示名称，如 王校长")
    p.set_defaults(handler=cmd_init, db_mode="create")

    p = sub.add_parser("staff", help="教职工：staff add 姓名 --role …；staff [--json] 列出")
    staff_sub = p.add_subparsers(dest="staff_command")
    add = staff_sub.add_parser("add", help="添加教职工")
    add.add_argument("name")
    add.add_argument(
        "--role", required=True, **choice(staff.STAFF_ROLES, "岗位", STAFF_ROLE_ALIASES)
    )
    add.add_argument("--phone")
    add.add_argument("--vetting", **choice(staff.VETTING, "外聘人员的备案状态"))
    add.set_defaults(handler=cmd_staff_add)
    head = staff_sub.add_parser("head", help="指定班主任：staff head 班级 教职工")
    head.add_argument("class_name")
    head.add_argument("member")
    head.set_defaults(handler=cmd_staff_head)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_staff_list)

    p = sub.add_parser("classes", help="列出班级")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_classes)


def cmd_init(args: argparse.Namespace, ctx: ServiceContext) -> int:
    pin = None
    if args.principal is not None:  # asked and checked before anything is written
        login = args.principal.strip()
        if not login or len(login) > 32 or any(ch.isspace() for ch in login):
            raise ValidationError(
                f"校长的登录名“{args.principal}”无效：不能为空、不能含空格，最长 32 个字符。"
                "什么也没有改。"
            )
        pin = first_pin()
        users.validate_pin(pin, Role.PRINCIPAL)
    result = setup.create_school(
        ctx,
        setup.SchoolSetup(
            name=args.school,
            county=args.county,
            term_start=args.term_start,
            term_end=args.term_end,
            profile_id=args.profile,
            stage=args.stage,
            school_code=args.code,
            boarding=args.boarding,
            village=not args.town,
            classes_per_grade=args.classes_per_grade,
        ),
    )
    emit_lines(
        f"已建立学校：{result['school']['name']}（{result['school']['county']}）",
        f"学期：{result['term']['name']} {result['term']['start_date']} 至 {result['term']['end_date']}",
        f"数据库：{getattr(args, 'target_db', None) or ctx.store.path}",
    )
    if pin is not None:
        row = users.create_user(ctx, args.principal, args.principal_name, Role.PRINCIPAL.value, pin)
        emit_lines(
            f"已建立校长的登录账户 {row['login']}。以后的命令请用 --user {row['login']} 登录。"
        )
    else:
        emit_lines(
            "还没有登录账户：请用 user-add 登录名 --role principal 建立校长账户"
            "（建立第一个账户不需要登录），或打开程序按向导建立。"
        )
    return 0


def cmd_staff_add(args: argparse.Namespace, ctx: ServiceContext) -> int:
    row = staff.add_staff(ctx, args.name, args.role, args.phone, args.vetting)
    emit_lines(f"已添加 {staff.STAFF_ROLES[row['role']]} {row['name']}（编号 {row['id']}）")
    return 0


def cmd_staff_head(args: argparse.Namespace, ctx: ServiceContext) -> int:
    staff.set_head_teacher(ctx, args.class_name, args.member)
    emit_lines(f"已指定 {args.class_name} 的班主任：{args.member}")
    return 0


def cmd_staff_list(args: argparse.Namespace, ctx: ServiceContext) -> int:
    members = staff.list_staff(ctx)
    if args.json:
        emit_json(
            [{"id": m["id"], "name": m["name"], "role": m["role"], "phone": m["phone"],
              "vetting": m["vetting"]} for m in members]
        )  # fmt: skip
    else:
        emit_table(
            ["姓名", "角色", "电话", "备案", "编号"],
            [[m["name"], staff.STAFF_ROLES[m["role"]], m["phone"], staff.VETTING[m["vetting"]],
              m["id"]] for m in members],
        )  # fmt: skip
    return 0


def cmd_classes(args: argparse.Namespace, ctx: ServiceContext) -> int:
    rows = class_service.list_classes(ctx)
    if args.json:
        emit_json([{"id": r["id"], "name": r["name"], "grade": r["grade_name"],
                    "head_teacher": r["head_teacher"]} for r in rows])  # fmt: skip
    else:
        emit_table(
            ["班级", "年级", "班主任"],
            [[r["name"], r["grade_name"], r["head_teacher"]] for r in rows],
        )
    return 0
