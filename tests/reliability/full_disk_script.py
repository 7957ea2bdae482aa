"""Run inside a private mount namespace with a tiny tmpfs at DIR: fill it and keep writing.

Prints one JSON object: the confirmed staff names, the failing command's exit status and
message, and what ``check`` says after space was freed.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
from pathlib import Path

from after_school_desk.cli import main as cli
from after_school_desk.store.connection import open_store
from tests.cli_login import cli_token


def run(*argv: str) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = cli(list(argv))
    return code, err.getvalue()


def main(folder: Path) -> None:
    db = folder / "school.sqlite"
    open_store(db, create=True).close()
    os.environ["APP_TOKEN"] = cli_token(db)  # logged in before the disk fills
    filler = folder / "filler.bin"
    with open(filler, "wb", buffering=0) as fh, contextlib.suppress(OSError):
        while True:
            fh.write(b"\0" * 4096)
    # leave a little room, so the program runs for a while before the disk is full
    filler.write_bytes(b"\0" * max(0, filler.stat().st_size - 96 * 1024))
    confirmed: list[str] = []
    code, message = 0, ""
    for n in range(1000):
        name = f"老师{n:04d}"
        code, message = run("--db", str(db), "staff", "add", name, "--role", "teacher")
        if code != 0:
            break
        confirmed.append(name)
    filler.unlink()
    check_code, check_err = run("--db", str(db), "check")
    with open_store(db) as store:
        present = [r[0] for r in store.conn.execute("SELECT name FROM staff")]
    print(
        json.dumps(
            {
                "confirmed": confirmed,
                "code": code,
                "message": message,
                "check": check_code,
                "check_err": check_err,
                "present": present,
            },
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]))
