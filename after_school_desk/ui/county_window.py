"""县教育局汇总: the county bureau's window over its schools' monthly packages (报送包).

A window of its own, started with ``python -m app county-gui [DIR]``: the bureau's PC has no
school file and no school account, so it never sees the school's log-in or first-run wizard.
Choose the month, the folder the packages were dropped into (sub-folders included) and the
county's list of schools (Excel or CSV); the window shows the schools' table, the schools
missing, resubmissions, the problems to chase, the county totals and the county across
months, and exports the workbook (the program's own, or the county's template filled).

Collecting a few hundred small files takes a fraction of a second, so it runs on the GUI
thread under a wait cursor. The folder and the list are remembered for next time.
"""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from after_school_desk.domain.county import Collection
from after_school_desk.domain.county_schools import School
from after_school_desk.errors import AppError
from after_school_desk.reports.county_xlsx import total_rows
from after_school_desk.reports.direct_report import display
from after_school_desk.services.base.clock import Clock, clock_from_env
from after_school_desk.services.month import county
from after_school_desk.ui import file_dialogs, i18n
from after_school_desk.ui.chart_widgets import BLUE, GREY, BarChart, Series
from after_school_desk.ui.county_models import ORANGE, RED, SORT_ROLE, Cell, CellsModel, Row
from after_school_desk.ui.form_errors import error_label, show_error
from after_school_desk.ui.month_picker import MonthPicker
from after_school_desk.ui.qt_references import keep_singletons_alive
from after_school_desk.ui.style import MIN_TARGET

FOLDER_KEY = "county/folder"
SCHOOLS_KEY = "county/schools"

# problem kinds as the window names them (the details stay as the rules wrote them)
KIND_LABELS = {
    "damaged": str(QT_TRANSLATE_NOOP("CountyWindow", "文件损坏或被改动")),
    "newer_format": str(QT_TRANSLATE_NOOP("CountyWindow", "格式比本程序新")),
    "unknown_school": str(QT_TRANSLATE_NOOP("CountyWindow", "不在学校名单上")),
    "wrong_month": str(QT_TRANSLATE_NOOP("CountyWindow", "月份不对")),
    "not_closed": str(QT_TRANSLATE_NOOP("CountyWindow", "未月结")),
    "incomplete": str(QT_TRANSLATE_NOOP("CountyWindow", "记录不全")),
    "outlier": str(QT_TRANSLATE_NOOP("CountyWindow", "数字异常")),
}
SCHOOL_COLUMNS = [
    ("school_code", str(QT_TRANSLATE_NOOP("CountyWindow", "学校标识码")), 116),
    ("school_name", str(QT_TRANSLATE_NOOP("CountyWindow", "学校名称")), 170),
    ("reported", str(QT_TRANSLATE_NOOP("CountyWindow", "报送")), 64),
    ("month_closed", str(QT_TRANSLATE_NOOP("CountyWindow", "已月结")), 64),
    ("complete", str(QT_TRANSLATE_NOOP("CountyWindow", "记录完整")), 76),
    ("resubmissions", str(QT_TRANSLATE_NOOP("CountyWindow", "重报")), 52),
    ("pupils_total", str(QT_TRANSLATE_NOOP("CountyWindow", "在校学生")), 76),
    ("pupils_enrolled", str(QT_TRANSLATE_NOOP("CountyWindow", "参加学生")), 76),
    ("participation_rate", str(QT_TRANSLATE_NOOP("CountyWindow", "参与率")), 66),
    ("attendance_rate", str(QT_TRANSLATE_NOOP("CountyWindow", "出勤率")), 66),
    ("absences", str(QT_TRANSLATE_NOOP("CountyWindow", "缺席人次")), 76),
    ("teachers_total", str(QT_TRANSLATE_NOOP("CountyWindow", "教师总数")), 76),
    ("teachers_participating", str(QT_TRANSLATE_NOOP("CountyWindow", "参与教师")), 76),
    ("fee_standard_yuan", str(QT_TRANSLATE_NOOP("CountyWindow", "收费标准（元）")), 126),
    ("problems", str(QT_TRANSLATE_NOOP("CountyWindow", "问题")), 140),
]
RATES = ("participation_rate", "attendance_rate")
_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def previous_month(today: date) -> str:
    year, month = (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)
    return f"{year:04d}-{month:02d}"


