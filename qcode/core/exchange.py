"""Project exchange (REFI-QDA) on the storage side: the stable project UUID, the few queries an
export needs that other core modules do not offer, and storing an import plan in one transaction.

The plan records below are plain data; ``qcode.io.refi_import`` builds them from a .qdpx/.qde file
and :func:`store_plan` writes them, so a failure anywhere leaves the project as it was.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from qcode.core import changes
from qcode.core.cases import _check_value, define_attribute
from qcode.core.clock import now
from qcode.core.codebook import _check_colour, add_code
from qcode.core.coders import ensure_coder
from qcode.core.documents import add_document, normalise_text
from qcode.core.errors import CaseError, CodebookError
from qcode.core.types import CaseId, CodeId, CoderId, DocumentId

if TYPE_CHECKING:
    from qcode.core.project import Project

PROJECT_UUID_KEY = "project_uuid"


def project_uuid(project: Project) -> uuid.UUID:
    """The project's UUID, made and stored on first use so exported GUIDs stay the same."""
    value = project.get_setting(PROJECT_UUID_KEY)
    if value:
        return uuid.UUID(value)
    made = uuid.uuid4()
    project.set_setting(PROJECT_UUID_KEY, str(made))
    return made


def stable_guid(base: uuid.UUID, kind: str, key: object) -> str:
    """A GUID for ``kind`` #``key`` that is the same on every export of the project."""
    return str(uuid.uuid5(base, f"{kind}:{key}"))


def attribute_types(project: Project) -> dict[str, str]:
    """Case attribute name → type (text, number, date, boolean)."""
    return dict(project.db.execute("SELECT name, type FROM attributes ORDER BY name").fetchall())


def document_case_links(project: Project) -> list[tuple[DocumentId, CaseId]]:
    """Every (document id, case id) pair."""
    rows = project.db.execute(
        "SELECT document_id, case_id FROM document_cases ORDER BY case_id, document_id").fetchall()
    return [(DocumentId(r[0]), CaseId(r[1])) for r in rows]


# -- import plan ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class PlanCode:
    """A code to find or create; ``parent`` is another PlanCode's key."""

    key: str
    name: str
    parent: str | None = None
    colour: str | None = None
    description: str = ""
    inclusion: str = ""
    exclusion: str = ""
    example: str = ""


@dataclass(frozen=True)
class PlanDocument:
    """A text source; ``text`` is already normalised (NFC, ``\\n``)."""

    key: str
    name: str
    text: str
    source_name: str = ""


@dataclass(frozen=True)
class PlanCoding:
    """A coding in normalised offsets; ``coder`` is a coder name (None: the importing coder)."""

    document: str
    code: str
    start: int
    end: int
    coder: str | None = None
    memo: str = ""
    created_at: str | None = None


@dataclass(frozen=True)
class PlanCase:
    """A case with (name, type, value) attributes and the keys of its documents."""

    name: str
    description: str = ""
    attributes: tuple[tuple[str, str, str], ...] = ()
    documents: tuple[str, ...] = ()


@dataclass(frozen=True)
class PlanMemo:
    """A memo on the project, or on one document or code (by key)."""

    title: str
    body: str
    document: str | None = None
    code: str | None = None


@dataclass
class ImportPlan:
    """Everything an exchange file adds to a project."""

    coders: list[str] = field(default_factory=list)
    codes: list[PlanCode] = field(default_factory=list)
    documents: list[PlanDocument] = field(default_factory=list)
    codings: list[PlanCoding] = field(default_factory=list)
    cases: list[PlanCase] = field(default_factory=list)
    memos: list[PlanMemo] = field(default_factory=list)


@dataclass
class StoreResult:
    """What :func:`store_plan` did, and what it had to leave out."""

    documents: int = 0
    documents_merged: int = 0  # already in the project with the same text: codings added to it
    duplicate_codings: int = 0
    codes_created: int = 0
    codes_reused: int = 0
    codings: int = 0
    cases: int = 0
    attribute_values: int = 0
    memos: int = 0
    notes: list[str] = field(default_factory=list)


def _store_code(project: Project, code: PlanCode, parent_id: CodeId | None, result: StoreResult) -> CodeId:
    row = project.db.execute(
        "SELECT id FROM codes WHERE parent_id IS ? AND lower(name) = lower(?)", [parent_id, code.name]
    ).fetchone()
    if row:  # an existing code of the same path takes the imported codings (like a merge)
        result.codes_reused += 1
        return CodeId(row[0])
    colour = code.colour
    if colour is not None:
        try:
            colour = _check_colour(colour)
        except CodebookError:
            colour = None
    result.codes_created += 1
    return add_code(project, code.name, parent_id, colour=colour, description=code.description,
                    inclusion=code.inclusion, exclusion=code.exclusion, example=code.example)


