"""Code frequencies: codes × documents, cases, coders or the values of a case attribute, counting
codings, documents, coded characters or coded words, with totals and optional roll-up of child codes.

Totals count each coding once, even where a document belongs to two cases and so shows in two
columns; the Total row counts every coding in the column once, whatever the roll-up.
"""

from __future__ import annotations

from collections import defaultdict
from typing import cast

from qcode.analysis.codetree import code_rows, targets
from qcode.analysis.danish import WORD
from qcode.analysis.table import CaseLabel, DocumentLabel, Table, label
from qcode.core.errors import register_messages, say
from qcode.core.project import Project
from qcode.core.reports import (
    NONE_LABEL,
    ReportError,
    check_dimension,
    code_document_counts,
    coded_texts,
    dimension_labels,
    document_keys,
)
from qcode.core.types import CodeId, DocumentId

MEASURES = ("codings", "documents", "characters", "words")
DIMENSION_TITLES = {"document": "document", "case": "case", "coder": "coder"}

register_messages({
    "frequencies.codings": ("Codings", "Kodninger"),
    "frequencies.documents": ("Documents", "Dokumenter"),
    "frequencies.characters": ("Coded characters", "Kodede tegn"),
    "frequencies.words": ("Coded words", "Kodede ord"),
    "frequencies.title": ("{measure} by {dimension}", "{measure} pr. {dimension}"),
    "frequencies.by_document": ("document", "dokument"),
    "frequencies.by_case": ("case", "case"),
    "frequencies.by_coder": ("coder", "koder"),
    "frequencies.none": ("(none)", "(ingen)"),
})


def _title(measure: str, dimension: str, attribute: str | None, rollup: bool, lang: str) -> str:
    """"Codings by document (sub-codes rolled up)" in ``lang``."""
    by = say(f"frequencies.by_{dimension}", lang) if dimension in DIMENSION_TITLES else attribute or ""
    title = say("frequencies.title", lang, measure=say(f"frequencies.{measure}", lang), dimension=by)
    return title + (label("rolled_up", lang) if rollup else "")


def _base_rows(project: Project, dimension: str, measure: str) -> tuple[list[tuple], int]:
    """Rows (code_id, document_id, coder_id or None, codings, characters-or-words), one per code and
    document (and coder), and the index of the value to count in them."""
    by_coder = dimension == "coder"
    if measure != "words":
        return code_document_counts(project, by_coder), 4 if measure == "characters" else 3
    totals: dict[tuple, int] = defaultdict(int)
    for code_id, doc_id, coder_id, _coding_id, text in coded_texts(project):
        totals[(code_id, doc_id, coder_id if by_coder else None)] += len(WORD.findall(text))
    return [(*k, 0, v) for k, v in totals.items()], 4


def _add_single_column(base: list[tuple], key_at: int, value_at: int, col_index: dict,
                       row_targets: dict[CodeId, list[int]], cells: list[list], row_tot: list,
                       col_tot: list) -> float:
    """Sum ``base`` rows into the cells and totals where each row has one column; returns the grand total."""
    grand = 0
    for row in base:
        hit_rows = row_targets.get(row[0])
        if hit_rows is None:
            continue
        col, value = col_index[row[key_at]], row[value_at]
        grand += value
        col_tot[col] += value
        for r in hit_rows:
            row_tot[r] += value
            cells[r][col] += value
    return grand


def _label(dimension: str, key: object, name: str, lang: str = "en") -> str:
    """A column's label; a document or a case keeps its id, so an export can name it without its name."""
    if key is None:
        return NONE_LABEL if lang == "en" else say("frequencies.none", lang)
    if dimension == "document":
        return DocumentLabel(name, cast(int, key))
    if dimension == "case":
        return CaseLabel(name, cast(int, key))
    return name


