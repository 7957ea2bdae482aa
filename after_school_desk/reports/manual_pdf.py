"""The teacher's manual (使用手册) as one A4 PDF, from its Markdown pages in ``resources/manual``.

The pages are the index ``README.md`` and one page a role, ``NN_*.md`` in the order of their
numbers. The Markdown read is the small part the manual uses: headings (``#``, ``##``,
``###``), paragraphs, numbered (``1.``) and bulleted (``-``) lists, ``**bold**``, ``` `code` ```,
links (printed as their text) and images on a line of their own (``![caption](img/x.png)``,
scaled to the page width and captioned). The PDF has a title page, a table of contents with
page numbers, each role on a new page with its name in the page header, and bookmarks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    Image,
    ListFlowable,
    ListItem,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
)
from reportlab.platypus.tableofcontents import TableOfContents

from after_school_desk import __version__, package_data
from after_school_desk.errors import AppError
from after_school_desk.reports.pdf_common import Section, numbered_canvas, styles

TITLE = "课后服务台 使用手册"
MANUAL_FILE_NAME = "课后服务台使用手册.pdf"
INDEX = "README.md"
SCREEN_WIDTH_PX = 1366  # a full-screen screenshot spans the text width; smaller ones in scale
MARGIN = 16 * mm
TOP, BOTTOM = 15 * mm, 14 * mm


def manual_dir() -> Path:
    """The folder of the manual's Markdown pages and their ``img/`` folder."""
    return package_data.folder("resources") / "manual"


def manual_pages(folder: Path | None = None) -> list[Path]:
    """The index first, then the role pages by their number."""
    folder = folder or manual_dir()
    index = folder / INDEX
    if not index.is_file():
        raise AppError(f"找不到使用手册：{index}")
    return [index, *sorted(folder.glob("[0-9][0-9]_*.md"))]


# -- Markdown, the part the manual uses ---------------------------------------------------


@dataclass
class Block:
    """One block of a page: heading (level 1–3), paragraph, list (numbered or not), image."""

    kind: str  # "heading", "para", "list", "image"
    text: str = ""  # heading and paragraph text (Markdown inline); image caption
    level: int = 0  # heading level
    numbered: bool = False
    items: list[str] = field(default_factory=list)
    start: int = 1  # a numbered list's first number
    path: str = ""  # image path, relative to the page


HEADING = re.compile(r"^(#{1,3})\s+(.*?)\s*#*\s*$")
NUMBERED = re.compile(r"^(\d+)[.、]\s+(.*)$")
BULLET = re.compile(r"^[-*+]\s+(.*)$")
IMAGE = re.compile(r"^!\[([^\]]*)\]\(([^)\s]+)\)\s*$")
IMAGE_ANYWHERE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")


def parse(text: str) -> list[Block]:
    """The blocks of one Markdown page."""
    blocks: list[Block] = []
    para: list[str] = []
    current: Block | None = None  # the list being read

    def end_para() -> None:
        if para:
            blocks.append(Block("para", " ".join(para)))
            para.clear()

    for raw in text.splitlines():
        line = raw.strip()
        indented = raw[:1] in (" ", "\t")
        if not line:
            end_para()
            continue
        heading = HEADING.match(line)
        image = IMAGE.match(line)
        numbered = NUMBERED.match(line)
        bullet = BULLET.match(line)
        if heading or image:
            end_para()
            current = None
            if heading:
                blocks.append(Block("heading", heading[2], level=len(heading[1])))
            elif image:
                blocks.append(Block("image", image[1], path=image[2]))
        elif numbered or bullet:
            end_para()
            is_numbered = numbered is not None
            item = numbered[2] if numbered else bullet[1] if bullet else ""
            if current is None or current.numbered != is_numbered or blocks[-1] is not current:
                start = int(numbered[1]) if numbered else 1
                current = Block("list", numbered=is_numbered, start=start)
                blocks.append(current)
            current.items.append(item)
        elif current is not None and blocks[-1] is current and (indented or not para):
            if indented:  # the item's next line
                current.items[-1] += " " + line
            else:
                current = None
                para.append(line)
        else:
            current = None
            para.append(line)
    end_para()
    return blocks


BOLD = re.compile(r"\*\*(.+?)\*\*")
CODE = re.compile(r"`([^`]+)`")
LINK = re.compile(r"(?<!!)\[([^\]]+)\]\([^)]+\)")


