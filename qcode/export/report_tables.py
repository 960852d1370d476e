"""Analysis tables on their way out of the program: every label and text cell pseudonymised through the
project's register, then leak-checked, as quote exports are. No Qt.

Frequency tables carry case and document names in their headers, retrieval and search tables carry
transcript text (as :class:`~qcode.analysis.table.Excerpt` cells, rendered from the pseudonymised
document so ages found there are replaced too); both are exports. The check here blocks on register
hits only: fresh detection over tens of thousands of KWIC snippets would take minutes, and the texts
come from documents whose names the register already holds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from qcode.analysis.table import CaseLabel, DocumentLabel, Excerpt, Table, Word
from qcode.anonymise.leak_check import require_no_hits
from qcode.export.quotes import Pseudonymiser

if TYPE_CHECKING:
    from qcode.core.project import Project


def pseudonymised_tables(project: Project, tables: Sequence[Table], *,
                         acknowledge_warnings: bool = False) -> list[Table]:
    """``tables`` with every string pseudonymised; raises the anonymiser's LeakError on a hit, and on
    documents never searched for names unless ``acknowledge_warnings``."""
    pseudo = Pseudonymiser(project)

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

    out = [replace(table, title=text(table.title), row_header=text(table.row_header),
                   rows=[text(r) for r in table.rows], columns=[text(c) for c in table.columns],
                   values=[[text(v) if isinstance(v, str) else v for v in row] for row in table.values])
           for table in tables]
    _check(project, out, acknowledge_warnings)
    return out


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
