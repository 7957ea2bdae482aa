"""The README and the command line agree: every command line the README shows is accepted by
the program's own parser (parsed only, never run), and every command of ``--help`` is shown.

A command line is a line of a fenced block, or an inline code span, that starts with
``python -m app`` (``python3``, ``.venv/bin/python`` …) or ``after-school-desk`` (any folder),
after any ``VAR=value`` settings. ``#`` starts a comment, quotes are the shell's.
"""

from __future__ import annotations

import argparse
import re
import shlex
from functools import cache
from pathlib import Path

import pytest

from after_school_desk.cli import build_parser
from after_school_desk.cli.login import command_path

README = Path(__file__).resolve().parents[2] / "README.md"
_FENCE = re.compile(r"^```[^\n]*\n(.*?)^```", re.M | re.S)
_SPAN = re.compile(r"`([^`]+)`")
_SETTING = re.compile(r"^[A-Z_][A-Z0-9_]*=")


def program_args(text: str) -> list[str] | None:
    """The arguments after the program, if ``text`` runs After-School Desk."""
    try:
        words = shlex.split(text, comments=True)
    except ValueError:
        return None
    while words and _SETTING.match(words[0]):
        words = words[1:]
    if not words:
        return None
    first = Path(words[0]).name
    if first == "after-school-desk":
        return words[1:]
    if re.fullmatch(r"python(3(\.\d+)?)?", first) and words[1:3] in (
        ["-m", "app"],
        ["-m", "after_school_desk"],
    ):
        return words[3:]
    return None


def readme_commands() -> list[tuple[str, list[str]]]:
    text = README.read_text(encoding="utf-8")
    found: list[tuple[str, list[str]]] = []
    for block in _FENCE.findall(text):
        for line in block.splitlines():
            args = program_args(line)
            if args is not None:
                found.append((line.strip(), args))
    prose = _FENCE.sub("", text)
    for span in _SPAN.findall(prose):
        span = " ".join(span.split())  # a span may run over a line break
        args = program_args(span)
        if args is not None:
            found.append((span, args))
    return found


COMMANDS = readme_commands()


@cache
def parser() -> argparse.ArgumentParser:
    """One parser for every line: parsing changes nothing in it."""
    return build_parser()


def test_the_readme_shows_command_lines() -> None:
    assert len(COMMANDS) > 100, [c for c, _ in COMMANDS]


@pytest.mark.parametrize(("line", "args"), COMMANDS, ids=[c for c, _ in COMMANDS])
def test_the_program_accepts_each_readme_command_line(
    line: str, args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    try:
        parsed = parser().parse_args(args)
    except SystemExit as exc:
        out, err = capsys.readouterr()
        # --help and --version print and leave with 0; anything else is a refusal
        assert exc.code == 0, f"{line}\n{err}"
        assert out
        return
    if parsed.command is None:
        assert args == [] or all(a.startswith("--") for a in args)  # the window
        return
    # a whole command, not a group waiting for its subcommand
    handler = getattr(parsed, "handler", None)
    assert handler is not None, line
    assert getattr(handler, "__name__", "") != "<lambda>", f"{line}: a group, not a command"


def leaf_commands(parser: argparse.ArgumentParser, words: tuple[str, ...] = ()) -> set[str]:
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        return {" ".join(words)}
    found: set[str] = set()
    for action in subs:
        for name, child in action.choices.items():
            found |= leaf_commands(child, (*words, name))
    return found


def test_every_command_of_help_is_shown_in_the_readme() -> None:
    shown = set()
    for _line, args in COMMANDS:
        try:
            parsed = parser().parse_args(args)
        except SystemExit:
            continue
        if parsed.command is not None:
            shown.add(command_path(parser(), parsed))
    missing = sorted(leaf_commands(parser()) - shown)
    assert missing == [], f"commands of --help that the README never shows: {missing}"