def frequency_table(
    project: Project,
    by: str = "document",
    measure: str = "codings",
    *,
    rollup: bool = False,
    code: str | None = None,
    hide_empty: bool = False,
    lang: str = "en",
) -> Table:
    """Codes (rows) × the ``by`` grouping (columns) of ``measure``; ``by`` may name a case attribute.
    ``lang``: the title and headers in English (the GUI translates them itself) or Danish ("da")."""
    if measure not in MEASURES:
        raise ReportError("report.bad_measure", measure=measure)
    dimension, attribute = check_dimension(project, by)
    rows = code_rows(project, code)
    row_targets = targets(rows, rollup)
    labels = dimension_labels(project, dimension, attribute)
    col_index = {key: i for i, (key, _) in enumerate(labels)}
    n_rows, n_cols = len(rows), len(labels)
    documents = measure == "documents"
    cells: list[list] = [[set() if documents else 0 for _ in range(n_cols)] for _ in range(n_rows)]
    row_tot: list = [set() if documents else 0 for _ in range(n_rows)]
    col_tot: list = [set() if documents else 0 for _ in range(n_cols)]
    grand: float = 0
    grand_documents: set[DocumentId] = set()  # the measure "documents": each document once
    base, value_at = _base_rows(project, dimension, measure)
    if not documents and dimension in ("document", "coder"):
        # The common case, one column per row: a tight loop keeps it within 2× of the bare query.
        grand = _add_single_column(base, 1 if dimension == "document" else 2, value_at, col_index,
                                   row_targets, cells, row_tot, col_tot)
        base = []
    doc_keys = document_keys(project, dimension, attribute) if dimension in ("case", "attribute") else {}
    no_key: list[object] = [None]
    for code_id, doc_id, coder_id, *values in base:
        value = values[value_at - 3]
        hit_rows = row_targets.get(code_id)
        if hit_rows is None:  # a code outside the --code branch
            continue
        if dimension == "document":
            cols = [col_index[doc_id]]
        elif dimension == "coder":
            cols = [col_index[coder_id]]
        else:  # a document in two cases counts in both columns, once in the totals
            cols = [col_index[k] for k in doc_keys.get(doc_id, no_key) if k in col_index]
        if documents:
            grand_documents.add(doc_id)
            for r in hit_rows:
                row_tot[r].add(doc_id)
                for col in cols:
                    cells[r][col].add(doc_id)
            for col in cols:
                col_tot[col].add(doc_id)
            continue
        grand += value
        for col in cols:
            col_tot[col] += value
        for r in hit_rows:
            row_tot[r] += value
            row = cells[r]
            for col in cols:
                row[col] += value
    if documents:
        cells = [[len(c) for c in row] for row in cells]
        row_tot, col_tot, grand = [len(s) for s in row_tot], [len(s) for s in col_tot], len(grand_documents)
    keep_cols = [i for i, (key, _) in enumerate(labels) if key is not None or col_tot[i]]
    keep_rows = [i for i in range(n_rows) if not hide_empty or row_tot[i]]
    return Table(
        title=_title(measure, dimension, attribute, rollup, lang),
        row_header=label("code", lang),
        rows=[rows[i].path for i in keep_rows],
        columns=[_label(dimension, labels[i][0], labels[i][1], lang) for i in keep_cols],
        values=[[cells[r][c] for c in keep_cols] for r in keep_rows],
        row_keys=[rows[i].id for i in keep_rows],
        column_keys=[labels[i][0] for i in keep_cols],
        row_depth=[rows[i].depth for i in keep_rows],
        row_totals=[row_tot[i] for i in keep_rows],
        column_totals=[col_tot[i] for i in keep_cols],
        grand_total=grand,
        total_label=label("total", lang),
    )


def frequency_tables(project: Project, by: str = "document", *, rollup: bool = False,
                     code: str | None = None, hide_empty: bool = False, lang: str = "en") -> list[Table]:
    """One table per measure (codings, documents, characters, words), for a workbook export."""
    return [frequency_table(project, by, m, rollup=rollup, code=code, hide_empty=hide_empty, lang=lang)
            for m in MEASURES]
