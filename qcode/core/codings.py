"""Codings: a code applied by a coder to a range of a document's canonical text.

Offsets are code-point offsets, end exclusive. As in NVivo and MAXQDA, coding a range that overlaps
or touches a coding of the *same* code by the *same* coder extends that coding instead of stacking a
second one; the result says which codings were absorbed so the action can be undone exactly.
"""

from __future__ import annotations

import sqlite3
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from qcode.core import changes
from qcode.core.clock import now
from qcode.core.codebook import descendant_ids, get_code
from qcode.core.errors import CodingError, DocumentError
from qcode.core.types import CodeId, CoderId, Coding, CodingId, DocumentId

if TYPE_CHECKING:
    from qcode.core.project import Project

_COLUMNS = 'id, document_id, code_id, start, "end", coder_id, created_at, updated_at, memo'


def _row_to_coding(row: tuple) -> Coding:
    return Coding(CodingId(row[0]), DocumentId(row[1]), CodeId(row[2]), row[3], row[4],
                  CoderId(row[5]), row[6], row[7], row[8])


@dataclass(frozen=True)
class CodingResult:
    """What :func:`add_coding` did: the coding that now covers the range, and what it absorbed."""

    coding_id: CodingId
    absorbed: tuple[Coding, ...] = ()
    created: bool = True


_TOUCHING = (f'SELECT {_COLUMNS} FROM codings INDEXED BY idx_codings_code_cover WHERE code_id = ? '
             'AND document_id = ? AND coder_id = ? AND start <= ? AND "end" >= ? AND start >= ? - ('
             'SELECT "end" - start FROM codings INDEXED BY idx_codings_length WHERE code_id = ? '
             'AND document_id = ? AND coder_id = ? ORDER BY "end" - start DESC LIMIT 1) ORDER BY start, id')
# a file before version 13 (an older copy being merged, a test building one) has no index of lengths
_TOUCHING_UNINDEXED = (f'SELECT {_COLUMNS} FROM codings WHERE document_id = ? AND code_id = ? '
                       'AND coder_id = ? AND start <= ? AND "end" >= ? ORDER BY start, id')


def _touching_rows(project: Project, document_id: DocumentId, code_id: CodeId, coder_id: CoderId,
                   start: int, end: int) -> list[tuple]:
    """The codings of the code by the coder that ``[start, end)`` overlaps or touches. None is longer
    than the code's longest (migration 13's index gives it in one step), so only codings starting in
    ``[start - longest, end]`` are read: the range's neighbourhood, however many codings the document
    holds before or after it (reading by end, version 11, read every coding ending after ``start``)."""
    try:
        return project.db.conn.execute(_TOUCHING, [code_id, document_id, coder_id, end, start, start,
                                                   code_id, document_id, coder_id]).fetchall()
    except sqlite3.OperationalError as error:
        if "no such index" not in str(error):
            raise
        return project.db.conn.execute(_TOUCHING_UNINDEXED,
                                       [document_id, code_id, coder_id, end, start]).fetchall()


def document_length(project: Project, document_id: DocumentId) -> int:
    """The length of a document's text as stored (from ``document_digests``, so SQLite does not count
    the characters of the whole text; ``length(text)`` only for a document without a digest)."""
    row = project.db.execute("SELECT length FROM document_digests WHERE document_id = ?",
                             [document_id]).fetchone()
    if row is None:
        row = project.db.execute("SELECT length(text) FROM documents WHERE id = ?", [document_id]).fetchone()
        if row is None:
            raise DocumentError("document.not_found", name=f"#{document_id}")
    return int(row[0])


def _check_range(start: int, end: int, length: int) -> None:
    if not (0 <= start < end <= length):
        raise CodingError("coding.bad_range", start=start, end=end, length=length)


_CODE_AND_LENGTH = ("SELECT EXISTS (SELECT 1 FROM codes WHERE id = ?), "
                    "(SELECT length FROM document_digests WHERE document_id = ?)")


def _check_code_and_range(project: Project, document_id: DocumentId, code_id: CodeId, start: int,
                          end: int) -> None:
    """:func:`get_code`'s and :func:`document_length`'s checks, in that order, asked in one statement
    (a single coding action is mostly these few statements and its commit)."""
    known, length = project.conn.execute(_CODE_AND_LENGTH, [code_id, document_id]).fetchone()
    if not known:
        get_code(project, code_id)  # raises the error it always raised
    _check_range(start, end, document_length(project, document_id) if length is None else length)


def add_coding(
    project: Project,
    document_id: DocumentId,
    code_id: CodeId,
    start: int,
    end: int,
    coder_id: CoderId | None = None,
    memo: str = "",
) -> CodingResult:
    """Code ``[start, end)`` of a document with a code, merging with touching same-code codings."""
    with project.transaction():
        coder_id = project.coder_id if coder_id is None else coder_id
        _check_code_and_range(project, document_id, code_id, start, end)
        result, _created, log = _merge_insert(project, document_id, code_id, start, end, coder_id, memo,
                                              now())
        if log is not None:
            project.log("add_coding", "coding", result.coding_id, **log)
            project.announce(changes.Change(changes.CODINGS, (result.coding_id,), (document_id,)))
    return result


