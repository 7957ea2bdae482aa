"""合规检查: where the month's records break the school's policy profile, each with its clause.

A table of violations (date, problem, what happened, the clause), a count per kind above it, the
selected row's full clause and record below; a double-click tells the principal where to find
the record. The check runs off the GUI thread (seconds on a 3,000-pupil school).
"""

from __future__ import annotations

from collections import Counter
from html import escape
from typing import Any, ClassVar

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.month import compliance
from after_school_desk.services.month.answers import ComplianceCheck
from after_school_desk.ui.day_common import MessageBar
from after_school_desk.ui.dict_table_model import DictTableModel
from after_school_desk.ui.month_picker import MonthPicker
from after_school_desk.ui.operations import Changed, ProgressFn, Runner, follow


class ViolationModel(DictTableModel):
    columns: ClassVar[list[str]] = ["day", "label", "message", "citation"]

    def cell(self, row: dict[str, Any], column: str, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return str(row.get(column) or "")
        return None


def record_kind(record_ref: str) -> str:
    """The record type named by a reference such as "alert:…" or "duty_day:2026-11-04"."""
    return record_ref.split(":", 1)[0]


class CompliancePage(QWidget):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result: ComplianceCheck | None = None

        title = QLabel(self.tr("合规检查"))
        title.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.month = MonthPicker(ctx.clock.now().date())
        self.check_button = QPushButton(self.tr("重新检查"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # the check reports no steps: a busy indicator
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        head = QHBoxLayout()
        head.addWidget(title)
        head.addSpacing(16)
        head.addWidget(QLabel(self.tr("月份")))
        head.addWidget(self.month)
        head.addWidget(self.check_button)
        head.addWidget(self.progress)
        head.addStretch(1)

        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 15px;")
        self.counts = QLabel("")
        self.counts.setWordWrap(True)
        self.counts.setStyleSheet("color: #4a5866;")
        self.message = MessageBar()
        self.loader = Runner(self, self.message.show_error, latest_only=True)

        self.model = ViolationModel(
            [self.tr("日期"), self.tr("问题"), self.tr("情况说明"), self.tr("违反的条款")]
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 430)
        header.setStretchLastSection(True)
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.detail.setPlaceholderText(self.tr("选中一条问题，这里显示条款原文和记录。"))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)

        column = QVBoxLayout(self)
        column.addLayout(head)
        column.addWidget(self.summary)
        column.addWidget(self.counts)
        column.addWidget(self.message)
        column.addWidget(split, 1)

        self.month.month_chosen.connect(lambda _m: self.load())
        self.check_button.clicked.connect(self.load)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self.show_detail(current.row())
        )
        self.table.doubleClicked.connect(self.open_record)
        self.loader.succeeded.connect(self.show_result)
        self.loader.busy.connect(self._busy)
        self.follower = follow(self, self.concerns, self.load, stale=True)

    def concerns(self, changes: Changed) -> bool:
        """The check reads the month's records, the register, staff and rosters, the calendar,
        the fee standards and the school's policy profile."""
        return (
            changes.pupils
            or changes.calendar
            or changes.people
            or changes.money
            or changes.school
            or changes.touches_month(self.month.month())
        )

    def load(self) -> None:
        month = self.month.month()
        self.message.clear_message()

        def job(ctx: ServiceContext, _progress: ProgressFn) -> ComplianceCheck:
            return compliance.check_month(ctx, month)

        self.loader.start(self.ctx, job)

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.check_button.setEnabled(not busy)
        if busy:
            self.summary.setText(self.tr("正在检查…"))

    # --- showing -----------------------------------------------------------------------

    def show_result(self, result: ComplianceCheck) -> None:
        self.result = result
        found: list[dict[str, Any]] = result["violations"]
        # records the rules make worth a look (self-leave, overrides): after the problems,
        # marked, never counted
        listed = [
            {**v, "label": self.tr("需核查：%1").replace("%1", str(v["label"]))}
            for v in result.get("listed") or []
        ]
        # duties no record shows: confirmed by signature on the ledger, never counted
        manual = [{**m, "label": self.tr("需人工确认")} for m in result.get("manual") or []]
        self.model.set_rows([*found, *listed, *manual])
        self.detail.clear()
        head = (
            self.tr("%1 依据《%2》检查了 %3 个服务日的记录：")
            .replace("%1", self.month.currentText())
            .replace("%2", str(result["profile_name"]))
            .replace("%3", str(result["days_checked"]))
        )
        if found:
            self.summary.setText(head + self.tr("发现 %1 处问题。").replace("%1", str(len(found))))
            self.summary.setStyleSheet("font-size: 15px; color: #a3231a;")
        else:
            self.summary.setText(head + self.tr("本月未发现不符合政策配置的情况。"))
            self.summary.setStyleSheet("font-size: 15px; color: #1e6b2e;")
        if listed:
            self.summary.setText(
                self.summary.text()
                + self.tr("另有 %1 条记录需核查（不计为问题）。").replace("%1", str(len(listed)))
            )
        if manual:
            self.summary.setText(
                self.summary.text()
                + self.tr("%1 项无法从记录核对，需人工确认（在台账上签字确认）。").replace(
                    "%1", str(len(manual))
                )
            )
        by_kind = Counter(str(v["label"]) for v in found)
        self.counts.setText(
            self.tr("；").join(
                self.tr("%1 %2 处").replace("%1", label).replace("%2", str(n))
                for label, n in by_kind.most_common()
            )
        )
        self.counts.setVisible(bool(found))
        if found or listed or manual:
            self.table.selectRow(0)

    def show_detail(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            self.detail.clear()
            return
        v = self.model.row_dict(row)
        clause = v.get("clause") or {}
        parts = [
            f"<p><b>{escape(str(v['day']))}　{escape(str(v['label']))}</b><br>"
            f"{escape(str(v['message']))}</p>",
            f"<p><b>{escape(self.tr('条款'))}</b>：《{escape(str(clause.get('title', '')))}》"
            f"{escape(str(clause.get('section', '')))}</p>",
            f"<blockquote>“{escape(str(clause.get('quote', '')))}”</blockquote>",
        ]
        if clause.get("note"):
            parts.append(f"<p>{escape(self.tr('说明'))}：{escape(str(clause['note']))}</p>")
        if v.get("record_ref"):
            parts.append(
                f"<p>{escape(self.tr('记录'))}：{escape(self.record_text(v))}"
                f"（{escape(str(v['record_ref']))}）</p>"
            )
        else:
            parts.append(f"<p>{escape(self.manual_text())}</p>")
        self.detail.setHtml("".join(parts))

    def record_text(self, v: dict[str, Any]) -> str:
        """What the record is and where the principal finds it in the program."""
        day = str(v.get("day") or "")
        kind = record_kind(str(v.get("record_ref") or ""))
        texts = {
            "alert": self.tr("%1 的缺席提醒：在“签到”页选该班查看当天记录").replace("%1", day),
            "duty_day": self.tr("%1 的带班领导值班记录：见“值班看板”").replace("%1", day),
            "class_supervision": self.tr("%1 该班的管理教师在岗记录：见“值班看板”").replace(
                "%1", day
            ),
            "class_day": self.tr("%1 该班当天的服务记录（未登记管理教师）").replace("%1", day),
            "enrolment": self.tr("报名记录：见“学生名册”中该生的报名情况"),
            "fee_standard": self.tr("收费标准：用命令 fee list 查看"),
            "school_day": self.tr("%1 全校当天的服务记录：在“签到”页查看各班").replace("%1", day),
            "pupil_day": self.tr("%1 该生当天的签到、离校记录：在“放学交接”页选该班查看").replace(
                "%1", day
            ),
            "charge": self.tr("收费记录：用命令 charges 查看该月应收"),
            "payment": self.tr("缴费记录：用命令 account 查看该生账户"),
            "ledger_entry": self.tr("收支台账记录：见“财务”页该月的收支台账"),
            "subsidy_rate": self.tr("补助标准：用命令 subsidy show 查看"),
        }
        return texts.get(kind, self.tr("记录"))

    def manual_text(self) -> str:
        return self.tr("没有记录可以核对：由负责人在月度台账“需人工确认的事项”中签字确认。")

    def open_record(self, index: QModelIndex) -> None:
        """A message box with the record: what it is, the day and class, where to look."""
        if not index.isValid():
            return
        v = self.model.row_dict(index.row())
        if not v.get("record_ref"):
            QMessageBox.information(self, str(v["label"]), f"{v['message']}\n{self.manual_text()}")
            return
        QMessageBox.information(
            self,
            str(v["label"]),
            "\n".join(
                [
                    self.tr("日期：%1").replace("%1", str(v["day"] or "—")),
                    self.tr("情况：%1").replace("%1", str(v["message"])),
                    self.tr("记录：%1").replace("%1", self.record_text(v)),
                    self.tr("记录编号：%1").replace("%1", str(v["record_ref"])),
                ]
            ),
        )
