"""Screenshots of every page for every role, at the screen sizes schools have.

    .venv/bin/python scripts/screenshots.py [--out DIR] [--pupils N] [--sizes 1024x768,...]
                                            [--dialogs]

Builds a demo school in a temporary folder (``--pupils 400`` gives 12 classes, 200 gives 6,
1100 gives 24), opens the real main window for the principal, a duty leader, a class teacher
and the admin, shows each page of their navigation at each size and saves what the window
draws: ``DIR/<page>_<width>x<height>.png`` (a page every role sees is taken as the first role
that has it). The clock is fixed at 16:20 on a service day, so the daily pages are live. The
demo PC is the school's hub with a class PC joined through a sync folder (同步, and the line of
the other PCs on the duty board).

``--dialogs`` also opens the dialogs a person meets (pupil, import, enrolment, people, contact,
override, a pupil's day, backup, joining the school's PCs, the sync bundle's passphrase, log-in,
the first-run wizard's pages) over the principal's window and saves each at the size it opens:
``DIR/dialog_<name>.png``; one taller or wider than a screen is saved again as that screen
allows, ``DIR/dialog_<name>_<width>x<height>.png``.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("APP_NOW", "2026-12-03T16:20:00+08:00")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication, QDialog, QWidget

from after_school_desk.cli import main as cli_main
from after_school_desk.domain.roles import Role
from after_school_desk.services.base import classes
from after_school_desk.services.base.clock import clock_from_env
from after_school_desk.services.base.context import ServiceContext, cli_actor
from after_school_desk.services.daily import attendance, duty
from after_school_desk.services.pcs import sync
from after_school_desk.services.school import enrolment, pupils, staff, users
from after_school_desk.services.school.setup import school_info
from after_school_desk.store.connection import open_store
from after_school_desk.ui import i18n, tap_guard, touch_inputs
from after_school_desk.ui.backup_dialog import BackupDialog
from after_school_desk.ui.enrolment_dialogs import (
    AgreementDialog,
    ApplyDialog,
    RefuseDialog,
    WithdrawDialog,
)
from after_school_desk.ui.import_dialog import ImportDialog
from after_school_desk.ui.login_dialog import LoginDialog
from after_school_desk.ui.main_window import MainWindow
from after_school_desk.ui.passphrase_dialog import PassphraseDialog
from after_school_desk.ui.people_dialogs import NewAccountDialog, StaffDialog
from after_school_desk.ui.pupil_dialog import PupilDialog
from after_school_desk.ui.setup_wizard import JoinDialog, SetupWizard
from after_school_desk.ui.style import apply_style

ROLES = [("principal", "123456"), ("leader1", "2222"), ("t101", "3333"), ("admin", "000000")]
SIZES = "1024x768,1366x768,1920x1080"
TASKBAR = 40  # pixels of the screen height a dialog cannot use


def settle(app: QApplication, seconds: float = 0.1) -> None:
    """Let the page draw, and finish what it loads in the background."""
    end = time.monotonic() + seconds
    while True:
        app.processEvents()
        if time.monotonic() >= end:
            return
        time.sleep(0.02)


def play_afternoon(ctx: ServiceContext) -> None:
    """Today at 16:20: most classes signed in, one absence followed up, one class not yet."""
    rows = classes.list_classes(ctx)
    signed = ctx.clock.now().replace(hour=16, minute=5)
    for c in rows[:-1]:
        pupils = attendance.class_day(ctx, str(c["id"]))
        if pupils:
            attendance.mark_absent(ctx, str(pupils[0]["id"]), reason="")
        attendance.sign_in_all(ctx, str(c["id"]), at=signed)


def school_of_two_pcs(ctx: ServiceContext, root: Path) -> None:
    """This PC as the school's hub with a class PC joined from the sync folder, which wrote its
    duty log there; the hub has taken it in."""
    share = root / "share"
    sync.set_folder(ctx, share, "校长办公室电脑")
    sync.make_hub(ctx)
    from after_school_desk.store.seal_key import key_dir

    own = {name: os.environ.get(name) for name in ("APP_CONFIG_DIR", "APP_KEY_DIR")}
    os.environ["APP_KEY_DIR"] = str(key_dir())  # the school's seal key, as carried to a new PC
    os.environ["APP_CONFIG_DIR"] = str(root / "class-pc" / "config")  # the class PC's identity
    try:
        from after_school_desk.services.base.device import device_id

        db = sync.join(share, root / "class-pc" / "school.sqlite", device_id())
        store = open_store(db, lock=False)
        try:
            pc = dataclasses.replace(ctx, store=store)
            sync.set_folder(pc, share, "一年级(1)班电脑")
            duty.add_log(pc, "一年级(1)班：完成语文作业，阅读半小时")
            sync.now(pc)
        finally:
            store.close()
    finally:
        for name, value in own.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    sync.now(ctx)


def dialogs(window: MainWindow) -> dict[str, Callable[[], QWidget | None]]:
    """How to open each dialog over ``window`` (the principal's), by the name it is saved as."""
    ctx, today = window.ctx, window.ctx.clock.now().date()
    pages = window.pages
    first = classes.list_classes(ctx)[0]
    row = attendance.class_day(ctx, str(first["id"]))[1]  # [0] is absent: no hand-over
    pupil, who = str(row["id"]), f"{first['name']} {row['name']}"
    adults = pupils.pupil_detail(ctx, pupil)["adults"]
    guardians = [str(a["name"]) for a in adults if a["is_guardian"]]
    submit: Callable[[dict[str, Any]], Any] = lambda _v: None  # noqa: E731

    def picked(key: str) -> Any:
        """The page, its first pupil chosen."""
        page: Any = pages[key]
        page.table.select_pupil(pupil)
        return page

    def wizard(page: int) -> QWidget:
        wiz = SetupWizard(ctx, parent=window)
        wiz.school_name.setText("习岗镇中心小学")
        wiz.county.setText("贺兰县")
        wiz.show()
        for _ in range(page):
            wiz.next()
        return wiz

    return {
        "login": lambda: LoginDialog(ctx, window, school_name=str(window.school["name"])),
        "pupil": lambda: PupilDialog(ctx, pupil, window),
        "pupil_new": lambda: PupilDialog(ctx, None, window),
        "import": lambda: ImportDialog(ctx, window),
        "enrol_apply": lambda: ApplyDialog(
            submit, who, today, enrolment.MODES, guardians, True, window
        ),
        "enrol_refuse": lambda: RefuseDialog(submit, who, window),
        "enrol_agreement": lambda: AgreementDialog(submit, who, today, guardians, window),
        "enrol_withdraw": lambda: WithdrawDialog(submit, who, today, window),
        "staff": lambda: StaffDialog(ctx, staff.staff_overview(ctx)[0], window),
        "account_new": lambda: NewAccountDialog(ctx, window),
        "contact": lambda: picked("sign_in").alerts.open_contact(),
        "pupil_day": lambda: picked("sign_in").open_record(),
        "override": lambda: picked("handover").open_override(),
        "backup": lambda: BackupDialog(ctx, window),
        "sync_join": lambda: JoinDialog(ctx, window),
        "sync_passphrase": lambda: PassphraseDialog(
            window, "导出同步包", "同步包用学校的备份口令加密。", twice=True
        ),
        **{f"wizard_{n + 1}": (lambda n=n: wizard(n)) for n in range(4)},
    }


def grab_dialogs(
    app: QApplication, window: MainWindow, out: Path, sizes: list[tuple[int, ...]]
) -> None:
    window.resize(*sizes[0])
    window.show()
    for name, open_dialog in dialogs(window).items():
        dialog = open_dialog()
        if dialog is None:
            print(f"{name}: did not open", file=sys.stderr)
            continue
        dialog.show()
        settle(app, 0.3)
        natural = dialog.size()
        path = out / f"dialog_{name}.png"
        dialog.grab().save(str(path))
        print(path)
        for width, height in sizes:
            fits = natural.boundedTo(natural.__class__(width, height - TASKBAR))
            if fits != natural:
                dialog.resize(fits)
                settle(app)
                path = out / f"dialog_{name}_{width}x{height}.png"
                dialog.grab().save(str(path))
                print(path)
        dialog.hide()
        if isinstance(dialog, QDialog):
            dialog.reject()
        dialog.deleteLater()
        settle(app)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="docs/screenshots/screens")
    parser.add_argument("--pupils", type=int, default=400)
    parser.add_argument("--sizes", default=SIZES)
    parser.add_argument("--lang", default="zh_CN", help="zh_CN or en")
    parser.add_argument("--dialogs", action="store_true", help="also the dialogs")
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    sizes = [tuple(int(n) for n in s.split("x")) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "demo.sqlite"
        if cli_main(["--db", str(db), "demo", "--pupils", str(args.pupils), "--months", "1"]):
            return 1
        app = QApplication.instance() or QApplication(sys.argv[:1])
        assert isinstance(app, QApplication)
        i18n.install_translator(app, args.lang)
        apply_style(app)
        tap_guard.install(app)
        touch_inputs.install(app)
        store = open_store(db)
        try:
            base = ServiceContext(store=store, actor=cli_actor("screenshots"),
                                  device_id="screens", clock=clock_from_env())  # fmt: skip
            school = school_info(base)
            assert school is not None
            play_afternoon(base)
            school_of_two_pcs(base, Path(folder))
            taken: set[str] = set()
            for login, pin in ROLES:
                actor = users.log_in(base, login, pin)
                window = MainWindow(dataclasses.replace(base, actor=actor), school)
                for key in list(window.nav_buttons):
                    if key in taken:
                        continue
                    taken.add(key)
                    window.nav_buttons[key].click()
                    settle(app, 1.5)  # background loads (overview, compliance, finance)
                    for width, height in sizes:
                        window.resize(width, height)
                        window.show()
                        settle(app)
                        path = out / f"{key}_{width}x{height}.png"
                        window.grab().save(str(path))
                        print(path)
                if args.dialogs and actor.role == Role.PRINCIPAL:
                    grab_dialogs(app, window, out, sizes)
                window.close()
                window.deleteLater()
                settle(app)
        finally:
            store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