def store_plan(project: Project, plan: ImportPlan, origin: str = "") -> StoreResult:
    """Add a plan's coders, codes, documents, codings, cases and memos in ONE transaction."""
    result = StoreResult()
    with project.transaction():
        coder_ids = {name: ensure_coder(project, name) for name in plan.coders}
        code_ids: dict[str, CodeId] = {}
        for code in plan.codes:  # parents come before their children in a plan
            parent_id = code_ids.get(code.parent) if code.parent else None
            code_ids[code.key] = _store_code(project, code, parent_id, result)
        document_ids: dict[str, DocumentId] = {}
        merged: set[DocumentId] = set()
        for document in plan.documents:
            # the same transcript coded elsewhere (another coder's copy, our own export): its
            # codings join the document we have instead of a second copy of the text
            same = project.db.execute("SELECT id FROM documents WHERE text = ? ORDER BY id LIMIT 1",
                                      [normalise_text(document.text)]).fetchone()
            if same:
                document_ids[document.key] = DocumentId(same[0])
                merged.add(DocumentId(same[0]))
                result.documents_merged += 1
                continue
            document_ids[document.key] = add_document(
                project, document.name, document.text, source_name=document.source_name,
                format="refi")
            result.documents += 1
        existing = _existing_codings(project, merged)
        stamp = now()
        rows = []
        for c in plan.codings:
            coder = coder_ids.get(c.coder) if c.coder else None
            if coder is None:
                coder = project.coder_id
            key = (document_ids[c.document], code_ids[c.code], c.start, c.end, coder)
            if key in existing:
                result.duplicate_codings += 1
                continue
            existing.add(key)
            rows.append([*key, c.created_at or stamp, stamp, c.memo])
        # one statement for all codings: an exchange file may hold tens of thousands
        project.db.conn.executemany(
            'INSERT INTO codings (document_id, code_id, start, "end", coder_id, created_at, '
            "updated_at, memo) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
        result.codings = len(rows)
        for case in plan.cases:
            _store_case(project, case, document_ids, result)
        for memo in plan.memos:
            target = (document_ids.get(memo.document) if memo.document else None,
                      code_ids.get(memo.code) if memo.code else None)
            if project.db.execute(
                    "SELECT 1 FROM memos WHERE title = ? AND body = ? AND document_id IS ? AND code_id IS ?",
                    [memo.title, memo.body, *target]).fetchone():
                continue  # the same memo came back with its own export
            project.db.execute(
                "INSERT INTO memos (title, body, document_id, code_id, coder_id, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [memo.title, memo.body, document_ids.get(memo.document) if memo.document else None,
                 code_ids.get(memo.code) if memo.code else None, project.coder_id, stamp, stamp])
            result.memos += 1
        project.log("refi_import", "project", None, origin=origin, documents=result.documents,
                    codes=result.codes_created, codings=result.codings, cases=result.cases)
        docs = tuple(document_ids.values())
        for kind in (changes.CODEBOOK, changes.CODINGS, changes.CASES, changes.MEMOS,
                     changes.CODERS):
            project.announce(changes.Change(kind, (), docs))
    return result


def _existing_codings(project: Project,
                      document_ids: set[DocumentId]) -> set[tuple[DocumentId, CodeId, int, int, CoderId]]:
    """(document, code, start, end, coder) of the codings the given documents already have."""
    if not document_ids:
        return set()
    marks = ", ".join("?" * len(document_ids))
    return {tuple(r) for r in project.db.execute(
        f'SELECT document_id, code_id, start, "end", coder_id FROM codings WHERE document_id IN ({marks})',
        sorted(document_ids))}


def _store_case(project: Project, case: PlanCase, document_ids: dict[str, DocumentId],
                result: StoreResult) -> None:
    row = project.db.execute("SELECT id FROM cases WHERE name = ?", [case.name]).fetchone()
    if row:
        case_id = row[0]
    else:
        case_id = project.db.execute("INSERT INTO cases (name, description) VALUES (?, ?)",
                                     [case.name, case.description]).lastrowid
        result.cases += 1
    for name, type_, value in case.attributes:
        attribute_id = define_attribute(project, name, type_)
        stored = project.db.execute("SELECT type FROM attributes WHERE id = ?",
                                    [attribute_id]).fetchone()[0]
        try:
            value = _check_value(name, stored, value)
        except CaseError:
            result.notes.append(f"{case.name}: {name}={value!r} is not a {stored}")
            continue
        project.db.execute(
            "INSERT INTO case_attributes (case_id, attribute_id, value) VALUES (?, ?, ?) "
            "ON CONFLICT(case_id, attribute_id) DO UPDATE SET value = excluded.value",
            [case_id, attribute_id, value])
        result.attribute_values += 1
    for key in case.documents:
        if key in document_ids:
            project.db.execute("INSERT OR IGNORE INTO document_cases (document_id, case_id) "
                               "VALUES (?, ?)", [document_ids[key], case_id])
