"""Krippendorff's alpha (nominal) for two or more coders, per code, per code and document, pooled and as
a mean over codes, on a named unit (characters, sentences or turns; see
:mod:`qcode.analysis.agreement_units`).

Every code is its own binary variable: a unit has, per coder, the value 1 (coded with the code) or 0.
A coder who did not code a document at all has *missing* values there (Krippendorff's alpha handles
missing data), so three coders who split the documents still give one alpha. A document only one coder
coded has nothing to pair and is listed as left out, unless ``include_single`` counts every coder as
having looked at every compared document (what they did not code is then a 0). The pooled alpha treats
each (unit, code) as one unit; the mean is the plain mean of the codes' alphas. No Qt, no SQL.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from qcode.analysis.agreement import MEAN, OVERALL, document_units
from qcode.analysis.agreement_tables import row_label, unit_word
from qcode.analysis.agreement_units import UNITS, Pattern, alpha, char_patterns, coded_units, unit_patterns
from qcode.analysis.codetree import code_rows, targets
from qcode.analysis.intervals import merge
from qcode.analysis.table import Cell, DocumentLabel, Table, label
from qcode.core.coders import list_coders
from qcode.core.errors import register_messages, say
from qcode.core.project import Project
from qcode.core.report_agreement import AgreementError, coder_spans
from qcode.core.report_segments import document_texts
from qcode.core.types import CodeId, CoderId, DocumentId
from qcode.core.visibility import require_not_blind

register_messages({
    "alpha.title": ("{what}: {coders} (unit: {unit}{rolled}{single})",
                    "{what}: {coders} (enhed: {unit}{rolled}{single})"),
    "alpha.single_counted": (", documents coded by one coder counted",
                             ", dokumenter kodet af kun én koder talt med"),
    "alpha.by_code": ("Krippendorff's alpha by code", "Krippendorffs alfa pr. kode"),
    "alpha.by_code_document": ("Krippendorff's alpha by code and document",
                               "Krippendorffs alfa pr. kode og dokument"),
    "alpha.documents": ("Documents", "Dokumenter"),
    "alpha.pairable": ("Pairable units ({u})", "Parrede enheder ({u})"),
    "alpha.coded_by": ("Coded by {name} ({u})", "Kodet af {name} ({u})"),
    "alpha.left_out": ("left out: coded by one coder only", "udeladt: kodet af kun én koder"),
})

@dataclass
class AlphaRow:
    """Unit patterns for one code (in one document, or pooled), or for all codes pooled."""

    code_id: CodeId | None
    path: str
    depth: int
    document_id: DocumentId | None
    document_name: str
    patterns: Counter[Pattern] = field(default_factory=Counter)

    @property
    def alpha(self) -> float | None:
        return alpha(self.patterns)

    @property
    def pairable(self) -> int:
        """Units with values from at least two coders (the ones alpha is computed on)."""
        return sum(n for p, n in self.patterns.items() if sum(v is not None for v in p) >= 2)

    def coded(self, index: int) -> int:
        """Units coder number ``index`` coded."""
        return sum(n for p, n in self.patterns.items() if p[index] == 1)


@dataclass
class AlphaAgreement:
    """Alpha for a set of coders: rows per code, per code × document, pooled and mean."""

    coders: tuple[str, ...]
    unit: str
    rollup: bool
    include_single: bool
    codes: list[AlphaRow]
    cells: list[AlphaRow]
    overall: AlphaRow
    documents: list[tuple[DocumentId, str]]
    skipped: list[str]  # documents only one coder coded, left out
    skipped_ids: dict[str, DocumentId] = field(default_factory=dict)  # their ids, by name

    @property
    def mean(self) -> float | None:
        values = [r.alpha for r in self.codes if r.alpha is not None]
        return sum(values) / len(values) if values else None


def _coder_ids(project: Project, names: Sequence[str]) -> list[CoderId]:
    known = {c.name: c.id for c in list_coders(project)}
    for name in names:
        if name not in known:
            raise AgreementError("agreement.no_coder", name=name, known=", ".join(sorted(known)) or "-")
    return [known[n] for n in names]


def alpha_agreement(
    project: Project,
    coders: Sequence[str],
    *,
    code: str | None = None,
    rollup: bool = False,
    unit: str = "characters",
    include_single: bool = False,
    document_ids: Sequence[DocumentId] | None = None,
) -> AlphaAgreement:
    """Krippendorff's alpha among ``coders`` (names) for every code, per document and overall."""
    require_not_blind(project, "the coder comparison")
    coders = list(dict.fromkeys(coders))
    if len(coders) < 2:
        raise AgreementError("agreement.too_few_coders")
    if unit not in UNITS:
        raise AgreementError("agreement.bad_unit", unit=unit, known=", ".join(UNITS))
    ids = _coder_ids(project, coders)
    position = {coder_id: i for i, coder_id in enumerate(ids)}
    spans = coder_spans(project, ids)
    coded_by: dict[DocumentId, set[CoderId]] = defaultdict(set)
    for doc_id, _code, coder_id, *_ in spans:
        coded_by[doc_id].add(coder_id)
    for coder_id, name in zip(ids, coders, strict=True):
        if not any(coder_id in c for c in coded_by.values()):
            raise AgreementError("agreement.no_codings", name=name)
    if document_ids is None:
        compared = {d for d, who in coded_by.items() if len(who) >= 2 or include_single}
    else:
        compared = set(document_ids)
    texts = document_texts(project, sorted(compared)) if compared else {}
    if not texts:
        raise AgreementError("agreement.no_common_documents", a=coders[0], b=", ".join(coders[1:]))
    left_out = sorted(set(coded_by) - compared)
    left = document_texts(project, left_out) if left_out else {}
    skipped = sorted(name for name, _ in left.values())
    skipped_ids = {name: d for d, (name, _) in left.items()}
    units = document_units(project, unit, texts)
    sizes = {d: len(texts[d][1]) if units is None else len(units[d]) for d in texts}
    present = {d: [include_single or coder_id in coded_by.get(d, ()) for coder_id in ids] for d in texts}

    rows = code_rows(project, code)
    row_targets = targets(rows, rollup)
    groups: dict[tuple[int, DocumentId], list[list[tuple[int, int]]]] = defaultdict(
        lambda: [[] for _ in ids])
    for doc_id, code_id, coder_id, _coding_id, start, end in spans:
        if doc_id in texts and code_id in row_targets:
            for r in row_targets[code_id]:
                groups[(r, doc_id)][position[coder_id]].append((start, end))

    def zeros(doc_id: DocumentId) -> Pattern:
        return tuple(0 if here else None for here in present[doc_id])

    cells: list[AlphaRow] = []
    by_row: dict[int, list[AlphaRow]] = defaultdict(list)
    for (r, doc_id), ranges in sorted(groups.items(), key=lambda g: (g[0][0], texts[g[0][1]][0])):
        merged = [merge(x) if here else None for x, here in zip(ranges, present[doc_id], strict=True)]
        if units is None:
            patterns = char_patterns(sizes[doc_id], merged)
        else:
            patterns = unit_patterns(sizes[doc_id], [None if m is None else coded_units(units[doc_id], m)
                                                     for m in merged])
        row = rows[r]
        cells.append(AlphaRow(row.id, row.path, row.depth, doc_id, texts[doc_id][0], patterns))
        by_row[r].append(cells[-1])
    code_totals = []
    for index, row in enumerate(rows):
        mine = by_row.get(index)
        if not mine:
            continue
        total: Counter = Counter()
        for cell in mine:
            total.update(cell.patterns)
        for doc_id in set(texts) - {c.document_id for c in mine}:  # nobody coded the code there
            total[zeros(doc_id)] += sizes[doc_id]
        code_totals.append(AlphaRow(row.id, row.path, row.depth, None, "", total))
    overall = AlphaRow(None, OVERALL, 0, None, "", sum((r.patterns for r in code_totals), Counter()))
    documents = sorted(((d, name) for d, (name, _) in texts.items()), key=lambda d: d[1])
    return AlphaAgreement(tuple(coders), unit, rollup, include_single, code_totals, cells, overall, documents,
                          skipped, skipped_ids)


