"""The pseudonymised view reaches the codebook and the memo panel: code names (an in-vivo code quotes the
text), their descriptions and the memos show the pseudonym, and nothing typed or shown there can store
the pseudonym in place of what was written: renaming, the description editor and the memo editor are
off while the view is on, and a memo draft waits, unshown, until it is turned off."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView
from workspace_text import TEXT

from qcode.anonymise.review import add_manual_mention
from qcode.core.codebook import add_code, get_code
from qcode.core.memos import add_memo, get_memo

NAME, PSEUDONYM = "Birgit", "[Informant 1]"


@pytest.fixture
def named(window, doc_project):
    """Birgit accepted as a name; a code named after her with a description quoting her, and memos on
    the document and the code that name her. Returns (code id, document memo id, code memo id)."""
    project, doc = doc_project
    first = TEXT.index(NAME)
    add_manual_mention(project, doc, first, first + len(NAME), "PERSON")
    code = add_code(project, "Birgit siger nej", description="Når Birgit afviser hjælp")
    doc_memo = add_memo(project, "Om Birgit", "Birgit nævner søsteren to gange.", document_id=doc)
    code_memo = add_memo(project, "Koden", "Kun hvor Birgit selv siger nej.", code_id=code)
    window.workspace.tree.select_code(code)
    return code, doc_memo, code_memo


def _listed(memos) -> dict[int, tuple[str, str]]:
    """Memo id → (list text, tooltip) of the memo panel's list."""
    items = [memos.list.item(r) for r in range(memos.list.count())]
    return {i.data(Qt.UserRole): (i.text(), i.toolTip()) for i in items if i.data(Qt.UserRole) is not None}


def _show_memo(memos, memo_id: int) -> tuple[str, str]:
    memos.select_memo(memo_id)
    assert memos.current_memo_id() == memo_id
    return memos.title.text(), memos.body.toPlainText()


def test_codebook_and_memos_show_the_pseudonym_and_the_originals_again(window, named):
    code, doc_memo, code_memo = named
    ws = window.workspace
    index = ws.codebook.index_of(code)
    assert index.data() == "Birgit siger nej"
    toggle = window.actions["pseudonymised"]

    toggle.trigger()
    index = ws.codebook.index_of(code)
    assert index.data() == f"{PSEUDONYM} siger nej"
    assert index.data(Qt.ToolTipRole) == f"Når {PSEUDONYM} afviser hjælp"
    assert ws.tree.current_code_id() == code  # still selected after the tree was redrawn
    menu = [a.text() for a in ws.tree.context_menu(ws.tree.visualRect(index).center()).actions()]
    assert any(f"'{PSEUDONYM} siger nej'" in text for text in menu)
    assert not any(NAME in text for text in menu), menu
    listed = _listed(ws.memos)
    assert set(listed) == {doc_memo, code_memo}
    assert not any(NAME in text or NAME in tip for text, tip in listed.values()), listed
    assert listed[doc_memo][0] == f"Om {PSEUDONYM}"
    assert _show_memo(ws.memos, doc_memo) == (f"Om {PSEUDONYM}", f"{PSEUDONYM} nævner søsteren to gange.")
    assert _show_memo(ws.memos, code_memo) == ("Koden", f"Kun hvor {PSEUDONYM} selv siger nej.")
    assert ws.memos.target.currentText() == f"Code: {PSEUDONYM} siger nej"  # what it is attached to
    assert ws.memos.read_only_note.isVisibleTo(ws.memos)

    toggle.trigger()
    assert ws.codebook.index_of(code).data() == "Birgit siger nej"
    assert ws.codebook.index_of(code).data(Qt.ToolTipRole) == "Når Birgit afviser hjælp"
    assert _listed(ws.memos)[doc_memo][0] == "Om Birgit"
    assert _show_memo(ws.memos, code_memo) == ("Koden", "Kun hvor Birgit selv siger nej.")
    assert ws.memos.target.currentText() == "Code: Birgit siger nej"
    assert not ws.memos.read_only_note.isVisibleTo(ws.memos)
    assert not ws.memos.body.isReadOnly() and ws.memos.save_button.isEnabled()


