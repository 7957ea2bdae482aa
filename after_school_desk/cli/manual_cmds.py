"""``manual --out F.pdf``: the teacher's manual (使用手册) as a PDF, to print or hand out.

Opens no school file and needs no log-in (``after_school_desk/cli/login_policy.py``)."""

from __future__ import annotations

import argparse
from io import BytesIO
from pathlib import Path
from typing import Any

from after_school_desk.cli.output import emit_lines
from after_school_desk.errors import ValidationError
from after_school_desk.reports.manual_pdf import MANUAL_FILE_NAME, write_manual_pdf


def register(sub: Any) -> None:
    p = sub.add_parser(
        "manual",
        help="生成使用手册 PDF（班主任、带班领导、校长、管理员、县电教老师各一章）",
        description="把随程序安装的使用手册生成一个 A4 的 PDF 文件，可以打印或分发。"
        "不打开学校的数据库，不需要登录。",
    )
    p.add_argument(
        "--out",
        required=True,
        metavar="FILE.pdf",
        help=f"保存到哪个 PDF 文件，例如 {MANUAL_FILE_NAME}",
    )
    p.set_defaults(handler=cmd_manual, db_mode="none")


def _out(value: str) -> Path:
    path = Path(value).expanduser()
    if path.suffix.lower() != ".pdf":
        raise ValidationError(f"输出文件“{value}”的类型不对，应为 .pdf。")
    if path.is_dir():
        raise ValidationError(f"“{value}”是一个文件夹，请写出文件名，例如 {MANUAL_FILE_NAME}。")
    if not path.parent.is_dir():
        raise ValidationError(f"文件夹“{path.parent}”不存在。")
    return path


def cmd_manual(args: argparse.Namespace, ctx: object) -> int:
    out = _out(args.out)
    data = BytesIO()
    write_manual_pdf(data)  # built whole first: a refusal to write leaves no half file
    try:
        out.write_bytes(data.getvalue())
    except OSError as exc:
        why = exc.strerror or exc.__class__.__name__
        raise ValidationError(
            f"无法在文件夹“{out.parent.resolve()}”中写入“{out.name}”（{why}）。"
            "请换一个可以写入的文件夹（例如“文档”或 U 盘）。"
        ) from None
    emit_lines(f"已生成使用手册 {out}（{len(data.getvalue()) // 1024} KB）。")
    return 0
