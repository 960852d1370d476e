"""Before the GUI starts: can Qt's window-system plugin (xcb on X11, wayland on Wayland) load here?

When a system library that the plugin links against is missing, Qt prints a misleading hint
("xcb-cursor0 … is needed" even when another library is the one missing) and aborts the process
(SIGABRT, exit status 134). This module finds the plugin Qt is going to use, asks the dynamic loader
(a dlopen, then ``ldd`` when that fails) which of its libraries do not resolve, and turns that into one
sentence with the exact ``apt-get install`` line. It also reports a missing display instead of Qt's abort.

Only the ``xcb`` and ``wayland`` platforms are checked; ``offscreen`` (tests) and the rest are left to
Qt. The check never blocks a start it is unsure about: if ``ldd`` is unusable or its output is not
understood, the GUI starts as before and Qt has the last word.
"""

from __future__ import annotations

import ctypes
import os
import re
import shutil
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLibraryInfo

from qcode.core.errors import register_messages, say

# Shared-library file name -> the Debian/Ubuntu package that ships it. Made from `ldd` on
# PySide6-Essentials' libqxcb.so, libqwayland.so, libxdg-shell.so, the xcb GL integrations and
# libqt-plugin-wayland-egl.so, with `dpkg -S` on Debian 12 (Ubuntu 22.04+ uses the same names;
# its 64-bit-time renames such as libglib2.0-0t64 provide the old names, so apt accepts these).
# scripts/bootstrap.sh installs the same packages; a test keeps the two lists in step.
PACKAGES: dict[str, str] = {
    # X11 (the xcb platform)
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb.so.1": "libxcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    # Wayland
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    # both, and Qt itself
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}

# The plugin files that must load for each platform (Qt picks plugins by their metadata keys, but
# PySide6 ships each of these platforms in one file; older wheels called wayland's "-generic").
PLUGIN_FILES: dict[str, tuple[tuple[str, ...], ...]] = {
    "xcb": (("platforms/libqxcb.so",),),
    "wayland": (("platforms/libqwayland.so", "platforms/libqwayland-generic.so"),
                ("wayland-shell-integration/libxdg-shell.so",)),
}

register_messages({
    "startup.libraries": (
        "qcode cannot open its window: Qt's window-system plugin ({platforms}) needs system "
        "libraries that are not installed ({libraries}); install them with: {command}",
        "qcode kan ikke åbne sit vindue: Qt's vinduessystem-plugin ({platforms}) mangler "
        "systembiblioteker, der ikke er installeret ({libraries}); installér dem med: {command}",
    ),
    "startup.libraries_unknown": (
        "qcode cannot open its window: Qt's window-system plugin ({platforms}) needs system "
        "libraries that are not installed ({libraries}); install the packages that provide them "
        "(or reinstall qcode if they belong to it).",
        "qcode kan ikke åbne sit vindue: Qt's vinduessystem-plugin ({platforms}) mangler "
        "systembiblioteker, der ikke er installeret ({libraries}); installér de pakker, der leverer "
        "dem (eller geninstallér qcode, hvis de hører til den).",
    ),
    "startup.no_display": (
        "qcode cannot open its window: no graphical display was found ({variables} not set); "
        "start it from a desktop session, or use the command line (qcode --help).",
        "qcode kan ikke åbne sit vindue: der blev ikke fundet nogen grafisk skærm ({variables} er "
        "ikke sat); start det fra et skrivebordsmiljø, eller brug kommandolinjen (qcode --help).",
    ),
})

_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found\s*$", re.MULTILINE)
_DLOPEN_ERROR = re.compile(r"(\S+\.so[.\d]*): cannot open shared object file")


@dataclass(frozen=True)
class PlatformProblem:
    """Why none of the platforms Qt would try can start: missing libraries, or no display."""

    platforms: tuple[str, ...]
    missing: tuple[str, ...] = ()  # library file names the loader could not find
    packages: tuple[str, ...] = ()  # the packages that provide the known ones
    no_display: tuple[str, ...] = ()  # the environment variables that would name a display

    def install_command(self, as_root: bool | None = None) -> str:
        """The exact apt-get line for the known packages ('' when none is known)."""
        if not self.packages:
            return ""
        root = os.geteuid() == 0 if as_root is None else as_root
        return ("" if root else "sudo ") + "apt-get install " + " ".join(self.packages)

    def message(self, lang: str = "en", as_root: bool | None = None) -> str:
        """One sentence for the user, in 'da' or 'en'."""
        platforms = "/".join(self.platforms)
        if self.missing:
            unknown = [lib for lib in self.missing if lib not in PACKAGES]
            if self.packages and not unknown:
                return say("startup.libraries", lang, platforms=platforms,
                           libraries=", ".join(self.missing), command=self.install_command(as_root))
            return say("startup.libraries_unknown", lang, platforms=platforms,
                       libraries=", ".join(self.missing))
        joiner = " og " if lang == "da" else " and "
        return say("startup.no_display", lang, variables=joiner.join(self.no_display))


