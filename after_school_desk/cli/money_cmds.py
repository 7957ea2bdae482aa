"""fee, bill, charges, pay, waive, refund, account, expense, income, subsidy, consent."""

from __future__ import annotations

import argparse

from after_school_desk.cli.chinese_argparse import choice
from after_school_desk.cli.output import emit_json, emit_lines, emit_table
from after_school_desk.domain.billing import MANUAL_WAIVER_KINDS, MODES, STAGE_CHOICES, UNITS
from after_school_desk.domain.money import EXPENSE_CATEGORIES, yuan
from after_school_desk.domain.profiles import SUBSIDY_DAY_TYPES
from after_school_desk.domain.spending import PURPOSES
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.money import billing, expenses, fees, payments, subsidies, waivers
from after_school_desk.services.money.finance_reports import finance_month
from after_school_desk.services.school import consent


def register(sub: argparse._SubParsersAction) -> None:
    fee = sub.add_parser("fee", help="收费标准：fee set … / fee list")
    fee_sub = fee.add_subparsers(dest="fee_command", required=True, metavar="set|list")
    p = fee_sub.add_parser("set", help="设定收费标准（超过政策上限会被拒绝）")
    p.add_argument("--amount", required=True, help="金额（元），如 150 或 12.50")
    p.add_argument(
        "--per",
        required=True,
        **choice(UNITS, "计费单位", {"月": "month", "学期": "term", "天": "day"}),
    )
    p.add_argument("--mode", default="basic", **choice(MODES, "服务方式（默认 basic）"))
    p.add_argument("--stage", **choice(STAGE_CHOICES, "学段（默认 all 全部学段）"))
    p.add_argument("--approval", default="", help="价格主管部门审核文号")
    p.add_argument("--approval-date", help="审核日期")
    p.add_argument("--from", dest="start", help="起用日期（默认今天）")
    p.add_argument("--half-month", action="store_true", help="实际参加不足半月的按半月收取")
    p.set_defaults(handler=cmd_fee_set)
    p = fee_sub.add_parser("list", help="全部收费标准（含历史）")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_fee_list)

    p = sub.add_parser("bill", help="生成某月收费（可重复运行，结果相同）")
    p.add_argument("--month", required=True, help="YYYY-MM")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_bill)

    p = sub.add_parser("charges", help="某月各生应收、减免、实收")
    p.add_argument("--month", required=True)
    p.add_argument("--class", dest="class_name")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_charges)

    p = sub.add_parser("pay", help="登记缴费")
    p.add_argument("pupil")
    p.add_argument("--amount", required=True, help="金额（元）")
    p.add_argument("--date", help="缴费日期（默认今天）")
    p.add_argument("--receipt", help="收据号")
    p.add_argument("--method", default="cash", **choice(payments.METHODS, "缴费方式（默认 cash）"))
    p.add_argument("--note", default="")
    p.set_defaults(handler=cmd_pay)

    p = sub.add_parser("waive", help="登记减免（建档立卡按学籍标记自动免费）")
    p.add_argument("pupil")
    p.add_argument(
        "--kind", required=True, help=f"{' / '.join(MANUAL_WAIVER_KINDS)} 或 低保、特困、残疾、孤儿"
    )
    p.add_argument("--percent", type=int, default=100, help="减免比例 1–100（默认 100 全免）")
    p.add_argument("--evidence", default="", help="减免依据（证件号、审核材料）")
    p.add_argument("--from", dest="start", help="减免起始日期（默认今天）")
    p.set_defaults(handler=cmd_waive)

    p = sub.add_parser("refund", help="退费（只退多缴部分；不超过已缴未退的金额）")
    p.add_argument("pupil")
    p.add_argument("--amount", required=True, help="金额（元）")
    p.add_argument("--reason", default="")
    p.add_argument("--date", help="退费日期（默认今天）")
    p.set_defaults(handler=cmd_refund)

    p = sub.add_parser("account", help="某生的收费、缴费、退费与结算")
    p.add_argument("pupil")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_account)

    exp = sub.add_parser("expense", help="支出台账：expense add … / expense list --month")
    exp_sub = exp.add_subparsers(dest="expense_command", required=True, metavar="add|list")
    p = exp_sub.add_parser("add", help="登记支出")
    p.add_argument("--category", required=True, help="、".join(EXPENSE_CATEGORIES))
    p.add_argument("--amount", required=True, help="金额（元）")
    p.add_argument("--date", help="日期（默认今天）")
    p.add_argument("--note", default="")
    p.add_argument(
        "--purpose",
        default="",
        help="用途（类别为“其他”时必填）：" + "、".join(f"{k}（{v}）" for k, v in PURPOSES.items()),
    )
    p.set_defaults(handler=cmd_expense_add)
    p = exp_sub.add_parser("list", help="某月收支台账")
    p.add_argument("--month", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_ledger_list)

    p = sub.add_parser("income", help="登记其他收入（财政补助、其他收入）")
    p.add_argument("--category", required=True, help="财政补助 / 其他收入")
    p.add_argument("--amount", required=True)
    p.add_argument("--date")
    p.add_argument("--note", default="")
    p.set_defaults(handler=cmd_income_add)

    p = sub.add_parser("finance", help="某月收支汇总（公示数据）")
    p.add_argument("--month", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_finance)

    sb = sub.add_parser("subsidy", help="教职工补助：subsidy rate … / subsidy show --month")
    sb_sub = sb.add_subparsers(dest="subsidy_command", required=True, metavar="rate|show")
    p = sb_sub.add_parser("rate", help="设定补助标准")
    p.add_argument(
        "--category",
        required=True,
        **choice(
            {"teacher": "教师", "duty_leader": "带班领导", "external": "外聘人员"},
            "人员类别",
            {"老师": "teacher", "外聘": "external"},
        ),
    )
    p.add_argument("--amount", required=True, help="每小时或每课时金额（元）")
    p.add_argument(
        "--unit",
        default="hour",
        **choice({"hour": "每小时", "lesson": "每课时"}, "单位（默认 hour）"),
    )
    p.add_argument(
        "--day-type",
        default="base",
        **choice(
            {"base": "基数", **SUBSIDY_DAY_TYPES},
            "base：基数，按政策倍数折算；其他：该类日期的固定标准",
        ),
    )
    p.add_argument("--from", dest="start")
    p.set_defaults(handler=cmd_subsidy_rate)
    p = sb_sub.add_parser("show", help="某月每人课后服务时数与补助")
    p.add_argument("--month", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_subsidy_show)

    p = sub.add_parser("consent", help="登记监护人单独同意（参加服务 / 减免名单公示）")
    p.add_argument("pupil")
    p.add_argument("--kind", required=True, **choice(consent.CONSENT_KINDS, "同意的事项"))
    p.add_argument("--by", default="", help="签署的监护人")
    p.add_argument("--date")
    p.add_argument("--withdraw", action="store_true", help="撤回同意")
    p.set_defaults(handler=cmd_consent)


