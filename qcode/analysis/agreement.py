"""Inter-coder agreement between coder A and coder B (or two groups of coders), as NVivo's Coding
Comparison Query and MAXQDA's Intercoder Agreement compute it, plus Krippendorff's alpha.

Unit level (NVivo's unit is the character; sentences and speaker turns can be chosen instead, see
:mod:`qcode.analysis.agreement_units`): within a document every unit is coded by both, only A, only B or
neither for a code; percent agreement is (both + neither) / units, Cohen's kappa and Krippendorff's alpha
(nominal) are computed on those four counts. A code's row pools the units of every compared document, so
long documents weigh more. Two overall figures are given and named: **pooled** (the counts of every code
added up, then one kappa; NVivo's "overall") and **mean** (the plain mean of the codes' kappas, alphas and
percentages, every code weighing the same). Segment level (MAXQDA): a coding of one side counts as
matched when the other side coded at least ``threshold`` % of its characters with the same code;
unmatched codings are the disagreements. The segment kappa follows MAXQDA (Brennan & Prediger 1981):
chance agreement is 1 / the number of codes compared, so it is given for all codes together only.

Only documents both sides have coded (any code) are compared: a document one coder never opened says
nothing about agreement. They are listed (``single``), and ``include_single`` counts them instead, as
documents where the other side coded nothing. Codes neither side used are left out, as they would agree
trivially. With roll-up a code's row covers its sub-codes too, and the overall rows cover every row shown.
The tables that show a comparison are in :mod:`qcode.analysis.agreement_tables`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from qcode.analysis.agreement_units import UNITS, binary_alpha, coded_units, unit_ranges
from qcode.analysis.codetree import CodeRow, code_rows, targets
from qcode.analysis.intervals import intersect, merge
from qcode.core.coders import list_coders
from qcode.core.project import Project
from qcode.core.report_agreement import AgreementError, coder_spans
from qcode.core.report_segments import document_texts
from qcode.core.reports import turn_spans
from qcode.core.types import CodeId, CoderId, CodingId, DocumentId
from qcode.core.visibility import require_not_blind

DEFAULT_THRESHOLD = 90.0
OVERALL = "Overall (pooled)"
MEAN = "Mean of codes"


@dataclass(frozen=True)
class CharCounts:
    """Units (characters, sentences or turns) of a document, or of pooled documents, coded by both
    sides, only A, only B or neither."""

    both: int = 0
    only_a: int = 0
    only_b: int = 0
    neither: int = 0

    @property
    def length(self) -> int:
        return self.both + self.only_a + self.only_b + self.neither

    @property
    def percent(self) -> float | None:
        """Percent agreement: characters both coded or both left uncoded; None for no characters."""
        return 100 * (self.both + self.neither) / self.length if self.length else None

    @property
    def kappa(self) -> float | None:
        """Cohen's kappa on characters; 1 where chance agreement is already total (NVivo does the same)."""
        n = self.length
        if not n:
            return None
        coded_a, coded_b = self.both + self.only_a, self.both + self.only_b
        # Integer numerator and denominator (both scaled by n²) so identical codings give exactly 1.
        chance = coded_a * coded_b + (n - coded_a) * (n - coded_b)
        denominator = n * n - chance
        if denominator == 0:
            return 1.0
        return (n * (self.both + self.neither) - chance) / denominator

    @property
    def alpha(self) -> float | None:
        """Krippendorff's alpha (nominal, two coders, no missing values); None where undefined."""
        return binary_alpha(self.both, self.only_a, self.only_b, self.neither)

    def __add__(self, other: CharCounts) -> CharCounts:
        return CharCounts(self.both + other.both, self.only_a + other.only_a, self.only_b + other.only_b,
                          self.neither + other.neither)


