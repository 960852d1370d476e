"""The background runner: results, progress, cancellation and errors come back to the GUI thread."""

from __future__ import annotations

import threading
import time

import pytest

from qcode.ui.workers import BackgroundTask, run_in_background


def test_result_and_progress_come_back(qtbot):
    seen_threads = []

    def work(n, progress, cancelled):
        seen_threads.append(threading.current_thread())
        for i in range(n):
            progress(i, n, f"step {i}")
        return n * 2

    assert run_in_background(None, "Work", work, 5) == 10
    assert seen_threads[0] is not threading.main_thread()


def test_cancel_stops_the_work(qtbot):
    def work(progress, cancelled):
        steps = 0
        while not cancelled() and steps < 1000:
            time.sleep(0.01)
            steps += 1
        return steps

    task = BackgroundTask(None, "Cancel me", work)
    task.start()
    task.cancel()
    qtbot.waitUntil(lambda: task.finished, timeout=5000)
    assert task.result < 1000


def test_exception_is_raised_on_the_gui_thread(qtbot):
    def work(progress, cancelled):
        raise ValueError("broken file")

    with pytest.raises(ValueError, match="broken file"):
        run_in_background(None, "Fail", work)


def test_a_project_job_gets_its_own_connection_and_its_changes_are_announced_here(qtbot, project):
    from qcode.core import changes
    from qcode.core.codebook import add_code
    from qcode.core.documents import add_document, list_documents

    def store(own, names, progress, cancelled):
        assert own is not project and own.path == project.path
        threads.append(threading.current_thread())
        for name in names:
            add_document(own, name, f"{name}: Hej.")
        add_code(own, "ny kode")
        return len(names)

    threads: list[threading.Thread] = []
    heard: list[changes.Change] = []
    project.changes.subscribe(lambda change: heard.append((change, threading.current_thread())))
    assert run_in_background(None, "Store", store, ["a", "b", "c"], project=project) == 3
    assert threads[0] is not threading.main_thread()
    # Once per kind, on the GUI thread, before the result came back.
    assert [(c.kind, t) for c, t in heard] == [(changes.DOCUMENTS, threading.main_thread()),
                                                (changes.CODEBOOK, threading.main_thread())]
    new = {d.id for d in list_documents(project)}
    assert set(heard[0][0].ids) == new and len(new) == 3


def test_what_a_failing_job_committed_is_announced_too(qtbot, project):
    from qcode.core import changes
    from qcode.core.documents import add_document

    def store(own, progress, cancelled):
        add_document(own, "a", "A: Hej.")
        raise ValueError("the second file is broken")

    heard: list[changes.Change] = []
    project.changes.subscribe(heard.append)
    with pytest.raises(ValueError, match="broken"):
        run_in_background(None, "Store", store, project=project)
    assert [c.kind for c in heard] == [changes.DOCUMENTS]


def test_a_long_job_shows_its_busy_dialog_at_once_not_after_four_seconds(qtbot):
    release = threading.Event()

    def work(progress, cancelled):  # like detection while the model loads: no progress for a while
        release.wait(5)
        return "done"

    task = BackgroundTask(None, "Finding names", work)
    task.start()
    qtbot.waitUntil(lambda: task._dialog.isVisible(), timeout=1500)
    release.set()
    qtbot.waitUntil(lambda: task.finished, timeout=5000)
    assert task.result == "done" and not task._dialog.isVisible()
