"""Read-only queries behind the analysis reports: coding counts grouped by a dimension, overlapping
coding pairs, codes per speaker turn, and the labels of every dimension.

Only SQL lives here; :mod:`qcode.analysis` turns the rows into tables and matrices. Segment retrieval
and range queries are in :mod:`qcode.core.report_segments`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from qcode.core.ages import age_band, band_order, is_age_attribute
from qcode.core.errors import QcodeError, register_messages
from qcode.core.types import CodeId, CoderId, CodingId, DocumentId

if TYPE_CHECKING:
    from qcode.core.project import Project

DIMENSIONS = ("document", "case", "coder", "attribute")
NONE_LABEL = "(none)"

register_messages({
    "report.bad_dimension": (
        "Unknown grouping '{by}'; use document, case, coder or a case attribute ({known}).",
        "Ukendt gruppering '{by}'; brug document, case, coder eller en case-attribut ({known}).",
    ),
    "report.bad_measure": ("Unknown measure '{measure}'.", "Ukendt mål '{measure}'."),
    "report.bad_query": ("Cannot read the query: {detail}", "Forespørgslen kan ikke læses: {detail}"),
    "report.empty_search": ("Type a word to search for.", "Skriv et ord at søge efter."),
    "report.unknown_coder": ("No coder named '{name}' (coders: {known}).",
                             "Der er ingen koder ved navn '{name}' (kodere: {known})."),
    "report.unknown_attribute": ("No case attribute named '{name}' (attributes: {known}).",
                                 "Der er ingen case-attribut ved navn '{name}' (attributter: {known})."),
})


class ReportError(QcodeError):
    """A report was asked for with a grouping, measure or query that does not exist."""


def attribute_names(project: Project) -> list[tuple[str, str]]:
    """Every case attribute as (name, type), by name."""
    return [tuple(r) for r in project.db.execute("SELECT name, type FROM attributes ORDER BY name")]


def check_coders(project: Project, names: Iterable[str]) -> None:
    """Refuse coder names the project does not know (a typo would give an empty, silent report)."""
    known = [r[0] for r in project.db.execute("SELECT name FROM coders ORDER BY name")]
    for name in names:
        if name not in known:
            raise ReportError("report.unknown_coder", name=name, known=", ".join(known) or "-")


def check_attributes(project: Project, names: Iterable[str]) -> None:
    """Refuse case attribute names the project does not know."""
    known = [name for name, _ in attribute_names(project)]
    for name in names:
        if name not in known:
            raise ReportError("report.unknown_attribute", name=name, known=", ".join(known) or "-")


def check_dimension(project: Project, by: str) -> tuple[str, str | None]:
    """Resolve a CLI/GUI grouping word to (dimension, attribute name or None)."""
    if by in ("document", "case", "coder"):
        return by, None
    names = [name for name, _ in attribute_names(project)]
    if by in names:
        return "attribute", by
    raise ReportError("report.bad_dimension", by=by, known=", ".join(names) or "-")


def code_document_counts(project: Project,
                         by_coder: bool = False) -> list[tuple[CodeId, DocumentId, CoderId | None, int, int]]:
    """Rows (code_id, document_id, coder_id or None, codings, characters), one per code and document
    (and coder); a scan of a covering index, so no coding row is read."""
    coder = "coder_id" if by_coder else "NULL"
    group = "code_id, document_id" + (", coder_id" if by_coder else "")
    return project.db.execute(
        f'SELECT code_id, document_id, {coder}, count(*), sum("end" - start) FROM codings GROUP BY {group}'
    ).fetchall()


def document_keys(project: Project, by: str, attribute: str | None = None) -> dict[DocumentId, list[object]]:
    """document id → the case ids (``case``) or attribute values (``attribute``) it counts under;
    documents missing from the mapping have no case (or no value)."""
    if by == "case":
        rows = project.db.execute("SELECT document_id, case_id FROM document_cases").fetchall()
    else:
        rows = project.db.execute(
            "SELECT dc.document_id, ca.value FROM document_cases dc JOIN case_attributes ca "
            "ON ca.case_id = dc.case_id JOIN attributes a ON a.id = ca.attribute_id WHERE a.name = ?",
            [attribute],
        ).fetchall()
    if by != "case" and attribute and is_age_attribute(attribute):
        rows = [(doc_id, age_band(value)) for doc_id, value in rows]
    keys: dict[DocumentId, list[object]] = {}
    for doc_id, key in rows:
        if key not in keys.setdefault(doc_id, []):
            keys[doc_id].append(key)
    return keys


def coded_texts(project: Project) -> Iterator[tuple[CodeId, DocumentId, CoderId, CodingId, str]]:
    """(code_id, document_id, coder_id, coding_id, coded text) for every coding, for word counts.

    Each document's text is read once and sliced in Python: SQLite's substr() walks the UTF-8 text
    from its start for every coding, which costs twice as much on long transcripts.
    """
    rows = project.db.execute(
        'SELECT document_id, code_id, coder_id, id, start, "end" FROM codings ORDER BY document_id'
    ).fetchall()
    current, text = None, ""
    for doc_id, code_id, coder_id, coding_id, start, end in rows:
        if doc_id != current:
            current = doc_id
            text = project.db.execute("SELECT text FROM documents WHERE id = ?", [doc_id]).fetchone()[0]
        yield code_id, doc_id, coder_id, coding_id, text[start:end]


def dimension_labels(project: Project, by: str, attribute: str | None = None) -> list[tuple]:
    """The columns of a grouping as (key, label), in display order (None last, as '(none)')."""
    if by == "document":
        rows = project.db.execute("SELECT id, name FROM documents ORDER BY name").fetchall()
    elif by == "coder":
        rows = project.db.execute("SELECT id, name FROM coders ORDER BY name").fetchall()
    elif by == "case":
        rows = project.db.execute("SELECT id, name FROM cases ORDER BY name").fetchall()
    elif by == "attribute":
        type_row = project.db.execute("SELECT type FROM attributes WHERE name = ?", [attribute]).fetchone()
        values = [r[0] for r in project.db.execute(
            "SELECT DISTINCT ca.value FROM case_attributes ca JOIN attributes a ON a.id = ca.attribute_id "
            "WHERE a.name = ?", [attribute])]
        if attribute and is_age_attribute(attribute):
            values = sorted({age_band(v) for v in values}, key=band_order)
        elif type_row and type_row[0] == "number":
            values.sort(key=float)
        else:
            values.sort(key=str.casefold)
        rows = [(v, v) for v in values]
    else:
        raise ReportError("report.bad_dimension", by=by, known="")
    return [tuple(r) for r in rows] + [(None, NONE_LABEL)]


def coding_spans(project: Project) -> list[tuple[DocumentId, int, int, CodeId]]:
    """(document_id, start, end, code_id) of every coding, ordered by document and start (for a sweep)."""
    return project.db.execute(
        'SELECT document_id, start, "end", code_id FROM codings ORDER BY document_id, start'
    ).fetchall()


def turn_spans(project: Project) -> list[tuple[DocumentId, int, int, int]]:
    """(document_id, start, end, turn_id) of every speaker turn, ordered by document and start."""
    return project.db.execute(
        'SELECT document_id, start, "end", id FROM turns ORDER BY document_id, start'
    ).fetchall()


def coded_code_ids(project: Project) -> set[CodeId]:
    """The codes that have at least one coding."""
    return {r[0] for r in project.db.execute("SELECT DISTINCT code_id FROM codings")}
