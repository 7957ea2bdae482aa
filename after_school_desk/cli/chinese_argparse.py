"""argparse in Chinese: its own messages, the help page's headings, and choices by Chinese name.

argparse writes its usage line, headings and errors in English. ``ChineseParser`` writes them
in Chinese: ``用法：`` and ``位置参数`` / ``选项`` on the help page, ``-h`` explained, and every
message of a command line it cannot read translated (``命令行有误：缺少必需的参数：--month``).
A message this table does not know (a newer Python's wording) is still shown, untranslated,
under the same ``命令行有误：`` line.

``choice(labels, help=…)`` gives ``add_argument`` the keyword arguments of an option whose value
is one of a few codes: the code (``teacher``) or its Chinese name (``教师``, and each part of a
name written ``班主任/管理老师``) is accepted, the handler always receives the code, and the help
and the refusal list both.
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from typing import Any, NoReturn

USAGE_PREFIX = "用法："
POSITIONALS_TITLE = "位置参数"
OPTIONALS_TITLE = "选项"
HELP_HELP = "显示这份帮助并退出"
VERSION_HELP = "显示版本号并退出"
ERROR_LEAD = "命令行有误："


def _quoted(text: str) -> str:
    """A value as argparse shows it (``'abc'``), in Chinese quotes (``“abc”``)."""
    text = text.strip()
    try:
        value = ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return text
    return f"“{value}”" if isinstance(value, str) else text


def _type_error(match: re.Match[str]) -> str:
    kind, value = match.group(1), _quoted(match.group(2))
    if kind == "int":
        return f"{value} 不是整数"
    if kind == "float":
        return f"{value} 不是数字"
    return f"{value} 无效"


# argparse's messages (Python 3.11 and later), each with its Chinese wording. Tried in order on
# the whole message; "argument X: …" is translated around its inner message.
MESSAGES: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (
        re.compile(r"the following arguments are required: (.*)", re.S),
        lambda m: f"缺少必需的参数：{m.group(1)}",
    ),
    (re.compile(r"unrecognized arguments: (.*)", re.S), lambda m: f"无法识别的参数：{m.group(1)}"),
    (re.compile(r"expected one argument"), lambda m: "后面缺少一个值"),
    (re.compile(r"expected at most one argument"), lambda m: "后面最多只能有一个值"),
    (re.compile(r"expected at least one argument"), lambda m: "后面至少需要一个值"),
    (re.compile(r"expected (\d+) arguments?"), lambda m: f"后面需要 {m.group(1)} 个值"),
    (
        re.compile(r"one of the arguments (.*) is required", re.S),
        lambda m: f"必须给出其中一个：{m.group(1)}",
    ),
    (
        re.compile(r"not allowed with argument (.*)", re.S),
        lambda m: f"不能与 {m.group(1)} 同时使用",
    ),
    (
        re.compile(r"ambiguous option: (\S+) could match (.*)", re.S),
        lambda m: f"选项 {m.group(1)} 不明确，可能是：{m.group(2)}",
    ),
    (re.compile(r"invalid (\S+) value: (.*)", re.S), _type_error),
    (
        re.compile(r"invalid choice: (.*?) \(choose from (.*)\)", re.S),
        lambda m: f"{_quoted(m.group(1))} 不是可选的值，可选：{m.group(2)}",
    ),
    (
        re.compile(r"ignored explicit argument (.*)", re.S),
        lambda m: f"这个选项不带值（收到 {_quoted(m.group(1))}）",
    ),
    (
        re.compile(r"unexpected option string: (.*)", re.S),
        lambda m: f"不应出现的选项：{m.group(1)}",
    ),
    (
        re.compile(r"can't open '(.*)': (.*)", re.S),
        lambda m: f"无法打开“{m.group(1)}”：{m.group(2)}",
    ),
]
_ARGUMENT = re.compile(r"argument (.+?): (.*)", re.S)


def translate(message: str) -> str:
    """argparse's English message in Chinese (unchanged if it is not one of argparse's)."""
    found = _ARGUMENT.fullmatch(message)
    if found:
        return f"参数 {found.group(1)}：{translate(found.group(2))}"
    for pattern, wording in MESSAGES:
        match = pattern.fullmatch(message)
        if match:
            return wording(match)
    return message


def display_width(text: str) -> int:
    """Columns on a terminal: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


