"""学校设置: the school's record and the settings the direct report and the alerts read.

The direct-report settings live in the ``meta`` table under the keys that
after_school_desk.services.month.reports.DIRECT_SETTINGS reads (work_end_time, homework_policy, homework_notice,
outside_providers); the alert settings are those of after_school_desk.services.base.daily_common.SETTING_DEFAULTS;
the 收支公示 reads complaint_phone (监督电话), notice_days (公示期, days) and service_content
(服务内容) from the same table.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import asdict, dataclass, field
from pathlib import Path

from after_school_desk.domain.roles import Action
from after_school_desk.errors import ValidationError
from after_school_desk.i18n import t
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.base.daily_common import SETTING_DEFAULTS, setting
from after_school_desk.services.school.answers import BackupSettings
from after_school_desk.services.school.setup import is_hhmm
from after_school_desk.store import rows, school_store

MINUTE_LIMITS = {"escalate_minutes": (5, 240), "signin_window_minutes": (5, 120)}
MAX_PROVIDERS = 50
NOTICE_DAYS_LIMITS = (1, 60)  # 公示期 in days; 0 = not set
MAX_SERVICE_CONTENT = 200
BACKUP_FOLDER_KEY = "backup_folder"


@dataclass
class SchoolSettings:
    name: str
    county: str
    school_code: str = ""
    work_end_time: str = ""  # 当地下班时间 "HH:MM"; "" = not filled in
    homework_policy: bool | None = None  # 作业管理办法; None = not filled in
    homework_notice: bool | None = None  # 作业公示
    outside_providers: list[str] = field(default_factory=list)  # 第三方机构, one name each
    escalate_minutes: int = SETTING_DEFAULTS["escalate_minutes"]
    signin_window_minutes: int = SETTING_DEFAULTS["signin_window_minutes"]
    complaint_phone: str = ""  # 监督电话 on the 收支公示 (school and/or county bureau)
    notice_days: int = 0  # 公示期 of the 收支公示 in days; 0 = not set
    service_content: str = ""  # 服务时间与内容 on the 收支公示; "" = the standard wording


def _yes_no(value: str | None) -> bool | None:
    if value is None or value.strip() == "":
        return None
    return value.strip().lower() in ("1", "true", "yes", "是", "y")


def load(ctx: ServiceContext) -> SchoolSettings:
    conn = ctx.store.conn
    school = school_store.school(conn)
    if school is None:
        raise ValidationError(t("这个数据库里还没有学校，请先完成学校设置向导。"))
    providers = school_store.get_meta(conn, "outside_providers") or ""
    return SchoolSettings(
        name=str(school["name"]),
        county=str(school["county"]),
        school_code=str(school["school_code"] or ""),
        work_end_time=school_store.get_meta(conn, "work_end_time") or "",
        homework_policy=_yes_no(school_store.get_meta(conn, "homework_policy")),
        homework_notice=_yes_no(school_store.get_meta(conn, "homework_notice")),
        outside_providers=[p.strip() for p in providers.split("\n") if p.strip()],
        escalate_minutes=setting(conn, "escalate_minutes"),
        signin_window_minutes=setting(conn, "signin_window_minutes"),
        complaint_phone=school_store.get_meta(conn, "complaint_phone") or "",
        notice_days=_int(school_store.get_meta(conn, "notice_days")),
        service_content=school_store.get_meta(conn, "service_content") or "",
    )


def _int(value: str | None) -> int:
    try:
        return int(value or 0)
    except ValueError:
        return 0


def problems(s: SchoolSettings) -> dict[str, str]:
    """field -> what is wrong with it (empty when the settings may be saved)."""
    found: dict[str, str] = {}
    if not s.name.strip():
        found["name"] = t("学校名称不能为空。")
    elif len(s.name.strip()) > 60:
        found["name"] = t("学校名称太长（最多 60 个字）。")
    if not s.county.strip():
        found["county"] = t("所属县（区）不能为空。")
    code = s.school_code.strip()
    if code and not (code.isdigit() and len(code) == 10):
        found["school_code"] = t("学校标识码“{code}”应为 10 位数字。", code=code)
    if s.work_end_time and not is_hhmm(s.work_end_time):
        found["work_end_time"] = t(
            "当地下班时间“{time}”应写成 HH:MM，例如 17:30。", time=s.work_end_time
        )
    names = [p.strip() for p in s.outside_providers if p.strip()]
    if len(names) > MAX_PROVIDERS:
        found["outside_providers"] = t("第三方机构最多填写 {count} 个。", count=MAX_PROVIDERS)
    elif any(len(p) > 60 for p in names):
        found["outside_providers"] = t("每个第三方机构的名称最多 60 个字。")
    if len(s.complaint_phone.strip()) > 60:
        found["complaint_phone"] = t("监督电话最多 60 个字。")
    low, high = NOTICE_DAYS_LIMITS
    if s.notice_days and not low <= s.notice_days <= high:
        found["notice_days"] = t(
            "公示期应在 {low} 到 {high} 天之间（不填为 0）。", low=low, high=high
        )
    if len(s.service_content.strip()) > MAX_SERVICE_CONTENT:
        found["service_content"] = t("服务内容最多 {count} 个字。", count=MAX_SERVICE_CONTENT)
    for key, (low, high) in MINUTE_LIMITS.items():
        value = getattr(s, key)
        if not low <= value <= high:
            found[key] = t("应在 {low} 到 {high} 分钟之间。", low=low, high=high)
    return found


def save(ctx: ServiceContext, s: SchoolSettings) -> SchoolSettings:
    """Save the school's name, county and code, the direct-report and the alert settings."""
    ctx.require(Action.SETUP_SCHOOL)
    found = problems(s)
    if found:
        raise ValidationError(t("学校设置有误，未做任何改动："), fields=found)
    providers: list[str] = []
    for p in (p.strip() for p in s.outside_providers):
        if p and p not in providers:
            providers.append(p)
    clean = SchoolSettings(
        name=s.name.strip(),
        county=s.county.strip(),
        school_code=s.school_code.strip(),
        work_end_time=s.work_end_time.strip(),
        homework_policy=s.homework_policy,
        homework_notice=s.homework_notice,
        outside_providers=providers,
        escalate_minutes=s.escalate_minutes,
        signin_window_minutes=s.signin_window_minutes,
        complaint_phone=s.complaint_phone.strip(),
        notice_days=s.notice_days,
        service_content=s.service_content.strip(),
    )
    before = load(ctx)
    with ctx.write() as conn:
        school = school_store.school(conn)
        if school is None:
            raise ValidationError(t("这个数据库里还没有学校，请先完成学校设置向导。"))
        rows.update(conn, "school", str(school["id"]),
                    {"name": clean.name, "county": clean.county,
                     "school_code": clean.school_code or None})  # fmt: skip
        meta: dict[str, str] = {
            "work_end_time": clean.work_end_time,
            "homework_policy": _stored_yes_no(clean.homework_policy),
            "homework_notice": _stored_yes_no(clean.homework_notice),
            "outside_providers": "\n".join(clean.outside_providers),
            "escalate_minutes": str(clean.escalate_minutes),
            "signin_window_minutes": str(clean.signin_window_minutes),
            "complaint_phone": clean.complaint_phone,
            "notice_days": str(clean.notice_days) if clean.notice_days else "",
            "service_content": clean.service_content,
        }
        _write_meta(conn, meta)
        ctx.audit(conn, "school.settings", "school", str(school["id"]),
                  asdict(before), asdict(clean))  # fmt: skip
    return clean


