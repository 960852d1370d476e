"""The coder agreement tab offscreen, on the hand-built two-coder project of tests/support."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow
from support.agreement_project import build

from qcode.core.codings import add_coding
from qcode.ui.analysis import export_buttons, open_analysis


class Host(QMainWindow):
    """Stands in for the main window: records the passages it is asked to show."""

    def __init__(self):
        super().__init__()
        self.shown: list[tuple[int, int, int]] = []

    def show_document_range(self, document_id: int, start: int, end: int) -> None:
        self.shown.append((document_id, start, end))


@pytest.fixture
def tab(qtbot, project, events):
    built = build(project)
    host = Host()
    qtbot.addWidget(host)
    view = open_analysis(host, events, "agreement")
    return host, view, built


def _table(view) -> list[list[str]]:
    """What the table shows: header label then each cell's text, in view order."""
    model = view.view.model()
    return [[model.headerData(r, Qt.Vertical).strip()]
            + [model.data(model.index(r, c)) for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def _row(view, label: str) -> int:
    return [line[0] for line in _table(view)].index(label)


def test_tab_compares_the_first_two_coders(tab):
    host, view, _built = tab
    window = view.window()
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Coder agreement"
    assert (view.coder_a.currentText(), view.coder_b.currentText()) == ("anna", "bo")
    model = view.view.model()
    assert [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())] == [
        "Agreement %", "Kappa", "Alpha", "Only anna (chars)", "Only bo (chars)", "Segment agreement %"]
    assert _table(view) == [
        ["netværk", "96.7", "0.00", "-0.01", "0", "5", "0.0"],
        ["familie", "96.7", "0.84", "0.84", "5", "0", "66.7"],
        ["ensomhed", "86.7", "0.58", "0.58", "10", "10", "50.0"],
        ["stigma", "93.3", "0.00", "-0.03", "10", "0", "0.0"],
        ["Overall (pooled)", "93.3", "0.60", "0.60", "25", "15", "44.4"],
        ["Mean of codes", "93.3", "0.36", "0.34", "", "", "29.2"],
    ]
    assert view.summary.text() == ("Unit: characters. Compared documents: D1, D2. Left out, coded by one "
                                   "coder only: D3. Segment kappa (MAXQDA, all codes): 0.26.")
    # kappa is shaded red at chance level and towards green as it rises
    kappa = lambda row: model.data(model.index(_row(view, row), 1), Qt.BackgroundRole).color()  # noqa: E731
    assert kappa("stigma").hue() == 0
    assert kappa("ensomhed").hue() == 70
    assert model.data(model.index(0, 0), Qt.BackgroundRole) is None  # only the kappa column is shaded


def test_selecting_a_row_lists_disagreements_and_double_click_jumps(tab):
    host, view, built = tab
    view.view.selectRow(_row(view, "ensomhed"))
    detail = view.disagreements
    assert detail.rowCount() == 2
    assert [[detail.data(detail.index(r, c)) for c in range(5)] for r in range(2)] == [
        ["D1", "ensomhed", "anna", "50", " ".join(built.texts["D1"][10:30].split())],
        ["D1", "ensomhed", "bo", "50", " ".join(built.texts["D1"][20:40].split())],
    ]
    assert view.detail_label.text() == "2 disagreeing segments for ensomhed"
    view.detail.doubleClicked.emit(detail.index(1, 4))
    assert host.shown == [(built.docs["D1"], 20, 40)]


def test_options_rollup_threshold_documents_and_sorting(tab):
    _host, view, _built = tab
    view.select("anna", "bo", threshold=75, rollup=True)
    assert _table(view)[0] == ["netværk", "100.0", "1.00", "1.00", "0", "0", "100.0"]
    assert view.view.model().data(view.view.model().index(0, 1), Qt.BackgroundRole).color().hue() == 120
    assert _table(view)[1][6] == "100.0"  # familie: anna's 75 % covered coding now matches
    view.per_document.setChecked(True)
    assert [line[0] for line in _table(view)] == [
        "netværk", "· D1", "familie", "· D1", "ensomhed", "· D1", "· D2", "stigma", "· D1",
        "Overall (pooled)", "Mean of codes"]
    # sorting by kappa keeps the overall rows last both ways
    view.view.sortByColumn(1, Qt.DescendingOrder)
    assert {_table(view)[-1][0], _table(view)[-2][0]} == {"Overall (pooled)", "Mean of codes"}
    view.view.sortByColumn(1, Qt.AscendingOrder)
    assert {_table(view)[-1][0], _table(view)[-2][0]} == {"Overall (pooled)", "Mean of codes"}
    assert _table(view)[0][2] == "0.00"


def test_unit_single_coder_documents_and_all_coders(tab):
    _host, view, _built = tab
    view.select("anna", "bo", unit="sentences")
    assert view.view.model().headerData(3, Qt.Horizontal) == "Only anna (sentences)"
    assert view.summary.text().startswith("Unit: sentences. Compared documents: D1, D2.")
    view.select("anna", "bo", unit="characters", include_single=True)
    assert "Counted although only one coder coded them: D3 (anna)." in view.summary.text()
    assert _table(view)[2][4] == "30"  # ensomhed: anna alone coded 20 characters of D3 as well
    view.select("anna", "bo", include_single=False, all_coders=True)
    model = view.view.model()
    assert model.headerData(0, Qt.Horizontal) == "Alpha"
    assert [model.headerData(c, Qt.Horizontal) for c in range(2, model.columnCount())] == [
        "Coded by anna", "Coded by bo", "Coded by dorte", "Coded by erik"]
    assert not view.coder_a.isEnabled()
    assert [line[0] for line in _table(view)][-2:] == ["Overall (pooled)", "Mean of codes"]
    assert len(view.export._tables()) == 3


def test_adjudicate_button_opens_the_dialog_for_the_two_coders(tab):
    _host, view, _built = tab
    view.adjudicate.click()
    from qcode.ui.dialogs.adjudication_dialog import OBJECT_NAME, AdjudicationDialog

    dialog = view.window().findChild(AdjudicationDialog, OBJECT_NAME)
    assert dialog is not None and dialog.sides() == (["anna"], ["bo"])
    assert dialog.list.count() == 4
    dialog.close()


def test_refusal_is_shown_and_refresh_follows_new_codings(tab):
    _host, view, built = tab
    view.select("anna", "carl")
    assert view.message.text() == "Coder 'carl' has no codings to compare."
    assert view.view.model().rowCount() == 0
    assert view.export._tables() == []
    view.select("anna", "bo")
    assert view.message.text() == ""
    add_coding(built.project, built.docs["D1"], built.codes["stigma"], 50, 60, built.coders["bo"])
    view.refresh()
    assert _table(view)[_row(view, "stigma")][1:3] == ["100.0", "1.00"]


def test_export_csv_and_excel(tab, tmp_path, monkeypatch):
    _host, view, _built = tab
    target = tmp_path / "agreement"
    monkeypatch.setattr(export_buttons, "ask_save_path", lambda *a: str(target))
    monkeypatch.setattr(export_buttons.ask, "confirm", lambda *a: True)  # never searched: acknowledged
    written = view.export.export_csv()
    assert written == str(target) + ".csv"
    lines = Path(written).read_text(encoding="utf-8-sig").splitlines()
    assert lines[3] == "ensomhed,86.67,0.58,0.58,20,10,10,110,2,2,2,50,"
    from openpyxl import load_workbook

    book = load_workbook(view.export.export_xlsx())
    assert len(book.sheetnames) == 4


def test_the_disagreement_list_is_a_segment_table_like_the_others(tab, qtmodeltester):
    from qcode.ui.analysis.segment_list import SegmentModel, SegmentTableModel

    _host, view, built = tab
    view.view.selectRow(_row(view, "ensomhed"))
    detail = view.disagreements
    assert isinstance(detail, SegmentTableModel) and issubclass(SegmentModel, SegmentTableModel)
    qtmodeltester.check(detail)
    assert detail.data(detail.index(0, 4), Qt.ToolTipRole) == built.texts["D1"][10:30]  # whole in the tooltip
    assert detail.data(detail.index(0, 0), Qt.UserRole).coder == "anna"  # the segment, for the jump


def test_the_disagreement_headers_are_shown_whole(tab):
    """First-use test: the header "Other coder coded %" showed as "her coder coded"."""
    _host, view, _built = tab
    header = view.detail.horizontalHeader()
    font = header.font()
    font.setPointSize(16)  # a large screen font: the default section width no longer holds the titles
    header.setFont(font)
    view.resize(900, 500)
    view.show()  # no code selected yet: an empty list, whose columns were sized to nothing
    metrics = header.fontMetrics()
    for column in range(view.disagreements.columnCount() - 1):
        title = view.disagreements.headerData(column, Qt.Horizontal, Qt.DisplayRole)
        assert header.sectionSize(column) >= metrics.horizontalAdvance(title), title
