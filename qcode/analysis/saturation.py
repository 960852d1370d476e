"""Saturation: do new interviews still bring new codes?

Interviews (coded documents) are put in an order: the order they were coded in (the time of each
document's first coding), the order they were imported in, or by a case attribute (its values sorted as
numbers when they are numbers; documents without a value come last). For each interview: the codes used
in it, how many of them had not been used in any interview before it (new codes), the running total of
codes (cumulative), and the share of its codings that fall in codes already seen. The usual reading, "the
last five interviews added no new codes", is :attr:`Saturation.trailing`.

Codes are counted as they are now (after renames, merges and splits); with ``top_level`` each coding
counts for its top-level code, so the curve shows themes rather than codes. Documents nobody has coded yet
are left out (they are counted in ``uncoded``). No Qt; the chart is :mod:`qcode.analysis.saturation_chart`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from qcode.analysis.codetree import code_rows
from qcode.analysis.table import Table
from qcode.core.ages import age_band, is_age_attribute
from qcode.core.errors import register_messages, say
from qcode.core.overview import (
    document_attributes,
    document_code_counts,
    document_names,
    first_coded,
    import_times,
)
from qcode.core.project import Project
from qcode.core.reports import ReportError, attribute_names, check_attributes
from qcode.core.types import CodeId, DocumentId

ORDERS = ("coded", "imported", "attribute")

register_messages({
    "saturation.bad_order": ("Unknown order '{order}'; use coded, imported or attribute.",
                             "Ukendt rækkefølge '{order}'; brug coded, imported eller attribute."),
    "saturation.needs_attribute": ("Ordering by attribute needs the attribute's name.",
                                   "Rækkefølge efter attribut kræver attributtens navn."),
    "saturation.title": ("Saturation", "Mætning"),
    "saturation.interview": ("Interview", "Interview"),
    "saturation.position": ("No.", "Nr."),
    "saturation.order_value": ("Ordered by", "Ordnet efter"),
    "saturation.codings": ("Codings", "Kodninger"),
    "saturation.codes": ("Codes used", "Koder brugt"),
    "saturation.new": ("New codes", "Nye koder"),
    "saturation.cumulative": ("Codes so far", "Koder i alt"),
    "saturation.seen_share": ("Codings in codes seen before %", "Kodninger i kendte koder %"),
    "saturation.new_names": ("The new codes", "De nye koder"),
    "saturation.reading_none": ("Every interview so far has added new codes.",
                                "Hvert interview har indtil nu tilføjet nye koder."),
    "saturation.reading_one": ("The last interview added no new codes.",
                               "Det sidste interview tilføjede ingen nye koder."),
    "saturation.reading": ("The last {count} interviews added no new codes.",
                           "De sidste {count} interviews tilføjede ingen nye koder."),
    "saturation.reading_empty": ("No interview has been coded yet.", "Intet interview er kodet endnu."),
})


@dataclass(frozen=True)
class SaturationPoint:
    """One interview on the curve."""

    position: int
    document_id: DocumentId
    document: str
    order_value: str
    codings: int
    codes: int
    new_codes: tuple[str, ...]
    cumulative: int
    seen_share: float  # percent of the interview's codings in codes used in an earlier interview

    @property
    def new(self) -> int:
        return len(self.new_codes)


@dataclass(frozen=True)
class Saturation:
    """The curve: points in order, how the order was chosen, documents not yet coded."""

    order: str
    attribute: str | None
    top_level: bool
    points: tuple[SaturationPoint, ...]
    uncoded: int

    @property
    def trailing(self) -> int:
        """How many interviews at the end of the order added no new code."""
        count = 0
        for point in reversed(self.points):
            if point.new:
                break
            count += 1
        return count

    def reading(self, lang: str = "en") -> str:
        """The usual reading in one sentence ("The last 3 interviews added no new codes.")."""
        if not self.points:
            return say("saturation.reading_empty", lang)
        if not self.trailing:
            return say("saturation.reading_none", lang)
        if self.trailing == 1:
            return say("saturation.reading_one", lang)
        return say("saturation.reading", lang, count=self.trailing)


def _sort_key(value: str, numeric: bool) -> tuple:
    if numeric:
        try:
            return (0, float(value.replace(",", ".")), "")
        except ValueError:
            pass
    return (1, 0.0, value.casefold())


def _order(project: Project, coded: dict[DocumentId, tuple[str, int]], order: str,
           attribute: str | None) -> list[tuple[DocumentId, str]]:
    """The coded documents in ``order``, each with the value it was ordered by (shown in the table)."""
    by_coding = sorted(coded, key=lambda d: coded[d])
    if order == "coded":
        return [(d, coded[d][0][:10]) for d in by_coding]
    if order == "imported":
        imported = import_times(project, list(coded))
        return [(d, imported[d][:10]) for d in sorted(coded, key=lambda d: (imported[d], d))]
    if not attribute:
        raise ReportError("saturation.needs_attribute")
    check_attributes(project, [attribute])
    types = dict(attribute_names(project))
    is_age = is_age_attribute(attribute)
    numeric = is_age or types.get(attribute) == "number"
    values = {d: a.get(attribute, []) for d, a in document_attributes(project).items()}
    rank = {d: i for i, d in enumerate(by_coding)}

    def key(doc: DocumentId) -> tuple:
        found = values.get(doc)
        return (0, *_sort_key(found[0], numeric), rank[doc]) if found else (1, 0, 0.0, "", rank[doc])

    def shown(doc: DocumentId) -> str:
        found = values.get(doc) or [""]
        return age_band(found[0]) if is_age and found[0] else found[0]  # an exact age is never shown

    return [(d, shown(d)) for d in sorted(coded, key=key)]


def saturation(project: Project, order: str = "coded", attribute: str | None = None, *,
               top_level: bool = False) -> Saturation:
    """The saturation curve over every coded document in ``order`` ("coded", "imported", "attribute")."""
    if order not in ORDERS:
        raise ReportError("saturation.bad_order", order=order)
    rows = code_rows(project)
    paths = {r.id: r.path for r in rows}
    top: dict[int, int] = {}
    for row in rows:  # tree order: a parent's top is known before its children's
        top[row.id] = row.id if row.parent_id is None else top.get(row.parent_id, row.id)
    per_document: dict[DocumentId, dict[CodeId, int]] = defaultdict(dict)
    for doc_id, code_id, count in document_code_counts(project):
        key = CodeId(top.get(code_id, code_id)) if top_level else code_id
        per_document[doc_id][key] = per_document[doc_id].get(key, 0) + count
    coded = first_coded(project)
    names = document_names(project)
    seen: set[CodeId] = set()
    points = []
    for position, (doc_id, value) in enumerate(_order(project, coded, order, attribute), start=1):
        used = per_document.get(doc_id, {})
        new = sorted((c for c in used if c not in seen), key=lambda c: paths.get(c, ""))
        total = sum(used.values())
        known = sum(n for c, n in used.items() if c in seen)
        seen.update(used)
        points.append(SaturationPoint(position, doc_id, names.get(doc_id, ""), value, total, len(used),
                                      tuple(paths.get(c, f"#{c}") for c in new), len(seen),
                                      round(100 * known / total, 1) if total else 0.0))
    return Saturation(order, attribute if order == "attribute" else None, top_level, tuple(points),
                      len(names) - len(points))


def saturation_table(result: Saturation, lang: str = "en") -> Table:
    """One row per interview: position, what it was ordered by, codings, codes, new codes (with their
    names), cumulative codes and the share of codings in codes seen before."""
    keys = ("position", "order_value", "codings", "codes", "new", "cumulative", "seen_share", "new_names")
    return Table(
        title=f"{say('saturation.title', lang)}: {result.reading(lang)}",
        row_header=say("saturation.interview", lang),
        rows=[p.document for p in result.points],
        columns=[say(f"saturation.{k}", lang) for k in keys],
        values=[[p.position, p.order_value, p.codings, p.codes, p.new, p.cumulative, p.seen_share,
                 ", ".join(p.new_codes)] for p in result.points],
        row_keys=[p.document_id for p in result.points],
    )
