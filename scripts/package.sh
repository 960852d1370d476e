#!/usr/bin/env bash
# Build qcode as a desktop program: a PyInstaller one-folder bundle (dist/qcode/) from
# packaging/qcode.spec, and a Debian package (dist/qcode_VERSION_ARCH.deb) that installs it under
# /opt/qcode with a /usr/bin/qcode launcher, a menu entry, icons and the .qcode file type.
# Needs a Debian/Ubuntu build machine (dpkg-deb, dpkg -S, ldd, strip). See packaging/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BUILD=$ROOT/build/package
DIST=$ROOT/dist
say() { echo "package: [${SECONDS}s] $*" >&2; }
die() { say "$*"; exit 1; }

scripts/bootstrap.sh
for tool in dpkg-deb dpkg ldd strip readelf objdump; do
    command -v "$tool" >/dev/null || missing_tools+=("$tool")
done
if [ -n "${missing_tools[*]:-}" ]; then
    # strip, readelf and objdump come with binutils; dpkg-deb and dpkg -S with dpkg.
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        apt-get install -y -qq binutils >/dev/null
    else
        die "missing build tools (${missing_tools[*]}); install them with: sudo apt-get install binutils"
    fi
fi

# PyInstaller is a build tool: the package extra installs it into .venv, never into qcode's runtime.
if [ -x .venv/bin/uv ]; then
    .venv/bin/uv pip install --quiet --python .venv/bin/python -e ".[package]"
else
    .venv/bin/python -m pip install --quiet -e ".[package]"
fi

VERSION=$(.venv/bin/python -c "import qcode; print(qcode.__version__)")
ARCH=$(dpkg --print-architecture)
DEB=$DIST/qcode_${VERSION}_${ARCH}.deb

say "building the bundle (PyInstaller, about a minute)"
rm -rf "$DIST/qcode" "$BUILD"
mkdir -p "$BUILD"
start=$SECONDS
# spaCy's hook asks for its test modules, which the spec leaves out on purpose: drop those warnings.
.venv/bin/pyinstaller --noconfirm --log-level WARN --distpath "$DIST" --workpath "$BUILD/pyinstaller" \
    packaging/qcode.spec 2> >(grep -v -e 'Hidden import "spacy.tests' -e 'Hidden import "thinc.tests' >&2)
BUNDLE=$DIST/qcode
INTERNAL=$BUNDLE/_internal

# The wheels ship their native code with debug information (spaCy's alone is ~100 MB of it); users
# never need it. --strip-debug keeps every symbol the loader and Python use.
say "stripping debug information"
find "$BUNDLE" -type f \( -name '*.so' -o -name '*.so.*' -o -name qcode \) -print0 |
    while IFS= read -r -d '' file; do
        # (grep without -q: an early exit would kill readelf and, under pipefail, fail the test)
        if readelf -S "$file" 2>/dev/null | grep '\.debug_info' >/dev/null; then
            strip --strip-debug "$file"
        fi
    done

# Which distribution packages the bundle needs: every library an ELF file in it links against that
# is not in the bundle, as found by the loader (ldd) and owned by a package (dpkg -S). The GTK 3
# platform theme is left out: Qt loads it only on GTK desktops, which have GTK (so: Suggests).
say "finding the system packages the bundle needs"
mapfile -d '' elves < <(find "$BUNDLE" -type f \( -name '*.so' -o -name '*.so.*' -o -name qcode \) \
                        ! -path '*/platformthemes/libqgtk3.so' -print0)
declare -A libs=()
unresolved=()
for file in "${elves[@]}"; do
    while read -r name arrow path _; do
        [ "$arrow" = "=>" ] || continue
        if [ "$path" = "not" ]; then
            unresolved+=("$name (needed by ${file#"$BUNDLE"/})")
        elif [[ "$path" != "$BUNDLE"/* ]]; then
            libs[$path]=1
        fi
    done < <(LD_LIBRARY_PATH="$INTERNAL" ldd "$file" 2>/dev/null || true)
done
[ ${#unresolved[@]} -eq 0 ] || die "libraries not found on this build machine: ${unresolved[*]}"
declare -A packages=()
for path in "${!libs[@]}"; do
    owner=$(dpkg -S "$path" 2>/dev/null || dpkg -S "$(realpath "$path")" 2>/dev/null \
            || dpkg -S "/usr$path" 2>/dev/null || true)
    [ -n "$owner" ] || die "no Debian package owns $path (installed by hand?); cannot name it in Depends"
    packages[${owner%%:*}]=1
done
# Plus what the platform plugins load at run time without linking to it (fonts for the Danish
# letters; the X11 and Wayland libraries are all linked, so they are already in the list).
packages[fonts-dejavu-core]=1
glibc=$(for file in "${elves[@]}"; do objdump -T "$file" 2>/dev/null; done \
        | grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -1)
depends=$(printf '%s\n' "${!packages[@]}" | sort | sed "s/^libc6\$/libc6 (>= $glibc)/" | paste -sd, | sed 's/,/, /g')

say "assembling the Debian package"
PKG=$BUILD/deb
mkdir -p "$PKG/opt" "$PKG/usr/bin" "$PKG/usr/share/applications" "$PKG/usr/share/mime/packages" \
    "$PKG/usr/share/doc/qcode" "$PKG/DEBIAN"
cp -a "$BUNDLE" "$PKG/opt/qcode"
install -m 0755 packaging/qcode-launcher.sh "$PKG/usr/bin/qcode"
install -m 0644 packaging/qcode.desktop "$PKG/usr/share/applications/qcode.desktop"
install -m 0644 packaging/qcode-mime.xml "$PKG/usr/share/mime/packages/qcode.xml"
install -m 0644 packaging/copyright "$PKG/usr/share/doc/qcode/copyright"
.venv/bin/python packaging/render_icons.py resources/icons/qcode.svg "$PKG/usr/share/icons/hicolor" >/dev/null
installed_kb=$(du -sk --exclude=DEBIAN "$PKG" | cut -f1)
cat > "$PKG/DEBIAN/control" <<EOF
Package: qcode
Version: $VERSION
Architecture: $ARCH
Maintainer: ${DEBFULLNAME:-qcode developers} <${DEBEMAIL:-qcode@localhost}>
Installed-Size: $installed_kb
Depends: $depends
Suggests: libgtk-3-0
Section: science
Priority: optional
Description: qualitative coding of Danish interview transcripts
 qcode imports interview transcripts, codes passages with a codebook, anonymises
 names, ages, places and organisations with consistent pseudonyms, reviews code
 frequencies and exports anonymised quotes. Everything lives in one local
 project file (.qcode); nothing leaves the machine.
 .
 This package carries its own Python and Qt under /opt/qcode.
EOF
# Menus, icons and the file type are picked up by the triggers of desktop-file-utils,
# shared-mime-info and the icon theme, so the package needs no maintainer scripts.
mkdir -p "$DIST"
dpkg-deb --root-owner-group -Zzstd --build "$PKG" "$DEB" >/dev/null

bundle_mb=$(du -sm "$BUNDLE" | cut -f1)
deb_mb=$(du -m "$DEB" | cut -f1)
say "bundle: $BUNDLE ($bundle_mb MB)"
say "package: $DEB ($deb_mb MB, installs $((installed_kb / 1024)) MB) in $((SECONDS - start)) s"
say "depends: $depends"
echo "$DEB"
