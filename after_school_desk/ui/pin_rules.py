"""The PIN rule as the forms show it, under the PIN fields: teachers and duty leaders 4–12
digits; principals and administrators 6–12 digits or a passphrase (users.pin_rule)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from after_school_desk.domain.roles import Role
from after_school_desk.services.school import users


def rule_text(role: str | Role) -> str:
    if users.is_privileged(role):
        return QCoreApplication.translate(
            "PinRules", "校长和系统管理员：6–12 位数字，或至少 8 个字符、不全是数字的口令。"
        )
    return QCoreApplication.translate("PinRules", "4–12 位数字，或至少 6 个字符的密码。")


def rule_label(role: str | Role) -> QLabel:
    label = QLabel(rule_text(role))
    label.setProperty("role", "hint")
    label.setWordWrap(True)
    return label
