"""The analysis views (PySide6, no SQL). The main window's Analysis menu calls :func:`open_analysis`."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from qcode.ui.analysis.window import AnalysisWindow
from qcode.ui.bridge import ProjectEvents
from qcode.ui.window_fit import fit_to_screen

VIEWS = ("frequencies", "cooccurrence", "segments", "search", "query", "wordfreq", "agreement", "overview",
         "saturation")


def open_analysis(parent: QWidget | None, events: ProjectEvents, view: str):
    """Show ``view`` in the parent's analysis window over ``events.project`` (created on first use, one
    per parent) and return the view. A double-clicked segment calls ``parent.show_document_range(doc_id,
    start, end)`` when the parent has it; the window's ``jump_requested`` signal carries the same for
    anyone else."""
    window = parent.findChild(AnalysisWindow, "qcode_analysis_window") if parent is not None else None
    if window is not None and window.events is not events:
        window.close()
        window.deleteLater()
        window = None
    created = window is None
    if window is None:
        window = AnalysisWindow(events, parent)
    widget = window.show_view(view)
    window.show()
    if created:  # placed by the window manager: keep it on the screen (a small or scaled one too)
        fit_to_screen(window)
    window.raise_()
    return widget
