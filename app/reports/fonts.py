"""The CJK font for PDFs: a TrueType font found on this machine, embedded in the file, or
reportlab's built-in STSong-Light CID font (not embedded) when none is found.

reportlab embeds TrueType outlines only (not CFF-outline .otf), and needs the sub-font index
for a .ttc collection.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFError, TTFont

FONT_NAME = "CJK"
FALLBACK_CID = "STSong-Light"


def _windows_fonts() -> list[Path]:
    root = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
    return [root / n for n in ("msyh.ttc", "msyh.ttf", "simhei.ttf", "simsun.ttc", "simkai.ttf")]


CANDIDATES: tuple[Path, ...] = (
    Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
    Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
    Path("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"),
    Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
    Path("/usr/share/fonts/truetype/arphic/uming.ttc"),
    Path("/System/Library/Fonts/STHeiti Light.ttc"),
    Path("/Library/Fonts/Arial Unicode.ttf"),
    *_windows_fonts(),
)


def _try(path: Path) -> bool:
    if not path.is_file() or path.suffix.lower() not in (".ttf", ".ttc"):
        return False
    try:
        font = TTFont(FONT_NAME, str(path), subfontIndex=0)
    except (TTFError, OSError, ValueError):
        return False
    pdfmetrics.registerFont(font)
    return True


@lru_cache(maxsize=1)
def cjk_font() -> str:
    """Register and return the name of the font to use for Chinese text (done once)."""
    override = os.environ.get("APP_PDF_FONT")
    paths = ([Path(override)] if override else []) + list(CANDIDATES)
    for path in paths:
        if _try(path):
            return FONT_NAME
    pdfmetrics.registerFont(UnicodeCIDFont(FALLBACK_CID))
    return FALLBACK_CID
