"""A refusal under a form's fields: each line once, the dialog left open with what was typed."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from after_school_desk.errors import ValidationError
from after_school_desk.ui.form_errors import accept_when_done, error_label


def test_a_refusal_whose_field_repeats_the_summary_is_shown_once(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    label = error_label(dialog)

    def refuse() -> None:
        raise ValidationError(
            "金额“abc”无效。", fields={"amount": "金额“abc”无效。", "receipt": "请填写收据号。"}
        )

    assert accept_when_done(dialog, label, refuse) is False
    assert label.text().splitlines() == ["金额“abc”无效。", "请填写收据号。"]
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_a_done_action_accepts_the_dialog(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    label = error_label(dialog)
    assert accept_when_done(dialog, label, lambda: None) is True
    assert dialog.result() == QDialog.DialogCode.Accepted
