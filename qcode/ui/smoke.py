"""Smoke-test mode for installers and CI: with ``QCODE_QUIT_AFTER_PAINT=1`` the GUI opens as usual,
waits until the main window has really been painted, prints one line saying what it showed, and
quits with status 0 (1 when the project did not open or a dialog waits for an answer, 3 when
nothing was painted in time).

It lets a script prove that a build starts on a given platform (``xcb`` under Xvfb, ``offscreen``
in a packaging check) without a person or a screenshot. Nothing here runs in a normal start.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

ENV = "QCODE_QUIT_AFTER_PAINT"
TIMEOUT_ENV = "QCODE_SMOKE_TIMEOUT"


def requested() -> bool:
    """True when the environment asks for the smoke-test mode."""
    return os.environ.get(ENV, "") not in ("", "0")


class _QuitAfterPaint(QObject):
    def __init__(self, window: QMainWindow, expect_project: bool):
        super().__init__(window)
        self.window = window
        self.expect_project = expect_project
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            # Report on the next turn of the event loop, once this paint has been flushed.
            QTimer.singleShot(0, self.report)
        return False

    def report(self) -> None:
        app = QApplication.instance()
        project = getattr(self.window, "project", None)
        if self.expect_project and project is None:
            print("qcode smoke test: the window was painted but the project did not open",
                  file=sys.stderr)
            app.exit(1)
            return
        workspace = getattr(self.window, "workspace", None)
        documents = workspace.documents.rowCount() if workspace is not None else 0
        name = project.path.name if project is not None else "no project"
        size = self.window.size()
        # The menu titles show whether the translations were found (a packaging check needs this).
        menus = ", ".join(a.text().replace("&", "") for a in self.window.menuBar().actions()[:3])
        print(f"qcode smoke test: painted the main window on {app.platformName()} "
              f"({size.width()}x{size.height()}) with {name}, {documents} documents; menus {menus}",
              flush=True)
        app.exit(0)


def arm_timeout() -> None:
    """Fail when a dialog waits for an answer, or after QCODE_SMOKE_TIMEOUT seconds (default 60)
    without a paint; call before the window is made, since opening a project may show an error."""
    try:
        seconds = float(os.environ.get(TIMEOUT_ENV, "") or 60)
    except ValueError:
        print(f"qcode smoke test: {TIMEOUT_ENV} is not a number of seconds; using 60",
              file=sys.stderr)
        seconds = 60.0
    app = QApplication.instance()

    def give_up() -> None:
        print(f"qcode smoke test: the main window was not painted within {seconds:g} s",
              file=sys.stderr, flush=True)
        os._exit(3)

    def no_dialogs() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            text = dialog.text() if isinstance(dialog, QMessageBox) else ""
            print(f"qcode smoke test: a dialog is waiting for an answer: {dialog.windowTitle()} "
                  f"{text}".rstrip(), file=sys.stderr, flush=True)
            # The dialog runs its own event loop inside the caller's, so leave at once.
            os._exit(1)

    QTimer.singleShot(int(seconds * 1000), give_up)
    watch = QTimer(app)
    watch.timeout.connect(no_dialogs)
    watch.start(200)


def quit_after_paint(window: QMainWindow, expect_project: bool) -> None:
    """Quit the event loop with a one-line report once ``window`` has been painted."""
    window.installEventFilter(_QuitAfterPaint(window, expect_project))
