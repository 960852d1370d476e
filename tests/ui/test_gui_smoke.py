"""Start the real GUI as a user does (``qcode --demo``, ``qcode PROJECT.qcode``), in a separate
process: once offscreen, and once with Qt's real X11 plugin (``xcb``) on a virtual X server, which is
what catches a system library missing for a real window (issue #17). The process opens the project,
paints the main window and quits with status 0 (``QCODE_QUIT_AFTER_PAINT``, qcode/ui/smoke.py)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from qcode.core.project import create_project

ROOT = Path(__file__).resolve().parents[2]
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def start_gui(args: list[str], tmp_path: Path, platform: str, wrapper: list[str] = ()):
    env = {**os.environ, "QT_QPA_PLATFORM": platform, "QCODE_QUIT_AFTER_PAINT": "1",
           "QCODE_SMOKE_TIMEOUT": "90", "QCODE_LANG": "en",
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    return subprocess.run([*wrapper, sys.executable, "-m", "qcode", *args], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=180)


def test_demo_paints_offscreen_and_quits(tmp_path):
    result = start_gui(["--demo"], tmp_path, "offscreen")
    assert result.returncode == 0, result.stderr
    assert "painted the main window on offscreen" in result.stdout
    assert "with demo.qcode, 3 documents" in result.stdout


def test_a_project_argument_opens_that_project(tmp_path):
    create_project(tmp_path / "min undersøgelse.qcode", coder="tester").close()
    result = start_gui([str(tmp_path / "min undersøgelse.qcode")], tmp_path, "offscreen")
    assert result.returncode == 0, result.stderr
    assert "with min undersøgelse.qcode, 0 documents" in result.stdout


def test_an_error_dialog_fails_the_smoke_test_at_once(tmp_path):
    (tmp_path / "broken.qcode").write_text("not a database", encoding="utf-8")
    result = start_gui([str(tmp_path / "broken.qcode")], tmp_path, "offscreen")
    assert result.returncode == 1
    assert result.stdout == ""
    assert "a dialog is waiting for an answer" in result.stderr
    assert "broken.qcode is not a qcode project file" in result.stderr


def xvfb_run() -> str:
    found = shutil.which("xvfb-run")
    if found is None:
        if IN_CI:
            pytest.fail("CI=true but xvfb-run is missing, so the real-window test cannot run: "
                        "scripts/bootstrap.sh installs xvfb when it runs as root")
        pytest.skip("xvfb-run is not installed (sudo apt-get install xvfb xauth to run this test)")
    return found


def test_demo_paints_in_a_real_x11_window(tmp_path):
    wrapper = [xvfb_run(), "-a", "-s", "-screen 0 1280x900x24"]
    result = start_gui(["--demo"], tmp_path, "xcb", wrapper)
    assert result.returncode == 0, result.stderr
    assert "painted the main window on xcb" in result.stdout, result.stderr
    assert "with demo.qcode, 3 documents" in result.stdout


@pytest.mark.parametrize(("in_ci", "outcome"),
                         [(True, pytest.fail.Exception), (False, pytest.skip.Exception)])
def test_without_xvfb_ci_fails_and_a_users_machine_skips(monkeypatch, in_ci, outcome):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    monkeypatch.setattr(sys.modules[__name__], "IN_CI", in_ci)
    with pytest.raises(outcome, match="xvfb"):
        xvfb_run()


def test_run_script_opens_the_project_named_relative_to_the_caller(tmp_path):
    create_project(tmp_path / "studie.qcode", coder="tester").close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QCODE_QUIT_AFTER_PAINT": "1",
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    result = subprocess.run(["bash", str(ROOT / "scripts" / "run.sh"), "studie.qcode"], env=env,
                            cwd=tmp_path, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    assert "with studie.qcode, 0 documents" in result.stdout
