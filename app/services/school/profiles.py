"""Policy profiles on disk: the built-in ones in resources/profiles, a school's own copies in
the per-user data folder (``data_dir()/profiles``). Loading validates and merges the base.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app import package_data
from app.domain.profile_parse import PROFILE_ID, ProfileFormatError, parse_profile
from app.domain.profiles import SCHOOL_STAGES, Profile, merged, proposed_week
from app.domain.roles import Action
from app.errors import NotFound, ValidationError
from app.i18n import t
from app.services.base import device
from app.services.base.context import ServiceContext
from app.store import rows, school_store

BASELINE = "national"


def builtin_dir() -> Path:
    return package_data.folder("resources") / "profiles"


def user_dir() -> Path:
    return device.data_dir() / "profiles"


def texts_dir() -> Path:
    """The policy texts the built-in profiles quote (one .txt per profile source)."""
    return builtin_dir() / "texts"


@dataclass(frozen=True)
class ProfileEntry:
    id: str
    name: str
    region: str
    year: int | None
    builtin: bool
    path: Path


def _path_of(profile_id: str) -> tuple[Path, bool] | None:
    if not PROFILE_ID.match(profile_id):
        return None
    for folder, builtin in ((builtin_dir(), True), (user_dir(), False)):
        path = folder / f"{profile_id}.toml"
        if path.is_file():
            return path, builtin
    return None


def profile_exists(profile_id: str) -> bool:
    return _path_of(profile_id) is not None


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ValidationError(
            t("政策配置文件 {path} 无法读取：{reason}", path=path, reason=exc)
        ) from None


def load_raw(profile_id: str) -> Profile:
    """The profile as its file says, without the base filled in."""
    found = _path_of(profile_id)
    if found is None:
        raise NotFound(
            t(
                "没有编号为“{profile_id}”的政策配置。可用：{choices}。",
                profile_id=profile_id,
                choices=", ".join(profile_ids()),
            )
        )
    path, _ = found
    data = _read(path)
    try:
        profile = parse_profile(data, str(path))
    except ProfileFormatError as exc:
        raise ValidationError(
            t("政策配置文件 {file} 有误：", file=path.name), exc.problems
        ) from None
    if profile.id != profile_id:
        raise ValidationError(
            t(
                "政策配置文件 {file} 中的 id “{profile_id}”与文件名不一致。",
                file=path.name,
                profile_id=profile.id,
            )
        )
    return profile


def load_profile(profile_id: str) -> Profile:
    """The profile with every rule its text leaves unset taken from its base (national)."""
    seen: list[str] = []
    profile = load_raw(profile_id)
    chain = [profile]
    while chain[-1].base:
        base_id = str(chain[-1].base)
        if base_id in seen or base_id == chain[-1].id or len(seen) > 5:
            raise ValidationError(
                t(
                    "政策配置“{profile_id}”的 base 形成循环：{chain}",
                    profile_id=profile_id,
                    chain=" → ".join(seen),
                )
            )
        seen.append(base_id)
        chain.append(load_raw(base_id))
    result = chain.pop()
    while chain:
        result = merged(chain.pop(), result)
    return result


def list_profiles() -> list[ProfileEntry]:
    out: list[ProfileEntry] = []
    seen: set[str] = set()
    for folder, builtin in ((builtin_dir(), True), (user_dir(), False)):
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.toml")):
            if path.stem in seen or not PROFILE_ID.match(path.stem):
                continue
            seen.add(path.stem)
            data = _read(path)
            year = data.get("year")
            out.append(
                ProfileEntry(
                    id=path.stem,
                    name=str(data.get("name", path.stem)),
                    region=str(data.get("region", "")),
                    year=year if isinstance(year, int) else None,
                    builtin=builtin,
                    path=path,
                )
            )
    out.sort(key=lambda e: (not e.builtin, e.id != BASELINE, e.id))
    return out


def profile_ids() -> list[str]:
    return [e.id for e in list_profiles()]


def copy_profile(ctx: ServiceContext | None, from_id: str, new_id: str, name: str) -> Profile:
    """Copy a profile's file under a new id and name for the school to adjust, and load it.

    The copy is written to the per-user data folder (not the database), so it is the same for
    every school file on this PC; ``ctx`` (when given) must be allowed to set up the school.
    """
    if ctx is not None:
        ctx.require(Action.SETUP_SCHOOL)
    new_id = new_id.strip()
    fields: dict[str, str] = {}
    if not PROFILE_ID.match(new_id):
        fields["new_id"] = t(
            "新编号“{new_id}”应为2–40位小写字母、数字或连字符，例如 my-county-2025。",
            new_id=new_id,
        )
    elif profile_exists(new_id):
        fields["new_id"] = t("编号“{new_id}”已经存在，请换一个。", new_id=new_id)
    if not name.strip():
        fields["name"] = t("名称不能为空。")
    found = _path_of(from_id)
    if found is None:
        fields["from_id"] = t("没有编号为“{profile_id}”的政策配置。", profile_id=from_id)
    if fields:
        raise ValidationError(t("不能复制政策配置："), fields=fields)
    assert found is not None
    text = found[0].read_text(encoding="utf-8")
    data = _read(found[0])
    # The copy quotes the same text(s): keep the titles so the citations stay complete.
    sources = dict(data.get("sources", {}))
    if data.get("source"):
        sources.setdefault(str(data["source"]), str(data.get("title", "")))
    header = [
        f"# 由“{from_id}”复制，供学校按本县文件调整。每条规则请保留或改写出处（section/quote）。",
        f"id = {_toml_str(new_id)}",
        f"name = {_toml_str(name.strip())}",
        f"copied_from = {_toml_str(from_id)}",
    ]
    body = _without_top_keys(text, {"id", "name", "copied_from", "sources"})
    tail = ["", "[sources]", *(f"{_toml_str(k)} = {_toml_str(v)}" for k, v in sources.items())]
    folder = user_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{new_id}.toml"
    tmp = path.with_suffix(".toml.tmp")
    tmp.write_text("\n".join([*header, body.strip("\n"), *tail]) + "\n", encoding="utf-8")
    try:
        parse_profile(_read(tmp), str(path))
    except ProfileFormatError as exc:
        tmp.unlink(missing_ok=True)
        raise ValidationError(t("复制出的政策配置有误："), exc.problems) from None
    tmp.replace(path)
    return load_profile(new_id)


def _toml_str(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


_TABLE = re.compile(r"^\s*\[")


def _without_top_keys(text: str, keys: set[str]) -> str:
    """The TOML text minus top-level ``key = …`` lines and the [sources] table."""
    out: list[str] = []
    top = True
    skipping = False
    for line in text.splitlines():
        if _TABLE.match(line):
            top = False
            skipping = line.strip() == "[sources]"
            if skipping:
                continue
        elif skipping:
            continue
        if top and "=" in line and line.split("=", 1)[0].strip() in keys:
            continue
        out.append(line)
    return "\n".join(out)


def school_profile(ctx: ServiceContext) -> Profile:
    """The profile the school chose in set-up (national when the database has no school)."""
    school = school_store.school(ctx.store.conn)
    profile_id = str(school["profile_id"] or BASELINE) if school is not None else BASELINE
    return load_profile(profile_id)


def set_school_profile(ctx: ServiceContext, profile_id: str) -> Profile:
    """Make ``profile_id`` (built in, or one of this PC's copies) the school's policy profile.

    The profile must load cleanly; fee caps, subsidy multipliers and the compliance checks read
    it from then on. Records the change (before/after) in the audit log.
    """
    ctx.require(Action.SETUP_SCHOOL)
    profile_id = profile_id.strip()
    if not profile_exists(profile_id):
        message = t(
            "没有编号为“{profile_id}”的政策配置。可用：{choices}。",
            profile_id=profile_id,
            choices=", ".join(profile_ids()),
        )
        raise ValidationError(message, fields={"profile_id": message})
    profile = load_profile(profile_id)  # refuses a broken copy before anything is written
    with ctx.write() as conn:
        school = school_store.school(conn)
        if school is None:
            raise ValidationError(t("这个数据库里还没有学校，请先完成学校设置向导。"))
        before = str(school["profile_id"] or BASELINE)
        if before != profile_id:
            rows.update(conn, "school", str(school["id"]), {"profile_id": profile_id})
            ctx.audit(conn, "school.profile", "school", str(school["id"]),
                      {"profile_id": before}, {"profile_id": profile_id})  # fmt: skip
    return profile


def proposed_windows(profile_id: str, stage: str) -> dict[int, tuple[str, str]]:
    """Weekday -> (start, end) that the set-up wizard proposes for a school of ``stage``.

    ``stage`` is a school stage (primary, junior, nine_year, complete) or a profile stage.
    """
    if stage not in SCHOOL_STAGES:
        raise ValidationError(
            t("学段“{stage}”无效，可选：{choices}。", stage=stage, choices=", ".join(SCHOOL_STAGES))
        )
    return proposed_week(load_profile(profile_id), SCHOOL_STAGES[stage])
