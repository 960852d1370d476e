"""Fixtures for the workspace tests: a project with one Danish transcript (æøå and an emoji before
the coded words, so UTF-16 and code-point offsets differ) shown in the real MainWindow."""

from __future__ import annotations

import pytest
from workspace_text import TEXT, turns

from qcode.core.codebook import list_codes
from qcode.core.documents import add_document


@pytest.fixture(autouse=True)
def no_unexpected_message_box(monkeypatch):
    """A message box or question nobody expected fails the test with its text; offscreen it would block
    forever. Tests that expect one patch ``ask.inform`` / ``ask.confirm`` / ``ask.proceed``
    themselves."""
    from qcode.ui.dialogs import ask

    monkeypatch.setattr(ask, "inform", lambda parent, title, text: pytest.fail(f"message box: {text}"))
    monkeypatch.setattr(ask, "confirm", lambda parent, title, text: pytest.fail(f"question: {text}"))
    monkeypatch.setattr(ask, "proceed", lambda parent, title, text, action: pytest.fail(f"question: {text}"))


@pytest.fixture
def events_for():
    """ProjectEvents over a project, as the main window's workspace hands to the windows and dialogs
    it opens (tests without a main window make their own); detached after the test."""
    from qcode.ui.bridge import ProjectEvents

    made = []

    def make(project):
        made.append(ProjectEvents(project))
        return made[-1]

    yield make
    for events in made:
        events.detach()


@pytest.fixture
def events(project, events_for):
    """ProjectEvents over the ``project`` fixture."""
    return events_for(project)


@pytest.fixture
def doc_project(project):
    """The ``project`` fixture plus one transcript; returns (project, document id)."""
    doc = add_document(project, "interview_birgit", TEXT, turns=turns(TEXT))
    return project, doc


@pytest.fixture
def window(qtbot, doc_project):
    """The main window on ``doc_project``, shown, with the document open."""
    from qcode.ui.main_window import MainWindow

    project, doc = doc_project
    w = MainWindow(project)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.workspace.view.document_id == doc)
    return w


@pytest.fixture
def code_named():
    """Look a code up by name: ``code_named(project, "ensomhed")``."""
    return lambda project, name: next(c for c in list_codes(project) if c.name == name)


@pytest.fixture
def select(doc_project):
    """Select stored offsets [start, end) in a view with a QTextCursor (via the offset helper)."""
    from PySide6.QtGui import QTextCursor

    from qcode.ui.text_offsets import to_qt

    def do(view, start: int, end: int) -> None:
        cursor = view.textCursor()
        cursor.setPosition(to_qt(TEXT, start))
        cursor.setPosition(to_qt(TEXT, end), QTextCursor.KeepAnchor)
        view.setTextCursor(cursor)

    return do
