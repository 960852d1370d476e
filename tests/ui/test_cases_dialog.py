"""The case sheet (Tools → Cases and attributes…): editing values, names and document links through
undo commands on the main window's stack, refused values, new attributes, and the model's contract."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from qcode.core import cases
from qcode.ui.dialogs import cases_dialog
from qcode.ui.dialogs.cases_dialog import CasesDialog, NewAttributeDialog, open_cases
from qcode.ui.models.cases_model import CASE_ID_ROLE, DOCUMENTS_COLUMN, NAME_COLUMN, CasesModel


@pytest.fixture
def birgit(doc_project):
    """A case 'Birgit' with the transcript, a number attribute 'alder' = 34 and a text attribute 'køn'."""
    project, doc = doc_project
    case_id = cases.add_case(project, "Birgit")
    cases.link_document(project, doc, case_id)
    cases.set_attribute(project, case_id, "alder", "34", "number")
    cases.define_attribute(project, "køn", "text")
    return case_id


@pytest.fixture
def sheet(window, birgit):
    """The case sheet opened from the main window."""
    window.actions["cases"].trigger()
    dialog = window.findChild(CasesDialog, cases_dialog.OBJECT_NAME)
    assert dialog is not None
    return dialog


def _edit(qtbot, dialog, row: int, column: int, text: str) -> None:
    """Type into a cell as a user does: open the editor, replace the text, press Enter."""
    index = dialog.model.index(row, column)
    dialog.table.setCurrentIndex(index)
    dialog.table.edit(index)
    editor = dialog.table.indexWidget(index)  # the open editor
    assert editor is not None
    editor.selectAll()
    if text:
        qtbot.keyClicks(editor, text)
    else:
        qtbot.keyClick(editor, Qt.Key_Delete)
    qtbot.keyClick(editor, Qt.Key_Return)
    # The delegate commits on Return through a queued call.
    qtbot.waitUntil(lambda: dialog.table.state() != QAbstractItemView.EditingState)


def test_menu_entry_opens_the_sheet_with_cases_and_attributes(window, sheet):
    assert window.actions["cases"] in window.menus["tools"].actions()
    assert sheet.isVisible() and sheet.stack is window.workspace.stack
    model = sheet.model
    headers = [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Case", "Documents", "alder", "køn"]
    assert model.index(0, NAME_COLUMN).data() == "Birgit"
    assert model.index(0, DOCUMENTS_COLUMN).data() == "interview_birgit"
    assert model.index(0, model.column_of("alder")).data() == "34"
    assert model.headerData(model.column_of("alder"), Qt.Horizontal, Qt.ToolTipRole) == "Number"
    window.actions["cases"].trigger()  # a second time: the same sheet comes forward
    assert window.findChildren(CasesDialog) == [sheet]


def test_editing_a_value_is_undoable_from_the_main_window(window, sheet, birgit, qtbot):
    project = window.project
    column = sheet.model.column_of("køn")
    _edit(qtbot, sheet, 0, column, "kvinde")
    assert cases.attributes_of_case(project, birgit) == {"alder": "34", "køn": "kvinde"}
    assert sheet.model.index(0, column).data() == "kvinde"
    assert window.actions["undo"].text() == "&Undo Set køn of 'Birgit'"
    window.actions["undo"].trigger()
    assert cases.attributes_of_case(project, birgit) == {"alder": "34"}
    assert sheet.model.index(0, column).data() == ""
    window.actions["redo"].trigger()
    assert cases.attributes_of_case(project, birgit)["køn"] == "kvinde"


def test_an_empty_cell_clears_the_value_and_undo_restores_it(window, sheet, birgit, qtbot):
    project = window.project
    _edit(qtbot, sheet, 0, sheet.model.column_of("alder"), "")
    assert cases.attributes_of_case(project, birgit) == {}
    sheet.undo_action.trigger()  # Ctrl+Z inside the sheet: the same stack
    assert cases.attributes_of_case(project, birgit) == {"alder": "34"}
    assert sheet.model.index(0, sheet.model.column_of("alder")).data() == "34"


def test_a_bad_number_is_refused_with_the_message(window, sheet, birgit, qtbot, monkeypatch):
    project = window.project
    messages = []
    monkeypatch.setattr(cases_dialog.ask, "inform", lambda parent, title, text: messages.append(text))
    _edit(qtbot, sheet, 0, sheet.model.column_of("alder"), "treogtredive")
    assert messages == ["'treogtredive' is not a valid number for attribute 'alder'."]
    assert cases.attributes_of_case(project, birgit) == {"alder": "34"}
    assert sheet.model.index(0, sheet.model.column_of("alder")).data() == "34"
    assert not window.workspace.stack.canUndo()


def test_new_number_attribute_takes_numbers(window, sheet, birgit, qtbot, monkeypatch):
    project = window.project
    monkeypatch.setattr(NewAttributeDialog, "get", classmethod(lambda cls, parent: ("børn", "number")))
    sheet.new_attribute_button.click()
    assert cases.attribute_types(project)["børn"] == "number"
    column = sheet.model.column_of("børn")
    assert column >= 0 and sheet.table.currentIndex().column() == column
    _edit(qtbot, sheet, 0, column, "2,5")
    assert cases.attributes_of_case(project, birgit)["børn"] == "2.5"


def test_the_new_attribute_dialog_returns_name_and_type(qtbot):
    dialog = NewAttributeDialog()
    qtbot.addWidget(dialog)
    assert [dialog.type.itemData(i) for i in range(dialog.type.count())] == [
        "text", "number", "date", "boolean"]


def test_renaming_a_case_in_its_cell(window, sheet, birgit, qtbot, monkeypatch):
    project = window.project
    _edit(qtbot, sheet, 0, NAME_COLUMN, "Deltager 1")
    assert [c.name for c in cases.list_cases(project)] == ["Deltager 1"]
    window.actions["undo"].trigger()
    assert [c.name for c in cases.list_cases(project)] == ["Birgit"]
    cases.add_case(project, "Anna")  # the sheet follows changes made elsewhere
    assert [sheet.model.index(r, NAME_COLUMN).data() for r in range(2)] == ["Anna", "Birgit"]
    messages = []
    monkeypatch.setattr(cases_dialog.ask, "inform", lambda parent, title, text: messages.append(text))
    _edit(qtbot, sheet, 1, NAME_COLUMN, "Anna")
    assert messages == ["A case named 'Anna' already exists."]
    assert sorted(c.name for c in cases.list_cases(project)) == ["Anna", "Birgit"]


def test_new_case_and_document_links(window, sheet, doc_project, monkeypatch):
    project, doc = doc_project
    monkeypatch.setattr(cases_dialog.ask, "text", lambda *a, **k: "Anna")
    case_id = sheet.new_case()
    assert sheet.current_case().id == case_id
    offered = []
    monkeypatch.setattr(cases_dialog.ask, "choose",
                        lambda p, t, label, items: offered.append(items) or items[0])
    sheet.link_button.click()
    assert offered == [["interview_birgit"]]
    assert cases.documents_of_case(project, case_id) == [doc]
    assert sheet.model.index(sheet.model.row_of(case_id), DOCUMENTS_COLUMN).data() == "interview_birgit"
    sheet.unlink_button.click()
    assert cases.documents_of_case(project, case_id) == []
    window.actions["undo"].trigger()
    assert cases.documents_of_case(project, case_id) == [doc]


def test_the_sheet_closes_with_its_project(window, sheet, qtbot):
    window.close_project()
    qtbot.waitUntil(lambda: not window.findChildren(CasesDialog))


def test_model_tester(qtmodeltester, doc_project, birgit):
    project, _doc = doc_project
    cases.add_case(project, "Anna")
    model = CasesModel(project)
    qtmodeltester.check(model)
    assert model.index(1, 0).data(CASE_ID_ROLE) == birgit
    # The tester stays attached: reloads in place (same shape) and with new rows and columns.
    cases.rename_case(project, birgit, "Aase")
    model.reload()
    assert model.index(0, 0).data(CASE_ID_ROLE) == birgit
    cases.define_attribute(project, "by", "text")
    cases.add_case(project, "Carl")
    model.reload()
    assert (model.rowCount(), model.columnCount()) == (3, 5)
    assert not model.flags(model.index(0, DOCUMENTS_COLUMN)) & Qt.ItemIsEditable


def test_the_sheet_works_without_a_main_window(qtbot, doc_project, birgit, events):
    project, _doc = doc_project
    dialog = open_cases(None, events)
    qtbot.addWidget(dialog)
    assert dialog.set_value(birgit, "alder", "35")
    assert cases.attributes_of_case(project, birgit)["alder"] == "35"
    dialog.stack.undo()
    assert cases.attributes_of_case(project, birgit)["alder"] == "34"


def test_new_case_and_new_attribute_can_be_undone_and_redone(window, sheet, monkeypatch):
    project = window.project
    monkeypatch.setattr(cases_dialog.ask, "text", lambda *a, **k: "Anna")
    case_id = sheet.new_case()
    monkeypatch.setattr(NewAttributeDialog, "get", classmethod(lambda cls, parent: ("børn", "number")))
    sheet.new_attribute_button.click()
    assert "børn" in cases.attribute_types(project)
    window.actions["undo"].trigger()
    assert "børn" not in cases.attribute_types(project) and sheet.model.column_of("børn") < 0
    window.actions["undo"].trigger()
    assert "Anna" not in [c.name for c in cases.list_cases(project)]
    window.actions["redo"].trigger()
    window.actions["redo"].trigger()
    assert cases.find_case(project, "Anna").id == case_id  # the same id, so later edits still fit
    assert cases.attribute_types(project)["børn"] == "number"


def test_an_attribute_defined_in_the_sheet_reaches_the_other_views(window, sheet, qtbot, monkeypatch):
    """Defining an attribute announces it: an open frequency table offers it at once (and its undo
    takes it away again), with no view re-read by hand."""
    from qcode.ui.analysis.window import AnalysisWindow

    window.actions["frequencies"].trigger()
    analysis = window.findChild(AnalysisWindow, "qcode_analysis_window")
    frequencies = analysis.views["frequencies"]

    def offered() -> list[str]:
        return [frequencies.by.itemData(i) for i in range(frequencies.by.count())]

    assert "alder" in offered() and "børn" not in offered()
    monkeypatch.setattr(NewAttributeDialog, "get", classmethod(lambda cls, parent: ("børn", "number")))
    sheet.new_attribute_button.click()
    assert sheet.model.column_of("børn") >= 0
    qtbot.waitUntil(lambda: "børn" in offered())
    window.actions["undo"].trigger()
    qtbot.waitUntil(lambda: "børn" not in offered())
    analysis.close()
