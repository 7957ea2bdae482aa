"""Reading a holiday notice's text from a file: plain text (UTF-8, UTF-16 with BOM, GBK) or a
Word .docx (its paragraphs, one per line). A PDF is not read: its text is copied from a PDF
reader and pasted. Bounded like the roster files; what cannot be read raises InputFileError with
a Chinese message."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.etree import ElementTree

from after_school_desk.errors import InputFileError
from after_school_desk.importers.tabular import decode_text

MAX_BYTES = 5 * 1024 * 1024  # a notice is a page of text; a Word file of it some kilobytes
MAX_XML_BYTES = 20 * 1024 * 1024
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_notice_text(path: Path) -> str:
    name = path.name
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        raise InputFileError(
            f"“{name}”是 PDF 文件，程序不直接读取：请在 PDF 阅读器里全选、复制通知的文字，"
            "再粘贴到这里。"
        )
    if suffix in (".doc", ".wps"):
        raise InputFileError(
            f"“{name}”是旧版 Word/WPS 文件，无法读取：请另存为 .docx 或 .txt，"
            "或者复制全文后粘贴到这里。"
        )
    try:
        if path.stat().st_size > MAX_BYTES:
            raise InputFileError(f"文件“{name}”太大，不像是一份节假日通知。")
        if suffix == ".docx" or zipfile.is_zipfile(path):
            return _docx_text(path)
        return decode_text(path.read_bytes(), name).replace("\x00", "")
    except OSError as exc:
        raise InputFileError(f"无法读取文件“{name}”：{exc.strerror or exc}") from None


def _docx_text(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as book:
            info = book.getinfo("word/document.xml")
            if info.file_size > MAX_XML_BYTES:
                raise InputFileError(f"文件“{path.name}”太大，不像是一份节假日通知。")
            root = ElementTree.fromstring(book.read(info))
    except (KeyError, zipfile.BadZipFile, ElementTree.ParseError):
        raise InputFileError(
            f"文件“{path.name}”不是可以读取的 Word 文档（.docx）；请复制全文后粘贴到这里。"
        ) from None
    lines = []
    for paragraph in root.iter(f"{_W}p"):
        parts = []
        for node in paragraph.iter():
            if node.tag == f"{_W}t" and node.text:
                parts.append(node.text)
            elif node.tag in (f"{_W}tab", f"{_W}br"):
                parts.append(" ")
        lines.append("".join(parts))
    return "\n".join(lines)
