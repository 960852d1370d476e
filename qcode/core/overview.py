"""Read-only queries behind the lead's overview (dashboard) and the saturation curve: per document,
coder and code, how much is coded, by whom, and when; where anonymisation stands; and when each
document was first coded.

Only SQL lives here (and the one pass over the codings that sums what they cover). The codings are read
once, in text order, from a covering index (migration 9), so a 1,000-document project with 40,000
codings answers without reading a coding row or sorting. :mod:`qcode.analysis.overview` and
:mod:`qcode.analysis.saturation` turn the results into tables.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from qcode.core.types import CodeId, CoderId, DocumentId

if TYPE_CHECKING:
    from qcode.core.project import Project

SEALED_AT = "anon.sealed_at"  # the anonymiser's setting (qcode.anonymise.state), read here without it


@dataclass(frozen=True)
class DocumentFacts:
    """A document without its text: name and length in characters."""

    id: DocumentId
    name: str
    length: int


@dataclass(frozen=True)
class Activity:
    """Codings of a document, coder or code: how many, in how many documents, by how many coders,
    covering how many characters (the union of their ranges), and when one was last changed."""

    codings: int
    documents: int
    coders: int
    covered: int
    last_change: str


def _ids(documents: Sequence[int]) -> str:
    return "[" + ",".join(str(int(d)) for d in documents) + "]"


def document_facts(project: Project) -> list[DocumentFacts]:
    """Every document (without its text), in import order.

    The length comes from ``document_digests`` where a project has that table (the integrity check's
    record of every text's length); otherwise ``length(text)`` reads every text. The import time is
    stored after the text in a row, so it is read only where asked for (:func:`import_times`)."""
    has_digests = project.db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'document_digests'").fetchone()
    if has_digests:
        rows = project.db.execute("SELECT d.id, d.name, coalesce(g.length, length(d.text)) FROM documents d "
                                  "LEFT JOIN document_digests g ON g.document_id = d.id ORDER BY d.id")
    else:
        rows = project.db.execute("SELECT id, name, length(text) FROM documents ORDER BY id")
    return [DocumentFacts(DocumentId(r[0]), r[1], r[2]) for r in rows]


def document_names(project: Project) -> dict[DocumentId, str]:
    """document id → name (no text read)."""
    return {DocumentId(r[0]): r[1] for r in project.db.execute("SELECT id, name FROM documents")}


def import_times(project: Project, documents: Sequence[int] | None = None) -> dict[DocumentId, str]:
    """document id → import time (ISO, UTC) of ``documents`` (None: all)."""
    where, params = ("", []) if documents is None else (
        "WHERE id IN (SELECT value FROM json_each(?))", [_ids(documents)])
    rows = project.db.execute(f"SELECT id, imported_at FROM documents {where}", params)
    return {DocumentId(r[0]): r[1] for r in rows}


def document_cases(project: Project) -> dict[DocumentId, list[str]]:
    """document id → the names of its cases, by name."""
    out: dict[DocumentId, list[str]] = {}
    for doc_id, name in project.db.execute(
            "SELECT dc.document_id, c.name FROM document_cases dc JOIN cases c ON c.id = dc.case_id "
            "ORDER BY c.name"):
        out.setdefault(DocumentId(doc_id), []).append(name)
    return out


def document_attributes(project: Project) -> dict[DocumentId, dict[str, list[str]]]:
    """document id → attribute name → the values its cases have (a document may have two cases)."""
    out: dict[DocumentId, dict[str, list[str]]] = {}
    for doc_id, name, value in project.db.execute(
            "SELECT dc.document_id, a.name, ca.value FROM document_cases dc "
            "JOIN case_attributes ca ON ca.case_id = dc.case_id JOIN attributes a ON a.id = ca.attribute_id "
            "ORDER BY a.name, ca.value"):
        values = out.setdefault(DocumentId(doc_id), {}).setdefault(name, [])
        if value not in values:
            values.append(value)
    return out


@dataclass
class _Tally:
    codings: int = 0
    covered: int = 0
    last_change: str = ""
    documents: set[int] = field(default_factory=set)
    coders: set[int] = field(default_factory=set)

    def frozen(self) -> Activity:
        return Activity(self.codings, len(self.documents), len(self.coders), self.covered, self.last_change)


@dataclass(frozen=True)
class CodingActivity:
    """Activity per document, per coder and per code (only those with codings appear)."""

    documents: dict[DocumentId, Activity]
    coders: dict[CoderId, Activity]
    codes: dict[CodeId, Activity]


# The consensus layer is the lead's adjudication of the coders' work, not a coder: it is neither counted
# as coding progress nor makes a document double coded (adjudication_progress reports it).
_NOT_CONSENSUS = "coder_id NOT IN (SELECT coder_id FROM coder_roles WHERE role = 'consensus')"


def coding_activity(project: Project, documents: Sequence[int] | None = None) -> CodingActivity:
    """Codings per document, coder and code over ``documents`` (None: all), with the characters they
    cover: the union of their ranges, so a passage coded twice counts once per document and once per
    coder for each coder. In text order a running furthest end (per document, and per coder within it)
    gives the union without sorting. Codes are counted in SQL, without coverage or last change (nothing
    shows them)."""
    wanted = None if documents is None else set(documents)
    by_document: dict[int, _Tally] = {}
    by_coder: dict[int, _Tally] = {}
    coder_reach: dict[int, int] = {}
    current, reach, tally = None, -1, _Tally()
    for doc, start, end, coder, updated in project.db.execute(
            'SELECT document_id, start, "end", coder_id, updated_at FROM visible_codings '
            f'WHERE {_NOT_CONSENSUS} ORDER BY document_id, start, "end"'):
        if wanted is not None and doc not in wanted:
            continue
        if doc != current:
            current, reach, coder_reach = doc, -1, {}
            tally = by_document[doc] = _Tally(documents={doc})
        tally.codings += 1
        tally.coders.add(coder)
        if end > reach:
            tally.covered += end - (start if start > reach else reach)
            reach = end
        if updated > tally.last_change:
            tally.last_change = updated
        mine = by_coder.get(coder)
        if mine is None:
            mine = by_coder[coder] = _Tally(coders={coder})
        mine.codings += 1
        mine.documents.add(doc)
        their_reach = coder_reach.get(coder, -1)
        if end > their_reach:
            mine.covered += end - (start if start > their_reach else their_reach)
            coder_reach[coder] = end
        if updated > mine.last_change:
            mine.last_change = updated
    where, params = (f"WHERE {_NOT_CONSENSUS}", []) if documents is None else (
        f"WHERE {_NOT_CONSENSUS} AND document_id IN (SELECT value FROM json_each(?))", [_ids(documents)])
    # from the covering index on (code, document, coder, …); a code's last change is not shown anywhere
    codes = {CodeId(r[0]): Activity(r[1], r[2], r[3], 0, "") for r in project.db.execute(
        "SELECT code_id, count(*), count(DISTINCT document_id), count(DISTINCT coder_id) "
        f"FROM visible_codings {where} GROUP BY code_id", params)}
    return CodingActivity({DocumentId(k): v.frozen() for k, v in by_document.items()},
                          {CoderId(k): v.frozen() for k, v in by_coder.items()}, codes)


def coder_names(project: Project) -> dict[CoderId, str]:
    """coder id → name."""
    return {CoderId(r[0]): r[1] for r in project.db.execute("SELECT id, name FROM coders ORDER BY name")}


@dataclass(frozen=True)
class AnonymisationState:
    """Where anonymisation stands: sealed or not, which documents detection has searched, and how many
    undecided register entries each document mentions."""

    sealed: bool
    searched: frozenset[DocumentId]
    undecided: dict[DocumentId, int]


def anonymisation_state(project: Project) -> AnonymisationState:
    """The anonymiser's progress per document, read from its register and the change log."""
    searched = frozenset(DocumentId(r[0]) for r in project.db.execute(
        "SELECT DISTINCT target_id FROM change_log WHERE action = 'anon_detect' AND target = 'document'"))
    undecided = {DocumentId(r[0]): r[1] for r in project.db.execute(
        "SELECT m.document_id, count(DISTINCT m.entity_id) FROM anon_mentions m "
        "JOIN anon_entities e ON e.id = m.entity_id WHERE e.state = 'pending' GROUP BY m.document_id")}
    return AnonymisationState(project.get_setting(SEALED_AT) is not None, searched, undecided)


def first_coded(project: Project) -> dict[DocumentId, tuple[str, int]]:
    """document id → (time of its earliest coding, that coding's id): the order interviews were coded in.
    The id breaks ties between codings made in the same second."""
    return {DocumentId(r[0]): (r[1], r[2]) for r in project.db.execute(
        f"SELECT document_id, min(created_at), min(id) FROM visible_codings WHERE {_NOT_CONSENSUS} "
        "GROUP BY document_id")}


def document_code_counts(project: Project) -> list[tuple[DocumentId, CodeId, int]]:
    """(document, code, codings) for every code used in a document."""
    return [(DocumentId(r[0]), CodeId(r[1]), r[2]) for r in project.db.execute(
        f"SELECT document_id, code_id, count(*) FROM visible_codings WHERE {_NOT_CONSENSUS} "
        "GROUP BY document_id, code_id")]


def coding_period(project: Project) -> tuple[str, str] | None:
    """The times (ISO, UTC) of the first and the latest coding still in the project, or None."""
    row = project.db.execute(
        f"SELECT min(created_at), max(created_at) FROM visible_codings WHERE {_NOT_CONSENSUS}").fetchone()
    return None if row is None or row[0] is None else (row[0], row[1])