_Merged = tuple[CodingResult, "Coding | None", "dict | None"]


class _Spans:
    """One document's codings of one code by one coder, sorted by start, kept in step with the table
    during a batch, so each range finds the codings it touches without asking SQLite (which scans every
    earlier coding of the code in the document for ``start <= end``)."""

    def __init__(self, codings: list[Coding]):
        self.codings = sorted(codings, key=lambda c: (c.start, c.id))
        self.keys = [(c.start, c.id) for c in self.codings]
        # no coding is longer than this, so one that ends at or after ``start`` starts after start - longest
        self.longest = max((c.end - c.start for c in codings), default=0)

    def touching(self, start: int, end: int) -> list[Coding]:
        low = bisect_left(self.keys, (start - self.longest, -1))
        high = bisect_right(self.keys, (end, float("inf")))
        return [c for c in self.codings[low:high] if c.end >= start]

    def replace(self, gone: Iterable[Coding], new: Coding) -> None:
        for c in gone:
            i = bisect_left(self.keys, (c.start, c.id))
            del self.codings[i], self.keys[i]
        i = bisect_left(self.keys, (new.start, new.id))
        self.codings.insert(i, new)
        self.keys.insert(i, (new.start, new.id))
        self.longest = max(self.longest, new.end - new.start)


def _spans(project: Project, document_id: DocumentId, code_id: CodeId, coder_id: CoderId) -> _Spans:
    return _Spans([_row_to_coding(r) for r in project.db.execute(
        f"SELECT {_COLUMNS} FROM codings WHERE document_id = ? AND code_id = ? AND coder_id = ?",
        [document_id, code_id, coder_id])])


def _merge_insert(project: Project, document_id: DocumentId, code_id: CodeId, start: int, end: int,
                  coder_id: CoderId, memo: str, stamp: str, spans: _Spans | None = None) -> _Merged:
    """The body of :func:`add_coding` (inside the caller's transaction, range checked): the result,
    the coding made (None when an existing one already covers the range) and the change-log details.

    :param spans: this document's codings of the code by the coder, when a batch keeps them at hand.
    """
    if spans is not None:
        touching = spans.touching(start, end)
    else:
        touching = [_row_to_coding(r) for r in _touching_rows(project, document_id, code_id, coder_id,
                                                              start, end)]
    if touching:
        for c in touching:
            if c.start <= start and c.end >= end:
                return CodingResult(c.id, created=False), None, None
        start = min(start, *(c.start for c in touching))
        end = max(end, *(c.end for c in touching))
        memo = "\n".join(m for m in [*(c.memo for c in touching), memo] if m)
        for coding in touching:
            project.conn.execute("DELETE FROM codings WHERE id = ?", [coding.id])
    cursor = project.conn.execute(
        'INSERT INTO codings (document_id, code_id, start, "end", coder_id, created_at, '
        "updated_at, memo) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [document_id, code_id, start, end, coder_id, stamp, stamp, memo],
    )
    assert cursor.lastrowid is not None  # an INSERT sets it (sqlite3 types it optional)
    coding_id = CodingId(cursor.lastrowid)
    created = Coding(coding_id, document_id, code_id, start, end, coder_id, stamp, stamp, memo)
    if spans is not None:
        spans.replace(touching, created)
    log = {"document_id": document_id, "code_id": code_id, "start": start, "end": end,
           "absorbed": [c.id for c in touching]}
    return CodingResult(coding_id, tuple(touching)), created, log


def add_codings_batch(project: Project, code_id: CodeId, ranges: Iterable[tuple[DocumentId, int, int]],
                      coder_id: CoderId | None = None) -> list[tuple[CodingResult, Coding | None]]:
    """Code every (document_id, start, end) with one code in one transaction, as :func:`add_coding`
    would one by one (a later range may merge with an earlier one), but checking the code once, each
    document's length once, and writing the change log with one statement."""
    done: list[tuple[CodingResult, Coding | None]] = []
    with project.transaction():
        coder = project.coder_id if coder_id is None else coder_id
        get_code(project, code_id)
        lengths: dict[DocumentId, int] = {}
        logs: list[tuple[int, dict]] = []
        touched: dict[DocumentId, list[CodingId]] = {}
        spans: dict[DocumentId, _Spans] = {}
        stamp = now()
        for document_id, start, end in ranges:
            if document_id not in lengths:
                lengths[document_id] = document_length(project, document_id)
                spans[document_id] = _spans(project, document_id, code_id, coder)
            _check_range(start, end, lengths[document_id])
            result, created, log = _merge_insert(project, document_id, code_id, start, end, coder, "", stamp,
                                                 spans[document_id])
            done.append((result, created))
            if log is not None:
                logs.append((result.coding_id, log))
                touched.setdefault(document_id, []).append(result.coding_id)
        project.log_many("add_coding", "coding", logs)
        for document_id, ids in touched.items():
            project.announce(changes.Change(changes.CODINGS, tuple(ids), (document_id,)))
    return done


