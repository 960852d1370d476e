"""The lead's overview (dashboard): how far the coding has come, per document, per coder and per code,
optionally for the documents whose cases have chosen attribute values.

Per document: its case, length, share of its text coded (by anyone), codings, coders, last change (the
newest coding change, else the import), where anonymisation stands (searched by detection, register
entries still undecided, sealed), whether it is double coded (codings by two or more coders) and whether
the double coding has been adjudicated (yes, "3 of 4 decided", or "—" where no adjudication was
started). The consensus layer an adjudication writes is not a coder: its codings count nowhere else.
Per coder: documents, codings, characters coded as a share of all text shown, last change. Per code:
codings, documents, coders. Labels come in English or Danish (``lang``); the numbers come from
:mod:`qcode.core.overview`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from qcode.analysis.codetree import code_rows
from qcode.analysis.table import Cell, DocumentLabel, Table
from qcode.core.adjudication import AdjudicationProgress, adjudication_progress
from qcode.core.ages import age_band, is_age_attribute
from qcode.core.errors import register_messages, say
from qcode.core.overview import (
    AnonymisationState,
    anonymisation_state,
    coder_names,
    coding_activity,
    document_attributes,
    document_cases,
    document_facts,
    import_times,
)
from qcode.core.project import Project
from qcode.core.reports import check_attributes
from qcode.core.types import DocumentId

NOT_RECORDED = "—"

register_messages({
    "overview.documents": ("Documents", "Dokumenter"),
    "overview.coders": ("Coders", "Kodere"),
    "overview.codes": ("Codes", "Koder"),
    "overview.document": ("Document", "Dokument"),
    "overview.coder": ("Coder", "Koder"),
    "overview.code": ("Code", "Kode"),
    "overview.case": ("Case", "Case"),
    "overview.characters": ("Characters", "Tegn"),
    "overview.coded_share": ("Coded %", "Kodet %"),
    "overview.codings": ("Codings", "Kodninger"),
    "overview.last_change": ("Last change", "Sidst ændret"),
    "overview.anonymisation": ("Anonymisation", "Anonymisering"),
    "overview.double_coded": ("Double coded", "Dobbeltkodet"),
    "overview.adjudicated": ("Adjudicated", "Afgjort"),
    "overview.decided": ("{decided} of {total} decided", "{decided} af {total} afgjort"),
    "overview.yes": ("yes", "ja"),
    "overview.no": ("no", "nej"),
    "overview.sealed": ("sealed", "forseglet"),
    "overview.not_searched": ("not searched", "ikke gennemsøgt"),
    "overview.undecided": ("{count} undecided", "{count} uafgjort"),
    "overview.done": ("searched, all decided", "gennemsøgt, alt afgjort"),
    "overview.summary": (
        "{coded} of {documents} documents coded ({share} % of the text), {double} double coded; "
        "anonymisation: {searched} searched, {open} with undecided entries{sealed}.",
        "{coded} af {documents} dokumenter kodet ({share} % af teksten), {double} dobbeltkodet; "
        "anonymisering: {searched} gennemsøgt, {open} med uafgjorte forekomster{sealed}."),
    "overview.summary_sealed": ("; the project is sealed", "; projektet er forseglet"),
})


@dataclass(frozen=True)
class OverviewCounts:
    """The headline numbers of an overview."""

    documents: int
    coded: int
    double_coded: int
    searched: int
    undecided: int
    sealed: bool
    characters: int
    covered: int

    def sentence(self, lang: str = "en") -> str:
        """The numbers as one line: "12 of 30 documents coded (38.5 % of the text), …"."""
        share = f"{100 * self.covered / self.characters:.1f}" if self.characters else "0.0"
        if lang == "da":
            share = share.replace(".", ",")
        return say("overview.summary", lang, coded=self.coded, documents=self.documents, share=share,
                   double=self.double_coded, searched=self.searched, open=self.undecided,
                   sealed=say("overview.summary_sealed", lang) if self.sealed else "")


@dataclass(frozen=True)
class Overview:
    """The dashboard's three tables and its headline numbers (over the filtered documents)."""

    documents: Table
    coders: Table
    codes: Table
    counts: OverviewCounts


def local_time(stamp: str) -> str:
    """An ISO timestamp from the project file as local 'YYYY-MM-DD HH:MM' (sorts as text)."""
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except (TypeError, ValueError):
        return stamp or ""


def filter_values(project: Project) -> dict[str, list[str]]:
    """attribute → the values a filter can choose (ages as decades, as every table shows them)."""
    out: dict[str, set[str]] = {}
    for attributes in document_attributes(project).values():
        for name, values in attributes.items():
            out.setdefault(name, set()).update(age_band(v) if is_age_attribute(name) else v for v in values)
    return {name: sorted(values, key=str.casefold) for name, values in sorted(out.items())}


