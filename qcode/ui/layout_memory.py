"""LayoutMemory: the main window's dock layout across projects and sessions. A project's docks are
rebuilt whenever a project opens; their saved layout is applied once the shown window has laid them
out, and a layout that squeezed the transcript to a sliver (as one saved before this existed could
be) gets the default dock widths back."""

from __future__ import annotations

from PySide6.QtCore import QTimer

from qcode.ui import settings

MIN_TRANSCRIPT = 200  # px; a narrower transcript pane is a broken layout, not a choice


class LayoutMemory:
    """Mixin for MainWindow (which has ``workspace``): restore, save and repair the dock layout."""

    _pending_state = None  # a dock layout to restore once the shown window has laid out

    def restore_layout(self, state) -> None:
        """Apply a saved dock layout (now, or after the next layout pass of a shown window)."""
        if not self.isVisible():
            self.restoreState(state)  # a window not shown yet applies it when it is first shown
            return
        # In a shown window the new docks and transcript get their sizes on the next pass of the event
        # loop; restoring before that measures them unsized (a 70 px transcript between two wide docks,
        # which was then saved). So the restore waits for that pass.
        self._pending_state = state
        QTimer.singleShot(0, self, self._apply_pending_layout)

    def _apply_pending_layout(self) -> None:
        state, self._pending_state = self._pending_state, None
        if state is not None and self.workspace is not None:
            self.restoreState(state)
            self.repair_layout()

    def repair_layout(self) -> None:
        """Give a transcript squeezed to a sliver (a layout saved by an earlier version, or on a larger
        screen) its room back: the transcript is the main thing, never under a quarter of the window."""
        if (self.workspace is not None and self.isVisible() and self.width() >= 4 * MIN_TRANSCRIPT
                and self.centralWidget().width() < max(MIN_TRANSCRIPT + 1, self.width() // 4)):
            self.workspace.default_dock_sizes()

    def save_layout(self) -> None:
        """Remember the geometry and dock layout (a restore still waiting is what is meant)."""
        state, self._pending_state = self._pending_state, None
        settings.save_window_state(self.saveGeometry(), state if state is not None else self.saveState())
