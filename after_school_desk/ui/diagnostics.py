"""Diagnostics, the Qt half: Qt's own messages into the log, and an unexpected error shown to the
person in a friendly dialog (naming the log file) instead of a silent failure or a crash.

Installed by the real program start only (``run_gui``): under pytest-qt the test run keeps its
own Qt message capture and exceptions fail the test as before.
"""

from __future__ import annotations

import logging
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QObject,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from after_school_desk import logs
from after_school_desk.services.care import storage

qt_log = logging.getLogger("after_school_desk.qt")
log = logging.getLogger("after_school_desk.ui")

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Diagnostics", text)


def qt_message_handler(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    where = f" ({context.category})" if context.category and context.category != "default" else ""
    qt_log.log(_LEVELS.get(mode, logging.WARNING), "%s%s", message, where)


def exec_box(box: QMessageBox) -> int:
    """Show a blocking message box (the seam tests replace)."""
    return int(box.exec())


def unexpected_error_text() -> str:
    return "\n\n".join(
        [
            _tr("程序出现意外错误，刚才的操作可能没有完成。"),
            _tr(
                "请检查刚才的记录是否已经保存；如果没有，请再做一次。"
                "如果错误反复出现，请关闭程序后重新打开，并把下面的日志文件交给县里的信息技术人员。"
            ),
            _tr("日志文件：") + str(logs.log_file()),
        ]
    )


class _Reporter(QObject):
    """Carries an error from any thread to the GUI thread (a queued signal)."""

    unexpected = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.showing = False
        self.unexpected.connect(self._show)

    def _show(self, details: str) -> None:
        if self.showing:  # one dialog at a time; the rest are in the log
            return
        self.showing = True
        try:
            show_unexpected_error(QApplication.activeWindow(), details)
        finally:
            self.showing = False


_reporter: _Reporter | None = None
_previous_handler: object = None


def installed() -> bool:
    return _reporter is not None


def show_unexpected_error(parent: QWidget | None, details: str = "") -> None:
    box = QMessageBox(
        QMessageBox.Icon.Critical, _tr("程序出现意外错误"), unexpected_error_text(), parent=parent
    )
    if details:
        box.setDetailedText(details)
    exec_box(box)


def _listener(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if _reporter is None:
        return
    found = storage.explain(exc)
    if found is not None and threading.current_thread() is threading.main_thread():
        from after_school_desk.ui import storage_failure

        storage_failure.report(found, QApplication.activeWindow())
        return
    _reporter.unexpected.emit("".join(traceback.format_exception(exc_type, exc, tb))[-4000:])


def report_unexpected(exc: BaseException, parent: QWidget | None = None) -> None:
    """An exception caught in a GUI action: logged, and shown in the friendly dialog.

    Without ``install`` (tests) it is raised again, so a bug still fails the test.
    """
    if _reporter is None:
        raise exc
    logs.log_exception("a GUI action", type(exc), exc, exc.__traceback__)
    show_unexpected_error(parent, "".join(traceback.format_exception(exc))[-4000:])


def install(app: QApplication) -> None:
    """The real program start: log file, hooks, Qt message handler, friendly dialog."""
    global _reporter, _previous_handler
    logs.setup()
    logs.install_hooks()
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    logs.log_start_up({"pyside6": pyside_version, "qt": qVersion()})
    previous = qInstallMessageHandler(qt_message_handler)
    if _reporter is None:
        _previous_handler = previous
        _reporter = _Reporter(app)
    logs.add_listener(_listener)


def uninstall() -> None:
    global _reporter, _previous_handler
    qInstallMessageHandler(_previous_handler)  # type: ignore[arg-type,unused-ignore]  # (the stubs of Qt 6.10 and 6.12 differ)
    _previous_handler = None
    logs.remove_listener(_listener)
    logs.uninstall_hooks()
    if _reporter is not None:
        _reporter.deleteLater()
        _reporter = None
