"""Turning the pseudonymised view on and off keeps the passage being read in view, is readied off the GUI
thread, and leaves no original name in what the window says about the text: the Edit menu's undo and
redo steps, the coding stripes' hover texts and menus, and the status bar."""

from __future__ import annotations

import pytest
from workspace_text import TEXT

from qcode.anonymise.review import add_manual_mention
from qcode.core.codebook import find_code
from qcode.core.codings import add_coding
from qcode.core.documents import add_document

NAME = "Birgit"
PARAGRAPHS = [
    f"{'Interviewer' if n % 2 else NAME}: Afsnit {n}. "
    + f"{NAME} fortæller om {NAME}s søster og {NAME}s by. " * 6
    for n in range(80)
]
LONG = "\n\n".join(PARAGRAPHS) + "\n"


@pytest.fixture
def long_window(qtbot, project):
    """The main window on a long transcript whose every line names Birgit (marked as a name)."""
    from qcode.ui.main_window import MainWindow

    doc = add_document(project, "interview_lang", LONG)
    first = LONG.index(NAME)
    add_manual_mention(project, doc, first, first + len(NAME), "PERSON")
    window = MainWindow(project)
    qtbot.addWidget(window)
    window.resize(900, 600)
    window.show()
    qtbot.waitUntil(lambda: window.workspace.view.document_id == doc)
    return window


def _paragraph_on_top(view) -> int:
    return view.firstVisibleBlock().blockNumber()


def _scroll_to(view, position: int) -> None:
    """Put the line of a Qt position on top, as a reader scrolling there would (Qt API only)."""
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    cursor = view.textCursor()
    cursor.setPosition(position)
    view.setTextCursor(cursor)
    view.ensureCursorVisible()


def test_toggling_keeps_the_passage_in_view(long_window, qtbot):
    view = long_window.workspace.view
    toggle = long_window.actions["pseudonymised"]
    block = 2 * 47  # paragraph 47 (a blank line between paragraphs)
    _scroll_to(view, view.document().findBlockByNumber(block).position())
    assert _paragraph_on_top(view) == block

    toggle.trigger()  # on: "Birgit" becomes "[Informant 1]", longer: every line wraps differently
    assert NAME not in view.toPlainText()
    assert _paragraph_on_top(view) == block
    assert view.firstVisibleBlock().text().startswith("Interviewer: Afsnit 47.")
    toggle.trigger()  # and off again: the same paragraph on top as before
    assert _paragraph_on_top(view) == block
    assert view.firstVisibleBlock().text() == PARAGRAPHS[47]


def test_the_reading_position_is_kept_inside_a_long_paragraph(long_window, qtbot):
    view = long_window.workspace.view
    view.setFixedWidth(300)  # narrow: each paragraph takes many lines
    middle = LONG.index(PARAGRAPHS[30]) + len(PARAGRAPHS[30]) // 2
    view.scroll_to_top(middle)
    top = view.top_offset()
    assert middle - 60 < top <= middle  # the line holding it is on top
    for _ in range(2):
        long_window.actions["pseudonymised"].trigger()
    assert view.top_offset() == top


def test_undo_steps_show_no_original_name_in_the_pseudonymised_view(window, qtbot, doc_project, select):
    project, doc = doc_project
    first = TEXT.index(NAME)
    add_manual_mention(project, doc, first, first + len(NAME), "PERSON")
    select(window.workspace.view, first, first + len("Birgit: [00:01:23] Jeg føler"))
    window.workspace.coding.invivo()  # the new code is named with the selected words
    undo = window.actions["undo"]
    assert NAME in undo.text() and NAME in undo.toolTip()

    window.actions["pseudonymised"].trigger()
    assert NAME not in undo.text() and NAME not in undo.toolTip()
    assert "'[Informant 1]: [00:01:23] Jeg føler'" in undo.text()  # the quotes stay quotes
    undo.trigger()  # the redo step is shown the same way
    assert NAME not in window.actions["redo"].text()
    window.actions["redo"].trigger()
    assert NAME not in undo.text()

    window.actions["pseudonymised"].trigger()
    assert NAME in undo.text()
    select(window.workspace.view, first, first + len(NAME))
    window.workspace.coding.invivo()  # a code named just "Birgit": "'Birgit'" is no possessive
    window.actions["pseudonymised"].trigger()
    assert undo.text().endswith("'[Informant 1]'")


def test_coding_hover_texts_and_menus_show_no_original_name(window, qtbot, doc_project):
    from qcode.core.codebook import add_code

    project, doc = doc_project
    first = TEXT.index(NAME)
    add_manual_mention(project, doc, first, first + len(NAME), "PERSON")
    code = add_code(project, "Birgit føler sig ensom")  # an in-vivo name quotes the text
    add_coding(project, doc, code, first, first + 30)
    add_coding(project, doc, find_code(project, "ensomhed").id, TEXT.index("ensom"), TEXT.index("ensom") + 5)
    view = window.workspace.view
    messages = []
    window.workspace.coding.message.connect(messages.append)

    window.actions["pseudonymised"].trigger()
    (span,) = [s for s in view.index.spans if s.code_id == code]
    shown = [view.describe(span), *(a.text() for a in view.coding_menu(span.coding_id).actions()),
             *(a.text() for a in view.context_menu(view.viewport().rect().topLeft()).actions())]
    assert all(NAME not in text for text in shown), shown
    assert any("[Informant 1] føler sig ensom" in text for text in shown)
    window.workspace.coding.uncode(span.coding_id)
    assert NAME not in window.statusBar().currentMessage()

    window.actions["pseudonymised"].trigger()
    assert NAME in window.actions["undo"].text()


def test_the_pseudonymised_view_is_readied_off_the_gui_thread(window, qtbot, doc_project, monkeypatch):
    """After start-up a thread loads the anonymiser's word lists and renders the open document once,
    with a connection of its own; the GUI's connection sees nothing of it."""
    from qcode.anonymise import render

    project, doc = doc_project
    first = TEXT.index(NAME)
    add_manual_mention(project, doc, first, first + len(NAME), "PERSON")
    rendered = []
    real = render.render_document
    monkeypatch.setattr(render, "render_document", lambda p, d: rendered.append((p, d)) or real(p, d))
    workspace = window.workspace
    qtbot.waitUntil(lambda: getattr(workspace, "warm_up", None) is not None, timeout=10_000)
    workspace.warm_up.join(60)
    assert not workspace.warm_up.is_alive()
    ((own, document_id),) = rendered
    assert own is not project and document_id == doc
    window.actions["pseudonymised"].trigger()
    assert NAME not in workspace.view.toPlainText()
