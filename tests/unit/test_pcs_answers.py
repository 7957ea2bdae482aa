"""The several-PC services' rows (after_school_desk/services/pcs/answers.py) have exactly their declared keys,
and their refusals come in English once a translator is in."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from after_school_desk import i18n
from after_school_desk.errors import ValidationError
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.pcs import answers, sync
from after_school_desk.store import sync_journal

ENGLISH = {
    "还没有设置同步文件夹（同步 → 设置同步文件夹）": "No sync folder is set yet (Sync → Set sync folder)",
}


def test_sync_status_rows_have_their_declared_keys(school_ctx: ServiceContext) -> None:
    with school_ctx.write() as conn:
        conn.execute(
            "INSERT INTO sync_refused (device_id, journal_seq, entity, row_key, reason, at)"
            " VALUES ('pc-2', 3, 'pupil', 'x', '不是学校主机写的', '2026-11-02T16:00:00+08:00')"
        )
    status = sync.status(school_ctx)
    assert status.refused
    for row in status.refused:
        assert set(row) == answers.RefusedRecord.__required_keys__
    assert status.two_ways_out == []
    assert set(answers.TwoWaysOut.__required_keys__) == {"pupil_id", "name", "devices", "times"}
    assert sync_journal.refused(school_ctx.store.conn)[0]["journal_seq"] == 3


@pytest.fixture
def english() -> Iterator[None]:
    i18n.install(lambda text: ENGLISH.get(text, text))
    yield
    i18n.install(None)


def test_a_sync_refusal_comes_in_english(
    school_ctx: ServiceContext, tmp_path: Path, english: None
) -> None:
    with pytest.raises(ValidationError) as no_folder:
        sync.now(school_ctx)
    assert no_folder.value.message == "No sync folder is set yet (Sync → Set sync folder)"