def test_no_edit_in_the_pseudonymised_view_stores_the_pseudonym(window, qtbot, doc_project, named,
                                                                monkeypatch):
    from qcode.ui.dialogs.code_editor import CodeEditorDialog

    project, _doc = doc_project
    code, doc_memo, _code_memo = named
    ws = window.workspace
    window.actions["pseudonymised"].trigger()
    tree, index = ws.tree, ws.codebook.index_of(code)
    tree.setFocus()
    tree.setCurrentIndex(index)

    qtbot.keyClick(tree, Qt.Key_F2)  # the rename key opens no editor holding the shown name…
    assert tree.state() != QAbstractItemView.EditingState
    assert window.statusBar().currentMessage().startswith(
        "Code names and descriptions cannot be edited in the pseudonymised view")  # …and says why
    window.statusBar().clearMessage()
    menu = tree.context_menu(tree.visualRect(index).center())
    rename = next(a for a in menu.actions() if a.text() == "Rename")
    rename.trigger()
    assert tree.state() != QAbstractItemView.EditingState
    assert "Turn it off to edit them: View → Show pseudonymised text" in window.statusBar().currentMessage()
    assert not ws.codebook.setData(index, f"{PSEUDONYM} siger nej")  # nor does a stray editor's commit
    monkeypatch.setattr(CodeEditorDialog, "edit", classmethod(lambda cls, parent, c: pytest.fail(c.name)))
    tree.edit_requested.emit(code)  # "Description and criteria…": its editor would start from originals

    memos = ws.memos
    _show_memo(memos, doc_memo)
    assert memos.body.isReadOnly() and memos.title.isReadOnly()
    assert not memos.save_button.isEnabled() and not memos.new_button.isEnabled()
    qtbot.keyClicks(memos.body, " Mere.")
    qtbot.mouseClick(memos.save_button, Qt.LeftButton)
    memos._save()  # even if asked directly: what the editor holds is the pseudonymised text

    stored = get_memo(project, doc_memo)
    assert (stored.title, stored.body) == ("Om Birgit", "Birgit nævner søsteren to gange.")
    assert get_code(project, code).name == "Birgit siger nej"
    assert get_code(project, code).description == "Når Birgit afviser hjælp"
    assert not ws.stack.canUndo()  # no edit was pushed at all

    window.actions["pseudonymised"].trigger()  # and off again: renaming works as before
    tree.edit(ws.codebook.index_of(code))
    assert tree.state() == QAbstractItemView.EditingState


def test_a_memo_draft_waits_unshown_and_comes_back(window, qtbot, doc_project, named):
    project, _doc = doc_project
    _code, doc_memo, _code_memo = named
    memos = window.workspace.memos
    _show_memo(memos, doc_memo)
    memos.body.setPlainText("Birgit nævner søsteren tre gange.")  # an edit not saved yet

    window.actions["pseudonymised"].trigger()
    assert memos.body.toPlainText() == f"{PSEUDONYM} nævner søsteren to gange."  # the stored memo, shown
    window.actions["pseudonymised"].trigger()
    assert memos.current_memo_id() == doc_memo
    assert memos.body.toPlainText() == "Birgit nævner søsteren tre gange."  # the draft is back
    qtbot.mouseClick(memos.save_button, Qt.LeftButton)
    assert get_memo(project, doc_memo).body == "Birgit nævner søsteren tre gange."

    memos.new_memo()
    memos.title.setText("Ny")
    memos.body.setPlainText("Birgit igen")
    window.actions["pseudonymised"].trigger()
    assert NAME not in memos.body.toPlainText() and NAME not in memos.title.text()
    window.actions["pseudonymised"].trigger()
    assert memos.current_memo_id() is None
    assert (memos.title.text(), memos.body.toPlainText()) == ("Ny", "Birgit igen")
