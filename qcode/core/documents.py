"""Documents: canonical text, name, source, checksum, metadata, speaker turns.

The canonical text is NFC with ``\\n`` line ends; every coding offset is a code-point offset into it.
Changing a text goes through :func:`replace_text`, which remaps codings and turns in the same
transaction.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from qcode.core import changes
from qcode.core.clock import now
from qcode.core.errors import DocumentError
from qcode.core.imported import Turn
from qcode.core.offsets import OffsetMap, Replacement, apply_replacements
from qcode.core.snapshots import Snapshot, capture, restore
from qcode.core.types import CaseId, Document, DocumentId, DocumentSummary, StoredTurn

if TYPE_CHECKING:
    from qcode.core.project import Project

TURN_COLUMNS = (
    'id, document_id, start, "end", speaker, role, label, label_start, label_end, timestamp, case_id'
)


def normalise_text(text: str) -> str:
    """NFC, ``\\n`` line ends, no BOM: the form every stored text has."""
    text = text.lstrip("\ufeff")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    # the check is much cheaper than normalising, and almost every text is NFC already (big files)
    if _latin1(text) or unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


def _latin1(text: str) -> bool:
    """Whether every character is below U+0100. Such a text is NFC: no character below U+0300 has a
    decomposition or combines with another. Encoding a Latin-1 text is a copy (~30x faster than
    ``is_normalized``), a megabyte at a time so a big text is not copied whole; any other text stops
    at its first wider character."""
    step = 1 << 20
    try:
        for start in range(0, len(text), step):
            text[start:start + step].encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


def checksum_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def text_digest(text: str) -> str:
    """The SHA-256 of a stored text (what the integrity check compares against), taken a megabyte at a
    time so a 50 MB text is not encoded whole once more."""
    digest = hashlib.sha256()
    for start in range(0, len(text), 1 << 20):
        digest.update(text[start:start + (1 << 20)].encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def record_digest(project: Project, document_id: int, text: str) -> None:
    """Remember the length and digest of a document's text as stored now (call in the same transaction
    as the text is written, so the integrity check can tell later changes from ours)."""
    project.db.execute(
        "INSERT INTO document_digests (document_id, length, sha256) VALUES (?, ?, ?) "
        "ON CONFLICT(document_id) DO UPDATE SET length = excluded.length, sha256 = excluded.sha256",
        [document_id, len(text), text_digest(text)])


def unique_document_name(project: Project, name: str) -> str:
    """The name a document called ``name`` is stored under: a taken name gets a ' (2)' suffix."""
    return _unique_name(project, name.strip() or "dokument")


def _unique_name(project: Project, name: str) -> str:
    candidate, n = name, 2
    while project.db.execute("SELECT 1 FROM documents WHERE name = ?", [candidate]).fetchone():
        candidate = f"{name} ({n})"
        n += 1
    return candidate


def add_document(
    project: Project,
    name: str,
    text: str,
    *,
    source_name: str = "",
    checksum: str = "",
    format: str = "txt",
    metadata: dict[str, Any] | None = None,
    turns: Iterable[Any] = (),
    turn_cases: Mapping[str, int] | None = None,
) -> DocumentId:
    """Store a document (and its turns) in one transaction; a taken name gets a ' (2)' suffix.

    ``turns`` are objects with start, end, speaker, role, label, label_start, label_end, timestamp
    (e.g. :class:`qcode.io.base.Turn`), offsets into ``text`` as given (already normalised);
    ``turn_cases`` gives the case of each speaker's turns (see :func:`store_turns`).
    """
    if not text.strip():
        raise DocumentError("document.empty", name=name)
    if normalise_text(text) != text:
        raise ValueError("add_document needs normalised text (see normalise_text)")
    with project.transaction():
        name = _unique_name(project, name.strip() or "dokument")
        cursor = project.db.execute(
            "INSERT INTO documents (name, text, source_name, source_checksum, format, imported_at, "
            "metadata) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [name, text, source_name, checksum or checksum_bytes(text.encode("utf-8")), format,
             now(), json.dumps(metadata or {}, ensure_ascii=False)],
        )
        assert cursor.lastrowid is not None  # an INSERT sets it (sqlite3 types it optional)
        document_id = DocumentId(cursor.lastrowid)
        record_digest(project, document_id, text)
        _insert_turns(project, document_id, turns, turn_cases)  # a new document has none to replace
        project.log("add_document", "document", document_id, name=name, source=source_name)
        project.announce(changes.Change(changes.DOCUMENTS, (document_id,), (document_id,)))
    return document_id


def store_turns(project: Project, document_id: DocumentId, turns: Iterable[Any],
                cases: Mapping[str, int] | None = None) -> None:
    """Replace the document's turns. A turn's case is its own ``case_id`` if it has one, else
    ``cases[speaker]`` (given at insert, the turns are not written twice to link them to a case)."""
    project.db.execute("DELETE FROM turns WHERE document_id = ?", [document_id])
    _insert_turns(project, document_id, turns, cases)


def _insert_turns(project: Project, document_id: DocumentId, turns: Iterable[Any],
                  cases: Mapping[str, int] | None) -> None:
    case_of = (cases or {}).get
    # an importer's Turn: its fields are the columns, in order, and it carries no case. (A generator,
    # not a list: a 50 MB transcript's 120,000 rows would be ~20 MB more at the peak.)
    rows = ((document_id, *t, case_of(t.speaker)) if type(t) is Turn else
            (document_id, t.start, t.end, t.speaker, t.role, t.label, t.label_start, t.label_end,
             t.timestamp, getattr(t, "case_id", None) or case_of(t.speaker)) for t in turns)
    # one executemany: a 50 MB transcript has over 100,000 turns
    project.db.conn.executemany(
        'INSERT INTO turns (document_id, start, "end", speaker, role, label, label_start, '
        "label_end, timestamp, case_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)


def _row_to_document(row: tuple) -> Document:
    return Document(DocumentId(row[0]), row[1], row[2], row[3], row[4], row[5], row[6],
                    json.loads(row[7] or "{}"))


_DOC_COLUMNS = "id, name, text, source_name, source_checksum, format, imported_at, metadata"


def get_document(project: Project, document_id: DocumentId) -> Document:
    """One document with its text."""
    row = project.conn.execute(
        f"SELECT {_DOC_COLUMNS} FROM documents WHERE id = ?", [document_id]
    ).fetchone()
    if row is None:
        raise DocumentError("document.not_found", name=f"#{document_id}")
    return _row_to_document(row)


def find_document(project: Project, name: str) -> Document:
    """The document called ``name`` (exact, then case-insensitive, then by source file name)."""
    for where in ("name = ?", "lower(name) = lower(?)", "source_name = ?"):
        row = project.db.execute(
            f"SELECT {_DOC_COLUMNS} FROM documents WHERE {where} ORDER BY id LIMIT 1", [name]
        ).fetchone()
        if row:
            return _row_to_document(row)
    raise DocumentError("document.not_found", name=name)


# A text's length as stored with its digest (``length(text)`` makes SQLite read and count the whole text;
# it is the fallback for a document without a digest). Use with ``FROM documents d``.
STORED_LENGTH = ("coalesce((SELECT g.length FROM document_digests g WHERE g.document_id = d.id), "
                 "length(d.text))")


def list_documents(project: Project) -> list[DocumentSummary]:
    """All documents (without text), by name."""
    rows = project.db.execute(
        f"SELECT d.id, d.name, {STORED_LENGTH}, d.source_name, d.imported_at FROM documents d ORDER BY d.name"
    ).fetchall()
    return [DocumentSummary(DocumentId(r[0]), r[1], r[2], r[3], r[4]) for r in rows]


def find_by_checksum(project: Project, checksum: str) -> DocumentSummary | None:
    """A document imported from a file with this checksum, if any."""
    row = project.db.execute(
        f"SELECT d.id, d.name, {STORED_LENGTH}, d.source_name, d.imported_at FROM documents d "
        "WHERE d.source_checksum = ? LIMIT 1", [checksum]
    ).fetchone()
    return DocumentSummary(DocumentId(row[0]), row[1], row[2], row[3], row[4]) if row else None


def rename_document(project: Project, document_id: DocumentId, name: str) -> str:
    """Rename a document; returns the old name."""
    with project.transaction():
        old = get_document(project, document_id).name
        name = name.strip()
        if not name:
            raise DocumentError("document.empty", name=name)
        if project.db.execute(
            "SELECT 1 FROM documents WHERE name = ? AND id != ?", [name, document_id]
        ).fetchone():
            raise DocumentError("document.duplicate_name", name=name)
        project.db.execute("UPDATE documents SET name = ? WHERE id = ?", [name, document_id])
        project.log("rename_document", "document", document_id, old=old, new=name)
        project.announce(changes.Change(changes.DOCUMENTS, (document_id,), (document_id,)))
    return old


def delete_document(project: Project, document_id: DocumentId) -> Snapshot:
    """Delete a document with its codings, turns and memos; the snapshot restores it."""
    with project.transaction():
        document = get_document(project, document_id)
        snapshot = Snapshot()
        capture(project, "documents", "id = ?", [document_id], snapshot)
        capture(project, "codings", "document_id = ?", [document_id], snapshot)
        capture(project, "turns", "document_id = ?", [document_id], snapshot)
        capture(project, "document_cases", "document_id = ?", [document_id], snapshot)
        capture(project, "memos", "document_id = ? OR coding_id IN "
                "(SELECT id FROM codings WHERE document_id = ?)", [document_id, document_id], snapshot)
        project.db.execute("DELETE FROM documents WHERE id = ?", [document_id])
        project.log("delete_document", "document", document_id, name=document.name)
        project.announce(changes.Change(changes.DOCUMENTS, (document_id,), (document_id,)))
    return snapshot


def restore_document(project: Project, snapshot: Snapshot) -> None:
    """Undo :func:`delete_document`."""
    with project.transaction():
        restore(project, snapshot)
        ids = tuple(DocumentId(i) for i in snapshot.ids("documents"))
        for document_id in ids:
            text = project.db.execute("SELECT text FROM documents WHERE id = ?", [document_id]).fetchone()
            if text is not None:
                record_digest(project, document_id, text[0])
        project.log("restore_document", "document", ids[0] if ids else None)
        project.announce(changes.Change(changes.DOCUMENTS, ids, ids))


def turns_for_document(project: Project, document_id: DocumentId) -> list[StoredTurn]:
    """The document's speaker turns in text order."""
    rows = project.conn.execute(
        f'SELECT {TURN_COLUMNS} FROM turns WHERE document_id = ? ORDER BY start', [document_id]
    ).fetchall()
    return [StoredTurn(r[0], DocumentId(r[1]), r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9],
                       CaseId(r[10]) if r[10] is not None else None) for r in rows]


