"""预览: a finished report's pages on screen, then printed through Qt's print dialog or saved.

The pages come from ``after_school_desk.ui.pdf_pages`` (PDFium): drawn on screen as they scroll into view, and
drawn onto the ``QPrinter`` the print dialog set up, at print resolution, one image a page. The
dialog's page range, current page, copies and collation are honoured. Nothing is handed to an
outside program. Without a printer on this PC the preview says so, and 打印… offers 另存为….
"""

from __future__ import annotations

import shutil
from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtPrintSupport import (
    QAbstractPrintDialog,
    QPrintDialog,
    QPrinter,
    QPrinterInfo,
)
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from after_school_desk.errors import AppError
from after_school_desk.ui import file_dialogs
from after_school_desk.ui.pdf_pages import POINTS_PER_INCH, PdfPages

FIT_WIDTH, ACTUAL_SIZE = "fit-width", "100%"
# at most this many page images are kept for the screen (an A4 page at 1366 px wide is ~7 MB)
CACHED_PAGES = 8
# print resolution asked for; PdfPages draws at most MAX_DPI whatever the printer says
PRINT_DPI = 300


def printers_installed() -> bool:
    """True when the system lists at least one printer (Qt's print support, CUPS or Windows)."""
    return bool(QPrinterInfo.availablePrinters())


def pages_to_print(printer: QPrinter, count: int, current: int) -> list[int]:
    """The pages (from 0) the print dialog asked for: all, the shown one, or its page ranges."""
    every = list(range(count))
    chosen = printer.printRange()
    if chosen == QPrinter.PrintRange.CurrentPage:
        return [current] if 0 <= current < count else every[:1]
    if chosen == QPrinter.PrintRange.PageRange:
        ranges = printer.pageRanges()
        if not ranges.isEmpty():
            return [i for i in every if ranges.contains(i + 1)]
        first, last = printer.fromPage(), printer.toPage()
        if first > 0:
            return [i for i in every if first <= i + 1 <= (last or count)]
    return every


def print_order(pages: list[int], copies: int, collate: bool) -> list[int]:
    """Each page as often as it is printed: 1 2 3 1 2 3 collated, else 1 1 2 2 3 3."""
    copies = max(1, copies)
    if collate:
        return pages * copies
    return [page for page in pages for _ in range(copies)]


