"""report ledger/direct/handover-sheet/roster/finance/subsidy: the printed monthly outputs."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from after_school_desk.cli.output import emit_json, emit_lines
from after_school_desk.errors import AppError, InputFileError, ValidationError
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.month import facts, report_package, reports


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help="报表：月度台账、直报数据、交接单、值班表、收支公示、补助表")
    rsub = p.add_subparsers(dest="report_command", metavar="REPORT")

    s = rsub.add_parser("ledger", help="课后服务工作台账（PDF）")
    s.add_argument("--month", required=True, help="YYYY-MM")
    s.add_argument("--out", required=True, help="输出文件 .pdf")
    s.set_defaults(handler=cmd_ledger)

    s = rsub.add_parser(
        "direct",
        help="直报数据：--json 输出，--out .xlsx/.csv 参考表，--template 填县里的模板",
        description="占位符：模板单元格里写 {{字段}}（如 {{pupils_enrolled}}、"
        "{{pupils_priority.left_behind}}），字段见 report direct-template 生成的默认模板。",
    )
    s.add_argument("--month", required=True, help="YYYY-MM")
    s.add_argument("--out", help="输出 .xlsx 或 .csv（有 --template 时为填好的模板 .xlsx）")
    s.add_argument("--template", help="县里下发的 .xlsx 模板（单元格内写 {{字段}}）")
    s.add_argument("--json", action="store_true",
                   help="输出直报数据及文件头（报送包的内容，须已填写学校标识码）")  # fmt: skip
    s.add_argument("--school-code", metavar="CODE",
                   help="学校标识码（10 位）：还没有填写时用它补上，保存到学校设置")  # fmt: skip
    s.set_defaults(handler=cmd_direct)

    s = rsub.add_parser(
        "package",
        help="报送包：把某月直报数据存成一个交给县教育局的文件（U 盘或县里指定的渠道）",
        description="文件名为 <学校标识码>-<YYYY-MM>-<生成时间 YYYYMMDDHHMM>.json；"
        "只有汇总数字，没有学生姓名和学籍号。月结之后再生成，县里才不会标为“未月结”。",
    )
    s.add_argument("--month", required=True, help="YYYY-MM")
    s.add_argument("--to", required=True, metavar="DIR", help="保存到这个文件夹（例如 U 盘）")
    s.add_argument("--school-code", metavar="CODE",
                   help="学校标识码（10 位）：还没有填写时用它补上，保存到学校设置")  # fmt: skip
    s.add_argument("--json", action="store_true", help="同时输出报送包的内容")
    s.set_defaults(handler=cmd_package)

    s = rsub.add_parser("direct-template", help="生成带全部占位符的默认直报模板（.xlsx）")
    s.add_argument("--out", required=True, help="输出文件 .xlsx")
    s.set_defaults(handler=cmd_direct_template, db_mode="none")

    s = rsub.add_parser("handover-sheet", help="某班某天的纸质交接单（停电备用，PDF）")
    s.add_argument("--class", dest="class_name", required=True, help="班级，如 三年级(1)班")
    s.add_argument("--date", required=True, help="日期 YYYY-MM-DD")
    s.add_argument("--out", required=True, help="输出文件 .pdf")
    s.set_defaults(handler=cmd_handover)

    s = rsub.add_parser("pickup-cards", help="学生接送卡（每人一张，带二维码，PDF）")
    s.add_argument("--class", dest="class_name", help="只打印这个班（默认全校）")
    s.add_argument("--out", required=True)
    s.set_defaults(handler=cmd_pickup_cards)

    s = rsub.add_parser("roster", help="带班领导值班表（公告栏张贴，PDF）")
    s.add_argument("--month", required=True)
    s.add_argument("--out", required=True)
    s.set_defaults(handler=cmd_roster)

    s = rsub.add_parser("finance", help="收支公示及减免名单（PDF/XLSX）")
    s.add_argument("--month", required=True)
    s.add_argument("--out")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=cmd_finance)

    s = rsub.add_parser("subsidy", help="教职工课后服务补助表（PDF/XLSX）")
    s.add_argument("--month", required=True)
    s.add_argument("--out")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=cmd_subsidy)

    s = rsub.add_parser("arrears", help="欠费名单：本月及以前未缴清的学生（内部，PDF）")
    s.add_argument("--month", required=True, help="YYYY-MM")
    s.add_argument("--out", required=True, help="输出文件 .pdf")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=cmd_arrears)

    p.set_defaults(handler=lambda args, ctx: _usage(p))


def _usage(p: argparse.ArgumentParser) -> int:
    p.print_help(sys.stderr)
    return 2


def _out(value: str, allowed: tuple[str, ...]) -> Path:
    path = Path(value)
    if path.suffix.lower() not in allowed:
        raise InputFileError(f"输出文件“{value}”的类型不对，应为 {' / '.join(allowed)}。")
    if not path.parent.exists():
        raise InputFileError(f"文件夹“{path.parent}”不存在。")
    _check_writable(path)
    return path


def _cannot_write(path: Path, exc: OSError) -> ValidationError:
    why = exc.strerror or exc.__class__.__name__
    return ValidationError(
        f"无法在文件夹“{path.parent.resolve()}”中写入“{path.name}”（{why}）。"
        "请换一个可以写入的文件夹（例如“文档”或 U 盘），或请管理员开放该文件夹的写入权限。"
    )


def _check_writable(path: Path) -> None:
    """Refuse an output the program cannot write before any work is done: a read-only folder,
    a file open in another program, a parent that is not a folder."""
    existed = path.exists()
    try:
        with path.open("ab"):
            pass
    except OSError as exc:
        raise _cannot_write(path, exc) from None
    if not existed:
        path.unlink(missing_ok=True)


@contextmanager
def _writing(path: Path) -> Iterator[None]:
    """Writing the output: a failure (the folder turned read-only, the disk filled) is told in
    words naming the folder, never as a traceback or as the template's fault."""
    try:
        yield
    except AppError:
        raise
    except OSError as exc:
        raise _cannot_write(path, exc) from None