def cmd_fee_set(args: argparse.Namespace, ctx: ServiceContext) -> int:
    row = fees.set_fee(ctx, args.amount, args.per, mode=args.mode, stage=args.stage,
                       approval=args.approval, approval_date=args.approval_date,
                       start=args.start, half_month=args.half_month)  # fmt: skip
    emit_lines(f"已设定收费标准：{row['label']}，自 {row['effective_from']} 起执行。")
    return 0


def cmd_fee_list(args: argparse.Namespace, ctx: ServiceContext) -> int:
    found = fees.list_standards(ctx)
    if args.json:
        emit_json(found)
        return 0
    emit_table(["起用日期", "标准", "批复文号"],
               [[s["effective_from"], s["label"], s["approval_doc"]] for s in found])  # fmt: skip
    return 0


def cmd_bill(args: argparse.Namespace, ctx: ServiceContext) -> int:
    r = billing.bill_month(ctx, args.month)
    if args.json:
        emit_json(r)
        return 0
    emit_lines(
        f"{r['month']}：{r['pupils']} 人，应收 {yuan(r['charged_fen'])} 元，"
        f"减免 {yuan(r['waived_fen'])} 元；新增 {r['created']}、更新 {r['updated']}、"
        f"未变 {r['unchanged']}、删除 {r['removed']}。"
    )
    if r["no_standard"]:
        emit_lines(f"没有适用收费标准、未计费的学生 {len(r['no_standard'])} 人。")
    if r.get("poor_not_free"):
        emit_lines(
            f"建档立卡学生 {len(r['poor_not_free'])} 人照常计费：本地政策没有规定建档立卡学生"
            "自动免费，经审核后请用 waive 登记减免。"
        )
    return 0


def cmd_charges(args: argparse.Namespace, ctx: ServiceContext) -> int:
    found = billing.month_charges(ctx, args.month, args.class_name)
    if args.json:
        emit_json(found)
        return 0
    emit_table(
        ["班级", "姓名", "学籍号", "应收", "减免", "应缴", "说明"],
        [[c["class"], c["name"], c["national_id"], yuan(c["gross_fen"]), yuan(c["waived_fen"]),
          yuan(c["net_fen"]), c["basis"]] for c in found],
    )  # fmt: skip
    return 0


