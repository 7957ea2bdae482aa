"""Qt's own dialog buttons speak Chinese too."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from after_school_desk.ui.i18n import install_qt_translator


def test_standard_buttons_in_chinese(qapp: QApplication) -> None:
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    translator = install_qt_translator(qapp, "zh_CN")
    assert translator is not None
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
        assert QCoreApplication.translate("QPlatformTheme", "&Yes") == "是(&Y)"
    finally:
        qapp.removeTranslator(translator)
