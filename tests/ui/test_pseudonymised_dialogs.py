"""The pseudonymised view reaches every window opened from the main window: the split dialog, the codebook
history (its tables, tooltips, heading and title), the case sheet and the window title never show an
accepted name while it is on (a stranger's run found the split dialog and the history showing them)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QLabel, QTableWidget, QWidget
from workspace_text import TEXT

from qcode.anonymise.review import add_manual_mention
from qcode.core.cases import add_case, link_document
from qcode.core.codebook import add_code, rename_code
from qcode.core.codebook_history import code_events
from qcode.core.codings import add_coding
from qcode.ui.dialogs.codebook_history import open_history
from qcode.ui.dialogs.split_code import SplitCodeDialog

NAME, PSEUDONYM = "Birgit", "[Informant 1]"


@pytest.fixture
def named(window, doc_project):
    """Birgit accepted as a name; an in-vivo code "Birgit siger nej" with a sub-code naming her, coded on a
    passage that names her, renamed once (so the history quotes her), and a case named after her."""
    project, doc = doc_project
    first = TEXT.index(NAME)
    add_manual_mention(project, doc, first, first + len(NAME), "PERSON")
    code = add_code(project, "Birgit ensom")
    add_code(project, "Birgits søster", parent_id=code)
    second = TEXT.index(NAME, first + 1)
    add_coding(project, doc, code, second, second + 40)
    rename_code(project, code, "Birgit siger nej", reason="Birgit siger det selv")
    link_document(project, doc, add_case(project, "Birgit"))
    return project, doc, code


def _texts(widget: QWidget) -> list[str]:
    """Every text a dialog shows: its title, labels, check boxes, table cells and combo entries."""
    out = [widget.windowTitle()]
    out += [label.text() for label in widget.findChildren(QLabel)]
    out += [b.text() for b in widget.findChildren(QWidget) if hasattr(b, "isChecked") and hasattr(b, "text")]
    for table in widget.findChildren(QTableWidget):
        for row in range(table.rowCount()):
            for column in range(table.columnCount()):
                item = table.item(row, column)
                out.append(item.text() if item is not None else "")
    return out


def _model_texts(model) -> list[str]:
    out = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column, QModelIndex())
            out += [str(index.data() or ""), str(index.data(Qt.ToolTipRole) or "")]
        out.append(str(model.headerData(row, Qt.Vertical) or ""))
    return out


def _split_dialog_of(window, monkeypatch, code: int) -> SplitCodeDialog:
    """The split dialog as the code tree's "Split…" builds it (its modal loop answered with Cancel)."""
    shown: list[SplitCodeDialog] = []
    monkeypatch.setattr(SplitCodeDialog, "exec", lambda self: shown.append(self) or QDialog.Rejected)
    window.workspace.tree.split_requested.emit(code)
    assert len(shown) == 1
    return shown[0]


def test_the_split_dialog_shows_no_name_in_the_pseudonymised_view(window, named, monkeypatch, qtbot):
    _project, _doc, code = named
    plain = _split_dialog_of(window, monkeypatch, code)
    qtbot.addWidget(plain)
    assert any(NAME in text for text in _texts(plain))  # the stored names, with the view off

    window.actions["pseudonymised"].trigger()
    dialog = _split_dialog_of(window, monkeypatch, code)
    qtbot.addWidget(dialog)
    texts = _texts(dialog)
    assert not any(NAME in text for text in texts), texts
    assert dialog.windowTitle() == f"Split '{PSEUDONYM} siger nej'"
    assert f"Sub-code: {PSEUDONYM}s søster" in texts
    assert "Dokument 1" in texts
    dialog.names[0].setText("Birgit alene")  # a new code's name is the user's own words, kept as typed
    assert dialog.request().parts[0].name == "Birgit alene"


def test_the_codebook_history_shows_no_name_in_the_pseudonymised_view(window, named, qtbot):
    project, _doc, code = named
    history = open_history(window, window.workspace.events, code)
    qtbot.addWidget(history)
    history.select_row(0)
    assert any(NAME in text for text in _model_texts(history.model))
    assert NAME in history.windowTitle()

    window.actions["pseudonymised"].trigger()  # the open window follows the view
    history.select_row(0)
    shown = _model_texts(history.model) + _model_texts(history.origin_model)
    shown += [history.windowTitle(), history.heading.text()]
    assert not any(NAME in text for text in shown), shown
    assert f"{PSEUDONYM} siger nej" in history.windowTitle()
    assert not history.reason_button.isEnabled()  # a reason is edited from its stored words

    window.actions["pseudonymised"].trigger()
    assert NAME in history.windowTitle() and history.reason_button.isEnabled()
    assert code_events(project)[-1].kind == "rename"


def test_the_case_sheet_does_not_open_or_stay_in_the_pseudonymised_view(window, named, qtbot):
    from qcode.ui.dialogs.cases_dialog import CasesDialog

    window.open_cases()
    sheet = window.findChild(CasesDialog)
    assert sheet is not None and sheet.isVisible()
    window.actions["pseudonymised"].trigger()
    qtbot.waitUntil(lambda: window.findChild(CasesDialog) is None or not sheet.isVisible())

    window.open_cases()
    assert window.findChild(CasesDialog) is None or not window.findChild(CasesDialog).isVisible()
    assert "turn off the pseudonymised view" in window.statusBar().currentMessage()


def test_the_window_title_and_status_bar_show_no_name(window, named, tmp_path):
    project, _doc, _code = named
    stored = project.path
    project.path = tmp_path / "birgit.qcode"  # as if named after her (title and messages read only the name)
    window.show_title()
    assert window.windowTitle() == "birgit — qcode"
    window.actions["pseudonymised"].trigger()
    assert NAME.lower() not in window.windowTitle().lower(), window.windowTitle()
    assert NAME not in window._status.text()
    window.actions["pseudonymised"].trigger()
    assert window.windowTitle() == "birgit — qcode"
    window.actions["pseudonymised"].trigger()
    said: list[str] = []

    def closing(message: str) -> None:  # "Closing …", said before the project closes at its real path
        said.append(message)
        project.path = stored

    window.statusBar().messageChanged.connect(closing)
    window.close_project()
    assert said and said[0].startswith("Closing") and NAME.lower() not in said[0].lower(), said


def test_adjudication_does_not_open_or_stay_in_the_pseudonymised_view(window, named, qtbot, monkeypatch):
    from qcode.ui.dialogs import adjudication_dialog

    events = window.workspace.events
    dialog = adjudication_dialog.open_adjudication(window, events)
    assert dialog is not None and dialog.isVisible()
    window.actions["pseudonymised"].trigger()  # it shows the stored passages: it goes
    qtbot.waitUntil(lambda: window.findChild(adjudication_dialog.AdjudicationDialog) is None
                    or not dialog.isVisible())

    told: list[str] = []
    monkeypatch.setattr(adjudication_dialog.ask, "inform", lambda parent, title, text: told.append(text))
    assert adjudication_dialog.open_adjudication(window, events) is None
    assert len(told) == 1 and "Turn off the pseudonymised view" in told[0]
