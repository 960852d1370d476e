"""Menu entries into other parts: marking text for anonymisation from the document view's context
menu, Tools → Anonymise, the REFI-QDA import/export entries, Analysis → Coder comparison, and every
entry opening its real dialog with the window and the workspace's one ProjectEvents."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from shiboken6 import Shiboken
from workspace_text import TEXT

from qcode.anonymise.render import render_document
from qcode.core import entities
from qcode.ui.dialogs import anonymise_review, refi_dialog
from qcode.ui.dialogs.key_password import KeyChoice


def _inside_selection(view) -> QPoint:
    """A viewport point on the selection's first character (a right-click there keeps the selection)."""
    cursor = view.textCursor()
    cursor.setPosition(cursor.selectionStart())
    rect = view.cursorRect(cursor)
    return QPoint(rect.left() + 3, rect.center().y())


def _menu_action(menu, text):
    for action in menu.actions():
        if action.menu() is not None:
            found = _menu_action(action.menu(), text)
            if found is not None:
                return found
        elif action.text() == text:
            return action
    return None


def test_context_menu_marks_a_name_after_confirmation(window, doc_project, select, monkeypatch):
    project, doc = doc_project
    asked = []
    monkeypatch.setattr(anonymise_review.ask, "confirm", lambda p, title, text: asked.append(text) or True)
    view = window.workspace.view
    start = TEXT.index("Birgit")
    select(view, start, start + 6)
    menu = view.context_menu(_inside_selection(view))
    _menu_action(menu, "Mark as name…").trigger()
    assert asked and "'Birgit' as name" in asked[0]
    marked = [e for e in entities.list_entities(project) if e.core == "Birgit"]
    assert [(e.kind, e.state) for e in marked] == [("PERSON", "accepted")]
    assert "Birgit" not in render_document(project, doc).text


def test_context_menu_mark_declined_changes_nothing(window, doc_project, select, monkeypatch):
    project, _doc = doc_project
    monkeypatch.setattr(anonymise_review.ask, "confirm", lambda *a: False)
    view = window.workspace.view
    start = TEXT.index("søster")
    select(view, start, start + 6)
    _menu_action(view.context_menu(_inside_selection(view)), "Mark as place…").trigger()
    assert entities.list_entities(project) == []


def test_no_mark_entries_without_a_selection(window):
    assert _menu_action(window.workspace.view.context_menu(QPoint(5, 5)), "Mark as name…") is None


def test_tools_anonymise_opens_the_review(window, monkeypatch):
    opened = []
    monkeypatch.setattr(anonymise_review, "open_review", lambda parent, events: opened.append(events.project))
    window.actions["anonymise"].trigger()
    assert opened == [window.project]


def test_refi_entries_call_the_refi_dialog(window, monkeypatch):
    calls = []
    monkeypatch.setattr(refi_dialog, "export_qdpx",
                        lambda parent, project: calls.append(("export", parent, project)))
    monkeypatch.setattr(refi_dialog, "import_qdpx",
                        lambda parent, project: calls.append(("import", parent, project)))
    file_menu = window.menus["file"]
    _menu_action(file_menu, "REFI-QDA project (.qdpx)…")  # present in File → Import and Export
    assert window.actions["export_qdpx"] in window.menus["file_export"].actions()
    assert window.actions["import_qdpx"] in window.menus["file_import"].actions()
    window.actions["export_qdpx"].trigger()
    window.actions["import_qdpx"].trigger()
    assert calls == [("export", window, window.project), ("import", window, window.project)]


def test_coder_comparison_opens_the_agreement_tab(window):
    from qcode.ui.analysis.window import AnalysisWindow

    assert window.actions["agreement"] in window.menus["analysis"].actions()
    window.actions["agreement"].trigger()
    analysis = window.findChild(AnalysisWindow, "qcode_analysis_window")
    assert analysis is not None and analysis.isVisible()
    assert analysis.tabs.tabText(analysis.tabs.currentIndex()) == "Coder agreement"
    assert type(analysis.views["agreement"]).__name__ == "AgreementView"
    analysis.close()


