"""The lead's views driven through the real widgets: Analysis → Overview and Saturation on the project with
a known history (tests/support/lead_history.py), the codebook history window with an undoable reason, and the
code tree's merge, delete and split with a reason."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QPoint, Qt
from support.lead_history import build, install_clock

from qcode.core.codebook import children, find_code
from qcode.core.codebook_history import code_events
from qcode.core.codings import codings_for_code
from qcode.ui.dialogs import appendix_export
from qcode.ui.dialogs.code_change import DeleteCodeDialog, MergeCodeDialog
from qcode.ui.dialogs.codebook_history import CodebookHistoryDialog
from qcode.ui.dialogs.split_code import SplitCodeDialog


@pytest.fixture
def lead_window(qtbot, tmp_path, monkeypatch):
    from qcode.ui.main_window import MainWindow

    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    history = build(tmp_path / "lead.qcode", install_clock(monkeypatch.setattr))
    window = MainWindow(history.project)
    qtbot.addWidget(window)
    window.show()
    yield window, history
    window.close()
    monkeypatch.undo()
    time.tzset()


def _cells(view, row):
    model = view.model()
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


def test_overview_menu_opens_the_dashboard_with_its_numbers(lead_window):
    window, _history = lead_window
    assert window.actions["overview"] in window.menus["analysis"].actions()
    window.actions["overview"].trigger()
    from qcode.ui.analysis.window import AnalysisWindow

    analysis = window.findChild(AnalysisWindow, "qcode_analysis_window")
    view = analysis.views["overview"]
    assert analysis.tabs.tabText(analysis.tabs.currentIndex()) == "Overview"
    assert view.summary.text().startswith("6 of 6 documents coded (")
    documents = view.views["documents"]
    assert [_cells(documents, r)[0] for r in range(6)] == ["iv1", "iv2", "iv3", "iv4", "iv5", "iv6"]
    assert _cells(documents, 1)[4:] == ["5", "2", "2026-03-03 14:00", "1 undecided", "yes", "—"]
    coders = view.views["coders"]
    assert [_cells(coders, r)[0] for r in range(2)] == ["anna", "bo"]
    assert _cells(coders, 1)[1:3] == ["2", "3"]
    codes = view.views["codes"]
    assert _cells(codes, 0) == ["netværk", "6", "4", "2"]
    assert _cells(codes, 2)[0] == "    social"
    documents.sortByColumn(4, Qt.DescendingOrder)  # codings, most first
    assert _cells(documents, 0)[0] == "iv2"
    analysis.close()


def test_overview_filter_by_attribute(lead_window, qtbot):
    window, _history = lead_window
    from qcode.ui.analysis import open_analysis

    view = open_analysis(window, window.workspace.events, "overview")
    view.set_filter("køn", "kvinde")
    documents = view.views["documents"]
    assert [_cells(documents, r)[0] for r in range(documents.model().rowCount())] == ["iv1", "iv3", "iv5"]
    assert view.summary.text().startswith("3 of 3 documents coded")
    view.clear_button.click()
    assert view.views["documents"].model().rowCount() == 6
    exported = [t.title for t in view._export_tables()]
    assert exported == ["Documents", "Coders", "Codes"]
    view.window().close()


def test_saturation_view_shows_the_reading_chart_and_table(lead_window, tmp_path, monkeypatch):
    window, _history = lead_window
    window.actions["saturation"].trigger()
    from qcode.ui.analysis.window import AnalysisWindow

    analysis = window.findChild(AnalysisWindow, "qcode_analysis_window")
    view = analysis.views["saturation"]
    assert view.reading.text() == "The last 3 interviews added no new codes."
    assert [_cells(view.view, r)[5:7] for r in range(6)] == [
        ["4", "4"], ["2", "6"], ["1", "7"], ["0", "7"], ["0", "7"], ["0", "7"]]
    axes = view.canvas.figure.axes[0]
    assert [round(p.get_height()) for p in axes.patches if p.get_width() < 1] == [4, 2, 1, 0, 0, 0]
    view.set_order("attribute", "alder")
    assert view.reading.text() == "The last interview added no new codes."
    assert _cells(view.view, 0)[:3] == ["iv5", "1", "20'erne"]
    target = tmp_path / "kurve.svg"
    monkeypatch.setattr("qcode.ui.analysis.saturation_view.ask_save_path", lambda *a: str(target))
    assert view.save_chart() == str(target)
    assert target.read_text(encoding="utf-8").startswith("<?xml")
    analysis.close()


def test_history_window_lists_changes_and_takes_an_undoable_reason(lead_window, monkeypatch):
    window, history = lead_window
    window.actions["codebook_history"].trigger()
    dialog = window.findChild(CodebookHistoryDialog, "qcode_codebook_history")
    assert dialog.model.rowCount() == 4
    assert [_cells(dialog.view, r)[1] for r in range(4)] == ["rename", "split", "merge", "delete"]
    header = dialog.view.horizontalHeader()
    reason = header.count() - 1  # the reason column starts within the visible width, not off to the side
    assert header.sectionPosition(reason) < dialog.view.viewport().width()
    dialog.show_undone.setChecked(True)
    assert dialog.model.rowCount() == 6
    dialog.show_undone.setChecked(False)
    dialog.select_row(1)  # the split: the codings it moved, with the names they were made under
    origins = dialog.origin_model.table
    assert sorted(origins.values[i][4] for i in range(3)) == ["ensomhed", "ensomhed", "ensomhed"]
    assert sorted(origins.values[i][6] for i in range(3)) == [
        "ensomhed/emotionel", "ensomhed/social", "ensomhed/social"]
    dialog.select_row(0)
    monkeypatch.setattr("qcode.ui.dialogs.codebook_history.ReasonDialog.ask_reason",
                        lambda parent, title, text, reason: "Skam er informanternes eget ord")
    dialog.edit_reason()
    assert code_events(history.project, include_undone=False)[0].reason == "Skam er informanternes eget ord"
    assert _cells(dialog.view, 0)[6] == "Skam er informanternes eget ord"
    window.workspace.stack.undo()
    assert code_events(history.project, include_undone=False)[0].reason == (
        "Informanterne taler om skam, ikke stigma")
    dialog.close()


def test_tree_menu_history_shows_one_codes_codings_and_their_first_names(lead_window):
    window, history = lead_window
    tree = window.workspace.tree
    tree.history_requested.emit(history.codes["netværk"])
    dialog = window.findChild(CodebookHistoryDialog, "qcode_codebook_history")
    assert dialog.heading.text() == "Changes of 'netværk'"
    assert [e.kind for e in dialog.events] == ["merge"]
    made_under = sorted(row[4] for row in dialog.origin_model.table.values)
    assert made_under == ["netværk"] * 5 + ["venner"]
    dialog.close()


def test_merge_and_delete_from_the_tree_keep_the_reason(lead_window, monkeypatch):
    window, history = lead_window
    project, tree = history.project, window.workspace.tree
    monkeypatch.setattr(MergeCodeDialog, "ask_merge", classmethod(lambda cls, parent, source, targets: (
        "skam", "samme fænomen") if "skam" in targets else None))
    tree.merge_requested.emit(history.codes["ønsker"])
    assert code_events(project)[-1].reason == "samme fænomen"
    assert len(codings_for_code(project, history.codes["skam"])) == 5
    window.workspace.stack.undo()
    assert len(codings_for_code(project, history.codes["ønsker"])) == 1
    monkeypatch.setattr(DeleteCodeDialog, "ask_delete", classmethod(lambda cls, parent, name, count: None))
    tree.delete_requested.emit(history.codes["bolig"])
    assert find_code(project, "bolig").id == history.codes["bolig"]
    monkeypatch.setattr(DeleteCodeDialog, "ask_delete",
                        classmethod(lambda cls, parent, name, count: "dublet"))
    tree.delete_requested.emit(history.codes["bolig"])
    assert (code_events(project)[-1].kind, code_events(project)[-1].reason) == ("delete", "dublet")


def test_split_dialog_and_undo_from_the_tree(lead_window, qtbot, monkeypatch):
    window, history = lead_window
    project, tree = history.project, window.workspace.tree
    skam = history.codes["skam"]
    dialog = SplitCodeDialog(window, project, skam)
    qtbot.addWidget(dialog)
    assert dialog.rows.rowCount() == 4
    dialog.names[0].setText("på kommunen")
    dialog.names[1].setText("i opgangen")
    keys = dialog.row_keys()
    kommune = keys.index(("coding", history.codings["iv1_kommune"]))
    skaev = keys.index(("coding", history.codings["iv3_skaev"]))
    dialog.assign(kommune, 1)
    dialog.assign(skaev, 2)
    dialog.reason.setText("To sammenhænge")
    request = dialog.request()
    assert [(p.name, p.coding_ids) for p in request.parts] == [
        ("på kommunen", (history.codings["iv1_kommune"],)), ("i opgangen", (history.codings["iv3_skaev"],))]
    monkeypatch.setattr(SplitCodeDialog, "ask_split", classmethod(lambda cls, *_a, **_k: request))
    menu = tree.context_menu(tree.visualRect(tree.model().index_of(skam)).center())
    next(a for a in menu.actions() if a.text() == "Split…").trigger()
    assert [c.name for c in children(project, skam)] == ["på kommunen", "i opgangen"]
    assert window.actions["undo"].text() == "&Undo Split 'skam'"
    event = code_events(project)[-1]
    assert (event.kind, event.codings_moved, event.reason) == ("split", 2, "To sammenhænge")
    window.workspace.stack.undo()
    assert children(project, skam) == []
    assert len(codings_for_code(project, skam)) == 4
    window.workspace.stack.redo()
    assert [c.name for c in children(project, skam)] == ["på kommunen", "i opgangen"]


def test_split_dialog_with_nothing_given_says_which_code(lead_window, qtbot, monkeypatch):
    window, history = lead_window
    dialog = SplitCodeDialog(window, history.project, history.codes["bolig"])
    qtbot.addWidget(dialog)
    dialog.names[0].setText("fugt")
    request = dialog.request()
    monkeypatch.setattr(SplitCodeDialog, "ask_split", classmethod(lambda cls, *_a, **_k: request))
    shown = []
    monkeypatch.setattr("qcode.ui.main_window.ask.inform", lambda parent, title, text: shown.append(text))
    window.workspace.tree.split_requested.emit(history.codes["bolig"])
    assert shown == ["The new code 'fugt' gets no codings and no sub-codes; give it some or leave it out."]
    try:
        window.set_language("da")
        window.workspace.tree.split_requested.emit(history.codes["bolig"])
    finally:
        window.set_language("en")
    assert shown[1].startswith("Den nye kode 'fugt' får ingen kodninger")


def test_export_methods_appendix_from_the_menu(lead_window, tmp_path, monkeypatch):
    window, _history = lead_window
    target = tmp_path / "bilag.docx"
    told = []
    monkeypatch.setattr(appendix_export, "ask_language", lambda parent: "da")
    monkeypatch.setattr(appendix_export, "ask_path", lambda parent, lang: str(target))
    monkeypatch.setattr(appendix_export.ask, "inform", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(appendix_export.ask, "confirm", lambda *a: True)  # iv4–iv6 unsearched: acknowledged
    assert window.actions["export_appendix"] in window.menus["export"].actions()
    window.actions["export_appendix"].trigger()
    assert target.is_file() and told == [f"Wrote the methods appendix to {target}"]


def test_tree_context_menu_offers_split_and_history(lead_window):
    window, history = lead_window
    tree = window.workspace.tree
    menu = tree.context_menu(tree.visualRect(tree.model().index_of(history.codes["skam"])).center())
    texts = [a.text() for a in menu.actions()]
    assert "Split…" in texts and "History…" in texts
    assert "Split…" not in [a.text() for a in tree.context_menu(QPoint(-5, -5)).actions()]


def test_the_lead_views_in_danish(lead_window):
    window, _history = lead_window
    from qcode.ui.analysis.window import AnalysisWindow

    try:
        window.set_language("da")
        assert window.actions["overview"].text() == "O&verblik…"
        assert window.actions["export_appendix"].text() == "&Metodebilag…"
        window.actions["overview"].trigger()
        analysis = window.findChild(AnalysisWindow, "qcode_analysis_window")
        assert analysis.tabs.tabText(analysis.tabs.currentIndex()) == "Overblik"
        view = analysis.views["overview"]
        assert view.summary.text().startswith("6 af 6 dokumenter kodet (")
        assert view.models["documents"].headerData(3, Qt.Horizontal) == "Kodet %"
        saturation = analysis.show_view("saturation")
        assert saturation.reading.text() == "De sidste 3 interviews tilføjede ingen nye koder."
        window.actions["codebook_history"].trigger()
        dialog = window.findChild(CodebookHistoryDialog, "qcode_codebook_history")
        assert dialog.heading.text() == "Alle ændringer af kodebogen"
        assert dialog.model.headerData(2, Qt.Horizontal) == "Ændring"
        assert dialog.model.data(dialog.model.index(1, 1)) == "deling"
        dialog.close()
        analysis.close()
    finally:
        window.set_language("en")
