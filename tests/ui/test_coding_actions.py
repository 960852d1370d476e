"""The other ways to code and uncode: drag a selection onto a code, Ctrl+K (with a new code),
in-vivo, click a code, the stripes margin, coding memos, next/previous and 'show only'."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QDropEvent
from workspace_text import TEXT

from qcode.core.codebook import get_code, list_codes
from qcode.core.codings import codings_for_document, get_coding
from qcode.ui.dialogs import ask
from qcode.ui.dialogs.code_picker import CodePickerDialog


def coded(project, doc):
    return sorted((TEXT[c.start:c.end], c.code_id) for c in codings_for_document(project, doc))


def test_drag_selection_onto_a_code(window, qtbot, doc_project, select, code_named):
    project, doc = doc_project
    view, tree = window.workspace.view, window.workspace.tree
    start = TEXT.index("børnene")
    select(view, start, start + len("børnene"))
    mime = view.selection_mime()
    target = code_named(project, "netværk")
    point = tree.visualRect(tree.model().index_of(target.id)).center()
    tree.dropEvent(QDropEvent(point, Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier))
    assert coded(project, doc) == [("børnene", target.id)]


def test_the_code_that_will_receive_a_dragged_selection_is_marked(window, qtbot, doc_project, select,
                                                                  code_named):
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent
    from PySide6.QtWidgets import QApplication

    project, doc = doc_project
    view, tree = window.workspace.view, window.workspace.tree
    select(view, 0, 11)
    mime = view.selection_mime()
    target, other = code_named(project, "netværk"), code_named(project, "ensomhed")
    row = tree.visualRect(tree.model().index_of(target.id))
    untouched = tree.viewport().grab().toImage()

    QApplication.sendEvent(tree.viewport(), QDragEnterEvent(row.center(), Qt.CopyAction, mime, Qt.LeftButton,
                                                            Qt.NoModifier))

    def move_to(point: QPoint) -> bool:
        event = QDragMoveEvent(point, Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
        QApplication.sendEvent(tree.viewport(), event)  # as Qt delivers a drag to the tree
        return event.isAccepted()

    assert move_to(row.center()) and tree.drop_target_code() == target.id
    marked = tree.viewport().grab().toImage()
    edge = QPoint(row.right() - 2, row.center().y())  # the frame reaches past the name
    assert marked.pixelColor(edge) != untouched.pixelColor(edge)
    move_to(tree.visualRect(tree.model().index_of(other.id)).center())
    assert tree.drop_target_code() == other.id  # the mark follows the mouse
    QApplication.sendEvent(tree.viewport(), QDragLeaveEvent())
    assert tree.drop_target_code() is None
    assert tree.viewport().grab().toImage().pixelColor(edge) == untouched.pixelColor(edge)
    move_to(row.center())
    tree.dropEvent(QDropEvent(row.center(), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier))
    assert tree.drop_target_code() is None and coded(project, doc)[0][1] == target.id


def test_ctrl_k_applies_a_new_code_in_one_undo_step(window, qtbot, doc_project, select, monkeypatch):
    project, doc = doc_project
    view = window.workspace.view
    start = TEXT.index("søster")
    select(view, start, start + len("søster"))
    seen = []
    monkeypatch.setattr(CodePickerDialog, "pick",
                        classmethod(lambda cls, parent, paths: seen.append(paths) or "netværk/søskende"))
    window.activateWindow()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key_K, Qt.ControlModifier)
    assert "ensomhed" in seen[0]
    new = next(c for c in list_codes(project) if c.name == "søskende")
    assert coded(project, doc) == [("søster", new.id)]
    assert window.workspace.stack.count() == 1
    window.workspace.stack.undo()
    assert codings_for_document(project, doc) == []
    assert "søskende" not in {c.name for c in list_codes(project)}
    window.workspace.stack.redo()
    assert coded(project, doc) == [("søster", new.id)]


def test_code_picker_highlights_the_best_match_and_creates_only_when_chosen(qtbot):
    dialog = CodePickerDialog(["netværk", "netværk/familie", "ensomhed"])
    qtbot.addWidget(dialog)
    dialog.edit.setText("fam")
    # A part of a name: the existing code is highlighted; "Create 'fam'" is offered last, not chosen.
    assert [dialog.list.item(r).text() for r in range(dialog.list.count())] == [
        "netværk/familie", "Create 'fam'"]
    assert dialog.choice() == "netværk/familie" and not dialog.creates()
    qtbot.keyClick(dialog, Qt.Key_Down)  # the explicit choice of a new code
    assert dialog.choice() == "fam" and dialog.creates()
    dialog.edit.setText("helt ny")  # no match: nothing highlighted, Enter does nothing
    assert dialog.choice() == "" and not dialog.creates()
    qtbot.keyClick(dialog.edit, Qt.Key_Return)
    assert dialog.result() == 0
    qtbot.keyClick(dialog, Qt.Key_Down)
    assert dialog.choice() == "helt ny" and dialog.creates()
    dialog.edit.setText("FAMILIE")  # a code's own name, whatever the case: that code, nothing to create
    assert dialog.choice() == "netværk/familie" and not dialog.creates()
    assert dialog.list.count() == 1
    dialog.edit.setText("Netværk / Familie")
    assert dialog.choice() == "netværk/familie"
    dialog.edit.setText("net")  # the name that begins with it leads the path that only contains it
    assert dialog.choice() == "netværk"


def test_ctrl_k_prefix_and_enter_applies_the_existing_code(window, qtbot, doc_project, select):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from qcode.core.codebook import add_code, code_path

    project, doc = doc_project
    stigma = next(c for c in list_codes(project) if c.name == "stigma")
    existing = add_code(project, "mødet med systemet", stigma.id)
    ensomhed = next(c for c in list_codes(project) if c.name == "ensomhed")
    view = window.workspace.view
    before = len(list_codes(project))

    def pick(typed: str, keys=()) -> None:
        def type_and_enter():
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, CodePickerDialog)
            qtbot.keyClicks(dialog.edit, typed)
            for key in keys:
                qtbot.keyClick(dialog.edit, key)
            qtbot.keyClick(dialog.edit, Qt.Key_Return)
            if dialog.isVisible():  # Enter with nothing highlighted leaves it open
                dialog.reject()

        QTimer.singleShot(0, type_and_enter)
        window.actions["apply_code"].trigger()

    start = TEXT.index("søster")
    select(view, start, start + len("søster"))
    pick("ensom")  # a prefix + Enter: the existing code, no junk code "ensom"
    assert coded(project, doc) == [("søster", ensomhed.id)]
    assert len(list_codes(project)) == before
    start = TEXT.index("familien")
    select(view, start, start + len("familien"))
    pick("MØDET MED SYSTEMET")  # the exact name applies the existing code
    assert ("familien", existing) in coded(project, doc)
    start = TEXT.index("børnene")
    select(view, start, start + len("børnene"))
    pick("qwerty")  # no match: Enter makes nothing
    assert len(list_codes(project)) == before
    pick("system", keys=[Qt.Key_Down, Qt.Key_Down])  # past the match to "Create 'system'": explicit
    new = next(c for c in list_codes(project) if c.name == "system")
    assert new.parent_id is None
    assert ("børnene", new.id) in coded(project, doc)
    assert code_path(project, existing) == "stigma/mødet med systemet"


def test_invivo_code_from_selected_words(window, qtbot, doc_project, select):
    project, doc = doc_project
    view = window.workspace.view
    start = TEXT.index("ensom,")
    select(view, start, start + len("ensom,"))
    window.actions["invivo"].trigger()
    code = next(c for c in list_codes(project) if c.name == "ensom")
    # The code is named without the punctuation; the coding covers what was selected.
    assert coded(project, doc) == [("ensom,", code.id)]


def test_one_click_on_a_code_only_selects_it_double_click_or_enter_applies(window, qtbot, doc_project, select,
                                                                           code_named):
    project, doc = doc_project
    view, tree = window.workspace.view, window.workspace.tree
    select(view, 0, 11)
    code = code_named(project, "stigma")
    rect = tree.visualRect(tree.model().index_of(code.id))
    qtbot.mouseClick(tree.viewport(), Qt.LeftButton, pos=rect.center())
    assert coded(project, doc) == []  # a click to look at a code codes nothing
    assert tree.current_code_id() == code.id
    qtbot.mouseDClick(tree.viewport(), Qt.LeftButton, pos=rect.center())
    assert coded(project, doc) == [("Interviewer", code.id)]
    other = code_named(project, "ønsker")
    other_rect = tree.visualRect(tree.model().index_of(other.id))
    qtbot.mouseDClick(tree.viewport(), Qt.LeftButton, pos=other_rect.center())
    assert coded(project, doc) == [("Interviewer", code.id)]  # selection was cleared: no second coding
    start = TEXT.index("søster")
    select(view, start, start + len("søster"))
    tree.setFocus()
    tree.select_code(other.id)
    qtbot.keyClick(tree, Qt.Key_Return)
    assert ("søster", other.id) in coded(project, doc)


def test_stripe_hover_click_and_uncode(window, qtbot, doc_project, select, code_named):
    project, doc = doc_project
    view = window.workspace.view
    start = TEXT.index("Min søster")
    select(view, start, start + len("Min søster"))
    qtbot.keyClick(view, Qt.Key_1)
    (coding,) = codings_for_document(project, doc)
    view.verticalScrollBar().setValue(0)
    view.stripes.repaint()
    qtbot.waitUntil(lambda: bool(view.stripes._hits))
    rect, span = view.stripes._hits[0]
    assert span.coding_id == coding.id
    assert view.describe(span) == "netværk — coded by tester"
    cursor = view.textCursor()
    cursor.clearSelection()
    view.setTextCursor(cursor)
    with qtbot.waitSignal(view.coding_selected):
        qtbot.mouseClick(view.stripes, Qt.LeftButton, pos=rect.center())
    assert view.selection_range() == (coding.start, coding.end)
    view.uncode_requested.emit(coding.id)  # what the stripe's menu entry does
    assert codings_for_document(project, doc) == []
    assert window.actions["undo"].text() == "&Undo Uncode 'netværk'"
    window.workspace.stack.undo()
    assert get_coding(project, coding.id).start == coding.start


def test_memo_on_a_coding(window, qtbot, doc_project, select, monkeypatch):
    project, doc = doc_project
    view = window.workspace.view
    select(view, 0, 11)
    qtbot.keyClick(view, Qt.Key_1)
    (coding,) = codings_for_document(project, doc)
    asked = []
    monkeypatch.setattr(ask, "text", lambda *a, **k: asked.append(a[2]) or "Interviewerens åbning")
    view.memo_requested.emit(coding.id)
    assert get_coding(project, coding.id).memo == "Interviewerens åbning"
    # the question names the code and shows the passage the memo is about
    name, passage = get_code(project, coding.code_id).name, TEXT[coding.start:coding.end]
    assert asked == [f"Memo on '{name}' for: “{passage}”"]
    # Once written, the memo is seen: a mark on the coding's stripe and its text in the tooltip.
    view.verticalScrollBar().setValue(0)
    view.stripes.repaint()
    qtbot.waitUntil(lambda: bool(view.stripes._hits))
    assert coding.id in view.stripes.memo_marks
    (_rect, span), = [h for h in view.stripes._hits if h[1].coding_id == coding.id]
    assert view.describe(span).endswith("Memo: Interviewerens åbning")
    window.workspace.stack.undo()
    assert get_coding(project, coding.id).memo == ""
    view.stripes.repaint()
    assert coding.id not in view.stripes.memo_marks
    window.workspace.stack.redo()
    assert window.workspace.coding.uncode(coding.id)  # the memo goes too: the status bar says so
    assert "and its memo; Ctrl+Z brings both back" in window.statusBar().currentMessage()


def test_next_previous_and_show_only(window, qtbot, doc_project, select, code_named):
    project, doc = doc_project
    view, tree = window.workspace.view, window.workspace.tree
    spots = ["Interviewer", "ensom", "søndagen"]
    for word in spots:
        s = TEXT.index(word)
        select(view, s, s + len(word))
        qtbot.keyClick(view, Qt.Key_1)
    code = code_named(project, "netværk")
    tree.select_code(code.id)
    cursor = view.textCursor()
    cursor.setPosition(0)
    view.setTextCursor(cursor)
    window.actions["next_coding"].trigger()
    assert view.selected_text() == "ensom"
    window.actions["next_coding"].trigger()
    assert view.selected_text() == "søndagen"
    window.actions["previous_coding"].trigger()
    assert view.selected_text() == "ensom"
    window.actions["show_only"].trigger()
    assert view.highlighter.only_code == code.id
    window.actions["show_only"].trigger()
    assert view.highlighter.only_code is None


def test_document_list_filter(window, qtbot, doc_project):
    from qcode.core.documents import add_document

    project, _doc = doc_project
    add_document(project, "interview_jonas", "Jonas: Hej.")
    doc_list = window.workspace.doc_list
    assert doc_list.proxy.rowCount() == 2
    doc_list.filter.setText("JONAS")
    assert doc_list.proxy.rowCount() == 1
    doc_list.table.selectRow(0)
    assert window.workspace.view.toPlainText() == "Jonas: Hej."



def test_context_menu_code_with_lists_recent_codes_first(window, qtbot, doc_project, select, code_named):
    project, doc = doc_project
    view = window.workspace.view
    select(view, 0, 11)
    qtbot.keyClick(view, Qt.Key_4)  # ønsker becomes the most recent code
    assert view.menu_codes[0] == code_named(project, "ønsker").id
    start = TEXT.index("søndagen")
    select(view, start, start + len("søndagen"))
    view.code_requested.emit(code_named(project, "stigma").id)  # the menu entry's signal
    assert ("søndagen", code_named(project, "stigma").id) in coded(project, doc)


def test_stripes_margin_stays_narrow_with_many_codes(window):
    stripes = window.workspace.view.stripes
    stripes.set_columns(list(range(4)))
    assert stripes.step() == (5, 7)
    stripes.set_columns(list(range(40)))
    width, pitch = stripes.step()
    assert width >= 1 and pitch >= 2 and stripes.preferred_width() <= 4 * 2 + 90


def test_ctrl_k_creates_a_missing_path_in_one_undo_step(window, doc_project, select, monkeypatch):
    project, doc = doc_project
    view = window.workspace.view
    select(view, 0, 11)
    monkeypatch.setattr(CodePickerDialog, "pick",
                        classmethod(lambda cls, parent, paths: "Roller/Interviewer"))
    window.actions["apply_code"].trigger()
    names = {c.name: c for c in list_codes(project)}
    assert names["Interviewer"].parent_id == names["Roller"].id
    assert coded(project, doc) == [("Interviewer", names["Interviewer"].id)]
    window.workspace.stack.undo()
    assert {"Roller", "Interviewer"}.isdisjoint(c.name for c in list_codes(project))
    assert codings_for_document(project, doc) == []
    # An existing code is found whatever its case; nothing new is made.
    monkeypatch.setattr(CodePickerDialog, "pick", classmethod(lambda cls, parent, paths: "ENSOMHED"))
    window.actions["apply_code"].trigger()
    assert [c.name for c in list_codes(project)] == ["netværk", "ensomhed", "stigma", "ønsker"]
    assert len(codings_for_document(project, doc)) == 1
