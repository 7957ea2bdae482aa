"""Sending a finished PDF to the printer the person chose in Qt's print dialog.

Qt cannot draw a PDF onto a QPrinter without the QtPdf module, which this program does not
ship; the operating system's spooler prints PDF files itself: CUPS ``lp`` on Linux,
the ``printto`` shell verb of the PDF viewer on Windows.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

Runner = Callable[[list[str]], subprocess.CompletedProcess[str]]


def _run(command: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


def print_command(pdf: Path, printer: str, copies: int) -> list[str] | None:
    """The spooler command for this machine, or None where printing goes through the shell."""
    if sys.platform == "win32":
        return None
    lp = shutil.which("lp")
    if lp is None:
        return None
    command = [lp, "-n", str(max(1, copies))]
    if printer:
        command += ["-d", printer]
    return [*command, str(pdf)]


def send_pdf(pdf: Path, printer: str, copies: int = 1, run: Runner = _run) -> str | None:
    """Print ``pdf``; returns None when it was handed to the printer, else why not (Chinese)."""
    command = print_command(pdf, printer, copies)
    if command is None:
        if sys.platform == "win32":  # pragma: no cover - Windows only
            for _ in range(max(1, copies)):
                os.startfile(str(pdf), "printto", f'"{printer}"')  # type: ignore[attr-defined,call-arg]
            return None
        return "这台电脑没有安装打印服务（CUPS 的 lp 命令），请保存 PDF 后用其他程序打印。"
    done = run(command)
    if done.returncode != 0:
        return f"打印机没有接受这份文件：{(done.stderr or done.stdout).strip()}"
    return None
