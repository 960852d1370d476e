"""The analysis window inside the real MainWindow: menu → view, double-click → passage in the text."""

from __future__ import annotations

from shiboken6 import Shiboken
from workspace_text import TEXT

from qcode.core.codebook import ensure_code_path
from qcode.core.codings import add_coding
from qcode.ui.analysis.window import AnalysisWindow


def test_double_clicked_segment_is_selected_in_the_document_view(window, qtbot):
    project = window.project
    doc = window.workspace.view.document_id
    start = TEXT.index("Min søster")
    end = start + len("Min søster ringer om søndagen")
    add_coding(project, doc, ensure_code_path(project, "netværk/familie"), start, end)
    window.actions["segments"].trigger()
    analysis = window.findChild(AnalysisWindow, "qcode_analysis_window")
    view = analysis.views["segments"]
    view.select(ensure_code_path(project, "netværk"))  # the sub-code's segment comes with its parent
    assert [s.text for s in view.found] == ["Min søster ringer om søndagen"]
    window.workspace.view.select_range(0, 3)
    view.list.view.doubleClicked.emit(view.list.model.index(0, 4))
    assert window.workspace.view.selected_text() == "Min søster ringer om søndagen"
    analysis.close()


def test_frequency_view_follows_codings_made_in_the_main_window(window, qtbot):
    project = window.project
    doc = window.workspace.view.document_id
    window.actions["frequencies"].trigger()
    analysis = window.findChild(AnalysisWindow, "qcode_analysis_window")
    frequencies = analysis.views["frequencies"]
    code = ensure_code_path(project, "ensomhed")
    start = TEXT.index("ensom")
    add_coding(project, doc, code, start, start + 5)

    def shown() -> bool:
        table = frequencies.table
        return code in table.row_keys and table.row_totals[table.row_keys.index(code)] == 1

    qtbot.waitUntil(shown)
    analysis.close()


def test_analysis_window_closes_with_the_project(window, qtbot):
    window.actions["frequencies"].trigger()
    analysis = window.findChild(AnalysisWindow, "qcode_analysis_window")
    assert analysis.isVisible()
    window.close_project()
    # closed means deleted (WA_DeleteOnClose), so the wrapper may already be invalid
    qtbot.waitUntil(lambda: not Shiboken.isValid(analysis) or not analysis.isVisible(), timeout=3000)