LABEL_COLOUR = "#12457a"


def inline(text: str) -> str:
    """Markdown inline marks as reportlab paragraph markup (the text itself escaped). Bold
    is what the program shows on screen (a button, a page): printed in 【】, as the CJK font
    has no bold face."""
    text = LINK.sub(r"\1", text)
    out = escape(text)
    out = BOLD.sub(rf'<font color="{LABEL_COLOUR}">【\1】</font>', out)
    return CODE.sub(r'<font color="#8a2a0a">\1</font>', out)


def bold_labels(text: str) -> list[str]:
    """What a page writes in bold: the names of buttons, pages and tabs as the program shows
    them (``tests/unit/test_manual_pdf.py`` finds each in ``after_school_desk/ui``)."""
    return BOLD.findall(text)


def image_paths(text: str) -> list[str]:
    return IMAGE_ANYWHERE.findall(text)


# -- the PDF -------------------------------------------------------------------------------


def _styles() -> dict[str, ParagraphStyle]:
    st = styles()
    base = ParagraphStyle("body", parent=st["base"], fontSize=10.5, leading=16, spaceAfter=5)
    return {
        "body": base,
        "item": ParagraphStyle("item", parent=base, spaceAfter=2),
        "caption": ParagraphStyle(
            "caption",
            parent=base,
            fontSize=8.5,
            leading=11,
            alignment=1,
            textColor=colors.HexColor("#555555"),
            spaceBefore=2,
            spaceAfter=8,
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=base,
            fontSize=20,
            leading=28,
            spaceBefore=0,
            spaceAfter=10,
            textColor=colors.HexColor("#1f3b5a"),
            keepWithNext=1,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontSize=14,
            leading=20,
            spaceBefore=10,
            spaceAfter=5,
            textColor=colors.HexColor("#1f5fa8"),
            keepWithNext=1,
        ),
        "h3": ParagraphStyle(
            "h3",
            parent=base,
            fontSize=11.5,
            leading=17,
            spaceBefore=6,
            spaceAfter=3,
            keepWithNext=1,
        ),
        "title": ParagraphStyle("title", parent=st["title"], fontSize=28, leading=40),
        "subtitle": st["subtitle"],
        "toc_title": ParagraphStyle(
            "toc_title", parent=base, fontSize=18, leading=26, spaceAfter=12
        ),
        "toc1": ParagraphStyle("toc1", parent=base, fontSize=12, leading=20, spaceBefore=4),
        "toc2": ParagraphStyle("toc2", parent=base, fontSize=10, leading=15, leftIndent=18),
    }


class Heading(Paragraph):
    """A heading paragraph that the document enters in the table of contents and bookmarks."""

    def __init__(self, text: str, style: ParagraphStyle, level: int, key: str) -> None:
        super().__init__(inline(text), style)
        self.toc_text = BOLD.sub(r"\1", text)
        self.toc_level = level
        self.toc_key = key


class ManualDoc(SimpleDocTemplate):
    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading):
            canv: Any = self.canv
            canv.bookmarkPage(flowable.toc_key)
            canv.addOutlineEntry(flowable.toc_text, flowable.toc_key, level=flowable.toc_level)
            self.notify(
                "TOCEntry", (flowable.toc_level, flowable.toc_text, self.page, flowable.toc_key)
            )


class Shot(Image):
    """A screenshot, left out while the pages are only being laid out (``layout_canvas``):
    encoding the images is most of the work, and only the last pass is kept."""

    def draw(self) -> None:
        if not getattr(self.canv, "layout_only", False):
            super().draw()


def layout_canvas(header: str, footer: str) -> type[Any]:
    base = numbered_canvas(header, footer)
    return type("LayoutCanvas", (base,), {"layout_only": True})


def frame_size() -> tuple[float, float]:
    width, height = A4
    return width - 2 * MARGIN, height - TOP - BOTTOM


