"""What every quote export shares: turning selected quotes into pseudonymised report text.

Builds a :class:`QuoteReport` (sections per code, each quote as speaker segments plus a citation
line), exactly as the workbench preview shows it and every writer writes it. All text passes through
the anonymiser (``qcode.anonymise.render``); the writers never see an original range. No Qt.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from qcode.core import entities
from qcode.core.clock import now
from qcode.core.codebook import get_code
from qcode.core.documents import get_document, turns_for_document
from qcode.core.quotes import Quote, QuoteFilter, select_quotes
from qcode.core.types import Code, CodeId, DocumentId, StoredTurn
from qcode.export.citations import (  # noqa: F401  (re-exported: the export dialog and tests use them here)
    DEFAULT_CITATION,
    age_bracket,
    case_label,
    citation_fields,
    citation_problem,
    format_citation,
)
from qcode.export.pseudonymiser import Pseudonymiser
from qcode.export.quote_text import INTERVIEWER, Segment, quote_segments, shown_range, tidy

if TYPE_CHECKING:
    from qcode.core.project import Project

CONTEXTS = ("none", "turn", "sentences")


@dataclass(frozen=True)
class ExportOptions:
    """How quotes are shown: context, citation line, criteria placement, report title."""

    context: str = "none"
    sentences: int = 1
    citation_template: str = DEFAULT_CITATION
    keep_exact_age: bool = False
    criteria: str = "inline"  # "inline" under each heading, "appendix" at the end, or "none"
    title: str = "Udvalgte citater"
    subtitle: str = ""
    acknowledge_warnings: bool = False



@dataclass(frozen=True)
class RenderedQuote:
    """A quote as it will be exported: pseudonymised segments, citation, and table fields."""

    quote: Quote
    segments: tuple[Segment, ...]
    citation: str
    document: str
    case: str
    attributes: Mapping[str, str]
    memo: str
    shown: tuple[int, int]
    code: str = ""  # the code path, pseudonymised (codes named after a speaker carry a name)

    @property
    def is_dialogue(self) -> bool:
        """Shown with speaker labels: several turns, or one interviewer turn (never cited as the
        informant's words)."""
        return len(self.segments) > 1 or bool(self.segments and self.segments[0].speaker)

    @property
    def text(self) -> str:
        """The quote as one line of text (speaker labels kept for dialogue)."""
        if not self.is_dialogue:
            return self.segments[0].text if self.segments else ""
        return " ".join(f"{s.speaker}: {s.text}" if s.speaker else s.text for s in self.segments)


@dataclass(frozen=True)
class CodeSection:
    """A heading in the report: the code, its (pseudonymised) definition, its quotes."""

    code: Code
    path: str
    description: str
    inclusion: str
    exclusion: str
    example: str
    quotes: tuple[RenderedQuote, ...]


@dataclass(frozen=True)
class QuoteReport:
    """Everything a writer needs; built by :func:`build_report`."""

    title: str
    subtitle: str
    sections: tuple[CodeSection, ...]
    options: ExportOptions
    coder: str = ""
    created: str = ""
    unsearched: int = 0  # quoted documents never searched for names: their quotes are not pseudonymised

    @property
    def quotes(self) -> list[RenderedQuote]:
        return [q for s in self.sections for q in s.quotes]



class QuoteRenderer:
    """Renders quotes of one project, caching documents and turns across quotes."""

    def __init__(self, project: Project, options: ExportOptions):
        self.project = project
        self.options = options
        self.pseudo = Pseudonymiser(project)
        self._documents: dict[DocumentId, tuple[str, list[StoredTurn]]] = {}

    def document_label(self, document_id: DocumentId) -> str:
        """"Dokument N", N the document's place in import order (as the REFI-QDA export names it)."""
        return self.pseudo.document_label(document_id)

    def _document(self, document_id: DocumentId) -> tuple[str, list[StoredTurn]]:
        if document_id not in self._documents:
            self._documents[document_id] = (get_document(self.project, document_id).text,
                                            turns_for_document(self.project, document_id))
        return self._documents[document_id]

    def shown(self, quote: Quote) -> tuple[int, int]:
        """The original range the quote shows with the chosen context."""
        text, turns = self._document(quote.document_id)
        return shown_range(text, turns, quote.start, quote.end, self.options.context,
                           self.options.sentences)

    def original_text(self, quote: Quote) -> str:
        """The unpseudonymised shown range (for the workbench's trimming view only)."""
        start, end = self.shown(quote)
        return self._document(quote.document_id)[0][start:end]

    def render(self, quote: Quote) -> RenderedQuote:
        """One quote as it will be exported."""
        text, turns = self._document(quote.document_id)
        start, end = self.shown(quote)

        def render(a: int, b: int) -> str:
            return self.pseudo.span(quote.document_id, a, b)

        def label(turn: StoredTurn) -> str:
            if turn.label_start is not None and turn.label_end is not None:
                return tidy(render(turn.label_start, turn.label_end)).rstrip(":")
            return self.pseudo.text(turn.label or turn.speaker)

        segments = quote_segments(text, turns, start, end, quote.cuts, render, label)
        fields = citation_fields(quote, self.pseudo, self.options.keep_exact_age,
                                 self.document_label(quote.document_id))
        attributes = {k: v for k, v in fields.items() if k in quote.attributes}
        citation = format_citation(self.options.citation_template, fields)
        if segments and all(segment.speaker == INTERVIEWER for segment in segments):
            # the interviewer's words alone: cited as the interviewer's, in the informant's interview
            # (the informant's gender and age say nothing about who spoke)
            where = fields["case"] or fields["dokument"]
            citation = f"({INTERVIEWER}, samtale med {where})" if where else f"({INTERVIEWER})"
        return RenderedQuote(quote, segments, citation,
                             fields["dokument"], fields["case"], attributes,
                             self.pseudo.text(quote.memo), (start, end), fields["kode"])


def build_report(project: Project, quotes: Sequence[Quote] | QuoteFilter,
                 options: ExportOptions | None = None) -> QuoteReport:
    """Group rendered quotes under a section per code (in the quotes' order). Two codings that show
    the same text (two passages of one turn quoted with the whole turn) are one quote."""
    options = options or ExportOptions()
    if isinstance(quotes, QuoteFilter):
        quotes = select_quotes(project, quotes)
    renderer = QuoteRenderer(project, options)
    grouped: dict[CodeId, list[RenderedQuote]] = {}
    shown: set[tuple[int, int, str]] = set()
    for quote in quotes:
        rendered = renderer.render(quote)
        key = (quote.code_id, quote.document_id, rendered.text)
        if key in shown:
            continue
        shown.add(key)
        grouped.setdefault(quote.code_id, []).append(rendered)
    pseudo = renderer.pseudo
    sections = []
    for code_id, of_code in grouped.items():
        code = get_code(project, code_id)
        sections.append(CodeSection(
            code, pseudo.text(of_code[0].quote.code_path), pseudo.text(code.description),
            pseudo.text(code.inclusion), pseudo.text(code.exclusion), pseudo.text(code.example),
            tuple(of_code)))
    never_searched = {doc for doc, _name in entities.documents_never_detected(project)}
    unsearched = len({q.document_id for q in quotes} & never_searched)
    return QuoteReport(options.title, options.subtitle, tuple(sections), options,
                       project.coder_name, now()[:10], unsearched)


def report_texts(report: QuoteReport) -> list[tuple[str, str]]:
    """Every text a quote export writes, as (where, text) for the leak check; a field shared by
    many quotes (document, case, attributes) is listed once."""
    texts: list[tuple[str, str]] = [("title", report.title), ("subtitle", report.subtitle)]
    for section in report.sections:
        texts.append(("code", section.path))
        for name in ("description", "inclusion", "exclusion", "example"):
            texts.append((f"{section.path}: {name}", getattr(section, name)))
        for quote in section.quotes:
            where = f"{section.path}, {quote.document} #{quote.quote.coding_id}"
            texts.extend((where, f"{s.speaker}: {s.text}" if s.speaker else s.text)
                         for s in quote.segments)
            texts.append((where + " (citation)", quote.citation))
            texts.append((where + " (memo)", quote.memo))
            texts.append(("document name", quote.document))
            texts.append(("code", quote.code))
            texts.append(("case", quote.case))
            texts.extend((f"attribute {k}", v) for k, v in quote.attributes.items())
    return list(dict.fromkeys((where, text) for where, text in texts if text.strip()))
