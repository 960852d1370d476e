"""Read-only queries that return coded segments and ranges: retrieval of a code's codings with filters
(coder, case attributes, documents), the codings behind a co-occurrence cell, and the ranges the coding
query combines. Only SQL lives here; :mod:`qcode.analysis` does the set algebra and the tables.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from qcode.core.ages import age_band, is_age_attribute
from qcode.core.types import CaseId, CodeId, CoderId, CodingId, DocumentId

if TYPE_CHECKING:
    from qcode.core.project import Project


@dataclass(frozen=True)
class Segment:
    """A passage of a document, with the coding it comes from when there is one."""

    document_id: DocumentId
    document_name: str
    start: int
    end: int
    text: str
    code_id: CodeId | None = None
    coding_id: CodingId | None = None
    coder_name: str = ""
    speaker: str = ""
    context_start: int | None = None
    context_end: int | None = None
    context: str = ""


def _in(column: str, values: Sequence[object], params: list[object]) -> str:
    params.extend(values)
    return f"{column} IN ({', '.join('?' * len(values))})"


def _case_filter_sql(filters: Mapping[str, Iterable[str]], params: list[object]) -> list[str]:
    """One EXISTS per attribute: the document belongs to a case whose value is one of the given."""
    clauses = []
    for name, values in filters.items():
        values = list(values)
        if not values:
            continue
        params.append(name)
        clauses.append(
            "EXISTS (SELECT 1 FROM document_cases dc JOIN case_attributes ca ON ca.case_id = dc.case_id "
            "JOIN attributes a ON a.id = ca.attribute_id WHERE dc.document_id = c.document_id "
            f"AND a.name = ? AND {_in('ca.value', values, params)})"
        )
    return clauses


def with_age_bands(project: Project, filters: Mapping[str, Iterable[str]]) -> dict[str, list[str]]:
    """The filters with every age band ("20'erne", as the frequency table's columns show ages) widened
    to the stored ages in it ("24", "27"): a band asked for matches the cases whose age falls in it."""
    out: dict[str, list[str]] = {}
    for name, values in filters.items():
        wanted = list(values)
        if is_age_attribute(name) and wanted:
            bands = set(wanted)
            wanted += [v for v in attribute_values(project, name) if v not in bands and age_band(v) in bands]
        out[name] = wanted
    return out


def coded_segments(
    project: Project,
    code_ids: Sequence[CodeId],
    *,
    coder_ids: Sequence[CoderId] = (),
    document_ids: Sequence[DocumentId] = (),
    case_ids: Sequence[CaseId] = (),
    attributes: Mapping[str, Iterable[str]] | None = None,
    with_turn: bool = False,
) -> list[Segment]:
    """The codings of ``code_ids``, filtered, in document order; ``with_turn`` adds the speaker turn(s)
    around each coding as context (the coding itself when the document has no turns)."""
    if not code_ids:
        return []
    params: list[object] = []
    where = [_in("c.code_id", list(code_ids), params)]
    if coder_ids:
        where.append(_in("c.coder_id", list(coder_ids), params))
    if document_ids:
        where.append(_in("c.document_id", list(document_ids), params))
    if case_ids:
        where.append("EXISTS (SELECT 1 FROM document_cases dc WHERE dc.document_id = c.document_id AND "
                     + _in("dc.case_id", list(case_ids), params) + ")")
    where += _case_filter_sql(with_age_bands(project, attributes or {}), params)
    # One pass per turn bound; the text of each document is read once and sliced in Python, because
    # substr() walks a long UTF-8 text from its start for every coding.
    overlapping = ('FROM turns t WHERE t.document_id = c.document_id AND t.start < c."end" '
                   'AND t."end" > c.start')
    turn_sql = (f"(SELECT min(t.start) {overlapping}), (SELECT max(t.\"end\") {overlapping}), "
                f"(SELECT group_concat(DISTINCT t.speaker) {overlapping})")
    rows = project.db.execute(
        f'SELECT c.id, c.document_id, d.name, c.code_id, co.name, c.start, c."end", {turn_sql} '
        "FROM visible_codings c JOIN documents d ON d.id = c.document_id "
        "JOIN coders co ON co.id = c.coder_id "
        f"WHERE {' AND '.join(where)} ORDER BY d.name, c.start, c.\"end\", c.id",
        params,
    ).fetchall()
    texts = document_texts(project, sorted({r[1] for r in rows})) if rows else {}
    segments = []
    for coding_id, doc_id, doc_name, code_id, coder, start, end, t_start, t_end, speaker in rows:
        full = texts[doc_id][1]
        context_start = context_end = None
        context = ""
        if with_turn:
            context_start = min(start, t_start) if t_start is not None else start
            context_end = max(end, t_end) if t_end is not None else end
            context = full[context_start:context_end]
        segments.append(Segment(doc_id, doc_name, start, end, full[start:end], code_id, coding_id, coder,
                                speaker or "", context_start, context_end, context))
    return segments


def overlapping_codings(
    project: Project, codes_a: Sequence[CodeId], codes_b: Sequence[CodeId]
) -> list[tuple[DocumentId, str, CodingId, CodeId, int, int, CodingId, CodeId, int, int]]:
    """Pairs of overlapping codings, one of ``codes_a`` and one of ``codes_b`` (different codes):
    rows (document_id, document_name, a_id, a_code, a_start, a_end, b_id, b_code, b_start, b_end)."""
    params: list[object] = []
    in_a = _in("a.code_id", list(codes_a), params)
    in_b = _in("b.code_id", list(codes_b), params)
    return project.db.execute(
        'SELECT a.document_id, d.name, a.id, a.code_id, a.start, a."end", b.id, b.code_id, b.start, b."end" '
        "FROM visible_codings a JOIN visible_codings b ON b.document_id = a.document_id "
        'AND b.start < a."end" AND a.start < b."end" AND a.id != b.id AND a.code_id != b.code_id '
        f"JOIN documents d ON d.id = a.document_id WHERE {in_a} AND {in_b} "
        "ORDER BY d.name, a.start, b.start",
        params,
    ).fetchall()


def turns_with_codes(project: Project,
                     code_ids: Sequence[CodeId]) -> list[tuple[int, DocumentId, str, int, int, str, CodeId]]:
    """Rows (turn_id, document_id, document_name, start, end, speaker, code_id) for every speaker turn
    that overlaps a coding of one of ``code_ids``."""
    params: list[object] = []
    in_codes = _in("c.code_id", list(code_ids), params)
    return project.db.execute(
        'SELECT DISTINCT t.id, t.document_id, d.name, t.start, t."end", t.speaker, c.code_id '
        "FROM turns t JOIN visible_codings c ON c.document_id = t.document_id "
        f'AND c.start < t."end" AND t.start < c."end" JOIN documents d ON d.id = t.document_id '
        f"WHERE {in_codes} ORDER BY d.name, t.start",
        params,
    ).fetchall()


def code_ranges(
    project: Project, code_ids: Sequence[CodeId], document_ids: Sequence[DocumentId] = ()
) -> list[tuple[DocumentId, CodeId, int, int]]:
    """(document_id, code_id, start, end) of every coding of ``code_ids`` (any coder)."""
    if not code_ids:
        return []
    params: list[object] = []
    where = [_in("code_id", list(code_ids), params)]
    if document_ids:
        where.append(_in("document_id", list(document_ids), params))
    return project.db.execute(
        f'SELECT document_id, code_id, start, "end" FROM visible_codings WHERE {" AND ".join(where)} '
        "ORDER BY document_id, start", params
    ).fetchall()


def speaker_ranges(
    project: Project, speakers: Sequence[str], document_ids: Sequence[DocumentId] = ()
) -> list[tuple[DocumentId, int, int]]:
    """(document_id, start, end) of every turn by one of ``speakers``."""
    params: list[object] = []
    where = [_in("speaker", list(speakers), params)]
    if document_ids:
        where.append(_in("document_id", list(document_ids), params))
    return project.db.execute(
        f'SELECT document_id, start, "end" FROM turns WHERE {" AND ".join(where)} '
        "ORDER BY document_id, start",
        params,
    ).fetchall()


def speakers(project: Project) -> list[str]:
    """Every speaker name that occurs in a turn, sorted."""
    return [r[0] for r in project.db.execute("SELECT DISTINCT speaker FROM turns ORDER BY speaker")]


def documents_of_cases(project: Project, case_ids: Sequence[CaseId]) -> list[DocumentId]:
    """The documents linked to any of ``case_ids``."""
    params: list[object] = []
    return [DocumentId(r[0]) for r in project.db.execute(
        f"SELECT DISTINCT document_id FROM document_cases WHERE {_in('case_id', list(case_ids), params)}",
        params)]


def document_texts(project: Project,
                   document_ids: Sequence[DocumentId] = ()) -> dict[DocumentId, tuple[str, str]]:
    """document id → (name, text); all documents when ``document_ids`` is empty."""
    params: list[object] = []
    where = f"WHERE {_in('id', list(document_ids), params)}" if document_ids else ""
    return {DocumentId(r[0]): (r[1], r[2]) for r in project.db.execute(
        f"SELECT id, name, text FROM documents {where} ORDER BY name", params)}


def label_ranges(project: Project,
                 document_ids: Sequence[DocumentId] = ()) -> list[tuple[DocumentId, int, int]]:
    """(document_id, label_start, label_end) of the speaker labels ("Interviewer:") in the text."""
    params: list[object] = []
    where = "label_start IS NOT NULL AND label_end IS NOT NULL"
    if document_ids:
        where += " AND " + _in("document_id", list(document_ids), params)
    return project.db.execute(
        f"SELECT document_id, label_start, label_end FROM turns WHERE {where}", params).fetchall()


def turn_ranges(project: Project,
                document_ids: Sequence[DocumentId] = ()) -> list[tuple[DocumentId, int, int]]:
    """(document_id, start, end) of every speaker turn (label included)."""
    params: list[object] = []
    where = "1"
    if document_ids:
        where = _in("document_id", list(document_ids), params)
    return project.db.execute(f'SELECT document_id, start, "end" FROM turns WHERE {where}', params).fetchall()


def attribute_values(project: Project, name: str) -> list[str]:
    """The distinct values a case attribute takes, sorted."""
    return [r[0] for r in project.db.execute(
        "SELECT DISTINCT ca.value FROM case_attributes ca JOIN attributes a ON a.id = ca.attribute_id "
        "WHERE a.name = ? ORDER BY ca.value", [name])]
