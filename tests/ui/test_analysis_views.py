"""The analysis window offscreen: frequency view on the demo project (with the screenshot for docs/),
co-occurrence drill-down, retrieval, coding query, search with "code ticked hits", word frequencies."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from qcode.core.codebook import ensure_code_path
from qcode.core.codings import add_coding, codings_for_document
from qcode.core.project import open_project
from qcode.io.demo import demo_project_path
from qcode.ui.analysis import export_buttons, open_analysis
from qcode.ui.dialogs import ask

DOCS = Path(__file__).resolve().parents[2] / "docs"


class Host(QMainWindow):
    """Stands in for the main window: records the passages it is asked to show."""

    def __init__(self):
        super().__init__()
        self.shown: list[tuple[int, int, int]] = []

    def show_document_range(self, document_id: int, start: int, end: int) -> None:
        self.shown.append((document_id, start, end))


@pytest.fixture
def host(qtbot):
    h = Host()
    qtbot.addWidget(h)
    return h


@pytest.fixture
def demo():
    project = open_project(demo_project_path(), coder="tester")
    yield project
    project.close()


def _cell(view, row_label: str, column_label: str):
    """The proxy index of a cell by its row and column header texts."""
    model = view.view.model()
    rows = [model.headerData(r, Qt.Vertical, Qt.ToolTipRole) or model.headerData(r, Qt.Vertical)
            for r in range(model.rowCount())]
    columns = [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]
    return model.index(rows.index(row_label), columns.index(column_label))


def test_frequency_view_on_the_demo_project(qtbot, host, events_for, demo, tmp_path):
    view = open_analysis(host, events_for(demo), "frequencies")
    window = view.window()
    window.resize(1200, 760)
    view.set_options(by="køn", rollup=True)
    assert view.model.table.title == "Codings by køn (sub-codes rolled up)"
    assert view.view.model().data(_cell(view, "stigma", "kvinde")) == "4"
    assert view.view.model().data(_cell(view, "stigma", "Total")) == "6"
    # sorting by the Total column keeps the Total row at the bottom
    total_column = view.view.model().columnCount() - 1
    view.view.sortByColumn(total_column, Qt.DescendingOrder)
    model = view.view.model()
    assert model.headerData(0, Qt.Vertical).strip() == "netværk"
    assert model.headerData(model.rowCount() - 1, Qt.Vertical) == "Total"
    view.view.sortByColumn(total_column, Qt.AscendingOrder)
    assert model.headerData(model.rowCount() - 1, Qt.Vertical) == "Total"
    view.view.sortByColumn(-1, Qt.AscendingOrder)  # back to the code tree's order
    assert model.headerData(1, Qt.Vertical).strip() == "familie"
    # a click on a cell lists its segments; a double-click jumps into the document
    view._cell_clicked(_cell(view, "stigma", "kvinde"))
    assert view.segments.model.rowCount() == 4
    view.segments.view.doubleClicked.emit(view.segments.model.index(0, 4))
    first = view.segments.model.segments[0]
    assert host.shown == [(first.document_id, first.start, first.end)]
    assert len(view.bar_canvas.figure.axes[0].patches) == len(view.model.table.rows)
    view.bar_canvas.draw()
    # the bars are each code's total over all columns, and the title says so
    assert view.bar_canvas.figure.axes[0].get_title() == "Codings per code, in total"
    ticks = [t for t in view.bar_canvas.figure.axes[0].get_xticks() if t >= 0]
    assert ticks and all(float(t).is_integer() for t in ticks)  # counts have whole-number ticks
    image = window.grab()
    assert image.width() >= 1100 and not image.isNull()
    image.save(str(tmp_path / "frequencies.png"))
    if os.environ.get("QCODE_UPDATE_SCREENSHOTS"):
        DOCS.mkdir(exist_ok=True)
        image.save(str(DOCS / "frequencies.png"))


def test_frequency_exports_every_measure_to_excel(qtbot, host, events_for, demo, tmp_path, monkeypatch):
    from openpyxl import load_workbook

    view = open_analysis(host, events_for(demo), "frequencies")
    target = tmp_path / "freq"
    monkeypatch.setattr(export_buttons, "ask_save_path", lambda *a: str(target))
    asked = []  # the demo was never searched for names: the export asks first
    monkeypatch.setattr(export_buttons.ask, "confirm", lambda *a: asked.append(a[2]) or True)
    assert view.export.export_xlsx() == str(target) + ".xlsx"
    assert "never been searched" in asked[0]
    assert load_workbook(str(target) + ".xlsx").sheetnames == [
        "Codings by document", "Documents by document", "Coded characters by document",
        "Coded words by document"]
    assert view.export.export_csv() == str(target) + ".csv"
    assert (tmp_path / "freq.csv").read_text(encoding="utf-8-sig").startswith("Code,Dokument 1,")


def test_open_analysis_reuses_one_window_and_refreshes_after_changes(qtbot, host, events, doc_project):
    project, doc = doc_project
    frequencies = open_analysis(host, events, "frequencies")
    search = open_analysis(host, events, "search")
    assert frequencies.window() is search.window()
    assert search.window().tabs.count() == 2
    open_analysis(host, events, "frequencies")
    code = ensure_code_path(project, "ensomhed")
    assert code not in frequencies.table.row_keys  # unused codes are hidden
    add_coding(project, doc, code, 40, 60)

    def counted() -> bool:
        table = frequencies.table
        return code in table.row_keys and table.row_totals[table.row_keys.index(code)] == 1

    qtbot.waitUntil(counted)


def test_cooccurrence_cell_shows_its_segments(qtbot, host, events, doc_project):
    project, doc = doc_project
    a, b = ensure_code_path(project, "ensomhed"), ensure_code_path(project, "netværk")
    add_coding(project, doc, a, 40, 90)
    add_coding(project, doc, b, 80, 120)
    view = open_analysis(host, events, "cooccurrence")
    assert view.view.model().data(_cell(view, "ensomhed", "netværk")) == "1"
    view._cell_clicked(_cell(view, "ensomhed", "netværk"))
    assert [(s.start, s.end) for s in view.segments.model.segments] == [(40, 120)]
    view.mode.setCurrentIndex(view.mode.findData("turn"))
    assert view.view.model().data(_cell(view, "ensomhed", "netværk")) == "1"


def test_segments_view_filters_and_context(qtbot, host, events, doc_project):
    project, doc = doc_project
    code = ensure_code_path(project, "ensomhed")
    add_coding(project, doc, code, 60, 70)
    view = open_analysis(host, events, "segments")
    view.select(code, context=True)
    assert len(view.found) == 1
    assert view.found[0].context.startswith("Birgit: [00:01:23]")
    view.select(code, coder="nobody")  # an unknown coder falls back to all coders
    assert len(view.found) == 1


def test_query_view_runs_and_explains_bad_queries(qtbot, host, events, doc_project):
    project, doc = doc_project
    a, b = ensure_code_path(project, "ensomhed"), ensure_code_path(project, "netværk")
    add_coding(project, doc, a, 40, 90)
    add_coding(project, doc, b, 80, 120)
    view = open_analysis(host, events, "query")
    view.query.setText("ensomhed AND NOT netværk")
    assert [(s.start, s.end) for s in view.run()] == [(40, 80)]
    view.query.setText("ensomhed AND")
    assert view.run() == [] and "query" in view.message.text().lower()


def test_search_review_and_code_ticked_hits(qtbot, host, events, doc_project, monkeypatch):
    project, doc = doc_project
    view = open_analysis(host, events, "search")
    view.query.setText("og")
    hits = view.run()
    assert len(hits) == 2 and all(h.match.lower() == "og" for h in hits)
    view.set_ticked(0, False)
    view.code.setCurrentIndex(view.code.findData(ensure_code_path(project, "ønsker")))
    asked = []
    monkeypatch.setattr(ask, "proceed", lambda parent, title, text, action: asked.append(text) or True)
    assert view.code_ticked() == 1
    assert asked == ["Code 1 hits with 'ønsker'?"]
    coded = [(c.start, c.end) for c in codings_for_document(project, doc)]
    assert coded == [(hits[1].start, hits[1].end)]


def test_coding_ticked_hits_is_one_undo_step_in_the_main_window(window, qtbot, doc_project, monkeypatch):
    project, doc = doc_project
    existing = add_coding(project, doc, ensure_code_path(project, "ønsker"), 0, 5).coding_id
    view = open_analysis(window, window.workspace.events, "search")
    view.query.setText("og")
    hits = view.run()
    # A coding just before the second hit: coding the hit merges with it, and undo must split it again.
    touching = add_coding(project, doc, ensure_code_path(project, "ønsker"), hits[1].start - 4, hits[1].start)
    view.code.setCurrentIndex(view.code.findData(ensure_code_path(project, "ønsker")))
    monkeypatch.setattr(ask, "proceed", lambda parent, title, text, action: True)
    before = [(c.id, c.start, c.end) for c in codings_for_document(project, doc)]
    assert view.code_ticked() == 2
    after = [(c.start, c.end) for c in codings_for_document(project, doc)]
    assert after == [(0, 5), (hits[0].start, hits[0].end), (hits[1].start - 4, hits[1].end)]
    assert touching.coding_id not in {c.id for c in codings_for_document(project, doc)}
    stack = window.workspace.stack
    assert stack.count() == 1 and stack.undoText() == "Code 2 hits with 'ønsker'"
    assert window.actions["undo"].isEnabled()
    window.actions["undo"].trigger()
    assert [(c.id, c.start, c.end) for c in codings_for_document(project, doc)] == before
    window.actions["redo"].trigger()
    redone = codings_for_document(project, doc)
    assert [(c.start, c.end) for c in redone] == after and existing in {c.id for c in redone}
    assert view.window().isVisible()
    view.window().close()


def test_search_with_lemmas_finds_inflected_forms(qtbot, host, events, doc_project):
    project, _doc = doc_project
    view = open_analysis(host, events, "search")
    view.query.setText("barn")
    view.lemmas.setChecked(True)
    assert [h.match for h in view.run()] == ["børnene"]


def test_word_frequency_view(qtbot, host, events, doc_project):
    project, _doc = doc_project
    view = open_analysis(host, events, "wordfreq")
    assert view.busy  # counting runs on a worker thread, the window stays responsive
    qtbot.waitUntil(lambda: not view.busy, timeout=10000)
    counts = dict(zip(view.table.rows, (v[0] for v in view.table.values), strict=True))
    assert counts["søster"] == 1 and "og" not in counts and "birgit" not in counts


def test_word_frequencies_count_off_the_gui_thread_and_keep_the_latest(qtbot, host, events, doc_project,
                                                                       monkeypatch):
    import threading

    from qcode.ui.analysis import wordfreq_view

    project, _doc = doc_project
    threads = []
    real = wordfreq_view.word_frequencies
    monkeypatch.setattr(wordfreq_view, "word_frequencies",
                        lambda *a, **k: threads.append(threading.current_thread()) or real(*a, **k))
    view = open_analysis(host, events, "wordfreq")
    view.stop_words.setChecked(False)  # a second run starts before the first is shown
    qtbot.waitUntil(lambda: not view.busy and len(threads) == 2, timeout=10000)
    assert threading.main_thread() not in threads
    assert "og" in view.table.rows  # the later run (stop words kept) is what is shown


def test_item_models_pass_the_model_tester(qtbot, qtmodeltester, host, events, doc_project):
    project, doc = doc_project
    code = ensure_code_path(project, "ensomhed")
    add_coding(project, doc, code, 40, 90)
    frequencies = open_analysis(host, events, "frequencies")
    qtmodeltester.check(frequencies.model)
    qtmodeltester.check(frequencies.proxy)
    frequencies._cell_clicked(_cell(frequencies, "ensomhed", "interview_birgit"))
    qtmodeltester.check(frequencies.segments.model)
    search = open_analysis(host, events, "search")
    search.query.setText("og")
    search.run()
    qtmodeltester.check(search.model)
    # a click on a tick box arrives as a plain int check state
    assert search.model.setData(search.model.index(1, 0), 0, Qt.CheckStateRole)
    assert [h.start for h in search.ticked_hits()] == [search.hits[0].start]


def test_query_scope_ticks_survive_a_refresh(qtbot, host, events, doc_project):
    project, doc = doc_project
    code = ensure_code_path(project, "ensomhed")
    add_coding(project, doc, code, 40, 90)
    view = open_analysis(host, events, "query")
    view.speakers.item(0).setCheckState(Qt.Checked)  # "Birgit"
    view.query.setText("ensomhed")
    assert len(view.run()) == 1
    view.refresh()
    assert view.speakers.item(0).checkState() == Qt.Checked and len(view.found) == 1
    view.speakers.item(0).setCheckState(Qt.Unchecked)
    view.speakers.item(1).setCheckState(Qt.Checked)  # "Interviewer"
    assert view.run() == []


def test_table_exports_are_pseudonymised_once_names_are_in_the_register(qtbot, host, events_for, tmp_path,
                                                                        monkeypatch):
    """An analysis table is an export: case and document names in its headers are pseudonymised."""
    import shutil

    from qcode.anonymise.register import detect_project

    copy = tmp_path / "demo.qcode"
    shutil.copy(demo_project_path(), copy)
    project = open_project(copy, coder="tester")
    try:
        detect_project(project)
        view = open_analysis(host, events_for(project), "frequencies")
        view.by.setCurrentIndex(view.by.findData("case"))
        target = tmp_path / "cases"
        monkeypatch.setattr(export_buttons, "ask_save_path", lambda *a: str(target))
        assert view.export.export_csv() == str(target) + ".csv"
        header = (tmp_path / "cases.csv").read_text(encoding="utf-8-sig").splitlines()[0]
        assert "Informant 1" in header  # cases as quotes cite them
        for name in ("Birgit", "Fatima", "Jonas", "birgit"):
            assert name not in header
    finally:
        project.close()


def test_copying_a_table_is_an_export_too(qtbot, host, events_for, tmp_path):
    """The clipboard gets the pseudonymised table, never the names the coder sees on screen."""
    import shutil

    from PySide6.QtGui import QGuiApplication

    from qcode.anonymise.register import detect_project

    copy = tmp_path / "demo.qcode"
    shutil.copy(demo_project_path(), copy)
    project = open_project(copy, coder="tester")
    try:
        detect_project(project)
        view = open_analysis(host, events_for(project), "frequencies")
        view.by.setCurrentIndex(view.by.findData("case"))
        qtbot.mouseClick(view.export.copy_button, Qt.LeftButton)
        pasted = QGuiApplication.clipboard().text()
        assert "Informant 1" in pasted and "\t" in pasted
        assert not any(name in pasted for name in ("Birgit", "Fatima", "Jonas"))
    finally:
        project.close()


def test_frequency_drill_down_by_an_age_group_lists_the_segments(qtbot, host, events_for, demo):
    """#16: the columns of an age attribute are decades ("20'erne"); a click on such a cell lists the
    segments of the cases whose stored age falls in it (it listed none)."""
    view = open_analysis(host, events_for(demo), "frequencies")
    view.set_options(by="alder", rollup=True)
    table = view.model.table
    decades = [c for c in table.columns if c.endswith("'erne")]
    assert decades, table.columns
    checked = 0
    for row, label in enumerate(table.rows):
        for column in decades:
            count = table.values[row][table.columns.index(column)]
            if not count:
                continue
            view._cell_clicked(_cell(view, label.strip(), column))
            assert view.segments.model.rowCount() == count, (label, column)
            checked += 1
    assert checked


def test_the_analysis_window_opens_within_the_screen(qtbot, host, events, doc_project, monkeypatch):
    from qcode.ui.analysis.window import AnalysisWindow
    from qcode.ui.window_fit import available_area

    shown = AnalysisWindow.show

    def placed_low(window):  # a window manager that cascades it far down, as one did at y=295 of 1000
        shown(window)
        window.move(40, 500)

    monkeypatch.setattr(AnalysisWindow, "show", placed_low)
    view = open_analysis(host, events, "frequencies")
    window = view.window()
    area = available_area(window)
    frame = window.frameGeometry()
    # the offscreen screen is 800 px high: the window is made to fit it and placed inside it
    assert area is not None and frame.top() >= area.top() and frame.left() >= area.left()
    assert frame.bottom() <= area.bottom() and window.height() <= area.height()
    window.close()


def test_search_hits_can_be_spread_to_their_sentence_or_turn(qtbot, host, events, doc_project, monkeypatch):
    from workspace_text import TEXT

    project, doc = doc_project
    view = open_analysis(host, events, "search")
    view.query.setText("søster")
    (hit,) = view.run()
    code = ensure_code_path(project, "netværk")
    view.code.setCurrentIndex(view.code.findData(code))
    asked = []
    monkeypatch.setattr(ask, "proceed", lambda parent, title, text, action: asked.append(text) or True)
    view.spread.setCurrentIndex(view.spread.findData("sentence"))
    assert view.code_ticked() == 1
    sentence = "Min søster ringer om søndagen, og så snakker vi længe."
    assert [(c.start, c.end) for c in codings_for_document(project, doc) if c.code_id == code] == [
        (TEXT.index(sentence), TEXT.index(sentence) + len(sentence))]
    assert "Each is spread to its sentence." in asked[0]
    view.code.setCurrentIndex(view.code.findData(ensure_code_path(project, "ønsker")))
    view.spread.setCurrentIndex(view.spread.findData("turn"))
    assert view.code_ticked() == 1
    line = next(line for line in TEXT.splitlines() if "søster" in line)
    turn = (TEXT.index(sentence), TEXT.index(line) + len(line))  # the turn without its speaker label
    coded = [(c.start, c.end) for c in codings_for_document(project, doc)
             if c.code_id == ensure_code_path(project, "ønsker")]
    assert coded == [turn]


def test_a_closed_analysis_window_no_longer_hears_the_pseudonymised_view(qtbot, host, events, doc_project,
                                                                         capfd):
    """First-use test: toggling the pseudonymised view after closing an analysis window printed
    "QTimer already deleted" from the closed window."""
    from PySide6.QtCore import QCoreApplication, QEvent

    view = open_analysis(host, events, "frequencies")
    window = view.window()
    window.close()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    events.view_mode_changed.emit(True)
    events.view_mode_changed.emit(False)
    assert "already deleted" not in capfd.readouterr().err


def test_a_sub_code_whose_parent_is_hidden_shows_its_whole_path(qtbot, host, events, doc_project):
    """First-use test: with "Hide unused codes", "uddannelse" stood indented under an "ønsker" that was
    not shown."""
    project, doc = doc_project
    child = ensure_code_path(project, "ønsker/uddannelse")
    add_coding(project, doc, child, 0, 10)
    view = open_analysis(host, events, "frequencies")
    view.hide_empty.setChecked(True)
    model = view.view.model()
    headers = [model.headerData(r, Qt.Vertical) for r in range(model.rowCount())]
    assert "ønsker/uddannelse" in headers
    assert not any(h.strip() == "uddannelse" for h in headers)
