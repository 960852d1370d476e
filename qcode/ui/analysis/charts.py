"""The embedded matplotlib canvas of the analysis charts (Agg via FigureCanvasQTAgg, so it also renders
offscreen); matplotlib itself loads when the first chart is drawn."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def chart_canvas(parent: QWidget):
    """A matplotlib figure canvas for Qt (imported lazily: matplotlib costs ~0.3 s to import)."""
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg  # noqa: PLC0415 (matplotlib costs ~0.3-2 s; loaded when a chart is first drawn)
    from matplotlib.figure import Figure  # noqa: PLC0415 (matplotlib costs ~0.3-2 s; loaded when a chart is first drawn)

    canvas = FigureCanvasQTAgg(Figure(figsize=(6, 4), layout="constrained"))
    canvas.setParent(parent)
    return canvas