def _image(path: Path, caption: str, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    """The picture and its caption, kept together (and with a heading right before them:
    both keep with what follows, which a KeepTogether box could not)."""
    if not path.is_file():
        raise AppError(f"使用手册的插图不存在：{path}")
    reader = Image(str(path))
    px_w, px_h = float(reader.imageWidth), float(reader.imageHeight)
    room_w, room_h = frame_size()
    width = room_w * min(1.0, px_w / SCREEN_WIDTH_PX)
    height = width * px_h / px_w
    most = room_h * 0.62
    if height > most:
        width, height = width * most / height, most
    picture = Shot(str(path), width=width, height=height)
    picture.hAlign = "CENTER"
    picture.spaceBefore = 2 * mm
    if not caption:
        return [picture]
    picture.keepWithNext = 1
    return [picture, Paragraph(inline(caption), st["caption"])]


def page_story(page: Path, number: int, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    """One Markdown page: from a new page, its first heading naming the page header."""
    story: list[Flowable] = []
    blocks = parse(page.read_text(encoding="utf-8"))
    for i, block in enumerate(blocks):
        if block.kind == "heading":
            level = min(block.level, 3)
            key = f"p{number}h{i}"
            heading = Heading(block.text, st[f"h{level}"], level - 1, key)
            if level == 1:
                story += [heading, Section(heading.toc_text)]
            else:
                story.append(heading)
        elif block.kind == "para":
            story.append(Paragraph(inline(block.text), st["body"]))
        elif block.kind == "list":
            story.append(_list(block, st))
        elif block.kind == "image":
            story += _image(page.parent / block.path, block.text, st)
    return story


def _list(block: Block, st: dict[str, ParagraphStyle]) -> Flowable:
    items = [ListItem(Paragraph(inline(text), st["item"])) for text in block.items]
    if block.numbered:
        return ListFlowable(
            items,
            bulletType="1",
            start=block.start,
            bulletFormat="%s.",
            bulletFontName=st["item"].fontName,
            bulletFontSize=10,
            leftIndent=16,
            bulletDedent=14,
            spaceAfter=4,
        )
    return ListFlowable(
        items,
        bulletType="bullet",
        start="•",
        bulletFontName=st["item"].fontName,
        bulletFontSize=9,
        leftIndent=14,
        spaceAfter=4,
    )


def _title_page(st: dict[str, ParagraphStyle]) -> list[Flowable]:
    roles = "班主任 · 带班领导 · 校长 · 管理员 · 县电教 / 信息老师"
    return [
        Spacer(1, 70 * mm),
        Paragraph("课后服务台", st["title"]),
        Spacer(1, 4 * mm),
        Paragraph("使用手册", st["title"]),
        Spacer(1, 14 * mm),
        Paragraph(roles, st["subtitle"]),
        Spacer(1, 70 * mm),
        Paragraph(f"适用于课后服务台 {escape(__version__)}", st["subtitle"]),
        PageBreak(),
    ]


def manual_story(
    folder: Path | None = None, numbered: TableOfContents | None = None
) -> tuple[list[Flowable], TableOfContents]:
    """The manual's flowables and its table of contents (with the entries of ``numbered``,
    a table already numbered by a previous build)."""
    st = _styles()
    toc = TableOfContents(levelStyles=[st["toc1"], st["toc2"]], dotsMinLevel=0)
    if numbered is not None:
        toc._lastEntries = list(numbered._lastEntries)
    # Section(""): no page names a role in its header until the first role's heading
    story: list[Flowable] = [Section(""), *_title_page(st), Paragraph("目录", st["toc_title"]), toc]
    for number, page in enumerate(manual_pages(folder)):
        story.append(PageBreak())
        story += page_story(page, number, st)
    return story, toc


def _doc(out: BytesIO) -> ManualDoc:
    return ManualDoc(
        out,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title=TITLE,
        author="课后服务台",
        creator="课后服务台",
        invariant=1,
    )


def write_manual_pdf(out: Path | BytesIO, folder: Path | None = None) -> None:
    """Write the manual (from ``folder``, else the installed one) as an A4 PDF to ``out``."""
    story, toc = manual_story(folder)
    # the passes that number the table of contents, without the images; then the pages once
    # more with them (the same layout: an image's size does not depend on its pixels). Image
    # streams binary, not ASCII85: a quarter smaller, and reportlab's ASCII85 is slow
    was = rl_config.useA85
    rl_config.useA85 = 0
    try:
        _doc(BytesIO()).multiBuild(story, canvasmaker=layout_canvas(TITLE, "课后服务台"))
        final, _ = manual_story(folder, numbered=toc)  # a build uses its flowables up
        buffer = BytesIO()
        _doc(buffer).build(final, canvasmaker=numbered_canvas(TITLE, "课后服务台"))
    finally:
        rl_config.useA85 = was
    data = buffer.getvalue()
    if isinstance(out, BytesIO):
        out.write(data)
    else:
        out.write_bytes(data)
