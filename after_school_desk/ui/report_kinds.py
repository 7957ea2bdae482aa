"""The reports the 报表 page offers (the same as ``python -m app report …``): for each, its
label, file types, the options it needs (month, day, class), its default file name and the job
that writes it. Jobs run in a worker thread and call the report services only."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from after_school_desk.reports.money_sheets import write_arrears_pdf
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.money.finance_reports import arrears_month
from after_school_desk.services.month import facts, reports
from after_school_desk.ui.file_names import file_name, month_words
from after_school_desk.ui.operations import ProgressFn

MONTH, DAY, CLASS = "month", "day", "class"


@dataclass(frozen=True)
class ReportOptions:
    month: str = ""  # "2026-11"
    day: str = ""  # "2026-11-02"
    class_name: str = ""  # "" = every class in ``all_classes``
    all_classes: list[str] = field(default_factory=list)
    # printing: called (in the worker) with the first pages of a long report, to show at once
    first_pages: Callable[[Path], None] | None = None


Job = Callable[[ServiceContext, ReportOptions, Path, ProgressFn], Any]


@dataclass(frozen=True)
class ReportKind:
    label: str  # translated in the page (context "ReportsPage")
    suffixes: tuple[str, ...]
    needs: frozenset[str]
    stem: str  # the Chinese file name's first part
    job: Job

    def default_name(self, options: ReportOptions, suffix: str | None = None) -> str:
        parts = [self.stem]
        if CLASS in self.needs:
            parts.append(options.class_name or ("全部班级" if DAY in self.needs else "全校"))
        if DAY in self.needs:
            parts.append(options.day)
        if MONTH in self.needs:
            parts.append(month_words(options.month))
        return file_name(*parts, suffix=suffix or self.suffixes[0])


def _ledger(ctx: ServiceContext, o: ReportOptions, out: Path, progress: ProgressFn) -> Any:
    return reports.ledger_pdf(ctx, o.month, out, progress, first_pages=o.first_pages)


def _direct(ctx: ServiceContext, o: ReportOptions, out: Path, progress: ProgressFn) -> Any:
    values = reports.direct_report(ctx, o.month)
    reports.write_direct(values, out)
    progress(100, 100)
    return values


def _direct_template(ctx: ServiceContext, o: ReportOptions, out: Path, progress: ProgressFn) -> Any:
    reports.write_direct_template(out)
    progress(100, 100)
    return out


def _handover(ctx: ServiceContext, o: ReportOptions, out: Path, progress: ProgressFn) -> Any:
    if o.class_name:
        n = reports.handover_sheet_pdf(ctx, o.class_name, o.day, out)
    else:
        n = reports.handover_sheets_pdf(ctx, o.all_classes, o.day, out)
    progress(100, 100)
    return n


def _roster(ctx: ServiceContext, o: ReportOptions, out: Path, progress: ProgressFn) -> Any:
    n = reports.roster_pdf(ctx, o.month, out)
    progress(100, 100)
    return n


def _cards(ctx: ServiceContext, o: ReportOptions, out: Path, progress: ProgressFn) -> Any:
    n = reports.pickup_cards_pdf(ctx, o.class_name or None, out)
    progress(100, 100)
    return n


def _finance(ctx: ServiceContext, o: ReportOptions, out: Path, progress: ProgressFn) -> Any:
    reports.write_finance(reports.finance_data(ctx, o.month), out)
    progress(100, 100)
    return out


def _arrears(ctx: ServiceContext, o: ReportOptions, out: Path, progress: ProgressFn) -> Any:
    write_arrears_pdf(arrears_month(ctx, o.month), out)
    progress(100, 100)
    return out


def _subsidy(ctx: ServiceContext, o: ReportOptions, out: Path, progress: ProgressFn) -> Any:
    school = str(facts.school_of(ctx)["name"])
    reports.write_subsidy(reports.subsidy_data(ctx, o.month), out, school)
    progress(100, 100)
    return out


def _kind(
    label: str, suffixes: tuple[str, ...], needs: set[str], stem: str, job: Job
) -> ReportKind:
    return ReportKind(label, suffixes, frozenset(needs), stem, job)


REPORTS: dict[str, ReportKind] = {
    "ledger": _kind(
        str(QT_TRANSLATE_NOOP("ReportsPage", "课后服务工作台账（PDF）")),
        (".pdf",),
        {MONTH},
        "课后服务台账",
        _ledger,
    ),
    "direct": _kind(
        str(QT_TRANSLATE_NOOP("ReportsPage", "直报数据参考表（XLSX/CSV）")),
        (".xlsx", ".csv"),
        {MONTH},
        "直报数据",
        _direct,
    ),
    "direct-template": _kind(
        str(QT_TRANSLATE_NOOP("ReportsPage", "直报数据空白模板（XLSX）")),
        (".xlsx",),
        set(),
        "直报模板",
        _direct_template,
    ),
    "handover-sheet": _kind(
        str(QT_TRANSLATE_NOOP("ReportsPage", "放学交接单（停电备用，PDF）")),
        (".pdf",),
        {DAY, CLASS},
        "交接单",
        _handover,
    ),
    "roster": _kind(
        str(QT_TRANSLATE_NOOP("ReportsPage", "带班领导值班表（PDF）")),
        (".pdf",),
        {MONTH},
        "值班表",
        _roster,
    ),
    "finance": _kind(
        str(QT_TRANSLATE_NOOP("ReportsPage", "收支公示及减免名单（PDF/XLSX）")),
        (".pdf", ".xlsx"),
        {MONTH},
        "收支公示",
        _finance,
    ),
    "subsidy": _kind(
        str(QT_TRANSLATE_NOOP("ReportsPage", "教职工补助表（PDF/XLSX）")),
        (".pdf", ".xlsx"),
        {MONTH},
        "教职工补助表",
        _subsidy,
    ),
    "arrears": _kind(
        str(QT_TRANSLATE_NOOP("ReportsPage", "欠费名单（内部，PDF）")),
        (".pdf",),
        {MONTH},
        "欠费名单",
        _arrears,
    ),
    "pickup-cards": _kind(
        str(QT_TRANSLATE_NOOP("ReportsPage", "学生接送卡（PDF）")),
        (".pdf",),
        {CLASS},
        "接送卡",
        _cards,
    ),
}

FILTERS = {
    ".pdf": str(QT_TRANSLATE_NOOP("ReportsPage", "PDF 文件 (*.pdf)")),
    ".xlsx": str(QT_TRANSLATE_NOOP("ReportsPage", "Excel 表格 (*.xlsx)")),
    ".csv": str(QT_TRANSLATE_NOOP("ReportsPage", "CSV 文件 (*.csv)")),
}