def forget_source_checksums(project: Project) -> int:
    """Drop the checksums of the source files (sealing: a checksum of an original file confirms a guess
    at its text); returns how many were dropped. Re-importing such a file is then not recognised."""
    with project.transaction():
        cursor = project.db.execute("UPDATE documents SET source_checksum = '' WHERE source_checksum != ''")
        project.log("forget_source_checksums", "document", None, documents=cursor.rowcount)
    return cursor.rowcount


def replace_text(project: Project, document_id: DocumentId, replacements: Sequence[Replacement]) -> str:
    """Edit a document's text and remap its codings and turns in the same transaction.

    Returns the old text (so the caller can undo with the inverse edit or keep a key).
    """
    with project.transaction():
        old = get_document(project, document_id).text
        new = apply_replacements(old, replacements)
        if normalise_text(new) != new:
            raise ValueError("replacement text must be normalised")
        mapping = OffsetMap(replacements)
        project.db.execute("UPDATE documents SET text = ? WHERE id = ?", [new, document_id])
        record_digest(project, document_id, new)
        for table in ("codings", "turns"):
            rows = project.db.execute(
                f'SELECT id, start, "end" FROM {table} WHERE document_id = ?', [document_id]
            ).fetchall()
            for row_id, start, end in rows:
                new_start, new_end = mapping.map_range(start, end)
                project.db.execute(
                    f'UPDATE {table} SET start = ?, "end" = ? WHERE id = ?', [new_start, new_end, row_id]
                )
        rows = project.db.execute(
            "SELECT id, label_start, label_end FROM turns WHERE document_id = ? AND label_start "
            "IS NOT NULL", [document_id]
        ).fetchall()
        for row_id, start, end in rows:
            new_start, new_end = mapping.map_range(start, end)
            project.db.execute("UPDATE turns SET label_start = ?, label_end = ? WHERE id = ?",
                               [new_start, new_end, row_id])
        project.log("replace_text", "document", document_id, replacements=len(replacements))
        project.announce(changes.Change(changes.DOCUMENTS, (document_id,), (document_id,)))
        project.announce(changes.Change(changes.CODINGS, (), (document_id,)))
    return old
