"""The command line speaks Chinese: argparse's own messages, the help pages, choices by their
Chinese names; and each error is printed once."""

from __future__ import annotations

import argparse
import shlex
from collections.abc import Callable
from pathlib import Path

import pytest

from after_school_desk.cli import build_parser, main
from after_school_desk.cli.chinese_argparse import translate, wrap

ENGLISH = (
    "usage:",
    "positional arguments",
    "options:",
    "optional arguments",
    "show this help message",
    "error:",
    "the following arguments",
    "invalid choice",
    "unrecognized arguments",
    "expected one argument",
)


def refusal(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as done:
        build_parser().parse_args(argv)
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("用法：python -m app"), err
    lines = [line for line in err.splitlines() if line.startswith("命令行有误：")]
    assert len(lines) == 1, err
    for phrase in ENGLISH:
        assert phrase not in err, err
    return lines[0].removeprefix("命令行有误：")


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["staff", "add", "王丽"], "缺少必需的参数：--role"),
        (
            ["staff", "add", "王丽", "--role", "janitor"],
            "参数 --role：“janitor”不是可选的值，可选：",
        ),
        (["pupils", "extra"], "无法识别的参数：extra"),
        (["--db"], "参数 --db：后面缺少一个值"),
        (["demo", "--pupils", "many"], "参数 --pupils：“many” 不是整数"),
        (["signout", "X", "--self", "--extended"], "参数 --extended：不能与 --self 同时使用"),
        (["signout", "X"], "必须给出其中一个：--pickup --self --extended"),
        (["nosuch"], "没有“nosuch”这个命令。可用的命令：init、"),
        (["demo", "--p", "3"], "选项 --p 不明确，可能是：--pupils, --profile"),
        (
            ["calendar", "makeup", "2026-10-11", "--service", "也许"],
            "可选：yes（开展）、no（不开展）",
        ),
    ],
)
def test_argparse_messages_in_chinese(
    argv: list[str], expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert expected in refusal(argv, capsys)


def test_a_refused_choice_lists_codes_with_their_names(capsys: pytest.CaptureFixture[str]) -> None:
    message = refusal(["user-add", "li", "--role", "门卫"], capsys)
    assert "teacher（班主任/管理老师）" in message
    assert "admin（系统管理员）" in message


def test_translate_leaves_unknown_messages_alone() -> None:
    assert translate("something argparse may say one day") == "something argparse may say one day"
    assert translate("argument --x: invalid float value: '1,5'") == "参数 --x：“1,5” 不是数字"


def parsers(
    parser: argparse.ArgumentParser, words: tuple[str, ...] = ()
) -> list[tuple[str, argparse.ArgumentParser]]:
    found = [(" ".join(words), parser)]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                found += parsers(child, (*words, name))
    return found


def test_every_help_page_is_in_chinese() -> None:
    pages = parsers(build_parser())
    assert len(pages) > 80
    for name, parser in pages:
        text = parser.format_help()
        assert text.startswith("用法："), name
        assert "显示这份帮助并退出" in text, name
        assert "选项:" in text, name
        for phrase in ENGLISH:
            assert phrase not in text, f"{name}: {phrase}"


def test_version_and_help_text(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert "显示版本号并退出" in out and "位置参数:" in out
    with pytest.raises(SystemExit):
        main(["--version"])
    assert "课后服务台" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("line", "dest", "code"),
    [
        ("staff add 王丽 --role 班主任", "role", "teacher"),
        ("staff add 王丽 --role 老师", "role", "teacher"),
        ("staff add 王丽 --role teacher", "role", "teacher"),
        ("staff add 王丽 --role 带班领导", "role", "duty_leader"),
        ("staff add 王丽 --role 外聘人员 --vetting 待备案", "vetting", "pending"),
        ("user-add li --role 管理老师", "role", "teacher"),
        ("user-add li --role 校长", "role", "principal"),
        ("user-add li", "role", "admin"),
        (
            "init --school a --county b --term-start 2026-09-01 --term-end 2027-01-20 "
            "--stage 九年一贯制",
            "stage",
            "nine_year",
        ),
        ("fee set --amount 150 --per 每月", "per", "month"),
        ("fee set --amount 150 --per 每天", "per", "day"),
        ("fee set --amount 150 --per term --mode 个性化课程", "mode", "course"),
        ("fee set --amount 150 --per month --stage 初中", "stage", "junior"),
        ("pay X --amount 1 --method 微信", "method", "wechat"),
        ("contact X --reached --method 短信", "method", "message"),
        ("enroll X --mode 普惠托管", "mode", "basic"),
        ("duty log t --kind 突发情况", "kind", "incident"),
        ("subsidy rate --category 老师 --amount 30", "category", "teacher"),
        (
            "subsidy rate --category external --amount 3 --unit 每课时 --day-type 法定休假日",
            "day_type",
            "statutory_holiday",
        ),
        ("consent X --kind 减免名单公示", "kind", "publication"),
        ("calendar makeup 2026-10-11 --service 否", "service", "no"),
    ],
)
def test_chinese_names_of_choices(line: str, dest: str, code: str) -> None:
    assert getattr(build_parser().parse_args(shlex.split(line)), dest) == code


def test_every_choice_takes_its_chinese_names() -> None:
    """Every option with choices takes each code and each Chinese name given for it."""
    seen = 0
    for name, parser in parsers(build_parser()):
        for action in parser._actions:
            if not action.choices or isinstance(action, argparse._SubParsersAction):
                continue
            kind = action.type
            assert callable(kind) and hasattr(kind, "names"), f"{name} {action.dest}: codes only"
            for alias, code in kind.names.items():
                assert kind(alias) == code and code in action.choices
            seen += 1
    assert seen >= 15


def test_help_lines_fit_the_terminal() -> None:
    assert wrap("校长的登录名无效：不能为空、不能含空格，最长 32 个字符。", 20) == [
        "校长的登录名无效：不",
        "能为空、不能含空格，",
        "最长 32 个字符。",
    ]
    assert wrap("see docs/cli-login.md for 登录", 12) == ["see", "docs/cli-login.md", "for 登录"]


def test_each_error_is_printed_once(
    db_path: Path, capsys: pytest.CaptureFixture[str], cli_login: Callable[..., str]
) -> None:
    db = str(db_path)
    assert main(["--db", db, "init", "--school", "立岗镇中心小学", "--county", "贺兰县",
                 "--term-start", "2026-09-01", "--term-end", "2027-01-20"]) == 0  # fmt: skip
    cli_login(db_path)
    capsys.readouterr()
    for argv in (
        ["fee", "set", "--amount", "-5", "--per", "month"],
        ["fee", "set", "--amount", "abc", "--per", "month"],
        ["income", "--category", "财政补助", "--amount", "abc"],
        ["expense", "add", "--category", "耗材", "--amount", "0"],
    ):
        assert main(["--db", db, *argv]) == 1
        lines = capsys.readouterr().err.splitlines()
        assert lines and len(lines) == len(set(lines)), (argv, lines)
