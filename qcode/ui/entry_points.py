"""The main window's doors into the other parts of qcode: import, the anonymisation review, the case
sheet, analysis, quote export, REFI-QDA and settings. Each slot calls its dialog's entry function with
the window and the open project (or, for windows that follow changes, the workspace's one
ProjectEvents), and shows a refusal from core. Nothing is re-read afterwards: the views follow every
change, background jobs' included, through ProjectEvents.

Every dialog is imported when it is first opened, not at start-up: none is needed for the first
paint, and together they cost ~0.06 s (the REFI-QDA dialog brings the export package, the
anonymisation review the seal and its cryptography, the settings the anonymiser's pseudonym styles),
more for the quote workbench (~0.1 s, python-docx) and the analysis window (~0.05 s).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from qcode.core.backup import set_backup_options
from qcode.core.errors import QcodeError
from qcode.ui import settings
from qcode.ui.coder_identity import current_coder
from qcode.ui.commands import push


class EntryPoints:
    """Mixin for MainWindow: one slot per menu entry into another part of qcode."""

    def _call(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """``fn(self, *args)``; a core refusal is shown, not raised."""
        try:
            return fn(self, *args, **kwargs)
        except QcodeError as error:
            self.show_error(error)
            return None

    def import_files(self, paths: list[str]) -> None:
        """Run the import dialog (for dropped files, or empty to choose)."""
        from qcode.ui.dialogs import import_dialog  # noqa: PLC0415 (the first paint does not wait for the import dialog)

        if self.workspace is None:
            return
        self._call(import_dialog.run_import, self.project, [Path(p) for p in paths])

    def open_anonymiser(self) -> None:
        """Open the anonymisation review (its decisions go on the window's undo stack)."""
        from qcode.ui.dialogs import anonymise_review  # noqa: PLC0415 (the first paint does not wait for the review, the seal and cryptography)

        if self.workspace is None:
            return
        if self._call(anonymise_review.open_review, self.workspace.events):
            self._reopen_after_seal()

    def _reopen_after_seal(self) -> None:
        """Close and open the sealed project again: every panel then holds only sealed text, so none
        (an open memo editor, a cached passage) can write an original back, and no handle on the
        pre-seal write-ahead log stays open."""
        path = self.project.path
        self.close_project()
        if self.open_path(path):
            self.statusBar().showMessage(QCoreApplication.translate(
                "MainWindow", "Sealed. The project was opened again with the sealed texts."))

    def mark_for_anonymisation(self, kind: str | None = None) -> None:
        """Mark the selected text as a name, age, place or organisation to pseudonymise."""
        from qcode.ui.dialogs import anonymise_review  # noqa: PLC0415 (the first paint does not wait for the review, the seal and cryptography)

        if self.workspace is None:
            return
        view = self.workspace.view
        rng = view.selection_range(snap=True)
        if rng is None or view.document_id is None or view.pseudonymised:
            # say why nothing happens instead of doing nothing
            why = (QCoreApplication.translate(
                "MainWindow", "Turn off the pseudonymised view and select the words to anonymise first.")
                if view.pseudonymised else
                QCoreApplication.translate("MainWindow", "Select the words to anonymise first."))
            self.statusBar().showMessage(why, 6000)
            return
        self._call(anonymise_review.mark_selection, self.project, view.document_id, rng[0], rng[1], kind=kind)

    def open_cases(self) -> None:
        """Open the case sheet: cases, their documents and their attributes."""
        from qcode.ui.dialogs import cases_dialog  # noqa: PLC0415 (the first paint does not wait for the case sheet)

        if self.workspace is None:
            return
        if self.workspace.view.pseudonymised:
            # The sheet edits the stored case names and attribute values: it would show the originals.
            self.statusBar().showMessage(QCoreApplication.translate(
                "MainWindow", "The case sheet shows the stored names: turn off the pseudonymised view to "
                "open it."), 6000)
            return
        self._call(cases_dialog.open_cases, self.workspace.events)

    def open_analysis(self, view: str) -> None:
        """Open an analysis view by name."""
        if self.workspace is None:
            return
        from qcode.ui import analysis  # noqa: PLC0415 (~0.05 s; start-up does not wait for the analysis views)

        self._call(analysis.open_analysis, self.workspace.events, view)

    def open_codebook_history(self) -> None:
        """Open the codebook history (every rename, move, merge, split and delete, with reasons)."""
        if self.workspace is None:
            return
        from qcode.ui.dialogs import codebook_history  # noqa: PLC0415 (~0.1 s: the export package)

        self._call(codebook_history.open_history, self.workspace.events)

    def export_methods_appendix(self) -> None:
        """Export the methods appendix (.docx: codebook, its history, coders, saturation, anonymisation)."""
        if self.workspace is None:
            return
        from qcode.ui.dialogs import appendix_export  # noqa: PLC0415 (python-docx and the export package)

        self._call(appendix_export.export_appendix, self.project)

    def open_coder_comparison(self) -> None:
        """Open the coder-comparison (agreement) tab of the analysis window."""
        self.open_analysis("agreement")

    def open_export(self) -> None:
        """Open the quote export dialog."""
        if self.workspace is None:
            return
        from qcode.ui.dialogs import export_dialog  # noqa: PLC0415 (~0.1 s with python-docx; start-up does not wait for it)

        self._call(export_dialog.open_export, self.workspace.events)

    def export_qdpx(self) -> None:
        """Export the project as a REFI-QDA project (.qdpx)."""
        if self.workspace is None:
            return
        from qcode.ui.dialogs import refi_dialog  # noqa: PLC0415 (the first paint does not wait for REFI-QDA and the export package)

        self._call(refi_dialog.export_qdpx, self.project)

    def import_qdpx(self) -> None:
        """Import a REFI-QDA project (.qdpx) into this project."""
        if self.workspace is None:
            return
        from qcode.ui.dialogs import refi_dialog  # noqa: PLC0415 (the first paint does not wait for REFI-QDA and the export package)

        self._call(refi_dialog.import_qdpx, self.project)

    def edit_settings(self) -> None:
        """Edit → Settings: coder name, language, and the open project's pseudonym style (an undoable
        command) and backups. A new coder name reopens the project (codings take it from there)."""
        from qcode.anonymise import state  # noqa: PLC0415 (settings only: the first paint does not wait for the anonymiser)
        from qcode.ui.commands.anonymise import PseudonymStyleCommand  # noqa: PLC0415 (as above)
        from qcode.ui.dialogs.preferences import PreferencesDialog  # noqa: PLC0415 (as above)

        chosen = PreferencesDialog.ask(self, self.project)
        if chosen is None:
            return
        if chosen.language != settings.language():
            self.set_language(chosen.language)
            key = {"da": "lang_da", "en": "lang_en"}.get(chosen.language, "lang_system")
            self.actions[key].setChecked(True)
        if self.project is not None and self.workspace is not None:
            current = state.settings(self.project)
            if (chosen.person_style, chosen.age_style) != (current.person_style, current.age_style):
                error = push(self.workspace.stack, PseudonymStyleCommand(
                    self.project, chosen.person_style or current.person_style,
                    chosen.age_style or current.age_style))
                if error is not None:
                    self.show_error(error)
            try:
                set_backup_options(self.project, Path(chosen.backup_folder) if chosen.backup_folder
                                   else None, chosen.backup_keep)
            except QcodeError as error:
                self.show_error(error)
        if chosen.coder != current_coder():
            settings.set_coder_name(chosen.coder)
            if self.project is not None:
                # Codings and the change log take the coder from the open project, so reopen it.
                path = self.project.path
                self.close_project()
                self.open_path(path)
        self.update_status()