def cmd_pay(args: argparse.Namespace, ctx: ServiceContext) -> int:
    r = payments.record_payment(ctx, args.pupil, args.amount, args.date, method=args.method,
                                receipt_no=args.receipt, note=args.note)  # fmt: skip
    emit_lines(f"{r['pupil']} 缴费 {yuan(r['amount_fen'])} 元已登记。")
    return 0


def cmd_waive(args: argparse.Namespace, ctx: ServiceContext) -> int:
    r = waivers.grant_waiver(ctx, args.pupil, args.kind, args.percent, args.evidence, args.start)
    emit_lines(f"{r['pupil']}：{r['kind_label']} 减免 {r['percent']}%，自 {r['valid_from']} 起。")
    return 0


def cmd_refund(args: argparse.Namespace, ctx: ServiceContext) -> int:
    r = payments.refund(ctx, args.pupil, args.amount, args.reason, args.date)
    emit_lines(f"{r['pupil']} 退费 {yuan(r['amount_fen'])} 元，审批人 {r['approved_by']}。")
    return 0


def cmd_account(args: argparse.Namespace, ctx: ServiceContext) -> int:
    r = payments.account(ctx, args.pupil)
    if args.json:
        emit_json(r)
        return 0
    emit_lines(f"{r['class']} {r['name']}（{r['national_id']}）：{r['summary']}")
    return 0


def cmd_expense_add(args: argparse.Namespace, ctx: ServiceContext) -> int:
    r = expenses.add_expense(ctx, args.category, args.amount, args.date, args.note, args.purpose)
    emit_lines(
        f"已登记支出：{r['category']} {yuan(r['amount_fen'])} 元（{r['entry_on']}），"
        f"用途：{PURPOSES[r['purpose']]}。"
    )
    return 0


def cmd_income_add(args: argparse.Namespace, ctx: ServiceContext) -> int:
    r = expenses.add_income(ctx, args.category, args.amount, args.date, args.note)
    emit_lines(f"已登记收入：{r['category']} {yuan(r['amount_fen'])} 元（{r['entry_on']}）。")
    return 0


def cmd_ledger_list(args: argparse.Namespace, ctx: ServiceContext) -> int:
    found = expenses.month_ledger(ctx, args.month)
    if args.json:
        emit_json(found)
        return 0
    emit_table(["日期", "收/支", "类别", "用途", "金额", "备注"],
               [[e["entry_on"], "支出" if e["direction"] == "expense" else "收入", e["category"],
                 e["purpose_label"], yuan(e["amount_fen"]), e["note"]] for e in found])  # fmt: skip
    return 0


def cmd_finance(args: argparse.Namespace, ctx: ServiceContext) -> int:
    r = finance_month(ctx, args.month)
    if args.json:
        emit_json(r)
        return 0
    for label, fen in (("应收", r["charged_fen"]), ("减免", r["waived_fen"]),
                       ("实收", r["paid_fen"]), ("退费", r["refunded_fen"]),
                       ("收入合计", r["income_fen"]), ("支出合计", r["expenses_fen"]),
                       ("结余", r["balance_fen"])):  # fmt: skip
        emit_lines(f"{label}：{yuan(fen)} 元")
    return 0


def cmd_subsidy_rate(args: argparse.Namespace, ctx: ServiceContext) -> int:
    r = subsidies.set_rate(ctx, args.category, args.amount, unit=args.unit,
                           day_type_=args.day_type, start=args.start)  # fmt: skip
    emit_lines(
        f"已设定补助标准：{r['category']} {r['day_type']} {yuan(r['rate_fen'])} 元/{r['unit']}。"
    )
    return 0


def cmd_subsidy_show(args: argparse.Namespace, ctx: ServiceContext) -> int:
    r = subsidies.month_subsidy(ctx, args.month)
    if args.json:
        emit_json(r)
        return 0
    emit_table(
        ["姓名", "类别", "平时(小时)", "休息日(小时)", "法定节假日(小时)", "金额(元)"],
        [[p["name"], p["category_label"], p["hours"]["weekday"], p["hours"]["rest_day"],
          p["hours"]["statutory_holiday"], yuan(p["amount_fen"])] for p in r["people"]],
    )  # fmt: skip
    emit_lines(f"合计 {yuan(r['total_fen'])} 元")
    return 0


def cmd_consent(args: argparse.Namespace, ctx: ServiceContext) -> int:
    r = consent.record_consent(ctx, args.pupil, args.kind, args.by, args.date,
                               withdraw=args.withdraw)  # fmt: skip
    label = consent.CONSENT_KINDS[args.kind]
    emit_lines(f"{r['pupil']}：已{'撤回' if args.withdraw else '登记'}“{label}”同意。")
    return 0