def _stored_yes_no(value: bool | None) -> str:
    return "" if value is None else ("1" if value else "0")


def _write_meta(conn: sqlite3.Connection, values: dict[str, str]) -> None:
    for key, value in values.items():
        if value == "":
            school_store.delete_meta(conn, key)
        else:
            school_store.set_meta(conn, key, value)


# --- where the data lives -----------------------------------------------------------------


def database_path(ctx: ServiceContext) -> Path:
    return ctx.store.path


def default_backup_folder(db_path: Path) -> Path:
    """Beside the live file: where the daily backups go and start-up recovery looks."""
    return db_path.parent / "backups"


def backup_folder(ctx: ServiceContext) -> Path:
    """Where 立即备份 writes: the chosen folder, else the backups folder beside the live file."""
    chosen = school_store.get_meta(ctx.store.conn, BACKUP_FOLDER_KEY)
    return Path(chosen) if chosen else default_backup_folder(ctx.store.path)


def backup_settings(ctx: ServiceContext) -> BackupSettings:
    chosen = school_store.get_meta(ctx.store.conn, BACKUP_FOLDER_KEY)
    return {
        "database": str(ctx.store.path),
        "backup_folder": str(backup_folder(ctx)),
        "chosen": bool(chosen),
        "daily_folder": str(default_backup_folder(ctx.store.path)),
    }


def set_backup_folder(ctx: ServiceContext, folder: str) -> Path:
    """Choose the folder for manual backups; an empty folder goes back to the default."""
    ctx.require(Action.SETUP_SCHOOL)
    text = folder.strip()
    if text:
        path = Path(text).expanduser()
        if not path.is_absolute():
            raise ValidationError(
                t("备份文件夹“{folder}”不是完整路径，请用“选择文件夹…”挑选。", folder=text),
                fields={"backup_folder": t("请选择一个完整的文件夹路径。")},
            )
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ValidationError(
                t(
                    "无法使用备份文件夹 {folder}：{reason}",
                    folder=path,
                    reason=exc.strerror or exc,
                ),
                fields={"backup_folder": t("无法创建这个文件夹。")},
            ) from exc
        if not os.access(path, os.W_OK):
            raise ValidationError(
                t("备份文件夹 {folder} 不能写入，请换一个文件夹。", folder=path),
                fields={"backup_folder": t("这个文件夹不能写入。")},
            )
        text = str(path)
    with ctx.write() as conn:
        before = school_store.get_meta(conn, BACKUP_FOLDER_KEY)
        _write_meta(conn, {BACKUP_FOLDER_KEY: text})
        ctx.audit(conn, "school.backup_folder", "setting", BACKUP_FOLDER_KEY,
                  {"folder": before}, {"folder": text or None})  # fmt: skip
    return backup_folder(ctx)
