"""Export → Methods appendix: choose Danish or English and a file, then the appendix is built,
pseudonymised, leak-checked and written on a worker thread (its own connection) through
:func:`qcode.export.run.export_methods_appendix`. Warnings of the leak check are shown and must be
acknowledged; a hit blocks the export."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from qcode.core.errors import QcodeError
from qcode.core.project import open_project
from qcode.export.run import ExportResult, export_methods_appendix
from qcode.ui import i18n
from qcode.ui.dialogs import ask
from qcode.ui.start_folder import start_path
from qcode.ui.workers import run_in_background

LANGUAGES = {"Dansk": "da", "English": "en"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("AppendixExport", text)


def appendix_job(project_path, coder: str, path: str, lang: str, acknowledge: bool, progress,
                 cancelled) -> ExportResult:
    """The worker-thread part, on its own connection (sqlite connections belong to their thread)."""
    with open_project(project_path, coder=coder) as project:
        return export_methods_appendix(project, path, lang, acknowledge_warnings=acknowledge)


def ask_language(parent: QWidget | None) -> str | None:
    """'da' or 'en' (tests monkeypatch this); None when cancelled."""
    choices = list(LANGUAGES) if i18n.current_language() == "da" else list(reversed(LANGUAGES))
    choice = ask.choose(parent, _tr("Methods appendix"), _tr("Language of the appendix:"), choices)
    return LANGUAGES.get(choice) if choice else None


def ask_path(parent: QWidget | None, lang: str) -> str:
    """The .docx file to write ('' when cancelled; tests monkeypatch this)."""
    stem = "metodebilag" if lang == "da" else "methods-appendix"
    path, _ = QFileDialog.getSaveFileName(parent, _tr("Export methods appendix"), start_path(f"{stem}.docx"),
                                          "Word (*.docx)")
    if path and not path.lower().endswith(".docx"):
        path += ".docx"
    return path


def export_appendix(parent: QWidget | None, project) -> ExportResult | None:
    """Ask for language and file and export the appendix; the result, or None when cancelled or refused."""
    lang = ask_language(parent)
    path = ask_path(parent, lang) if lang else ""
    if not path:
        return None
    for acknowledge in (False, True):
        try:
            result = run_in_background(parent, _tr("Writing the methods appendix…"), appendix_job,
                                       project.path, project.coder_name, path, lang, acknowledge)
        except QcodeError as error:
            text = error.message(i18n.current_language())
            if not acknowledge and error.message_id == "anon.leak_warnings" and ask.confirm(
                    parent, _tr("Possible identifying text"), text):
                continue
            ask.inform(parent, _tr("Export blocked"), text)
            return None
        ask.inform(parent, _tr("Methods appendix"), _tr("Wrote the methods appendix to %1").replace(
            "%1", str(result.path)))
        return result
    return None
