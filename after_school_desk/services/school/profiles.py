"""Policy profiles: the built-in ones in resources/profiles, the school's own in its database
(table ``policy_profile``, db/0012: a copy adjusted to the county's text travels with the file,
its backups and its journals). Copies an older version left as TOML files in the per-user data
folder (``data_dir()/profiles``) are taken into the database at first use. Loading validates
and merges the base. Which profile is in force on a day: ``profile_history.py``.
"""

from __future__ import annotations

import logging
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from after_school_desk import package_data
from after_school_desk.domain.profile_parse import PROFILE_ID, ProfileFormatError, parse_profile
from after_school_desk.domain.profiles import SCHOOL_STAGES, Profile, merged, proposed_week
from after_school_desk.domain.roles import Action
from after_school_desk.errors import AppError, NotFound, ValidationError
from after_school_desk.i18n import t
from after_school_desk.services.base import device
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.store import profile_store, rows

BASELINE = "national"
log = logging.getLogger("after_school_desk.services")


def builtin_dir() -> Path:
    return package_data.folder("resources") / "profiles"


def user_dir() -> Path:
    """Where an older version kept the school's copies (read once, into the database)."""
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
    path: Path | None  # the file of a built-in profile (or a copy not yet taken in); None: database
    stored: bool = False  # the school's own, in its database


@dataclass(frozen=True)
class _Source:
    text: str
    origin: str  # what a message names: a file, or the profile in the school's database
    builtin: bool
    path: Path | None


def _file_of(profile_id: str) -> tuple[Path, bool] | None:
    if not PROFILE_ID.match(profile_id):
        return None
    for folder, builtin in ((builtin_dir(), True), (user_dir(), False)):
        path = folder / f"{profile_id}.toml"
        if path.is_file():
            return path, builtin
    return None


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(
            t("政策配置文件 {path} 无法读取：{reason}", path=path, reason=exc)
        ) from None


def _source(profile_id: str, ctx: ServiceContext | None) -> _Source | None:
    """The profile's text: the school's database first, then the built-in files, then a copy
    in this account's data folder not yet taken into the database."""
    if not PROFILE_ID.match(profile_id):
        return None
    if ctx is not None:
        adopt_folder_copies(ctx)
        row = profile_store.stored_profile(ctx.store.conn, profile_id)
        if row is not None:
            origin = t("学校数据库中的“{profile_id}”", profile_id=profile_id)
            return _Source(str(row["toml"]), origin, False, None)
    found = _file_of(profile_id)
    if found is None:
        return None
    path, builtin = found
    return _Source(_read_text(path), path.name, builtin, path)