def filtered_documents(project: Project,
                       filters: Mapping[str, Sequence[str]] | None) -> list[DocumentId] | None:
    """The documents whose cases have one of the chosen values of every filtered attribute (None: all)."""
    filters = {k: list(v) for k, v in (filters or {}).items() if v}
    if not filters:
        return None
    check_attributes(project, filters)
    keep = []
    for doc_id, attributes in document_attributes(project).items():
        if all(any((age_band(v) if is_age_attribute(name) else v) in wanted for v in attributes.get(name, ()))
               for name, wanted in filters.items()):
            keep.append(doc_id)
    return sorted(keep)


def _percent(part: int, whole: int) -> float:
    return round(100 * part / whole, 1) if whole else 0.0


def _anonymisation(doc_id: DocumentId, state: AnonymisationState, lang: str) -> str:
    if state.sealed:
        return say("overview.sealed", lang)
    if doc_id not in state.searched:
        return say("overview.not_searched", lang)
    if state.undecided.get(doc_id):
        return say("overview.undecided", lang, count=state.undecided[doc_id])
    return say("overview.done", lang)


def _adjudicated(progress: AdjudicationProgress | None, lang: str) -> str:
    if progress is None:
        return NOT_RECORDED
    if progress.done:
        return say("overview.yes", lang)
    return say("overview.decided", lang, decided=progress.decided, total=progress.disagreements)


def overview(project: Project, filters: Mapping[str, Sequence[str]] | None = None,
             lang: str = "en") -> Overview:
    """The dashboard over every document, or over those matching ``filters`` (attribute → values)."""
    chosen = filtered_documents(project, filters)
    wanted = None if chosen is None else set(chosen)
    facts = [f for f in document_facts(project) if wanted is None or f.id in wanted]
    cases = document_cases(project)
    everything = coding_activity(project, chosen)
    activity = everything.documents
    imported = import_times(project, [f.id for f in facts if f.id not in activity])
    anon = anonymisation_state(project)
    adjudicated = adjudication_progress(project)
    yes, no = say("overview.yes", lang), say("overview.no", lang)
    columns = [say(f"overview.{key}", lang) for key in (
        "case", "characters", "coded_share", "codings", "coders", "last_change", "anonymisation",
        "double_coded", "adjudicated")]
    values: list[list[Cell]] = []
    for f in facts:
        a = activity.get(f.id)
        values.append([", ".join(cases.get(f.id, [])), f.length, _percent(a.covered if a else 0, f.length),
                       a.codings if a else 0, a.coders if a else 0,
                       local_time(a.last_change if a else imported[f.id]), _anonymisation(f.id, anon, lang),
                       yes if a and a.coders >= 2 else no, _adjudicated(adjudicated.get(f.id), lang)])
    documents = Table(say("overview.documents", lang), say("overview.document", lang),
                      [DocumentLabel(f.name, f.id) for f in facts], columns, values,
                      row_keys=[f.id for f in facts])
    characters = sum(f.length for f in facts)
    names = coder_names(project)
    by_coder = everything.coders
    coder_ids = sorted(by_coder, key=lambda c: names.get(c, "").casefold())
    coder_columns = ("documents", "codings", "coded_share", "last_change")
    coders = Table(say("overview.coders", lang), say("overview.coder", lang), [names[c] for c in coder_ids],
                   [say(f"overview.{k}", lang) for k in coder_columns],
                   [[by_coder[c].documents, by_coder[c].codings, _percent(by_coder[c].covered, characters),
                     local_time(by_coder[c].last_change)] for c in coder_ids], row_keys=list(coder_ids))
    rows = code_rows(project)
    by_code = everything.codes
    empty = (0, 0, 0)
    codes = Table(say("overview.codes", lang), say("overview.code", lang), [r.path for r in rows],
                  [say(f"overview.{k}", lang) for k in ("codings", "documents", "coders")],
                  [list((by_code[r.id].codings, by_code[r.id].documents, by_code[r.id].coders)
                        if r.id in by_code else empty) for r in rows],
                  row_keys=[r.id for r in rows], row_depth=[r.depth for r in rows])
    counts = OverviewCounts(
        len(facts), sum(1 for f in facts if f.id in activity),
        sum(1 for f in facts if f.id in activity and activity[f.id].coders >= 2),
        sum(1 for f in facts if f.id in anon.searched), sum(1 for f in facts if anon.undecided.get(f.id)),
        anon.sealed, characters, sum(a.covered for a in activity.values()))
    return Overview(documents, coders, codes, counts)
