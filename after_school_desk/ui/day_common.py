"""What the daily-loop pages share: the in-page message bar, running a service action so that a
refusal becomes a message (never a crash), and the class picker."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from after_school_desk.domain.roles import Role
from after_school_desk.errors import AppError, StorageError
from after_school_desk.services.base import classes
from after_school_desk.services.base.answers import ClassListing
from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.care import storage
from after_school_desk.services.daily import duty
from after_school_desk.ui import diagnostics, storage_failure
from after_school_desk.ui.operations import Changed, publish

T = TypeVar("T")

STATE_COLOURS = {
    "not_arrived": "#fff4d6",
    "present": "#dff3e0",
    "absent": "#f9d6d5",
    "leave": "#e4e4ef",
    "handed_over": "#dbe8f7",
    "self_leave": "#dbe8f7",
    "extended_care": "#f3e1f5",
}


class MessageBar(QLabel):
    """One line (or a few) under the page's controls: green after an action, red on a refusal."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setMinimumHeight(36)
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # a message appearing moves nothing
        self.setSizePolicy(policy)
        self.kind = ""
        self.clear_message()

    def show_ok(self, text: str) -> None:
        self._show(text, "ok", "#1e6b2e", "#e3f4e5")

    def show_error(self, text: str) -> None:
        self._show(text, "error", "#a3231a", "#fbe3e1")

    def clear_message(self) -> None:
        self.kind = ""
        self.setText("")
        self.setStyleSheet("padding: 6px 10px;")
        self.hide()

    def _show(self, text: str, kind: str, fg: str, bg: str) -> None:
        self.kind = kind
        self.setText(text)
        self.show()
        self.setStyleSheet(
            f"padding: 6px 10px; border-radius: 4px; color: {fg}; background: {bg};"
            " font-size: 17px;"
        )


def attempt(
    bar: MessageBar,
    action: Callable[[], T],
    changes: Changed | Callable[[T], Changed] | None = None,
) -> T | None:
    """Run a service call; a refusal (ValidationError, PermissionDenied …) is shown in ``bar``.

    A storage failure (disk full, damaged file, read-only mode …) is also shown in a blocking
    message that says nothing was saved and what to do; any other error in the friendly
    "unexpected error" dialog (and the log). Never silence.

    A write names what it ``changes`` (or how to tell from its result): once it succeeded the
    notice is published for the other pages (``operations``); the acting page re-reads itself.
    """
    try:
        result = action()
    except AppError as exc:
        bar.show_error("\n".join(exc.lines()))
        if isinstance(exc, StorageError):
            storage_failure.report(exc, bar.window())
        return None
    except Exception as exc:
        found = storage.explain(exc)
        if found is not None:
            bar.show_error("\n".join(found.lines()))
            storage_failure.report(found, bar.window())
            return None
        bar.show_error(
            QCoreApplication.translate("DayPages", "程序出现意外错误，这次操作没有完成。")
        )
        diagnostics.report_unexpected(exc, bar.window())
        return None
    if changes is not None:
        publish(changes(result) if callable(changes) else changes, bar)
    return result


def classes_for(ctx: ServiceContext) -> list[ClassListing]:
    """The classes the actor may act on: a teacher's own (head-teacher) classes and those the
    teacher supervises today, else all."""
    rows = classes.list_classes(ctx, in_use_only=True)
    if ctx.actor.role == Role.TEACHER:
        today = duty.supervised_class_ids(ctx)
        return [
            c for c in rows if c.get("head_teacher_id") == ctx.actor.staff_id or c["id"] in today
        ]
    return rows


class ClassPicker(QComboBox):
    """A teacher's class, or any class for duty leaders and principals; emits the class id."""

    class_chosen = Signal(str)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(170)
        for c in classes_for(ctx):
            self.addItem(str(c["name"]), str(c["id"]))
        if self.count() == 1:
            self.setEnabled(False)
        self.currentIndexChanged.connect(lambda _i: self.class_chosen.emit(self.class_id()))

    def class_id(self) -> str:
        return str(self.currentData() or "")

    def choose(self, class_id: str) -> None:
        found = self.findData(class_id)
        if found >= 0:
            self.setCurrentIndex(found)


def no_class_text() -> str:
    return QCoreApplication.translate(
        "DayPages", "您还不是任何班级的班主任。请校长在教职工设置里指定班主任后再使用本页。"
    )


def hhmm(instant: str | None) -> str:
    return instant[11:16] if instant else ""