def _progress_line(done: int, total: int) -> None:
    if sys.stderr.isatty():
        sys.stderr.write(f"\r生成中 {done * 100 // max(total, 1)}%")


def cmd_ledger(args: argparse.Namespace, ctx: ServiceContext) -> int:
    out = _out(args.out, (".pdf",))
    with _writing(out):
        data = reports.ledger_pdf(ctx, args.month, out, _progress_line)
    if sys.stderr.isatty():
        sys.stderr.write("\n")
    emit_lines(f"已生成 {out}：{data.school_name} {data.month} 台账，{len(data.classes)} 个班、"
               f"{data.participants} 名学生、{data.service_days_held} 个服务日。")  # fmt: skip
    return 0


MISSING_CODE_HINT = (
    "请在命令后加 --school-code 10位学校标识码（会保存到学校设置），"
    "或由校长在“学校设置”页填写后再试。"
)


def _school_code(args: argparse.Namespace, ctx: ServiceContext) -> None:
    """Save ``--school-code`` when given; refuse, naming the option, while the school has none."""
    given = getattr(args, "school_code", None)
    if given:
        before = report_package.school_code(ctx)
        code = report_package.set_school_code(ctx, given)
        if code != before:
            sys.stderr.write(f"学校标识码已保存到学校设置：{code}\n")
    if not report_package.school_code(ctx):
        raise ValidationError(report_package.MISSING_CODE + MISSING_CODE_HINT)


