"""The CJK font for PDFs: a TrueType font found on this machine, embedded in the file, or
reportlab's built-in STSong-Light CID font (not embedded) when none is found.

reportlab embeds TrueType outlines only (not CFF-outline .otf), and needs the sub-font index
for a .ttc collection.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from after_school_desk import os_paths

FONT_NAME = "CJK"
FALLBACK_CID = "STSong-Light"


# Windows 10/11 (Chinese or with the Chinese supplemental fonts): 微软雅黑, 黑体, 宋体, 楷体.
WINDOWS_FONTS = ("msyh.ttc", "msyh.ttf", "simhei.ttf", "simsun.ttc", "simkai.ttf")
# Debian/Ubuntu/UOS/Kylin packages (fonts-wqy-microhei, fonts-wqy-zenhei, fonts-droid-fallback,
# fonts-arphic-uming/ukai) and Fedora-style folders. Noto CJK is left out: its outlines are CFF,
# which reportlab cannot embed.
LINUX_FONTS = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
    "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/usr/share/fonts/truetype/arphic/ukai.ttc",
)
MAC_FONTS = ("/System/Library/Fonts/STHeiti Light.ttc", "/Library/Fonts/Arial Unicode.ttf")


def font_candidates(
    platform: str | None = None, env: Mapping[str, str] | None = None
) -> list[Path]:
    """The TrueType files to try on ``platform``, best first (``APP_PDF_FONT`` before all)."""
    platform = sys.platform if platform is None else platform
    environ = os.environ if env is None else env
    found = [Path(environ["APP_PDF_FONT"])] if environ.get("APP_PDF_FONT") else []
    if platform == "win32":
        windir = environ.get("WINDIR") or environ.get("SystemRoot") or r"C:\Windows"
        system = [os_paths.join(platform, windir, "Fonts", name) for name in WINDOWS_FONTS]
        # fonts installed "for this user only" (Windows 10 1809 and later)
        local = environ.get("LOCALAPPDATA")
        user = (
            [
                os_paths.join(platform, local, "Microsoft", "Windows", "Fonts", n)
                for n in WINDOWS_FONTS
            ]
            if local
            else []
        )
        return found + system + user
    if platform == "darwin":
        return found + [Path(p) for p in MAC_FONTS]
    xdg = environ.get("XDG_DATA_HOME") or str(
        Path(os_paths.home(platform, environ), ".local", "share")
    )
    user_fonts = [Path(xdg, "fonts", Path(p).name) for p in LINUX_FONTS[:2]]
    return found + [Path(p) for p in LINUX_FONTS] + user_fonts


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
    return first_font(font_candidates())


def first_font(paths: list[Path]) -> str:
    """Register the first of ``paths`` that is a usable TrueType font, else the CID fallback."""
    for path in paths:
        if _try(path):
            return FONT_NAME
    pdfmetrics.registerFont(UnicodeCIDFont(FALLBACK_CID))
    return FALLBACK_CID
