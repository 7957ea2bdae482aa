"""Pickup cards: one per pupil in the service, ten to a page, the QR code holding only an
opaque pickup code (never the 学籍号)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from reportlab.graphics.barcode.qr import QrCodeWidget

from after_school_desk.domain.roles import Role
from after_school_desk.errors import PermissionDenied, ValidationError
from after_school_desk.reports import pickup_cards
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.daily import pickup_codes
from after_school_desk.services.school.enrolment import enroll
from tests.conftest import as_role
from tests.unit import daily_school


def test_cards_for_a_class(school_ctx: ServiceContext, tmp_path: Path) -> None:
    school = daily_school.build(school_ctx, per_class=12)
    out = tmp_path / "cards.pdf"
    with pytest.raises(ValidationError, match="没有参加课后服务"):  # cards only for the service
        pickup_codes.pickup_cards_pdf(school_ctx, "三年级(2)班", out)
    enroll(school_ctx, class_name="三年级(2)班", approve=True)
    assert pickup_codes.pickup_cards_pdf(school_ctx, "三年级(2)班", out) == 12
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    mine = [p for p in school.pupils.values() if p["class"] == "三年级(2)班"]
    for p in mine:
        assert p["name"] in text and p["national_id"] not in text
    assert "139" not in text  # no guardian phone numbers on a card that may get lost
    assert text.count("\f") == 2  # 12 cards: two pages


def test_qr_holds_the_code() -> None:
    drawing = pickup_cards._qr("KHABCDEFGHIJKLMNOP")
    widget = next(c for c in drawing.contents if isinstance(c, QrCodeWidget))
    assert widget.value == "KHABCDEFGHIJKLMNOP"


def test_teacher_prints_only_own_class(school_ctx: ServiceContext, tmp_path: Path) -> None:
    school = daily_school.build(school_ctx)
    enroll(school_ctx, class_name="一年级(1)班", approve=True)
    teacher = as_role(school_ctx, Role.TEACHER, school.teachers["一年级(1)班"])
    assert pickup_codes.pickup_cards_pdf(teacher, "一年级(1)班", tmp_path / "a.pdf") == 4
    with pytest.raises((PermissionDenied, ValidationError)):
        pickup_codes.pickup_cards_pdf(teacher, "三年级(2)班", tmp_path / "b.pdf")
    with pytest.raises(ValidationError, match="自己的班级"):
        pickup_codes.pickup_cards_pdf(teacher, None, tmp_path / "c.pdf")
