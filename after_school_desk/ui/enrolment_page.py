"""报名: the enrolment procedure of a class on one screen. The teacher enters the parents' paper
applications (one pupil, several, or the whole class) and does the class review (班级初审); the
principal approves (学校核准) or refuses with a reason; the signed voluntary agreement and a
withdrawal are recorded per pupil. 待我处理 narrows the list to what waits for the user."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from after_school_desk.domain.roles import ROLE_LABELS, Action, allowed
from after_school_desk.errors import AppError
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school import enrolment, enrolment_views, pupils
from after_school_desk.ui import storage_failure
from after_school_desk.ui.day_common import ClassPicker, MessageBar, attempt, no_class_text
from after_school_desk.ui.day_table import ROW_HEIGHT, ScanBox, big_rows
from after_school_desk.ui.enrolment_dialogs import (
    AgreementDialog,
    ApplyDialog,
    RefuseDialog,
    WithdrawDialog,
)
from after_school_desk.ui.enrolment_model import PUPIL_ID_ROLE, EnrolmentFilter, EnrolmentModel
from after_school_desk.ui.labels import label
from after_school_desk.ui.operations import Changed, follow, publish
from after_school_desk.ui.pupil_dialog import PupilDialog

DialogRunner = Callable[[QDialog], bool]
APPLY_FROM = ("none", "refused", "withdrawn")
OPEN = ("applied", "reviewed")


def run_modal(dialog: QDialog) -> bool:
    return dialog.exec() == QDialog.DialogCode.Accepted


def big_button(text: str) -> QPushButton:
    button = QPushButton(text)
    button.setMinimumHeight(ROW_HEIGHT)
    button.setStyleSheet("font-size: 17px; padding: 4px 14px;")
    return button


class EnrolmentTable(QTableView):
    """Large rows; a tap selects or deselects a pupil, so several can be chosen by touch."""

    def __init__(self, proxy: QSortFilterProxyModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(proxy)
        widths = [100, 200, 100, 110, 120, 190]  # the whole 学籍号 (19 characters)
        big_rows(self, widths, QAbstractItemView.SelectionMode.MultiSelection)

    def selected_ids(self) -> list[str]:
        rows = sorted(i.row() for i in self.selectionModel().selectedRows())
        return [str(self.model().index(r, 0).data(PUPIL_ID_ROLE)) for r in rows]

    def select_ids(self, ids: list[str]) -> None:
        self.clearSelection()
        model = self.model()
        for r in range(model.rowCount()):
            if model.index(r, 0).data(PUPIL_ID_ROLE) in ids:
                self.selectRow(r)

    def row_of(self, pupil_id: str) -> QModelIndex:
        model = self.model()
        for r in range(model.rowCount()):
            index = model.index(r, 0)
            if index.data(PUPIL_ID_ROLE) == pupil_id:
                return index
        return QModelIndex()


class EnrolmentPage(QWidget):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.can_enrol = allowed(ctx.actor.role, Action.ENROL)
        self.can_approve = allowed(ctx.actor.role, Action.APPROVE_ENROLMENT)
        self.run_dialog: DialogRunner = run_modal  # tests fill the dialog instead of exec()
        self.model = EnrolmentModel()
        self.proxy = EnrolmentFilter()
        self.proxy.setSourceModel(self.model)

        title = QLabel(self.tr("报名"))
        title.setProperty("role", "title")
        self.class_picker = ClassPicker(ctx)
        self.class_picker.setMinimumHeight(ROW_HEIGHT)
        self.summary = QLabel()
        self.summary.setProperty("role", "hint")
        self.search = ScanBox(self.tr("输入姓名 / 拼音首字母 / 学籍号查找"))
        self.only_mine = QCheckBox(self.tr("待我处理"))
        self.only_mine.setMinimumHeight(ROW_HEIGHT)
        self.only_mine.setStyleSheet("font-size: 17px;")
        self.class_button = big_button(self.tr("全班报名"))
        self.table = EnrolmentTable(self.proxy)
        self.selected_label = QLabel()
        self.selected_label.setWordWrap(True)
        self.selected_label.setStyleSheet("font-size: 17px; font-weight: bold;")
        self.clear_button = big_button(self.tr("取消选择"))
        self.apply_button = big_button(self.tr("登记申请"))
        self.review_button = big_button(self.tr("班级初审"))
        self.approve_button = big_button(self.tr("学校核准"))
        self.approve_button.setProperty("primary", True)
        self.refuse_button = big_button(self.tr("拒绝"))
        self.agreement_button = big_button(self.tr("登记协议"))
        self.withdraw_button = big_button(self.tr("退出"))
        self.detail_button = big_button(self.tr("学生详情"))
        self.rights_hint = QLabel()
        self.rights_hint.setWordWrap(True)
        self.rights_hint.setProperty("role", "hint")
        if not self.can_approve:
            self.rights_hint.setText(
                self.tr("学校核准和拒绝由校长办理；您的身份是“%1”，可以登记申请、班级初审和协议。")
                .replace("%1", label(ROLE_LABELS[ctx.actor.role]))
            )  # fmt: skip
        self.rights_hint.setVisible(not self.can_approve)
        self.hint = QLabel(
            self.tr("点选一名或几名学生（再点一次取消），然后点下面的按钮。"
                    "流程：家长申请 → 班级初审 → 学校核准 → 签订协议。")
        )  # fmt: skip
        self.hint.setWordWrap(True)
        self.hint.setProperty("role", "hint")
        self.bar = MessageBar()

        top = QHBoxLayout()
        top.addWidget(title)
        top.addWidget(self.class_picker)
        top.addWidget(self.summary, 1)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.only_mine)
        filters.addWidget(self.class_button)
        selection = QHBoxLayout()
        selection.addWidget(self.selected_label, 1)
        selection.addWidget(self.clear_button)
        selection.addWidget(self.detail_button)
        actions = QHBoxLayout()
        for b in (self.apply_button, self.review_button, self.approve_button,
                  self.refuse_button, self.agreement_button, self.withdraw_button):  # fmt: skip
            actions.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(selection)
        layout.addLayout(actions)
        layout.addWidget(self.rights_hint)
        layout.addWidget(self.bar)

        self.class_picker.class_chosen.connect(lambda _c: self.refresh(keep=False))
        self.search.textChanged.connect(self._search_changed)
        self.only_mine.toggled.connect(self._only_mine_changed)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_actions())
        self.clear_button.clicked.connect(self.table.clearSelection)
        self.class_button.clicked.connect(self.enrol_class)
        self.apply_button.clicked.connect(self.apply_selected)
        self.review_button.clicked.connect(self.review_selected)
        self.approve_button.clicked.connect(self.approve_selected)
        self.refuse_button.clicked.connect(self.refuse_selected)
        self.agreement_button.clicked.connect(self.agreement_selected)
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.detail_button.clicked.connect(self.show_detail)
        self.refresh()
        self.follower = follow(
            self, lambda c: c.pupils or c.everything, self.refresh, on_show=True, fresh=True
        )

    # -- reading -----------------------------------------------------------------------------

    def class_id(self) -> str:
        return self.class_picker.class_id()

    def refresh(self, keep: bool = True) -> None:
        """Re-read the class from the service; the selection is kept across the reload."""
        chosen = self.table.selected_ids() if keep else []
        class_id = self.class_id()
        if not class_id:
            self.model.set_rows([])
            self.bar.show_error(no_class_text())
            self.class_button.setEnabled(False)
            self._update_actions()
            return
        found = attempt(self.bar, lambda: enrolment_views.class_enrolment(self.ctx, class_id))
        self.model.set_rows(found or [])
        self.table.select_ids(chosen)
        self._update_summary()
        self._update_actions()

    def _search_changed(self, text: str) -> None:
        chosen = self.table.selected_ids()
        self.proxy.set_query(text)
        self.table.select_ids(chosen)

    def _only_mine_changed(self, on: bool) -> None:
        chosen = self.table.selected_ids()
        self.proxy.set_only_mine(on)
        self.table.select_ids(chosen)
        self._update_summary()

    def selected(self) -> list[dict[str, Any]]:
        found = (self.model.find(pid) for pid in self.table.selected_ids())
        return [r for r in found if r is not None]

    def _update_summary(self) -> None:
        rows = self.model.rows()
        count = {s: sum(1 for r in rows if r["state"] == s) for s in enrolment_views.STATES}
        mine = sum(1 for r in rows if r["mine"])
        self.summary.setText(
            self.tr("全班 %1 人 · 已核准 %2 · 待审 %3 · 未报名 %4 · 待我处理 %5")
            .replace("%1", str(len(rows))).replace("%2", str(count["enrolled"]))
            .replace("%3", str(count["applied"] + count["reviewed"]))
            .replace("%4", str(count["none"])).replace("%5", str(mine))
        )  # fmt: skip
        self.only_mine.setText(self.tr("待我处理（%1）").replace("%1", str(mine)))

    def _update_actions(self) -> None:
        rows = self.selected()
        states = {r["state"] for r in rows}
        one = len(rows) == 1
        if rows:
            names = "、".join(str(r["name"]) for r in rows[:6])
            more = self.tr(" 等") if len(rows) > 6 else ""
            self.selected_label.setText(
                self.tr("已选 %1 人：%2").replace("%1", str(len(rows))).replace("%2", names + more)
            )
        else:
            self.selected_label.setText(self.tr("（先点选学生）"))
        self.clear_button.setEnabled(bool(rows))
        self.detail_button.setEnabled(one)
        self.class_button.setEnabled(self.can_enrol and bool(self.class_id()))
        self.apply_button.setEnabled(self.can_enrol and bool(rows) and states <= set(APPLY_FROM))
        self.review_button.setEnabled(self.can_enrol and bool(rows) and states == {"applied"})
        self.approve_button.setEnabled(self.can_approve and bool(rows) and states <= set(OPEN))
        self.refuse_button.setEnabled(self.can_approve and one and states <= set(OPEN))
        self.agreement_button.setEnabled(
            self.can_enrol and one and states <= {"applied", "reviewed", "enrolled"}
        )
        self.withdraw_button.setEnabled(self.can_enrol and one and states == {"enrolled"})
        if not self.can_approve:
            reason = self.tr("只有校长可以办理")
            self.approve_button.setToolTip(reason)
            self.refuse_button.setToolTip(reason)

    # -- actions -----------------------------------------------------------------------------

    def _guardians(self, pupil_id: str) -> list[str]:
        detail = attempt(self.bar, lambda: pupils.pupil_detail(self.ctx, pupil_id))
        return [str(a["name"]) for a in (detail["adults"] if detail else []) if a["is_guardian"]]

    def _who(self, rows: list[dict[str, Any]]) -> str:
        if len(rows) == 1:
            r = rows[0]
            return f"{r['class']} {r['name']}（{r['national_id']}）"
        names = "、".join(str(r["name"]) for r in rows)
        return self.tr("%1 名学生：%2").replace("%1", str(len(rows))).replace("%2", names)

    def _done(self, text: str) -> None:
        publish(Changed(pupils=True), self)
        self.bar.show_ok(text)
        self.refresh()

    def _today(self) -> date:
        return self.ctx.clock.now().date()

    def apply_selected(self) -> None:
        rows = self.selected()
        if not rows:
            return
        ids = [str(r["pupil_id"]) for r in rows]
        guardians = self._guardians(ids[0]) if len(ids) == 1 else []
        dialog = ApplyDialog(
            lambda v: enrolment.enroll(self.ctx, ids, start=v["start"], mode=v["mode"],
                                       applied_by=v["applied_by"], approve=v["approve"]),
            self._who(rows), self._today(), enrolment.MODES, guardians, self.can_approve, self,
        )  # fmt: skip
        if self.run_dialog(dialog):
            self._report_enroll(dialog.outcome)

    def enrol_class(self) -> None:
        class_id, name = self.class_id(), self.class_picker.currentText()
        if not class_id:
            return
        who = (
            self.tr("%1 全班（%2 人）")
            .replace("%1", name)
            .replace("%2", str(self.model.rowCount()))
        )
        dialog = ApplyDialog(
            lambda v: enrolment.enroll(self.ctx, class_name=name, start=v["start"],
                                       mode=v["mode"], applied_by=v["applied_by"],
                                       approve=v["approve"]),
            who, self._today(), enrolment.MODES, [], self.can_approve, self,
        )  # fmt: skip
        if self.run_dialog(dialog):
            self._report_enroll(dialog.outcome)

    def _report_enroll(self, outcome: object) -> None:
        result = outcome if isinstance(outcome, dict) else {}
        self._done(
            self.tr("已登记申请 %1 人，已核准 %2 人，原已报名 %3 人。")
            .replace("%1", str(len(result.get("applied", []))))
            .replace("%2", str(len(result.get("approved", []))))
            .replace("%3", str(len(result.get("already", []))))
        )  # fmt: skip

    def _each(self, rows: list[dict[str, Any]], call: Callable[[str], object], done: str) -> None:
        """Run one service call per selected enrolment; say who succeeded and who did not."""
        ok: list[str] = []
        failed: list[str] = []
        for r in rows:
            try:
                call(str(r["enrolment_id"]))
                ok.append(str(r["name"]))
            except AppError as exc:
                storage_failure.alarm(exc, self)
                failed.append(f"{r['name']}：{exc.message}")
        if ok:
            publish(Changed(pupils=True), self)
        self.refresh()
        if failed:
            head = done.replace("%1", str(len(ok))) if ok else ""
            self.bar.show_error("\n".join([t for t in (head,) if t] + failed))
        else:
            self.bar.show_ok(done.replace("%1", str(len(ok))) + "：" + "、".join(ok))

    def review_selected(self) -> None:
        rows = [r for r in self.selected() if r["state"] == "applied"]
        self._each(rows, lambda eid: enrolment.review(self.ctx, eid),
                   self.tr("已完成班级初审 %1 人"))  # fmt: skip

    def approve_selected(self) -> None:
        rows = [r for r in self.selected() if r["state"] in OPEN]
        self._each(rows, lambda eid: enrolment.approve(self.ctx, eid),
                   self.tr("学校已核准 %1 人"))  # fmt: skip

    def _single(self) -> dict[str, Any] | None:
        rows = self.selected()
        return rows[0] if len(rows) == 1 else None

    def refuse_selected(self) -> None:
        row = self._single()
        if row is None:
            return
        eid = str(row["enrolment_id"])
        dialog = RefuseDialog(
            lambda v: enrolment.refuse(self.ctx, eid, v["reason"]), self._who([row]), self
        )
        if self.run_dialog(dialog):
            self._done(self.tr("已登记不予核准：%1").replace("%1", str(row["name"])))

    def agreement_selected(self) -> None:
        row = self._single()
        if row is None:
            return
        pid = str(row["pupil_id"])
        dialog = AgreementDialog(
            lambda v: enrolment.record_agreement(self.ctx, pid, v["signed_by"], v["signed_on"]),
            self._who([row]), self._today(), self._guardians(pid), self,
        )  # fmt: skip
        if self.run_dialog(dialog):
            self._done(self.tr("已登记 %1 的课后服务协议").replace("%1", str(row["name"])))

    def withdraw_selected(self) -> None:
        row = self._single()
        if row is None:
            return
        pid = str(row["pupil_id"])
        start = date.fromisoformat(str(row["enrolled_from"]))
        dialog = WithdrawDialog(
            lambda v: enrolment.withdraw(self.ctx, pid, v["on"], v["reason"]),
            self._who([row]), max(self._today(), start + timedelta(days=1)), self,
        )  # fmt: skip
        if self.run_dialog(dialog):
            self._done(self.tr("%1 已退出课后服务").replace("%1", str(row["name"])))

    def show_detail(self) -> None:
        row = self._single()
        if row is None:
            return
        dialog = PupilDialog(self.ctx, str(row["pupil_id"]), self)
        self.run_dialog(dialog)
        self.refresh()
