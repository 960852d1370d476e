"""Ctrl+F finds words in the open transcript: the hit is selected (ready to code), Enter goes on,
Shift+Enter back, it wraps at the end, and Esc returns to the text. Finding a document moved to
Ctrl+Shift+D."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from workspace_text import TEXT


def test_ctrl_f_finds_in_the_open_transcript(window, qtbot, doc_project):
    view = window.workspace.view
    assert window.actions["find_in_text"].shortcut() == QKeySequence(QKeySequence.Find)
    window.actions["find_in_text"].trigger()
    bar = view.find_bar
    assert bar.isVisible()
    word = "søster"
    assert TEXT.count(word) >= 1
    qtbot.keyClicks(bar.field, word)  # typing finds the first hit at once
    first = TEXT.index(word)
    assert view.selection_range() == (first, first + len(word))
    hits = [i for i in range(len(TEXT)) if TEXT.startswith(word, i)]
    qtbot.keyClick(bar.field, Qt.Key_Return)
    expected = hits[1] if len(hits) > 1 else hits[0]  # the next one, or wrapped round to the first
    assert view.selection_range() == (expected, expected + len(word))
    qtbot.keyClick(bar.field, Qt.Key_Return, Qt.ShiftModifier)
    assert view.selection_range() == (first, first + len(word))
    width = bar.field.width()
    qtbot.keyClicks(bar.field, "xyzzy")
    assert bar.status.text() == "Not found"
    bar.layout().activate()
    assert bar.field.width() == width  # the message has its room: the field does not shrink
    qtbot.keyClick(bar.field, Qt.Key_Escape)
    assert not bar.isVisible()
    assert window.actions["find_document"].shortcut() == QKeySequence("Ctrl+Shift+D")
