"""A finished PDF's pages as images, for the preview on screen and for printing through Qt.

Qt draws no PDF by itself (QtPdf is not shipped), so the pages are rasterised by PDFium through
pypdfium2 and handed to Qt as ``QImage``: the preview paints them on screen and the print
dialog's ``QPrinter`` gets them at print resolution. No outside viewer is involved.

PDFium is not thread-safe: a ``PdfPages`` is used on the thread that opened it (the GUI thread).
"""

from __future__ import annotations

import threading
from pathlib import Path
from types import TracebackType

import pypdfium2 as pdfium
from PySide6.QtCore import QCoreApplication, QSizeF
from PySide6.QtGui import QImage

from after_school_desk.errors import AppError

POINTS_PER_INCH = 72.0
# The largest page image made at once: an A4 page at 300 dpi is 2480 × 3508 pixels (35 MB);
# a printer asking for 1200 dpi gets its pages drawn at this resolution and scaled by Qt.
MAX_DPI = 300.0

# pypdfium2 documents that PDFium may be used from one thread at a time.
_LOCK = threading.Lock()


def _tr(text: str) -> str:
    return QCoreApplication.translate("PdfPages", text)


class PdfPages:
    """An open PDF file: how many pages, each page's size, and each page as an image."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        try:
            with _LOCK:
                self._doc = pdfium.PdfDocument(str(self.path))
                self._sizes = [QSizeF(*self._doc.get_page_size(i)) for i in range(len(self._doc))]
        except (pdfium.PdfiumError, OSError) as exc:
            raise AppError(_tr("打不开这份 PDF 文件：%1").replace("%1", str(exc))) from exc

    def __enter__(self) -> PdfPages:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Release the file (on Windows it cannot be deleted while open)."""
        doc, self._doc = self._doc, None
        if doc is not None:
            with _LOCK:
                doc.close()

    @property
    def closed(self) -> bool:
        return self._doc is None

    def __len__(self) -> int:
        return len(self._sizes)

    def size_points(self, index: int) -> QSizeF:
        """The page's size in PDF points (1/72 inch), as the file declares it."""
        return QSizeF(self._sizes[index])

    def is_landscape(self, index: int) -> bool:
        size = self._sizes[index]
        return size.width() > size.height()

    def image(self, index: int, dpi: float) -> QImage:
        """Page ``index`` (from 0) drawn at ``dpi`` dots per inch (at most ``MAX_DPI``), white
        background, 32-bit RGB."""
        if self._doc is None:
            raise AppError(_tr("这份 PDF 文件已经关闭。"))
        scale = min(max(dpi, 1.0), MAX_DPI) / POINTS_PER_INCH
        with _LOCK:
            page = self._doc[index]
            try:
                # 4 bytes a pixel in R, G, B, unused order: QImage's RGBX8888 on any byte order
                bitmap = page.render(scale=scale, prefer_bgrx=True, rev_byteorder=True)
                try:
                    view = QImage(
                        bitmap.buffer,
                        bitmap.width,
                        bitmap.height,
                        bitmap.stride,
                        QImage.Format.Format_RGBX8888,
                    )
                    # copy out of PDFium's memory before the bitmap is freed
                    return view.convertToFormat(QImage.Format.Format_RGB32)
                finally:
                    bitmap.close()
            finally:
                page.close()


def page_count(path: Path) -> int:
    with PdfPages(path) as pages:
        return len(pages)


def page_image(path: Path, index: int, dpi: float) -> QImage:
    with PdfPages(path) as pages:
        return pages.image(index, dpi)
