"""Every form that sets a principal's or administrator's secret asks for 6–12 digits or a
passphrase, names the rule, and saves nothing on a shorter one; teachers keep 4 digits."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QWizard

from after_school_desk.services.base.context import ServiceContext
from after_school_desk.services.school import users
from after_school_desk.services.school.setup import school_info
from after_school_desk.ui.change_pin_dialog import ChangePinDialog
from after_school_desk.ui.setup_wizard import SetupWizard
from tests.gui.conftest import PRINCIPAL_PIN
from tests.gui.test_people_page import (
    choose,
    dialog_of,
    logged_in,
    open_page,
    tap,
    tap_row,
    type_text,
)
from tests.gui.test_setup_wizard import fill_school

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "raise()", "grabbing the keyboard")
PRIVILEGED_HINT = "校长和系统管理员：6–12 位数字，或至少 8 个字符、不全是数字的口令。"


def test_a_new_principal_account_needs_six_digits(qtbot, gui_ctx: ServiceContext) -> None:
    users.create_user(gui_ctx, "admin", "管理员", "admin", "909090")
    page = open_page(qtbot, logged_in(gui_ctx, "admin", "909090"))
    page.tabs.setCurrentIndex(1)
    tab = page.accounts_tab
    tap(qtbot, tab.new_button)
    dialog = dialog_of(tab)
    assert dialog.pin_rule.text() == "4–12 位数字，或至少 6 个字符的密码。"
    type_text(qtbot, dialog.login, "zhang")
    type_text(qtbot, dialog.display_name, "张副校长")
    choose(qtbot, dialog.role, "校长")
    assert dialog.pin_rule.text() == PRIVILEGED_HINT
    type_text(qtbot, dialog.pin, "2468")
    type_text(qtbot, dialog.pin_again, "2468")
    tap(qtbot, dialog.save_button)
    assert dialog.errors["pin"].text() == users.PRIVILEGED_PIN_RULE
    assert dialog.isVisible() and "zhang" not in {u["login"] for u in users.list_users(gui_ctx)}
    for edit in (dialog.pin, dialog.pin_again):
        edit.clear()
        type_text(qtbot, edit, "246813")
    tap(qtbot, dialog.save_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert users.log_in(gui_ctx, "zhang", "246813").role == "principal"


def test_resetting_the_principals_pin_needs_six_digits(qtbot, gui_ctx: ServiceContext) -> None:
    users.create_user(gui_ctx, "admin", "管理员", "admin", "909090")
    page = open_page(qtbot, logged_in(gui_ctx, "admin", "909090"))
    page.tabs.setCurrentIndex(1)
    tab = page.accounts_tab
    tap_row(qtbot, tab, 1, "wang")
    tap(qtbot, tab.pin_button)
    dialog = dialog_of(tab)
    assert PRIVILEGED_HINT in [label.text() for label in dialog.findChildren(type(dialog.message))]
    type_text(qtbot, dialog.pin, "1111")
    type_text(qtbot, dialog.pin_again, "1111")
    tap(qtbot, dialog.save_button)
    assert dialog.errors["pin"].text() == users.PRIVILEGED_PIN_RULE
    assert users.log_in(gui_ctx, "wang", PRINCIPAL_PIN)  # unchanged
    for edit in (dialog.pin, dialog.pin_again):
        edit.clear()
        type_text(qtbot, edit, "111111")
    tap(qtbot, dialog.save_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert users.log_in(gui_ctx, "wang", "111111").login == "wang"


def test_the_principal_changes_their_own_pin_to_a_passphrase(
    qtbot, gui_ctx: ServiceContext
) -> None:
    page = open_page(qtbot, logged_in(gui_ctx, "wang", PRINCIPAL_PIN))
    tap(qtbot, page.change_pin_button)
    dialog = page.dialog
    assert isinstance(dialog, ChangePinDialog)
    type_text(qtbot, dialog.old_pin, PRINCIPAL_PIN)
    type_text(qtbot, dialog.new_pin, "8642")
    type_text(qtbot, dialog.new_pin_again, "8642")
    tap(qtbot, dialog.save_button)
    assert dialog.errors["new_pin"].text() == users.PRIVILEGED_PIN_RULE
    assert users.log_in(gui_ctx, "wang", PRINCIPAL_PIN)  # unchanged
    for edit in (dialog.new_pin, dialog.new_pin_again):
        edit.clear()
        type_text(qtbot, edit, "river-bend-school")
    tap(qtbot, dialog.save_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert users.log_in(gui_ctx, "wang", "river-bend-school").login == "wang"


def test_the_wizards_principal_needs_six_digits(qtbot, ctx: ServiceContext) -> None:
    wizard = SetupWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.restart()
    fill_school(wizard)
    type_text(qtbot, wizard.login, "wang")
    type_text(qtbot, wizard.display_name, "王校长")
    type_text(qtbot, wizard.pin, "1357")
    type_text(qtbot, wizard.pin_again, "1357")
    tap(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    assert wizard.result() != QDialog.DialogCode.Accepted
    assert wizard.error.text() == users.PRIVILEGED_PIN_RULE
    assert school_info(ctx) is None  # nothing made
    for edit in (wizard.pin, wizard.pin_again):
        edit.clear()
        type_text(qtbot, edit, "135790")
    tap(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert users.log_in(ctx, "wang", "135790").display_name == "王校长"
