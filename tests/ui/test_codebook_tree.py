"""The code tree: model checks, drag to a new parent, rename, merge, delete — each through the
real view and undo stack, checked in the database."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QDropEvent

from qcode.core.codebook import get_code, list_codes
from qcode.core.codings import codings_for_code, codings_for_document
from qcode.ui.dialogs import ask
from qcode.ui.dialogs.code_change import DeleteCodeDialog, MergeCodeDialog
from qcode.ui.models.codebook_model import CODE_MIME, CodebookModel
from qcode.ui.models.documents_model import DocumentsModel


def drop(view, mime: QMimeData, point: QPoint, action=Qt.MoveAction) -> QDropEvent:
    event = QDropEvent(point, action, mime, Qt.LeftButton, Qt.NoModifier)
    view.dropEvent(event)
    return event


def test_models_pass_the_model_tester(qapp, qtmodeltester, doc_project):
    project, _doc = doc_project
    from qcode.core.codebook import add_code

    parent = list_codes(project)[0].id
    add_code(project, "familie", parent)
    add_code(project, "venner", parent)
    model = CodebookModel(project)
    qtmodeltester.check(model)
    model.reload()
    qtmodeltester.check(model)
    qtmodeltester.check(DocumentsModel(project))


def test_drag_code_onto_another_makes_it_a_child(window, qtbot, doc_project, code_named):
    project, _doc = doc_project
    tree = window.workspace.tree
    model = tree.model()
    source, target = code_named(project, "ønsker"), code_named(project, "netværk")
    mime = model.mimeData([model.index_of(source.id)])
    assert bytes(mime.data(CODE_MIME)) == str(source.id).encode()
    rect = tree.visualRect(model.index_of(target.id))
    drop(tree.viewport() and tree, mime, rect.center())
    qtbot.waitUntil(lambda: get_code(project, source.id).parent_id == target.id)
    # The tree shows it under the new parent, and undo puts it back where it was.
    assert model.index_of(source.id).parent().data(Qt.UserRole + 1) == target.id
    assert tree.isExpanded(model.index_of(target.id))  # the moved code stays in sight
    window.workspace.stack.undo()
    assert get_code(project, source.id).parent_id is None
    assert get_code(project, source.id).position == source.position
    window.workspace.stack.redo()
    assert get_code(project, source.id).parent_id == target.id


def test_drop_between_codes_reorders(window, qtbot, doc_project, code_named):
    project, _doc = doc_project
    tree = window.workspace.tree
    model = tree.model()
    last = code_named(project, "ønsker")
    first_rect = tree.visualRect(model.index_of(code_named(project, "netværk").id))
    mime = model.mimeData([model.index_of(last.id)])
    drop(tree, mime, QPoint(first_rect.center().x(), first_rect.top() + 1))
    qtbot.waitUntil(lambda: get_code(project, last.id).position == 0)
    assert [c.name for c in list_codes(project)][:2] == ["ønsker", "netværk"]


def test_inline_rename_is_one_undo_step(window, qtbot, doc_project, code_named):
    project, _doc = doc_project
    model = window.workspace.tree.model()
    code = code_named(project, "stigma")
    model.setData(model.index_of(code.id), "stigmatisering")
    assert get_code(project, code.id).name == "stigmatisering"
    assert model.index_of(code.id).data() == "stigmatisering"
    assert window.actions["undo"].text() == "&Undo Rename 'stigma' to 'stigmatisering'"
    window.workspace.stack.undo()
    assert get_code(project, code.id).name == "stigma"


def test_merge_codes_moves_codings_and_undoes(window, qtbot, doc_project, code_named, select, monkeypatch):
    project, doc = doc_project
    view = window.workspace.view
    select(view, 0, 11)
    qtbot.keyClick(view, Qt.Key_3)  # stigma
    source, target = code_named(project, "stigma"), code_named(project, "ensomhed")
    monkeypatch.setattr(MergeCodeDialog, "ask_merge", classmethod(lambda cls, parent, source, targets: (
        "ensomhed", "")))
    window.workspace.tree.merge_requested.emit(source.id)
    assert source.id not in {c.id for c in list_codes(project)}
    assert [c.code_id for c in codings_for_document(project, doc)] == [target.id]
    assert window.workspace.tree.model().count(target.id) == 1
    window.workspace.stack.undo()
    assert [c.code_id for c in codings_for_document(project, doc)] == [source.id]
    assert window.workspace.tree.model().index_of(source.id).isValid()


def test_delete_asks_and_undo_restores_codings(window, qtbot, doc_project, code_named, select, monkeypatch):
    project, doc = doc_project
    view = window.workspace.view
    select(view, 0, 11)
    qtbot.keyClick(view, Qt.Key_1)
    code = code_named(project, "netværk")
    monkeypatch.setattr(DeleteCodeDialog, "ask_delete", classmethod(lambda cls, parent, name, count: None))
    window.workspace.tree.delete_requested.emit(code.id)
    assert len(codings_for_code(project, code.id)) == 1
    monkeypatch.setattr(DeleteCodeDialog, "ask_delete", classmethod(lambda cls, parent, name, count: ""))
    window.workspace.tree.delete_requested.emit(code.id)
    assert code.id not in {c.id for c in list_codes(project)}
    assert codings_for_document(project, doc) == []
    assert view.index.spans == []
    window.workspace.stack.undo()
    assert len(codings_for_code(project, code.id)) == 1
    assert len(view.index.spans) == 1


def test_new_sub_code_and_description(window, doc_project, code_named, monkeypatch):
    project, _doc = doc_project
    from qcode.ui.dialogs.code_editor import CodeEditorDialog

    parent = code_named(project, "netværk")
    monkeypatch.setattr(ask, "text", lambda *a, **k: "familie")
    window.workspace.tree.new_code_requested.emit(parent.id)
    child = code_named(project, "familie")
    assert child.parent_id == parent.id
    monkeypatch.setattr(CodeEditorDialog, "edit",
                        classmethod(lambda cls, p, c: {"description": "Om familien"}))
    window.workspace.tree.edit_requested.emit(child.id)
    assert get_code(project, child.id).description == "Om familien"
    assert window.workspace.tree.model().index_of(child.id).data(Qt.ToolTipRole) == "Om familien"
    window.workspace.stack.undo()
    assert get_code(project, child.id).description == ""


def test_refused_rename_shows_the_error_and_leaves_no_undo_step(window, doc_project, code_named, monkeypatch):
    project, _doc = doc_project
    errors = []
    monkeypatch.setattr(window, "show_error", lambda error: errors.append(error.message_id))
    model = window.workspace.tree.model()
    code = code_named(project, "stigma")
    model.setData(model.index_of(code.id), "ensomhed")  # a sibling already has that name
    assert errors == ["code.duplicate_name"]
    assert get_code(project, code.id).name == "stigma"
    assert window.workspace.stack.count() == 0


def test_context_menu_show_only_this_code_paints_only_it(window, qtbot, doc_project, code_named, select):
    project, _doc = doc_project
    view, tree = window.workspace.view, window.workspace.tree
    ensomhed, other = code_named(project, "ensomhed"), list_codes(project)[0]
    select(view, 0, 11)
    qtbot.keyClick(view, Qt.Key_2)  # something coded, so there is something to hide
    tree.select_code(other.id)
    rect = tree.visualRect(tree.model().index_of(ensomhed.id))
    menu = tree.context_menu(rect.center())
    (action,) = [a for a in menu.actions() if a.text() == "Show only this code"]
    action.trigger()
    assert view.highlighter.only_code == ensomhed.id
    assert tree.current_code_id() == ensomhed.id
    assert window.actions["show_only"].isChecked()  # the View menu's check follows
    window.actions["show_only"].trigger()  # Ctrl+Shift+F turns it off again
    assert view.highlighter.only_code is None
    menu = tree.context_menu(tree.visualRect(tree.model().index_of(other.id)).center())
    next(a for a in menu.actions() if a.text() == "Show only this code").trigger()
    assert view.highlighter.only_code == other.id and window.actions["show_only"].isChecked()


def test_the_merge_dialog_waits_for_a_chosen_target(qtbot):
    from PySide6.QtWidgets import QDialogButtonBox

    dialog = MergeCodeDialog(None, "sorg", ["netværk", "ensomhed"])
    qtbot.addWidget(dialog)
    merge = dialog.buttons.button(QDialogButtonBox.Ok)
    assert dialog.target.currentIndex() == -1 and not merge.isEnabled()  # nothing chosen for the user
    dialog.target.setCurrentIndex(1)
    assert merge.isEnabled() and dialog.target.currentText() == "ensomhed"
