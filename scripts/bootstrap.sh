#!/usr/bin/env bash
# Create .venv (if missing) and install qcode with its test tools into it.
# uv is used when it can be had (about 10x faster than pip); pip is the fallback.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
VENV=${VENV:-.venv}

missing_system_packages() {
    local pkgs=()
    "$PYTHON" -c "import ensurepip" 2>/dev/null || pkgs+=(python3-venv)
    if command -v dpkg >/dev/null; then
        # what Qt needs to start (offscreen in tests, on screen for the app)
        for pkg in libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 \
                   libxkbcommon0 fonts-dejavu-core; do
            dpkg -s "$pkg" >/dev/null 2>&1 || pkgs+=("$pkg")
        done
    fi
    echo "${pkgs[@]:-}"
}

need=$(missing_system_packages)
if [ -n "$need" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $need
    else
        echo "qcode: these system packages are missing: $need" >&2
        echo "       install them with: sudo apt-get install $need" >&2
        [[ " $need " == *" python3-venv "* ]] && exit 1
    fi
fi

stamp="$VENV/.installed-$(sha1sum pyproject.toml | cut -c1-12)"
if [ -f "$stamp" ]; then
    exit 0
fi
[ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --upgrade pip uv \
    || echo "qcode: uv unavailable, installing with pip" >&2
if [ -x "$VENV/bin/uv" ]; then
    "$VENV/bin/uv" pip install --quiet --python "$VENV/bin/python" -e ".[dev]"
else
    "$VENV/bin/python" -m pip install --quiet -e ".[dev]"
fi
rm -f "$VENV"/.installed-*
touch "$stamp"