@dataclass(slots=True)
class SegmentCheck:
    """One coding of one side and how much of it the other side coded with the same code (row)."""

    document_id: DocumentId
    document_name: str
    code_id: CodeId
    coding_id: CodingId
    coder: str
    side: str  # "A" or "B"
    start: int
    end: int
    covered: int  # characters of it the other side coded
    matched: bool
    text: str

    @property
    def covered_percent(self) -> float:
        return 100 * self.covered / (self.end - self.start)


@dataclass
class AgreementRow:
    """Agreement for one code in one document, one code over all documents (document None), or overall."""

    code_id: CodeId | None
    path: str
    depth: int
    document_id: DocumentId | None
    document_name: str
    chars: CharCounts
    segments: list[SegmentCheck] = field(default_factory=list)

    def count(self, side: str) -> int:
        """Number of codings (segments) of side "A" or "B"."""
        return sum(1 for s in self.segments if s.side == side)

    @property
    def matched(self) -> int:
        return sum(1 for s in self.segments if s.matched)

    @property
    def segment_percent(self) -> float | None:
        """Matched segments of both sides over all segments of both sides (MAXQDA); None without any."""
        return 100 * self.matched / len(self.segments) if self.segments else None

    @property
    def disagreements(self) -> list[SegmentCheck]:
        return [s for s in self.segments if not s.matched]


