"""A long transcript is highlighted where it is on screen, and each paragraph as it comes on screen:
scrolled through, every paragraph has the formats an eager highlight gives it; a paragraph scrolled to
is highlighted before it is painted; a coding made on a paragraph not reached yet is painted when it is."""

from __future__ import annotations

import pytest
from workspace_text import turns

from qcode.core.codebook import list_codes
from qcode.core.codings import add_coding
from qcode.core.documents import add_document
from qcode.ui.highlight.coding_highlighter import tint
from qcode.ui.widgets import document_view
from qcode.ui.widgets.document_view import DocumentView

# 300 turns (paragraphs), speaker labels and timestamps throughout; ASCII, so stored and Qt offsets agree.
LONG = "".join(
    f"Interviewer: [00:{i % 60:02}:10] Hvordan gik det i uge {i}?\n" if i % 2 == 0 else
    f"Birgit: Det gik fint i uge {i}, men jeg var ensom om aftenen og ringede til min søster.\n"
    for i in range(300))


def _formats(view: DocumentView) -> list[tuple]:
    """Every format range of every paragraph, as plain values."""
    out = []
    block = view.document().firstBlock()
    while block.isValid():
        ranges = block.layout().formats()  # keep the list alive while reading its formats
        for fr in ranges:
            f = fr.format
            out.append((block.blockNumber(), fr.start, fr.length, f.background().color().name(),
                        f.fontUnderline(), f.underlineColor().name(), f.fontWeight(),
                        f.foreground().color().name(), f.fontItalic()))
        block = block.next()
    return out


def _background(view: DocumentView, position: int):
    block = view.document().findBlock(position)
    ranges = block.layout().formats()
    for fr in ranges:
        if fr.start <= position - block.position() < fr.start + fr.length:
            return fr.format.background().color()
    return None


def _long_document(project):
    doc = add_document(project, "lang", LONG, turns=turns(LONG))
    codes = list_codes(project)
    # overlapping codings of two codes from the first paragraph to the last
    for n, start in enumerate(range(0, len(LONG) - 200, 450)):
        add_coding(project, doc, codes[n % 2].id, start, start + 160)
        add_coding(project, doc, codes[2].id, start + 100, start + 300)
    return doc, codes


def _view(qtbot, project) -> DocumentView:
    view = DocumentView(project)
    qtbot.addWidget(view)
    view.set_codebook(list_codes(project))
    view.resize(500, 300)
    view.show()
    qtbot.waitExposed(view)
    return view


def _scroll_through(view: DocumentView) -> None:
    bar = view.verticalScrollBar()
    while bar.value() < bar.maximum():
        bar.setValue(bar.value() + bar.pageStep())


@pytest.mark.parametrize("after_another", [False, True])
def test_scrolled_through_it_has_the_eager_formats(qtbot, project, monkeypatch, after_another):
    doc, _codes = _long_document(project)
    lazy = _view(qtbot, project)
    if after_another:  # a long document scrolled to its end, then this one (the view scrolls back)
        other = LONG.replace("uge", "måned")
        lazy.load(add_document(project, "andet", other, turns=turns(other)))
        _scroll_through(lazy)
    lazy.load(doc)
    assert lazy.highlighter.pending  # the end of the text is not highlighted before it is seen
    last = lazy.document().lastBlock().previous()
    assert last.layout().formats() == []
    _scroll_through(lazy)
    assert not lazy.highlighter.pending

    monkeypatch.setattr(document_view, "EAGER", 10**9)
    eager = _view(qtbot, project)
    eager.load(doc)
    assert not eager.highlighter.pending
    expected = _formats(eager)
    assert {row[0] for row in expected} >= {0, last.blockNumber()}  # formats from the first to the last
    assert _formats(lazy) == expected


def test_paragraphs_scrolled_to_are_highlighted_at_once(qtbot, project):
    doc, _codes = _long_document(project)
    view = _view(qtbot, project)
    view.load(doc)
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum())  # no turn of the event loop in between
    first, end = view.visible_range()
    assert view.highlighter.pending
    block = view.document().findBlock(first)
    while block.isValid() and block.position() < end:
        assert block.length() <= 1 or block.layout().formats(), block.text()
        block = block.next()


def test_a_coding_on_a_paragraph_not_reached_yet_is_shown_when_it_is(qtbot, project):
    from qcode.ui.main_window import MainWindow

    doc, codes = _long_document(project)
    window = MainWindow(project)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.workspace.view.document_id == doc)
    view = window.workspace.view
    assert view.highlighter.pending
    # on screen, and far below it; neither touched by the other codings (each 450 characters: 300 coded)
    near, far = 330, (len(LONG) // 450 - 2) * 450 + 330
    assert view.document().findBlock(far).layout().formats() == []  # not highlighted yet
    for start in (near, far):
        add_coding(project, doc, codes[3].id, start, start + 6)
    colour = tint([codes[3].colour])
    assert _background(view, near + 1) == colour
    view.select_range(far, far + 6)  # scrolls there
    assert _background(view, far + 1) == colour
