"""Every translatable string in the code has a finished English translation in app_en.ts."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"%(?:\d+|t)")


def _script() -> ModuleType:
    path = ROOT / "scripts" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return _script()


def test_translation_complete_and_current(script: ModuleType) -> None:
    problems = script.problems()
    assert not problems, (
        "app_en.ts is out of date or unfinished; run "
        "`.venv/bin/python scripts/update_translations.py`, translate the unfinished "
        "messages, and run it again:\n" + "\n".join(problems[:40])
    )


def test_placeholders_and_line_breaks_kept(script: ModuleType) -> None:
    wrong = []
    for (context, source), translation in script.read_ts(script.TS).items():
        text = translation.text or ""
        if Counter(PLACEHOLDER.findall(source)) != Counter(PLACEHOLDER.findall(text)):
            wrong.append(f"{context}: {source!r} -> {text!r} (placeholders)")
        if source.count("\n") != text.count("\n"):
            wrong.append(f"{context}: {source!r} -> {text!r} (line breaks)")
    assert not wrong, "\n".join(wrong)


def test_qm_built_from_ts(script: ModuleType, tmp_path: Path) -> None:
    built = tmp_path / "app_en.qm"
    subprocess.run(
        [script.tool("pyside6-lrelease"), str(script.TS), "-qm", str(built)],
        check=True,
        capture_output=True,
    )
    assert built.read_bytes() == script.QM.read_bytes(), (
        "app_en.qm is older than app_en.ts; run scripts/update_translations.py"
    )


def test_every_word_the_rules_define_is_marked_for_translation() -> None:
    from after_school_desk.domain import billing
    from after_school_desk.domain.alerts import ALERT_LABELS, CLOSED_BY_LABELS
    from after_school_desk.domain.attendance import STATE_LABELS
    from after_school_desk.domain.calendar import WEEKDAY_LABELS
    from after_school_desk.domain.roles import ROLE_LABELS
    from after_school_desk.services.daily import attendance, duty
    from after_school_desk.services.school import pupils, staff
    from after_school_desk.ui.labels import WORDS

    defined = [*STATE_LABELS.values(), *ROLE_LABELS.values(), *staff.VETTING.values(),
               *duty.LOG_KINDS.values(), *attendance.CONTACT_METHODS.values(),
               *pupils.FLAGS.values(), *billing.MODES.values(), *billing.WAIVER_KINDS.values(),
               *ALERT_LABELS.values(), *CLOSED_BY_LABELS.values(), *WEEKDAY_LABELS]  # fmt: skip
    assert sorted(set(defined) - set(WORDS)) == []
