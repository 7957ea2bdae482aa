"""The program's file dialogs: Qt's own (so they speak Chinese), starting in Documents and then
in the folder used last, proposing Chinese file names."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from after_school_desk.ui import file_dialogs
from after_school_desk.ui.file_names import file_name, month_words
from after_school_desk.ui.i18n import install_qt_translator
from after_school_desk.ui.report_kinds import REPORTS, ReportOptions
from tests.gui.modal_answer import answer_modal

LEFT = Qt.MouseButton.LeftButton


def _documents() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def _accept_button(dialog: QFileDialog) -> QWidget:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    which = (
        QDialogButtonBox.StandardButton.Save
        if dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
        else QDialogButtonBox.StandardButton.Open
    )
    button = box.button(which)
    assert button is not None
    return button


def _cancel_button(dialog: QFileDialog) -> QWidget:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    button = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert button is not None
    return button


def test_start_folder_is_documents_then_the_last_used(tmp_path: Path) -> None:
    assert file_dialogs.last_folder() is None
    assert file_dialogs.start_folder() == _documents()
    assert file_dialogs.start_folder(fallback=tmp_path) == str(tmp_path)  # e.g. the backups
    assert file_dialogs.start_folder(fallback=tmp_path / "gone") == _documents()

    used = tmp_path / "U盘"
    used.mkdir()
    file_dialogs.remember_folder(used)
    assert file_dialogs.start_folder() == str(used)
    assert file_dialogs.start_folder(fallback=tmp_path) == str(used)
    used.rmdir()  # the USB stick was taken out
    assert file_dialogs.start_folder() == _documents()


def test_saving_through_the_dialog_remembers_the_folder(qtbot: QtBot, tmp_path: Path) -> None:
    target = tmp_path / "报表"
    target.mkdir()
    file_dialogs.remember_folder(target)
    seen: dict[str, object] = {}

    def press_save(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        seen["native"] = not dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        seen["folder"] = dialog.directory().absolutePath()
        name_edit = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name_edit is not None
        seen["name"] = name_edit.text()
        qtbot.mouseClick(_accept_button(dialog), LEFT)

    answer = answer_modal(press_save)
    path = file_dialogs.save_file(
        None, "保存报表", "课后服务台账_2026年11月.pdf", "PDF 文件 (*.pdf)"
    )
    answer.check()
    assert seen == {"native": False, "folder": str(target), "name": "课后服务台账_2026年11月.pdf"}
    assert path == str(target / "课后服务台账_2026年11月.pdf")
    assert file_dialogs.last_folder() == str(target)


def test_choosing_a_folder_and_cancelling(qtbot: QtBot, tmp_path: Path) -> None:
    stick = tmp_path / "U盘"
    stick.mkdir()

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        assert dialog.fileMode() == QFileDialog.FileMode.Directory
        qtbot.mouseClick(_accept_button(dialog), LEFT)

    answer = answer_modal(choose)
    assert file_dialogs.choose_folder(None, "选择保存备份的U盘或文件夹", str(stick)) == str(stick)
    answer.check()
    assert file_dialogs.last_folder() == str(stick)

    def cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        assert dialog.directory().absolutePath() == str(stick)  # where the last one ended
        qtbot.mouseClick(_cancel_button(dialog), LEFT)

    answer = answer_modal(cancel)
    assert file_dialogs.open_file(None, "选择名册文件", "名册文件 (*.xlsx *.xls *.csv)") == ""
    answer.check()


def test_chinese_default_names() -> None:
    assert month_words("2026-11") == "2026年11月"
    assert month_words("2026-3") == "2026年3月"
    assert file_name("发件箱", "2026-11-02", suffix=".csv") == "发件箱_2026-11-02.csv"
    assert file_name("交接单", "三年级/2 班", suffix=".pdf") == "交接单_三年级-2-班.pdf"
    options = ReportOptions(month="2026-11", day="2026-11-02", class_name="一年级(1)班")
    names = {key: kind.default_name(options) for key, kind in REPORTS.items()}
    assert names["ledger"] == "课后服务台账_2026年11月.pdf"
    assert names["direct"] == "直报数据_2026年11月.xlsx"
    assert names["handover-sheet"] == "交接单_一年级(1)班_2026-11-02.pdf"
    assert names["pickup-cards"] == "接送卡_一年级(1)班.pdf"
    assert names["direct-template"] == "直报模板.xlsx"
    every_class = ReportOptions(month="2026-11", day="2026-11-02")
    assert REPORTS["handover-sheet"].default_name(every_class) == "交接单_全部班级_2026-11-02.pdf"
    assert REPORTS["pickup-cards"].default_name(every_class) == "接送卡_全校.pdf"
    assert REPORTS["direct"].default_name(options, ".csv") == "直报数据_2026年11月.csv"


def test_the_dialogs_are_qts_own_and_speak_chinese(qapp: QApplication, tmp_path: Path) -> None:
    translator = install_qt_translator(qapp, "zh_CN")
    assert translator is not None
    dialogs: list[QFileDialog] = []
    try:
        save = file_dialogs.save_dialog(None, "保存报表", "a.pdf", "PDF 文件 (*.pdf)")
        opener = file_dialogs.open_dialog(None, "选择备份文件", "备份文件 (*.sqlite)")
        folder = file_dialogs.folder_dialog(None, "选择文件夹", str(tmp_path))
        dialogs += [save, opener, folder]
        for dialog in dialogs:
            assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
            assert _cancel_button(dialog).text() == "取消"
        assert _accept_button(save).text() == "保存(&S)"
        assert _accept_button(opener).text() == "打开(&O)"
        assert _accept_button(folder).text() == "选择(&C)"
        for dialog in dialogs:  # every label and button a person sees
            dialog.show()
            words = [
                str(w.property("text"))
                for w in dialog.findChildren(QWidget)
                if isinstance(w, QLabel | QAbstractButton) and w.isVisible() and w.property("text")
            ]
            assert len(words) >= 5
            english = [w for w in words if re.search("[A-Za-z]", re.sub(r"\(&[A-Z]\)", "", w))]
            assert english == []
            dialog.hide()
        assert save.findChild(QLabel, "lookInLabel").text() == "查找范围："  # type: ignore[union-attr]
    finally:
        qapp.removeTranslator(translator)
        for dialog in dialogs:
            dialog.deleteLater()