def _toml(text: str, origin: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ValidationError(
            t("政策配置文件 {path} 无法读取：{reason}", path=origin, reason=exc)
        ) from None


def _read(path: Path) -> dict[str, Any]:
    return _toml(_read_text(path), str(path))


def profile_exists(profile_id: str, ctx: ServiceContext | None = None) -> bool:
    return _source(profile_id, ctx) is not None


def _parsed(profile_id: str, text: str, origin: str) -> Profile:
    """The profile a text states, checked: every rule well formed and its id the expected one."""
    try:
        profile = parse_profile(_toml(text, origin), origin)
    except ProfileFormatError as exc:
        raise ValidationError(t("政策配置文件 {file} 有误：", file=origin), exc.problems) from None
    if profile.id != profile_id:
        raise ValidationError(
            t(
                "政策配置文件 {file} 中的 id “{profile_id}”与文件名不一致。",
                file=origin,
                profile_id=profile.id,
            )
        )
    return profile


def unknown_profile(profile_id: str, ctx: ServiceContext | None) -> str:
    return t(
        "没有编号为“{profile_id}”的政策配置。可用：{choices}。",
        profile_id=profile_id,
        choices=", ".join(profile_ids(ctx)),
    )


def load_raw(profile_id: str, ctx: ServiceContext | None = None) -> Profile:
    """The profile as its text says, without the base filled in (``ctx``: the school's own
    profiles in its database are found first)."""
    source = _source(profile_id, ctx)
    if source is None:
        raise NotFound(unknown_profile(profile_id, ctx))
    return _parsed(profile_id, source.text, source.origin)


def _with_bases(profile: Profile, ctx: ServiceContext | None) -> Profile:
    """``profile`` with every rule its text leaves unset taken from its base (and its base's)."""
    seen: list[str] = []
    chain = [profile]
    while chain[-1].base:
        base_id = str(chain[-1].base)
        if base_id in seen or base_id == chain[-1].id or len(seen) > 5:
            raise ValidationError(
                t(
                    "政策配置“{profile_id}”的 base 形成循环：{chain}",
                    profile_id=profile.id,
                    chain=" → ".join(seen),
                )
            )
        seen.append(base_id)
        chain.append(load_raw(base_id, ctx))
    result = chain.pop()
    while chain:
        result = merged(chain.pop(), result)
    return result


def load_profile(profile_id: str, ctx: ServiceContext | None = None) -> Profile:
    """The profile with every rule its text leaves unset taken from its base (national); with
    ``ctx``, the school's own profiles in its database first."""
    return _with_bases(load_raw(profile_id, ctx), ctx)


def _entry(data: dict[str, Any], profile_id: str, builtin: bool, path: Path | None) -> ProfileEntry:
    year = data.get("year")
    return ProfileEntry(
        id=profile_id,
        name=str(data.get("name", profile_id)),
        region=str(data.get("region", "")),
        year=year if isinstance(year, int) else None,
        builtin=builtin,
        path=path,
        stored=path is None,
    )


def list_profiles(ctx: ServiceContext | None = None) -> list[ProfileEntry]:
    """The built-in profiles, the school's own (with ``ctx``) and copies still in this
    account's data folder."""
    out: list[ProfileEntry] = []
    seen: set[str] = set()
    if ctx is not None:
        adopt_folder_copies(ctx)
        for row in profile_store.stored_profiles(ctx.store.conn):
            seen.add(str(row["id"]))
            try:
                data = tomllib.loads(str(row["toml"]))
            except tomllib.TOMLDecodeError:
                data = {"name": row["name"]}
            out.append(_entry(data, str(row["id"]), False, None))
    for folder, builtin in ((builtin_dir(), True), (user_dir(), False)):
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.toml")):
            if path.stem in seen or not PROFILE_ID.match(path.stem):
                continue
            seen.add(path.stem)
            out.append(_entry(_read(path), path.stem, builtin, path))
    out.sort(key=lambda e: (not e.builtin, e.id != BASELINE, e.id))
    return out


def profile_ids(ctx: ServiceContext | None = None) -> list[str]:
    return [e.id for e in list_profiles(ctx)]


# --- the school's own profiles, in its database ----------------------------------------------

_ADOPTED: set[tuple[int, str]] = set()


def adopt_folder_copies(ctx: ServiceContext) -> list[str]:
    """Take the copies an older version wrote into this account's data folder into the
    school's database, once (each with an audit row saying so); the file stays where it was.
    Skipped inside a write (asked again at the next use), in read-only mode and on a PC that
    is not the hub (the hub takes them in when it is used there)."""
    key = (id(ctx.store), str(user_dir()))
    folder = user_dir()
    if key in _ADOPTED or ctx.store.conn.in_transaction:
        return []
    _ADOPTED.add(key)
    if not folder.is_dir():
        return []
    builtin = {p.stem for p in builtin_dir().glob("*.toml")}
    taken: list[str] = []
    for path in sorted(folder.glob("*.toml")):
        pid = path.stem
        if pid in builtin or not PROFILE_ID.match(pid):
            continue
        if profile_store.stored_profile(ctx.store.conn, pid) is not None:
            continue
        try:
            text = path.read_text(encoding="utf-8")
            profile = _parsed(pid, text, path.name)
            with ctx.write() as conn:
                if profile_store.stored_profile(conn, pid) is not None:
                    continue
                row = _row(ctx, profile, text)
                rows.insert(conn, "policy_profile", row)
                ctx.audit(conn, "profile.import", "policy_profile", pid, None,
                          {"file": str(path), "name": profile.name,
                           "note": "从本机用户文件夹中的旧副本导入学校数据库（一次）"})  # fmt: skip
            taken.append(pid)
        except (OSError, UnicodeDecodeError, AppError) as exc:
            log.warning("profile copy %s not taken into the database: %s", pid, type(exc).__name__)
    return taken


def _row(ctx: ServiceContext, profile: Profile, text: str) -> dict[str, Any]:
    now = ctx.now_iso()
    return {
        "id": profile.id,
        "name": profile.name,
        "toml": text,
        "copied_from": profile.copied_from or "",
        "created_by": ctx.actor.login,
        "created_at": now,
        "updated_at": now,
        "device_id": ctx.device_id,
    }


def copy_profile(ctx: ServiceContext, from_id: str, new_id: str, name: str) -> Profile:
    """Copy a profile under a new id and name for the school to adjust, into the school's
    database (with an audit row), and load it. Needs the right to set up the school."""
    ctx.require(Action.SETUP_SCHOOL)
    new_id = new_id.strip()
    fields: dict[str, str] = {}
    if not PROFILE_ID.match(new_id):
        fields["new_id"] = t(
            "新编号“{new_id}”应为2–40位小写字母、数字或连字符，例如 my-county-2025。",
            new_id=new_id,
        )
    elif profile_exists(new_id, ctx):
        fields["new_id"] = t("编号“{new_id}”已经存在，请换一个。", new_id=new_id)
    if not name.strip():
        fields["name"] = t("名称不能为空。")
    found = _source(from_id, ctx)
    if found is None:
        fields["from_id"] = t("没有编号为“{profile_id}”的政策配置。", profile_id=from_id)
    if fields:
        raise ValidationError(t("不能复制政策配置："), fields=fields)
    assert found is not None
    data = _toml(found.text, found.origin)
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
    body = _without_top_keys(found.text, {"id", "name", "copied_from", "sources"})
    tail = ["", "[sources]", *(f"{_toml_str(k)} = {_toml_str(v)}" for k, v in sources.items())]
    text = "\n".join([*header, body.strip("\n"), *tail]) + "\n"
    try:
        profile = _parsed(new_id, text, new_id)
    except ValidationError as exc:
        raise ValidationError(t("复制出的政策配置有误："), exc.problems) from None
    with ctx.write() as conn:
        row = _row(ctx, profile, text)
        rows.insert(conn, "policy_profile", row)
        ctx.audit(conn, "profile.copy", "policy_profile", new_id, None,
                  {"copied_from": from_id, "name": profile.name})  # fmt: skip
    return load_profile(new_id, ctx)


def profile_text(ctx: ServiceContext, profile_id: str) -> str:
    """The TOML text of a profile (to be edited and given back with ``edit_profile``)."""
    source = _source(profile_id.strip(), ctx)
    if source is None:
        raise NotFound(unknown_profile(profile_id, ctx))
    return source.text


def edit_profile(ctx: ServiceContext, profile_id: str, text: str) -> Profile:
    """Replace the text of one of the school's own profiles with ``text`` (the whole TOML).
    Refused, changing nothing, when the text does not read as a profile, names another id or
    its base does not load; a built-in profile is not edited (copy it first). Audited with the
    text before and after. A closed month keeps its figures (its snapshot)."""
    ctx.require(Action.SETUP_SCHOOL)
    profile_id = profile_id.strip()
    row = profile_store.stored_profile(ctx.store.conn, profile_id)
    if row is None:
        if profile_exists(profile_id, ctx):
            raise ValidationError(
                t("“{profile_id}”是内置政策配置，不能修改；请先复制一份，再修改副本。",
                  profile_id=profile_id)
            )  # fmt: skip
        raise NotFound(unknown_profile(profile_id, ctx))
    origin = t("修改后的“{profile_id}”", profile_id=profile_id)
    try:
        profile = _with_bases(_parsed(profile_id, text, origin), ctx)
    except ValidationError as exc:
        raise ValidationError(
            t("政策配置“{profile_id}”没有修改：{reason}", profile_id=profile_id,
              reason=exc.message), exc.problems,
        ) from None  # fmt: skip
    if text == row["toml"]:
        return profile
    with ctx.write() as conn:
        rows.update(conn, "policy_profile", profile_id, {
            "name": profile.name, "toml": text, "copied_from": profile.copied_from or "",
            "updated_at": ctx.now_iso(),
        })  # fmt: skip
        ctx.audit(conn, "profile.edit", "policy_profile", profile_id,
                  {"name": row["name"], "toml": row["toml"]},
                  {"name": profile.name, "toml": text})  # fmt: skip
    return profile


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


def proposed_windows(profile_id: str, stage: str) -> dict[int, tuple[str, str]]:
    """Weekday -> (start, end) that the set-up wizard proposes for a school of ``stage``.

    ``stage`` is a school stage (primary, junior, nine_year, complete) or a profile stage.
    """
    if stage not in SCHOOL_STAGES:
        raise ValidationError(
            t("学段“{stage}”无效，可选：{choices}。", stage=stage, choices=", ".join(SCHOOL_STAGES))
        )
    return proposed_week(load_profile(profile_id), SCHOOL_STAGES[stage])
