"""The analysis window: one non-modal window per main window with a tab per view (frequencies,
co-occurrence, segments, search, query, word frequencies, coder agreement, the lead's overview and the
saturation curve). Views are built when first
shown and refreshed when the project changes, through the workspace's ProjectEvents, and the window
closes with its project."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

from qcode.ui.analysis.agreement_view import AgreementView
from qcode.ui.analysis.cooccurrence_view import CooccurrenceView
from qcode.ui.analysis.frequency_view import FrequencyView
from qcode.ui.analysis.overview_view import OverviewView
from qcode.ui.analysis.retrieval_views import QueryView, SegmentsView
from qcode.ui.analysis.saturation_view import SaturationView
from qcode.ui.analysis.search_view import SearchView
from qcode.ui.analysis.wordfreq_view import WordFrequencyView
from qcode.ui.bridge import ProjectEvents

VIEWS = ("frequencies", "cooccurrence", "segments", "search", "query", "wordfreq", "agreement", "overview",
         "saturation")


def _factories() -> dict[str, Callable]:

    return {"frequencies": FrequencyView, "cooccurrence": CooccurrenceView, "segments": SegmentsView,
            "search": SearchView, "query": QueryView, "wordfreq": WordFrequencyView,
            "agreement": AgreementView, "overview": OverviewView, "saturation": SaturationView}


class AnalysisWindow(QMainWindow):
    """Tabs of analysis views over one project; ``jump_requested`` asks to show a passage."""

    jump_requested = Signal(int, int, int)  # document id, start, end (str offsets)

    def __init__(self, events: ProjectEvents, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("qcode_analysis_window")
        # Closed means gone: the next open_analysis builds a fresh window.
        self.setAttribute(Qt.WA_DeleteOnClose)
        self.events, self.project = events, events.project
        self.setWindowTitle(self.tr("Analysis – %1").replace("%1", self.project.path.stem))
        self.resize(1100, 720)
        self.tabs = QTabWidget(self)
        self.setCentralWidget(self.tabs)
        self.views: dict[str, QWidget] = {}
        self._titles = self._view_titles()
        self._stale: set[str] = set()
        self._timer = QTimer(self, singleShot=True, interval=300)
        self._timer.timeout.connect(self._refresh_current)
        events.any_changed.connect(self._project_changed)
        # a bound method, not a lambda: Qt drops the connection when this window is deleted on close
        events.view_mode_changed.connect(self._view_mode_changed)  # the names shown change
        events.closing.connect(self.close)  # the main window closes the project or opens another
        self.tabs.currentChanged.connect(lambda _i: self._refresh_current())
        parent_jump = getattr(parent, "show_document_range", None)
        if callable(parent_jump):
            self.jump_requested.connect(parent_jump)
        self._parent_stack = getattr(parent, "undo_stack", None)

    def undo_stack(self):
        """The main window's undo stack for edits made here (coding search hits), or None (also once
        the main window shows another project)."""
        if not callable(self._parent_stack) or getattr(self.parent(), "project", None) is not self.project:
            return None
        return self._parent_stack()

    def show_view(self, view: str) -> QWidget:
        """Bring the tab for ``view`` forward, building it on first use."""
        if view not in VIEWS:
            raise ValueError(f"unknown analysis view {view!r}")
        if view not in self.views:
            widget = _factories()[view](self.project, self)
            widget.jump_requested.connect(self.jump_requested)
            self.views[view] = widget
            self.tabs.addTab(widget, self._titles[view])
        self.tabs.setCurrentWidget(self.views[view])
        return self.views[view]

    def _view_mode_changed(self, _pseudonymised: bool) -> None:
        self._project_changed()

    def _project_changed(self) -> None:
        # Every open view is out of date; the visible one refreshes after a short pause so a burst
        # of changes (coding all search hits) costs one refresh.
        self._stale.update(self.views)
        self._timer.start()

    def _refresh_current(self) -> None:
        if self.project.db is None:  # the project was closed under us
            return
        for name, widget in self.views.items():
            if widget is self.tabs.currentWidget() and name in self._stale:
                self._stale.discard(name)
                widget.refresh()

    def _view_titles(self) -> dict[str, str]:
        return {
            "frequencies": self.tr("Frequencies"), "cooccurrence": self.tr("Co-occurrence"),
            "segments": self.tr("Segments"), "search": self.tr("Text search"),
            "query": self.tr("Coding query"), "wordfreq": self.tr("Word frequencies"),
            "agreement": self.tr("Coder agreement"), "overview": self.tr("Overview"),
            "saturation": self.tr("Saturation"),
        }

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.LanguageChange:
            # The window's own texts; the views' buttons and headers follow their own LanguageChange
            # (a view is not rebuilt: one may be counting on a worker thread).
            self.setWindowTitle(self.tr("Analysis – %1").replace("%1", self.project.path.stem))
            self._titles = self._view_titles()
            for name, widget in self.views.items():
                self.tabs.setTabText(self.tabs.indexOf(widget), self._titles[name])
            self._stale.update(self.views)  # tables made in the old language are made again
            self._timer.start()
        super().changeEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802
        self._timer.stop()
        super().closeEvent(event)
