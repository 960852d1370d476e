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
