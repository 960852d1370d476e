"""End to end in the real window: select text, code it with a key, see the row and the paint;
undo and redo with the keyboard; offsets survive the emoji before the selection."""

from __future__ import annotations

from PySide6.QtCore import Qt
from workspace_text import TEXT  # noqa: E402  (tests/ui is on sys.path under pytest)

from qcode.core.codings import codings_for_document
from qcode.ui.highlight.coding_highlighter import tint
from qcode.ui.text_offsets import to_qt


def background_at(view, qt_pos: int):
    block = view.document().findBlock(qt_pos)
    ranges = block.layout().formats()
    for fr in ranges:
        if fr.start <= qt_pos - block.position() < fr.start + fr.length:
            return fr.format.background().color()
    return None


def test_key_codes_selection_and_paints_it(window, qtbot, doc_project, select, code_named):
    project, doc = doc_project
    view = window.workspace.view
    start = TEXT.index("ensom")
    select(view, start, start + len("ensom"))
    view.setFocus()
    # Key 2 applies the second code in the list (no recent codes yet: tree order).
    qtbot.keyClick(view, Qt.Key_2)
    rows = codings_for_document(project, doc)
    assert [(TEXT[c.start:c.end], c.code_id) for c in rows] == [("ensom", code_named(project, "ensomhed").id)]
    colour = tint([code_named(project, "ensomhed").colour])
    assert background_at(view, to_qt(TEXT, start) + 2) == colour
    assert background_at(view, to_qt(TEXT, start) - 2) != colour
    assert window.actions["undo"].text() == "&Undo Code 'ensomhed'"


def test_undo_redo_round_trip_with_keyboard(window, qtbot, doc_project, select, code_named):
    project, doc = doc_project
    view = window.workspace.view
    start = TEXT.index("Min søster")
    select(view, start, start + len("Min søster ringer"))
    qtbot.keyClick(view, Qt.Key_1)
    first = codings_for_document(project, doc)
    assert len(first) == 1
    window.activateWindow()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key_Z, Qt.ControlModifier)
    assert codings_for_document(project, doc) == []
    assert background_at(view, to_qt(TEXT, start) + 1) is None
    qtbot.keyClick(view, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    again = codings_for_document(project, doc)
    assert [(c.id, c.start, c.end) for c in again] == [(c.id, c.start, c.end) for c in first]
    assert background_at(view, to_qt(TEXT, start) + 1) == tint([code_named(project, "netværk").colour])


def test_selection_snaps_to_whole_words(window, qtbot, doc_project, select, code_named):
    project, doc = doc_project
    view = window.workspace.view
    start = TEXT.index("føler")
    select(view, start + 2, start + 8)  # "ler mi"
    qtbot.keyClick(view, Qt.Key_1)
    (coding,) = codings_for_document(project, doc)
    assert TEXT[coding.start:coding.end] == "føler mig"


def test_recent_code_moves_to_key_one(window, qtbot, doc_project, select, code_named):
    project, doc = doc_project
    view = window.workspace.view
    select(view, 0, 11)
    qtbot.keyClick(view, Qt.Key_3)  # stigma
    start = TEXT.index("søndagen")
    select(view, start, start + 8)
    qtbot.keyClick(view, Qt.Key_1)  # now the most recent: stigma again
    codes = {TEXT[c.start:c.end]: c.code_id for c in codings_for_document(project, doc)}
    assert codes["søndagen"] == code_named(project, "stigma").id


def test_overlapping_codings_blend_and_underline(window, qtbot, doc_project, select, code_named):
    project, doc = doc_project
    view = window.workspace.view
    start = TEXT.index("Jeg føler")
    select(view, start, start + len("Jeg føler mig ensom"))
    qtbot.keyClick(view, Qt.Key_1)
    select(view, start + 4, start + len("Jeg føler mig ensom"))
    qtbot.keyClick(view, Qt.Key_2)
    pos = to_qt(TEXT, start + 6)
    block = view.document().findBlock(pos)
    ranges = block.layout().formats()  # keep the list alive while reading its formats
    fmt = next(fr.format for fr in ranges if fr.start <= pos - block.position() < fr.start + fr.length)
    a, b = code_named(project, "netværk").colour, code_named(project, "ensomhed").colour
    assert fmt.background().color() == tint([a, b])
    assert fmt.fontUnderline()


def test_undo_after_switching_documents(window, qtbot, doc_project, select):
    from qcode.core.documents import add_document

    project, doc = doc_project
    other = add_document(project, "a_other", "Jonas: Jeg savner min bror.")
    view = window.workspace.view
    select(view, 0, 11)
    qtbot.keyClick(view, Qt.Key_1)
    window.workspace.doc_list.select_document(other)
    assert view.document_id == other
    window.workspace.stack.undo()  # the coding was in the document no longer shown
    assert codings_for_document(project, doc) == []
    assert view.index.spans == []
    window.workspace.doc_list.select_document(doc)
    assert view.document_id == doc and view.index.spans == []
    window.workspace.stack.redo()
    assert len(view.index.spans) == 1


def test_coding_an_already_coded_range_adds_no_undo_step(window, qtbot, doc_project, select):
    project, doc = doc_project
    view = window.workspace.view
    select(view, 0, 11)
    qtbot.keyClick(view, Qt.Key_1)
    select(view, 2, 6)
    qtbot.keyClick(view, Qt.Key_1)
    assert window.workspace.stack.count() == 1
    assert len(codings_for_document(project, doc)) == 1


def test_a_blend_of_code_colours_is_each_colour_tinted_then_averaged():
    """The tint of each colour is remembered (parsing colour names was a third of opening a densely
    coded document); the blend is still the average of the tints, named or hex, in any order."""
    from qcode.ui.highlight.coding_highlighter import TINT, tint

    def tinted(rgb):
        return [255 - (255 - v) * TINT for v in rgb]

    red, blue = tinted((255, 0, 0)), tinted((0, 0, 255))
    expected = tuple(round((a + b) / 2) for a, b in zip(red, blue, strict=True))
    for colours in (["#ff0000", "#0000ff"], ["blue", "red"], ["#ff0000", "#0000ff"]):
        colour = tint(colours)
        assert (colour.red(), colour.green(), colour.blue()) == expected