def _table(model: CellsModel, widths: list[int], wrap: bool = False) -> QTableView:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    table = QTableView()
    table.setModel(proxy)
    proxy.setParent(table)
    table.setSortingEnabled(True)
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # as listed
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(wrap)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(36)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    if wrap:
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def _fit(table: QTableView) -> None:
    """Widen a column whose title or figures do not fit (English titles are longer); the
    widths given when the table was made stay the minimum."""
    model = table.model()
    metrics = table.horizontalHeader().fontMetrics()
    last = model.columnCount() - 1
    for column in range(last):  # the last column stretches
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        wanted = max(table.sizeHintForColumn(column), metrics.horizontalAdvance(title) + 18)
        if wanted > table.columnWidth(column):
            table.setColumnWidth(column, wanted)


class CountyWindow(QMainWindow):
    def __init__(
        self,
        clock: Clock,
        folder: str | None = None,
        schools_file: str | None = None,
        month: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("课后服务台 — 县教育局汇总"))
        self.result: Collection | None = None
        self.schools: list[School] = []
        self.folder = ""
        self.schools_file = ""
        self.last_export: Path | None = None
        self.clock = clock
        today = clock.now().date()

        self.month = MonthPicker(today)
        wanted = month if month and _MONTH.match(month) else previous_month(today)
        if self.month.findData(wanted) < 0:
            self.month.insertItem(0, wanted, wanted)
        self.month.choose(wanted)
        self.folder_label = QLabel(self.tr("（还没有选择）"))
        self.schools_label = QLabel(self.tr("（还没有导入）"))
        for label in (self.folder_label, self.schools_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_button = self._button(self.tr("选择文件夹…"))
        self.schools_button = self._button(self.tr("导入学校名单…"))
        self.collect_button = self._button(self.tr("重新汇总"), primary=True)
        self.export_button = self._button(self.tr("导出 XLSX…"))
        self.template_button = self._button(self.tr("按县里的模板导出…"))

        top = QGridLayout()
        top.addWidget(QLabel(self.tr("月份")), 0, 0)
        month_row = QHBoxLayout()
        month_row.addWidget(self.month)
        month_row.addWidget(self.collect_button)
        month_row.addStretch(1)
        month_row.addWidget(self.export_button)
        month_row.addWidget(self.template_button)
        top.addLayout(month_row, 0, 1, 1, 2)
        top.addWidget(QLabel(self.tr("报送包文件夹")), 1, 0)
        top.addWidget(self.folder_label, 1, 1)
        top.addWidget(self.folder_button, 1, 2)
        top.addWidget(QLabel(self.tr("学校名单")), 2, 0)
        top.addWidget(self.schools_label, 2, 1)
        top.addWidget(self.schools_button, 2, 2)
        top.setColumnStretch(1, 1)

        self.summary = QLabel(
            self.tr(
                "请选择报送包所在的文件夹，并导入全县学校名单（Excel 或 CSV，"
                "含“学校标识码”和“学校名称”两列）。"
            )
        )
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: bold;")
        self.error = error_label()
        self.status = QLabel("")
        self.status.setProperty("role", "hint")
        self.status.setWordWrap(True)

        self.school_model = CellsModel([self.tr(t) for _k, t, _w in SCHOOL_COLUMNS])
        self.school_table = _table(self.school_model, [w for _k, _t, w in SCHOOL_COLUMNS])
        self.missing_model = CellsModel([self.tr("学校标识码"), self.tr("学校名称")])
        self.missing_table = _table(self.missing_model, [140, 300])
        self.problem_model = CellsModel([self.tr("类别"), self.tr("文件"), self.tr("说明")])
        self.problem_table = _table(self.problem_model, [130, 300, 600], wrap=True)
        self.resubmit_model = CellsModel(
            [
                self.tr("学校标识码"),
                self.tr("学校名称"),
                self.tr("份数"),
                self.tr("采用"),
                self.tr("全部文件"),
            ]
        )
        self.resubmit_table = _table(self.resubmit_model, [130, 200, 60, 330, 400])
        self.totals_model = CellsModel([self.tr("项目"), self.tr("全县合计"), self.tr("字段")])
        self.totals_table = _table(self.totals_model, [420, 160, 260])
        self.chart = BarChart(self.tr("全县各月：在校学生与参加课后服务的学生"))
        self.chart.empty_text = self.tr("文件夹里还没有名单上学校的报送包")

        self.tabs = QTabWidget()
        self.tabs.addTab(self.school_table, self.tr("各校情况"))
        self.tabs.addTab(self.missing_table, self.tr("未报送"))
        self.tabs.addTab(self.problem_table, self.tr("问题"))
        self.tabs.addTab(self.resubmit_table, self.tr("重报"))
        self.tabs.addTab(self.totals_table, self.tr("全县合计"))
        self.tabs.addTab(self.chart, self.tr("各月趋势"))

        body = QWidget()
        column = QVBoxLayout(body)
        title = QLabel(self.tr("县教育局汇总：各校课后服务月度报送包"))
        title.setStyleSheet("font-size: 20px; font-weight: bold;")
        column.addWidget(title)
        column.addLayout(top)
        column.addWidget(self.summary)
        column.addWidget(self.error)
        column.addWidget(self.tabs, 1)
        column.addWidget(self.status)
        self.setCentralWidget(body)
        self.resize(1280, 720)

        self.folder_button.clicked.connect(self.choose_folder)
        self.schools_button.clicked.connect(self.choose_schools)
        self.collect_button.clicked.connect(self.collect)
        self.export_button.clicked.connect(self.export)
        self.template_button.clicked.connect(self.export_with_template)
        self.month.month_chosen.connect(lambda _m: self.collect())
        self._update_buttons()

        store = i18n.settings()
        folder = folder or str(store.value(FOLDER_KEY, "") or "")
        schools_file = schools_file or str(store.value(SCHOOLS_KEY, "") or "")
        if schools_file and Path(schools_file).is_file():
            self.load_schools(schools_file)
        if folder and Path(folder).is_dir():
            self.set_folder(folder)

    def _button(self, text: str, primary: bool = False) -> QPushButton:
        button = QPushButton(text)
        button.setMinimumHeight(MIN_TARGET)
        if primary:
            button.setProperty("primary", True)
        return button

    def _update_buttons(self) -> None:
        ready = bool(self.folder and self.schools)
        self.collect_button.setEnabled(ready)
        self.export_button.setEnabled(self.result is not None)
        self.template_button.setEnabled(self.result is not None)

    # --- choices (the dialogs are methods, so tests answer them) --------------------------

    def ask_folder(self) -> str:
        return file_dialogs.choose_folder(
            self, self.tr("选择存放报送包的文件夹"), self.folder or None
        )

    def ask_schools_file(self) -> str:
        return file_dialogs.open_file(
            self, self.tr("导入全县学校名单"), self.tr("学校名单 (*.xlsx *.xls *.csv)")
        )

    def ask_template(self) -> str:
        return file_dialogs.open_file(
            self, self.tr("选择县里的汇总模板"), self.tr("Excel 表格 (*.xlsx)")
        )

    def ask_save_path(self, name: str) -> str:
        return file_dialogs.save_file(
            self, self.tr("导出汇总表"), name, self.tr("Excel 表格 (*.xlsx)")
        )

    def choose_folder(self) -> None:
        folder = self.ask_folder()
        if folder:
            self.set_folder(folder)

    def choose_schools(self) -> None:
        path = self.ask_schools_file()
        if path:
            self.load_schools(path)

    def set_folder(self, folder: str) -> None:
        self.folder = folder
        self.folder_label.setText(folder)
        _remember(FOLDER_KEY, folder)
        self._update_buttons()
        self.collect()

    def load_schools(self, path: str) -> None:
        try:
            schools = county.read_schools(path)
        except AppError as exc:
            show_error(self.error, "\n".join(exc.lines()))
            return
        self.schools = schools
        self.schools_file = path
        self.schools_label.setText(
            self.tr("%1（%2 所学校）").replace("%1", path).replace("%2", str(len(schools)))
        )
        _remember(SCHOOLS_KEY, path)
        show_error(self.error, "")
        self._update_buttons()
        self.collect()

    # --- collecting ----------------------------------------------------------------------

    def collect(self) -> None:
        if not (self.folder and self.schools):
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = county.collect(self.folder, self.schools, self.month.month())
        except AppError as exc:
            show_error(self.error, "\n".join(exc.lines()))
            return
        finally:
            QApplication.restoreOverrideCursor()
        show_error(self.error, "")
        self.show_result(result)

    def show_result(self, result: Collection) -> None:
        self.result = result
        t = result.totals
        month = result.month
        label = self.tr("%1年%2月").replace("%1", month[:4]).replace("%2", str(int(month[5:])))
        self.summary.setText(
            self.tr(
                "%1：名单上 %2 所学校，已报送 %3 所，未报送 %4 所，待核实问题 %5 个；"
                "全县参加课后服务学生 %6 人，参与率 %7。"
            )
            .replace("%1", label)
            .replace("%2", str(t["schools_listed"]))
            .replace("%3", str(t["schools_reported"]))
            .replace("%4", str(t["schools_missing"]))
            .replace("%5", str(len(result.problems)))
            .replace("%6", f"{t['pupils_enrolled']:,}")
            .replace("%7", f"{t['participation_rate'] * 100:.1f}%")
        )
        self.school_model.set_rows([self._school_row(r) for r in result.schools])
        names = {r["school_code"]: r["school_name"] for r in result.schools}
        self.missing_model.set_rows(
            [Row([Cell.of(c), Cell.of(names.get(c, ""))], RED) for c in result.missing]
        )
        self.problem_model.set_rows(
            [
                Row(
                    [
                        Cell(self.tr(KIND_LABELS[p.kind]), list(KIND_LABELS).index(p.kind)),
                        Cell.of(p.file),
                        Cell.of(p.detail),
                    ],
                    tip=p.detail,
                )
                for p in result.problems
            ]
        )
        self.resubmit_model.set_rows(
            [
                Row(
                    [
                        Cell.of(r["school_code"]),
                        Cell.of(names.get(r["school_code"], "")),
                        Cell.of(len(r["files"])),
                        Cell.of(r["used"]),
                        Cell.of("、".join(r["files"])),
                    ],
                    tip="\n".join(r["files"]),
                )
                for r in result.resubmitted
            ]
        )
        self.totals_model.set_rows(
            [
                Row([Cell.of(label), self._number_cell(key, value), Cell.of(key)])
                for label, value, key in total_rows(t)
            ]
        )
        self.tabs.setTabText(1, self.tr("未报送（%1）").replace("%1", str(len(result.missing))))
        self.tabs.setTabText(2, self.tr("问题（%1）").replace("%1", str(len(result.problems))))
        self.tabs.setTabText(3, self.tr("重报（%1）").replace("%1", str(len(result.resubmitted))))
        months = [h["month"] for h in result.history]
        self.chart.set_data(
            months,
            [
                Series(
                    self.tr("在校学生"), [float(h["pupils_total"]) for h in result.history], GREY
                ),
                Series(
                    self.tr("参加学生"), [float(h["pupils_enrolled"]) for h in result.history], BLUE
                ),
            ],
            tooltips=[
                self.tr("%1：%2 所学校报送，参与率 %3")
                .replace("%1", h["month"])
                .replace("%2", str(h["schools"]))
                .replace("%3", f"{h['participation_rate'] * 100:.1f}%")
                for h in result.history
            ],
        )
        self.status.setText(self.tr("读取了 %1 个文件。").replace("%1", str(result.files_read)))
        for table in (self.school_table, self.missing_table, self.resubmit_table,
                      self.totals_table):  # fmt: skip
            _fit(table)
        self._update_buttons()

    def _number_cell(self, key: str, value: Any) -> Cell:
        if isinstance(value, bool) or value is None or isinstance(value, dict | list):
            return Cell(str(display(value)))
        if key in RATES or key.endswith("_rate"):
            return Cell(f"{value * 100:.1f}%", value)
        if isinstance(value, float):
            return Cell(f"{value:,.2f}", value)
        return Cell(f"{value:,}" if isinstance(value, int) else str(value), value)

    def _yes(self, value: Any) -> Cell:
        if value is None:
            return Cell("", -1)
        return Cell(self.tr("是") if value else self.tr("否"), int(bool(value)))

    def _school_row(self, row: dict[str, Any]) -> Row:
        cells: list[Cell] = []
        for key, _title, _width in SCHOOL_COLUMNS:
            value = row.get(key)
            if key in ("school_code", "school_name"):
                cells.append(Cell.of(value))
            elif key == "reported":
                cells.append(
                    Cell(self.tr("已报送") if value else self.tr("未报送"), int(bool(value)))
                )
            elif key in ("month_closed", "complete"):
                cells.append(self._yes(value))
            elif key == "resubmissions":
                cells.append(Cell(str(value) if value else "", value or 0))
            elif key == "problems":
                kinds = [self.tr(KIND_LABELS[k]) for k in value or []]
                cells.append(Cell("、".join(kinds), len(kinds)))
            elif value is None:
                cells.append(Cell("", -1))
            else:
                cells.append(self._number_cell(key, value))
        colour = RED if not row["reported"] else ORANGE if row["problems"] else None
        tip = row["file"] and self.tr("报送包：%1（%2）").replace("%1", row["file"]).replace(
            "%2", str(row["generated_at"])[:16].replace("T", " ")
        )
        return Row(cells, colour, tip or "")

    # --- export ----------------------------------------------------------------------

    def export(self) -> None:
        self.write_workbook(None)

    def write_workbook(self, template: Path | None) -> None:
        if self.result is None:
            return
        name = f"课后服务汇总-{self.result.month}.xlsx"
        path = self.ask_save_path(name)
        if not path:
            return
        out = Path(path)
        if out.suffix.lower() != ".xlsx":
            out = out.with_suffix(".xlsx")
        try:
            unknown = county.write_xlsx(self.result, out, template, self.clock.now())
        except AppError as exc:
            show_error(self.error, "\n".join(exc.lines()))
            return
        except OSError as exc:
            show_error(self.error, self.tr("没有导出：%1").replace("%1", exc.strerror or str(exc)))
            return
        show_error(self.error, "")
        self.last_export = out
        text = self.tr("已导出：%1").replace("%1", str(out))
        if unknown:
            text += self.tr("（模板中不认识的占位符没有填写：%1）").replace(
                "%1", "、".join("{{" + k + "}}" for k in unknown)
            )
        self.status.setText(text)

    def export_with_template(self) -> None:
        template = self.ask_template()
        if template:
            self.write_workbook(Path(template))


def _remember(key: str, value: str) -> None:
    store = i18n.settings()
    store.setValue(key, value)
    store.sync()


def run_county_gui(folder: str | None, schools: str | None, month: str | None) -> int:
    """``python -m app county-gui``: the county window on its own (no school file)."""
    from after_school_desk.ui.style import apply_style

    existing = QApplication.instance()
    keep_singletons_alive()  # before Qt: its binding may lose references to them
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("课后服务台")
    app.setOrganizationName("AfterSchoolDesk")
    i18n.install_translator(app, i18n.saved_language())
    apply_style(app)
    window = CountyWindow(clock_from_env(), folder, schools, month)
    window.show()
    return int(app.exec())
