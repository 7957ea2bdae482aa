"""Importing rosters through the service: registry .xlsx, teacher .csv (GBK, UTF-8-BOM), .xls."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from after_school_desk.domain.roles import Role
from after_school_desk.errors import InputFileError, PermissionDenied, ValidationError
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school import pupils
from after_school_desk.services.school.roster import ImportReport, import_roster
from tests.conftest import as_role
from tests.unit.roster_files import REGISTRY_HEADER, registry_row, write_csv, write_xlsx

FIXTURES = Path(__file__).parents[1] / "fixtures" / "roster"


def counts(ctx: ServiceContext) -> tuple[int, ...]:
    conn: sqlite3.Connection = ctx.store.conn
    return tuple(
        conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("pupil", "pupil_adult", "class", "audit")
    )


def by_id(ctx: ServiceContext) -> dict[str, dict]:
    return {p["national_id"]: p for p in pupils.list_pupils(ctx)}


def test_registry_xlsx_with_title_row_dates_fullwidth_and_dropped_columns(
    school_ctx: ServiceContext, tmp_path: Path
) -> None:
    rows: list[list[object]] = [
        REGISTRY_HEADER,
        registry_row(1, name="张三", left_behind="是", phone="138-0000 1234"),
        registry_row(2, name=" 李 四 ", sex="女", birth="2016年5月6日", klass="（２）班"),
        registry_row(3, name="王五", birth="20160707", phone="１３９００００１２３４"),
        registry_row(4, name="赵六", grade="四年级", klass="1班", birth="2015.3.4"),
    ]
    rows[4][12] = "视力残疾"
    rows[2][16:19] = ["李强", "父亲", "13700001111"]
    path = write_xlsx(tmp_path / "名册.xlsx", rows, title="XX小学2026年秋季学生名册", merge="A1:U1")
    report = import_roster(school_ctx, path)

    assert (report.total_rows, report.added, report.updated, report.unchanged) == (4, 4, 0, 0)
    assert report.classes_created == []  # 三年级(2)班 and 四年级(1)班 exist in school_ctx
    assert report.mapped_columns["全国学籍号"] == "学籍号"
    assert report.mapped_columns["监护人2联系电话"] == "监护人2电话"
    assert set(report.ignored_columns) == {"序号", "身份证件号", "民族", "家庭住址", "户口所在地"}
    found = by_id(school_ctx)
    zhang = found["G640122201603040001"]
    assert (zhang["name"], zhang["sex"], zhang["birth_date"]) == ("张三", "男", "2016-03-04")
    assert zhang["class"] == "三年级(2)班"
    assert zhang["flags"] == ["留守儿童"]
    assert zhang["guardians"][0]["phone"] == "13800001234"
    li = found["G640122201603040002"]
    assert (li["name"], li["sex"], li["birth_date"], li["class"]) == (
        "李四",
        "女",
        "2016-05-06",
        "三年级(2)班",
    )
    assert [(g["name"], g["relation"], g["phone"]) for g in li["guardians"]] == [
        ("家长2", "母亲", "13800001234"),
        ("李强", "父亲", "13700001111"),
    ]
    assert found["G640122201603040003"]["guardians"][0]["phone"] == "13900001234"
    assert found["G640122201603040003"]["birth_date"] == "2016-07-07"
    zhao = found["G640122201603040004"]
    assert (zhao["class"], zhao["birth_date"], zhao["flags"]) == (
        "四年级(1)班",
        "2015-03-04",
        ["残疾"],
    )
    # pinyin keys are set for search
    assert [p["name"] for p in pupils.list_pupils(school_ctx, query="zs")] == ["张三"]
    # nothing of the dropped columns reached the database, not even the audit trail
    conn = school_ctx.store.conn
    dump = "\n".join(" ".join(str(v) for v in r) for r in conn.execute("SELECT * FROM audit"))
    dump += "\n".join(" ".join(str(v) for v in r) for r in conn.execute("SELECT * FROM pupil"))
    assert "640122201603040001 " not in dump.replace("G640122201603040001", "")
    assert "某某村" not in dump and "汉族" not in dump
    actions = [r[0] for r in conn.execute("SELECT action FROM audit WHERE action LIKE '%import%'")]
    assert actions.count("pupil.import_add") == 4 and actions[-1] == "roster.import"


def test_teacher_list_csv_in_gbk_and_utf8_bom(school_ctx: ServiceContext, tmp_path: Path) -> None:
    header = ["学籍号", "学号", "姓名", "性别", "班级", "家长姓名", "联系电话", "接送人"]
    gbk = write_csv(
        tmp_path / "一年级.csv",
        [
            header,
            [
                "G640122201901010001",
                "1",
                "欧阳娜娜",
                "女",
                "一年级（1）班",
                "欧阳峰",
                "13512345678",
                "外婆",
            ],
            ["G640122201901010002", "2", "钱多多", "男", "1年级1班", "", "0951-1234567", ""],
        ],
        encoding="gbk",
    )
    bom = write_csv(
        tmp_path / "二年级.csv",
        [
            ["二年级（2）班名单"],
            header,
            ["G640122201801010003", "7", "孙丽", "女", "二(2)班", "孙强", "186 0000 1111", "孙强"],
        ],
        encoding="utf-8-sig",
    )
    assert import_roster(school_ctx, gbk).added == 2
    report = import_roster(school_ctx, bom)
    assert (report.added, report.not_in_file) == (1, 2)
    found = by_id(school_ctx)
    ouyang = found["G640122201901010001"]
    assert ouyang["name"] == "欧阳娜娜" and ouyang["class"] == "一年级(1)班"
    assert ouyang["student_no"] == "1"
    assert [(g["name"], g["phone"], g["is_guardian"]) for g in ouyang["guardians"]] == [
        ("欧阳峰", "13512345678", True),
        ("外婆", None, False),
    ]
    # a phone with no name in the file: the adult is called 家长 so the number is kept
    assert [(g["name"], g["phone"]) for g in found["G640122201901010002"]["guardians"]] == [
        ("家长", "09511234567")
    ]
    # the same person as guardian and pickup person is listed once
    assert len(found["G640122201801010003"]["guardians"]) == 1


def test_legacy_xls_fixture(school_ctx: ServiceContext) -> None:
    report = import_roster(school_ctx, FIXTURES / "class_list_grade4.xls")
    assert (report.added, report.classes_created) == (3, [])
    assert report.ignored_columns == ["民族"]
    found = by_id(school_ctx)
    assert {p["class"] for p in found.values()} == {"四年级(1)班"}
    assert found["G640122201501011111"]["birth_date"] == "2015-01-01"
    assert found["G640122201501011111"]["guardians"][0]["phone"] == "13700001111"
    assert found["G640122201502022222"]["birth_date"] == "2015-02-02"
    assert found["G640122201502022222"]["guardians"][0]["phone"] == "13700002222"
    assert found["G640122201503033333"]["birth_date"] == "2015-03-03"
    assert found["G640122201503033333"]["guardians"] == []


def test_class_name_variants_merge_and_missing_classes_are_created(
    school_ctx: ServiceContext, tmp_path: Path
) -> None:
    variants = ["五年级(3)班", "五年级（3）班", "5年级3班", "五(3)班", "5.3"]
    rows: list[list[object]] = [["学籍号", "姓名", "性别", "班级"]]
    rows += [[f"G6401222015010100{i}", f"学生{i}", "男", v] for i, v in enumerate(variants)]
    rows.append(["G64012220150101009", "学生9", "女", "3班"])
    rows[0].append("年级")
    for r in rows[1:]:
        r.append("五年级")
    before = counts(school_ctx)[2]
    report = import_roster(school_ctx, write_csv(tmp_path / "五年级.csv", rows))
    assert report.classes_created == ["五年级(3)班"]
    assert counts(school_ctx)[2] == before + 1
    assert {p["class"] for p in pupils.list_pupils(school_ctx)} == {"五年级(3)班"}


def test_bad_file_reports_every_problem_and_writes_nothing(
    school_ctx: ServiceContext, tmp_path: Path
) -> None:
    rows: list[list[object]] = [
        REGISTRY_HEADER,
        registry_row(1, name="张三"),
        registry_row(2, name="李四", phone="1380000"),  # row 4
        registry_row(3, name="王五", birth="2016-02-30"),  # row 5
        registry_row(1, name="重复"),  # row 6: duplicate 学籍号 of row 3
        registry_row(5, name="赵六", sex="未知"),  # row 7
        registry_row(6, name="钱七", klass="火星班", grade=""),  # row 8
        registry_row(7, name="孙八", left_behind="也许"),  # row 9
    ]
    rows[7][2] = "  "  # row 9 also lacks the name
    path = write_xlsx(tmp_path / "bad.xlsx", rows, title="名册", merge="A1:F1")
    before = counts(school_ctx)
    with pytest.raises(ValidationError) as err:
        import_roster(school_ctx, path)
    assert err.value.message == "名册有 7 处错误，未导入任何学生："
    assert err.value.problems == [
        "第 4 行「监护人1联系电话」：“1380000” 不是有效的电话号码",
        "第 5 行「出生日期」：“2016-02-30” 不是存在的日期",
        "第 6 行「全国学籍号」：“G640122201603040001” 与第 3 行的学籍号重复",
        "第 7 行「性别」：“未知” 性别应填“男”或“女”",
        "第 8 行「班级」：“火星班” 无法识别为班级（请写成如“三年级(2)班”）",
        "第 9 行「姓名」：姓名不能为空",
        "第 9 行「是否留守儿童」：“也许” 应填“是”或“否”（也可用 √、1、0 或留空）",
    ]
    assert counts(school_ctx) == before


def test_future_birth_date_and_class_outside_the_school_stage(
    school_ctx: ServiceContext, tmp_path: Path
) -> None:
    rows = [
        ["学籍号", "姓名", "性别", "出生日期", "班级"],
        ["G640122201601010001", "甲", "男", "2027-01-01", "三年级(1)班"],
        ["G640122201601010002", "乙", "女", "2016-01-01", "初一(1)班"],
    ]
    with pytest.raises(ValidationError) as err:
        import_roster(school_ctx, write_csv(tmp_path / "x.csv", rows))
    assert err.value.problems == [
        "第 2 行「出生日期」：“2027-01-01” 晚于今天，不可能是出生日期",
        "第 3 行「班级」：“七年级(1)班” 不是本校（小学）的年级",
    ]


def test_dry_run_reports_but_writes_nothing(school_ctx: ServiceContext, tmp_path: Path) -> None:
    rows: list[list[object]] = [
        REGISTRY_HEADER,
        registry_row(1),
        registry_row(2, grade="六年级", klass="5班"),
    ]
    path = write_xlsx(tmp_path / "r.xlsx", rows)
    before = counts(school_ctx)
    seen: list[tuple[int, int]] = []
    report = import_roster(
        school_ctx, path, dry_run=True, progress=lambda d, t: seen.append((d, t))
    )
    assert report.dry_run and report.added == 2
    assert report.classes_created == ["六年级(5)班"]
    assert report.summary_lines()[0].startswith("仅检查")
    assert counts(school_ctx) == before
    assert seen[-1] == (4, 4)


def test_reimport_updates_by_national_id_instead_of_duplicating(
    school_ctx: ServiceContext, tmp_path: Path
) -> None:
    first: list[list[object]] = [REGISTRY_HEADER, *(registry_row(i) for i in range(1, 5))]
    import_roster(school_ctx, write_xlsx(tmp_path / "v1.xlsx", first))
    pupil_id = by_id(school_ctx)["G640122201603040001"]["id"]
    adult_id = pupils.pupil_detail(school_ctx, pupil_id)["adults"][0]["id"]
    extra = registry_row(1, name="张新名", klass="1班", left_behind="是", phone="13911112222")
    extra[16:19] = ["张爷爷", "祖父", "13322223333"]
    second: list[list[object]] = [
        REGISTRY_HEADER,
        extra,
        registry_row(2),  # unchanged
        registry_row(3, sex="女"),
        registry_row(9),  # new; pupil 4 is not in the file
    ]
    report = import_roster(school_ctx, write_xlsx(tmp_path / "v2.xlsx", second))
    assert (report.added, report.updated, report.unchanged, report.not_in_file) == (1, 2, 1, 1)
    assert "新增 1 名，更新 2 名，无变化 1 名。" in report.summary_lines()
    found = by_id(school_ctx)
    assert len(found) == 5
    changed = pupils.pupil_detail(school_ctx, pupil_id)
    assert (changed["name"], changed["class"], changed["flags"]) == (
        "张新名",
        "三年级(1)班",
        ["留守儿童"],
    )
    # the guardian kept by name keeps its id (handover records point at it); the list is the file's
    assert [(a["id"] == adult_id, a["name"], a["phone"]) for a in changed["adults"]] == [
        (True, "家长1", "13911112222"),
        (False, "张爷爷", "13322223333"),
    ]
    assert [p["name"] for p in pupils.list_pupils(school_ctx, query="zxm")] == ["张新名"]
    assert found["G640122201603040003"]["sex"] == "女"
    assert found["G640122201603040004"]["name"] == "学生4"  # left alone
    again = import_roster(school_ctx, write_xlsx(tmp_path / "v3.xlsx", second))
    assert (again.added, again.updated, again.unchanged) == (0, 0, 4)


def test_teacher_list_without_national_id_is_refused(
    school_ctx: ServiceContext, tmp_path: Path
) -> None:
    rows = [
        ["学号", "姓名", "性别", "班级", "家长电话"],
        ["1", "张三", "男", "三年级2班", "13800001234"],
    ]
    with pytest.raises(ValidationError) as err:
        import_roster(school_ctx, write_csv(tmp_path / "list.csv", rows))
    assert err.value.message == "名册缺少必需的列，未导入任何学生："
    assert "“学号”是校内编号，不能代替学籍号" in err.value.problems[0]
    assert counts(school_ctx)[0] == 0


@pytest.mark.parametrize(
    ("name", "content", "fragment"),
    [
        ("r.pdf", b"%PDF-1.4", "不支持的文件类型"),
        ("r.xlsx", b"this is not a zip", "已损坏"),
        ("r.xlsx", b"PK\x03\x04broken zip", "已损坏"),
        ("r.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "已损坏"),
        ("r.xls", b"<html><table><tr><td>x</td></tr></table></html>", "网页格式"),
        ("r.csv", "标题\n随便写点什么\n".encode(), "找不到表头行"),
        ("r.csv", b"", "是空的"),
    ],
)
def test_unreadable_files_raise_input_file_error(
    school_ctx: ServiceContext, tmp_path: Path, name: str, content: bytes, fragment: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputFileError) as err:
        import_roster(school_ctx, path)
    assert fragment in err.value.message


def test_missing_file_and_permission(school_ctx: ServiceContext, tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="找不到文件"):
        import_roster(school_ctx, tmp_path / "nope.csv")
    with pytest.raises(PermissionDenied):
        import_roster(as_role(school_ctx, Role.TEACHER), tmp_path / "nope.csv")


def test_database_without_school_is_refused(ctx: ServiceContext, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "r.csv", [["学籍号", "姓名", "性别", "班级"]])
    with pytest.raises(ValidationError, match="还没有学校"):
        import_roster(ctx, path)


def test_cancel_from_progress_rolls_back(school_ctx: ServiceContext, tmp_path: Path) -> None:
    rows: list[list[object]] = [REGISTRY_HEADER, *(registry_row(i) for i in range(1, 251))]
    path = write_xlsx(tmp_path / "r.xlsx", rows)
    before = counts(school_ctx)

    class Stop(Exception):
        pass

    def progress(done: int, total: int) -> None:
        if done > total // 2:  # in the writing half
            raise Stop

    with pytest.raises(Stop):
        import_roster(school_ctx, path, progress=progress)
    assert counts(school_ctx) == before


def test_three_thousand_rows_in_one_import(school_ctx: ServiceContext, tmp_path: Path) -> None:
    rows: list[list[object]] = [REGISTRY_HEADER]
    for i in range(1, 3001):
        rows.append(
            registry_row(
                i,
                name=f"学生{i}",
                grade=["一年级", "二年级", "三年级", "四年级", "五年级", "六年级"][i % 6],
                klass=f"{i % 4 + 1}班",
                birth=datetime(2016, 1 + i % 12, 1 + i % 28),
            )
        )
    path = write_csv(tmp_path / "big.csv", [["全校名册"], *rows], encoding="gb18030")
    report = import_roster(school_ctx, path)
    assert isinstance(report, ImportReport)
    assert report.added == 3000 and len(report.classes_created) == 6
    assert counts(school_ctx)[0] == 3000
