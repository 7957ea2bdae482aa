#!/usr/bin/env bash
# Installs everything After-School Desk needs on Debian/Ubuntu, then either opens the
# program on the demo school (run) or runs the whole check and test suite (test).
#   bash scripts/setup.sh run     # install + open the demo school
#   bash scripts/setup.sh test    # install + ruff + mypy + pytest (+ the coverage gate)
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-run}

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

# System packages: Qt's xcb libraries, a CJK TrueType font, Xvfb, poppler, imagemagick, and
# Syncthing (the school's PCs keep their sync folder alike over the LAN, docs/several-pcs.md).
pkgs=(python3 python3-venv python3-pip xvfb xauth x11-apps imagemagick poppler-utils syncthing
      fonts-wqy-microhei libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0
      libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
      libxcb-image0 libxcb-render-util0 libxcb-xkb1 libxcb-shape0 libxcb-randr0
      libxcb-xinerama0 libxcb-xfixes0 libxcb-sync1 libx11-xcb1)
missing=()
for p in "${pkgs[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "安装系统软件包：${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
# the versions the tests passed with (constraints.txt), not whatever is newest today
.venv/bin/python -m pip install -q -e '.[dev]' -c constraints.txt

case "$what" in
  run)
    data="${APP_DATA_DIR:-$HOME/.local/share/AfterSchoolDesk}"
    mkdir -p "$data"
    demo="$data/demo.sqlite"
    if [ ! -s "$demo" ]; then
      .venv/bin/python -m app --db "$demo" demo --pupils 360 --months 3
    fi
    echo "演示学校：$demo  （登录名与 PIN 见 README）"
    exec .venv/bin/python -m app --db "$demo"
    ;;
  test)
    .venv/bin/ruff check after_school_desk app tests
    .venv/bin/ruff format --check after_school_desk app tests
    .venv/bin/mypy
    # --cov: the coverage gate on the pure modules ([tool.coverage] in pyproject.toml)
    QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -p no:cacheprovider --cov --cov-report=term
    ;;
  *)
    echo "用法：bash scripts/setup.sh run|test" >&2
    exit 2
    ;;
esac
