"""Quotes: coded segments chosen for a report, with the coder's workbench choices.

Selects codings of one or more codes (filtered by case attributes, coder and document) together with
everything an exporter needs (document, case, attributes, code path, coder, memo), and stores the
per-coding choices of the quote workbench: favourite, manual order and cuts ("[…]"). Also keeps the
export log. Pure queries and small writes; rendering and pseudonymising are ``qcode.io``'s job.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from qcode.core import changes
from qcode.core.clock import now
from qcode.core.codebook import code_path, descendant_ids, list_codes
from qcode.core.codings import get_coding
from qcode.core.errors import QcodeError, register_messages
from qcode.core.types import CaseId, CodeId, CoderId, CodingId, DocumentId

if TYPE_CHECKING:
    from qcode.core.project import Project

register_messages({
    "quote.bad_cut": (
        "The cut {start}–{end} is not inside the quote ({quote_start}–{quote_end}).",
        "Udeladelsen {start}–{end} ligger ikke inden for citatet ({quote_start}–{quote_end}).",
    ),
    "quote.no_codes": ("Choose at least one code.", "Vælg mindst én kode."),
})

QUOTES = "quotes"  # Change kind for workbench choices (favourite, order, cuts)


class QuoteError(QcodeError):
    """A quote workbench action was refused."""


@dataclass(frozen=True)
class QuoteFilter:
    """Which codings become quotes. Empty collections mean "no restriction".

    ``attributes`` maps an attribute name to the accepted values (a quote passes when its case has
    one of them for every named attribute).
    """

    code_ids: tuple[CodeId, ...]
    include_children: bool = True
    attributes: Mapping[str, frozenset[str]] = field(default_factory=dict)
    coder_ids: frozenset[CoderId] = frozenset()
    document_ids: frozenset[DocumentId] = frozenset()
    favourites_only: bool = False


@dataclass(frozen=True)
class Quote:
    """One coded segment with its context for export; offsets index the original text."""

    coding_id: CodingId
    document_id: DocumentId
    document_name: str
    code_id: CodeId
    code_path: str
    start: int
    end: int
    coder_id: CoderId
    coder_name: str
    memo: str
    case_id: CaseId | None
    case_name: str
    case_number: int | None
    attributes: Mapping[str, str]
    favourite: bool = False
    position: int | None = None
    cuts: tuple[tuple[int, int], ...] = ()


_SELECT = """
SELECT c.id, c.document_id, d.name, c.code_id, c.start, c."end", c.coder_id, coder.name, c.memo,
       (SELECT t.case_id FROM turns t WHERE t.document_id = c.document_id AND t.case_id IS NOT NULL
          AND t.start < c."end" AND t."end" > c.start AND t.role = 'interviewee' ORDER BY t.start LIMIT 1),
       (SELECT dc.case_id FROM document_cases dc WHERE dc.document_id = c.document_id
          ORDER BY dc.case_id LIMIT 1),
       COALESCE(q.favourite, 0), q.position, COALESCE(q.cuts, '[]')
FROM codings c
JOIN documents d ON d.id = c.document_id
JOIN coders coder ON coder.id = c.coder_id
LEFT JOIN quote_marks q ON q.coding_id = c.id
"""


def select_quotes(project: Project, quote_filter: QuoteFilter) -> list[Quote]:
    """The quotes the filter selects: manually ordered ones first, then by code, document, start."""

    if not quote_filter.code_ids:
        raise QuoteError("quote.no_codes")
    code_ids: list[CodeId] = []
    for code_id in quote_filter.code_ids:
        ids = descendant_ids(project, code_id) if quote_filter.include_children else [code_id]
        code_ids.extend(i for i in ids if i not in code_ids)
    where = [f"c.code_id IN ({','.join('?' * len(code_ids))})"]
    params: list[object] = list(code_ids)
    for column, values in (("c.coder_id", quote_filter.coder_ids),
                           ("c.document_id", quote_filter.document_ids)):
        if values:
            where.append(f"{column} IN ({','.join('?' * len(values))})")
            params.extend(sorted(values))
    if quote_filter.favourites_only:
        where.append("q.favourite = 1")
    rows = project.db.execute(_SELECT + " WHERE " + " AND ".join(where), params).fetchall()

    tree_order = {code.id: index for index, code in enumerate(list_codes(project))}
    paths = {code_id: code_path(project, code_id) for code_id in code_ids}
    case_names, case_numbers = case_names_and_numbers(project)
    case_attributes = _all_case_attributes(project)
    quotes = []
    for r in rows:
        case_id = r[9] if r[9] is not None else r[10]
        attributes = case_attributes.get(case_id, {}) if case_id is not None else {}
        if not _attributes_match(attributes, quote_filter.attributes):
            continue
        quotes.append(Quote(
            CodingId(r[0]), DocumentId(r[1]), r[2], CodeId(r[3]), paths[r[3]], r[4], r[5],
            CoderId(r[6]), r[7], r[8], CaseId(case_id) if case_id is not None else None,
            case_names.get(case_id, ""), case_numbers.get(case_id), attributes, bool(r[11]), r[12],
            tuple((int(a), int(b)) for a, b in json.loads(r[13])),
        ))
    quotes.sort(key=lambda q: (q.position is None, q.position or 0, tree_order.get(q.code_id, 0),
                               q.document_name, q.start, q.coding_id))
    return quotes


def _attributes_match(attributes: Mapping[str, str], wanted: Mapping[str, frozenset[str]]) -> bool:
    return all(not values or attributes.get(name) in values for name, values in wanted.items())


def case_names_and_numbers(project: Project) -> tuple[dict[CaseId, str], dict[CaseId, int]]:
    """Case id → name, and case id → its number (1, 2, … in creation order) for "Informant 7"."""
    rows = project.db.execute("SELECT id, name FROM cases ORDER BY id").fetchall()
    return {r[0]: r[1] for r in rows}, {r[0]: n for n, r in enumerate(rows, start=1)}


def _all_case_attributes(project: Project) -> dict[int, dict[str, str]]:
    rows = project.db.execute(
        "SELECT ca.case_id, a.name, ca.value FROM case_attributes ca "
        "JOIN attributes a ON a.id = ca.attribute_id ORDER BY a.name"
    ).fetchall()
    result: dict[int, dict[str, str]] = {}
    for case_id, name, value in rows:
        result.setdefault(case_id, {})[name] = value
    return result


def attribute_values(project: Project) -> dict[str, list[str]]:
    """Every case attribute with the values in use, for the workbench's filter lists."""
    rows = project.db.execute(
        "SELECT DISTINCT a.name, ca.value FROM case_attributes ca "
        "JOIN attributes a ON a.id = ca.attribute_id ORDER BY a.name, ca.value"
    ).fetchall()
    result: dict[str, list[str]] = {}
    for name, value in rows:
        result.setdefault(name, []).append(value)
    return result


