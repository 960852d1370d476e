"""Merging other qcode project files (coders' copies) into this one, without duplicating anything.

What is matched with what (documents by their text, codes by path, codings by range and coder, …) is
set out in :mod:`qcode.core.merge_rows`, which makes one pass per file.

A merge only adds: what a coder removed in their copy after an earlier merge stays. Merging the same
copies again adds nothing. Speaker turns of documents we already have, the anonymiser's register, quote
marks, blind-coding settings and adjudications stay as they are here. Everything, from every file, is one
transaction; the result holds what the merge wrote and what it replaced, so the GUI can undo and redo it
with the same ids. The other files are only read.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from qcode.core import changes
from qcode.core.merge_rows import Merger
from qcode.core.merge_source import MergeError, check_sources, read_source
from qcode.core.merge_summary import CodeReview, MergeChoices, MergeResult, MergeSummary
from qcode.core.snapshots import Snapshot, capture, restore
from qcode.core.types import DocumentId

if TYPE_CHECKING:
    from qcode.core.project import Project

# The names the GUI, the CLI and the tests use, in one place: merge.py is the module to call.
__all__ = ["CodeReview", "MergeChoices", "MergeError", "MergeResult", "MergeSummary", "merge_projects",
           "plan_merge", "redo_merge", "undo_merge"]


def plan_merge(project: Project, paths: Sequence[str | Path],
               choices: MergeChoices | None = None) -> MergeResult:
    """What merging ``paths`` would do (nothing is written): the summary and the codes to review."""
    sources = [read_source(p) for p in paths]
    check_sources(project, sources)
    merger = Merger(project, choices or MergeChoices(), dry_run=True)
    for source in sources:
        merger.merge(source)
    merger.result.review = sorted(merger.review.values(), key=lambda r: (r.status, r.path))
    return merger.result


def merge_projects(project: Project, paths: Sequence[str | Path],
                   choices: MergeChoices | None = None) -> MergeResult:
    """Merge other project files into ``project`` in ONE transaction; returns the summary and what undo
    and redo need."""
    sources = [read_source(p) for p in paths]
    check_sources(project, sources)
    merger = Merger(project, choices or MergeChoices(), dry_run=False)
    with project.transaction():
        for source in sources:
            merger.merge(source)
        result = merger.result
        result.review = sorted(merger.review.values(), key=lambda r: (r.status, r.path))
        result.inserted = {k: list(v) for k, v in merger.inserted.items() if v}
        result.document_ids = tuple(sorted(d for d in merger.touched_documents if d > 0))
        _capture_after(project, result)
        s = result.summary
        project.log("merge_projects", "project", None, files=s.files, documents=len(s.documents_new),
                    codes=len(s.codes_new), codings=s.codings_new, extended=s.codings_extended,
                    memos=s.memos_new, cases=len(s.cases_new), coders=s.coders_new)
        _announce(project, result)
    return result


def _capture_after(project: Project, result: MergeResult) -> None:
    """The rows as the merge left them (what redo puts back)."""
    after = Snapshot()
    for table, ids in result.inserted.items():
        if table in ("case_attributes", "document_cases"):
            continue
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            capture(project, table, f"id IN ({', '.join('?' * len(chunk))})", chunk, after)
    for table, rows in result.before.rows.items():
        ids = [r["id"] for r in rows if r["id"] not in result.removed_codings]
        if ids:
            capture(project, table, f"id IN ({', '.join('?' * len(ids))})", ids, after)
    for key in result.inserted.get("case_attributes", []):
        capture(project, "case_attributes", "case_id = ? AND attribute_id = ?", list(key), after)
    for key in result.inserted.get("document_cases", []):
        capture(project, "document_cases", "document_id = ? AND case_id = ?", list(key), after)
    result.after = after


_DELETE_ORDER = ("memos", "codings", "document_cases", "case_attributes", "turns", "attributes", "cases",
                 "documents", "codes")


def undo_merge(project: Project, result: MergeResult) -> None:
    """Take a merge back: what it added goes, what it changed is as it was (same ids)."""
    with project.transaction():
        for table in _DELETE_ORDER:
            for key in reversed(result.inserted.get(table, [])):
                if table == "case_attributes":
                    project.db.execute("DELETE FROM case_attributes WHERE case_id = ? AND attribute_id = ?",
                                       list(key))
                elif table == "document_cases":
                    project.db.execute("DELETE FROM document_cases WHERE document_id = ? AND case_id = ?",
                                       list(key))
                else:
                    project.db.execute(f"DELETE FROM {table} WHERE id = ?", [key])
        for coder in result.inserted_coders:
            project.db.execute("DELETE FROM coders WHERE id = ?", [coder["id"]])
        restore(project, result.before)
        project.log("undo_merge_projects", "project", None, files=result.summary.files)
        _announce(project, result)


def redo_merge(project: Project, result: MergeResult) -> None:
    """Merge again after an undo, with the same ids."""
    with project.transaction():
        for coder in result.inserted_coders:
            project.db.execute("INSERT INTO coders (id, name, colour, created_at) VALUES (?, ?, ?, ?)",
                               [coder["id"], coder["name"], coder["colour"], coder["created_at"]])
        for coding_id in result.removed_codings:
            project.db.execute("DELETE FROM codings WHERE id = ?", [coding_id])
        restore(project, result.after)
        project.log("redo_merge_projects", "project", None, files=result.summary.files)
        _announce(project, result)


def _announce(project: Project, result: MergeResult) -> None:
    docs = tuple(DocumentId(d) for d in result.document_ids)
    for kind in (changes.CODERS, changes.DOCUMENTS, changes.CODEBOOK, changes.CODINGS, changes.CASES,
                 changes.MEMOS):
        project.announce(changes.Change(kind, (), docs if kind != changes.DOCUMENTS else ()))