def _title(result: AlphaAgreement, what: str, lang: str = "en") -> str:
    rolled = say("agreement.rolled", lang) if result.rollup else ""
    single = say("alpha.single_counted", lang) if result.include_single else ""
    return say("alpha.title", lang, what=say(what, lang), coders=", ".join(result.coders),
               unit=say(f"agreement.unit_{result.unit}", lang), rolled=rolled, single=single)


def _blank(value: float | None) -> Cell:
    return "" if value is None else value


def alpha_tables(result: AlphaAgreement, lang: str = "en") -> list[Table]:
    """Alpha by code (with the pooled and mean rows), by code and document, and the documents; titles and
    headers in ``lang``."""
    u = unit_word(result.unit, lang)
    columns = [say("agreement.alpha", lang), say("alpha.pairable", lang, u=u),
               *[say("alpha.coded_by", lang, name=name, u=u) for name in result.coders]]

    def numbers(row: AlphaRow) -> list[Cell]:
        return [_blank(row.alpha), row.pairable, *[row.coded(i) for i in range(len(result.coders))]]

    rows = [*result.codes, result.overall]
    keys: list[object] = [r.code_id for r in rows]
    values = [numbers(r) for r in rows] + [[_blank(result.mean), *[""] * (len(columns) - 1)]]
    summary = Table(title=_title(result, "alpha.by_code", lang), row_header=label("code", lang),
                    rows=[row_label(r.path, lang) for r in rows] + [row_label(MEAN, lang)], columns=columns,
                    values=values,
                    row_keys=[*keys, None], row_depth=[r.depth for r in rows] + [0])
    cell_keys: list[object] = [r.code_id for r in result.cells]
    cells = Table(title=_title(result, "alpha.by_code_document", lang), row_header=label("code", lang),
                  rows=[r.path for r in result.cells], columns=[label("document", lang), *columns],
                  values=[[DocumentLabel(r.document_name, r.document_id or 0), *numbers(r)]
                          for r in result.cells],
                  row_keys=cell_keys)
    # document names are DocumentLabels: an export calls them "Dokument N" (file names hold names)
    names = [DocumentLabel(name, d) for d, name in result.documents] + [
        DocumentLabel(name, result.skipped_ids[name]) for name in result.skipped]
    documents = Table(title=_title(result, "alpha.documents", lang), row_header=label("document", lang),
                      rows=list(names), columns=[say("agreement.compared_column", lang)],
                      values=[[say("agreement.compared", lang)] for _ in result.documents]
                      + [[say("alpha.left_out", lang)] for _ in result.skipped])
    return [summary, cells, documents]
