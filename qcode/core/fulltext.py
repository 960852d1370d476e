"""Full-text search over the documents with SQLite FTS5 (table ``documents_fts``, migration 0004), and
coding a reviewed list of search hits in one transaction.

FTS5 narrows the documents quickly; exact hit offsets and KWIC context are found in Python by
:mod:`qcode.analysis.search`, because FTS5 reports tokens, not code-point offsets.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from qcode.core.coding_edits import add_codings
from qcode.core.errors import QcodeError, register_messages
from qcode.core.types import CodeId, CoderId, CodingId, DocumentId

if TYPE_CHECKING:
    from qcode.core.project import Project

register_messages({
    "search.bad_query": ("The search '{query}' cannot be run: {detail}",
                         "Søgningen '{query}' kan ikke udføres: {detail}"),
})


class SearchError(QcodeError):
    """A full-text search could not be run."""


def fts_term(word: str, prefix: bool = False) -> str:
    """One word as an FTS5 string literal (quoted so words like AND/NOT are not operators)."""
    return '"' + word.replace('"', '""') + '"' + ("*" if prefix else "")


def matching_documents(project: Project, fts_query: str) -> list[tuple[DocumentId, str, str]]:
    """(id, name, text) of the documents matching an FTS5 query, by name."""
    try:
        return project.db.execute(
            "SELECT d.id, d.name, d.text FROM documents_fts f JOIN documents d ON d.id = f.rowid "
            "WHERE documents_fts MATCH ? ORDER BY d.name", [fts_query]
        ).fetchall()
    except sqlite3.OperationalError as error:
        raise SearchError("search.bad_query", query=fts_query, detail=str(error)) from None


def rebuild_index(project: Project) -> None:
    """Rebuild the full-text index from the documents (repair; the triggers keep it current)."""
    with project.transaction():
        project.db.execute("INSERT INTO documents_fts (documents_fts) VALUES ('rebuild')")


def code_ranges(
    project: Project, code_id: CodeId, ranges: Iterable[tuple[DocumentId, int, int]],
    coder_id: CoderId | None = None
) -> list[CodingId]:
    """Code every (document_id, start, end) with ``code_id`` in one transaction; returns coding ids."""

    return [result.coding_id for result, _created in add_codings(project, code_id, ranges, coder_id)]


def document_ids_by_name(project: Project, names: Sequence[str]) -> list[DocumentId]:
    """Ids of the named documents (unknown names are ignored)."""
    if not names:
        return []
    marks = ", ".join("?" * len(names))
    rows = project.db.execute(f"SELECT id FROM documents WHERE name IN ({marks})", list(names))
    return [DocumentId(r[0]) for r in rows]
