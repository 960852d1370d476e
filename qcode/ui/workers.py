"""Run long work (import, anonymisation, export) off the GUI thread with a progress dialog and Cancel.

The work is a plain function ``fn(*args, progress, cancelled)`` — the same one the CLI calls — where
``progress(done, total, label)`` reports and ``cancelled()`` is polled between units of work.

For work on the project, pass the GUI's Project as ``project=``. SQLite connections belong to the
thread that made them, so the worker opens its own connection to the same file and calls
``fn(own_project, *args, progress, cancelled)``. The GUI's connection never hears of what the job's
connection announces, so the worker collects those changes and, when the job ends (done, failed or
cancelled: what it committed stays committed), announces them again on the GUI's project, once per
kind. The views learn of a background import or detection exactly as of an edit made in the window.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, QTimer, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from qcode.core.changes import Change, coalesce
from qcode.core.project import Project, open_project


class _Worker(QObject):
    """Runs the function on its thread and reports back through queued signals."""

    progressed = Signal(int, int, str)  # done, total, label
    finished = Signal(object)  # the function's result
    failed = Signal(object)  # the exception it raised

    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...], project: Project | None):
        super().__init__()
        self._fn = fn
        self._args = args
        # The file and coder to open a connection of the job's own with (None: fn needs no project).
        self._project_file = (project.path, project.coder_name) if project is not None else None
        self.cancel_event = threading.Event()
        self.changes: list[Change] = []  # what the job's connection announced; read once the thread ended

    def run(self) -> None:
        try:
            result = self._call()
        except Exception as error:  # handed to the GUI thread, which shows it
            self.failed.emit(error)
        else:
            self.finished.emit(result)

    def _call(self) -> Any:
        if self._project_file is None:
            return self._fn(*self._args, self._report, self.cancel_event.is_set)
        path, coder = self._project_file
        with open_project(path, coder=coder) as own:
            own.changes.subscribe(self.changes.append)
            return self._fn(own, *self._args, self._report, self.cancel_event.is_set)

    def _report(self, done: int, total: int, label: str) -> None:
        while total >= 1 << 31:  # progress counts bytes now; Qt's int stops at 2 GB
            done, total = done >> 10, total >> 10
        self.progressed.emit(done, total, label)


class BackgroundTask(QObject):
    """One background run: owns the thread, the worker and the progress dialog."""

    done = Signal(object)  # result (None when cancelled before finishing)
    error = Signal(object)  # exception

    def __init__(self, parent: QWidget | None, title: str, fn: Callable[..., Any], *args: Any,
                 quiet: bool = False, project: Project | None = None):
        super().__init__(parent)
        self.result: Any = None
        self.exception: BaseException | None = None
        self.finished = False
        self._project = project
        self._thread = QThread()
        self._worker = _Worker(fn, args, project)
        self._worker.moveToThread(self._thread)
        # quiet: the caller shows its own "working…" state (a view that recounts as options change).
        self._dialog: QProgressDialog | None = None
        if not quiet:
            self._dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
            self._dialog.setWindowTitle(title)
            self._dialog.setMinimumDuration(300)  # short jobs finish without a flashing dialog
            self._dialog.canceled.connect(self.cancel)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._on_progress)
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self._on_failed)

    def start(self) -> None:
        self._thread.start()
        if self._dialog is not None:
            # QProgressDialog's own timer shows a busy dialog only after 4 s (its range is still 0–0 and
            # its value unset): show it once the job has run for the minimum duration instead.
            QTimer.singleShot(300, self._show_while_running)

    def _show_while_running(self) -> None:
        if not self.finished and self._dialog is not None and not self._dialog.wasCanceled():
            self._dialog.show()

    def cancel(self) -> None:
        self._worker.cancel_event.set()

    @property
    def cancelled(self) -> bool:
        return self._worker.cancel_event.is_set()

    def _on_progress(self, done: int, total: int, label: str) -> None:
        if self._dialog is None:
            return
        self._dialog.setMaximum(max(total, 1))
        self._dialog.setValue(min(done, max(total, 1)))
        if label:
            self._dialog.setLabelText(label)

    def _finish(self) -> None:
        self.finished = True
        self._thread.quit()
        self._thread.wait()
        _running.discard(self)
        if self._dialog is not None:
            self._dialog.reset()
            self._dialog.hide()
        self._announce()

    def _announce(self) -> None:
        """Announce on the GUI's project what the job's connection changed (its listeners, the views,
        never heard of it), before whoever waits for the result goes on."""
        if self._project is None or self._project.db is None:  # no project, or closed meanwhile
            return
        for change in coalesce(self._worker.changes):
            self._project.announce(change)

    def _on_finished(self, result: Any) -> None:
        self.result = result
        self._finish()
        self.done.emit(result)

    def _on_failed(self, exception: BaseException) -> None:
        self.exception = exception
        self._finish()
        self.error.emit(exception)


# Tasks stay referenced here until they finish, so a view that is closed mid-run does not destroy a
# QThread that is still running, and closing the project can stop them first.
_running: set[BackgroundTask] = set()


def stop_background_jobs(wait_ms: int = 30_000) -> int:
    """Cancel every running job and wait until its thread has ended; returns how many ran.

    Closing the project calls this first: a job's own connection must be closed before the GUI's
    closes the file and releases its lock, and a QThread still running when Python exits aborts the
    process ("QThread: Destroyed while thread is still running"). Jobs poll ``cancelled()`` between
    units of work, so this takes one unit at most; what a job committed stays committed."""
    tasks = list(_running)
    for task in tasks:
        task.cancel()
    for task in tasks:
        # A job's thread runs the function and then its event loop, which quit() ends (also when it
        # is called before the loop starts); the job's own result handler may then never run.
        task._thread.quit()
        task._thread.wait(wait_ms)
        _running.discard(task)
    return len(tasks)


def start_in_background(fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None],
                        on_error: Callable[[BaseException], None],
                        project: Project | None = None) -> BackgroundTask:
    """Start ``fn(*args, progress, cancelled)`` on a worker thread without a progress dialog and
    return at once; ``on_done(result)`` or ``on_error(exception)`` runs on the GUI thread. With
    ``project``, ``fn`` gets a connection of its own to it first (see the module docstring)."""
    task = BackgroundTask(None, "", fn, *args, quiet=True, project=project)
    task.done.connect(on_done)
    task.error.connect(on_error)
    _running.add(task)
    task.start()
    return task


def run_in_background(parent: QWidget | None, title: str, fn: Callable[..., Any], *args: Any,
                      project: Project | None = None) -> Any:
    """Run ``fn(*args, progress, cancelled)`` on a worker thread, keep the GUI responsive, and
    return its result (re-raising its exception). The user can cancel from the progress dialog;
    ``fn`` decides what a cancelled run returns. With ``project``, ``fn`` gets a connection of its
    own to it first, and its changes are announced on ``project`` before this returns."""
    task = BackgroundTask(parent, title, fn, *args, project=project)
    _running.add(task)
    task.start()
    app = QApplication.instance()
    while not task.finished:
        app.processEvents()
        QThread.msleep(5)
    if task.exception is not None:
        raise task.exception
    return task.result
