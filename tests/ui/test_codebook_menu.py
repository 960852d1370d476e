"""The code's context menu as NVivo users expect it: "Open code" lists its coded segments, "New
sub-code" says under which code it goes, and undoing a new code takes it out of the tree at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from workspace_text import TEXT

from qcode.core.codebook import list_codes
from qcode.ui.dialogs import ask


def menu_action(tree, code_id, starts):
    menu = tree.context_menu(tree.visualRect(tree.model().index_of(code_id)).center())
    (action,) = [a for a in menu.actions() if a.text().startswith(starts)]
    return action


def test_open_code_lists_its_coded_segments(window, qtbot, doc_project, select, code_named):
    from qcode.ui.analysis.retrieval_views import SegmentsView

    project, _doc = doc_project
    view, tree = window.workspace.view, window.workspace.tree
    code = code_named(project, "ensomhed")
    start = TEXT.index("søster")
    select(view, start, start + len("søster"))
    window.workspace.coding.apply(code.id)
    menu_action(tree, code.id, "Open code").trigger()
    segments = window.findChild(SegmentsView)
    assert segments is not None and segments.isVisible()
    assert segments.code.currentData() == code.id
    assert [TEXT[s.start:s.end] for s in segments.found] == ["søster"]
    assert segments.count.text() == "1 segment"  # not "1 segments"


def test_new_sub_code_names_its_parent(window, qtbot, doc_project, code_named, monkeypatch):
    project, _doc = doc_project
    tree = window.workspace.tree
    parent = code_named(project, "netværk")
    asked = []
    monkeypatch.setattr(ask, "text", lambda _p, title, label, *a: asked.append((title, label)) or "søskende")
    action = menu_action(tree, parent.id, "New sub-code")
    assert "netværk" in action.text()
    action.trigger()
    assert "netværk" in asked[0][1]
    assert code_named(project, "søskende").parent_id == parent.id


def test_undoing_a_new_code_takes_it_out_of_the_tree(window, qtbot, doc_project, monkeypatch):
    project, _doc = doc_project
    model = window.workspace.tree.model()
    before = model.rowCount()
    monkeypatch.setattr(ask, "text", lambda *a: "ny kode")
    window.workspace.code_edits.new_code(None)
    assert model.rowCount() == before + 1
    window.workspace.stack.undo()
    assert "ny kode" not in {c.name for c in list_codes(project)}
    shown = [model.index(r, 0).data(Qt.DisplayRole) for r in range(model.rowCount())]
    assert "ny kode" not in shown and model.rowCount() == before
    window.workspace.stack.redo()
    shown = [model.index(r, 0).data(Qt.DisplayRole) for r in range(model.rowCount())]
    assert "ny kode" in shown


def test_undoing_a_code_made_while_coding_takes_it_out_of_the_tree(window, qtbot, doc_project, select):
    project, _doc = doc_project
    view, model = window.workspace.view, window.workspace.tree.model()
    start = TEXT.index("søster")
    select(view, start, start + len("søster"))
    window.workspace.coding.apply_by_name("netværk/søskende")
    parent = model.index_of(next(c.id for c in list_codes(project) if c.name == "netværk"))
    assert model.rowCount(parent) == 1
    window.workspace.stack.undo()
    parent = model.index_of(next(c.id for c in list_codes(project) if c.name == "netværk"))
    assert model.rowCount(parent) == 0
    assert window.workspace.tree.current_code_id() in {c.id for c in list_codes(project)} | {None}


def test_a_refused_new_code_name_is_asked_again_with_what_was_typed(window, qtbot, doc_project, monkeypatch):
    """First-use test: "Netværk" (already there) was refused and the dialog closed with the typing lost."""
    project, _doc = doc_project
    answers, offered = ["Netværk", "Netværk i byen"], []

    def answer(parent, title, label, value=""):
        offered.append(value)
        return answers.pop(0) if answers else None

    monkeypatch.setattr(ask, "text", answer)
    monkeypatch.setattr(ask, "inform", lambda *a: None)
    window.workspace.code_edits.new_code(None)
    assert offered == ["", "Netværk"]  # asked again, with the refused name to edit
    assert "Netværk i byen" in {c.name for c in list_codes(project)}
