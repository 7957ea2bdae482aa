"""``init`` and ``demo`` build a new school aside and rename it into place at the end: an
interruption or a refusal halfway leaves no file at all (after_school_desk/cli/new_file.py)."""

from __future__ import annotations

import os
import signal
from pathlib import Path
from typing import Any

import pytest

from after_school_desk.cli import main, new_file
from after_school_desk.errors import DatabaseLocked
from after_school_desk.services.sample import demo
from after_school_desk.store.connection import open_store
from after_school_desk.store.instance_lock import InstanceLock

INIT = ["init", "--school", "立岗镇中心小学", "--county", "贺兰县",
        "--term-start", "2026-09-01", "--term-end", "2027-01-20"]  # fmt: skip


def files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_demo_interrupted_mid_build_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real = demo._pupils
    seen: list[list[str]] = []

    def pupils_then_ctrl_c(*args: Any, **kwargs: Any) -> int:
        real(*args, **kwargs)  # the school, its staff and pupils are written …
        seen.append(files(tmp_path))
        raise KeyboardInterrupt  # … and Ctrl-C comes before the demo is finished

    monkeypatch.setattr(demo, "_pupils", pupils_then_ctrl_c)
    target = tmp_path / "demo.sqlite"
    assert main(["--db", str(target), "demo", "--pupils", "30"]) == 130
    assert "已中断" in capsys.readouterr().err
    # while building: a hidden temporary file beside the target, the target's lock, no target
    assert "demo.sqlite" not in seen[0] and "demo.sqlite.lock" in seen[0]
    assert any(n.startswith(".demo.sqlite.") and n.endswith(".building") for n in seen[0])
    assert files(tmp_path) == []


def test_an_error_mid_build_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: Any, **kwargs: Any) -> int:
        raise RuntimeError("injected")

    monkeypatch.setattr(demo, "_pupils", broken)
    with pytest.raises(RuntimeError, match="injected"):
        main(["--db", str(tmp_path / "demo.sqlite"), "demo", "--pupils", "30"])
    assert files(tmp_path) == []


def test_a_refused_init_leaves_no_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = [*INIT[:-1], "2025-01-20"]  # the term ends before it starts
    assert main(["--db", str(tmp_path / "school.sqlite"), *bad]) == 1
    assert "学期结束日期必须晚于开始日期" in capsys.readouterr().err
    assert files(tmp_path) == []
    assert main(["--db", str(tmp_path / "school.sqlite"), "demo", "--pupils", "0"]) == 1
    assert files(tmp_path) == []


def test_a_finished_build_is_the_only_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "school.sqlite"
    assert main(["--db", str(target), *INIT]) == 0
    assert f"数据库：{target}" in capsys.readouterr().out
    assert files(tmp_path) == ["school.sqlite", "school.sqlite.lock"]
    store = open_store(target)
    try:
        assert store.conn.execute("SELECT name FROM school").fetchone()[0] == "立岗镇中心小学"
    finally:
        store.close()
    assert main(["--db", str(target), *INIT]) == 1  # a file with a school: refused, untouched
    assert "已经有学校" in capsys.readouterr().err


def test_an_empty_file_is_built_into_and_a_lock_kept(tmp_path: Path) -> None:
    target = tmp_path / "school.sqlite"
    target.touch()
    (tmp_path / "school.sqlite.lock").touch()
    assert main(["--db", str(target), "init", "--school", "x", "--county", "y",
                 "--term-start", "2026-09-01", "--term-end", "2025-01-20"]) == 1  # fmt: skip
    assert files(tmp_path) == ["school.sqlite", "school.sqlite.lock"]  # as they were
    assert target.stat().st_size == 0
    assert main(["--db", str(target), *INIT]) == 0
    assert target.stat().st_size > 0


def test_leftovers_of_a_killed_build_are_removed(tmp_path: Path) -> None:
    target = tmp_path / "school.sqlite"
    for name in (".school.sqlite.4242.building", ".school.sqlite.4242.building-wal"):
        (tmp_path / name).write_bytes(b"half a school")
    (tmp_path / ".other.sqlite.4242.building").write_bytes(b"another file's")
    assert main(["--db", str(target), *INIT]) == 0
    assert files(tmp_path) == [".other.sqlite.4242.building", "school.sqlite", "school.sqlite.lock"]


def test_a_file_open_elsewhere_is_not_built(tmp_path: Path) -> None:
    target = tmp_path / "school.sqlite"
    other = InstanceLock(target)
    other.acquire()
    try:
        with pytest.raises(DatabaseLocked), new_file.built_aside(target):
            pass
    finally:
        other.release()
    assert files(tmp_path) == ["school.sqlite.lock"]  # the other program's lock only


@pytest.mark.parametrize("name", ["SIGTERM", "SIGHUP", "SIGINT"])
def test_termination_signals_interrupt_the_build(tmp_path: Path, name: str) -> None:
    if not hasattr(signal, name):
        pytest.skip(f"no {name} here")
    before = signal.getsignal(getattr(signal, name))
    with new_file.built_aside(tmp_path / "school.sqlite") as building:
        building.path.write_bytes(b"half a school")
        with pytest.raises(KeyboardInterrupt):
            os.kill(os.getpid(), getattr(signal, name))  # the handler runs right after
        assert building.interrupted
    assert signal.getsignal(getattr(signal, name)) == before
    assert files(tmp_path) == []


def test_the_default_file_missing_names_the_demo_school(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No --db, no school.sqlite yet, but the demo that scripts/setup.sh run made: the refusal
    says how to open the demo, and nothing opens it instead."""
    data = Path(os.environ["APP_DATA_DIR"])
    demo_file = data / "demo.sqlite"
    assert main(["--db", str(demo_file), "demo", "--pupils", "5"]) == 0
    capsys.readouterr()
    assert main(["check"]) == 2
    err = capsys.readouterr().err
    assert f"--db {demo_file}" in err and "school.sqlite" in err
    assert not (data / "school.sqlite").exists()
    assert main(["--db", str(tmp_path / "other.sqlite"), "check"]) == 2  # a file named: no hint
    assert "demo.sqlite" not in capsys.readouterr().err
