"""The county's view (县教育局汇总): the county's list of schools, a folder of the schools'
monthly packages, one month collected; the summary workbook.

It never opens a school's database: the bureau's PC has none. The rules are in
``after_school_desk/domain/county.py``; reading the folder in ``after_school_desk/importers/county_packages.py``; the
workbook in ``after_school_desk/reports/county_xlsx.py``. Plain Python and openpyxl: a few hundred files of a
few kilobytes take well under a second, and a database engine would only add to the
program's size.
"""

from __future__ import annotations

import zipfile
from datetime import datetime
from pathlib import Path

from after_school_desk.domain import county, county_schools
from after_school_desk.domain.county import Collection
from after_school_desk.domain.county_schools import School
from after_school_desk.errors import InputFileError, ValidationError
from after_school_desk.i18n import t
from after_school_desk.importers import county_packages, tabular
from after_school_desk.reports import county_xlsx
from after_school_desk.services.month.facts import parse_month


def read_schools(path: Path | str) -> list[School]:
    """The county's list of schools (.xlsx, .xls or .csv with 学校标识码 and 学校名称 columns,
    optionally 教职工数). A list with any bad row is refused whole, naming the rows."""
    source = Path(path)
    if not source.is_file():
        raise ValidationError(t("找不到学校名单文件“{path}”。", path=path))
    sheets = tabular.read_sheets(source)
    schools, problems = county_schools.school_list((s.name, s.rows) for s in sheets)
    if problems:
        raise ValidationError(
            t("学校名单“{name}”有误，未做汇总：", name=source.name), problems[:20]
        )
    return schools


def collect(folder: Path | str, schools: list[School], month: str) -> Collection:
    """The month collected from every package under ``folder``."""
    key = parse_month(month).key
    where = Path(folder)
    if not where.is_dir():
        raise ValidationError(t("找不到报送包文件夹“{folder}”。", folder=folder))
    return county.collect(key, schools, county_packages.read_folder(where))


def write_xlsx(
    result: Collection, out: Path, template: Path | None = None, made_at: datetime | None = None
) -> list[str]:
    """The county's workbook (totals, per-school table, missing schools, problems, months);
    with ``template`` the county's own workbook with its ``{{key}}`` cells filled and the
    per-school table added. Returns the template's placeholders that are not known."""
    if template is None:
        county_xlsx.write_county(result, out, made_at)
        return []
    if not template.is_file():
        raise InputFileError(t("找不到模板文件“{template}”。", template=template))
    try:
        return county_xlsx.fill_county_template(result, template, out, made_at)
    except (KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise InputFileError(
            t("模板文件“{template}”无法读取（应为 .xlsx）：{error}", template=template, error=exc)
        ) from None
