"""The read-only and set-up services behind the privacy, subsidy-rate and policy-profile screens."""

from __future__ import annotations

import pytest

from after_school_desk.domain.roles import Role
from after_school_desk.errors import PermissionDenied, ValidationError
from after_school_desk.services.base.clock import FixedClock
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.money import subsidies
from after_school_desk.services.school import privacy, profile_history, profiles, pupils
from after_school_desk.services.school.pupils import PupilInput
from after_school_desk.services.school.setup import school_info
from after_school_desk.store import audit
from tests.conftest import as_role


def _pupil(ctx: ServiceContext, nid: str, name: str) -> None:
    pupils.save_pupil(
        ctx, PupilInput(national_id=nid, name=name, sex="男", class_name="一年级(1)班")
    )


def test_erasure_preview_counts_what_erase_would_do(
    school_ctx: ServiceContext, clock: FixedClock
) -> None:
    for i in range(3):
        _pupil(school_ctx, f"P10000000{i}", f"学生{i}")
    privacy.archive_pupil(school_ctx, "P100000000", "2025-06-30", "毕业")
    privacy.archive_pupil(school_ctx, "P100000001", "2026-10-01", "转学")
    preview = privacy.erasure_preview(school_ctx, 365)
    assert preview == {"cutoff": "2025-11-02", "due": 1, "kept": 2}
    assert privacy.erasure_preview(school_ctx, 0)["due"] == 2
    assert privacy.erasure_preview(school_ctx, 365)["due"] == privacy.erase_expired(school_ctx, 365)
    assert privacy.erasure_preview(school_ctx, 365) == {"cutoff": "2025-11-02", "due": 0, "kept": 1}
    with pytest.raises(ValidationError) as err:
        privacy.erasure_preview(school_ctx, -1)
    assert "retention_days" in err.value.fields
    with pytest.raises(PermissionDenied):
        privacy.erasure_preview(as_role(school_ctx, Role.TEACHER), 365)


def test_set_school_profile_is_guarded_checked_and_audited(school_ctx: ServiceContext) -> None:
    with pytest.raises(PermissionDenied):
        profile_history.set_school_profile(as_role(school_ctx, Role.TEACHER), "city-plan-2024")
    with pytest.raises(ValidationError, match="atlantis"):
        profile_history.set_school_profile(school_ctx, "atlantis")
    assert profile_history.school_profile(school_ctx).id == "national"

    chosen = profile_history.set_school_profile(as_role(school_ctx, Role.ADMIN), "city-plan-2024")
    assert chosen.id == "city-plan-2024"
    assert profile_history.school_profile(school_ctx).id == "city-plan-2024"
    [record, setup] = profile_history.profile_history(school_ctx)
    assert record["in_force"] and record["profile_id"] == "city-plan-2024"
    assert setup["profile_id"] == "national" and not setup["in_force"]
    entries = audit.history(school_ctx.store.conn, "school_profile_in_force", record["id"])
    assert entries[-1]["action"] == "school.profile"
    assert "national" in entries[-1]["before_json"] and "city-plan" in entries[-1]["after_json"]
    # choosing the same profile again writes nothing
    profile_history.set_school_profile(school_ctx, "city-plan-2024")
    assert len(profile_history.profile_history(school_ctx)) == 2


def test_set_school_profile_refuses_a_broken_copy(school_ctx: ServiceContext) -> None:
    # an older version's copy in this account's folder, broken by hand
    folder = profiles.user_dir()
    folder.mkdir(parents=True, exist_ok=True)
    text = profiles.profile_text(school_ctx, "helan-2021").replace('"helan-2021"', '"broken-copy"')
    (folder / "broken-copy.toml").write_text(text.replace('time = "13:30"', 'time = "25:99"'),
                                             encoding="utf-8")  # fmt: skip
    with pytest.raises(ValidationError):
        profile_history.set_school_profile(school_ctx, "broken-copy")
    assert profile_history.school_profile(school_ctx).id == "national"
    assert school_info(school_ctx)["profile_id"] == "national"  # type: ignore[index]


def test_copy_profile_names_the_field_at_fault(school_ctx: ServiceContext) -> None:
    with pytest.raises(ValidationError) as err:
        profiles.copy_profile(school_ctx, "national", "Bad Id", " ")
    assert set(err.value.fields) == {"new_id", "name"}
    assert "新编号" in "\n".join(err.value.lines())


def test_rate_rows_label_current_future_and_replaced(school_ctx: ServiceContext) -> None:
    subsidies.set_rate(school_ctx, "teacher", "30", start="2026-09-01")
    subsidies.set_rate(school_ctx, "teacher", "35", start="2026-10-01")
    subsidies.set_rate(school_ctx, "teacher", "40", start="2027-01-01")
    subsidies.set_rate(school_ctx, "duty_leader", "50", unit="lesson", day_type_="rest_day")
    found = {r["rate_yuan"]: r for r in subsidies.rate_rows(school_ctx)}
    assert [found[y]["status"] for y in ("30.00", "35.00", "40.00", "50.00")] == [
        "已停用", "现行", "待生效", "现行",
    ]  # fmt: skip
    assert found["50.00"]["category_label"] == "带班领导"
    assert found["50.00"]["day_type_label"] == "休息日"
    assert found["50.00"]["unit_label"] == "每课时"


def test_rate_multipliers_follow_the_school_profile(school_ctx: ServiceContext) -> None:
    info = subsidies.rate_multipliers(school_ctx)
    assert [m["percent"] for m in info["multipliers"]] == [100, 100, 100]
    assert not any(m["from_profile"] for m in info["multipliers"])
    profile_history.set_school_profile(school_ctx, "city-plan-2024")
    info = subsidies.rate_multipliers(school_ctx)
    assert info["profile_id"] == "city-plan-2024"
    assert [m["percent"] for m in info["multipliers"]] == [150, 200, 300]
    assert all(m["source"].startswith("《") for m in info["multipliers"])
    with pytest.raises(PermissionDenied):
        subsidies.rate_multipliers(as_role(school_ctx, Role.TEACHER))
