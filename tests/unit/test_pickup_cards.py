"""Pickup cards: one per pupil, ten to a page, the QR code holding only the 学籍号."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from reportlab.graphics.barcode.qr import QrCodeWidget

from app.domain.roles import Role
from app.errors import PermissionDenied, ValidationError
from app.reports import pickup_cards
from app.services import reports
from app.services.context import ServiceContext
from tests.conftest import as_role
from tests.unit import daily_school


def test_cards_for_a_class(school_ctx: ServiceContext, tmp_path: Path) -> None:
    school = daily_school.build(school_ctx, per_class=12)
    out = tmp_path / "cards.pdf"
    assert reports.pickup_cards_pdf(school_ctx, "三年级(2)班", out) == 12
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    mine = [p for p in school.pupils.values() if p["class"] == "三年级(2)班"]
    for p in mine:
        assert p["name"] in text and p["national_id"] in text
    assert "139" not in text  # no guardian phone numbers on a card that may get lost
    assert text.count("\f") == 2  # 12 cards: two pages


def test_qr_holds_the_national_id() -> None:
    drawing = pickup_cards._qr("G640122201603041234")
    widget = next(c for c in drawing.contents if isinstance(c, QrCodeWidget))
    assert widget.value == "G640122201603041234"


def test_teacher_prints_only_own_class(school_ctx: ServiceContext, tmp_path: Path) -> None:
    school = daily_school.build(school_ctx)
    teacher = as_role(school_ctx, Role.TEACHER, school.teachers["一年级(1)班"])
    assert reports.pickup_cards_pdf(teacher, "一年级(1)班", tmp_path / "a.pdf") == 4
    with pytest.raises((PermissionDenied, ValidationError)):
        reports.pickup_cards_pdf(teacher, "三年级(2)班", tmp_path / "b.pdf")
    with pytest.raises(ValidationError, match="自己的班级"):
        reports.pickup_cards_pdf(teacher, None, tmp_path / "c.pdf")
