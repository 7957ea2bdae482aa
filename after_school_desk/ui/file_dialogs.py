"""The program's save-file, open-file and choose-folder dialogs, in one place.

They are Qt's own dialogs (not the system's), so their buttons and labels follow the program's
language through the Qt translator installed at start-up (after_school_desk.ui.i18n). Each starts in the
folder used last time (kept in the GUI's QSettings file, like the interface language), or else
in the person's Documents folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from after_school_desk.ui import i18n

_KEY = "files/last_folder"

# Labels whose source text changed in Qt 6 (an accelerator was added) while the translations
# Qt ships (qtbase_zh_CN) still carry only the older text: those are used then.
_OLDER_LABELS = {
    QFileDialog.DialogLabel.LookIn: ("&Look in:", "Look in:"),
    QFileDialog.DialogLabel.FileType: ("Files of &type:", "Files of type:"),
}


def documents_folder() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def last_folder() -> str | None:
    """The folder a file was last saved to, opened from or chosen, if it still exists."""
    value = i18n.settings().value(_KEY, "")
    if isinstance(value, str) and value and Path(value).is_dir():
        return value
    return None


def remember_folder(folder: str | Path) -> None:
    store = i18n.settings()
    store.setValue(_KEY, str(folder))
    store.sync()


def start_folder(fallback: str | Path | None = None) -> str:
    """Where a dialog opens: the last folder used, else ``fallback`` (when it exists), else
    Documents."""
    last = last_folder()
    if last:
        return last
    if fallback is not None and Path(fallback).is_dir():
        return str(fallback)
    return documents_folder()


def _own_dialog(parent: QWidget | None, title: str, folder: str) -> QFileDialog:
    dialog = QFileDialog(parent, title, folder)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    for label, (text, older) in _OLDER_LABELS.items():
        if QCoreApplication.translate("QFileDialog", text) == text:
            words = QCoreApplication.translate("QFileDialog", older)
            if words != older:
                dialog.setLabelText(label, words)
    return dialog


def save_dialog(parent: QWidget | None, title: str, name: str, filters: str) -> QFileDialog:
    """A save dialog proposing ``name`` in the start folder; ``filters`` as Qt writes them
    ("PDF 文件 (*.pdf);;…")."""
    folder = start_folder()
    dialog = _own_dialog(parent, title, folder)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setNameFilter(filters)
    suffix = Path(name).suffix.lstrip(".")
    if suffix:
        dialog.setDefaultSuffix(suffix)
    dialog.selectFile(str(Path(folder) / name))
    return dialog


def open_dialog(
    parent: QWidget | None, title: str, filters: str, fallback: str | Path | None = None
) -> QFileDialog:
    dialog = _own_dialog(parent, title, start_folder(fallback))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilter(filters)
    return dialog


def folder_dialog(parent: QWidget | None, title: str, start: str | None = None) -> QFileDialog:
    dialog = _own_dialog(parent, title, start or start_folder())
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return dialog


def run(dialog: QFileDialog, *, is_folder: bool = False) -> str:
    """Show ``dialog``; returns the chosen path ("" when cancelled) and remembers its folder."""
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return ""
        path = dialog.selectedFiles()[0]
    finally:
        dialog.deleteLater()
    remember_folder(path if is_folder else Path(path).parent)
    return path


def save_file(parent: QWidget | None, title: str, name: str, filters: str) -> str:
    return run(save_dialog(parent, title, name, filters))


def open_file(
    parent: QWidget | None, title: str, filters: str, fallback: str | Path | None = None
) -> str:
    return run(open_dialog(parent, title, filters, fallback))


def choose_folder(parent: QWidget | None, title: str, start: str | None = None) -> str:
    return run(folder_dialog(parent, title, start), is_folder=True)
