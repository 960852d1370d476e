"""The document list in a narrow dock: the name column takes the width the Case and Coded columns
do not need, so "interview_birgit" is read in full at 1024 px instead of "in…"."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication


@pytest.mark.parametrize("dock_width", [150, 190, 260])
def test_the_document_name_gets_the_width(window, qtbot, dock_width):
    from PySide6.QtCore import Qt

    window.resize(1024, 640)
    ws = window.workspace
    window.resizeDocks([ws.docks["documents"]], [dock_width], Qt.Horizontal)
    for _ in range(3):
        QApplication.processEvents()
    table = ws.doc_list.table
    header = table.horizontalHeader()
    name, case, coded = (header.sectionSize(i) for i in range(3))
    assert name + case + coded <= table.viewport().width() + 1  # nothing hidden to the right
    assert name >= table.viewport().width() // 2, (name, case, coded)
    text = table.fontMetrics().horizontalAdvance("100%")
    assert coded >= text  # the share itself is never cut


def test_a_coded_document_never_reads_0_percent(window, qtbot, doc_project, code_named):
    from qcode.core.documents import add_document
    from qcode.ui.models.documents_model import DOCUMENT_ID_ROLE

    project, _doc = doc_project
    long_doc = add_document(project, "langt_interview", "Jeg savner min søster. " * 400)
    ws = window.workspace
    ws.events.documents_changed.emit((long_doc,))
    ws.doc_list.select_document(long_doc)
    qtbot.waitUntil(lambda: ws.view.document_id == long_doc)
    ws.coding.apply(code_named(project, "ensomhed").id, (4, 10))

    def shown() -> str:
        model = ws.documents
        row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(DOCUMENT_ID_ROLE) == long_doc)
        return model.index(row, 2).data()

    assert shown() == "<1%"
    ws.stack.undo()
    assert shown() == "0%"


@pytest.mark.parametrize("width", [150, 200, 400])
def test_memo_buttons_and_code_names_are_not_clipped_in_a_narrow_column(window, qtbot, width, code_named):
    from PySide6.QtCore import Qt

    ws = window.workspace
    window.resize(1024, 640)
    window.resizeDocks([ws.docks["codebook"]], [width], Qt.Horizontal)
    for _ in range(3):
        QApplication.processEvents()
    memos = ws.memos
    for button in (memos.new_button, memos.save_button, memos.delete_button):
        assert button.width() >= button.fontMetrics().horizontalAdvance(button.text()) + 12, (
            button.text(), button.width())
    tree = ws.tree
    name = tree.header().sectionSize(0)
    text = tree.fontMetrics().horizontalAdvance("ensomhed") + tree.indentation() + 24
    assert name >= min(text, tree.viewport().width() * 3 // 4 - 4), (name, tree.header().sectionSize(1))
    # the count column's header fits its section whole or elided ("Codi…"), never cut mid-letter
    model, header = tree.model(), tree.header()
    shown = model.headerData(1, Qt.Horizontal)
    assert header.fontMetrics().horizontalAdvance(shown) <= header.sectionSize(1)
    assert shown == "Codings" or shown.endswith("…")
    assert model.headerData(1, Qt.Horizontal, Qt.ToolTipRole) == "Codings"


def test_a_case_name_is_never_broken_over_two_lines(window):
    assert not window.workspace.doc_list.table.wordWrap()


def test_the_header_sorts_the_list_and_the_selection_stays_on_its_document(window, qtbot, doc_project,
                                                                           code_named):
    """The model sorts itself (the proxy passes the header's clicks on): by name, by coded share
    (ties keep the name order), back, and after a coding changes the order, with the selected document
    still selected."""
    from PySide6.QtCore import Qt

    from qcode.core.documents import add_document
    from qcode.ui.models.documents_model import DOCUMENT_ID_ROLE

    project, _first = doc_project
    for name in ("b_doc", "a_doc", "C_doc"):
        add_document(project, name, "Jeg savner min søster. " * 40)
    ws = window.workspace
    ws.events.documents_changed.emit(())
    table, proxy = ws.doc_list.table, ws.doc_list.proxy

    def names() -> list[str]:
        return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]

    assert names() == ["a_doc", "b_doc", "C_doc", "interview_birgit"]
    table.sortByColumn(0, Qt.DescendingOrder)
    assert names() == ["interview_birgit", "C_doc", "b_doc", "a_doc"]
    b_doc = next(d.data(DOCUMENT_ID_ROLE) for d in (ws.documents.index(r, 0) for r in range(4))
                 if d.data() == "b_doc")
    ws.doc_list.select_document(b_doc)
    qtbot.waitUntil(lambda: ws.view.document_id == b_doc)
    table.sortByColumn(2, Qt.DescendingOrder)
    # All at 0%: ties keep core's order (by name as stored), as the sorting proxy did.
    assert names() == ["C_doc", "a_doc", "b_doc", "interview_birgit"]
    ws.coding.apply(code_named(project, "ensomhed").id, (0, 10))  # codes the document shown
    assert names()[0] == "b_doc"
    assert ws.doc_list.current_document_id() == b_doc
    ws.doc_list.filter.setText("doc")
    assert sorted(names()) == ["C_doc", "a_doc", "b_doc"]
