"""Plain-Python change records that every mutating core call returns and announces to listeners.

The GUI's bridge turns them into Qt signals; the CLI ignores them. No Qt here.
"""

from __future__ import annotations

from collections.abc import Callable
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


@dataclass(frozen=True)
class Change:
    """What a core call changed: its kind, the ids touched, and the documents affected."""

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
