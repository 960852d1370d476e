"""File dialogs start in the project's folder (or Documents, never the program's folder), and File →
Open recent shows where each project lives and keeps its order (#16)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from qcode.core.project import create_project
from qcode.ui import settings
from qcode.ui.dialogs import appendix_export, export_dialog, import_dialog, merge_dialog
from qcode.ui.main_window import MainWindow
from qcode.ui.start_folder import start_folder


@pytest.fixture
def asked(monkeypatch, tmp_path) -> list[str]:
    """The folder (or suggested file) each file dialog was given; the program runs elsewhere."""
    program = tmp_path / "program"
    program.mkdir()
    monkeypatch.chdir(program)
    seen: list[str] = []

    def fake(parent, title, start="", *args, **kwargs):
        seen.append(start)
        return ("", "")

    for name in ("getOpenFileName", "getOpenFileNames", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(fake))
    return seen


def test_dialogs_start_in_the_open_projects_folder(qtbot, asked, tmp_path) -> None:
    folder = tmp_path / "study"
    folder.mkdir()
    project = create_project(folder / "study.qcode", coder="a")
    window = MainWindow(project)
    qtbot.addWidget(window)
    window.choose_project()
    window.new_project()
    import_dialog.choose_files(window)
    merge_dialog.choose_paths(window)
    export_dialog.ask_save_path(window, "docx")
    appendix_export.ask_path(window, "da")
    assert len(asked) == 6
    for start in asked:
        assert Path(start) == folder or Path(start).parent == folder, (start, asked)


def test_without_a_project_dialogs_start_in_documents(qtbot, asked, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    (tmp_path / "home" / "Documents").mkdir(parents=True)
    window = MainWindow(None)
    qtbot.addWidget(window)
    window.choose_project()
    assert Path(asked[0]) != Path.cwd()
    assert Path(asked[0]) == start_folder() and Path(asked[0]).name in ("Documents", "home")


def test_open_recent_shows_folders_and_keeps_its_order(qtbot, tmp_path) -> None:
    paths = []
    for study in ("a", "b"):
        (tmp_path / study).mkdir()
        path = tmp_path / study / "projekt.qcode"
        create_project(path, coder="x").close()
        paths.append(path)
        settings.add_recent_project(path)
    window = MainWindow(None)
    qtbot.addWidget(window)
    window._fill_recent()
    menu = window.menus["recent"]
    texts = [a.text() for a in menu.actions()]
    assert menu.toolTipsVisible()
    assert str(tmp_path / "b") in texts[0] and str(tmp_path / "a") in texts[1], texts
    # a project whose drive is away for a while keeps its place in the list
    paths[0].rename(tmp_path / "away.qcode")
    settings.add_recent_project(paths[1])
    (tmp_path / "away.qcode").rename(paths[0])
    assert settings.recent_projects() == [paths[1].resolve(), paths[0].resolve()]