def candidate_platforms(environ: Mapping[str, str]) -> list[str]:
    """The platform plugins Qt will try, in order (as QGuiApplication chooses them in Qt 6)."""
    forced = environ.get("QT_QPA_PLATFORM", "").strip()
    if forced:
        # "wayland;xcb" is a fallback list; "xcb:option=value" carries plugin options
        return [part.split(":", 1)[0].strip() for part in forced.split(";") if part.strip()]
    if environ.get("XDG_SESSION_TYPE", "").lower() == "wayland":
        return ["wayland", "xcb"]
    return ["xcb"]


def plugin_directories(environ: Mapping[str, str]) -> list[Path]:
    """Where Qt looks for plugins: QT_PLUGIN_PATH, then the PySide6 installation's own folder."""
    dirs = [Path(p) for p in environ.get("QT_PLUGIN_PATH", "").split(os.pathsep) if p]
    dirs.append(Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)))
    return dirs


def missing_libraries(plugin: Path) -> list[str] | None:
    """File names of the shared libraries ``plugin`` needs that the loader cannot find.

    A dlopen answers first: when it loads, nothing is missing (~2 ms, and Qt loads the same libraries
    a moment later; running ``ldd`` at every start took 15-25 ms). When it fails, ``ldd`` lists every
    unresolved library, including those of the Qt libraries in between, where the dlopen names only
    the first. None when neither gives an answer."""
    quick = _dlopen_missing(plugin)
    if quick == []:
        return quick
    import subprocess  # noqa: PLC0415 (only when the plugin did not load: ~4 ms of every start otherwise)

    ldd = shutil.which("ldd")
    if ldd:
        try:
            result = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=30)
        except (OSError, subprocess.SubprocessError):
            result = None
        if result is not None and result.returncode == 0:
            return list(dict.fromkeys(_NOT_FOUND.findall(result.stdout)))
    return quick


def _dlopen_missing(plugin: Path) -> list[str] | None:
    try:
        ctypes.CDLL(str(plugin), mode=os.RTLD_LAZY | os.RTLD_LOCAL)
    except OSError as error:
        found = _DLOPEN_ERROR.search(str(error))
        return [found.group(1)] if found else None
    return []


def _has_display(platform: str, environ: Mapping[str, str]) -> bool:
    if platform == "xcb":
        return bool(environ.get("DISPLAY"))
    if environ.get("WAYLAND_SOCKET"):
        return True
    name = environ.get("WAYLAND_DISPLAY") or "wayland-0"
    runtime = environ.get("XDG_RUNTIME_DIR", "")
    socket = Path(name) if os.path.isabs(name) else Path(runtime) / name if runtime else None
    return socket is not None and socket.exists()


def _find_plugin(names: Sequence[str], dirs: Sequence[Path]) -> Path | None:
    for directory in dirs:
        for name in names:
            if (directory / name).is_file():
                return directory / name
    return None


def check(environ: Mapping[str, str] | None = None, plugin_dirs: Sequence[Path] | None = None,
          find_missing: Callable[[Path], list[str] | None] = missing_libraries) -> PlatformProblem | None:
    """None when at least one platform Qt will try can start; otherwise what stops all of them."""
    env = os.environ if environ is None else environ
    platforms = [p for p in candidate_platforms(env) if p in PLUGIN_FILES]
    if not platforms or len(platforms) < len(candidate_platforms(env)):
        return None  # offscreen, vnc, eglfs …: nothing we know how to check, so Qt decides
    dirs = plugin_directories(env) if plugin_dirs is None else list(plugin_dirs)
    missing: list[str] = []
    lacking: list[str] = []  # the platforms whose libraries are missing
    no_display: list[str] = []
    for platform in platforms:
        absent: list[str] = []
        for names in PLUGIN_FILES[platform]:
            plugin = _find_plugin(names, dirs)
            found = find_missing(plugin) if plugin is not None else None
            if found is None:
                return None  # plugin not where we expect, or the loader gave no answer: let Qt try
            absent += found
        if absent:
            missing += absent
            lacking.append(platform)
        elif _has_display(platform, env):
            return None
        else:
            no_display.append("DISPLAY" if platform == "xcb" else "WAYLAND_DISPLAY")
    if missing:
        libraries = tuple(dict.fromkeys(missing))
        packages = tuple(dict.fromkeys(PACKAGES[lib] for lib in libraries if lib in PACKAGES))
        return PlatformProblem(tuple(lacking), missing=libraries, packages=packages)
    return PlatformProblem(tuple(platforms), no_display=tuple(no_display))
