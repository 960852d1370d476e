"""What every quote export shares: turning selected quotes into pseudonymised report text.

Builds a :class:`QuoteReport` (sections per code, each quote as speaker segments plus a citation
line), exactly as the workbench preview shows it and every writer writes it. All text passes through
the anonymiser (``qcode.anonymise.render``); the writers never see an original range. No Qt.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from qcode.anonymise.render import (
    load_view,
    pseudonymise_file_name,
    pseudonymise_text,
    pseudonymise_word,
    render_span,
)
from qcode.core import entities
from qcode.core.clock import now
from qcode.core.codebook import get_code
from qcode.core.documents import get_document, list_documents, turns_for_document
from qcode.core.exchange import document_case_links
from qcode.core.quotes import Quote, QuoteFilter, case_names_and_numbers, select_quotes
from qcode.core.types import Code, CodeId, DocumentId, StoredTurn
from qcode.core.workspace_queries import snap_to_words
from qcode.export.citations import (  # noqa: F401  (re-exported: the export dialog and tests use them here)
    DEFAULT_CITATION,
    age_bracket,
    case_label,
    citation_fields,
    citation_problem,
    format_citation,
)

if TYPE_CHECKING:
    from qcode.core.project import Project

ELLIPSIS = "[…]"
CONTEXTS = ("none", "turn", "sentences")
_SENTENCE_END = re.compile(r"[.!?…]+[\"»”')]*\s+")
_NEWLINES = re.compile(r"\s*\n\s*")


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
class Segment:
    """A piece of a quote: one speaker's words; ``speaker`` is empty for a plain quote."""

    speaker: str
    text: str


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


# -- the anonymiser, through its published contract ------------------------------------------------
@dataclass
class Pseudonymiser:
    """Cached access to ``qcode.anonymise.render`` for one export run."""

    project: Project
    _texts: dict[str, str] = field(default_factory=dict)
    _document_numbers: dict[int, int] | None = None
    _case_labels: dict[int, str] | None = None

    def document_label(self, document_id: int) -> str:
        """"Dokument N", N the document's place in import order (file names often hold a name)."""
        if self._document_numbers is None:
            ids = sorted(d.id for d in list_documents(self.project))
            self._document_numbers = {doc_id: number for number, doc_id in enumerate(ids, 1)}
        return f"Dokument {self._document_numbers.get(document_id, 0)}"

    def case_label(self, case_id: int) -> str:
        """A case as exports cite it: its pseudonym, or "Deltager N" when the register does not know it."""
        if self._case_labels is None:
            names, numbers = case_names_and_numbers(self.project)
            self._case_labels = {i: case_label(name, str(numbers[i]), self) for i, name in names.items()}
        return self._case_labels.get(case_id, "")

    def file_name(self, name: str) -> str:
        """A file or project name: its words replaced in any case (names in file names are lower case)."""
        return pseudonymise_file_name(load_view(self.project), name)

    def word(self, word: str) -> str:
        """A counted word: any spelling of a registered name becomes its pseudonym."""
        return pseudonymise_word(self.project, word)

    def span(self, document_id: DocumentId, start: int, end: int) -> str:
        """Pseudonymised text of an original range of a document."""
        return render_span(self.project, document_id, start, end)

    def text(self, text: str) -> str:
        """Pseudonymised free text (labels, case names, attribute values, memos)."""
        if not text.strip():
            return text
        if text not in self._texts:
            self._texts[text] = pseudonymise_text(self.project, text)
        return self._texts[text]


# -- ranges: context and sentences -----------------------------------------------------------------
def _body_start(text: str, turn: StoredTurn) -> int:
    """Where a turn's words begin: after its label, a colon and spaces."""
    position = turn.label_end if turn.label_end is not None else turn.start
    while position < turn.end and text[position] in ": \t":
        position += 1
    return position


def containing_turns(turns: Sequence[StoredTurn], start: int, end: int) -> list[StoredTurn]:
    """The turns overlapping ``[start, end)``, in text order."""
    return [t for t in turns if t.start < end and t.end > start]


def sentence_starts(text: str, low: int, high: int) -> list[int]:
    """Offsets where sentences begin inside ``[low, high)`` (``low`` is always one)."""
    starts = [low]
    for match in _SENTENCE_END.finditer(text, low, high):
        if match.end() < high:
            starts.append(match.end())
    return starts


def _paragraph_bounds(text: str, position: int) -> tuple[int, int]:
    low = text.rfind("\n", 0, position) + 1
    high = text.find("\n", position)
    return low, len(text) if high < 0 else high