def test_sealing_in_the_review_clears_the_undo_history(window, doc_project, select, code_named, tmp_path,
                                                        monkeypatch):
    from qcode.ui.dialogs.anonymise_review import AnonymiseReviewDialog

    project, doc = doc_project
    ws = window.workspace
    start = TEXT.index("søster")
    select(ws.view, start, start + 6)
    assert ws.coding.apply(code_named(project, "netværk").id) and ws.stack.canUndo()
    monkeypatch.setattr(anonymise_review.ask, "confirm", lambda *a: True)
    key = tmp_path / "key.json"
    choice = KeyChoice(str(key), None, plaintext=True)
    monkeypatch.setattr(AnonymiseReviewDialog, "ask_key_file", staticmethod(lambda parent: choice))
    monkeypatch.setattr(AnonymiseReviewDialog, "exec", lambda self: self.seal())
    from qcode.anonymise import register

    register.detect_project(project, detect_fn=lambda text, **kwargs: [])  # seal needs a searched project
    anonymise_review.mark_selection(None, project, doc, TEXT.index("Birgit"), TEXT.index("Birgit") + 6,
                                    kind="PERSON")
    window.actions["anonymise"].trigger()
    assert key.is_file()
    assert "Birgit" not in window.workspace.view.toPlainText()
    assert not window.workspace.stack.canUndo()  # its offsets belonged to the texts before sealing
    # every panel was rebuilt on the sealed file: none can write an original back
    assert window.project is not project and window.workspace.project is window.project
    assert window.workspace.view.document_id == doc or window.workspace.view.document_id is None


def test_tools_menu_marks_the_selection_after_asking_the_kind(window, doc_project, select, monkeypatch):
    project, _doc = doc_project
    offered = []
    monkeypatch.setattr(anonymise_review.ask, "choose",
                        lambda parent, title, label, items: offered.append(items) or items[0])
    monkeypatch.setattr(anonymise_review.ask, "confirm", lambda *a: True)
    start = TEXT.index("Birgit")
    select(window.workspace.view, start + 2, start + 4)  # snapped to the whole word
    window.actions["mark_anonymise"].trigger()
    assert offered == [["Name", "Age", "Place", "Organisation"]]
    assert [(e.kind, e.core) for e in entities.list_entities(project)] == [("PERSON", "Birgit")]


def test_tools_cases_opens_the_case_sheet(window, monkeypatch):
    from qcode.ui.dialogs import cases_dialog

    opened = []
    monkeypatch.setattr(cases_dialog, "open_cases",
                        lambda parent, events: opened.append((parent, events.project)))
    action = _menu_action(window.menus["tools"], "&Cases and attributes…")
    assert action is window.actions["cases"] and action.isEnabled()
    action.trigger()
    assert opened == [(window, window.project)]


def test_every_entry_opens_its_real_dialog_with_the_workspace_events(window, qtbot, monkeypatch):
    """The menus call the dialogs' own entry functions; the windows that follow the project get the
    workspace's ProjectEvents (the project has that one listener however many are open), and close
    with the project."""
    from PySide6.QtWidgets import QDialog

    from qcode.ui.analysis.window import AnalysisWindow
    from qcode.ui.dialogs import import_dialog
    from qcode.ui.dialogs.cases_dialog import CasesDialog
    from qcode.ui.dialogs.export_dialog import ExportDialog

    events, project = window.workspace.events, window.project
    asked = []
    monkeypatch.setattr(import_dialog, "choose_files", lambda parent: asked.append(("import", parent)) or [])
    monkeypatch.setattr(refi_dialog, "choose_export_path",
                        lambda parent, p: asked.append(("export_qdpx", parent)) or None)
    monkeypatch.setattr(refi_dialog, "choose_import_path",
                        lambda parent: asked.append(("import_qdpx", parent)))
    reviews = []
    monkeypatch.setattr(anonymise_review.AnonymiseReviewDialog, "exec",
                        lambda self: reviews.append(self) or QDialog.Rejected)
    for name in ("import", "export_qdpx", "import_qdpx"):
        window.actions[name].trigger()
    assert asked == [("import", window), ("export_qdpx", window), ("import_qdpx", window)]
    window.actions["anonymise"].trigger()
    (review,) = reviews
    assert review.events is events and review.stack is window.workspace.stack
    window.actions["cases"].trigger()
    sheet = window.findChild(CasesDialog)
    assert sheet.isVisible() and sheet.events is events and sheet.stack is window.workspace.stack
    window.actions["export_quotes"].trigger()
    workbench = window.findChild(ExportDialog)
    assert workbench.isVisible() and workbench.events is events
    for view in ("frequencies", "cooccurrence", "segments", "search", "query", "wordfreq", "agreement"):
        window.actions[view].trigger()
        analysis = window.findChild(AnalysisWindow, "qcode_analysis_window")
        assert analysis.isVisible() and analysis.events is events
        assert analysis.tabs.currentWidget() is analysis.views[view]
    assert analysis.tabs.count() == 7
    assert project.changes._listeners == [events._on_change]  # one bridge, whatever is open
    window.close_project()
    for closed in (sheet, workbench, analysis):
        qtbot.waitUntil(lambda w=closed: not Shiboken.isValid(w) or not w.isVisible(), timeout=3000)


def test_marking_without_a_selection_says_what_to_do(window, doc_project):
    window.workspace.view.textCursor().clearSelection()
    window.actions["mark_anonymise"].trigger()
    assert window.statusBar().currentMessage() == "Select the words to anonymise first."
