"""Pickup cards: one card per pupil, bank-card size, ten to an A4 page, with a QR code.

The QR code holds only the pupil's 学籍号: scanned at the handover screen it selects the pupil
and shows who may collect them. The card carries no phone numbers or family details, since
cards get lost.
"""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.reports.fonts import cjk_font

CARD_W, CARD_H = 85.6 * mm, 54 * mm
COLUMNS, ROWS = 2, 5
QR_SIZE = 36 * mm


@dataclass(frozen=True)
class Card:
    school: str
    name: str
    class_name: str
    national_id: str


def _qr(value: str) -> Drawing:
    widget = QrCodeWidget(value, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(
        QR_SIZE, QR_SIZE, transform=[QR_SIZE / (x1 - x0), 0, 0, QR_SIZE / (y1 - y0), 0, 0]
    )
    drawing.add(widget)
    return drawing


def _card(c: Canvas, card: Card, x: float, y: float, font: str) -> None:
    c.setLineWidth(0.3)
    c.setDash(2, 2)
    c.roundRect(x, y, CARD_W, CARD_H, 3 * mm)  # cut line
    c.setDash()
    c.setFont(font, 8)
    c.drawString(x + 5 * mm, y + CARD_H - 8 * mm, f"{card.school}　课后服务接送卡")
    c.setFont(font, 16)
    c.drawString(x + 5 * mm, y + CARD_H - 19 * mm, card.name)
    c.setFont(font, 10)
    c.drawString(x + 5 * mm, y + CARD_H - 27 * mm, card.class_name)
    c.setFont(font, 7)
    c.drawString(x + 5 * mm, y + 10 * mm, f"学籍号 {card.national_id}")
    c.drawString(x + 5 * mm, y + 5 * mm, "放学时出示，老师扫码核对接送人")
    renderPDF.draw(
        _qr(card.national_id), c, x + CARD_W - QR_SIZE - 4 * mm, y + (CARD_H - QR_SIZE) / 2
    )


def write_pickup_cards(cards: list[Card], out: Path | BytesIO) -> int:
    """Lay the cards out ten to a page; returns the number of pages."""
    font = cjk_font()
    c = Canvas(out if isinstance(out, BytesIO) else str(out), pagesize=A4, invariant=1)
    c.setTitle("课后服务接送卡")
    page_w, page_h = A4
    left = (page_w - COLUMNS * CARD_W) / 2
    top = page_h - (page_h - ROWS * CARD_H) / 2
    per_page = COLUMNS * ROWS
    pages = 0
    for start in range(0, len(cards), per_page):
        for i, card in enumerate(cards[start : start + per_page]):
            col, row = i % COLUMNS, i // COLUMNS
            _card(c, card, left + col * CARD_W, top - (row + 1) * CARD_H, font)
        c.showPage()
        pages += 1
    c.save()
    return pages