class PageStrip(QWidget):
    """The pages one under another on a grey desk, each drawn when it comes into view."""

    GAP = 16

    def __init__(self, pages: PdfPages, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scale = 1.0  # screen pixels per PDF point
        self._cache: OrderedDict[tuple[int, int], QImage] = OrderedDict()
        self.set_pages(pages)

    def set_pages(self, pages: PdfPages) -> None:
        """Show ``pages`` (at first, or the whole document after its first pages), at the
        current zoom."""
        self.pages = pages
        self._cache.clear()
        self._sizes = [pages.size_points(i) for i in range(len(pages))]
        self.set_scale(self.scale)

    def widest_points(self) -> float:
        return max((s.width() for s in self._sizes), default=1.0)

    def set_scale(self, scale: float) -> None:
        self.scale = max(scale, 0.1)
        width = round(self.widest_points() * self.scale) + 2 * self.GAP
        height = self.GAP + sum(round(s.height() * self.scale) + self.GAP for s in self._sizes)
        self.setMinimumSize(width, height)
        self.update()

    def page_rect(self, index: int) -> QRect:
        top = self.GAP
        for size in self._sizes[:index]:
            top += round(size.height() * self.scale) + self.GAP
        size = self._sizes[index]
        w, h = round(size.width() * self.scale), round(size.height() * self.scale)
        return QRect((self.width() - w) // 2, top, w, h)

    def page_at(self, y: int) -> int:
        """The page shown at height ``y`` (the one above it when ``y`` falls in a gap)."""
        bottom = self.GAP
        for index, size in enumerate(self._sizes):
            bottom += round(size.height() * self.scale) + self.GAP
            if y < bottom:
                return index
        return max(len(self._sizes) - 1, 0)

    def drawn_pages(self) -> int:
        """How many page images are held: 0 until a page was first painted."""
        return len(self._cache)

    def page_image(self, index: int) -> QImage:
        """Page ``index`` at the current zoom, sharp on high-density screens too."""
        dpi = round(self.scale * POINTS_PER_INCH * self.devicePixelRatioF())
        key = (index, dpi)
        image = self._cache.get(key)
        if image is None:
            image = self.pages.image(index, dpi)
            self._cache[key] = image
            while len(self._cache) > CACHED_PAGES:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(key)
        return image

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.fillRect(event.rect(), QColor("#8a8f96"))
            if self.pages.closed:
                return
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            for index in range(len(self._sizes)):
                rect = self.page_rect(index)
                if rect.top() > event.rect().bottom():
                    break
                if not rect.intersects(event.rect()):
                    continue
                painter.fillRect(rect.translated(3, 3), QColor("#5d6168"))  # shadow
                painter.drawImage(QRectF(rect), self.page_image(index))
        finally:
            painter.end()


class PageScroll(QScrollArea):
    resized = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()


class PdfPreview(QDialog):
    """The pages of ``pdf`` with 打印…, 另存为… and 关闭. ``name`` is the file name offered by
    另存为… (the report's Chinese default name).

    ``building=True``: ``pdf`` holds only the first pages of a report still being made; they
    can be read, and 打印…/另存为… wait until ``load`` brings the whole report."""

    saved = Signal(Path)  # 另存为… wrote this file
    printed = Signal(str)  # what was printed, in words

    def __init__(
        self, pdf: Path, name: str = "", parent: QWidget | None = None, building: bool = False
    ) -> None:
        super().__init__(parent)
        self.building = building
        self.pdf = Path(pdf)
        self.name = name or self.pdf.name
        self.pages = PdfPages(self.pdf)  # AppError when the file cannot be read
        self.zoom = FIT_WIDTH
        self.setWindowTitle(self.tr("预览：%1").replace("%1", self.name))

        self.prev_button = QPushButton(self.tr("上一页"))
        self.next_button = QPushButton(self.tr("下一页"))
        self.page_label = QLabel()
        self.fit_button = QPushButton(self.tr("适合宽度"))
        self.actual_button = QPushButton(self.tr("实际大小 100%"))
        zoom_group = QButtonGroup(self)
        for button in (self.fit_button, self.actual_button):
            button.setCheckable(True)
            zoom_group.addButton(button)
        self.fit_button.setChecked(True)
        for button in (self.prev_button, self.next_button, self.fit_button, self.actual_button):
            button.setAutoDefault(False)  # Enter prints; these act on the view only
        top = QHBoxLayout()
        for w in (self.prev_button, self.page_label, self.next_button):
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(self.fit_button)
        top.addWidget(self.actual_button)

        self.notice = QLabel(self.no_printer_text())
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(
            "background: #fff4ce; border: 1px solid #e0c060; padding: 6px; color: #5a4500;"
        )
        self.notice.setVisible(not printers_installed())

        self.strip = PageStrip(self.pages)
        self.view = PageScroll()
        self.view.setWidgetResizable(True)
        self.view.setWidget(self.strip)
        self.view.setAlignment(Qt.AlignmentFlag.AlignHCenter)

        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.print_button = QPushButton(self.tr("打印…"))
        self.print_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.save_button = QPushButton(self.tr("另存为…"))
        self.close_button = QPushButton(self.tr("关闭"))
        self.print_button.setDefault(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        for b in (self.print_button, self.save_button, self.close_button):
            bottom.addWidget(b)

        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(self.notice)
        column.addWidget(self.view, 1)
        column.addLayout(bottom)

        self.prev_button.clicked.connect(lambda: self.show_page(self.current_page() - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self.current_page() + 1))
        self.fit_button.clicked.connect(lambda: self.set_zoom(FIT_WIDTH))
        self.actual_button.clicked.connect(lambda: self.set_zoom(ACTUAL_SIZE))
        self.view.verticalScrollBar().valueChanged.connect(self._update_page_label)
        self.view.resized.connect(self._fit_again)
        self.print_button.clicked.connect(self.print_pages)
        self.save_button.clicked.connect(self.save_as)
        self.close_button.clicked.connect(self.reject)

        screen = QGuiApplication.primaryScreen().availableGeometry()
        self.resize(QSize(min(1200, screen.width() * 9 // 10), screen.height() * 9 // 10))
        self.set_zoom(FIT_WIDTH)
        self._show_building()

    # --- a report still being made -----------------------------------------------------

    def _show_building(self, percent: int | None = None) -> None:
        self.print_button.setEnabled(not self.building)
        self.save_button.setEnabled(not self.building)
        if self.building:
            text = self.tr("这是前 %1 页，其余页面正在生成，生成后即可打印或另存为。")
            text = text.replace("%1", str(self.page_count()))
            if percent is not None:
                text += self.tr("（%1%）").replace("%1", str(percent))
            self.status.setText(text)
        self._update_page_label()

    def set_progress(self, percent: int) -> None:
        """How far the rest of the report is, while only its first pages are shown."""
        if self.building:
            self._show_building(percent)

    def load(self, pdf: Path) -> None:
        """The whole report in place of its first pages: the same page stays in view, and
        打印…/另存为… can be used (AppError, and the first pages kept, when it cannot be read)."""
        pages = PdfPages(Path(pdf))
        shown = self.current_page()
        old, self.pages, self.pdf = self.pages, pages, Path(pdf)
        self.strip.set_pages(pages)
        old.close()
        self.building = False
        self.show_page(shown)
        self.status.setText(
            self.tr("已生成全部 %1 页，可以打印或另存为。").replace("%1", str(self.page_count()))
        )
        self._show_building()

    # --- pages and zoom ----------------------------------------------------------------

    def page_count(self) -> int:
        return len(self.pages)

    def current_page(self) -> int:
        """The page (from 0) at the upper third of the view."""
        view = self.view.viewport().height()
        return self.strip.page_at(self.view.verticalScrollBar().value() + view // 3)

    def show_page(self, index: int) -> None:
        index = min(max(index, 0), self.page_count() - 1)
        self.view.verticalScrollBar().setValue(self.strip.page_rect(index).top() - 8)
        self._update_page_label()

    def set_zoom(self, zoom: str) -> None:
        shown = self.current_page()
        self.zoom = zoom
        self.fit_button.setChecked(zoom == FIT_WIDTH)
        self.actual_button.setChecked(zoom == ACTUAL_SIZE)
        self.strip.set_scale(self._scale_for(zoom))
        self.show_page(shown)

    def _scale_for(self, zoom: str) -> float:
        if zoom == ACTUAL_SIZE:
            return self.logicalDpiX() / POINTS_PER_INCH
        room = self.view.viewport().width() - 2 * PageStrip.GAP
        room -= self.view.verticalScrollBar().sizeHint().width()
        return max(room, 100) / self.strip.widest_points()

    def _fit_again(self) -> None:
        if self.zoom == FIT_WIDTH:
            scale = self._scale_for(FIT_WIDTH)
            if abs(scale - self.strip.scale) > 0.005:
                self.set_zoom(FIT_WIDTH)

    def _update_page_label(self) -> None:
        current, count = self.current_page(), self.page_count()
        words = (
            self.tr("第 %1 页，已生成 %2 页…") if self.building else self.tr("第 %1 页，共 %2 页")
        )
        self.page_label.setText(words.replace("%1", str(current + 1)).replace("%2", str(count)))
        self.prev_button.setEnabled(current > 0)
        self.next_button.setEnabled(current < count - 1)

    # --- printing ----------------------------------------------------------------------

    def no_printer_text(self) -> str:
        return self.tr("本机没有安装打印机：可以另存为 PDF，拿到有打印机的电脑上打印。")

    def make_printer(self) -> QPrinter:
        """A printer set up for this document: paper size and orientation of its first page,
        the whole sheet (the PDF's own margins are kept), the report's name for the queue."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setResolution(PRINT_DPI)
        printer.setFullPage(True)
        printer.setDocName(self.name)
        size = self.pages.size_points(0)
        portrait = QSize(
            round(min(size.width(), size.height())), round(max(size.width(), size.height()))
        )
        printer.setPageSize(QPageSize(portrait, "", QPageSize.SizeMatchPolicy.FuzzyMatch))
        printer.setPageOrientation(self._orientation(0))
        return printer

    def _orientation(self, index: int) -> QPageLayout.Orientation:
        if self.pages.is_landscape(index):
            return QPageLayout.Orientation.Landscape
        return QPageLayout.Orientation.Portrait

    def print_dialog(self, printer: QPrinter) -> QPrintDialog:
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("打印"))
        dialog.setMinMax(1, self.page_count())
        option = QAbstractPrintDialog.PrintDialogOption
        dialog.setOption(option.PrintPageRange, True)
        dialog.setOption(option.PrintCurrentPage, True)
        dialog.setOption(option.PrintCollateCopies, True)
        dialog.setOption(option.PrintSelection, False)
        dialog.setOption(option.PrintToFile, True)
        return dialog

    def run_print_dialog(self, dialog: QPrintDialog) -> int:
        return int(dialog.exec())

    def print_pages(self) -> None:
        """打印…: Qt's print dialog, then every chosen page onto the printer it set up."""
        if self.building:
            return
        if not printers_installed():
            self.status.setText(self.no_printer_text())
            if self.offer_save_instead():
                self.save_as()
            return
        printer = self.make_printer()
        dialog = self.print_dialog(printer)
        try:
            accepted = self.run_print_dialog(dialog) == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
        if not accepted:
            self.status.setText(self.tr("没有打印。"))
            return
        try:
            n = self.print_to(printer)
        except AppError as exc:
            self.status.setText("\n".join(exc.lines()))
            return
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
            text = self.tr("已打印 %1 页到文件：%2").replace("%2", printer.outputFileName())
        else:
            text = self.tr("已发送 %1 页到打印机 %2。").replace("%2", printer.printerName())
        text = text.replace("%1", str(n))
        self.status.setText(text)
        self.printed.emit(text)

    def print_to(self, printer: QPrinter) -> int:
        """Draw the chosen pages onto ``printer``, already set up; returns the sheets drawn."""
        pages = pages_to_print(printer, self.page_count(), self.current_page())
        # where the driver makes the copies itself, the pages are sent once
        copies = 1 if printer.supportsMultipleCopies() else printer.copyCount()
        order = print_order(pages, copies, printer.collateCopies())
        if not order:
            return 0
        printer.setPageOrientation(self._orientation(order[0]))
        painter = QPainter()
        if not painter.begin(printer):
            raise AppError(self.tr("打印机没有准备好，没有打印。请检查打印机后再试。"))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            dpi = min(printer.resolution(), PRINT_DPI)
            for n, index in enumerate(order):
                if n:
                    printer.setPageOrientation(self._orientation(index))
                    if not printer.newPage():
                        raise AppError(self.tr("打印中断了：打印机不再接收新的一页。"))
                self._draw_page(painter, printer, self.pages.image(index, dpi))
        finally:
            painter.end()
            QApplication.restoreOverrideCursor()
        return len(order)

    @staticmethod
    def _draw_page(painter: QPainter, printer: QPrinter, image: QImage) -> None:
        """The page image over the whole sheet, keeping its proportions, centred."""
        sheet = printer.paperRect(QPrinter.Unit.DevicePixel)
        scale = min(sheet.width() / image.width(), sheet.height() / image.height())
        w, h = image.width() * scale, image.height() * scale
        target = QRectF((sheet.width() - w) / 2, (sheet.height() - h) / 2, w, h)
        painter.drawImage(target, image)

    def no_printer_box(self) -> QMessageBox:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("打印"))
        box.setText(self.no_printer_text())
        box.addButton(self.tr("另存为…"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(box.addButton(self.tr("不打印"), QMessageBox.ButtonRole.RejectRole))
        return box

    def offer_save_instead(self) -> bool:
        """Say there is no printer; True when the person chose 另存为…."""
        box = self.no_printer_box()
        try:
            box.exec()
            return box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.AcceptRole
        finally:
            box.deleteLater()

    # --- saving ------------------------------------------------------------------------

    def ask_save_path(self) -> str:
        """Qt's own save dialog with the report's name (tests replace this method)."""
        filters = self.tr("PDF 文件 (*.pdf)")
        return file_dialogs.save_file(self, self.tr("另存为 PDF"), self.name, filters)

    def save_as(self) -> Path | None:
        """另存为…: a copy of the previewed PDF where the person chooses."""
        if self.building:
            return None
        chosen = self.ask_save_path()
        if not chosen:
            return None
        out = Path(chosen)
        if out.suffix.lower() != ".pdf":
            out = out.with_name(out.name + ".pdf")
        try:
            if not (out.exists() and out.samefile(self.pdf)):
                shutil.copyfile(self.pdf, out)
        except OSError as exc:
            self.status.setText(self.tr("没有保存：%1").replace("%1", str(exc)))
            return None
        self.status.setText(self.tr("已保存：%1").replace("%1", str(out)))
        self.saved.emit(out)
        return out

    # --- closing -----------------------------------------------------------------------

    def done(self, result: int) -> None:
        self.pages.close()
        super().done(result)
