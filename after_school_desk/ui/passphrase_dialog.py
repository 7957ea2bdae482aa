"""The school's backup passphrase asked for a USB sync bundle (written twice when exporting)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from after_school_desk.ui.form_errors import error_label, show_error


class PassphraseDialog(QDialog):
    """The school's backup passphrase, in a password field (twice when it encrypts)."""

    def __init__(self, parent: QWidget, title: str, hint: str, *, twice: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.twice = twice
        text = QLabel(hint)
        text.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("备份口令"), self.passphrase)
        if twice:
            form.addRow(self.tr("再输一遍"), self.again)
        else:
            self.again.hide()
        self.error = error_label()
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(self.tr("确定"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setProperty("primary", True)
        cancel = buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def value(self) -> str:
        return self.passphrase.text()

    def accept(self) -> None:
        if not self.passphrase.text():
            show_error(self.error, self.tr("请输入学校的备份口令。"))
            return
        if self.twice and self.passphrase.text() != self.again.text():
            show_error(self.error, self.tr("两次输入的备份口令不一样，请重新输入。"))
            return
        super().accept()