_TOKENS = re.compile(r"[\w\-./:=<>|\[\]{}()…,;'\"%+*#@$&~^`!?]+|\s+|.", re.ASCII | re.S)


def wrap(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` columns: words of Latin letters stay whole, a
    line may break between any two Chinese characters."""
    text = " ".join(text.split())
    lines: list[str] = []
    line = ""
    for token in _TOKENS.findall(text):
        if line and display_width(line + token.rstrip()) > width:
            lines.append(line.rstrip())
            line = "" if token.isspace() else token
        else:
            line += token
    if line.strip():
        lines.append(line.rstrip())
    return lines or [""]


class ChineseHelpFormatter(argparse.HelpFormatter):
    """``用法：`` before the usage line, help texts wrapped by the columns Chinese takes."""

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, USAGE_PREFIX if prefix is None else prefix)

    def _split_lines(self, text: str, width: int) -> list[str]:
        return wrap(text, width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return "\n".join(indent + line for line in wrap(text, width - len(indent)))


class ChoiceType:
    """The ``type`` of an option with a few codes: a Chinese name becomes its code."""

    __name__ = "choice"

    def __init__(self, labels: Mapping[str, str], aliases: Mapping[str, str]) -> None:
        self.labels = dict(labels)
        self.names: dict[str, str] = {}
        for code, label in self.labels.items():
            for name in _names_of(label):
                self.names.setdefault(name, code)
        self.names.update(aliases)
        for code in self.labels:
            self.names[code] = code

    def __call__(self, text: str) -> str:
        text = text.strip()
        return self.names.get(text, text)

    def describe(self) -> str:
        return "、".join(f"{code}（{label}）" for code, label in self.labels.items())


def _names_of(label: str) -> list[str]:
    """The Chinese names a label stands for: 班主任/管理老师 → both; 每天（按实际参加天数）→
    that and 每天."""
    names = [label]
    short = re.sub(r"（.*?）|\(.*?\)", "", label).strip()
    if short and short != label:
        names.append(short)
    for part in re.split(r"[/／、]", short):
        if part.strip() and part.strip() not in names:
            names.append(part.strip())
    return names


def choice(
    labels: Mapping[str, str], help: str = "", aliases: Mapping[str, str] | None = None
) -> dict[str, Any]:
    """Keyword arguments for ``add_argument``: one of the keys of ``labels``, given as the code
    or its Chinese name; ``aliases`` adds more names (``{"老师": "teacher"}``). The help text
    lists each code with its name."""
    listing = "、".join(f"{code} {label}" for code, label in labels.items())
    return {
        "type": ChoiceType(labels, aliases or {}),
        "choices": list(labels),
        "help": f"{help}：{listing}" if help else listing,
    }


class ChineseParser(argparse.ArgumentParser):
    """An ``ArgumentParser`` that speaks Chinese (headings, ``-h``, errors, choices)."""

    def __init__(self, **kwargs: Any) -> None:  # keywords only, as add_subparsers passes them
        add_help = kwargs.pop("add_help", True)
        kwargs.setdefault("formatter_class", ChineseHelpFormatter)
        super().__init__(add_help=False, **kwargs)
        self._positionals.title = POSITIONALS_TITLE
        self._optionals.title = OPTIONALS_TITLE
        if add_help:
            self.add_argument("-h", "--help", action="help", help=HELP_HELP)

    def _check_value(self, action: argparse.Action, value: Any) -> None:
        if action.choices is None or value in action.choices:
            return
        if isinstance(action, argparse._SubParsersAction):
            names = "、".join(action.choices)
            raise argparse.ArgumentError(None, f"没有“{value}”这个命令。可用的命令：{names}")
        kind = action.type
        listing = (
            kind.describe()
            if isinstance(kind, ChoiceType)
            else "、".join(str(c) for c in action.choices)
        )
        raise argparse.ArgumentError(action, f"“{value}”不是可选的值，可选：{listing}")

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{ERROR_LEAD}{translate(message)}\n")
        sys.stderr.write(f"（{self.prog} --help 显示全部用法）\n")
        raise SystemExit(2)