def shown_range(text: str, turns: Sequence[StoredTurn], start: int, end: int,
                context: str = "none", sentences: int = 1) -> tuple[int, int]:
    """The range a quote shows: the coding (widened to whole words: a cut word reads badly and can
    hide half a name from the leak check), its whole turns, or ``sentences`` around it."""
    start, end = snap_to_words(text, start, end)
    if context == "turn":
        around = containing_turns(turns, start, end)
        if around:
            return min(start, _body_start(text, around[0])), max(end, around[-1].end)
        return _paragraph_bounds(text, start)[0], _paragraph_bounds(text, max(start, end - 1))[1]
    if context == "sentences" and sentences > 0:
        first = containing_turns(turns, start, start + 1)
        last = containing_turns(turns, end - 1, end)
        low = _body_start(text, first[0]) if first else _paragraph_bounds(text, start)[0]
        high = last[-1].end if last else _paragraph_bounds(text, max(start, end - 1))[1]
        starts = sentence_starts(text, low, high)
        before = [s for s in starts if s <= start]
        new_start = before[max(0, len(before) - 1 - sentences)] if before else low
        after = [s for s in starts if s >= end]
        new_end = after[sentences] if len(after) > sentences else high
        return min(start, new_start), max(end, new_end)
    return start, end


# -- rendering -------------------------------------------------------------------------------------
INTERVIEWER = "Interviewer"  # the same word in Danish and English reports
_BRACKETED_TIME = re.compile(r"[\[(]\s*\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\s*[\])]")
_LEADING_TIME = re.compile(r"^\s*\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\b\s*(?:[-–:]\s*)?")
_SPACES = re.compile(r"[ \t]{2,}")


def _tidy(text: str) -> str:
    return _NEWLINES.sub(" ", text).strip()


def render_piece(render: Callable[[int, int], str], start: int, end: int,
                 cuts: Sequence[tuple[int, int]]) -> str:
    """Render ``[start, end)`` with every cut replaced by "[…]"."""
    parts: list[str] = []
    position = start
    for cut_start, cut_end in cuts:
        if cut_end <= start or cut_start >= end:
            continue
        if cut_start > position:
            parts.append(_tidy(render(position, cut_start)))
        if not parts or parts[-1] != ELLIPSIS:
            parts.append(ELLIPSIS)
        position = max(position, cut_end)
    if position < end:
        parts.append(_tidy(render(position, end)))
    return " ".join(p for p in parts if p)


def strip_timestamps(words: str, at_turn_start: bool = True) -> str:
    """Quote text without transcription timestamps: "[00:04:40]" anywhere, a bare "00:04:40" or
    "04:40" where a turn's words begin (a time of day inside a sentence, "kl. 10:30", is speech)."""
    words = _BRACKETED_TIME.sub(" ", words)
    if at_turn_start:
        words = _LEADING_TIME.sub("", words)
    return _SPACES.sub(" ", words).strip()


def quote_segments(text: str, turns: Sequence[StoredTurn], start: int, end: int,
                   cuts: Sequence[tuple[int, int]], render: Callable[[int, int], str],
                   label: Callable[[StoredTurn], str]) -> tuple[Segment, ...]:
    """Split a shown range into speaker segments, without labels or timestamps in the words. One
    informant turn (or none) gives a plain quote; an interviewer's words are always marked
    "Interviewer", so they are never cited as the informant's."""
    around = containing_turns(turns, start, end)
    if len(around) <= 1:
        turn = around[0] if around else None
        body = _body_start(text, turn) if turn is not None else start
        if start < body < end:  # a coding that took in the speaker label quotes only the words
            start = body
        words = strip_timestamps(render_piece(render, start, end, cuts), at_turn_start=start == body)
        speaker = INTERVIEWER if turn is not None and turn.role == "interviewer" else ""
        return (Segment(speaker, words),)
    segments = []
    for turn in around:
        low, high = max(start, _body_start(text, turn)), min(end, turn.end)
        if high <= low:
            continue
        words = strip_timestamps(render_piece(render, low, high, cuts),
                                 at_turn_start=low == _body_start(text, turn))
        if words:
            segments.append(Segment(INTERVIEWER if turn.role == "interviewer" else label(turn), words))
    return tuple(segments)


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
                return _tidy(render(turn.label_start, turn.label_end)).rstrip(":")
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


def export_labels(project: Project) -> dict[DocumentId, tuple[str, list[str]]]:
    """Document id → (document, its cases) as the quote exports name them: "Dokument 3" and each case's
    pseudonym (or "Deltager <nr>"), for views that must not show a name an export would hide."""

    pseudo = Pseudonymiser(project)
    cases: dict[DocumentId, list[str]] = {}
    for document_id, case_id in document_case_links(project):
        cases.setdefault(document_id, []).append(pseudo.case_label(case_id))
    return {d.id: (pseudo.document_label(d.id), cases.get(d.id, [])) for d in list_documents(project)}


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
