"""Who is coding: asked on first start (prefilled with the OS user), kept in QSettings, changeable
under Edit → Settings, shown in the status bar, and carried by new codings."""

from __future__ import annotations

import pytest
from workspace_text import TEXT

from qcode.core.coders import list_coders
from qcode.core.codings import codings_for_document
from qcode.core.project import create_project, default_coder, open_project
from qcode.ui import settings
from qcode.ui.coder_identity import CoderDialog, current_coder, ensure_coder_name
from qcode.ui.dialogs.preferences import PreferencesDialog


def _coders(project, doc) -> set[str]:
    names = {c.id: c.name for c in list_coders(project)}
    return {names[c.coder_id] for c in codings_for_document(project, doc)}


@pytest.fixture
def answers(monkeypatch):
    """Replies the coder dialog gives, in order; records what it was prefilled with."""
    state = {"replies": [], "prefilled": []}

    def ask(cls, parent, current, first_start=False):
        state["prefilled"].append((current, first_start))
        return state["replies"].pop(0)

    monkeypatch.setattr(CoderDialog, "ask", classmethod(ask))
    return state


def test_first_start_asks_once_prefilled_with_the_os_user(qtbot, answers):
    answers["replies"] = ["Anna Holm"]
    assert ensure_coder_name() == "Anna Holm"
    assert answers["prefilled"] == [(default_coder(), True)]
    assert ensure_coder_name() == "Anna Holm"  # stored: not asked again
    assert len(answers["prefilled"]) == 1 and settings.coder_name() == "Anna Holm"


def test_cancelled_first_start_settles_on_the_os_user(qtbot, answers):
    answers["replies"] = [None]
    assert ensure_coder_name() == default_coder()
    assert current_coder() == default_coder()


def test_dialog_refuses_an_empty_name(qtbot):
    from PySide6.QtWidgets import QDialogButtonBox

    dialog = CoderDialog(None, "anna", first_start=True)
    qtbot.addWidget(dialog)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok)
    dialog.name.setText("  ")
    assert not ok.isEnabled()
    dialog.name.setText("bo")
    assert ok.isEnabled()


def test_projects_open_with_the_coder_and_codings_carry_it(qtbot, tmp_path, answers, code_named, select,
                                                           monkeypatch):
    from workspace_text import turns

    from qcode.core.documents import add_document
    from qcode.ui.main_window import MainWindow

    settings.set_coder_name("Anna Holm")
    path = tmp_path / "p.qcode"
    project = create_project(path, coder="someone else")
    doc = add_document(project, "iv", TEXT, turns=turns(TEXT))
    project.close()
    window = MainWindow()
    qtbot.addWidget(window)
    assert "Anna Holm" in window._status.text()  # shown before any project is open
    assert window.open_path(path)
    assert window.project.coder_name == "Anna Holm"
    assert "Anna Holm" in window._status.text()
    ws = window.workspace
    window.show()  # the first document opens once the window is painted
    qtbot.waitUntil(lambda: ws.view.document_id == doc)
    start = TEXT.index("ensom")
    select(ws.view, start, start + 5)
    assert ws.coding.apply(code_named(window.project, "ensomhed").id)
    assert _coders(window.project, doc) == {"Anna Holm"}

    # Edit → Settings: a new name reopens the project under it; new codings carry the new name.
    def preferences(cls, parent, project):
        dialog = cls(parent, project)
        qtbot.addWidget(dialog)
        answers["prefilled"].append((dialog.coder.text(), False))
        dialog.coder.setText("Bo")
        return dialog.preferences()

    monkeypatch.setattr(PreferencesDialog, "ask", classmethod(preferences))
    window.actions["settings"].trigger()
    assert answers["prefilled"][-1] == ("Anna Holm", False)
    assert settings.coder_name() == "Bo" and window.project.coder_name == "Bo"
    assert "coder: Bo" in window._status.text()
    qtbot.waitUntil(lambda: window.workspace.view.document_id == doc)
    start = TEXT.index("søster")
    select(window.workspace.view, start, start + 6)
    assert window.workspace.coding.apply(code_named(window.project, "netværk").id)
    assert _coders(window.project, doc) == {"Anna Holm", "Bo"}
    window.close_project()


def test_the_window_records_its_coder_for_the_command_line(qtbot, tmp_path, answers):
    from qcode.ui.main_window import MainWindow

    settings.set_coder_name("Anna Holm")
    path = tmp_path / "p.qcode"
    create_project(path).close()  # made without a name: the login's
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(path)
    window.close_project()
    project = open_project(path)  # as the command line opens it, without --coder
    try:
        assert (project.coder_name, project.coder_source) == ("Anna Holm", "remembered")
    finally:
        project.close()
