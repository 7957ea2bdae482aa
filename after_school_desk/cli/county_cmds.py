"""county collect / county-gui: the county education bureau's view of its schools' monthly
packages (报送包). Neither opens a school's database (docs/county.md)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from after_school_desk.cli.output import emit_json, emit_lines
from after_school_desk.cli.report_cmds import _out, _writing
from after_school_desk.domain.county import KINDS, Collection
from after_school_desk.errors import InputFileError, ValidationError
from after_school_desk.services.base.clock import clock_from_env
from after_school_desk.services.month import county


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("county", help="县教育局：汇总各校的月度报送包（不打开学校数据库）")
    csub = p.add_subparsers(dest="county_command", metavar="COUNTY")
    s = csub.add_parser(
        "collect",
        help="读取文件夹（含子文件夹）里的报送包，按月汇总全县、列出未报送学校和问题",
        description="退出码：0 没有未报送学校、没有问题；1 有未报送学校或问题（或参数有误）。"
        "--template 的模板里可写 {{month}}、{{county}}、{{pupils_enrolled}}、"
        "{{pupils_priority.left_behind}}、{{schools_missing}} 等（见 docs/county.md）。",
    )
    s.add_argument("folder", metavar="DIR", help="存放各校报送包（.json）的文件夹")
    s.add_argument(
        "--schools",
        required=True,
        metavar="FILE",
        help="全县学校名单 .xlsx/.xls/.csv：学校标识码、学校名称两列（可加 教职工数）",
    )
    s.add_argument("--month", required=True, help="YYYY-MM")
    s.add_argument("--out", help="汇总表 .xlsx")
    s.add_argument(
        "--template", help="县里的汇总模板 .xlsx（单元格内写 {{字段}}），与 --out 一起用"
    )
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=cmd_collect, db_mode="none")
    p.set_defaults(handler=lambda args, ctx: _usage(p), db_mode="none")

    g = sub.add_parser("county-gui", help="县教育局汇总窗口（选月份、报送包文件夹、学校名单）")
    g.add_argument("folder", metavar="DIR", nargs="?", help="存放各校报送包的文件夹")
    g.add_argument("--schools", metavar="FILE", help="全县学校名单 .xlsx/.xls/.csv")
    g.add_argument("--month", help="YYYY-MM（默认上个月）")
    g.set_defaults(handler=cmd_gui, db_mode="none")


def _usage(p: argparse.ArgumentParser) -> int:
    p.print_help(sys.stderr)
    return 2


def cmd_collect(args: argparse.Namespace, _ctx: object) -> int:
    if args.template and not args.out:
        raise ValidationError("用 --template 时请用 --out 指定保存汇总表的 .xlsx 文件。")
    template = Path(args.template) if args.template else None
    if template is not None and not template.is_file():
        raise InputFileError(f"找不到模板文件“{args.template}”。")
    out = _out(args.out, (".xlsx",)) if args.out else None
    schools = county.read_schools(args.schools)
    result = county.collect(args.folder, schools, args.month)
    if out is not None:
        with _writing(out):
            unknown = county.write_xlsx(result, out, template, clock_from_env().now())
        for key in unknown:
            sys.stderr.write(f"模板中的占位符 {{{{{key}}}}} 不是已知字段，未填写。\n")
    if args.json:
        emit_json(result.as_json())
    else:
        emit_lines(*summary_lines(result))
        if out is not None:
            emit_lines(f"已生成 {out}。")
    return 0 if result.clean else 1


def summary_lines(result: Collection) -> list[str]:
    """The month in a few lines: counts, the schools missing, resubmissions, problems, totals."""
    t = result.totals
    names = {r["school_code"]: r["school_name"] for r in result.schools}
    lines = [
        f"{result.month}：名单上 {t['schools_listed']} 所学校，已报送 {t['schools_reported']} 所，"
        f"未报送 {t['schools_missing']} 所；读取 {result.files_read} 个文件。"
    ]
    if result.missing:
        lines.append("未报送：" + "、".join(f"{names.get(c, '')}（{c}）" for c in result.missing))
    for r in result.resubmitted:
        lines.append(
            f"重报：{names.get(r['school_code'], '')}（{r['school_code']}）"
            f"{len(r['files'])} 份，采用 {r['used']}"
        )
    if result.problems:
        lines.append(f"问题 {len(result.problems)} 个：")
        lines += [f"  [{KINDS[p.kind]}] {p.file}：{p.detail}" for p in result.problems]
    lines.append(
        f"全县：在校学生 {t['pupils_total']:,} 人，参加课后服务 {t['pupils_enrolled']:,} 人"
        f"（参与率 {t['participation_rate'] * 100:.1f}%），参与教师 "
        f"{t['teachers_participating']:,} 人。"
    )
    if result.clean:
        lines.append("没有未报送的学校，也没有要核实的问题。")
    return lines


def cmd_gui(args: argparse.Namespace, _ctx: object) -> int:
    from after_school_desk.ui.county_window import run_county_gui

    return run_county_gui(args.folder, args.schools, args.month)
