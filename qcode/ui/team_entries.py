"""The main window's entries for several coders: which coders' codings the document view shows (View →
Show codings of), merging coders' copies, blind coding and adjudication. A mixin of MainWindow."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from qcode.core.visibility import session_coder_id


class TeamEntries:
    """Mixin for MainWindow: the several-coders menu entries."""

    def _fill_coders(self) -> None:
        """View → Show codings of: every coder (this session may see) in the document, ticked when shown."""
        menu = self.menus["coders"]
        menu.clear()
        if self.workspace is None:
            return
        view = self.workspace.view
        shown = view.coder_filter
        everyone = menu.addAction(QCoreApplication.translate("MainWindow", "All coders"))
        everyone.setCheckable(True)
        everyone.setChecked(shown is None)
        everyone.triggered.connect(lambda: self.set_coder_filter(None))
        mine = session_coder_id(self.project)
        present = view.coders_present()
        if mine is not None and mine not in {i for i, _ in present}:
            present.append((mine, self.project.coder_name))
        menu.addSeparator()
        for coder_id, name in present:
            you = " " + QCoreApplication.translate("MainWindow", "(you)") if coder_id == mine else ""
            action = menu.addAction(name + you)
            action.setCheckable(True)
            action.setChecked(shown is None or coder_id in shown)
            action.setData(coder_id)
            action.toggled.connect(lambda on, c=coder_id: self.toggle_coder(c, on))

    def set_coder_filter(self, coder_ids: set[int] | None) -> None:
        """Show only these coders' codings in the document view (None: all)."""
        if self.workspace is not None:
            self.workspace.view.set_coder_filter(coder_ids)

    def toggle_coder(self, coder_id: int, on: bool) -> None:
        """Show or hide one coder's codings (View → Show codings of)."""
        if self.workspace is None:
            return
        view = self.workspace.view
        everyone = {i for i, _ in view.coders_present()}
        shown = set(view.coder_filter) if view.coder_filter is not None else set(everyone)
        shown = shown | {coder_id} if on else shown - {coder_id}
        self.set_coder_filter(None if everyone <= shown else shown)

    def merge_project(self, paths=None):
        """File → Merge project…: coders' copies into this project, one undo step."""
        if self.workspace is None:
            return None
        from qcode.ui.dialogs import merge_dialog  # noqa: PLC0415 (not needed for the first paint)

        return self._call(merge_dialog.merge_project, self.project, paths)

    def edit_blind(self) -> None:
        """Tools → Blind coding…"""
        if self.workspace is not None:
            from qcode.ui.dialogs import blind_dialog  # noqa: PLC0415 (not needed for the first paint)

            self._call(blind_dialog.edit_blind, self.project)
            self.update_status()

    def open_adjudication(self, coders=None):
        """Tools → Adjudicate disagreements… (over the workspace's ProjectEvents, like the case sheet)."""
        if self.workspace is None:
            return None
        from qcode.ui.dialogs import adjudication_dialog  # noqa: PLC0415 (not needed for the first paint: html, merge)

        return self._call(adjudication_dialog.open_adjudication, self.workspace.events, coders)
