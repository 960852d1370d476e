#!/usr/bin/env bash
# Install qcode into .venv if needed, then open it: on the bundled demo project, or on the project
# given (scripts/run.sh PROJECT.qcode).
set -euo pipefail
here=$PWD
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
if [ $# -eq 0 ]; then
    exec .venv/bin/qcode --demo
fi
# A relative project path means the folder the user stood in, not the checkout this script is in.
args=()
for arg in "$@"; do
    if [[ "$arg" != -* && "$arg" != /* && ( -e "$here/$arg" || "$arg" == *.qcode ) ]]; then
        arg="$here/$arg"
    fi
    args+=("$arg")
done
exec .venv/bin/qcode "${args[@]}"
