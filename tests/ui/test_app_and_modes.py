"""Start-up routing (demo, file, most recent, nothing), the pseudonymised view, memos, and views
following changes made outside the window (as the CLI or a background job would)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from workspace_text import TEXT

from qcode.core.codebook import list_codes
from qcode.core.codings import add_coding, codings_for_document
from qcode.core.memos import list_memos
from qcode.core.project import create_project
from qcode.ui import settings
from qcode.ui.app import application, create_window
from qcode.ui.welcome import WelcomePanel


def test_no_arguments_and_no_recent_shows_welcome(qtbot):
    application()
    window = create_window([])
    qtbot.addWidget(window)
    assert window.project is None
    assert isinstance(window.centralWidget(), WelcomePanel)
    assert not window.actions["apply_code"].isEnabled()


def test_file_argument_then_most_recent(qtbot, tmp_path):
    application()
    path = tmp_path / "mit.qcode"
    create_project(path, coder="a").close()
    window = create_window([str(path)])
    qtbot.addWidget(window)
    assert window.project.path == path
    assert window.windowTitle().startswith("mit")
    window.close()
    assert settings.recent_projects()[0] == path.resolve()
    again = create_window([])
    qtbot.addWidget(again)
    assert again.project.path.resolve() == path.resolve()
    again.close()


def test_demo_argument_opens_the_demo(qtbot):
    application()
    window = create_window(["--demo"])
    qtbot.addWidget(window)
    ws = window.workspace
    assert ws.documents.rowCount() == 3
    assert ws.view.document_id is None  # the first document opens only after the window is painted
    window.show()
    qtbot.waitUntil(lambda: ws.view.document_id is not None)
    assert len(ws.view.index) > 0
    window.close()


def test_external_changes_refresh_the_views(window, doc_project):
    project, doc = doc_project
    code = list_codes(project)[1]
    # A change made through core (as the CLI or a worker would) reaches the views via the bridge.
    add_coding(project, doc, code.id, 0, 11)
    view = window.workspace.view
    assert [s.code_id for s in view.index.spans] == [code.id]
    assert window.workspace.tree.model().count(code.id) == 1
    assert window.workspace.documents.data(window.workspace.documents.index(0, 2)) != "0%"


def test_pseudonymised_view_hides_names_and_blocks_coding(window, qtbot, doc_project, select):
    from qcode.anonymise.review import add_manual_mention

    project, doc = doc_project
    start = TEXT.index("Min søster")
    select(window.workspace.view, start, start + 3)
    qtbot.keyClick(window.workspace.view, Qt.Key_1)
    first = TEXT.index("Birgit")
    add_manual_mention(project, doc, first, first + len("Birgit"), "PERSON")
    assert window.actions["pseudonymised"].isEnabled()
    window.actions["pseudonymised"].trigger()
    view = window.workspace.view
    assert "Birgit" not in view.toPlainText()
    (span,) = view.index.spans
    shown = view.toPlainText()
    assert shown[view.conv.from_qt(span.start):view.conv.from_qt(span.end)] == "Min"
    view.selectAll()
    assert view.selection_range() is None
    qtbot.keyClick(view, Qt.Key_2)
    assert len(codings_for_document(project, doc)) == 1
    window.actions["pseudonymised"].trigger()
    assert "Birgit" in view.toPlainText()


def test_memo_panel_add_edit_delete_with_undo(window, qtbot, doc_project):
    project, doc = doc_project
    panel = window.workspace.memos
    panel.title.setText("Første indtryk")
    panel.body.setPlainText("Birgit virker ensom.")
    panel.save_button.click()
    (memo,) = list_memos(project, document_id=doc)
    assert panel.list.count() == 1
    panel.list.setCurrentRow(0)
    panel.body.setPlainText("Birgit virker meget ensom.")
    panel.save_button.click()
    assert list_memos(project, document_id=doc)[0].body == "Birgit virker meget ensom."
    panel.delete_button.click()
    assert list_memos(project, document_id=doc) == []
    window.workspace.stack.undo()
    assert list_memos(project, document_id=doc)[0].id == memo.id


def test_dock_layout_is_remembered(qtbot, tmp_path):
    from qcode.core.project import open_project
    from qcode.ui.main_window import MainWindow

    path = tmp_path / "dock.qcode"
    create_project(path, coder="a").close()
    window = MainWindow(open_project(path))
    qtbot.addWidget(window)
    window.show()
    window.workspace.docks["memos"].hide()
    window.close()
    again = MainWindow(open_project(path))
    qtbot.addWidget(again)
    again.show()
    assert again.workspace.docks["memos"].isHidden()
    assert not again.workspace.docks["codebook"].isHidden()
    again.close()


def test_recent_menu_lists_opened_projects(window, doc_project):
    project, _doc = doc_project
    window._fill_recent()
    actions = window.menus["recent"].actions()
    assert [a.toolTip() for a in actions] == [str(project.path.resolve())]
    assert actions[0].text().startswith(f"&1 {project.path.name} ")


def test_main_runs_and_releases_the_project(qtbot, tmp_path, monkeypatch):
    from qcode.core.project import open_project
    from qcode.ui.app import main
    from qcode.ui.coder_identity import CoderDialog

    path = tmp_path / "run.qcode"
    create_project(path, coder="a").close()
    monkeypatch.setattr(CoderDialog, "ask", classmethod(lambda cls, *a, **k: "lise"))
    shown = []
    # Not the real event loop: a quit of the shared test QApplication would stall later tests.
    monkeypatch.setattr(QApplication, "exec", lambda self: shown.append(
        [w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()]) or 0)
    assert main([str(path)]) == 0
    assert "run — qcode" in shown[0]
    assert settings.coder_name() == "lise"  # asked on first start, before the project opened
    open_project(path).close()  # the lock was released: a second open works


def test_show_document_range_selects_the_segment(window, doc_project):
    from qcode.core.documents import add_document

    project, doc = doc_project
    other = add_document(project, "a_other", "Jonas: Jeg savner min bror.")
    window.workspace.doc_list.filter.setText("birgit")
    window.show_document_range(other, 7, 10)
    view = window.workspace.view
    assert view.document_id == other
    assert view.selected_text() == "Jeg"
    window.show_document_range(doc, TEXT.index("ensom"), TEXT.index("ensom") + 5)
    assert view.document_id == doc and view.selected_text() == "ensom"


def test_analysis_and_export_menus_open_their_windows(window, qtbot):
    from qcode.ui.analysis.window import AnalysisWindow
    from qcode.ui.dialogs.export_dialog import ExportDialog

    window.actions["frequencies"].trigger()
    window.actions["export_quotes"].trigger()
    analysis = window.findChild(AnalysisWindow, "qcode_analysis_window")
    exports = [w for w in window.findChildren(ExportDialog) if w.isVisible()]
    assert analysis is not None and analysis.isVisible() and analysis.project is window.project
    assert len(exports) == 1
    analysis.close()
    exports[0].close()


def test_the_pseudonymised_view_shortcut_works_from_the_analysis_window(window, qtbot, doc_project):
    """First-use test: Ctrl+Shift+P did nothing while the Analysis window had the focus."""
    from PySide6.QtWidgets import QApplication

    from qcode.anonymise.review import add_manual_mention
    from qcode.ui.analysis import open_analysis

    project, doc = doc_project
    first = TEXT.index("Birgit")
    add_manual_mention(project, doc, first, first + len("Birgit"), "PERSON")
    analysis = open_analysis(window, window.workspace.events, "frequencies").window()
    analysis.show()
    analysis.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is analysis)
    before = window.actions["pseudonymised"].isChecked()
    qtbot.keyClick(analysis, Qt.Key_P, Qt.ControlModifier | Qt.ShiftModifier)
    assert window.actions["pseudonymised"].isChecked() != before
