"""Where file dialogs open: the open project's folder, else the user's Documents folder (else home),
never the folder the program happens to run from. Every open, save, import and export dialog in
qcode/ui takes its starting folder from here."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from qcode.ui import settings


def documents_folder() -> Path:
    """The user's Documents folder when it exists, else the home folder."""
    location = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
    if location and Path(location).is_dir():
        return Path(location)
    return Path.home()


def start_folder(project_path: Path | None = None) -> Path:
    """The folder a file dialog starts in: ``project_path``'s folder, else that of the project opened
    last (the open one, when a project is open), else Documents."""
    candidates = [project_path] if project_path is not None else []
    candidates += settings.recent_projects()[:1]
    for candidate in candidates:
        if candidate is not None and Path(candidate).parent.is_dir():
            return Path(candidate).resolve().parent
    return documents_folder()


def start_path(name: str = "", project_path: Path | None = None) -> str:
    """The start folder, or a suggested file ``name`` inside it, as a file dialog wants it."""
    folder = start_folder(project_path)
    return str(folder / name) if name else str(folder)
