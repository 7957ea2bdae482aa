"""财务: the principal's money page for one month — fee standards, the month's charges and
payments per class, waivers, refunds, the income/expense ledger and the month's balance.

Every action is one service call through ``attempt``: a refusal (a fee above the cap, a
management fee, a refund larger than the overpayment) is shown in the page's message bar with
the rule it rests on, and nothing is written. Billing a month takes seconds on a big school, so
it runs off the GUI thread behind a modal progress dialog (``operations.Access.EXCLUSIVE``: the
GUI keeps off the database meanwhile). Every write publishes what it changed; the page re-reads
when shown and when another page's change concerns money or the register.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from after_school_desk.domain.billing import month_bounds
from after_school_desk.domain.money import yuan
from after_school_desk.services.base import classes
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.money import billing, expenses, fees, payments, waivers
from after_school_desk.services.money.answers import Account, BillResult, LedgerEntry
from after_school_desk.services.money.finance_reports import finance_month
from after_school_desk.services.school import pupils
from after_school_desk.ui.day_common import MessageBar, attempt
from after_school_desk.ui.dict_table_model import DictTableModel
from after_school_desk.ui.finance_models import (
    AccountModel,
    FeeStandardModel,
    LedgerModel,
    PublicWaiverModel,
    WaiverModel,
    signed_yuan,
)
from after_school_desk.ui.money_dialogs import (
    FeeDialog,
    LedgerEntryDialog,
    MoneyDialog,
    PaymentDialog,
    PupilPicker,
    RefundDialog,
    RevokeDialog,
    WaiverDialog,
)
from after_school_desk.ui.month_picker import MonthPicker
from after_school_desk.ui.operations import Access, Changed, ProgressFn, Runner, follow, publish
from after_school_desk.ui.subsidy_rates_dialog import SubsidyRatesDialog

DialogRunner = Callable[[MoneyDialog], bool]


def run_modal(dialog: MoneyDialog) -> bool:
    return dialog.exec() == QDialog.DialogCode.Accepted


def table(model: DictTableModel, stretch: str | None = None) -> QTableView:
    """A read-only row-selecting table; ``stretch`` names the column that takes spare width."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setDefaultSectionSize(36)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        header = view.horizontalHeader()
        header.setSectionResizeMode(model.columns.index(stretch), QHeaderView.ResizeMode.Stretch)
    return view


def button(text: str, primary: bool = False) -> QPushButton:
    b = QPushButton(text)
    b.setMinimumHeight(44)
    if primary:
        b.setProperty("primary", True)
    return b


