"""Refusals in the user's language: ``t("{who} 已签到。", who=…)`` in the services and rules.

The source text is the Chinese message with ``{name}`` placeholders. The GUI installs a
translator (after_school_desk/ui/i18n.py) that looks the text up in the program's translation catalogue
under the context ``Refusal`` (scripts/update_translations.py finds every ``t("…")`` call),
then the placeholders are filled. Without one — the command line, or the Chinese interface —
the Chinese text is used. No Qt here: the rules and services stay plain Python.
"""

from __future__ import annotations

from collections.abc import Callable

CONTEXT = "Refusal"
_translate: Callable[[str], str] | None = None


def install(translate: Callable[[str], str] | None) -> None:
    """The function that gives a source text in the interface's language (None: Chinese)."""
    global _translate
    _translate = translate


def t(text: str, /, **args: object) -> str:
    """``text`` in the interface's language, its ``{placeholders}`` filled from ``args``."""
    template = _translate(text) if _translate is not None else text
    if not args:
        return template
    try:
        return template.format(**args)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return text.format(**args)