def cmd_direct(args: argparse.Namespace, ctx: ServiceContext) -> int:
    if not (args.json or args.out):
        raise ValidationError("请用 --json 输出，或用 --out 指定 .xlsx/.csv 文件。")
    values = reports.direct_report(ctx, args.month)
    if args.json or getattr(args, "school_code", None):  # the JSON names its school
        _school_code(args, ctx)
    if args.template:
        template = Path(args.template)
        if not template.is_file():
            raise InputFileError(f"找不到模板文件“{args.template}”。")
        if not args.out:
            raise ValidationError("填模板时请用 --out 指定保存填好模板的 .xlsx 文件。")
        out = _out(args.out, (".xlsx",))
        with _writing(out):
            unknown = reports.fill_direct_template(values, template, out)
        emit_lines(f"已填写模板并保存为 {args.out}。")
        for key in unknown:
            sys.stderr.write(f"模板中的占位符 {{{{{key}}}}} 不是已知字段，未填写。\n")
    elif args.out:
        out = _out(args.out, (".xlsx", ".csv"))
        with _writing(out):
            reports.write_direct(values, out)
        if not args.json:
            emit_lines(f"已生成 {out}（{len(values)} 项指标）。")
    if args.json:
        emit_json(report_package.package(ctx, args.month, values))
    return 0


def cmd_package(args: argparse.Namespace, ctx: ServiceContext) -> int:
    folder = report_package.check_folder(args.to)
    values = reports.direct_report(ctx, args.month)  # an empty or unknown month: refused first
    _school_code(args, ctx)
    doc = report_package.package(ctx, args.month, values)
    out = report_package.save(doc, folder)
    if args.json:
        emit_json(doc)
    else:
        emit_lines(f"已保存报送包 {out}。", *report_package.summary(doc))
    return 0


def cmd_direct_template(args: argparse.Namespace, ctx: ServiceContext | None) -> int:
    out = _out(args.out, (".xlsx",))
    with _writing(out):
        reports.write_direct_template(out)
    emit_lines(f"已生成默认直报模板 {out}。")
    return 0


def cmd_handover(args: argparse.Namespace, ctx: ServiceContext) -> int:
    out = _out(args.out, (".pdf",))
    with _writing(out):
        n = reports.handover_sheet_pdf(ctx, args.class_name, args.date, out)
    emit_lines(f"已生成 {out}：{args.class_name} {args.date} 交接单，{n} 名学生。")
    return 0


def cmd_pickup_cards(args: argparse.Namespace, ctx: ServiceContext) -> int:
    out = _out(args.out, (".pdf",))
    with _writing(out):
        n = reports.pickup_cards_pdf(ctx, args.class_name, out)
    emit_lines(f"已生成 {out}：{n} 张接送卡。")
    return 0


def cmd_roster(args: argparse.Namespace, ctx: ServiceContext) -> int:
    out = _out(args.out, (".pdf",))
    with _writing(out):
        n = reports.roster_pdf(ctx, args.month, out)
    emit_lines(f"已生成 {out}：{args.month} 值班表，{n} 天。")
    return 0


def cmd_finance(args: argparse.Namespace, ctx: ServiceContext) -> int:
    data = reports.finance_data(ctx, args.month)
    if args.out:
        out = _out(args.out, (".pdf", ".xlsx"))
        with _writing(out):
            reports.write_finance(data, out)
        emit_lines(f"已生成 {out}。")
    if args.json or not args.out:
        emit_json(data)
    return 0


def cmd_subsidy(args: argparse.Namespace, ctx: ServiceContext) -> int:
    data = reports.subsidy_data(ctx, args.month)
    if args.out:
        out = _out(args.out, (".pdf", ".xlsx"))
        with _writing(out):
            reports.write_subsidy(data, out, str(facts.school_of(ctx)["name"]))
        emit_lines(f"已生成 {out}。")
    if args.json or not args.out:
        emit_json(data)
    return 0


def cmd_arrears(args: argparse.Namespace, ctx: ServiceContext) -> int:
    from after_school_desk.reports.money_sheets import write_arrears_pdf
    from after_school_desk.services.money.finance_reports import arrears_month

    out = _out(args.out, (".pdf",))
    data = arrears_month(ctx, facts.parse_month(args.month).key)
    with _writing(out):
        write_arrears_pdf(data, out)
    if args.json:
        emit_json(data)
    else:
        emit_lines(f"已生成 {out}：{data['month']} 欠费 {data['count']} 人，"
                   f"合计 {data['owed_fen'] / 100:,.2f} 元。")  # fmt: skip
    return 0
