"""Analysis tables on their way out of the program: every label and text cell pseudonymised through the
project's register, then leak-checked, as quote exports are. No Qt.

Frequency tables carry case and document names in their headers, retrieval and search tables carry
transcript text (as :class:`~qcode.analysis.table.Excerpt` cells, rendered from the pseudonymised
document so ages found there are replaced too); both are exports. The check here blocks on register
hits only: fresh detection over tens of thousands of KWIC snippets would take minutes, and the texts
come from documents whose names the register already holds.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from qcode.analysis.table import CaseLabel, DocumentLabel, Excerpt, Table, Word
from qcode.anonymise.leak_check import require_no_hits
from qcode.export.pseudonymiser import Pseudonymiser

if TYPE_CHECKING:
    from qcode.core.project import Project


def pseudonymised_tables(project: Project, tables: Sequence[Table], *,
                         acknowledge_warnings: bool = False) -> list[Table]:
    """``tables`` with every string pseudonymised; raises the anonymiser's LeakError on a hit, and on
    documents never searched for names unless ``acknowledge_warnings``."""
    pseudo = Pseudonymiser(project)
    out = [_in_label_order(table, _pseudonymised(pseudo, table)) for table in tables]
    _check(project, out, acknowledge_warnings)
    return out


def pseudonymised_display_table(project: Project, table: Table) -> Table:
    """``table`` as the pseudonymised view shows it on screen: the same texts as an export, rows and
    columns in their places (a view maps clicks by position), and no leak check (nothing leaves)."""
    return _pseudonymised(Pseudonymiser(project), table)


def _pseudonymised(pseudo: Pseudonymiser, table: Table) -> Table:

    def text(value: str) -> str:
        if isinstance(value, Excerpt):  # document words: the range rendered, ages included
            shown = pseudo.span(value.document_id, value.start, value.end)
            return shown.replace("\n", " ") if value.one_line else shown
        if isinstance(value, DocumentLabel):
            return pseudo.document_label(value.document_id)
        if isinstance(value, CaseLabel):
            return pseudo.case_label(value.case_id)
        if isinstance(value, Word):
            return pseudo.word(value)
        return pseudo.text(value)

    return replace(table, title=text(table.title), row_header=text(table.row_header),
                   rows=[text(r) for r in table.rows], columns=[text(c) for c in table.columns],
                   values=[[text(v) if isinstance(v, str) else v for v in row] for row in table.values])


def _natural(label: str) -> list[object]:
    return [int(part) if part.isdigit() else part.casefold() for part in re.split(r"(\d+)", label)]


def _label_positions(labels: Sequence[str], shown: Sequence[str]) -> list[int] | None:
    """The order of ``shown`` with its document and case labels sorted by what the export shows (other
    entries, such as a total, stay where they are); None when nothing moves."""
    at = [i for i, label in enumerate(labels) if isinstance(label, (DocumentLabel, CaseLabel))]
    ordered = sorted(at, key=lambda i: _natural(shown[i]))  # stable: a document's rows keep their order
    if ordered == at:
        return None
    order = list(range(len(labels)))
    for slot, source in zip(at, ordered, strict=True):
        order[slot] = source
    return order


def _in_label_order(original: Table, table: Table) -> Table:
    """Rows and columns of documents and cases in the order of their exported labels: an order by the real
    names ("Informant 1, 2, 4, 3") would tell a reader how the hidden names sort."""
    def pick(values: Sequence, order: list[int]) -> list:
        return [values[i] for i in order] if len(values) == len(order) else list(values)

    def totals(values: list[float] | None, order: list[int]) -> list[float] | None:
        return None if values is None else pick(values, order)

    columns = _label_positions(original.columns, table.columns)
    if columns is not None:
        table = replace(table, columns=pick(table.columns, columns),
                        values=[pick(row, columns) for row in table.values],
                        column_keys=pick(table.column_keys, columns),
                        column_totals=totals(table.column_totals, columns))
    rows = None if original.keep_row_order else _label_positions(original.rows, table.rows)
    if rows is not None:
        table = replace(table, rows=pick(table.rows, rows), values=pick(table.values, rows),
                        row_keys=pick(table.row_keys, rows), row_depth=pick(table.row_depth, rows),
                        row_totals=totals(table.row_totals, rows))
    return table


def _check(project: Project, tables: Sequence[Table], acknowledge_warnings: bool) -> None:
    texts = [(f"{table.title}: {where}", value) for table in tables
             for where, value in _labelled_strings(table)]
    require_no_hits(project, list(dict.fromkeys(texts)), acknowledge_unsearched=acknowledge_warnings)


def _labelled_strings(table: Table) -> list[tuple[str, str]]:
    found = [("title", table.title), ("header", table.row_header)]
    found += [("row", r) for r in table.rows] + [("column", c) for c in table.columns]
    found += [(table.rows[i] if i < len(table.rows) else "row", v)
              for i, row in enumerate(table.values) for v in row if isinstance(v, str)]
    return [(where, value) for where, value in found if value.strip()]
