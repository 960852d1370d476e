"""Word frequencies of the text coded with a code, of one document, or of the whole project, with
Danish stop words removed and words counted by lemma (``børnene`` counts as ``barn``) on request.
Only what was said is counted: speaker labels ("Interviewer:") and, in a transcript with turns, the
header above the first turn ("Interviewperson: …", "Sted: …") are left out, and a coded passage that
starts or ends inside a word counts that whole word, never a fragment."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

from qcode.analysis import danish
from qcode.analysis.intervals import intersect, merge, subtract
from qcode.analysis.retrieval import retrieve
from qcode.analysis.table import Table, Word
from qcode.core.errors import register_messages, say
from qcode.core.project import Project
from qcode.core.report_segments import Segment, document_texts, label_ranges, turn_ranges
from qcode.core.types import CodeId, DocumentId
from qcode.core.workspace_queries import snap_to_words

register_messages({
    "wordfreq.title": ("Word frequencies", "Ordfrekvenser"),
    "wordfreq.lemmas": (" (lemmas)", " (lemmaer)"),
    "wordfreq.lemma": ("Lemma", "Lemma"),
    "wordfreq.word": ("Word", "Ord"),
    "wordfreq.count": ("Count", "Antal"),
    "wordfreq.share": ("Share %", "Andel %"),
})


def count_words(texts: Iterable[str], *, lemmas: bool = True, stop_words: bool = True,
                cancelled: Callable[[], bool] | None = None) -> Counter[str]:
    """Word (or lemma) counts over ``texts``, stop words left out on request. ``cancelled`` is asked
    before each text; once it says yes, the counts so far are returned (the caller drops them)."""
    counts: Counter[str] = Counter()
    if cancelled is not None and cancelled():
        return counts  # before the word lists load (most of a first run's time)
    stop = danish.stop_words() if stop_words else frozenset()
    for text in texts:
        if cancelled is not None and cancelled():
            break
        for word in danish.words(text):
            if word in stop:
                continue
            key = danish.lemma(word) if lemmas else word
            if key not in stop:
                counts[key] += 1
    return counts


def _spoken(project: Project,
            document_ids: list[DocumentId]) -> dict[DocumentId, tuple[str, list[tuple[int, int]]]]:
    """Per document: its text and the ranges that were said (turns without their labels; the whole
    text without labels when the document has no turns)."""
    texts = document_texts(project, document_ids)
    labels: dict[DocumentId, list[tuple[int, int]]] = {}
    for doc_id, start, end in label_ranges(project, document_ids):
        labels.setdefault(doc_id, []).append((start, end))
    turns: dict[DocumentId, list[tuple[int, int]]] = {}
    for doc_id, start, end in turn_ranges(project, document_ids):
        turns.setdefault(doc_id, []).append((start, end))
    out: dict[DocumentId, tuple[str, list[tuple[int, int]]]] = {}
    for doc_id, (_name, text) in texts.items():
        said = merge(turns[doc_id]) if doc_id in turns else [(0, len(text))]
        out[doc_id] = (text, subtract(said, merge(labels.get(doc_id, []))))
    return out


def _document_texts(project: Project, document_ids: list[DocumentId]) -> list[str]:
    return [" ".join(text[s:e] for s, e in keep) for text, keep in _spoken(project, document_ids).values()]


def _segment_texts(project: Project, segments: list[Segment]) -> list[str]:
    spoken = _spoken(project, sorted({s.document_id for s in segments}))
    out: list[str] = []
    for segment in segments:
        text, keep = spoken[segment.document_id]
        coded = [snap_to_words(text, segment.start, segment.end)]
        out.extend(text[a:b] for a, b in intersect(coded, keep))
    return out


def word_frequencies(
    project: Project,
    *,
    code: CodeId | str | None = None,
    document_id: DocumentId | None = None,
    lemmas: bool = True,
    stop_words: bool = True,
    include_subcodes: bool = True,
    limit: int = 100,
    lang: str = "en",
    cancelled: Callable[[], bool] | None = None,
) -> Table:
    """The ``limit`` most frequent words of a code's segments, a document, or (neither) all documents.
    A ``cancelled`` run stops between texts with an incomplete table, which its caller drops."""
    if code is not None:
        segments = retrieve(project, code, include_subcodes=include_subcodes)
        if document_id is not None:
            segments = [s for s in segments if s.document_id == document_id]
        texts = _segment_texts(project, segments)
    else:
        texts = _document_texts(project, [document_id] if document_id is not None else [])
    counts = count_words(texts, lemmas=lemmas, stop_words=stop_words, cancelled=cancelled)
    total = sum(counts.values())
    top = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:limit]
    return Table(
        title=say("wordfreq.title", lang) + (say("wordfreq.lemmas", lang) if lemmas else ""),
        row_header=say("wordfreq.lemma" if lemmas else "wordfreq.word", lang),
        rows=[Word(word) for word, _ in top],
        columns=[say("wordfreq.count", lang), say("wordfreq.share", lang)],
        values=[[n, round(100.0 * n / total, 2) if total else 0.0] for _, n in top],
        row_keys=[word for word, _ in top],
    )