def _upsert(project: Project, coding_id: CodingId, column: str, value: object) -> None:
    project.db.execute(
        f"INSERT INTO quote_marks (coding_id, {column}) VALUES (?, ?) "
        f"ON CONFLICT(coding_id) DO UPDATE SET {column} = excluded.{column}",
        [coding_id, value],
    )


def set_favourite(project: Project, coding_id: CodingId, favourite: bool = True) -> None:
    """Mark (or unmark) a coded segment as a favourite quote."""
    with project.transaction():
        _upsert(project, coding_id, "favourite", int(favourite))
        project.log("set_quote_favourite", "coding", coding_id, favourite=favourite)
        project.announce(changes.Change(QUOTES, (coding_id,)))


def set_order(project: Project, coding_ids: Sequence[CodingId]) -> None:
    """Give these quotes this manual order (positions 0, 1, …); other quotes keep theirs."""
    with project.transaction():
        for position, coding_id in enumerate(coding_ids):
            _upsert(project, coding_id, "position", position)
        project.log("set_quote_order", "coding", None, ids=list(coding_ids))
        project.announce(changes.Change(QUOTES, tuple(coding_ids)))


def clear_order(project: Project) -> None:
    """Forget every manual order (quotes go back to code, document, position)."""
    with project.transaction():
        project.db.execute("UPDATE quote_marks SET position = NULL")
        project.log("clear_quote_order", "coding", None)
        project.announce(changes.Change(QUOTES, ()))


def normalise_cuts(cuts: Iterable[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Sorted, merged, non-empty cut ranges."""
    merged: list[list[int]] = []
    for start, end in sorted((int(a), int(b)) for a, b in cuts):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return tuple((a, b) for a, b in merged)


def set_cuts(project: Project, coding_id: CodingId, cuts: Iterable[tuple[int, int]],
             bounds: tuple[int, int] | None = None) -> tuple[tuple[int, int], ...]:
    """Replace a quote's cuts (document offsets shown as "[…]"); returns the old cuts.

    ``bounds`` is the quote's shown range (coding plus context); cuts must lie inside it.
    """

    with project.transaction():
        coding = get_coding(project, coding_id)
        low, high = bounds if bounds is not None else (coding.start, coding.end)
        cuts = normalise_cuts(cuts)
        for start, end in cuts:
            if start < low or end > high:
                raise QuoteError("quote.bad_cut", start=start, end=end, quote_start=low, quote_end=high)
        row = project.db.execute("SELECT cuts FROM quote_marks WHERE coding_id = ?", [coding_id]).fetchone()
        old = tuple((int(a), int(b)) for a, b in json.loads(row[0])) if row else ()
        _upsert(project, coding_id, "cuts", json.dumps([list(c) for c in cuts]))
        project.log("set_quote_cuts", "coding", coding_id, cuts=[list(c) for c in cuts])
        project.announce(changes.Change(QUOTES, (coding_id,), (coding.document_id,)))
    return old


@dataclass(frozen=True)
class ExportRecord:
    """One line of the export log."""

    id: int
    at: str
    coder: str
    kind: str
    format: str
    path: str
    items: int
    details: Mapping[str, object]


def record_export(project: Project, kind: str, fmt: str, path: str, items: int,
                  **details: object) -> int:
    """Log an export (who, when, what, where) in the export log and the change log."""
    with project.transaction():
        cursor = project.db.execute(
            "INSERT INTO export_log (at, coder, kind, format, path, items, details) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [now(), project.coder_name, kind, fmt, path, items,
             json.dumps(details, ensure_ascii=False, default=str)],
        )
        assert cursor.lastrowid is not None  # an INSERT sets it (sqlite3 types it optional)
        project.log("export", kind, cursor.lastrowid, format=fmt, path=path, items=items, **details)
        project.announce(changes.Change(changes.EXPORTS, (cursor.lastrowid,)))
    return cursor.lastrowid


def list_exports(project: Project) -> list[ExportRecord]:
    """The export log, newest first."""
    rows = project.db.execute(
        "SELECT id, at, coder, kind, format, path, items, details FROM export_log ORDER BY id DESC"
    ).fetchall()
    return [ExportRecord(r[0], r[1], r[2], r[3], r[4], r[5], r[6], json.loads(r[7])) for r in rows]
