#!/usr/bin/env bash
# Install qcode into .venv if needed, then open it on the bundled demo project.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
exec .venv/bin/qcode --demo "$@"
