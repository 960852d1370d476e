"""Edit → Settings is a preferences dialog: coder name, UI language, the project's pseudonym and age
style (undoable) and its backups (#16)."""

from __future__ import annotations

import pytest

from qcode.anonymise import state
from qcode.core import backup
from qcode.ui import i18n, settings
from qcode.ui.dialogs.preferences import PreferencesDialog


@pytest.fixture(autouse=True)
def english():
    yield
    i18n.install_language("en")


def test_settings_dialog_shows_the_current_choices(qtbot, window) -> None:
    dialog = PreferencesDialog(window, window.project)
    qtbot.addWidget(dialog)
    assert dialog.coder.text() == window.project.coder_name or dialog.coder.text()
    assert dialog.age_style.currentData() == "decade" and dialog.project_box.isEnabled()
    assert dialog.backup_keep.value() == backup.KEEP
    none = PreferencesDialog(window, None)
    qtbot.addWidget(none)
    assert not none.project_box.isEnabled()


def test_settings_apply_language_styles_and_backups(qtbot, window, tmp_path, monkeypatch) -> None:
    def choose(cls, parent, project):
        dialog = cls(parent, project)
        qtbot.addWidget(dialog)
        dialog.language.setCurrentIndex(dialog.language.findData("da"))
        dialog.age_style.setCurrentIndex(dialog.age_style.findData("range"))
        dialog.backup_folder.setText(str(tmp_path / "kopier"))
        dialog.backup_keep.setValue(9)
        return dialog.preferences()

    monkeypatch.setattr(PreferencesDialog, "ask", classmethod(choose))
    window.edit_settings()
    project = window.project
    assert settings.language() == "da" and i18n.current_language() == "da"
    assert state.settings(project).age_style == "range"
    assert backup.backup_folder(project) == tmp_path / "kopier" and backup.backup_keep(project) == 9
    window.workspace.stack.undo()  # the style is an undoable edit
    assert state.settings(project).age_style == "decade"
