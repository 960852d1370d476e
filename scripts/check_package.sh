#!/usr/bin/env bash
# Packaging check: build the bundle and the .deb (scripts/package.sh), unpack the .deb into an empty
# folder with dpkg -x, and use what it installed the way a user would: the command line, the GUI on
# the demo project (it must paint and quit with status 0), a CLI anonymisation of a demo transcript,
# and the menu entry, icons and file type. Run as root, every program runs in a private mount
# namespace where the unpacked /opt/qcode is at /opt/qcode and no Python exists, so the installed
# launcher /usr/bin/qcode is what starts. See packaging/README.md.
#
#   scripts/check_package.sh              build, then check
#   scripts/check_package.sh --no-build   check dist/qcode_*.deb as it is
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

if [ "${1:-}" = "--no-build" ]; then
    deb=$(ls -t dist/qcode_*.deb 2>/dev/null | head -1)
    [ -n "$deb" ] || { echo "check: no dist/qcode_*.deb; run scripts/package.sh" >&2; exit 1; }
    scripts/bootstrap.sh
else
    deb=$(scripts/package.sh | tail -1)
fi
deb=$(realpath "$deb")

work=$(mktemp -d "${TMPDIR:-/tmp}/qcode-check.XXXXXX")
trap 'rm -rf "$work"' EXIT
root=$work/root
mkdir -p "$root" "$work/home"
dpkg -x "$deb" "$root"
failures=0
ok() { echo "ok    $*"; }
quiet() { "$@" >/dev/null; }
bad() { echo "FAIL  $*" >&2; failures=$((failures + 1)); }
expect() {  # expect DESCRIPTION COMMAND… : the command must succeed
    local what=$1; shift
    if "$@"; then ok "$what"; else bad "$what"; fi
}

# -- what the package put where ------------------------------------------------------------------
echo "check: $(basename "$deb") unpacked into $root"
expect "launcher /usr/bin/qcode and bundle /opt/qcode/qcode are executable" \
    test -x "$root/usr/bin/qcode" -a -x "$root/opt/qcode/qcode"
if command -v desktop-file-validate >/dev/null; then
    expect "desktop entry validates" desktop-file-validate "$root/usr/share/applications/qcode.desktop"
fi
expect "desktop entry opens .qcode files" \
    grep -qx 'MimeType=application/x-qcode;' "$root/usr/share/applications/qcode.desktop"
icons=0
for size in 16 22 24 32 48 64 128 256 512; do
    [ -s "$root/usr/share/icons/hicolor/${size}x${size}/apps/qcode.png" ] && icons=$((icons + 1))
done
expect "icons: SVG and 9 PNG sizes 16-512" \
    test "$icons" = 9 -a -s "$root/usr/share/icons/hicolor/scalable/apps/qcode.svg"
# Everything a user should not be carrying: tests, test tools, Tk, unused Qt modules.
unwanted=$(cd "$root/opt/qcode" && find . \( -type d \( -name tests -o -name hypothesis -o -name _pytest \
    -o -name tkinter \) \) -o \( -name '_tkinter*' -o -name 'libQt6WebEngine*' -o -name 'libQt63D*' \
    -o -name 'libQt6Quick*' -o -name 'libQt6Qml*' -o -name 'libQt6Multimedia*' -o -name 'libQt6Network*' \
    -o -name 'libxcb.so.*' -o -name 'libxcb-cursor.so.*' -o -name 'libX11.so.*' -o -name 'libstdc++.so.*' \
    -o -name 'libglib-2.0.so.*' \) | head -5)
expect "trimmed: no tests, Tk, unused Qt modules or system libraries in the bundle${unwanted:+ (found: $unwanted)}" \
    test -z "$unwanted"

# The file type, resolved the way file managers do (shared-mime-info database, glob + magic).
mkdir -p "$work/demo-files"
.venv/bin/qcode new "$work/demo-files/projekt.qcode" >/dev/null
if command -v update-mime-database >/dev/null; then
    update-mime-database "$root/usr/share/mime" >/dev/null 2>&1 || true
