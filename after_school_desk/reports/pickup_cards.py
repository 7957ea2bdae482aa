"""Pickup cards: one card per pupil in the service, bank-card size, ten to an A4 page, with a
QR code.

The QR code holds only the pupil's pickup code (an opaque code, see
after_school_desk.services.daily.pickup_codes): scanned at the handover screen it selects the pupil and shows who
may collect them. The card carries no 学籍号 (it holds the birth date), no phone numbers and no
family details, since cards get lost. A name of any length fits its box beside the QR code:
smaller, then over two lines; nothing is ever printed over the code.
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
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from after_school_desk.reports.fonts import cjk_font
from after_school_desk.reports.pdf_common import fit_size

CARD_W, CARD_H = 85.6 * mm, 54 * mm
COLUMNS, ROWS = 2, 5
QR_SIZE = 36 * mm
MARGIN = 5 * mm
QR_RIGHT = 4 * mm  # from the card's right edge
QR_GAP = 3 * mm  # between the text and the QR code
TEXT_W = CARD_W - MARGIN - QR_SIZE - QR_RIGHT - QR_GAP  # the text column beside the code


@dataclass(frozen=True)
class Card:
    school: str
    name: str
    class_name: str
    code: str  # what the QR code holds: the pupil's opaque pickup code, never the 学籍号


def _qr(value: str) -> Drawing:
    widget = QrCodeWidget(value, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(
        QR_SIZE, QR_SIZE, transform=[QR_SIZE / (x1 - x0), 0, 0, QR_SIZE / (y1 - y0), 0, 0]
    )
    drawing.add(widget)
    return drawing


def name_lines(text: str, font: str, width: float, size: float = 16,
               min_size: float = 9) -> tuple[float, list[str]]:  # fmt: skip
    """The size and lines (one, else two, else three) that ``text`` is printed in within
    ``width``: a line breaks after a "·" where it can, else between characters."""
    one = fit_size(text, font, size, width, min_size)
    if stringWidth(text, font, one) <= width and one >= 12:
        return one, [text]
    best = (one, [text]) if stringWidth(text, font, one) <= width else (0.0, [text])
    cuts = [i + 1 for i, ch in enumerate(text) if ch == "·" and 0 < i < len(text) - 1]
    for cut in cuts or [(len(text) + 1) // 2]:
        lines = [text[:cut], text[cut:]]
        s = min(fit_size(line, font, min(size, 13), width, min_size) for line in lines)
        if all(stringWidth(line, font, s) <= width for line in lines) and s > best[0]:
            best = (s, lines)
    if best[0]:
        return best
    lines, line = [], ""
    for ch in text:  # three lines or more at the smallest size, broken where they must be
        if line and stringWidth(line + ch, font, min_size) > width:
            lines.append(line)
            line = ""
        line += ch
    return min_size, [*lines, line]


def _fitted(c: Canvas, text: str, x: float, y: float, width: float, font: str, size: float,
            min_size: float) -> None:  # fmt: skip
    """One line, smaller when it must be, cut with "…" only below ``min_size``."""
    s = fit_size(text, font, size, width, min_size)
    while text and stringWidth(text, font, s) > width:
        text = text[:-2] + "…"
    c.setFont(font, s)
    c.drawString(x, y, text)


def _card(c: Canvas, card: Card, x: float, y: float, font: str) -> None:
    c.setLineWidth(0.3)
    c.setDash(2, 2)
    c.roundRect(x, y, CARD_W, CARD_H, 3 * mm)  # cut line
    c.setDash()
    qr_x, qr_y = x + CARD_W - QR_SIZE - QR_RIGHT, y + (CARD_H - QR_SIZE) / 2
    # the school line runs above the code, across the card
    _fitted(c, f"{card.school}　课后服务接送卡", x + MARGIN, y + CARD_H - 6.5 * mm,
            CARD_W - 2 * MARGIN, font, 8, 6)  # fmt: skip
    size, lines = name_lines(card.name, font, TEXT_W)
    top = y + CARD_H - 13 * mm - size * 0.8
    c.setFont(font, size)
    for i, line in enumerate(lines):
        c.drawString(x + MARGIN, top - i * size * 1.15, line)
    below = top - (len(lines) - 1) * size * 1.15 - 7.5 * mm
    _fitted(c, card.class_name, x + MARGIN, min(below, y + CARD_H - 27 * mm), TEXT_W, font, 10,
            7)  # fmt: skip
    c.setFont(font, 6.5)
    c.drawString(x + MARGIN, y + 10 * mm, f"卡号 {card.code}")
    _fitted(c, "放学时出示，老师扫码核对接送人", x + MARGIN, y + 5 * mm, TEXT_W, font, 7, 5)
    renderPDF.draw(_qr(card.code), c, qr_x, qr_y)


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
