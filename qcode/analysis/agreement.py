"""Inter-coder agreement between coder A and coder B (or two groups of coders), as NVivo's Coding
Comparison Query and MAXQDA's Intercoder Agreement compute it.

Character level (NVivo): within a document every character is coded by both, only A, only B or neither
for a code; percent agreement is (both + neither) / length and Cohen's kappa is computed on those four
counts. Totals per code and overall pool the characters of every compared document, so long documents
weigh more. Segment level (MAXQDA): a coding of one side counts as matched when the other side coded at
least ``threshold`` % of its characters with the same code; unmatched codings are the disagreements.

Only documents both sides have coded (any code) are compared: a document one coder never opened says
nothing about agreement. Codes neither side used are left out, as they would agree trivially. With
roll-up a code's row covers its sub-codes too, and the overall row pools every row shown.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from qcode.analysis.codetree import CodeRow, code_rows, targets
from qcode.analysis.intervals import intersect, merge
from qcode.analysis.table import Cell, DocumentLabel, Excerpt, Table
from qcode.core.coders import list_coders
from qcode.core.project import Project
from qcode.core.report_agreement import AgreementError, coder_spans
from qcode.core.report_segments import document_texts
from qcode.core.types import CodeId, CoderId, CodingId, DocumentId

DEFAULT_THRESHOLD = 90.0
OVERALL = "Overall"


@dataclass(frozen=True)
class CharCounts:
    """Characters of a document (or pooled documents) coded by both sides, only A, only B or neither."""

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


@dataclass
class Agreement:
    """The whole comparison: rows per code, per code × document, and the overall row."""

    coders_a: tuple[str, ...]
    coders_b: tuple[str, ...]
    threshold: float
    rollup: bool
    codes: list[AgreementRow]
    cells: list[AgreementRow]
    overall: AgreementRow
    documents: list[tuple[DocumentId, str]]
    skipped: list[str]  # documents only one side has coded

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
) -> Agreement:
    """Compare the codings of ``coders_a`` with those of ``coders_b`` (names; a group per side).

    :param code: only this code path and its sub-codes
    :param threshold: percent of a segment the other side must have coded for it to count as matched
    :param document_ids: compare these documents instead of those both sides have coded
    """
    if not 0 < threshold <= 100:
        raise AgreementError("agreement.bad_threshold", value=threshold)
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
    if document_ids is None:
        compared = {d for d, sides in coded_by.items() if len(sides) == 2}
    else:
        compared = set(document_ids)
    texts = document_texts(project, sorted(compared)) if compared else {}
    if not texts:
        raise AgreementError("agreement.no_common_documents", a="+".join(coders_a), b="+".join(coders_b))
    left_out = sorted(set(coded_by) - compared)
    skipped = [name for name, _ in document_texts(project, left_out).values()] if left_out else []

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
        cells.append(_cell(rows[r], doc_id, doc_name, text, by_side, names, threshold))
        by_row[r].append(cells[-1])

    doc_lengths = sum(len(text) for _, text in texts.values())
    code_totals: list[AgreementRow] = []
    for index, row in enumerate(rows):
        mine = by_row.get(index)
        if not mine:
            continue
        coded = sum((c.chars for c in mine), CharCounts())
        # Compared documents without any coding of this code agree on all their characters.
        chars = CharCounts(coded.both, coded.only_a, coded.only_b, doc_lengths - coded.length + coded.neither)
        code_totals.append(AgreementRow(row.id, row.path, row.depth, None, "", chars,
                                        [s for c in mine for s in c.segments]))
    overall = AgreementRow(None, OVERALL, 0, None, "", sum((c.chars for c in code_totals), CharCounts()),
                           [s for c in code_totals for s in c.segments])
    documents = sorted(((d, name) for d, (name, _) in texts.items()), key=lambda d: d[1])
    return Agreement(tuple(coders_a), tuple(coders_b), float(threshold), rollup, code_totals, cells,
                     overall, documents, sorted(skipped))


def _cell(row: CodeRow, doc_id: DocumentId, doc_name: str, text: str, by_side: dict[str, list[tuple]],
          names: dict[CoderId, str], threshold: float) -> AgreementRow:
    """Character counts and segment checks for one code row in one document."""
    merged = {s: merge((start, end) for start, end, *_ in by_side[s]) for s in ("A", "B")}
    coded_a = sum(e - s for s, e in merged["A"])
    coded_b = sum(e - s for s, e in merged["B"])
    both = sum(e - s for s, e in intersect(merged["A"], merged["B"]))
    chars = CharCounts(both, coded_a - both, coded_b - both, len(text) - coded_a - coded_b + both)
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


def _numbers(row: AgreementRow) -> list[Cell]:
    c = row.chars
    return ["" if c.percent is None else c.percent, "" if c.kappa is None else c.kappa, c.both, c.only_a,
            c.only_b, c.neither, row.count("A"), row.count("B"), row.matched,
            "" if row.segment_percent is None else row.segment_percent]


def _columns(result: Agreement) -> list[str]:
    a, b = result.label_a, result.label_b
    return ["Agreement (%)", "Kappa", "Both (chars)", f"Only {a} (chars)", f"Only {b} (chars)",
            "Neither (chars)", f"Segments {a}", f"Segments {b}", "Matched segments", "Segment agreement (%)"]


def _title(result: Agreement, what: str) -> str:
    rolled = ", sub-codes rolled up" if result.rollup else ""
    return f"{what}: {result.label_a} vs {result.label_b} ({result.threshold:g} %{rolled})"


def summary_table(result: Agreement) -> Table:
    """One row per code plus the overall row: agreement %, kappa, character counts, segment agreement."""
    rows = [*result.codes, result.overall]
    return Table(title=_title(result, "Agreement by code"), row_header="Code", rows=[r.path for r in rows],
                 columns=_columns(result), values=[_numbers(r) for r in rows],
                 row_keys=[r.code_id for r in rows], row_depth=[r.depth for r in rows])


def documents_table(result: Agreement) -> Table:
    """One row per code and document in which either side coded the code."""
    return Table(title=_title(result, "Agreement by document"), row_header="Code",
                 rows=[r.path for r in result.cells], columns=["Document", *_columns(result)],
                 values=[[DocumentLabel(r.document_name, r.document_id or 0), *_numbers(r)]
                         for r in result.cells],
                 row_keys=[r.code_id for r in result.cells])


def disagreements_table(result: Agreement) -> Table:
    """Every unmatched segment: document, who coded it, where, how much the other side coded, the text."""
    rows = [(r, s) for r in result.codes for s in r.disagreements]
    values: list[list[Cell]] = [[DocumentLabel(s.document_name, s.document_id), s.coder, s.start, s.end,
                                 s.covered_percent, Excerpt(s.text, s.document_id, s.start, s.end)]
                                for _, s in rows]
    return Table(title=_title(result, "Disagreeing segments"), row_header="Code",
                 rows=[r.path for r, _ in rows],
                 columns=["Document", "Coded by", "Start", "End", "Covered by the other side (%)", "Text"],
                 values=values, row_keys=[r.code_id for r, _ in rows])


def agreement_tables(result: Agreement) -> list[Table]:
    """The three tables of a comparison, for CSV, Markdown and one Excel sheet each."""
    return [summary_table(result), documents_table(result), disagreements_table(result)]
