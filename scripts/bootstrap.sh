#!/usr/bin/env bash
# Create .venv (if missing) and install qcode with its test tools into it.
# uv is used when it can be had (about 10x faster than pip); pip is the fallback.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
VENV=${VENV:-.venv}

# System libraries Qt loads, by what needs them. The lists come from `ldd` on PySide6's platform
# plugins (see qcode/ui/platform_check.py, whose package table a test keeps in step with this file).
QT_OFFSCREEN=(libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0
              libxkbcommon0 fonts-dejavu-core)
# A real window on X11 (the xcb plugin; also what Wayland desktops fall back to through XWayland).
QT_X11=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 libxcb-image0
        libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xkb1 libxcb-util1 libxcb-shm0
        libxcb-sync1 libxcb-xfixes0 libxcb-render0 libxcb-glx0 libxcb1 libx11-xcb1 libglx0 libglvnd0)
# A native Wayland window (the wayland plugin, its xdg-shell integration and EGL client buffers).
QT_WAYLAND=(libwayland-client0 libwayland-cursor0 libwayland-egl1)
# Only for the GUI smoke test in CI (tests/ui/test_gui_smoke.py): a virtual X server.
CI_DISPLAY=(xvfb xauth)

installed() {
    # Ubuntu 24.04 and Debian 13 renamed some libraries for 64-bit time_t (libglib2.0-0t64); the
    # new package provides the old name, which dpkg-query does not resolve on its own.
    dpkg-query -W -f='${db:Status-Abbrev}' "$1" 2>/dev/null | grep -q '^ii' \
        || dpkg-query -W -f='${db:Status-Abbrev}' "$1t64" 2>/dev/null | grep -q '^ii'
}

missing_system_packages() {
    local pkgs=()
    "$PYTHON" -c "import ensurepip" 2>/dev/null || pkgs+=(python3-venv)
    if command -v dpkg-query >/dev/null; then
        local wanted=("${QT_OFFSCREEN[@]}" "${QT_X11[@]}" "${QT_WAYLAND[@]}")
        # A user's machine needs no Xvfb; CI (root, fresh) does.
        [ "$(id -u)" = 0 ] && wanted+=("${CI_DISPLAY[@]}")
        for pkg in "${wanted[@]}"; do
            installed "$pkg" || pkgs+=("$pkg")
        done
    fi
    echo "${pkgs[@]:-}"
}

need=$(missing_system_packages)
if [ -n "$need" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "qcode: installing system packages: $need" >&2
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $need >/dev/null
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
