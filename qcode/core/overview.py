"""Read-only queries behind the lead's overview (dashboard) and the saturation curve: per document,
coder and code, how much is coded, by whom, and when; where anonymisation stands; and when each
document was first coded.

Only SQL lives here, aggregated inside SQLite (the coded share of a text is the union of its codings'
ranges, summed with a window over codings sorted by start), so a 1,000-document project answers in
tens of milliseconds. :mod:`qcode.analysis.overview` and :mod:`qcode.analysis.saturation` turn the rows
into tables. Every function takes an optional list of document ids to restrict itself to (a filter by
case attribute); None means every document.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from qcode.core.types import CodeId, CoderId, DocumentId

if TYPE_CHECKING:
    from qcode.core.project import Project

SEALED_AT = "anon.sealed_at"  # the anonymiser's setting (qcode.anonymise.state), read here without it


@dataclass(frozen=True)
class DocumentFacts:
    """A document without its text: name, length in characters, import time (ISO, UTC)."""

    id: DocumentId
    name: str
    length: int
    imported_at: str


@dataclass(frozen=True)
class Activity:
    """Codings of a document, coder or code: how many, in how many documents, by how many coders,
    covering how many characters (the union of their ranges), and when one was last changed."""

    codings: int
    documents: int
    coders: int
    covered: int
    last_change: str


def _restrict(column: str, documents: Sequence[int] | None) -> tuple[str, list[object]]:
    if documents is None:
        return "", []
    return f"WHERE {column} IN (SELECT value FROM json_each(?))", ["[" + ",".join(map(str, documents)) + "]"]


def document_facts(project: Project) -> list[DocumentFacts]:
    """Every document (without its text), in import order."""
    rows = project.db.execute("SELECT id, name, length(text), imported_at FROM documents ORDER BY id")
    return [DocumentFacts(DocumentId(r[0]), r[1], r[2], r[3]) for r in rows]


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


def _covered_sql(group: str, where: str) -> str:
    # Each coding adds the part of it that lies beyond the furthest end of the codings before it (sorted
    # by start) in its group: the sum is the length of the union of the ranges.
    return (f'SELECT {group}, sum(max(0, "end" - max(start, coalesce(reach, start)))) FROM ('
            f'SELECT {group}, start, "end", max("end") OVER (PARTITION BY {group} ORDER BY start, "end" '
            "ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS reach "
            f"FROM codings {where}) GROUP BY {group}")


def _activity(project: Project, key: str, documents: Sequence[int] | None) -> dict[int, Activity]:
    where, params = _restrict("document_id", documents)
    covered_group = "document_id" if key == "document_id" else f"{key}, document_id"
    covered: dict[int, int] = {}
    for row in project.db.execute(_covered_sql(covered_group, where), params):
        covered[row[0]] = covered.get(row[0], 0) + row[-1]
    rows = project.db.execute(
        f"SELECT {key}, count(*), count(DISTINCT document_id), count(DISTINCT coder_id), max(updated_at) "
        f"FROM codings {where} GROUP BY {key}", params)
    return {r[0]: Activity(r[1], r[2], r[3], covered.get(r[0], 0), r[4]) for r in rows}


def document_activity(project: Project, documents: Sequence[int] | None = None) -> dict[DocumentId, Activity]:
    """Per coded document: its codings, coders, coded characters (all coders together), last change."""
    return {DocumentId(k): v for k, v in _activity(project, "document_id", documents).items()}


def coder_activity(project: Project, documents: Sequence[int] | None = None) -> dict[CoderId, Activity]:
    """Per coder with codings: codings, documents, characters coded (summed over documents), last change."""
    return {CoderId(k): v for k, v in _activity(project, "coder_id", documents).items()}


def code_activity(project: Project, documents: Sequence[int] | None = None) -> dict[CodeId, Activity]:
    """Per code with codings: codings, documents, coders, characters coded, last change."""
    return {CodeId(k): v for k, v in _activity(project, "code_id", documents).items()}


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
        "SELECT document_id, min(created_at), min(id) FROM codings GROUP BY document_id")}


def document_code_counts(project: Project) -> list[tuple[DocumentId, CodeId, int]]:
    """(document, code, codings) for every code used in a document."""
    return [(DocumentId(r[0]), CodeId(r[1]), r[2]) for r in project.db.execute(
        "SELECT document_id, code_id, count(*) FROM codings GROUP BY document_id, code_id")]
