"""The school's policy profiles live in its database (db/0012): a copy survives a backup and a
restore and is found under another PC account; a profile set from a date changes the days from
then, not the months before; a broken edit changes nothing; only the hub writes them."""

from __future__ import annotations

from pathlib import Path

import pytest

from after_school_desk.domain import profiles as rules
from after_school_desk.errors import HubOnly, ValidationError
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.care import maintenance
from after_school_desk.services.money import billing, fees
from after_school_desk.services.month import compliance
from after_school_desk.services.school import profile_history, profiles
from after_school_desk.store import audit
from tests.unit.money_school import add_pupils, money_ctx
from tests.unit.sync_school import School


def _cap(profile: rules.Profile) -> int:
    cap = rules.fee_cap(profile, "primary", "month")
    assert cap is not None
    return cap.cap_fen


def test_a_copy_survives_backup_and_restore_and_another_account(
    school_ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    profiles.copy_profile(school_ctx, "city-plan-2024", "my-county-2026", "某县方案（2026）")
    profile_history.set_school_profile(school_ctx, "my-county-2026")
    written = maintenance.backup(school_ctx, tmp_path / "copies")
    text = profiles.profile_text(school_ctx, "my-county-2026")
    profiles.edit_profile(
        school_ctx, "my-county-2026", text.replace("cap_fen = 20000", "cap_fen = 1", 1)
    )
    maintenance.restore(school_ctx, written)
    assert _cap(profiles.load_profile("my-county-2026", school_ctx)) == 20000  # as backed up
    # another Windows account (its own data and settings folders) opens the same file
    monkeypatch.setenv("APP_DATA_DIR", str(tmp_path / "other-user" / "data"))
    monkeypatch.setenv("APP_CONFIG_DIR", str(tmp_path / "other-user" / "config"))
    assert profile_history.school_profile(school_ctx).id == "my-county-2026"
    assert "my-county-2026" in profiles.profile_ids(school_ctx)
    assert not profiles.profile_exists("my-county-2026")  # nowhere but in the school's file


def test_an_old_copy_in_the_folder_is_taken_in_once_and_said_so(school_ctx: ServiceContext) -> None:
    folder = profiles.user_dir()
    folder.mkdir(parents=True)
    text = (profiles.builtin_dir() / "helan-2021.toml").read_text(encoding="utf-8")
    (folder / "helan-old.toml").write_text(
        text.replace('id = "helan-2021"', 'id = "helan-old"'), encoding="utf-8"
    )
    assert "helan-old" in profiles.profile_ids(school_ctx)
    [entry] = [e for e in profiles.list_profiles(school_ctx) if e.id == "helan-old"]
    assert entry.stored and entry.path is None
    [row] = audit.history(school_ctx.store.conn, "policy_profile", "helan-old")
    assert row["action"] == "profile.import" and "用户文件夹" in row["after_json"]
    profiles.profile_ids(school_ctx)
    assert len(audit.history(school_ctx.store.conn, "policy_profile", "helan-old")) == 1


def test_a_profile_from_december_changes_decembers_cap_not_novembers_bill(
    ctx: ServiceContext,
) -> None:
    m = money_ctx(ctx)
    add_pupils(m)
    fees.set_fee(m, "150", "month", start="2026-09-01")
    november = billing.bill_month(m, "2026-11")
    profiles.copy_profile(m, "city-plan-2024", "county-2026-12", "某县新通知（2026年12月起）")
    text = profiles.profile_text(m, "county-2026-12")
    profiles.edit_profile(
        m, "county-2026-12", text.replace("cap_fen = 20000", "cap_fen = 12000", 1)
    )
    profile_history.set_school_profile(m, "county-2026-12", effective_from="2026-12-01")

    assert profile_history.school_profile(m, "2026-11-30").id == "city-plan-2024"
    assert _cap(profile_history.school_profile(m, "2026-12-01")) == 12000
    with pytest.raises(ValidationError):
        fees.set_fee(m, "150", "month", start="2026-12-01")  # above December's cap
    again = billing.bill_month(m, "2026-11")
    assert again["charged_fen"] == november["charged_fen"] and again["created"] == 0
    assert compliance.check_month(m, "2026-11")["profile"] == "city-plan-2024"
    assert compliance.check_month(m, "2026-12")["profile"] == "county-2026-12"
    assert [r["profile_id"] for r in profile_history.profile_history(m)] == [
        "county-2026-12", "city-plan-2024",
    ]  # fmt: skip


def test_a_broken_edit_is_refused_in_chinese_and_changes_nothing(
    school_ctx: ServiceContext,
) -> None:
    profiles.copy_profile(school_ctx, "helan-2021", "helan-mine", "贺兰县（本校）")
    before = profiles.profile_text(school_ctx, "helan-mine")
    audited = len(audit.history(school_ctx.store.conn, "policy_profile", "helan-mine"))
    for broken in (before.replace('time = "13:30"', 'time = "25:99"'), before + "\n[[[oops\n"):
        with pytest.raises(ValidationError) as err:
            profiles.edit_profile(school_ctx, "helan-mine", broken)
        assert "政策配置“helan-mine”没有修改" in err.value.message
    with pytest.raises(ValidationError, match="内置政策配置，不能修改"):
        profiles.edit_profile(school_ctx, "helan-2021", before)
    assert profiles.profile_text(school_ctx, "helan-mine") == before
    assert len(audit.history(school_ctx.store.conn, "policy_profile", "helan-mine")) == audited


def test_only_the_hub_writes_the_profiles_and_the_others_follow(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    s = School(tmp_path, monkeypatch)
    try:
        hub = s.hub()
        b = s.join("class1")
        with pytest.raises(HubOnly, match="请在学校主机上操作"):
            profiles.copy_profile(b.ctx, "helan-2021", "helan-b", "贺兰县（B）")
        with pytest.raises(HubOnly, match="请在学校主机上操作"):
            profile_history.set_school_profile(b.ctx, "helan-2021", "2026-12-01")
        profiles.copy_profile(hub.ctx, "helan-2021", "helan-hub", "贺兰县（主机）")
        profile_history.set_school_profile(hub.ctx, "helan-hub", "2026-12-01")
        s.exchange()
        assert profile_history.school_profile(b.ctx, "2026-12-01").id == "helan-hub"
        assert profile_history.school_profile(b.ctx, "2026-11-30").id == "national"
        assert maintenance.check(b.ctx).ok
    finally:
        s.close()
