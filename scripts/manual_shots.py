"""The screenshots of the teacher's manual (``resources/manual/img/``), each from the role that
uses it: the class teacher's own class, the duty leader's board, the principal's pages, the
administrator's pages.

    .venv/bin/python scripts/manual_shots.py [--out resources/manual/img] [--pupils 400]

Builds the same demo school as ``scripts/screenshots.py`` (16:20 on a service day, most classes
signed in, one absence in each, a class PC joined through a sync folder), opens the real main
window at 1366x768 for each role and saves ``DIR/<name>.png``. The PNGs are then reduced to 256
colours with ImageMagick when ``convert`` is on the PATH (a third of the size; the screens are
flat colours, so nothing is lost to the eye).
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("screenshots", HERE / "screenshots.py")
assert _spec is not None and _spec.loader is not None
shots = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(shots)  # sets the offscreen platform, the clock and sys.path

from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402

from after_school_desk.cli import main as cli_main  # noqa: E402
from after_school_desk.services.base.clock import clock_from_env  # noqa: E402
from after_school_desk.services.base.context import ServiceContext, cli_actor  # noqa: E402
from after_school_desk.services.school import users  # noqa: E402
from after_school_desk.services.school.setup import school_info  # noqa: E402
from after_school_desk.store.connection import open_store  # noqa: E402
from after_school_desk.ui import i18n, tap_guard, touch_inputs  # noqa: E402
from after_school_desk.ui.main_window import MainWindow  # noqa: E402
from after_school_desk.ui.style import apply_style  # noqa: E402

SIZE = (1366, 768)
PINS = {"principal": "123456", "leader1": "2222", "t101": "3333", "admin": "000000"}

# (file name, log-in, page key, what to do on the page before the grab)
Step = Callable[[Any], QWidget | None]
PAGES: list[tuple[str, str, str, Step | None]] = [
    ("teacher_sign_in", "t101", "sign_in", None),
    ("teacher_handover", "t101", "handover", None),
    ("leader_duty", "leader1", "duty", None),
    ("leader_signoff", "leader1", "duty", lambda p: p.tabs.setCurrentIndex(2)),
    ("principal_enrolment", "principal", "enrolment", None),
    ("principal_fees", "principal", "finance", lambda p: p.tabs.setCurrentIndex(0)),
    ("principal_charges", "principal", "finance", lambda p: p.tabs.setCurrentIndex(1)),
    ("principal_waivers", "principal", "finance", lambda p: p.tabs.setCurrentIndex(2)),
    ("principal_reports", "principal", "reports", lambda p: p.month.setText("2026-11")),
    ("principal_overview", "principal", "overview", None),
    ("principal_duty_roster", "principal", "duty_roster", None),
    ("admin_accounts", "admin", "people", lambda p: p.tabs.setCurrentIndex(1)),
    ("principal_staff", "principal", "people", lambda p: p.tabs.setCurrentIndex(0)),
    ("principal_roster", "principal", "roster", None),
    ("admin_settings", "admin", "settings", None),
    ("admin_calendar", "admin", "calendar", None),
    ("it_sync", "admin", "sync", None),
]


def money_month(db: Path) -> None:
    """A fee standard, this month's bill, a waiver and a few payments (the finance pages), made
    through the command line as the demo principal."""
    nid = ["G640122201911277294", "G640122201911034689", "G640122201905053340"]  # 一年级(1)班
    steps = [
        ["fee", "set", "--amount", "150", "--per", "每月", "--mode", "basic", "--stage", "all",
         "--approval", "贺价〔2026〕12号", "--approval-date", "2026-08-20", "--from", "2026-09-01"],
        ["waive", nid[1], "--kind", "低保", "--percent", "50", "--evidence", "低保证 6401220031",
         "--from", "2026-12-01"],
        ["bill", "--month", "2026-12"],
        ["pay", nid[0], "--amount", "150", "--method", "微信", "--receipt", "0001",
         "--date", "2026-12-02"],
        ["pay", nid[2], "--amount", "150", "--method", "现金", "--receipt", "0002",
         "--date", "2026-12-03"],
    ]  # fmt: skip
    saved = {name: os.environ.get(name) for name in ("APP_USER", "APP_PIN")}
    os.environ.update(APP_USER="principal", APP_PIN=PINS["principal"])
    try:
        for step in steps:
            if cli_main(["--db", str(db), *step]):
                raise SystemExit(f"failed: {step}")
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def first_pupil(window: MainWindow) -> str:
    """The id of the second pupil of the first class (the first is absent: no handover)."""
    rows = shots.attendance.class_day(
        window.ctx, str(shots.classes.list_classes(window.ctx)[0]["id"])
    )
    return str(rows[1]["id"])


def absent_pupil(window: MainWindow) -> str:
    rows = shots.attendance.class_day(
        window.ctx, str(shots.classes.list_classes(window.ctx)[0]["id"])
    )
    return str(rows[0]["id"])


def picked(window: MainWindow, key: str, pupil: str) -> Any:
    window.nav_buttons[key].click()
    page: Any = window.pages[key]
    page.table.select_pupil(pupil)
    return page


def teacher_dialogs(window: MainWindow) -> dict[str, Callable[[], QWidget | None]]:
    return {
        "teacher_contact": lambda: _contact(window),
        "teacher_pupil_day": lambda: picked(window, "sign_in", first_pupil(window)).open_record(),
    }


def _contact(window: MainWindow) -> QWidget | None:
    window.nav_buttons["sign_in"].click()
    page: Any = window.pages["sign_in"]
    page.alerts.select_pupil(absent_pupil(window))
    dialog: QWidget | None = page.alerts.open_contact()
    return dialog


def leader_dialogs(window: MainWindow) -> dict[str, Callable[[], QWidget | None]]:
    """Only a duty leader (or the principal) lets an adult not on the list take a pupil."""
    return {
        "leader_override": lambda: picked(window, "handover", first_pupil(window)).open_override(),
    }


def principal_dialogs(window: MainWindow) -> dict[str, Callable[[], QWidget | None]]:
    made = shots.dialogs(window)
    return {
        "principal_enrol_apply": made["enrol_apply"],
        "principal_import": made["import"],
        "it_backup": made["backup"],
        "admin_account_new": made["account_new"],
    }


def grab_dialog(
    app: QApplication, name: str, open_dialog: Callable[[], QWidget | None], out: Path
) -> None:
    dialog = open_dialog()
    if dialog is None:
        print(f"{name}: did not open", file=sys.stderr)
        return
    dialog.show()
    shots.settle(app, 0.4)
    path = out / f"{name}.png"
    dialog.grab().save(str(path))
    print(path)
    dialog.hide()
    if isinstance(dialog, QDialog):
        dialog.reject()
    dialog.deleteLater()
    shots.settle(app)


def handed_over(app: QApplication, window: MainWindow, out: Path) -> None:
    """The handover page right after a tap on an adult's button: the message and 撤销."""
    page: Any = picked(window, "handover", first_pupil(window))
    shots.settle(app, 0.3)
    if page.adult_buttons:
        page.adult_buttons[0].click()
        shots.settle(app, 0.3)
    path = out / "teacher_handover_undo.png"
    window.grab().save(str(path))
    print(path)


