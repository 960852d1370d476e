#!/usr/bin/env bash
# Create the virtual environment and install qcode with its test tools.
# uv is used when it can be had (10x faster than pip); pip is the fallback.
set -euo pipefail
PYTHON=${1:-python3}
VENV=${2:-.venv}
if [ ! -x "$VENV/bin/python" ]; then
    "$PYTHON" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install --quiet --upgrade pip uv \
    || echo "bootstrap: uv unavailable, falling back to pip"
if [ -x "$VENV/bin/uv" ]; then
    "$VENV/bin/uv" pip install --python "$VENV/bin/python" -e ".[dev]"
else
    "$VENV/bin/python" -m pip install -e ".[dev]"
fi
