"""Typed ids and the frozen records core returns to its callers (GUI, CLI, tests).

The ids are ``NewType``s of ``int``: the same int at run time, distinct types to mypy, so a code id
passed where a document id is expected is an error in CI. Every core function that takes or returns
one of these ids says which. Ids come from core (records, ``add_*`` results) already typed; an int
from outside (argparse, a Qt item role, a test) is wrapped once where it enters, e.g.
``DocumentId(args.document)``. SQL rows are untyped (``Any``) to mypy, so a function that reads ids
from SQL wraps them (``DocumentId(row[0])``) where it builds records, or declares them in its return
type for bulk rows; that step is the one mypy cannot check. Row ids that no public function takes
(turns, mentions, attributes, log and export entries) stay plain ``int``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NewType

DocumentId = NewType("DocumentId", int)
CodeId = NewType("CodeId", int)
CodingId = NewType("CodingId", int)
CoderId = NewType("CoderId", int)
CaseId = NewType("CaseId", int)
MemoId = NewType("MemoId", int)
EntityId = NewType("EntityId", int)  # an entry of the anonymiser's register (qcode.core.entities)


@dataclass(frozen=True)
class Document:
    id: DocumentId
    name: str
    text: str
    source_name: str
    source_checksum: str
    format: str
    imported_at: str
    metadata: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class DocumentSummary:
    """A document without its text, for lists."""

    id: DocumentId
    name: str
    length: int
    source_name: str
    imported_at: str


@dataclass(frozen=True)
class Code:
    id: CodeId
    parent_id: CodeId | None
    name: str
    position: int
    colour: str
    description: str = ""
    inclusion: str = ""
    exclusion: str = ""
    example: str = ""


@dataclass(frozen=True)
class Coding:
    id: CodingId
    document_id: DocumentId
    code_id: CodeId
    start: int
    end: int
    coder_id: CoderId
    created_at: str
    updated_at: str
    memo: str = ""


@dataclass(frozen=True)
class Coder:
    id: CoderId
    name: str
    colour: str


@dataclass(frozen=True)
class Case:
    id: CaseId
    name: str
    description: str = ""


@dataclass(frozen=True)
class Memo:
    id: MemoId
    title: str
    body: str
    document_id: DocumentId | None
    code_id: CodeId | None
    coding_id: CodingId | None
    coder_id: CoderId | None
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class StoredTurn:
    """A speaker turn as stored; offsets index the document's canonical text."""

    id: int
    document_id: DocumentId
    start: int
    end: int
    speaker: str
    role: str
    label: str
    label_start: int | None
    label_end: int | None
    timestamp: str | None
    case_id: CaseId | None
