"""The window across project switches: the dock layout survives opening another project and
reopening the same one (and what is saved restores it), the undo actions start disabled, and an
empty project shows how to begin instead of a blank pane."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from qcode.core.project import create_project
from qcode.ui.app import application, create_window


def settled(window) -> None:
    """Let the layout of a shown window settle (queued deletions, dock placement)."""
    for _ in range(3):
        QApplication.sendPostedEvents(None, 0)
        QApplication.processEvents()


def layout_of(window) -> tuple[int, int, int]:
    ws = window.workspace
    return (window.centralWidget().width(), ws.docks["documents"].width(), ws.docks["codebook"].width())


def assert_close(now, before, slack=4):
    assert all(abs(a - b) <= slack for a, b in zip(now, before, strict=True)), (now, before)


def test_layout_survives_switching_and_reopening_projects(qtbot, tmp_path):
    application()
    window = create_window(["--demo"])
    qtbot.addWidget(window)
    window.resize(1360, 820)
    window.show()
    qtbot.waitExposed(window)
    settled(window)
    before = layout_of(window)
    assert before[0] > 500  # the transcript gets most of the width

    other = tmp_path / "other.qcode"
    create_project(other, coder="a").close()
    demo = window.project.path
    assert window.open_path(other)
    settled(window)
    assert_close(layout_of(window), before)

    window.close_project()
    settled(window)
    assert window.open_path(demo)
    settled(window)
    assert_close(layout_of(window), before)

    window.close()  # saves the layout
    again = create_window([str(demo)])
    qtbot.addWidget(again)
    again.resize(1360, 820)
    again.show()
    qtbot.waitExposed(again)
    settled(again)
    assert_close(layout_of(again), before)
    again.close()


def test_a_saved_layout_with_a_squeezed_transcript_is_repaired(qtbot, tmp_path):
    application()
    path = tmp_path / "squeezed.qcode"
    create_project(path, coder="a").close()
    window = create_window([str(path)])
    qtbot.addWidget(window)
    window.resize(1360, 820)
    window.show()
    qtbot.waitExposed(window)
    ws = window.workspace
    ws.view.setMinimumWidth(0)  # the transcript's own minimum would prevent the squeeze now
    for name in ("documents", "codebook"):  # force the squeeze the old bug produced
        ws.docks[name].setMinimumWidth(640)
    settled(window)
    for name in ("documents", "codebook"):
        ws.docks[name].setMinimumWidth(0)
    assert window.centralWidget().width() < 200  # as layouts saved before the fix were
    window.close()
    again = create_window([str(path)])
    qtbot.addWidget(again)
    again.resize(1360, 820)
    again.show()
    qtbot.waitExposed(again)
    settled(again)
    assert again.centralWidget().width() > 500
    again.close()


def test_undo_and_redo_start_disabled_and_follow_the_stack(window, qtbot, doc_project, select):
    from PySide6.QtCore import Qt

    undo, redo = window.actions["undo"], window.actions["redo"]
    assert window.workspace.stack.count() == 0
    assert not undo.isEnabled() and not redo.isEnabled()
    view = window.workspace.view
    select(view, 0, 11)
    qtbot.keyClick(view, Qt.Key_2)
    assert undo.isEnabled() and not redo.isEnabled()
    undo.trigger()
    assert not undo.isEnabled() and redo.isEnabled()
    window.close_project()
    assert not undo.isEnabled() and not redo.isEnabled()
    assert undo.text() == "&Undo"


def test_an_empty_project_says_how_to_begin(qtbot, project):
    from qcode.core.documents import add_document
    from qcode.ui.main_window import MainWindow

    window = MainWindow(project)
    qtbot.addWidget(window)
    window.show()
    view = window.workspace.view
    assert view.hint.isVisible()
    assert view.hint_label.text() == "Import documents to begin (Ctrl+Shift+I)"
    assert view.hint_button.defaultAction() is window.actions["import"]
    assert view.hint.geometry() == view.viewport().rect()
    try:
        window.set_language("da")
        assert view.hint_label.text().startswith("Importér dokumenter for at begynde (Ctrl+")
    finally:
        window.set_language("en")
    add_document(project, "interview_ole", "Ole: Det var en god dag.")
    assert not view.hint.isVisible()
    assert view.document_id is not None


def test_toolbar_buttons_stay_put_when_the_undo_step_changes(window, qtbot, doc_project, select):
    toolbar = window.toolbar
    apply_button = toolbar.widgetForAction(window.actions["apply_code"])
    before = apply_button.geometry()
    view = window.workspace.view
    select(view, 0, 11)
    window.workspace.coding.apply(window.workspace.tree.model().codes()[0].id)
    QApplication.processEvents()
    assert window.actions["undo"].text().startswith("&Undo ")  # the Edit menu names the step
    assert "Undo " in window.actions["undo"].toolTip()
    assert toolbar.widgetForAction(window.actions["undo"]).text() == "Undo"
    assert apply_button.geometry() == before


def test_quitting_while_a_job_counts_stops_it_first_and_says_so(window, qtbot, doc_project, monkeypatch):
    """A job still running at quit used to outlive the project (its own connection open after the lock
    was released) and abort Python at exit ("QThread: Destroyed while thread is still running")."""
    import threading

    from PySide6.QtCore import Qt

    from qcode.ui import project_lifecycle, workers
    from qcode.ui.analysis import open_analysis

    project, _doc = doc_project
    release = threading.Event()

    def slow_job(own, progress, cancelled):  # a unit of work that ends when cancelled
        while not cancelled():
            release.wait(0.01)
        return None

    seen = []
    task = workers.start_in_background(slow_job, project=project, on_done=seen.append, on_error=seen.append)
    open_analysis(window, window.workspace.events, "wordfreq")
    assert task._thread.isRunning()
    during = []
    stop = workers.stop_background_jobs

    def watched_stop() -> int:
        cursor = QApplication.overrideCursor()
        during.append((cursor.shape() if cursor else None, window.statusBar().currentMessage()))
        return stop()

    monkeypatch.setattr(project_lifecycle, "stop_background_jobs", watched_stop)
    window.close()
    assert during == [(Qt.WaitCursor, "Closing test…")]
    assert task.cancelled and task._thread.isFinished() and not workers._running
    assert project.db is None and QApplication.overrideCursor() is None
