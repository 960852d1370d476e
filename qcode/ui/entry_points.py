"""The main window's doors into the other parts of qcode (import, anonymisation, analysis, export,
REFI-QDA, settings). Each part is imported lazily in its slot, so a build without it still starts
and says so in a friendly way."""

from __future__ import annotations

import importlib
import importlib.util
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from qcode.core.errors import QcodeError
from qcode.ui.coder_identity import change_coder_name
from qcode.ui.dialogs import ask

# The strings belong to the main window's context: tr() on a MainWindow looks them up there, while
# lupdate would file self.tr() calls in this mixin under "EntryPoints".
translate = QCoreApplication.translate


class EntryPoints:
    """Mixin for MainWindow: slots that call ``module.function(self, project, …)``."""

    def _not_available(self) -> None:
        ask.inform(self, translate("MainWindow", "Not available yet"),
                   translate("MainWindow", "This part of qcode is not installed in this build yet."))

    def _external(self, module: str, function: str, *args, **kwargs):
        """Call ``module.function(self, project, *args)``; a friendly note if it is not built yet."""
        if self.project is None:
            return None
        try:
            fn = getattr(importlib.import_module(module), function)
        except (ModuleNotFoundError, AttributeError) as error:
            if isinstance(error, ModuleNotFoundError) and error.name and not module.startswith(error.name):
                raise  # a real missing dependency inside the module, not a missing module
            self._not_available()
            return None
        try:
            return fn(self, self.project, *args, **kwargs)
        except QcodeError as error:
            self.show_error(error)
            return None
        finally:
            self.refresh()

    def refresh(self) -> None:
        """Re-read everything shown (after work that may have used its own connection)."""
        if self.workspace is not None:
            self.workspace.refresh_all()
            self.update_status()

    def import_files(self, paths: list[str]) -> None:
        """Run the import dialog (for dropped files, or empty to choose)."""
        self._external("qcode.ui.dialogs.import_dialog", "run_import", [Path(p) for p in paths])

    def open_anonymiser(self) -> None:
        """Open the anonymisation review."""
        sealed = self._external("qcode.ui.dialogs.anonymise_review", "open_review")
        if sealed and self.workspace is not None:
            # Sealing rewrote every text: undoing an earlier step would use offsets of the old texts.
            self.workspace.stack.clear()

    def mark_for_anonymisation(self, kind: str | None = None) -> None:
        """Mark the selected text as a name, age, place or organisation to pseudonymise."""
        if self.workspace is None:
            return
        view = self.workspace.view
        rng = view.selection_range(snap=True)
        if rng is None or view.document_id is None or view.pseudonymised:
            return
        self._external("qcode.ui.dialogs.anonymise_review", "mark_selection", view.document_id,
                       rng[0], rng[1], kind=kind)

    def open_cases(self) -> None:
        """Open the case sheet: cases, their documents and their attributes."""
        self._external("qcode.ui.dialogs.cases_dialog", "open_cases")

    def open_analysis(self, view: str) -> None:
        """Open an analysis view by name."""
        self._external("qcode.ui.analysis", "open_analysis", view)

    def open_coder_comparison(self) -> None:
        """Open the coder-comparison (agreement) tab of the analysis window."""
        if importlib.util.find_spec("qcode.ui.analysis.agreement_view") is None:
            self._not_available()
            return
        self.open_analysis("agreement")

    def open_export(self) -> None:
        """Open the quote export dialog."""
        self._external("qcode.ui.dialogs.export_dialog", "open_export")

    def export_qdpx(self) -> None:
        """Export the project as a REFI-QDA project (.qdpx)."""
        self._external("qcode.ui.dialogs.refi_dialog", "export_qdpx")

    def import_qdpx(self) -> None:
        """Import a REFI-QDA project (.qdpx) into this project."""
        self._external("qcode.ui.dialogs.refi_dialog", "import_qdpx")

    def edit_settings(self) -> None:
        """Edit → Settings: change the coder name; an open project is reopened under the new name."""

        if change_coder_name(self) is None:
            self.update_status()
            return
        if self.project is not None:
            # Codings and the change log take the coder from the open project, so reopen it.
            path = self.project.path
            self.close_project()
            self.open_path(path)
        self.update_status()
