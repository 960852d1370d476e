"""File → Restore from backup… in the real window: the open project is closed, the chosen backup put in
its place, the project opened again; a damaged project offers its backups when it is opened."""

from __future__ import annotations

from pathlib import Path

from qcode.core import backup as backups
from qcode.core.codebook import ensure_code_path, list_codes
from qcode.core.project import open_project
from qcode.ui.dialogs import ask
from qcode.ui.dialogs.restore_dialog import RestoreDialog


def test_restore_from_backup_puts_the_backup_back_and_reopens(window, monkeypatch, qtbot):
    project = window.project
    path = project.path
    made = backups.create_backup(project)
    ensure_code_path(project, "efter backup")
    assert "efter backup" in {c.name for c in list_codes(project)}
    told = []
    monkeypatch.setattr(RestoreDialog, "ask", classmethod(lambda cls, p, parent=None: made.path))
    monkeypatch.setattr(ask, "confirm", lambda parent, title, text: True)
    monkeypatch.setattr(ask, "inform", lambda parent, title, text: told.append(text))
    window.actions["restore_backup"].trigger()
    assert window.project is not None and window.project.path == path
    assert "efter backup" not in {c.name for c in list_codes(window.project)}
    assert told and "Restored" in told[0] and "before-restore" in told[0]
    kept = [b for b in backups.list_backups(path) if b.kind == backups.BEFORE_RESTORE]
    with open_project(kept[0].path, read_only=True) as before:
        assert "efter backup" in {c.name for c in list_codes(before)}  # the restore can be undone


def test_the_dialog_lists_the_backups_newest_first(window, qtbot):
    first = backups.create_backup(window.project)
    second = backups.create_backup(window.project)
    dialog = RestoreDialog(window.project.path, window)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 2
    assert dialog.chosen() == second.path != first.path


def test_opening_a_damaged_project_offers_its_backup(qtbot, tmp_path, monkeypatch):
    from qcode.core.project import create_project
    from qcode.ui.main_window import MainWindow

    path = tmp_path / "skadet.qcode"
    with create_project(path) as project:
        ensure_code_path(project, "reddet")
        made = backups.create_backup(project)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])  # cut short, as a full disk or a broken copy leaves it
    window = MainWindow()
    qtbot.addWidget(window)
    offered = []
    monkeypatch.setattr(window, "offer_restore", lambda error: offered.append(error.message("en")) or True)
    monkeypatch.setattr(RestoreDialog, "ask", classmethod(lambda cls, p, parent=None: made.path))
    monkeypatch.setattr(ask, "confirm", lambda parent, title, text: True)
    monkeypatch.setattr(ask, "inform", lambda parent, title, text: None)
    assert not window.open_path(path)
    assert "damaged" in offered[0] and "qcode restore" in offered[0]
    assert window.project is not None and "reddet" in {c.name for c in list_codes(window.project)}
    damaged = [p for p in Path(tmp_path).iterdir() if ".damaged-" in p.name]
    assert damaged, "the damaged file is kept"
    window.close_project()
