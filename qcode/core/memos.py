"""Memos: free text a coder writes about the project, a document, a code or a single coding."""

from __future__ import annotations

from typing import TYPE_CHECKING

from qcode.core import changes
from qcode.core.clock import now
from qcode.core.errors import MemoError
from qcode.core.types import CodeId, CoderId, CodingId, DocumentId, Memo, MemoId

if TYPE_CHECKING:
    from qcode.core.project import Project

_COLUMNS = "id, title, body, document_id, code_id, coding_id, coder_id, created_at, updated_at"


def _row_to_memo(r: tuple) -> Memo:
    return Memo(MemoId(r[0]), r[1], r[2], r[3] and DocumentId(r[3]), r[4] and CodeId(r[4]),
                r[5] and CodingId(r[5]), r[6] and CoderId(r[6]), r[7], r[8])


def add_memo(
    project: Project,
    title: str,
    body: str = "",
    *,
    document_id: DocumentId | None = None,
    code_id: CodeId | None = None,
    coding_id: CodingId | None = None,
) -> MemoId:
    """Write a memo, attached to at most one document, code or coding (or to the project)."""
    with project.transaction():
        stamp = now()
        cursor = project.db.execute(
            f"INSERT INTO memos ({_COLUMNS[4:]}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [title, body, document_id, code_id, coding_id, project.coder_id, stamp, stamp],
        )
        assert cursor.lastrowid is not None  # an INSERT sets it (sqlite3 types it optional)
        project.log("add_memo", "memo", cursor.lastrowid, title=title)
        project.announce(changes.Change(changes.MEMOS, (cursor.lastrowid,)))
    return MemoId(cursor.lastrowid)


def get_memo(project: Project, memo_id: MemoId) -> Memo:
    row = project.db.execute(f"SELECT {_COLUMNS} FROM memos WHERE id = ?", [memo_id]).fetchone()
    if row is None:
        raise MemoError("memo.not_found", id=memo_id)
    return _row_to_memo(row)


def update_memo(project: Project, memo_id: MemoId, *, title: str | None = None,
                body: str | None = None) -> Memo:
    """Change a memo's title and/or body; returns the memo as it was."""
    with project.transaction():
        before = get_memo(project, memo_id)
        project.db.execute(
            "UPDATE memos SET title = ?, body = ?, updated_at = ? WHERE id = ?",
            [before.title if title is None else title, before.body if body is None else body,
             now(), memo_id],
        )
        project.log("update_memo", "memo", memo_id)
        project.announce(changes.Change(changes.MEMOS, (memo_id,)))
    return before


def delete_memo(project: Project, memo_id: MemoId) -> Memo:
    """Delete a memo; returns it for :func:`restore_memo`."""
    with project.transaction():
        memo = get_memo(project, memo_id)
        project.db.execute("DELETE FROM memos WHERE id = ?", [memo_id])
        project.log("delete_memo", "memo", memo_id)
        project.announce(changes.Change(changes.MEMOS, (memo_id,)))
    return memo


def restore_memo(project: Project, memo: Memo) -> None:
    """Put a deleted memo back with its id."""
    with project.transaction():
        project.db.execute(
            f"INSERT INTO memos ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [memo.id, memo.title, memo.body, memo.document_id, memo.code_id, memo.coding_id,
             memo.coder_id, memo.created_at, memo.updated_at],
        )
        project.log("restore_memo", "memo", memo.id)
        project.announce(changes.Change(changes.MEMOS, (memo.id,)))


def list_memos(project: Project, *, document_id: DocumentId | None = None, code_id: CodeId | None = None,
               coding_id: CodingId | None = None) -> list[Memo]:
    """Memos, filtered by what they are attached to (no filter: all)."""
    where, params = [], []
    for column, value in (("document_id", document_id), ("code_id", code_id),
                          ("coding_id", coding_id)):
        if value is not None:
            where.append(f"{column} = ?")
            params.append(value)
    # a memo on a coding this session cannot see (blind coding) is as hidden as the coding; looked up
    # per memo (`IN (SELECT ...)` built a list of every coding's id each time, ~1.5 ms at 10,000)
    where.append("(coding_id IS NULL OR EXISTS "
                 "(SELECT 1 FROM visible_codings v WHERE v.id = memos.coding_id))")
    clause = f"WHERE {' AND '.join(where)}"
    rows = project.conn.execute(f"SELECT {_COLUMNS} FROM memos {clause} ORDER BY updated_at DESC",
                              params).fetchall()
    return [_row_to_memo(r) for r in rows]
