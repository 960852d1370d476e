"""The GUI entry point: QApplication, QSettings names, UI language, and which project to open
(``qcode``: the most recent one, ``qcode --demo``: the demo project, ``qcode FILE.qcode``: that file)."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from qcode.core.errors import ui_language
from qcode.resources import resource
from qcode.ui import i18n, platform_check, settings, smoke
from qcode.ui.coder_identity import ensure_coder_name
from qcode.ui.main_window import MainWindow
from qcode.ui.window_fit import fit_to_screen


def startup_language() -> str:
    """QCODE_LANG when set (tests, scripts), else the saved choice, else the system language."""
    forced = os.environ.get("QCODE_LANG", "")
    return i18n.effective_language(forced if forced in ("da", "en") else settings.language())


def application(argv: Sequence[str] = ()) -> QApplication:
    """The QApplication (created once), with names and translators set."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(["qcode", *argv])
    settings.init_names()
    app.setApplicationDisplayName("qcode")
    i18n.install_language(startup_language())
    return app


def create_window(argv: Sequence[str]):
    """The main window for these arguments (without showing it or running the event loop)."""
    window = MainWindow()
    target: Path | None = None
    if argv and argv[0] == "--demo":
        from qcode.io.demo import demo_project_path  # noqa: PLC0415 (--demo only: it loads every importer)

        target = demo_project_path()
    elif argv:
        target = Path(argv[0])
    else:
        recent = settings.recent_projects()
        target = recent[0] if recent else None
    if target is not None:
        window.open_path(target)
    geometry, _state = settings.window_state()
    if geometry is not None:
        window.restoreGeometry(geometry)
    fit_to_screen(window)  # a size saved on a larger screen (or at another scale) fits this one
    return window


def main(argv: Sequence[str] | None = None) -> int:
    """Run the GUI; returns the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    # A missing system library makes Qt abort inside QApplication(); say which, and how to get it.
    problem = platform_check.check()
    if problem is not None:
        print(problem.message(ui_language()), file=sys.stderr)
        return 1
    app = application()
    app.setDesktopFileName("qcode")  # Wayland matches the window to qcode.desktop (name, icon)
    app.setWindowIcon(QIcon(str(resource("icons", "qcode.svg"))))  # X11 task bars use this one

    if smoke.requested():
        smoke.arm_timeout()  # and no first-start question: nobody is there to answer it
    else:
        ensure_coder_name()  # first start: who is coding (before a project opens under that name)
    window = create_window(argv)
    window.show()
    if smoke.requested():
        smoke.quit_after_paint(window, expect_project=bool(argv))
    code = app.exec()
    # A quit that did not go through closeEvent (session end, Ctrl+Q on some platforms) still
    # checkpoints the project and releases its lock.
    window.close_project()
    return code
