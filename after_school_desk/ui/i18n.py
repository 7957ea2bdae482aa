"""Interface language: Simplified Chinese (the source language) or English, kept in QSettings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QSettings, QTranslator

from after_school_desk import i18n as refusals
from after_school_desk.services.base.device import config_dir
from after_school_desk.ui.resources import resources_dir

LANGUAGES = {"zh_CN": "简体中文", "en": "English"}
DEFAULT_LANGUAGE = "zh_CN"
_KEY = "ui/language"


def settings() -> QSettings:
    """The GUI's own settings file, next to this PC's device id (never inside the database)."""
    return QSettings(str(config_dir() / "gui.ini"), QSettings.Format.IniFormat)


def saved_language() -> str:
    value = settings().value(_KEY, DEFAULT_LANGUAGE)
    return value if isinstance(value, str) and value in LANGUAGES else DEFAULT_LANGUAGE


def save_language(code: str) -> None:
    if code not in LANGUAGES:
        raise ValueError(code)
    store = settings()
    store.setValue(_KEY, code)
    store.sync()


# the translators the program installed, taken away again when the program's run ends (a test
# that runs the whole program in-process leaves the shared application as it found it)
_installed: list[QTranslator] = []


def install_qt_translator(app: QCoreApplication, code: str) -> QTranslator | None:
    """Qt's own strings (Yes/No, Cancel in standard dialogs) in the program's language."""
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(f"qtbase_{code}", folder):
        app.installTranslator(translator)
        _installed.append(translator)
        return translator
    return None


def remove_installed(app: QCoreApplication) -> None:
    """Every translator installed here, removed (the services' refusals back to Chinese)."""
    while _installed:
        app.removeTranslator(_installed.pop())
    refusals.install(None)


def install_translator(app: QCoreApplication, code: str) -> QTranslator | None:
    """Load the .qm for ``code``; Chinese needs none because the source strings are Chinese.
    The services' refusals follow (``after_school_desk.i18n.t``)."""
    if code == DEFAULT_LANGUAGE:
        install_qt_translator(app, "zh_CN")
        refusals.install(None)
        return None
    translator = QTranslator(app)
    if translator.load(str(resources_dir() / "i18n" / f"app_{code}.qm")):
        app.installTranslator(translator)
        _installed.append(translator)
        refusals.install(_refusal_in_interface_language)
        return translator
    return None


def remove_translator(app: QCoreApplication, translator: QTranslator) -> None:
    """Back to the source language (Chinese), the services' refusals too."""
    app.removeTranslator(translator)
    refusals.install(None)


def _refusal_in_interface_language(text: str) -> str:
    return QCoreApplication.translate(refusals.CONTEXT, text)
