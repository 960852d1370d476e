"""Code co-occurrence: codes × codes, counting pairs of overlapping codings (``overlap``) or speaker
turns in which both codes occur (``turn``), and the segments behind any cell.

With roll-up a parent's row stands for the parent and everything below it; a cell still needs two
different codings (overlap) or two different codes (turn), so a coding never co-occurs with itself.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from qcode.analysis.codetree import CodeRow, code_rows, descendants, targets
from qcode.analysis.table import Table, label
from qcode.core.errors import register_messages, say
from qcode.core.project import Project
from qcode.core.report_segments import (
    Segment,
    document_texts,
    overlapping_codings,
    turns_with_codes,
)
from qcode.core.reports import coded_code_ids, coding_spans, turn_spans
from qcode.core.types import CodeId, DocumentId

MODES = ("overlap", "turn")

register_messages({
    "cooccurrence.overlap": ("Co-occurrence: overlapping codings", "Samforekomst: overlappende kodninger"),
    "cooccurrence.turn": ("Co-occurrence: same speaker turn", "Samforekomst: samme taletur"),
})


def _visible_rows(project: Project, rollup: bool, code: str | None, hide_empty: bool) -> list[CodeRow]:
    rows = code_rows(project, code)
    if not hide_empty:
        return rows
    used = coded_code_ids(project)
    if rollup:  # a parent shows when anything below it is coded
        parent = {r.id: r.parent_id for r in rows}
        for code_id in list(used):
            current = parent.get(code_id)
            while current is not None:
                used.add(current)
                current = parent.get(current)
    return [r for r in rows if r.id in used]


def overlap_pairs(spans: Iterable[tuple[DocumentId, int, int, CodeId]]) -> dict[tuple[CodeId, CodeId], int]:
    """(code_a, code_b) with a < b → pairs of overlapping codings, by one sweep over codings sorted by
    (document, start); only codings still open at a start can overlap it, so this is linear in practice
    where a SQL self-join compares every earlier coding of the document."""
    counts: dict[tuple[CodeId, CodeId], int] = defaultdict(int)
    active: list[tuple[int, CodeId]] = []
    current = None
    for doc_id, start, end, code_id in spans:
        if doc_id != current:
            active, current = [], doc_id
        active = [item for item in active if item[0] > start]
        for _, other in active:
            if other != code_id:
                counts[(other, code_id) if other < code_id else (code_id, other)] += 1
        active.append((end, code_id))
    return counts


def codes_per_turn(spans: list[tuple[DocumentId, int, int, CodeId]],
                   turns: list[tuple[DocumentId, int, int, int]]) -> dict[int, set[CodeId]]:
    """turn id → the codes with a coding overlapping that turn (both inputs sorted by document, start).

    A merge walk: coding starts only grow within a document, and so do the ends of non-overlapping
    turns, so the first turn a coding can touch never moves backwards.
    """
    by_doc: dict[DocumentId, tuple[list[int], list[int], list[int]]] = {}
    for doc_id, start, end, turn_id in turns:
        starts, ends, ids = by_doc.setdefault(doc_id, ([], [], []))
        starts.append(start)
        ends.append(end)
        ids.append(turn_id)
    monotonic = {d: all(a <= b for a, b in zip(e, e[1:], strict=False)) for d, (_, e, _) in by_doc.items()}
    out: dict[int, set[CodeId]] = defaultdict(set)
    empty: tuple[list[int], list[int], list[int]]
    current, first, empty = None, 0, ([], [], [])
    starts = ends = ids = empty[0]
    for doc_id, start, end, code_id in spans:
        if doc_id != current:
            current, first = doc_id, 0
            starts, ends, ids = by_doc.get(doc_id, empty)
        if monotonic.get(doc_id, True):
            while first < len(ends) and ends[first] <= start:
                first += 1
            index = first
        else:  # overlapping turns (unusual): look at every turn of the document
            index = 0
        while index < len(starts) and starts[index] < end:
            if ends[index] > start:
                out[ids[index]].add(code_id)
            index += 1
    return out


def _cells(row_targets: dict[CodeId, list[int]], code_a: CodeId, code_b: CodeId) -> set[tuple[int, int]]:
    return {(min(ra, rb), max(ra, rb)) for ra in row_targets.get(code_a, ())
            for rb in row_targets.get(code_b, ()) if ra != rb}


def cooccurrence_table(
    project: Project,
    mode: str = "overlap",
    *,
    rollup: bool = False,
    code: str | None = None,
    hide_empty: bool = True,
    lang: str = "en",
) -> Table:
    """Symmetric codes × codes matrix of co-occurrence counts (the diagonal is 0); title and header in
    ``lang``."""
    rows = _visible_rows(project, rollup, code, hide_empty)
    row_targets = targets(rows, rollup)
    n = len(rows)
    matrix = [[0] * n for _ in range(n)]

    def add(cells: Iterable[tuple[int, int]], count: int) -> None:
        for ra, rb in cells:
            matrix[ra][rb] += count
            matrix[rb][ra] += count

    if mode == "turn":
        for present in codes_per_turn(coding_spans(project), turn_spans(project)).values():
            cells: set[tuple[int, int]] = set()
            for a in present:
                for b in present:
                    if a < b:
                        cells |= _cells(row_targets, a, b)
            add(cells, 1)
    else:
        for (code_a, code_b), count in overlap_pairs(coding_spans(project)).items():
            add(_cells(row_targets, code_a, code_b), count)
    title = say("cooccurrence.overlap" if mode == "overlap" else "cooccurrence.turn", lang)
    if rollup:
        title += label("rolled_up", lang)
    return Table(
        title=title, row_header=label("code", lang), rows=[r.path for r in rows],
        columns=[r.path for r in rows],
        values=matrix, row_keys=[r.id for r in rows], column_keys=[r.id for r in rows],
        row_depth=[r.depth for r in rows],
    )


def cooccurrence_segments(
    project: Project, code_a: CodeId, code_b: CodeId, mode: str = "overlap", *, rollup: bool = False
) -> list[Segment]:
    """The passages behind one cell: for ``overlap`` the span of each overlapping pair of codings (both
    passages in full), for ``turn`` each speaker turn in which both codes occur."""
    rows = code_rows(project)
    set_a = set(descendants(rows, code_a) if rollup else [code_a])
    set_b = set(descendants(rows, code_b) if rollup else [code_b])
    if mode == "turn":
        return _turn_segments(project, set_a, set_b)
    found: dict[frozenset[int], tuple] = {}
    for row in overlapping_codings(project, sorted(set_a), sorted(set_b)):
        found.setdefault(frozenset((row[2], row[6])), row)
    texts = document_texts(project, sorted({row[0] for row in found.values()}))
    segments = []
    for doc_id, doc_name, a_id, a_code, a_start, a_end, _b_id, _b_code, b_start, b_end in found.values():
        start, end = min(a_start, b_start), max(a_end, b_end)
        segments.append(Segment(doc_id, doc_name, start, end, texts[doc_id][1][start:end], a_code, a_id))
    return sorted(segments, key=lambda s: (s.document_name, s.start, s.end))


def _turn_segments(project: Project, set_a: set[CodeId], set_b: set[CodeId]) -> list[Segment]:
    turns: dict[int, tuple] = {}
    codes: dict[int, set[CodeId]] = defaultdict(set)
    for turn_id, doc_id, doc_name, start, end, speaker, code_id in turns_with_codes(
            project, sorted(set_a | set_b)):
        turns[turn_id] = (doc_id, doc_name, start, end, speaker)
        codes[turn_id].add(code_id)
    hits = [t for t, present in codes.items()
            if any(a != b for a in present & set_a for b in present & set_b)]
    texts = document_texts(project, sorted({turns[t][0] for t in hits}))
    segments = [Segment(doc_id, name, start, end, texts[doc_id][1][start:end], speaker=speaker)
                for doc_id, name, start, end, speaker in (turns[t] for t in hits)]
    return sorted(segments, key=lambda s: (s.document_name, s.start))
