"""Plain-Python change records that every mutating core call announces to the project's listeners.

A core call announces through ``Project.announce``; the listeners hear of it when the call's
outermost transaction commits (never for a rolled-back one). Core calls return what their callers
need (a new id, a snapshot for undo), not the ``Change``. The GUI's bridge turns the records into Qt
signals; the CLI ignores them; a background job's connection collects them so the GUI can announce
them again on its own connection. No Qt here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from qcode.core.types import DocumentId

# Kinds of change; listeners refresh what a kind touches.
DOCUMENTS = "documents"
CODEBOOK = "codebook"
CODINGS = "codings"
CASES = "cases"
MEMOS = "memos"
CODERS = "coders"
ANONYMISATION = "anonymisation"
SETTINGS = "settings"  # a project setting (pseudonym style, seed, …); ids are empty
EXPORTS = "exports"  # the export log; ids are export-log ids


@dataclass(frozen=True)
class Change:
    """What a core call changed: its kind, the ids touched, and the documents affected.

    Empty ``ids`` or ``document_ids`` mean "not known": a listener refreshes all of that kind."""

    kind: str
    ids: tuple[int, ...] = ()
    document_ids: tuple[DocumentId, ...] = ()


Listener = Callable[[Change], None]


class ChangeNotifier:
    """A tiny registry of listeners; a failing listener never undoes a committed change."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def emit(self, change: Change) -> Change:
        for listener in list(self._listeners):
            listener(change)
        return change


def coalesce(changes: Iterable[Change]) -> list[Change]:
    """One change per kind, in the order the kinds first came, touching everything the given ones
    touched: a batch (a background import of many files) is announced once per kind, not once per
    coding. An empty ``ids`` or ``document_ids`` ("not known") in any of them makes the merged one
    empty too."""
    if isinstance(changes, list) and len(changes) == 1:  # one action, as nearly every commit is
        only = changes[0]
        ids_, docs_ = only.ids, only.document_ids
        if (type(ids_) is tuple and type(docs_) is tuple
                and len(set(ids_)) == len(ids_) and len(set(docs_)) == len(docs_)):
            return [only]  # what the loop below would rebuild, field for field
    ids: dict[str, dict[int, None] | None] = {}
    document_ids: dict[str, dict[int, None] | None] = {}
    for change in changes:
        for merged, values in ((ids, change.ids), (document_ids, change.document_ids)):
            known = merged.setdefault(change.kind, {})
            if not values:
                merged[change.kind] = None
            elif known is not None:
                known.update(dict.fromkeys(values))
    return [Change(kind, tuple(ids[kind] or ()), tuple(DocumentId(d) for d in document_ids[kind] or ()))
            for kind in ids]
