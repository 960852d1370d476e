"""What the analysis window shows while the pseudonymised view is on: tables and passage lists with
documents as "Dokument N", cases by their pseudonyms and passages rendered from the pseudonymised text,
as the exports give them. The keys behind every cell stay the same ids, so drill-down and jumping to the
text still work. A model finds the window's ProjectEvents through its parents (the analysis window holds
them), so the views do not have to pass the view mode around."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject

from qcode.analysis.table import Table
from qcode.export.pseudonymiser import Pseudonymiser
from qcode.export.report_tables import pseudonymised_display_table
from qcode.ui.bridge import ProjectEvents


def _events_of(model: QObject) -> ProjectEvents | None:
    widget: QObject | None = model
    while widget is not None:
        events = getattr(widget, "events", None)
        if isinstance(events, ProjectEvents):
            return events
        widget = widget.parent()
    return None


def pseudonymised_on(model: QObject) -> ProjectEvents | None:
    """The window's ProjectEvents when the pseudonymised view is on, else None."""
    events = _events_of(model)
    return events if events is not None and events.pseudonymised else None


def shown_table(model: QObject, table: Table) -> Table:
    """``table`` as the view mode shows it."""
    events = pseudonymised_on(model)
    return table if events is None else pseudonymised_display_table(events.project, table)


def shown_segments(model: QObject, segments: Sequence[Any]) -> list[Any]:
    """Passages (report segments, agreement checks) as the view mode shows them."""
    events = pseudonymised_on(model)
    if events is None:
        return list(segments)
    pseudo = Pseudonymiser(events.project)
    out = []
    for s in segments:
        changes: dict[str, Any] = {"document_name": pseudo.document_label(s.document_id),
                                   "text": pseudo.span(s.document_id, s.start, s.end)}
        if getattr(s, "speaker", ""):
            changes["speaker"] = pseudo.text(s.speaker)
        if getattr(s, "context", "") and s.context_start is not None and s.context_end is not None:
            changes["context"] = pseudo.span(s.document_id, s.context_start, s.context_end)
        out.append(replace(s, **changes))
    return out
