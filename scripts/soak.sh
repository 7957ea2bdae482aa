#!/usr/bin/env bash
# Soak runs: the kill, power-cut, byte-flip and roster-fuzz harnesses at scale, on the sign-in
# and handover workloads (README, "Soak runs"). Prints every count and a summary table; exits
# 0 when nothing failed, 1 on a lost write, crash, silent change, write into a damaged file or
# partial import, 2 when the harness itself broke.
#   scripts/soak.sh            # full: 1,000 SIGKILLs, 200 power cuts, 1,000 byte flips,
#                              #       10,000 roster files (about 15 minutes on 2 cores)
#   scripts/soak.sh --quick    # 1/50 of the counts, about a minute
#   scripts/soak.sh --scale 0.2 --jobs 4 --workdir /tmp/soak --only kill,powercut
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
if [ ! -x "$PY" ]; then PY=python3; fi
exec "$PY" -m scripts.soak "$@"