fi
mime=$(XDG_DATA_DIRS="$root/usr/share:/usr/share" QT_QPA_PLATFORM=offscreen .venv/bin/python -c '
import sys
from PySide6.QtCore import QMimeDatabase
print(QMimeDatabase().mimeTypeForFile(sys.argv[1]).name())' "$work/demo-files/projekt.qcode")
expect "a .qcode file (an SQLite file) is application/x-qcode, not plain SQLite (got $mime)" \
    test "$mime" = application/x-qcode

# -- running it ----------------------------------------------------------------------------------
# Reference results from the checkout, computed before Python is hidden.
version=$(.venv/bin/qcode --version)
for transcript in resources/demo/*.txt; do
    QCODE_LANG=en .venv/bin/qcode anonymise --report "$transcript" > "$work/expected-$(basename "$transcript").txt"
done

isolated=no
if [ "$(id -u)" = 0 ] && command -v unshare >/dev/null && unshare -m true 2>/dev/null; then
    isolated=yes
    cat > "$work/namespace.sh" <<EOF
set -e
# This mount namespace is private: nothing below is seen outside it, and it ends with the command.
mount --make-rprivate /
mount -t tmpfs tmpfs /opt && mkdir /opt/qcode && mount --bind "$root/opt/qcode" /opt/qcode
for dir in /usr/lib/python3* /usr/local/lib/python3* "\${PYENV_ROOT:-/nonexistent}" "$HOME/.pyenv" \
           "$ROOT/.venv"; do
    [ -d "\$dir" ] && mount -t tmpfs tmpfs "\$dir"
done
for lib in /usr/lib/*/libpython3*.so* /usr/lib/libpython3*.so* /usr/local/lib/libpython3*.so*; do
    [ -f "\$lib" ] && mount --bind /dev/null "\$lib"
done
exec "\$@"
EOF
fi
installed() {  # run a command as installed: /usr/bin/qcode → /opt/qcode, without any Python
    if [ "$isolated" = yes ]; then
        unshare -m bash "$work/namespace.sh" "$@"
    else
        "$@"
    fi
}
qcode_cmd=$root/usr/bin/qcode
[ "$isolated" = yes ] || qcode_cmd=$root/opt/qcode/qcode  # the launcher's /opt/qcode is not ours
export HOME=$work/home XDG_CONFIG_HOME=$work/home/config XDG_DATA_HOME=$work/home/data QCODE_LANG=en
unset QT_QPA_PLATFORM

if [ "$isolated" = yes ]; then
    expect "no Python in the check's namespace (python3 cannot start there)" \
        bash -c "! unshare -m bash '$work/namespace.sh' sh -c 'python3 -c pass || python -c pass' 2>/dev/null"
else
    echo "note  not root: the bundle runs from $root/opt/qcode with Python still on the machine"
fi
expect "qcode --version says '$version'" test "$(installed "$qcode_cmd" --version)" = "$version"
expect "qcode anonymise --help" quiet installed "$qcode_cmd" anonymise --help

smoke() {  # smoke PLATFORM ARG… : the GUI must paint and quit with 0; prints its report line
    QT_QPA_PLATFORM=$1 QCODE_QUIT_AFTER_PAINT=1 QCODE_SMOKE_TIMEOUT=120 installed "${@:2}" 2>"$work/smoke.err"
}
# Cold start: evict the bundle's files from the page cache first (what a first start after boot sees
# for qcode's own files; the system libraries stay cached).
find "$root/opt/qcode" -type f -exec dd if={} iflag=nocache count=0 status=none \;
seconds_since() { awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }'; }
start=$EPOCHREALTIME
if line=$(QCODE_LANG=da smoke offscreen "$qcode_cmd" --demo); then
    cold=$(seconds_since "$start")
    expect "GUI (offscreen, Danish) painted the demo project: $line" \
        grep -q "with demo.qcode, 3 documents; menus Filer" <<<"$line"
else
    bad "GUI (offscreen) on the demo project: $(cat "$work/smoke.err")"
    cold=
fi
start=$EPOCHREALTIME
line=$(smoke offscreen "$qcode_cmd" --demo) || bad "GUI second start: $(cat "$work/smoke.err")"
warm=$(seconds_since "$start")
installed "$qcode_cmd" new "$work/demo-files/egen.qcode" >/dev/null
if line=$(smoke offscreen "$qcode_cmd" "$work/demo-files/egen.qcode"); then
    expect "GUI opens a project given as its argument (a double-click): $line" grep -q "with egen.qcode" <<<"$line"
else
    bad "GUI on a project file: $(cat "$work/smoke.err")"
fi
if command -v xvfb-run >/dev/null; then
    if line=$(smoke xcb xvfb-run -a -s "-screen 0 1280x900x24" "$qcode_cmd" --demo); then
        expect "GUI on a real X11 display (xcb under Xvfb): $line" grep -q "on xcb" <<<"$line"
    else
        bad "GUI on xcb under Xvfb: $(cat "$work/smoke.err")"
    fi
fi

# The anonymiser in the bundle (spaCy, the shipped NER model, the lexicons) gives the same result
# as the checkout it was built from.
for transcript in resources/demo/*.txt; do
    name=$(basename "$transcript")
    installed "$qcode_cmd" anonymise --report "$ROOT/$transcript" > "$work/got-$name.txt" || true
    expect "anonymise --report $name matches the checkout ($(($(wc -l < "$work/got-$name.txt") - 2)) entities)" \
        cmp -s "$work/expected-$name.txt" "$work/got-$name.txt"
done
installed "$qcode_cmd" anonymise --out "$work/anon" "$ROOT"/resources/demo/*.txt >/dev/null
expect "anonymise --out wrote 3 pseudonymised transcripts without the interviewees' names" \
    bash -c "test \$(ls '$work/anon' | wc -l) = 3 && ! grep -l -w -e Birgit -e Fatima -e Jonas '$work/anon'/*"
lemmas=$(installed "$qcode_cmd" report "$XDG_DATA_HOME/qcode/demo.qcode" search --query barn --lemmas --acknowledge-warnings || true)
expect "lemma search finds 'børn' for 'barn' (spaCy's Danish lookup table)" grep -q ',børn,' <<<"$lemmas"

bundle_mb=$(du -sm "$root/opt/qcode" | cut -f1)
deb_mb=$(du -m "$deb" | cut -f1)
echo
echo "bundle $bundle_mb MB, .deb $deb_mb MB; GUI start to first paint on the demo project:" \
     "cold ${cold:-?} s, warm ${warm:-?} s (python hidden: $isolated)"
if [ "$failures" -gt 0 ]; then
    echo "check: $failures check(s) failed" >&2
    exit 1
fi
echo "check: the package works"