def _mean(values: list[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return sum(known) / len(known) if known else None


@dataclass(frozen=True)
class MeanRow:
    """The plain mean over the codes' rows (each code weighs the same), beside the pooled row."""

    percent: float | None
    kappa: float | None
    alpha: float | None
    segment_percent: float | None

    @classmethod
    def of(cls, rows: list[AgreementRow]) -> MeanRow:
        return cls(_mean([r.chars.percent for r in rows]), _mean([r.chars.kappa for r in rows]),
                   _mean([r.chars.alpha for r in rows]), _mean([r.segment_percent for r in rows]))


@dataclass
class Agreement:
    """The whole comparison: rows per code, per code × document, per document, and the overall rows."""

    coders_a: tuple[str, ...]
    coders_b: tuple[str, ...]
    threshold: float
    rollup: bool
    codes: list[AgreementRow]
    cells: list[AgreementRow]
    overall: AgreementRow
    documents: list[tuple[DocumentId, str]]
    skipped: list[str]  # documents only one side has coded, left out
    unit: str = "characters"
    include_single: bool = False
    single: list[tuple[str, str]] = field(default_factory=list)  # (document, the side that coded it)
    single_ids: dict[str, DocumentId] = field(default_factory=dict)  # their ids, by name
    by_document: list[AgreementRow] = field(default_factory=list)
    mean: MeanRow = MeanRow(None, None, None, None)

    @property
    def segment_kappa(self) -> float | None:
        """MAXQDA's segment kappa (Brennan & Prediger): chance agreement is 1 / the codes compared."""
        k = len(self.codes)
        observed = self.overall.segment_percent
        if k < 2 or observed is None:
            return None
        chance = 1 / k
        return (observed / 100 - chance) / (1 - chance)

    @property
    def label_a(self) -> str:
        return "+".join(self.coders_a)

    @property
    def label_b(self) -> str:
        return "+".join(self.coders_b)


def _coder_ids(project: Project, names: Sequence[str]) -> dict[CoderId, str]:
    known = {c.name: c.id for c in list_coders(project)}
    out: dict[CoderId, str] = {}
    for name in names:
        if name not in known:
            raise AgreementError("agreement.no_coder", name=name, known=", ".join(sorted(known)) or "-")
        out[known[name]] = name
    return out


def _check_coders(project: Project, coders_a: Sequence[str],
                  coders_b: Sequence[str]) -> tuple[dict[CoderId, str], dict[CoderId, str]]:
    if not coders_a or not coders_b:
        raise AgreementError("agreement.needs_coders")
    both = set(coders_a) & set(coders_b)
    if both:
        raise AgreementError("agreement.same_coder", name=sorted(both)[0])
    return _coder_ids(project, coders_a), _coder_ids(project, coders_b)


def compare_coders(
    project: Project,
    coders_a: Sequence[str],
    coders_b: Sequence[str],
    *,
    code: str | None = None,
    rollup: bool = False,
    threshold: float = DEFAULT_THRESHOLD,
    document_ids: Sequence[DocumentId] | None = None,
    unit: str = "characters",
    include_single: bool = False,
) -> Agreement:
    """Compare the codings of ``coders_a`` with those of ``coders_b`` (names; a group per side).

    :param code: only this code path and its sub-codes
    :param threshold: percent of a segment the other side must have coded for it to count as matched
    :param document_ids: compare these documents instead of those both sides have coded
    :param unit: what percent, kappa and alpha count: characters, sentences or turns
    :param include_single: also compare documents only one side coded (the other coded nothing there)
    """
    require_not_blind(project, "the coder comparison")
    if not 0 < threshold <= 100:
        raise AgreementError("agreement.bad_threshold", value=threshold)
    if unit not in UNITS:
        raise AgreementError("agreement.bad_unit", unit=unit, known=", ".join(UNITS))
    ids_a, ids_b = _check_coders(project, coders_a, coders_b)
    side = {i: "A" for i in ids_a} | {i: "B" for i in ids_b}
    names = ids_a | ids_b
    spans = coder_spans(project, list(names))
    coded_by: dict[DocumentId, set[str]] = defaultdict(set)
    used = set()
    for doc_id, _code, coder_id, *_ in spans:
        coded_by[doc_id].add(side[coder_id])
        used.add(coder_id)
    for coder_id, name in names.items():
        if coder_id not in used:
            raise AgreementError("agreement.no_codings", name=name)
    one_side = {d: next(iter(sides)) for d, sides in coded_by.items() if len(sides) == 1}
    if document_ids is None:
        compared = {d for d, sides in coded_by.items() if len(sides) == 2 or include_single}
    else:
        compared = set(document_ids)
    texts = document_texts(project, sorted(compared)) if compared else {}
    if not texts:
        raise AgreementError("agreement.no_common_documents", a="+".join(coders_a), b="+".join(coders_b))
    left_out = sorted(set(coded_by) - compared)
    skipped = [name for name, _ in document_texts(project, left_out).values()] if left_out else []
    labels = {"A": "+".join(coders_a), "B": "+".join(coders_b)}
    single_names = document_texts(project, sorted(one_side)) if one_side else {}
    single = sorted((single_names[d][0], labels[one_side[d]]) for d in one_side)
    single_ids = {single_names[d][0]: d for d in one_side}
    units = document_units(project, unit, texts)
    sizes = {d: len(texts[d][1]) if units is None else len(units[d]) for d in texts}

    rows = code_rows(project, code)
    row_targets = targets(rows, rollup)
    # (row index, document) → the codings of each side counting towards that row
    groups: dict[tuple[int, DocumentId], dict[str, list[tuple]]] = defaultdict(lambda: {"A": [], "B": []})
    for doc_id, code_id, coder_id, coding_id, start, end in spans:
        if doc_id in compared and code_id in row_targets:
            for r in row_targets[code_id]:
                groups[(r, doc_id)][side[coder_id]].append((start, end, coding_id, code_id, coder_id))

    cells: list[AgreementRow] = []
    by_row: dict[int, list[AgreementRow]] = defaultdict(list)
    for (r, doc_id), by_side in sorted(groups.items(), key=lambda g: (g[0][0], texts[g[0][1]][0])):
        doc_name, text = texts[doc_id]
        cells.append(_cell(rows[r], doc_id, doc_name, text, by_side, names, threshold,
                           None if units is None else units[doc_id]))
        by_row[r].append(cells[-1])

    total_size = sum(sizes.values())
    code_totals: list[AgreementRow] = []
    for index, row in enumerate(rows):
        mine = by_row.get(index)
        if not mine:
            continue
        coded = sum((c.chars for c in mine), CharCounts())
        # Compared documents without any coding of this code agree on all their units.
        chars = CharCounts(coded.both, coded.only_a, coded.only_b, total_size - coded.length + coded.neither)
        code_totals.append(AgreementRow(row.id, row.path, row.depth, None, "", chars,
                                        [s for c in mine for s in c.segments]))
    overall = AgreementRow(None, OVERALL, 0, None, "", sum((c.chars for c in code_totals), CharCounts()),
                           [s for c in code_totals for s in c.segments])
    documents = sorted(((d, name) for d, (name, _) in texts.items()), key=lambda d: d[1])
    by_document = []
    for doc_id, name in documents:
        mine = [c for c in cells if c.document_id == doc_id and c.code_id in {r.code_id for r in code_totals}]
        coded = sum((c.chars for c in mine), CharCounts())
        # codes compared elsewhere but not coded here agree on every unit of this document
        rest = (len(code_totals) - len(mine)) * sizes[doc_id]
        counts = CharCounts(coded.both, coded.only_a, coded.only_b, coded.neither + rest)
        by_document.append(AgreementRow(None, "", 0, doc_id, name, counts,
                                        [s for c in mine for s in c.segments]))
    return Agreement(tuple(coders_a), tuple(coders_b), float(threshold), rollup, code_totals, cells,
                     overall, documents, sorted(skipped), unit, include_single, single, single_ids,
                     by_document, MeanRow.of(code_totals))


Ranges = list[tuple[int, int]]


def document_units(project: Project, unit: str,
                   texts: dict[DocumentId, tuple[str, str]]) -> dict[DocumentId, Ranges] | None:
    """Each compared document's units (None for characters, which are counted, not listed)."""
    if unit == "characters":
        return None
    turns: dict[DocumentId, list[tuple[int, int]]] = defaultdict(list)
    if unit == "turns":
        for doc_id, start, end, _turn in turn_spans(project):
            if doc_id in texts:
                turns[doc_id].append((start, end))
    return {d: unit_ranges(unit, text, turns.get(d, ())) for d, (_name, text) in texts.items()}


def _cell(row: CodeRow, doc_id: DocumentId, doc_name: str, text: str, by_side: dict[str, list[tuple]],
          names: dict[CoderId, str], threshold: float,
          units: list[tuple[int, int]] | None = None) -> AgreementRow:
    """Unit counts and segment checks for one code row in one document."""
    merged = {s: merge((start, end) for start, end, *_ in by_side[s]) for s in ("A", "B")}
    if units is None:
        coded_a = sum(e - s for s, e in merged["A"])
        coded_b = sum(e - s for s, e in merged["B"])
        both = sum(e - s for s, e in intersect(merged["A"], merged["B"]))
        chars = CharCounts(both, coded_a - both, coded_b - both, len(text) - coded_a - coded_b + both)
    else:
        hit_a, hit_b = coded_units(units, merged["A"]), coded_units(units, merged["B"])
        both = len(hit_a & hit_b)
        chars = CharCounts(both, len(hit_a) - both, len(hit_b) - both, len(units) - len(hit_a | hit_b))
    segments = []
    for side, other in (("A", "B"), ("B", "A")):
        theirs = merged[other]
        for start, end, coding_id, code_id, coder_id in by_side[side]:
            covered = sum(min(end, e) - max(start, s) for s, e in theirs if s < end and e > start)
            # Integers on the left so 90 % of a 10-character segment is exactly 9 characters.
            matched = covered * 100 >= threshold * (end - start)
            segments.append(SegmentCheck(doc_id, doc_name, code_id, coding_id, names[coder_id], side, start,
                                         end, covered, matched, text[start:end]))
    segments.sort(key=lambda s: (s.start, s.end, s.side))
    return AgreementRow(row.id, row.path, row.depth, doc_id, doc_name, chars, segments)
