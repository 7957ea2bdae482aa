"""The care services' answers have exactly the keys their TypedDicts declare
(after_school_desk/services/care/answers.py), and a refusal comes in English under an English translator."""

from __future__ import annotations

from pathlib import Path

import pytest

from after_school_desk.errors import ValidationError
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.care import answers, maintenance, secure_backup
from tests.unit.answers_check import assert_shape, english


def test_every_care_answer_has_the_declared_keys(
    school_ctx: ServiceContext, tmp_path: Path
) -> None:
    written = maintenance.backup(school_ctx, tmp_path / "copies")
    info = maintenance.preview(written)
    assert_shape(info, answers.BackupInfo)
    assert info["school"] == "立岗镇中心小学"
    school = maintenance.current_school(school_ctx)
    assert school is not None
    assert_shape(school, answers.CurrentSchool)
    assert maintenance.other_school(school, info) is None
    assert_shape(maintenance.check(school_ctx).summary, answers.BackupInfo)
    restored = maintenance.restore(school_ctx, written)
    assert_shape(restored, answers.RestoreResult)
    assert restored["safety_backup"]


def test_a_care_refusal_in_english() -> None:
    table = {
        "学校的备份口令至少要 {count} 个字符（可以用一句好记的话）。":
            "The school's backup passphrase needs at least {count} characters"
            " (a sentence that is easy to remember works).",
    }  # fmt: skip
    with english(table), pytest.raises(ValidationError) as short:
        secure_backup.check_passphrase("abc")
    assert short.value.message.startswith("The school's backup passphrase needs at least 8")
    with pytest.raises(ValidationError) as chinese:
        secure_backup.check_passphrase("abc")
    assert chinese.value.message == "学校的备份口令至少要 8 个字符（可以用一句好记的话）。"
