"""The memo panel in the real window: a new memo is about what the coder selected last (a code in the
codebook or the document), the "Attached to" line says so and can change it, a saved memo stays selected so
the next Save updates it, Delete needs a selected memo, and every edit is one undo step."""

from __future__ import annotations

from qcode.core.documents import add_document
from qcode.core.memos import list_memos


def test_new_memo_after_selecting_a_code_is_about_that_code(window, doc_project, code_named):
    project, doc = doc_project
    panel, tree = window.workspace.memos, window.workspace.tree
    ensomhed = code_named(project, "ensomhed")
    tree.select_code(ensomhed.id)
    panel.new_button.click()
    assert panel.target.currentText() == "Code: ensomhed"
    assert not panel.delete_button.isEnabled()
    panel.title.setText("Om ensomhed")
    panel.body.setPlainText("Ensomhed hænger sammen med tab.")
    panel.save_button.click()
    (memo,) = list_memos(project)
    assert (memo.code_id, memo.document_id) == (ensomhed.id, None)
    # The saved memo is selected and still in the editor; the "Attached to" line shows where it belongs.
    assert panel.current_memo_id() == memo.id
    assert panel.title.text() == "Om ensomhed"
    assert panel.body.toPlainText() == "Ensomhed hænger sammen med tab."
    assert panel.target.currentText() == "Code: ensomhed" and not panel.target.isEnabled()
    assert panel.delete_button.isEnabled()
    # Saving again updates the same memo instead of writing a second one.
    panel.body.setPlainText("Ensomhed hænger sammen med tab. Mere tekst.")
    panel.save_button.click()
    (again,) = list_memos(project)
    assert again.id == memo.id and again.body.endswith("Mere tekst.")
    stack = window.workspace.stack
    stack.undo()
    assert list_memos(project)[0].body == "Ensomhed hænger sammen med tab."
    stack.undo()
    assert list_memos(project) == []
    stack.redo()
    assert [m.id for m in list_memos(project, code_id=ensomhed.id)] == [memo.id]


def test_new_memo_after_selecting_a_document_is_about_it_or_the_chosen_target(window, qtbot, doc_project,
                                                                             code_named):
    project, doc = doc_project
    other = add_document(project, "interview_jonas", "Jonas: Jeg savner min bror.")
    ws = window.workspace
    panel = ws.memos
    ws.tree.select_code(code_named(project, "stigma").id)
    ws.doc_list.select_document(other)
    qtbot.waitUntil(lambda: ws.view.document_id == other)
    panel.new_button.click()
    assert panel.target.currentText() == "Document: interview_jonas"
    assert [panel.target.itemText(i) for i in range(panel.target.count())] == [
        "Document: interview_jonas", "Code: stigma", "The whole project"]
    panel.title.setText("Om Jonas")
    panel.save_button.click()
    assert [m.title for m in list_memos(project, document_id=other)] == ["Om Jonas"]
    panel.new_button.click()
    panel.target.setCurrentIndex(panel.target.findText("The whole project"))
    panel.title.setText("Hele projektet")
    panel.save_button.click()
    (memo,) = [m for m in list_memos(project) if m.title == "Hele projektet"]
    assert (memo.document_id, memo.code_id, memo.coding_id) == (None, None, None)
    assert panel.target.currentText() == "The whole project"


def test_delete_needs_a_selected_memo(window, doc_project):
    project, doc = doc_project
    panel = window.workspace.memos
    assert panel.current_memo_id() is None
    assert not panel.delete_button.isEnabled()
    panel.title.setText("Noget")
    panel.save_button.click()
    assert panel.delete_button.isEnabled()
    panel.delete_button.click()
    assert list_memos(project) == []
    assert panel.current_memo_id() is None and not panel.delete_button.isEnabled()
    assert panel.title.text() == ""
    window.workspace.stack.undo()
    assert [m.title for m in list_memos(project, document_id=doc)] == ["Noget"]


def test_delete_is_disabled_in_a_project_without_documents(qtbot, project):
    from qcode.ui.main_window import MainWindow

    window = MainWindow(project)
    qtbot.addWidget(window)
    panel = window.workspace.memos
    assert panel.current_memo_id() is None
    assert not panel.delete_button.isEnabled()
    assert panel.target.currentText() == "The whole project"


def test_coding_memos_of_the_open_document_are_listed_and_show_their_passage(window, qtbot, doc_project,
                                                                             code_named):
    from qcode.core.codings import add_coding, set_coding_memo

    project, doc = doc_project
    code = code_named(project, "ensomhed")
    coding = add_coding(project, doc, code.id, 0, 11).coding_id
    panel = window.workspace.memos
    assert panel.list.count() == 0
    set_coding_memo(project, coding, "Åbningen sætter tonen")  # through the bridge, as Ctrl+Z would
    items = [panel.list.item(r) for r in range(panel.list.count())]
    assert [i.text() for i in items] == ["ensomhed: Åbningen sætter tonen"]
    panel.list.setCurrentItem(items[0])
    assert panel.body.toPlainText() == "Åbningen sætter tonen" and panel.body.isReadOnly()
    assert panel.target.currentText() == "A coding of 'ensomhed'"
    assert not panel.save_button.isEnabled() and not panel.delete_button.isEnabled()
    view = window.workspace.view
    assert view.selection_range(snap=False) == (0, 11)  # the passage is selected in the transcript
    panel.new_memo()  # a new memo is written as before
    assert not panel.body.isReadOnly() and panel.save_button.isEnabled()
    set_coding_memo(project, coding, "")
    assert panel.list.count() == 0