def reduce(out: Path) -> None:
    convert = shutil.which("convert")
    if convert is None:
        return
    for png in sorted(out.glob("*.png")):
        subprocess.run([convert, str(png), "-strip", "-colors", "256", f"PNG8:{png}"], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(HERE.parent / "resources" / "manual" / "img"))
    parser.add_argument("--pupils", type=int, default=400)
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "demo.sqlite"
        if cli_main(["--db", str(db), "demo", "--pupils", str(args.pupils), "--months", "1"]):
            return 1
        money_month(db)
        app = QApplication.instance() or QApplication(sys.argv[:1])
        assert isinstance(app, QApplication)
        i18n.install_translator(app, "zh_CN")
        apply_style(app)
        tap_guard.install(app)
        touch_inputs.install(app)
        store = open_store(db)
        try:
            base = ServiceContext(
                store=store, actor=cli_actor("manual"), device_id="manual", clock=clock_from_env()
            )
            school = school_info(base)
            assert school is not None
            # the afternoon's records made by a person, as the dialogs show who recorded them
            boss = dataclasses.replace(
                base, actor=users.log_in(base, "principal", PINS["principal"])
            )
            shots.play_afternoon(boss)
            shots.school_of_two_pcs(boss, Path(folder))
            for login in PINS:
                actor = users.log_in(base, login, PINS[login])
                window = MainWindow(dataclasses.replace(base, actor=actor), school)
                window.resize(*SIZE)
                window.show()
                for name, who, key, step in PAGES:
                    if who != login:
                        continue
                    window.nav_buttons[key].click()
                    shots.settle(app, 1.5)  # background loads (overview, finance)
                    if step is not None:
                        step(window.pages[key])
                        shots.settle(app, 0.5)
                    path = out / f"{name}.png"
                    window.grab().save(str(path))
                    print(path)
                extra: dict[str, Callable[[], QWidget | None]] = {}
                if login == "t101":
                    extra = teacher_dialogs(window)
                elif login == "leader1":
                    extra = leader_dialogs(window)
                elif login == "principal":
                    extra = principal_dialogs(window)
                for name, open_dialog in extra.items():
                    grab_dialog(app, name, open_dialog, out)
                if login == "t101":
                    handed_over(app, window, out)
                window.close()
                window.deleteLater()
                shots.settle(app)
        finally:
            store.close()
    reduce(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
