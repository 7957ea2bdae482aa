"""Fill unfinished entries of resources/i18n/app_en.ts from a JSON file of translations.

    .venv/bin/python scripts/fill_translations.py FILE.json [FILE.json …]

Each JSON file maps a source text (exactly as in the code, placeholders included) to its English.
Only entries marked ``type="unfinished"`` are filled; a translation that drops or adds a
placeholder is refused and listed. Run scripts/update_translations.py before (to add the new
entries) and after (to rebuild the .qm and check)."""

from __future__ import annotations

import json
import re
import sys
from html import escape, unescape
from pathlib import Path

TS = Path(__file__).resolve().parent.parent / "resources" / "i18n" / "app_en.ts"
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}|%\d|%t")
ENTRY = re.compile(
    r"(<source>)([^<]*)(</source>\s*(?:<comment>[^<]*</comment>\s*)?)"
    r'<translation type="unfinished">([^<]*)</translation>',
    re.S,
)


def main(files: list[str]) -> int:
    wanted: dict[str, str] = {}
    for name in files:
        wanted.update(json.loads(Path(name).read_text(encoding="utf-8")))
    bad = [
        s
        for s, e in wanted.items()
        if sorted(PLACEHOLDER.findall(s)) != sorted(PLACEHOLDER.findall(e))
    ]
    filled = 0

    def fill(match: re.Match[str]) -> str:
        nonlocal filled
        source = unescape(match.group(2))
        english = wanted.get(source)
        if english is None or source in bad:
            return match.group(0)
        filled += 1
        return f"{match.group(1)}{match.group(2)}{match.group(3)}<translation>{escape(english, quote=False)}</translation>"

    text = ENTRY.sub(fill, TS.read_text(encoding="utf-8"))
    TS.write_text(text, encoding="utf-8")
    left = len(re.findall(r'type="unfinished"', text))
    print(f"filled {filled}; still unfinished {left}; refused (placeholders differ) {len(bad)}")
    for source in bad:
        print("  ", source)
    return 1 if bad or left else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
