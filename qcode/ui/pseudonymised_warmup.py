"""Readies the pseudonymised view in the background, so that the first Ctrl+Shift+P answers at once.

The first rendering of a project loads the anonymiser's word lists (they bring spaCy: ~2 s) and builds
the register's name pattern (~0.4 s on a project of 500 names). Both are kept process-wide (the modules,
the word lists' caches and ``re``'s cache of compiled patterns), so a rendering on a thread of its own,
with a read-only connection of its own (SQLite connections belong to their thread), leaves the GUI
thread's first rendering only the work that is its own. Nothing is shown or announced from here; a
warm-up that fails leaves the view as it was, only slower on its first use.
"""

from __future__ import annotations

import threading
from pathlib import Path

from qcode.core.project import open_project

WARM_AFTER_MS = 1500  # after the first document is shown: the start-up's own work comes first


def warm_up(path: Path, coder: str, document_id: int | None) -> None:
    """Load what the pseudonymised view needs, and render ``document_id`` once, on this thread."""
    from qcode.anonymise import render  # noqa: PLC0415 (the pseudonymised view only: loaded off the GUI thread)
    from qcode.export import pseudonymiser  # noqa: F401, PLC0415 (the document list's pseudonymised names)

    render.kept_ranges("")  # its word lists load spaCy
    with open_project(path, coder=coder, read_only=True) as own:
        render.load_view(own)  # compiles the register's name pattern
        if document_id is not None:
            render.render_document(own, document_id)


def start_warm_up(path: Path, coder: str, document_id: int | None) -> threading.Thread:
    """:func:`warm_up` on a daemon thread (an exit does not wait for it); returns the thread."""

    def run() -> None:
        try:
            warm_up(path, coder, document_id)
        except Exception:  # noqa: BLE001, S110 (the project closed or moved: the view renders when asked)
            pass

    thread = threading.Thread(target=run, name="qcode-pseudonymised-warm-up", daemon=True)
    thread.start()
    return thread
