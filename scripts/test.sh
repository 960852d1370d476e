#!/usr/bin/env bash
# Install qcode and its test tools into .venv if needed, then lint, type-check and run the whole test
# suite (what CI runs). ruff and mypy read their settings from pyproject.toml; either failing fails
# the run before any test starts.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
.venv/bin/ruff check .
.venv/bin/mypy  # [tool.mypy] files: core, io, anonymise, export, analysis, cli (~2 s warm, ~15 s cold)
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest -q "$@"