class FinancePage(QWidget):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.run_dialog: DialogRunner = run_modal  # tests fill the dialog instead of exec()
        self.figures: dict[str, Any] = {}

        title = QLabel(self.tr("财务"))
        title.setProperty("role", "title")
        self.month_picker = MonthPicker(self.today())
        self.month_picker.setMinimumHeight(40)
        self.bar = MessageBar()
        self.runner = Runner(self, self.bar.show_error)
        self.reader = Runner(self, self.bar.show_error)  # the pupils to refund, read beside
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("月份")))
        top.addWidget(self.month_picker)
        top.addStretch(1)
        self.subsidy_button = button(self.tr("教职工补助标准…"))
        self.subsidy_button.clicked.connect(self.open_subsidy_rates)
        self.subsidy_dialog: SubsidyRatesDialog | None = None
        top.addWidget(self.subsidy_button)

        # the page's frame first, each tab then built into its place: a widget's style is
        # worked out again each time it (or a box holding it) moves under a new parent
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.bar)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(self._fees_tab(), self.tr("收费标准"))
        self.tabs.addTab(self._charges_tab(), self.tr("本月收费"))
        self.tabs.addTab(self._waivers_tab(), self.tr("减免"))
        self.tabs.addTab(self._refund_tab(), self.tr("退费"))
        self.tabs.addTab(self._ledger_tab(), self.tr("收支账"))
        self.tabs.addTab(self._balance_tab(), self.tr("本月结余"))
        self.tabs.setCurrentIndex(1)  # the month's charges: what the principal opens most
        self.month_picker.month_chosen.connect(lambda _m: self.refresh())
        self.runner.busy.connect(lambda busy: self.bill_button.setEnabled(not busy))
        self.refresh()
        self.follower = follow(self, self.concerns, self.refresh, on_show=True, fresh=True)

    def concerns(self, changes: Changed) -> bool:
        return changes.money or changes.pupils or changes.everything

    # --- building the tabs -----------------------------------------------------------

    def _fees_tab(self) -> QWidget:
        self.fee_model = FeeStandardModel()
        self.fee_table = table(self.fee_model, stretch="approval_doc")
        self.fee_button = button(self.tr("设置收费标准"), primary=True)
        self.fee_button.clicked.connect(self.open_fee_dialog)
        hint = QLabel(self.tr("标准按起用日期生效，旧标准保留为历史；超过政策上限的标准不能保存。"))
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        return self._tab([self.fee_button], self.fee_table, hint)

    def _charges_tab(self) -> QWidget:
        self.account_model = AccountModel()
        self.account_table = table(self.account_model)
        self.class_filter = QComboBox()
        self.class_filter.setMinimumHeight(40)
        self.class_filter.setMinimumWidth(170)
        self.class_filter.addItem(self.tr("全部班级"), "")
        for c in classes.list_classes(self.ctx):
            self.class_filter.addItem(str(c["name"]), str(c["name"]))
        self.class_filter.currentIndexChanged.connect(lambda _i: self.refresh_accounts())
        self.bill_button = button(self.tr("生成本月账单"), primary=True)
        self.bill_button.clicked.connect(self.bill)
        self.pay_button = button(self.tr("收款"))
        self.pay_button.clicked.connect(self.open_payment_dialog)
        self.account_table.doubleClicked.connect(lambda _i: self.open_payment_dialog())
        self.account_table.selectionModel().selectionChanged.connect(self._account_selected)
        self.account_totals = QLabel()
        return self._tab(
            [self.class_filter, self.bill_button, self.pay_button],
            self.account_table,
            self.account_totals,
        )

    def _waivers_tab(self) -> QWidget:
        self.waiver_model = WaiverModel()
        self.waiver_table = table(self.waiver_model, stretch="evidence")
        self.waive_button = button(self.tr("新增减免"), primary=True)
        self.waive_button.clicked.connect(self.open_waiver_dialog)
        self.revoke_button = button(self.tr("取消所选减免"))
        self.revoke_button.clicked.connect(self.open_revoke_dialog)
        hint = QLabel(
            self.tr("建档立卡学生按学籍标记自动免费。新增或取消减免后，请重新生成本月账单。")
        )
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        return self._tab([self.waive_button, self.revoke_button], self.waiver_table, hint)

    def _refund_tab(self) -> QWidget:
        self.refund_pupil = PupilPicker([])
        self.refund_show = button(self.tr("查看账户"))
        self.refund_show.clicked.connect(self.show_account)
        self.refund_button = button(self.tr("办理退费…"), primary=True)
        self.refund_button.setEnabled(False)
        self.refund_button.clicked.connect(self.open_refund_dialog)
        self.refund_account: Account | None = None
        self.refund_summary = QLabel(self.tr("选择学生后查看其收费、缴费和退费。"))
        self.refund_summary.setWordWrap(True)
        self.refund_summary.setProperty("look", "lead")
        self.refund_lines = QLabel()
        self.refund_lines.setWordWrap(True)
        self.refund_lines.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.refund_lines.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        rule = QLabel(
            self.tr(
                "只退多缴部分，退费不超过已缴未退的金额；退费被拒时注明依据：本地文件的条款，或本程序的记账规则。"
            )
        )
        rule.setProperty("role", "hint")
        page = QWidget()
        column = QVBoxLayout(page)
        row = QHBoxLayout()
        row.addWidget(self.refund_pupil, 1)
        row.addWidget(self.refund_show)
        row.addWidget(self.refund_button)
        column.addLayout(row)
        column.addWidget(self.refund_summary)
        column.addWidget(self.refund_lines, 1)
        column.addWidget(rule)
        return page

    def _ledger_tab(self) -> QWidget:
        self.ledger_model = LedgerModel()
        self.ledger_table = table(self.ledger_model, stretch="note")
        self.expense_button = button(self.tr("记一笔支出"), primary=True)
        self.expense_button.clicked.connect(lambda: self.open_ledger_dialog("expense"))
        self.income_button = button(self.tr("其他收入"))
        self.income_button.clicked.connect(lambda: self.open_ledger_dialog("income"))
        self.ledger_totals = QLabel()
        return self._tab(
            [self.expense_button, self.income_button], self.ledger_table, self.ledger_totals
        )

    def _balance_tab(self) -> QWidget:
        self.figure_labels: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        items = [
            ("charged_fen", self.tr("应收")),
            ("waived_fen", self.tr("减免")),
            ("paid_fen", self.tr("实收")),
            ("refunded_fen", self.tr("退费")),
            ("other_income_fen", self.tr("其他收入")),
            ("income_fen", self.tr("收入合计")),
            ("expenses_fen", self.tr("支出合计")),
            ("balance_fen", self.tr("结余")),
        ]
        for i, (key, label) in enumerate(items):
            name = QLabel(label)
            name.setProperty("role", "hint")
            value = QLabel()
            value.setProperty("look", "figure")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.figure_labels[key] = value
            grid.addWidget(name, i // 4 * 2, i % 4)
            grid.addWidget(value, i // 4 * 2 + 1, i % 4)
        unit = QLabel(
            self.tr("单位：元。收入合计 = 实收 − 退费 + 其他收入；结余 = 收入合计 − 支出合计。")
        )
        unit.setProperty("role", "hint")
        unit.setWordWrap(True)
        self.public_model = PublicWaiverModel()
        self.public_table = table(self.public_model, stretch="name")
        self.public_title = QLabel()
        self.public_title.setProperty("look", "heading")
        self.public_note = QLabel()
        self.public_note.setProperty("role", "hint")
        self.public_note.setWordWrap(True)
        page = QWidget()
        column = QVBoxLayout(page)
        column.addLayout(grid)
        column.addWidget(unit)
        column.addWidget(self.public_title)
        column.addWidget(self.public_table, 1)
        column.addWidget(self.public_note)
        return page

    def _tab(self, buttons: list[QWidget], view: QTableView, below: QLabel) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        row = QHBoxLayout()
        for b in buttons:
            row.addWidget(b)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(view, 1)
        column.addWidget(below)
        return page

    # --- data --------------------------------------------------------------------------

    def today(self) -> date:
        return self.ctx.clock.now().date()

    def month(self) -> str:
        return self.month_picker.month()

    def first_day(self) -> date:
        return month_bounds(self.month())[0]

    def refresh(self) -> None:
        standards = attempt(self.bar, lambda: fees.list_standards(self.ctx))
        self.fee_model.set_rows(list(reversed(standards or [])))
        self.refresh_accounts()
        found = attempt(self.bar, lambda: waivers.list_waivers(self.ctx))
        self.waiver_model.set_rows(found or [])
        self._refresh_ledger()
        self._refresh_figures()
        if self.refund_pupil.count() == 0 and not self.reader.running():
            # every pupil with their adults: ~80 ms on a 1,000-pupil school, so beside the GUI
            self.reader.start(
                self.ctx, lambda ctx, _progress: pupils.list_pupils(ctx), on_done=self._fill_refund
            )

    def _fill_refund(self, everyone: Sequence[Mapping[str, Any]]) -> None:
        if self.refund_pupil.count() > 0:
            return
        for p in everyone:
            self.refund_pupil.addItem(f"{p['class']} {p['name']} {p['national_id']}",
                                      p["national_id"])  # fmt: skip
        self.refund_pupil.setCurrentIndex(-1)

    def refresh_accounts(self) -> None:
        class_name = str(self.class_filter.currentData() or "") or None
        rows = attempt(
            self.bar, lambda: payments.month_accounts(self.ctx, self.month(), class_name)
        )
        self.account_model.set_rows(rows or [])
        self.pay_button.setEnabled(False)
        rows = rows or []
        if not rows:
            self.account_totals.setText(self.tr("本月还没有账单。设置收费标准后点“生成本月账单”。"))
            return
        pupils_n = len({r["pupil_id"] for r in rows})
        net = sum(int(r["net_fen"]) for r in rows)
        paid = sum(int(r["paid_month_fen"]) for r in rows)
        owing = sum(1 for r in rows if int(r["balance_fen"]) < 0)
        self.account_totals.setText(
            self.tr("共 %1 人，应缴 %2 元，本月已缴 %3 元；尚未缴清 %4 人。")
            .replace("%1", str(pupils_n))
            .replace("%2", yuan(net))
            .replace("%3", yuan(paid))
            .replace("%4", str(owing))
        )

    def _refresh_ledger(self) -> None:
        entries = attempt(self.bar, lambda: expenses.month_ledger(self.ctx, self.month())) or []
        self.ledger_model.set_rows(entries)
        spent = sum(int(e["amount_fen"]) for e in entries if e["direction"] == "expense")
        income = sum(int(e["amount_fen"]) for e in entries if e["direction"] != "expense")
        self.ledger_totals.setText(
            self.tr("本月支出 %1 元，其他收入 %2 元（学费收入见“本月结余”）。")
            .replace("%1", yuan(spent))
            .replace("%2", yuan(income))
        )

    def _refresh_figures(self) -> None:
        figures = attempt(self.bar, lambda: finance_month(self.ctx, self.month()))
        self.figures = dict(figures or {})
        for key, label in self.figure_labels.items():
            fen = int(self.figures.get(key, 0))
            label.setText(signed_yuan(fen) if key == "balance_fen" and fen > 0 else yuan(fen))
        public = list(self.figures.get("public_waivers") or [])
        self.public_model.set_rows(public)
        self.public_title.setText(
            self.tr("减免名单公示预览（%1 人，共 %2 元）")
            .replace("%1", str(len(public)))
            .replace("%2", yuan(int(self.figures.get("public_waivers_fen", 0))))
        )
        self.public_note.setText(
            self.tr(
                "公示只列班级、隐去中间字的姓名和金额；监护人未签署公示同意的 %1 人不列入。"
            ).replace("%1", str(self.figures.get("withheld_from_public", 0)))
        )

    def _account_selected(self) -> None:
        self.pay_button.setEnabled(self.selected_account() is not None)

    def selected_account(self) -> dict[str, Any] | None:
        rows = self.account_table.selectionModel().selectedRows()
        return self.account_model.row_dict(rows[0].row()) if rows else None

    def selected_waiver(self) -> dict[str, Any] | None:
        rows = self.waiver_table.selectionModel().selectedRows()
        return self.waiver_model.row_dict(rows[0].row()) if rows else None

    def ask(self, dialog: MoneyDialog, record: Callable[[dict[str, Any]], Any]) -> Any:
        """Run the dialog; 确定 records through ``record`` and a refusal stays in the dialog with
        what was typed. Returns what was recorded, or None when the dialog was cancelled."""
        dialog.submit = record
        return dialog.outcome if self.run_dialog(dialog) else None

    def _done(self, text: str) -> None:
        """After a write of this page: re-read, say what was done, tell the other pages."""
        publish(Changed(money=True), self)
        self.refresh()
        self.bar.show_ok(text)

    # --- actions -----------------------------------------------------------------------

    def open_fee_dialog(self) -> None:
        dialog = FeeDialog(self.first_day(), self)
        row = self.ask(dialog, lambda v: fees.set_fee(self.ctx, **v))
        if row is not None:
            self._done(
                self.tr("已设定收费标准：%1，自 %2 起执行。")
                .replace("%1", str(row["label"]))
                .replace("%2", str(row["effective_from"]))
            )

    def open_subsidy_rates(self) -> None:
        """The staff subsidy rates (补助标准), window-modal; the monthly sheet reads them."""
        if self.subsidy_dialog is not None:
            self.subsidy_dialog.deleteLater()
        self.subsidy_dialog = SubsidyRatesDialog(self.ctx, self)
        self.subsidy_dialog.open()

    def bill(self) -> None:
        """Generate the month's charges off the GUI thread (seconds on a big school), behind
        the runner's modal progress dialog."""
        month = self.month()

        def job(ctx: ServiceContext, _progress: ProgressFn) -> BillResult:
            return billing.bill_month(ctx, month)

        self.runner.start(
            self.ctx,
            job,
            access=Access.EXCLUSIVE,
            on_done=self._billed,
            busy_text=self.tr("正在生成 %1 的账单…").replace("%1", month),
            title=self.tr("生成本月账单"),
        )

    def _billed(self, r: BillResult) -> None:
        text = (
            self.tr("%1：%2 人，应收 %3 元，减免 %4 元；新增 %5、更新 %6、未变 %7、删除 %8。")
            .replace("%1", str(r["month"]))
            .replace("%2", str(r["pupils"]))
            .replace("%3", yuan(int(r["charged_fen"])))
            .replace("%4", yuan(int(r["waived_fen"])))
            .replace("%5", str(r["created"]))
            .replace("%6", str(r["updated"]))
            .replace("%7", str(r["unchanged"]))
            .replace("%8", str(r["removed"]))
        )
        if r["no_standard"]:
            text += self.tr("没有适用收费标准、未计费的学生 %1 人。").replace(
                "%1", str(len(r["no_standard"]))
            )
        self._done(text)

    def open_payment_dialog(self) -> None:
        charge = self.selected_account()
        if charge is None:
            self.bar.show_error(self.tr("请先在表中选中要收款的学生。"))
            return
        who = f"{charge['class']} {charge['name']}（{charge['national_id']}）"
        dialog = PaymentDialog(who, max(0, -int(charge["balance_fen"])), self.today(), self)
        r = self.ask(
            dialog,
            lambda v: payments.record_payment(self.ctx, charge["national_id"], v["amount"],
                                              v["paid_on"], method=v["method"],
                                              receipt_no=v["receipt_no"], note=v["note"]),
        )  # fmt: skip
        if r is not None:
            self._done(
                self.tr("%1 缴费 %2 元已登记。")
                .replace("%1", str(r["pupil"]))
                .replace("%2", yuan(int(r["amount_fen"])))
            )
            self._select_pupil(str(charge["pupil_id"]))

    def _select_pupil(self, pupil_id: str) -> None:
        for i, row in enumerate(self.account_model.rows()):
            if row["pupil_id"] == pupil_id:
                self.account_table.selectRow(i)
                self.account_table.scrollTo(self.account_model.index(i, 0))
                return

    def open_waiver_dialog(self) -> None:
        everyone = attempt(self.bar, lambda: pupils.list_pupils(self.ctx))
        if everyone is None:
            return
        poor_free = waivers.registered_poor_free(self.ctx)
        dialog = WaiverDialog(everyone, self.first_day(), self, poor_free=poor_free)
        r = self.ask(dialog, lambda v: waivers.grant_waiver(self.ctx, **v))
        if r is not None:
            self._done(
                self.tr("%1：%2 减免 %3%，自 %4 起。请重新生成本月账单。")
                .replace("%1", str(r["pupil"]))
                .replace("%2", str(r["kind_label"]))
                .replace("%3", str(r["percent"]))
                .replace("%4", str(r["valid_from"]))
            )

    def open_revoke_dialog(self) -> None:
        w = self.selected_waiver()
        if w is None:
            self.bar.show_error(self.tr("请先在表中选中要取消的减免。"))
            return
        label = f"{w['class_name']} {w['name']}：{w['kind_label']} {w['percent']}%"
        dialog = RevokeDialog(label, self.today(), self)

        def revoke(v: dict[str, Any]) -> str:
            waivers.revoke_waiver(self.ctx, w["id"], v["on"])
            return str(v["on"])

        done = self.ask(dialog, revoke)
        if done is None:
            return
        on = done
        self._done(self.tr("已取消减免：%1，自 %2 起不再减免。").replace("%1", label)
                   .replace("%2", on))  # fmt: skip

    def show_account(self) -> None:
        key = self.refund_pupil.pupil_key()
        self.refund_account = None
        self.refund_button.setEnabled(False)
        if not key:
            self.bar.show_error(self.tr("请先选择学生。"))
            return
        acc = attempt(self.bar, lambda: payments.account(self.ctx, key))
        if acc is None:
            return
        self.bar.clear_message()
        self.refund_account = acc
        self.refund_button.setEnabled(True)
        self.refund_summary.setText(
            f"{acc['class']} {acc['name']}（{acc['national_id']}）：{acc['summary']}"
        )
        lines = [self.tr("收费：")]
        lines += [f"  {c['month']} {c['mode_label']} {yuan(c['net_fen'])}（{c['basis']}）"
                  for c in acc["charges"]] or [self.tr("  无")]  # fmt: skip
        lines.append(self.tr("缴费："))
        lines += [f"  {p['paid_on']} {yuan(p['amount_fen'])} {p['method_label']} "
                  f"{p['receipt_no'] or ''}" for p in acc["payments"]] or [self.tr("  无")]  # fmt: skip
        lines.append(self.tr("退费："))
        lines += [f"  {r['refunded_on']} {yuan(r['amount_fen'])} {r['reason']}"
                  for r in acc["refunds"]] or [self.tr("  无")]  # fmt: skip
        self.refund_lines.setText("\n".join(lines))

    def open_refund_dialog(self) -> None:
        if self.refund_account is None:
            self.show_account()
            if self.refund_account is None:
                return
        acc = self.refund_account
        dialog = RefundDialog(acc, self.today(), self)
        r = self.ask(
            dialog,
            lambda v: payments.refund(self.ctx, acc["national_id"], v["amount"], v["reason"],
                                      v["refunded_on"]),
        )  # fmt: skip
        if r is not None:
            self.show_account()
            self._done(
                self.tr("%1 退费 %2 元，审批人 %3。")
                .replace("%1", str(r["pupil"]))
                .replace("%2", yuan(int(r["amount_fen"])))
                .replace("%3", str(r["approved_by"]))
            )

    def open_ledger_dialog(self, direction: str) -> None:
        day = min(self.today(), month_bounds(self.month())[1])
        dialog = LedgerEntryDialog(direction, day, self)

        def add(v: dict[str, Any]) -> LedgerEntry:
            if direction == "expense":
                return expenses.add_expense(
                    self.ctx, v["category"], v["amount"], v["on"], v["note"], v["purpose"]
                )
            return expenses.add_income(self.ctx, v["category"], v["amount"], v["on"], v["note"])

        r = self.ask(dialog, add)
        if r is not None:
            what = self.tr("支出") if direction == "expense" else self.tr("收入")
            self._done(
                self.tr("已登记%1：%2 %3 元（%4）。")
                .replace("%1", what)
                .replace("%2", str(r["category"]))
                .replace("%3", yuan(int(r["amount_fen"])))
                .replace("%4", str(r["entry_on"]))
            )
