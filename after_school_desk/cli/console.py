"""The encoding the command line writes in, per platform.

Linux and macOS: UTF-8, whatever the locale says (a server's ``LANG=C`` would otherwise turn
every Chinese line into an error).

Windows: a console window gets UTF-8 (Python writes to it with the console's own wide-character
API, so even a cp936 console shows every character). Output redirected to a file or a pipe is
read by Windows programs in the ANSI code page, which is cp936 (GBK) on Chinese Windows: there
it is written in GB18030, a superset of GBK that holds every Unicode character, so a GBK reader
gets the same bytes for every common character and a rare one in a pupil's name is not lost. A
redirect on a non-Chinese Windows gets UTF-8. ``PYTHONIOENCODING`` or ``PYTHONUTF8=1``, when
set, are left to decide. Characters a stream still cannot take are replaced, never an error.
"""

from __future__ import annotations

import codecs
import os
import sys
from collections.abc import Iterable, Mapping
from typing import IO, Any

CHINESE_ANSI = {"gbk", "gb2312", "gb18030"}  # codecs' names for cp936 and its relatives


def _codec(name: str | None) -> str:
    try:
        return codecs.lookup(name or "").name
    except LookupError:
        return ""


def wanted_encoding(
    stream: IO[str] | Any,
    platform: str | None = None,
    env: Mapping[str, str] | None = None,
) -> str | None:
    """The encoding ``stream`` should write in, or None to leave it as it is."""
    environ = os.environ if env is None else env
    if environ.get("PYTHONIOENCODING") or environ.get("PYTHONUTF8") == "1":
        return None
    if (sys.platform if platform is None else platform) != "win32":
        return "utf-8"
    isatty = getattr(stream, "isatty", None)
    try:
        console = bool(isatty()) if isatty is not None else False
    except (OSError, ValueError):  # a closed or detached stream
        console = False
    if console:
        return "utf-8"
    return "gb18030" if _codec(getattr(stream, "encoding", None)) in CHINESE_ANSI else "utf-8"


def setup_streams(
    streams: Iterable[IO[str] | Any] | None = None,
    platform: str | None = None,
    env: Mapping[str, str] | None = None,
) -> None:
    """Reconfigure stdout and stderr (or ``streams``) as ``wanted_encoding`` says, with
    ``errors="replace"``. A missing stream (``None`` in a windowed Windows program) or one
    that cannot be reconfigured is skipped."""
    for stream in (sys.stdout, sys.stderr) if streams is None else streams:
        reconfigure = getattr(stream, "reconfigure", None)
        if stream is None or reconfigure is None:
            continue
        encoding = wanted_encoding(stream, platform, env)
        try:
            if encoding is None:
                reconfigure(errors="replace")
            else:
                reconfigure(encoding=encoding, errors="replace")
        except (OSError, ValueError):  # already written to in a way that forbids a change
            continue
