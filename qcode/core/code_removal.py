"""Removing codes, restorably: deleting a code with its sub-codes and codings, merging one code into
another (its codings and sub-codes move over, duplicates collapse), and putting either back from the
snapshot it returned. Each is one transaction, in the codebook history, and announced as a CODEBOOK and a
CODINGS change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from qcode.core import changes, codebook_log
from qcode.core.codebook import _COLUMNS, _renumber, _row_to_code, children, descendant_ids, get_code
from qcode.core.errors import CodebookError
from qcode.core.snapshots import Snapshot, capture, restore
from qcode.core.types import Code, CodeId, DocumentId

if TYPE_CHECKING:
    from qcode.core.project import Project


def _capture_subtrees(project: Project, code_ids: list[CodeId]) -> Snapshot:
    snapshot = Snapshot()
    ids: list[CodeId] = []
    for code_id in code_ids:
        ids.extend(descendant_ids(project, code_id))
    marks = ",".join("?" for _ in ids)
    # Depth order keeps parents before children when the rows are restored.
    for code_id in ids:
        capture(project, "codes", "id = ?", [code_id], snapshot)
    capture(project, "codings", f"code_id IN ({marks})", ids, snapshot)
    capture(
        project, "memos",
        f"code_id IN ({marks}) OR coding_id IN (SELECT id FROM codings WHERE code_id IN ({marks}))",
        ids + ids, snapshot,
    )
    return snapshot


def _affected_documents(snapshot: Snapshot) -> tuple[DocumentId, ...]:
    return tuple(sorted({row["document_id"] for row in snapshot.rows.get("codings", [])}))


def delete_code(project: Project, code_id: CodeId, reason: str = "") -> Snapshot:
    """Delete a code, its sub-codes and all their codings; returns what :func:`restore_codes` needs."""
    with project.transaction():
        code = get_code(project, code_id)
        snapshot = _capture_subtrees(project, [code_id])
        state = codebook_log.before(project, [code_id])
        project.db.execute("DELETE FROM codes WHERE id = ?", [code_id])
        _renumber(project, code.parent_id)
        codebook_log.record(project, "delete_code", code_id, state, reason, name=code.name,
                            codings=len(snapshot.rows.get("codings", [])))
        project.announce(changes.Change(changes.CODEBOOK, tuple(snapshot.ids("codes"))))
        project.announce(
            changes.Change(changes.CODINGS, tuple(snapshot.ids("codings")), _affected_documents(snapshot))
        )
    return snapshot


def restore_codes(project: Project, snapshot: Snapshot) -> None:
    """Put codes, codings and memos back exactly as captured (undo of delete or merge)."""
    with project.transaction():
        code_ids = snapshot.ids("codes")
        coding_ids = snapshot.ids("codings")
        if coding_ids:
            marks = ",".join("?" for _ in coding_ids)
            # Codings that a merge moved or deduplicated are re-created from the snapshot.
            project.db.execute(f"DELETE FROM codings WHERE id IN ({marks})", coding_ids)
        restore(project, snapshot)
        for row in snapshot.rows.get("codes", []):
            _renumber(project, row["parent_id"])
        project.log("restore_codes", "code", code_ids[0] if code_ids else None, codes=code_ids)
        project.announce(changes.Change(changes.CODEBOOK, tuple(code_ids)))
        project.announce(changes.Change(changes.CODINGS, tuple(coding_ids), _affected_documents(snapshot)))


def merge_codes(project: Project, source_id: CodeId, target_id: CodeId, reason: str = "") -> Snapshot:
    """Merge ``source`` into ``target``: its codings and sub-codes move over, duplicates collapse,
    and ``source`` is deleted. Returns a snapshot that :func:`restore_codes` undoes it with."""
    with project.transaction():
        source = get_code(project, source_id)
        target = get_code(project, target_id)
        if target_id in descendant_ids(project, source_id):
            raise CodebookError("code.merge_into_itself", name=source.name)
        snapshot = _capture_subtrees(project, [source_id, target_id])
        state = codebook_log.before(project, [source_id, target_id])
        _merge_into(project, source, target)
        codebook_log.record(project, "merge_codes", target_id, state, reason, roots_after=[target_id],
                            source=source_id, source_name=source.name, target_name=target.name)
        project.announce(changes.Change(changes.CODEBOOK, (source_id, target_id)))
        project.announce(
            changes.Change(changes.CODINGS, tuple(snapshot.ids("codings")), _affected_documents(snapshot))
        )
    return snapshot


def _merge_into(project: Project, source: Code, target: Code) -> None:
    project.db.execute(
        "DELETE FROM codings WHERE code_id = ? AND EXISTS (SELECT 1 FROM codings AS t "
        'WHERE t.code_id = ? AND t.document_id = codings.document_id AND t.start = codings.start '
        'AND t."end" = codings."end" AND t.coder_id = codings.coder_id)',
        [source.id, target.id],
    )
    project.db.execute("UPDATE codings SET code_id = ? WHERE code_id = ?", [target.id, source.id])
    project.db.execute("UPDATE memos SET code_id = ? WHERE code_id = ?", [target.id, source.id])
    for child in children(project, source.id):
        clash = project.db.execute(
            f"SELECT {_COLUMNS} FROM codes WHERE parent_id = ? AND lower(name) = lower(?)",
            [target.id, child.name],
        ).fetchone()
        if clash:
            _merge_into(project, child, _row_to_code(clash))
        else:
            count = len(children(project, target.id))
            project.db.execute(
                "UPDATE codes SET parent_id = ?, position = ? WHERE id = ?", [target.id, count, child.id]
            )
    project.db.execute("DELETE FROM codes WHERE id = ?", [source.id])
    _renumber(project, source.parent_id)
