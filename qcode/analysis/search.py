"""Text search across all documents: Danish-aware (case-insensitive for æ/ø/å, optional match on every
inflected form through spaCy's Danish lemma table), FTS5 to find the documents, then exact offsets and
keyword-in-context (KWIC) snippets in Python; and coding a reviewed list of hits.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from qcode.analysis import danish
from qcode.analysis.table import DocumentLabel, Excerpt, Table, excerpt, label, word_window
from qcode.core.errors import register_messages, say
from qcode.core.fulltext import code_ranges, fts_term, matching_documents
from qcode.core.project import Project
from qcode.core.report_segments import document_texts
from qcode.core.reports import ReportError
from qcode.core.types import CodeId, CoderId, CodingId, DocumentId

register_messages({
    "search.title": ("Search: {query}", "Søgning: {query}"),
    "search.before": ("Before", "Før"),
    "search.hit": ("Hit", "Fund"),
    "search.after": ("After", "Efter"),
})

_QUERY_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*\*?")


@dataclass(frozen=True)
class Hit:
    """One match: its place in the document; ``left``/``right`` give the text around it (KWIC), cut
    only when asked for, since a common word can have tens of thousands of hits."""

    document_id: DocumentId
    document_name: str
    start: int
    end: int
    match: str
    text: str = field(repr=False, compare=False, default="")
    context: int = field(repr=False, compare=False, default=40)

    @property
    def left(self) -> Excerpt:
        """Up to ``context`` characters of whole words before the hit, on one line."""
        low = word_window(self.text, self.start, self.end, self.context)[0]
        return excerpt(self.text, self.document_id, low, self.start, one_line=True)

    @property
    def right(self) -> Excerpt:
        """Up to ``context`` characters of whole words after the hit, on one line."""
        high = word_window(self.text, self.start, self.end, self.context)[1]
        return excerpt(self.text, self.document_id, self.end, high, one_line=True)


def _pattern(terms: list[list[str]], prefixes: list[bool], flags: int = 0) -> re.Pattern[str]:
    parts = []
    for variants, prefix in zip(terms, prefixes, strict=True):
        alternatives = "|".join(re.escape(v) for v in sorted(variants, key=len, reverse=True))
        parts.append(f"(?:{alternatives})" + (r"\w*" if prefix else ""))
    return re.compile(r"[\W_]+".join(parts), flags)


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _spans(text: str, pattern: re.Pattern[str], fallback: re.Pattern[str],
           whole_words: bool) -> Iterator[tuple[int, int]]:
    """(start, end) of every match. Lower-casing the text once and matching without IGNORECASE lets
    the regex engine use its fast literal search (about 4× faster on Danish text); the word boundaries
    are checked by hand. Texts whose length changes when lower-cased use the slow, exact pattern."""
    lowered = text.lower()
    if len(lowered) != len(text):
        yield from (m.span() for m in fallback.finditer(text)
                    if not whole_words or _bounded(text, *m.span()))
        return
    for match in pattern.finditer(lowered):
        start, end = match.span()
        if not whole_words or _bounded(text, start, end):
            yield start, end


def _bounded(text: str, start: int, end: int) -> bool:
    return (start == 0 or not _is_word_char(text[start - 1])) and (
        end == len(text) or not _is_word_char(text[end]))


def search(
    project: Project,
    query: str,
    *,
    lemmas: bool = False,
    whole_words: bool = True,
    context: int = 40,
) -> list[Hit]:
    """Every place the words of ``query`` occur in this order (a phrase; ``word*`` matches a prefix).

    :param lemmas: also match every inflected form of each word ("barn" finds "børnene").
    :param whole_words: off to find the words inside longer words too (skips the index, slower).
    """
    words = _QUERY_WORD.findall(query)
    if not words:
        raise ReportError("report.empty_search")
    prefixes = [w.endswith("*") for w in words]
    stems = [w.rstrip("*").lower() for w in words]
    terms = [danish.forms(s) if lemmas and not p else [s] for s, p in zip(stems, prefixes, strict=True)]
    if whole_words:
        fts = " AND ".join(
            "(" + " OR ".join(fts_term(v, p) for v in variants) + ")"
            for variants, p in zip(terms, prefixes, strict=True)
        )
        documents = matching_documents(project, fts)
    else:
        documents = [(d, name, text) for d, (name, text) in document_texts(project).items()]
    pattern = _pattern(terms, prefixes)
    fallback = _pattern(terms, prefixes, re.IGNORECASE)
    hits = []
    for doc_id, name, text in documents:
        for start, end in _spans(text, pattern, fallback, whole_words):
            hits.append(Hit(doc_id, name, start, end, text[start:end], text, context))
    return hits


def hits_table(hits: Iterable[Hit], query: str, lang: str = "en") -> Table:
    """Hits as a KWIC table (document, start, end, before, hit, after) for CSV/Excel/Markdown; the
    title and headers in ``lang``."""
    hits = list(hits)
    return Table(title=say("search.title", lang, query=query), row_header=label("document", lang),
                 rows=[DocumentLabel(h.document_name, h.document_id) for h in hits],
                 columns=[label("start", lang), label("end", lang), say("search.before", lang),
                          say("search.hit", lang), say("search.after", lang)],
                 values=[[h.start, h.end, h.left, Excerpt(h.match, h.document_id, h.start, h.end), h.right]
                         for h in hits],
                 row_keys=[h.document_id for h in hits])


def code_hits(project: Project, code_id: CodeId, hits: Iterable[Hit],
              coder_id: CoderId | None = None) -> list[CodingId]:
    """Code the (reviewed) hits with ``code_id`` in one transaction; returns the coding ids."""
    return code_ranges(project, code_id, [(h.document_id, h.start, h.end) for h in hits], coder_id)
