"""Read-only queries behind the analysis reports: coding counts grouped by a dimension, overlapping
coding pairs, codes per speaker turn, and the labels of every dimension.

Only SQL lives here; :mod:`qcode.analysis` turns the rows into tables and matrices. Segment retrieval
and range queries are in :mod:`qcode.core.report_segments`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from qcode.core.errors import QcodeError, register_messages

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
})


class ReportError(QcodeError):
    """A report was asked for with a grouping, measure or query that does not exist."""


def attribute_names(project: Project) -> list[tuple[str, str]]:
    """Every case attribute as (name, type), by name."""
    return [tuple(r) for r in project.db.execute("SELECT name, type FROM attributes ORDER BY name")]


def check_dimension(project: Project, by: str) -> tuple[str, str | None]:
    """Resolve a CLI/GUI grouping word to (dimension, attribute name or None)."""
    if by in ("document", "case", "coder"):
        return by, None
    names = [name for name, _ in attribute_names(project)]
    if by in names:
        return "attribute", by
    raise ReportError("report.bad_dimension", by=by, known=", ".join(names) or "-")


# Grain of every grouped query: (code, column key, document). Documents are kept so the analysis layer
# can count distinct documents after rolling child codes into parents.
_KEY_SQL = {
    "document": ("c.document_id", ""),
    "coder": ("c.coder_id", ""),
    "case": ("dc.case_id", "LEFT JOIN document_cases dc ON dc.document_id = c.document_id"),
    "attribute": (
        "ca.value",
        "LEFT JOIN document_cases dc ON dc.document_id = c.document_id "
        "LEFT JOIN case_attributes ca ON ca.case_id = dc.case_id "
        "AND ca.attribute_id = (SELECT id FROM attributes WHERE name = :attribute)",
    ),
}


def coding_groups(project: Project, by: str, attribute: str | None = None) -> list[tuple]:
    """Rows (code_id, key, document_id, codings, characters) grouped by code, key and document.

    ``key`` is a document, coder or case id, or an attribute value; None where a document has no case
    or the case lacks the attribute. A document linked to two cases counts in both columns.
    """
    key, join = _KEY_SQL[by]
    if by == "document":
        # The common case, and the one a perfect implementation would run: one pass over the index.
        sql = ('SELECT code_id, document_id, document_id, count(*), sum("end" - start) '
               "FROM codings GROUP BY code_id, document_id")
    else:
        sql = (f'SELECT c.code_id, {key}, c.document_id, count(*), sum(c."end" - c.start) '
               f"FROM codings c {join} GROUP BY 1, 2, 3")
    return project.db.execute(sql, {"attribute": attribute}).fetchall()


def coded_texts(project: Project, by: str, attribute: str | None = None) -> list[tuple]:
    """Rows (code_id, key, document_id, coding_id, coded text) for every coding, for word counts."""
    key, join = _KEY_SQL[by]
    sql = (f'SELECT c.code_id, {key}, c.document_id, c.id, substr(d.text, c.start + 1, c."end" - c.start) '
           f"FROM codings c JOIN documents d ON d.id = c.document_id {join}")
    return project.db.execute(sql, {"attribute": attribute}).fetchall()


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
        if type_row and type_row[0] == "number":
            values.sort(key=float)
        else:
            values.sort(key=str.casefold)
        rows = [(v, v) for v in values]
    else:
        raise ReportError("report.bad_dimension", by=by, known="")
    return [tuple(r) for r in rows] + [(None, NONE_LABEL)]


def overlap_pair_counts(project: Project) -> list[tuple[int, int, int]]:
    """(code_a, code_b, pairs): how many pairs of codings of two different codes overlap.

    Two codings overlap when they share at least one character of the same document.
    """
    return project.db.execute(
        'SELECT a.code_id, b.code_id, count(*) FROM codings a JOIN codings b '
        'ON b.document_id = a.document_id AND b.start < a."end" AND a.start < b."end" AND a.id < b.id '
        "WHERE a.code_id != b.code_id GROUP BY 1, 2"
    ).fetchall()


def turn_pair_counts(project: Project) -> list[tuple[int, int, int]]:
    """(code_a, code_b, turns) with code_a < code_b: in how many speaker turns both codes occur."""
    return project.db.execute(
        "WITH tc AS (SELECT DISTINCT t.id AS turn_id, c.code_id FROM codings c JOIN turns t "
        'ON t.document_id = c.document_id AND c.start < t."end" AND t.start < c."end") '
        "SELECT a.code_id, b.code_id, count(*) FROM tc a JOIN tc b "
        "ON b.turn_id = a.turn_id AND a.code_id < b.code_id GROUP BY 1, 2"
    ).fetchall()


def turn_codes(project: Project) -> list[tuple[int, int]]:
    """(turn_id, code_id) for every code with a coding that overlaps a speaker turn."""
    return project.db.execute(
        "SELECT DISTINCT t.id, c.code_id FROM codings c JOIN turns t "
        'ON t.document_id = c.document_id AND c.start < t."end" AND t.start < c."end"'
    ).fetchall()


def coded_code_ids(project: Project) -> set[int]:
    """The codes that have at least one coding."""
    return {r[0] for r in project.db.execute("SELECT DISTINCT code_id FROM codings")}
