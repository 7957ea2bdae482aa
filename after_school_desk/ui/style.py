"""Look and feel for touch screens and mice: large targets, readable CJK fonts, no hover."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from after_school_desk.ui.resources import resources_dir

FONT_FAMILIES = ["WenQuanYi Micro Hei", "Microsoft YaHei", "Noto Sans CJK SC", "PingFang SC"]
FONT_PIXELS = 16
MIN_TARGET = 44  # pixels: the smallest height of anything a finger must hit


def apply_style(app: QApplication) -> None:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPixelSize(FONT_PIXELS)
    app.setFont(font)
    path = resources_dir() / "style.qss"
    if path.exists():
        app.setStyleSheet(path.read_text(encoding="utf-8"))
