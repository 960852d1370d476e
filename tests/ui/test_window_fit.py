"""The window on small and HiDPI screens (#16): a fresh Qt process per screen (the screen size and scale
factor are fixed when the QApplication starts), the real MainWindow on a project with a transcript."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

PROBE = textwrap.dedent("""
    import json, sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from qcode.core.documents import add_document
    from qcode.core.project import create_project
    from qcode.ui.main_window import MainWindow
    from qcode.ui.window_fit import within_screen
    project = create_project(Path(sys.argv[1]) / "p.qcode", coder="tester")
    add_document(project, "interview", "Interviewer: Hvordan har du det?\\nBirgit: Godt.\\n" * 40)
    window = MainWindow(project)
    window.show()
    for _ in range(20):
        app.processEvents()
    ws = window.workspace
    area = window.screen().availableGeometry()
    print(json.dumps({
        "within": within_screen(window), "area": [area.width(), area.height()],
        "window": [window.frameGeometry().width(), window.frameGeometry().height()],
        "transcript": ws.view.width(), "documents": ws.docks["documents"].width(),
        "codebook": ws.docks["codebook"].width(), "codebook_height": ws.docks["codebook"].height(),
        "memos_height": ws.docks["memos"].height(),
    }))
    window.close()
""")


def probe(tmp_path, width: int, height: int, scale: float) -> dict:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "s", "x": 0, "y": 0, "width": width,
                                               "height": height, "logicalDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", QT_SCALE_FACTOR=str(scale),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))
    done = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path)], env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(("width", "height", "scale"), [(1600, 1000, 2), (1024, 640, 1), (640, 420, 1),
                                                        (1920, 1080, 1)])
def test_window_fits_the_screen_and_the_transcript_gets_the_room(tmp_path, width, height, scale):
    seen = probe(tmp_path, width, height, scale)
    assert seen["within"], seen  # nothing off-screen, at scale 2 either
    assert seen["transcript"] >= 200, seen  # never a sliver
    assert seen["transcript"] >= max(seen["documents"], seen["codebook"]), seen
    if seen["area"][1] >= 450:
        assert seen["memos_height"] < seen["codebook_height"], seen  # the empty memo panel shrinks
