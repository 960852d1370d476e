"""The first-use test's findings (#16), each driven through the real window: the stripe margin keeps
its width, right-click acts on what is under the mouse, keyboard focus moves between the panes, and
the window fits small and HiDPI screens."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from workspace_text import TEXT

from qcode.core.codebook import add_code
from qcode.core.codings import codings_for_document


def test_stripe_margin_keeps_its_width_over_ten_new_codes(window, qtbot, doc_project, select):
    project, doc = doc_project
    view = window.workspace.view
    word = TEXT.index("søster")

    def x_of_word() -> int:
        cursor = view.textCursor()
        cursor.setPosition(view._shown(word))
        return view.cursorRect(cursor).left() + view.viewport().x()

    margin, x = view.viewport().x(), x_of_word()
    for n in range(10):
        code = add_code(project, f"kode {n}")
        start = TEXT.index("Jeg") + n
        select(view, start, start + 3)
        assert window.workspace.coding.apply(code)
        qtbot.wait(1)
        assert view.viewport().x() == margin  # the text does not move under the mouse
        assert x_of_word() == x
    assert len(view.stripes.columns) == 10
    width, pitch = view.stripes.step()
    assert width >= 1 and 10 * pitch <= view.stripes.width()


def _point_of(view, offset: int) -> QPoint:
    """Viewport point in the middle of the character at a stored offset."""
    cursor = view.textCursor()
    cursor.setPosition(view._shown(offset))
    rect = view.cursorRect(cursor)
    return QPoint(rect.left() + 3, rect.center().y())


def _uncode_entries(menu) -> list:
    return [a for a in menu.actions() if a.text().startswith("Uncode")]


def test_right_click_acts_on_the_coding_under_the_mouse(window, qtbot, doc_project, select, code_named):
    project, doc = doc_project
    view, coding = window.workspace.view, window.workspace.coding
    ensomhed, netvaerk = code_named(project, "ensomhed"), code_named(project, "netværk")
    for word, code in (("ensom", ensomhed), ("søster", netvaerk), ("børnene", netvaerk)):
        start = TEXT.index(word)
        select(view, start, start + len(word))
        assert coding.apply(code.id)
    select(view, 0, len(TEXT))  # a large selection over every coding
    menu = view.context_menu(_point_of(view, TEXT.index("søster") + 2))
    entries = _uncode_entries(menu)
    assert [a.text() for a in entries] == ["Uncode 'netværk'"]  # one entry, the coding under the mouse
    assert view.textCursor().hasSelection()  # inside the selection: it stays, for "Code with"
    entries[0].trigger()
    left = sorted(TEXT[c.start:c.end] for c in codings_for_document(project, doc))
    assert left == ["børnene", "ensom"]
    # Outside the selection the right-click moves the cursor there: the menu is about that place.
    start = TEXT.index("ensom")
    select(view, start, start + len("ensom"))
    menu = view.context_menu(_point_of(view, TEXT.index("børnene") + 1))
    assert not view.textCursor().hasSelection()
    assert [a.text() for a in _uncode_entries(menu)] == ["Uncode 'netværk'"]
    assert not any(a.text() == "In-vivo code" for a in menu.actions())


def test_a_click_inside_the_selection_clears_it(window, qtbot, select):
    view = window.workspace.view
    start = TEXT.index("Min søster")
    select(view, start, start + len("Min søster ringer"))
    inside = _point_of(view, start + 5)
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=inside)
    assert not view.textCursor().hasSelection()
    assert view.textCursor().position() == view.cursorForPosition(inside).position()


def test_keyboard_moves_between_the_panes_with_a_visible_focus_ring(window, qtbot):
    from PySide6.QtGui import QPalette

    ws = window.workspace
    window.activateWindow()
    with qtbot.waitActive(window):
        pass
    table, view, tree = ws.doc_list.table, ws.view, ws.tree
    qtbot.keyClick(window, Qt.Key_2, Qt.ControlModifier)
    assert view.hasFocus()
    qtbot.keyClick(window.focusWidget(), Qt.Key_3, Qt.ControlModifier)
    assert tree.hasFocus()
    qtbot.keyClick(window.focusWidget(), Qt.Key_1, Qt.ControlModifier)
    assert table.hasFocus()
    qtbot.keyClick(table, Qt.Key_Tab)  # Tab is not trapped in the document table
    assert not table.hasFocus()
    qtbot.keyClick(window.focusWidget(), Qt.Key_1, Qt.ControlModifier)
    qtbot.keyClick(table, Qt.Key_F6)  # F6 walks the panes: documents → transcript → codebook → …
    assert view.hasFocus()
    qtbot.keyClick(view, Qt.Key_F6)
    assert tree.hasFocus()
    qtbot.keyClick(tree, Qt.Key_F6, Qt.ShiftModifier)
    assert view.hasFocus()
    qtbot.keyClick(view, Qt.Key_Tab)  # Tab leaves the read-only transcript too
    assert not view.hasFocus()
    memo = ws.memos.body
    memo.setFocus()
    qtbot.keyClick(memo, Qt.Key_Tab)  # and the memo text: Tab moves on instead of typing a tab
    assert not memo.hasFocus() and "\t" not in memo.toPlainText()
    # The focused pane has a ring in the highlight colour, the others do not.
    qtbot.keyClick(window.focusWidget(), Qt.Key_2, Qt.ControlModifier)
    highlight = view.palette().color(QPalette.Highlight)
    edge = lambda w: w.grab().toImage().pixelColor(0, w.height() // 2)  # noqa: E731
    assert edge(view) == highlight
    assert edge(tree) != highlight


def test_a_clean_import_reports_in_the_status_bar_not_a_box(window, qtbot, tmp_path, monkeypatch):
    """#16: a modal "Imported N file(s)" box after every import; the conftest fails on any box."""
    from PySide6.QtWidgets import QDialog

    from qcode.ui.dialogs.speaker_review import SpeakerReviewDialog

    path = tmp_path / "karen.txt"
    path.write_text("Interviewer: Hvordan går det?\nKaren: Godt, tak.\n", encoding="utf-8")
    monkeypatch.setattr(SpeakerReviewDialog, "exec", lambda self: QDialog.Accepted)
    window.import_files([str(path)])
    assert "Imported 1 file(s)." in window.statusBar().currentMessage()
    assert window.workspace.documents.rowCount() == 2