def get_coding(project: Project, coding_id: CodingId) -> Coding:
    """One coding by id."""
    row = project.db.execute(f"SELECT {_COLUMNS} FROM visible_codings WHERE id = ?", [coding_id]).fetchone()
    if row is None:
        raise CodingError("coding.not_found", id=coding_id)
    return _row_to_coding(row)


def remove_coding(project: Project, coding_id: CodingId) -> Coding:
    """Remove a coding; returns it so :func:`restore_codings` can bring it back with its id."""
    with project.transaction():
        coding = get_coding(project, coding_id)
        project.db.execute("DELETE FROM codings WHERE id = ?", [coding_id])
        project.log("remove_coding", "coding", coding_id, document_id=coding.document_id,
                    code_id=coding.code_id, start=coding.start, end=coding.end)
        project.announce(changes.Change(changes.CODINGS, (coding_id,), (coding.document_id,)))
    return coding


def restore_codings(project: Project, codings: tuple[Coding, ...] | list[Coding]) -> None:
    """Re-insert removed codings with their original ids (undo)."""
    with project.transaction():
        for c in codings:
            project.db.execute(
                f"INSERT INTO codings ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [c.id, c.document_id, c.code_id, c.start, c.end, c.coder_id, c.created_at,
                 c.updated_at, c.memo],
            )
        project.log("restore_codings", "coding", None, ids=[c.id for c in codings])
        for document_id in {c.document_id for c in codings}:
            ids = tuple(c.id for c in codings if c.document_id == document_id)
            project.announce(changes.Change(changes.CODINGS, ids, (document_id,)))


def undo_add_coding(project: Project, result: CodingResult) -> None:
    """Reverse :func:`add_coding`: drop the new coding and restore what it absorbed."""
    with project.transaction():
        if result.created:
            remove_coding(project, result.coding_id)
        restore_codings(project, result.absorbed)


def set_coding_memo(project: Project, coding_id: CodingId, memo: str) -> str:
    """Set the memo of one coding; returns the old memo."""
    with project.transaction():
        coding = get_coding(project, coding_id)
        project.db.execute("UPDATE codings SET memo = ?, updated_at = ? WHERE id = ?",
                           [memo, now(), coding_id])
        project.log("set_coding_memo", "coding", coding_id)
        project.announce(changes.Change(changes.CODINGS, (coding_id,), (coding.document_id,)))
    return coding.memo


def codings_with_memos(project: Project) -> list[Coding]:
    """Every coding that has a memo, in document order."""
    rows = project.db.execute(
        f"SELECT {_COLUMNS} FROM visible_codings WHERE memo != '' ORDER BY document_id, start, id").fetchall()
    return [_row_to_coding(r) for r in rows]


def resize_coding(project: Project, coding_id: CodingId, start: int, end: int) -> tuple[int, int]:
    """Move a coding's edges; returns the old (start, end)."""
    with project.transaction():
        coding = get_coding(project, coding_id)
        _check_range(start, end, document_length(project, coding.document_id))
        project.db.execute('UPDATE codings SET start = ?, "end" = ?, updated_at = ? WHERE id = ?',
                           [start, end, now(), coding_id])
        project.log("resize_coding", "coding", coding_id, start=start, end=end)
        project.announce(changes.Change(changes.CODINGS, (coding_id,), (coding.document_id,)))
    return coding.start, coding.end


def codings_for_document(project: Project, document_id: DocumentId) -> list[Coding]:
    """All codings of a document, by start."""
    rows = project.conn.execute(
        f'SELECT {_COLUMNS} FROM visible_codings WHERE document_id = ? ORDER BY start, "end", id',
        [document_id],
    ).fetchall()
    return [_row_to_coding(r) for r in rows]


def codings_for_code(project: Project, code_id: CodeId, *, include_children: bool = False) -> list[Coding]:
    """All codings of a code (optionally with its sub-codes), by document and start."""

    ids = descendant_ids(project, code_id) if include_children else [code_id]
    marks = ",".join("?" for _ in ids)
    rows = project.db.execute(
        f"SELECT {_COLUMNS} FROM visible_codings WHERE code_id IN ({marks}) ORDER BY document_id, start", ids
    ).fetchall()
    return [_row_to_coding(r) for r in rows]


def coding_counts(project: Project) -> dict[CodeId, int]:
    """Number of codings per code id (codes without codings are absent)."""
    rows = project.conn.execute("SELECT code_id, count(*) FROM visible_codings GROUP BY code_id").fetchall()
    return {CodeId(r[0]): r[1] for r in rows}


def code_statistics(project: Project) -> dict[CodeId, tuple[int, int, int]]:
    """Per code id: (codings, documents, coded characters); codes without codings are absent."""
    rows = project.db.execute(
        'SELECT code_id, count(*), count(DISTINCT document_id), sum("end" - start) '
        "FROM visible_codings GROUP BY code_id"
    ).fetchall()
    return {CodeId(r[0]): (r[1], r[2], r[3]) for r in rows}
