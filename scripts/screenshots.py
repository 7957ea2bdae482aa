"""Screenshots of every page for every role, at the screen sizes schools have.

    .venv/bin/python scripts/screenshots.py [--out DIR] [--pupils N] [--sizes 1024x768,...]

Builds a demo school in a temporary folder (``--pupils 400`` gives 12 classes, 200 gives 6,
1100 gives 24), opens the real main window for the principal, a duty leader, a class teacher
and the admin, shows each page of their navigation at each size and saves what the window
draws: ``DIR/<page>_<width>x<height>.png`` (a page every role sees is taken as the first role
that has it). The clock is fixed at 16:20 on a service day, so the daily pages are live.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("APP_NOW", "2026-12-03T16:20:00+08:00")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication

from app.cli import main as cli_main
from app.services import attendance, classes, users
from app.services.clock import clock_from_env
from app.services.context import ServiceContext, cli_actor
from app.services.setup import school_info
from app.store.connection import open_store
from app.ui import i18n, tap_guard, touch_inputs
from app.ui.main_window import MainWindow
from app.ui.style import apply_style

ROLES = [("principal", "1234"), ("leader1", "2222"), ("t101", "3333"), ("admin", "0000")]
SIZES = "1024x768,1366x768,1920x1080"


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="docs/screenshots/screens")
    parser.add_argument("--pupils", type=int, default=400)
    parser.add_argument("--sizes", default=SIZES)
    parser.add_argument("--lang", default="zh_CN", help="zh_CN or en")
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
                window.close()
                window.deleteLater()
                settle(app)
        finally:
            store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
