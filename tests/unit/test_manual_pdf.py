"""The teacher's manual (resources/manual): its PDF is made, holds every role's chapter, and the
manual cannot drift from the program — every picture it shows exists, every picture in its
folder is shown, and every label it writes in bold is a text of the program's screens."""

from __future__ import annotations

import ast
import os
import shutil
import stat
import subprocess
from functools import cache
from io import BytesIO
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from after_school_desk.cli import main
from after_school_desk.reports import manual_pdf
from after_school_desk.reports.manual_pdf import (
    bold_labels,
    image_paths,
    manual_dir,
    manual_pages,
    parse,
)

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "after_school_desk" / "ui"
ROLES = ["班主任", "带班领导", "校长", "管理员", "县电教 / 信息老师"]
PAGE_FILES = [
    "README.md",
    "01_class_teacher.md",
    "02_duty_leader.md",
    "03_principal.md",
    "04_admin.md",
    "05_county_it.md",
]


@pytest.fixture(scope="module")
def manual(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("manual") / "使用手册.pdf"
    assert main(["manual", "--out", str(out)]) == 0
    return out


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True)
    return done.stdout


def page_count(path: Path) -> int:
    doc = pdfium.PdfDocument(str(path))
    try:
        return len(doc)
    finally:
        doc.close()


@cache
def ui_texts() -> frozenset[str]:
    """Every string constant of after_school_desk/ui (the parts of f-strings too)."""
    found: set[str] = set()
    for source in UI.glob("*.py"):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.add(node.value)
    return frozenset(found)


def in_ui(label: str) -> bool:
    return any(label in text for text in ui_texts())


def test_the_manual_is_the_index_and_one_page_per_role() -> None:
    assert [p.name for p in manual_pages()] == PAGE_FILES
    assert manual_dir() == ROOT / "resources" / "manual"  # the one copy (docs/manual points here)
    for page, role in zip(manual_pages()[1:], ROLES, strict=True):
        first = parse(page.read_text(encoding="utf-8"))[0]
        assert (first.kind, first.level, first.text) == ("heading", 1, role)


def test_the_pdf_has_a_title_contents_and_every_role(manual: Path) -> None:
    assert manual.read_bytes().startswith(b"%PDF")
    assert page_count(manual) >= 15
    text = pdf_text(manual)
    assert "课后服务台" in text and "使用手册" in text and "目录" in text
    for role in ROLES:
        assert text.count(role) >= 2, role  # in the contents and as the chapter's heading
    for label in ["【全部到齐】", "【记录联系…】", "【签结今天】", "【学校核准】", "【月结】"]:
        assert label in text, label  # real buttons, printed as the program shows them


def test_every_picture_shown_exists_and_every_picture_is_shown() -> None:
    shown: set[Path] = set()
    for page in manual_pages():
        for ref in image_paths(page.read_text(encoding="utf-8")):
            path = (page.parent / ref).resolve()
            assert path.is_file(), f"{page.name}: {ref} does not exist"
            shown.add(path)
    pictures = {p.resolve() for p in (manual_dir() / "img").glob("*.png")}
    assert pictures - shown == set(), "pictures no page shows (remove them)"
    assert len(shown) >= 15
    assert sum(p.stat().st_size for p in pictures) < 6 * 1024 * 1024


def test_every_label_in_bold_is_a_text_of_the_screens() -> None:
    """The manual names buttons, pages and tabs in bold; each must be a text of after_school_desk/ui, so a
    renamed button fails here until the manual says the new name."""
    named = 0
    for page in manual_pages():
        for label in bold_labels(page.read_text(encoding="utf-8")):
            assert in_ui(label), f"{page.name}: **{label}** is not a text of after_school_desk/ui"
            named += 1
    assert named >= 100
    assert not in_ui("这个按钮不存在")  # the check can fail


def test_the_markdown_the_manual_uses() -> None:
    blocks = parse(
        "# 标题\n\n第一段\n接着一行。\n\n1. 点 **签到**。\n   续行\n2. 第二步\n\n"
        "- 一\n- 二\n\n![说明](img/a.png)\n\n## 小节\n末段"
    )
    assert [(b.kind, b.level) for b in blocks] == [
        ("heading", 1), ("para", 0), ("list", 0), ("list", 0), ("image", 0), ("heading", 2),
        ("para", 0),
    ]  # fmt: skip
    assert blocks[1].text == "第一段 接着一行。"
    assert blocks[2].numbered and blocks[2].items == ["点 **签到**。 续行", "第二步"]
    assert not blocks[3].numbered and blocks[3].items == ["一", "二"]
    assert (blocks[4].text, blocks[4].path) == ("说明", "img/a.png")
    assert manual_pdf.inline("点 **签到** <b>").endswith("【签到】</font> &lt;b&gt;")


def test_a_manual_from_another_folder(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("# 说明\n\n一段话。\n", encoding="utf-8")
    (tmp_path / "01_x.md").write_text("# 角色\n\n1. 一步\n", encoding="utf-8")
    out = BytesIO()
    manual_pdf.write_manual_pdf(out, tmp_path)
    path = tmp_path / "m.pdf"
    path.write_bytes(out.getvalue())
    assert "角色" in pdf_text(path)
    (tmp_path / "01_x.md").write_text("![缺的图](img/none.png)\n", encoding="utf-8")
    with pytest.raises(manual_pdf.AppError, match="插图不存在"):
        manual_pdf.write_manual_pdf(BytesIO(), tmp_path)


def test_the_command_refuses_an_output_it_cannot_write(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["manual", "--out", str(tmp_path / "no-such-folder" / "m.pdf")]) == 1
    assert "不存在" in capsys.readouterr().err
    assert main(["manual", "--out", str(tmp_path / "m.txt")]) == 1
    assert ".pdf" in capsys.readouterr().err
    (tmp_path / "a.pdf").mkdir()
    assert main(["manual", "--out", str(tmp_path / "a.pdf")]) == 1
    assert "是一个文件夹" in capsys.readouterr().err
    if os.name == "posix" and os.geteuid() != 0:  # root writes anywhere: below, a refusal
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(stat.S_IRUSR | stat.S_IXUSR)
        try:
            assert main(["manual", "--out", str(locked / "m.pdf")]) == 1
            assert "无法" in capsys.readouterr().err
            assert not (locked / "m.pdf").exists()
        finally:
            locked.chmod(stat.S_IRWXU)

    def refused(self: Path, data: bytes) -> int:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "write_bytes", refused)
    assert main(["manual", "--out", str(tmp_path / "m.pdf")]) == 1
    err = capsys.readouterr().err
    assert "无法在文件夹" in err and "Permission denied" in err and "Traceback" not in err
