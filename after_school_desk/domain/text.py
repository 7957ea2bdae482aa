"""Cleaning what people type: full-width characters, stray spaces."""

from __future__ import annotations

import unicodedata


def normalize_text(value: object) -> str:
    """NFKC (full-width digits and letters become ASCII), trimmed, inner runs of space collapsed."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFKC", str(value)).replace("\u3000", " ")
    return " ".join(text.split())
