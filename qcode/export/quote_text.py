"""A quote's words, cut from its document: the range it shows (the coding widened to whole words, its
turns or sentences around it), cuts shown as "[…]", speaker segments without labels or timestamps. Pure
text functions over a document's text and turns; the rendering of a range is passed in. No Qt, no SQL.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from qcode.core.types import StoredTurn
from qcode.core.workspace_queries import snap_to_words

ELLIPSIS = "[…]"
_SENTENCE_END = re.compile(r"[.!?…]+[\"»”')]*\s+")
_NEWLINES = re.compile(r"\s*\n\s*")


@dataclass(frozen=True)
class Segment:
    """A piece of a quote: one speaker's words; ``speaker`` is empty for a plain quote."""

    speaker: str
    text: str


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


def tidy(text: str) -> str:
    """Rendered text on one line: line breaks and the spaces around them become one space."""
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
            parts.append(tidy(render(position, cut_start)))
        if not parts or parts[-1] != ELLIPSIS:
            parts.append(ELLIPSIS)
        position = max(position, cut_end)
    if position < end:
        parts.append(tidy(render(position, end)))
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
