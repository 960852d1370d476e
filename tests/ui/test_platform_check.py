"""The start-up check for Qt's window-system plugin: which platforms Qt will try, which libraries
the loader cannot find (with a real ELF plugin whose dependency is missing), and the one-sentence
message with the exact apt-get line instead of Qt's abort."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo

from qcode.ui import platform_check
from qcode.ui.platform_check import PlatformProblem, candidate_platforms, check, missing_libraries

ROOT = Path(__file__).resolve().parents[2]
QT_PLUGINS = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
FAKE_LIBRARY = "libqcodegone.so.0"  # same length as the name it replaces in the copied plugin


def broken_plugin_tree(tmp_path: Path, as_name: str = "platforms/libqxcb.so") -> Path:
    """A plugin folder whose ``as_name`` is Qt's real offscreen plugin with one dependency renamed
    to a library that exists nowhere, so the dynamic loader itself reports it missing."""
    data = (QT_PLUGINS / "platforms" / "libqoffscreen.so").read_bytes()
    needed = b"\x00libxkbcommon.so.0\x00"
    assert needed in data and len(FAKE_LIBRARY) == len(needed) - 2
    plugins = tmp_path / "plugins"
    target = plugins / as_name
    target.parent.mkdir(parents=True)
    target.write_bytes(data.replace(needed, b"\x00" + FAKE_LIBRARY.encode() + b"\x00"))
    # The plugin finds the Qt libraries through its RUNPATH, $ORIGIN/../../lib.
    (tmp_path / "lib").symlink_to(QT_PLUGINS.parent / "lib")
    return plugins


@pytest.mark.parametrize(("environ", "expected"), [
    ({}, ["xcb"]),
    ({"XDG_SESSION_TYPE": "x11"}, ["xcb"]),
    ({"XDG_SESSION_TYPE": "wayland"}, ["wayland", "xcb"]),
    ({"QT_QPA_PLATFORM": "offscreen", "XDG_SESSION_TYPE": "wayland"}, ["offscreen"]),
    ({"QT_QPA_PLATFORM": "wayland;xcb"}, ["wayland", "xcb"]),
    ({"QT_QPA_PLATFORM": "xcb:nomitshm"}, ["xcb"]),
])
def test_candidate_platforms_follow_qt(environ, expected):
    assert candidate_platforms(environ) == expected


@pytest.mark.skipif(shutil.which("ldd") is None, reason="ldd is not installed")
def test_loader_reports_the_missing_library_of_a_real_plugin(tmp_path):
    plugins = broken_plugin_tree(tmp_path)
    assert missing_libraries(plugins / "platforms" / "libqxcb.so") == [FAKE_LIBRARY]
    # the untouched plugin resolves completely
    assert missing_libraries(QT_PLUGINS / "platforms" / "libqoffscreen.so") == []


def test_a_plugin_that_loads_is_not_handed_to_ldd(monkeypatch):
    # ldd costs a process and 15-25 ms at every start; a plugin that loads has nothing missing
    monkeypatch.setattr(subprocess, "run", lambda *a, **k: pytest.fail("ldd was run"))
    assert missing_libraries(QT_PLUGINS / "platforms" / "libqoffscreen.so") == []


def test_dlopen_names_the_first_missing_library_when_ldd_is_absent(tmp_path, monkeypatch):
    plugins = broken_plugin_tree(tmp_path)
    monkeypatch.setattr(platform_check.shutil, "which", lambda name: None)
    assert missing_libraries(plugins / "platforms" / "libqxcb.so") == [FAKE_LIBRARY]


@pytest.mark.skipif(shutil.which("ldd") is None, reason="ldd is not installed")
def test_check_on_a_broken_xcb_plugin_gives_the_apt_line(tmp_path, monkeypatch):
    plugins = broken_plugin_tree(tmp_path)
    monkeypatch.setitem(platform_check.PACKAGES, FAKE_LIBRARY, "libqcodegone0")
    problem = check({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":0"}, plugin_dirs=[plugins])
    assert problem == PlatformProblem(("xcb",), missing=(FAKE_LIBRARY,), packages=("libqcodegone0",))
    assert problem.message("en", as_root=False) == (
        "qcode cannot open its window: Qt's window-system plugin (xcb) needs system libraries that "
        f"are not installed ({FAKE_LIBRARY}); install them with: sudo apt-get install libqcodegone0")
    assert problem.message("da", as_root=True).endswith("installér dem med: apt-get install libqcodegone0")


def test_known_libraries_become_debian_packages(tmp_path):
    (tmp_path / "platforms").mkdir()
    (tmp_path / "platforms" / "libqxcb.so").touch()
    problem = check({"DISPLAY": ":0"}, plugin_dirs=[tmp_path],
                    find_missing=lambda p: ["libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-util.so.1"])
    assert problem.install_command(as_root=False) == (
        "sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-util1")


def test_unknown_library_gets_no_invented_package(tmp_path):
    (tmp_path / "platforms").mkdir()
    (tmp_path / "platforms" / "libqxcb.so").touch()
    problem = check({"DISPLAY": ":0"}, plugin_dirs=[tmp_path], find_missing=lambda p: ["libQt6XcbQpa.so.6"])
    assert problem.packages == ()
    assert "apt-get" not in problem.message("en")
    assert "reinstall qcode" in problem.message("en")


def wayland_and_xcb(tmp_path: Path) -> Path:
    for name in ("platforms/libqxcb.so", "platforms/libqwayland.so",
                 "wayland-shell-integration/libxdg-shell.so"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).touch()
    return tmp_path


def test_wayland_session_falls_back_to_xcb_as_qt_does(tmp_path):
    plugins = wayland_and_xcb(tmp_path)
    missing = {"libqwayland.so": ["libwayland-cursor.so.0"]}
    env = {"XDG_SESSION_TYPE": "wayland", "DISPLAY": ":0"}
    assert check(env, [plugins], lambda p: missing.get(p.name, [])) is None
    missing["libqxcb.so"] = ["libxcb-cursor.so.0"]
    problem = check(env, [plugins], lambda p: missing.get(p.name, []))
    assert problem.platforms == ("wayland", "xcb")
    assert problem.install_command(as_root=True) == "apt-get install libwayland-cursor0 libxcb-cursor0"


def test_wayland_socket_counts_as_a_display(tmp_path):
    plugins = wayland_and_xcb(tmp_path / "plugins")
    runtime = tmp_path / "run"
    runtime.mkdir()
    env = {"XDG_SESSION_TYPE": "wayland", "XDG_RUNTIME_DIR": str(runtime), "WAYLAND_DISPLAY": "wayland-1"}
    assert check(env, [plugins], lambda p: []).no_display == ("WAYLAND_DISPLAY", "DISPLAY")
    (runtime / "wayland-1").touch()
    assert check(env, [plugins], lambda p: []) is None


def test_no_display_is_one_sentence(tmp_path):
    (tmp_path / "platforms").mkdir()
    (tmp_path / "platforms" / "libqxcb.so").touch()
    problem = check({}, plugin_dirs=[tmp_path], find_missing=lambda p: [])
    assert problem.message("en") == (
        "qcode cannot open its window: no graphical display was found (DISPLAY not set); start it "
        "from a desktop session, or use the command line (qcode --help).")


@pytest.mark.parametrize("answer", [None, "plugin absent"])
def test_an_unsure_check_lets_qt_decide(tmp_path, answer):
    (tmp_path / "platforms").mkdir()
    if answer is None:  # the loader gave no answer
        (tmp_path / "platforms" / "libqxcb.so").touch()
    assert check({}, plugin_dirs=[tmp_path], find_missing=lambda p: None) is None


def test_offscreen_and_other_platforms_are_not_checked(tmp_path):
    assert check({"QT_QPA_PLATFORM": "offscreen"}, plugin_dirs=[tmp_path],
                 find_missing=lambda p: ["libX11.so.6"]) is None
    assert check({"QT_QPA_PLATFORM": "xcb;offscreen"}, plugin_dirs=[tmp_path],
                 find_missing=lambda p: ["libX11.so.6"]) is None


@pytest.mark.skipif(shutil.which("ldd") is None, reason="ldd is not installed")
@pytest.mark.parametrize(("lang", "start"), [("en", "qcode cannot open its window"),
                                              ("da", "qcode kan ikke åbne sit vindue")])
def test_gui_start_prints_the_sentence_instead_of_aborting(tmp_path, lang, start):
    plugins = broken_plugin_tree(tmp_path)
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": ":99", "QT_PLUGIN_PATH": str(plugins),
           "QCODE_LANG": lang}
    result = subprocess.run([sys.executable, "-m", "qcode", "--demo"], env=env, cwd=tmp_path,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith(start) and FAKE_LIBRARY in line


def test_bootstrap_installs_every_package_the_check_can_name():
    words = set(re.findall(r"[\w.+-]+", (ROOT / "scripts" / "bootstrap.sh").read_text(encoding="utf-8")))
    missing = sorted({p for p in platform_check.PACKAGES.values() if p not in words})
    assert missing == []
