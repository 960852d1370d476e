"""REFI-QDA exchange from the menu: export the project as .qdpx (optionally pseudonymised) and import
a .qdpx/.qde from NVivo, MAXQDA, ATLAS.ti or another qcode.

Export runs off the GUI thread on its own connection (it only reads, plus the export log); import
reads the file off the GUI thread and stores it on the GUI thread in one transaction, so the
project's change records reach the open views. The questions are module functions that tests
monkeypatch. No SQL here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from qcode.core.errors import QcodeError, ui_language
from qcode.core.project import Project
from qcode.export.refi import RefiExportResult
from qcode.export.refi import export_qdpx as export
from qcode.io.refi_import import RefiImportResult, read_refi, store_reading
from qcode.ui.dialogs import ask
from qcode.ui.start_folder import start_path
from qcode.ui.workers import run_in_background


def _tr(text: str) -> str:
    return QCoreApplication.translate("RefiDialog", text)


def choose_export_path(parent: QWidget | None, project: Project) -> Path | None:
    """Where to write the .qdpx; None when cancelled."""
    suggested = str(project.path.with_suffix(".qdpx"))
    name, _ = QFileDialog.getSaveFileName(parent, _tr("Export REFI-QDA project"), suggested,
                                          f"{_tr('REFI-QDA project')} (*.qdpx)")
    if not name:
        return None
    return Path(name) if name.lower().endswith(".qdpx") else Path(name + ".qdpx")


def choose_import_path(parent: QWidget | None) -> Path | None:
    """The .qdpx/.qde to import; None when cancelled."""
    name, _ = QFileDialog.getOpenFileName(
        parent, _tr("Import REFI-QDA project"), start_path(),
        f"{_tr('REFI-QDA project')} (*.qdpx *.qde);;{_tr('All files')} (*)")
    return Path(name) if name else None


def ask_anonymised(parent: QWidget | None) -> bool | None:
    """Pseudonymised (True), as stored (False), or cancelled (None)."""
    box = QMessageBox(QMessageBox.Question, _tr("Export REFI-QDA project"), _tr(
        "Export the texts and names pseudonymised? A pseudonymised export is leak-checked before "
        "it is written."), QMessageBox.NoButton, parent)
    anonymised = box.addButton(_tr("Pseudonymised"), QMessageBox.AcceptRole)
    plain = box.addButton(_tr("As stored"), QMessageBox.DestructiveRole)
    box.addButton(QMessageBox.Cancel)
    box.setDefaultButton(anonymised)
    box.exec()
    clicked = box.clickedButton()
    return True if clicked is anonymised else False if clicked is plain else None


def _export_job(project: Project, path: Path, anonymised: bool, acknowledge: bool, progress,
                cancelled) -> RefiExportResult | None:
    """The export on a worker thread, on the worker's own connection to the project."""
    progress(0, 1, path.name)
    if cancelled():
        return None
    result = export(project, path, anonymised=anonymised, acknowledge_warnings=acknowledge)
    progress(1, 1, path.name)
    return result


def export_qdpx(parent: QWidget | None, project: Project, path: Path | None = None,
                anonymised: bool | None = None) -> RefiExportResult | None:
    """Ask where and how, export the project as .qdpx, and say what was written."""
    path = path or choose_export_path(parent, project)
    if path is None:
        return None
    anonymised = ask_anonymised(parent) if anonymised is None else anonymised
    if anonymised is None:
        return None
    for acknowledge in (False, True):
        try:
            result = run_in_background(parent, _tr("Exporting REFI-QDA project"), _export_job, path,
                                       anonymised, acknowledge, project=project)
        except QcodeError as error:
            if not acknowledge and error.message_id == "anon.leak_warnings" and ask.confirm(
                    parent, _tr("Possible identifying text"), error.message(ui_language())):
                continue
            ask.inform(parent, _tr("Export blocked"), error.message(ui_language()))
            return None
        if result is not None:
            ask.inform(parent, _tr("Export REFI-QDA project"), _tr(
                "Wrote {path}: {documents} documents, {codes} codes, {codings} codings.").format(
                path=result.path, documents=result.documents, codes=result.codes,
                codings=result.codings))
        return result
    return None


def import_qdpx(parent: QWidget | None, project: Project,
                path: Path | None = None) -> RefiImportResult | None:
    """Ask for a .qdpx/.qde, read it in the background, add it to the project, show the summary."""
    path = path or choose_import_path(parent)
    if path is None:
        return None
    try:
        reading = run_in_background(parent, _tr("Reading REFI-QDA project"), read_refi, path)
        if reading is None:  # cancelled
            return None
        result = store_reading(project, reading)
    except QcodeError as error:
        ask.inform(parent, _tr("Import REFI-QDA project"), error.message(ui_language()))
        return None
    ask.inform(parent, _tr("Import REFI-QDA project"), "\n".join(result.summary(ui_language())))
    return result
