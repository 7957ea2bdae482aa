"""合规检查 lists the month's violations with their clause, counts them, and shows the record."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.ui.compliance_page import CompliancePage
from tests.unit.report_month import play_week

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _loaded(qtbot: QtBot, page: CompliancePage) -> None:
    qtbot.waitUntil(lambda: not page.loader.running(), timeout=20000)


def test_a_clean_month(qtbot: QtBot, school_ctx: ServiceContext, clock: FixedClock) -> None:
    play_week(school_ctx, clock)  # the national baseline finds nothing in this week
    page = CompliancePage(school_ctx)
    qtbot.addWidget(page)
    page.show()
    _loaded(qtbot, page)
    assert page.result is not None
    # only the duties no record shows, after the (no) problems, never counted
    manual = page.result["manual"]
    assert manual and page.model.rowCount() == len(manual)
    assert {page.model.index(i, 1).data() for i in range(len(manual))} == {"需人工确认"}
    assert "本月未发现不符合政策配置的情况" in page.summary.text()
    assert f"{len(manual)} 项无法从记录核对，需人工确认" in page.summary.text()
    assert "2026年11月" in page.summary.text() and "5 个服务日" in page.summary.text()
    assert page.counts.isHidden()
    page.table.selectRow(0)
    assert "签字确认" in page.detail.toPlainText()
    assert manual[0]["clause"]["quote"] in page.detail.toPlainText()


def test_violations_with_clause_detail_and_record(
    qtbot: QtBot, school_ctx: ServiceContext, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    play_week(school_ctx, clock)
    school_ctx.store.conn.execute("UPDATE school SET profile_id = 'city-plan-2024'")
    page = CompliancePage(school_ctx)
    qtbot.addWidget(page)
    page.load()
    _loaded(qtbot, page)
    assert page.result is not None
    found = page.result["violations"]
    others = len(page.result["listed"]) + len(page.result["manual"])
    assert page.model.rowCount() == len(found) + others and found
    assert f"发现 {len(found)} 处问题" in page.summary.text()
    row = next(i for i, v in enumerate(found) if v["kind"] == "absence_not_followed")
    model = page.model
    assert model.index(row, 0).data() == "2026-11-05"
    assert model.index(row, 1).data() == "缺席未通知监护人"
    assert "学生10" in model.index(row, 2).data()
    assert model.index(row, 3).data() == found[row]["citation"]
    assert "缺席未通知监护人 1 处" in page.counts.text()
    page.table.selectRow(row)
    html = page.detail.toPlainText()
    assert found[row]["clause"]["quote"] in html
    assert found[row]["record_ref"] in html and "缺席提醒" in html
    shown: list[Any] = []
    monkeypatch.setattr(
        "after_school_desk.ui.compliance_page.QMessageBox.information", lambda *a: shown.append(a)
    )
    page.open_record(model.index(row, 2))
    assert shown and shown[0][1] == "缺席未通知监护人"
    assert "日期：2026-11-05" in shown[0][2] and "签到" in shown[0][2]


def test_a_bad_month_is_not_offered_and_a_refusal_is_shown(
    qtbot: QtBot, school_ctx: ServiceContext, clock: FixedClock
) -> None:
    from after_school_desk.domain.roles import Role
    from tests.conftest import as_role

    page = CompliancePage(as_role(school_ctx, Role.TEACHER))
    qtbot.addWidget(page)
    assert page.month.findData("2026-13") == -1
    page.load()
    _loaded(qtbot, page)
    assert page.message.kind == "error" and "无权" in page.message.text()


def test_records_to_review_follow_the_problems_uncounted(
    qtbot: QtBot, school_ctx: ServiceContext
) -> None:
    clause = {"title": "某方案", "section": "一", "quote": "保证和每个学生家长完成交接", "note": ""}
    row = {"day": "2026-11-24", "kind": "self_leave", "label": "学生自行离校", "clause": clause,
           "message": "2026-11-24 三年级(1)班 张三 17:20 凭家长书面许可自行离校",
           "citation": "《某方案》一：“保证和每个学生家长完成交接”",
           "record_ref": "pupil_day:x", "listed": True}  # fmt: skip
    page = CompliancePage(school_ctx)
    qtbot.addWidget(page)
    page.show_result({"profile_name": "某方案", "days_checked": 16, "violations": [],
                      "listed": [row]})  # fmt: skip
    assert page.model.rowCount() == 1
    assert page.model.index(0, 1).data() == "需核查：学生自行离校"
    assert (
        "本月未发现不符合" in page.summary.text() and "另有 1 条记录需核查" in page.summary.text()
    )
    assert page.counts.isHidden()
    assert "放学交接" in page.record_text(row)
