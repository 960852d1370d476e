"""The pseudonymised view hides names outside the text too: the document list and the status bar show
documents and cases by the names the quote exports give them, and say so when nothing has been
pseudonymised yet."""

from __future__ import annotations

from workspace_text import TEXT

from qcode.anonymise.review import add_manual_mention
from qcode.core.cases import ensure_case, link_document
from qcode.core.codebook import find_code
from qcode.core.codings import add_coding
from qcode.core.quotes import QuoteFilter, select_quotes
from qcode.export.quotes import build_report


def listed(window) -> list[tuple[str, str]]:
    proxy = window.workspace.doc_list.proxy
    return [(proxy.index(r, 0).data(), proxy.index(r, 1).data()) for r in range(proxy.rowCount())]


def test_document_list_and_status_bar_show_pseudonymised_names(window, qtbot, doc_project):
    project, doc = doc_project
    link_document(project, doc, ensure_case(project, "Birgit"))
    assert listed(window) == [("interview_birgit", "Birgit")]
    pseudo = window.actions["pseudonymised"]

    pseudo.trigger()  # nothing detected or accepted yet: a note says so, and no real name shows
    assert listed(window) == [("Dokument 1", "Deltager 1")]
    status = window._status.text()
    assert "Nothing has been pseudonymised yet" in status and "Anonymise…" in status
    assert "interview_birgit" not in status and "Dokument 1" in status
    assert window.workspace.memos.target.itemText(0) == "Document: Dokument 1"  # the memo panel too
    pseudo.trigger()
    assert listed(window) == [("interview_birgit", "Birgit")]
    assert "Nothing has been" not in window._status.text()

    first = TEXT.index("Birgit")
    add_manual_mention(project, doc, first, first + len("Birgit"), "PERSON")
    pseudo.trigger()
    ((name, case),) = listed(window)
    assert name == "Dokument 1" and case and "Birgit" not in case
    assert "Nothing has been" not in window._status.text()
    assert window.workspace.doc_list.current_document_id() == doc  # still selected
    window.workspace.doc_list.filter.setText("birgit")  # the filter sees only what is shown
    assert listed(window) == []
    window.workspace.doc_list.filter.clear()
    pseudo.trigger()
    assert listed(window) == [("interview_birgit", "Birgit")]
    assert "interview_birgit" in window._status.text()
    assert window.workspace.memos.target.itemText(0) == "Document: interview_birgit"


def test_case_names_match_the_quote_export(window, doc_project):
    project, doc = doc_project
    link_document(project, doc, ensure_case(project, "Birgit"))
    first = TEXT.index("Birgit")
    add_manual_mention(project, doc, first, first + len("Birgit"), "PERSON")
    code = find_code(project, "ensomhed").id
    add_coding(project, doc, code, TEXT.index("ensom"), TEXT.index("ensom") + 5)
    (quote,) = build_report(project, select_quotes(project, QuoteFilter(code_ids=(code,)))).quotes
    window.actions["pseudonymised"].trigger()
    assert listed(window) == [(quote.document, quote.case)]


def test_the_analysis_window_follows_the_pseudonymised_view(window, qtbot, doc_project):
    """Frequencies by document, their drill-down and a coding memo's hover text show no original name
    while the pseudonymised view is on, and the real ones again when it is off."""
    from PySide6.QtCore import Qt

    from qcode.ui.analysis import open_analysis

    project, doc = doc_project
    first = TEXT.index("Birgit")
    add_manual_mention(project, doc, first, first + len("Birgit"), "PERSON")
    start = TEXT.index("Min søster")
    add_coding(project, doc, find_code(project, "netværk").id, start, start + 10,
               memo="Birgit nævner søsteren igen")
    view = open_analysis(window, window.workspace.events, "frequencies")
    view.by.setCurrentIndex(view.by.findData("document"))
    view.refresh()
    columns = [view.model.headerData(c, Qt.Horizontal) for c in range(view.model.columnCount())]
    assert "interview_birgit" in columns

    window.actions["pseudonymised"].trigger()
    view.window()._refresh_current()
    columns = [view.model.headerData(c, Qt.Horizontal) for c in range(view.model.columnCount())]
    assert "interview_birgit" not in columns and "Dokument 1" in columns
    row = next(r for r in range(view.proxy.rowCount())
               if "netværk" == (view.proxy.headerData(r, Qt.Vertical) or "").strip())
    view._cell_clicked(view.proxy.index(row, columns.index("Dokument 1")))
    shown = [view.segments.model.data(view.segments.model.index(r, c))
             for r in range(view.segments.model.rowCount()) for c in range(view.segments.model.columnCount())]
    assert shown and not any("Birgit" in (s or "") for s in shown)
    assert "interview_birgit" not in view.segment_label.text()
    span = next(s for s in window.workspace.view.index.spans if s.coding_id)
    assert "Birgit" not in window.workspace.view.describe(span)

    window.actions["pseudonymised"].trigger()
    view.window()._refresh_current()
    columns = [view.model.headerData(c, Qt.Horizontal) for c in range(view.model.columnCount())]
    assert "interview_birgit" in columns


def test_coding_keys_in_the_pseudonymised_view_say_why_and_how_back(window, qtbot, doc_project, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextCursor

    from qcode.core.codings import codings_for_document
    from qcode.ui.dialogs.code_picker import CodePickerDialog

    project, doc = doc_project
    window.actions["pseudonymised"].trigger()
    view = window.workspace.view
    cursor = view.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(11, QTextCursor.KeepAnchor)
    view.setTextCursor(cursor)
    assert view.textCursor().hasSelection()  # words are selected on screen…
    monkeypatch.setattr(CodePickerDialog, "pick", classmethod(lambda cls, parent, paths: "ensomhed"))
    for key, modifiers in ((Qt.Key_2, Qt.NoModifier), (Qt.Key_K, Qt.ControlModifier)):
        window.statusBar().clearMessage()
        qtbot.keyClick(view, key, modifiers)
        said = window.statusBar().currentMessage()
        # …so "select some text first" would be wrong: it says why, and how to get back
        assert said.startswith("Coding is off in the pseudonymised view"), said
        assert "View → Show pseudonymised text (Ctrl+Shift+P)" in said
    assert codings_for_document(project, doc) == []
    window.actions["pseudonymised"].trigger()
    view.select_range(0, 11)
    qtbot.keyClick(view, Qt.Key_2)
    assert len(codings_for_document(project, doc)) == 1
