"""Search hits spread to their sentence or turn start after the speaker's label and its colon."""

from __future__ import annotations

from dataclasses import dataclass

from qcode.analysis.hit_spread import spread_hits
from qcode.core.documents import add_document
from qcode.core.imported import Turn

TEXT = "Interviewer: Ser du din mor?\n\nPalle: Ja, hjemme hos min mor, men ellers ikke. Hun bor i byen."


@dataclass(frozen=True)
class Hit:
    document_id: int
    start: int
    end: int


def _document(project) -> int:
    first, second = TEXT.index("Interviewer"), TEXT.index("Palle")
    turns = [Turn(first, TEXT.index("?") + 1, "Interviewer", "interviewer", "Interviewer", first,
                  first + len("Interviewer")),
             Turn(second, len(TEXT), "Palle", "interviewee", "Palle", second, second + len("Palle"))]
    return add_document(project, "iv", TEXT, turns=turns)


def test_a_sentence_that_opens_a_turn_starts_after_the_label_and_its_colon(project) -> None:
    doc = _document(project)
    at = TEXT.index("min mor")
    (spread,) = spread_hits(project, [Hit(doc, at, at + len("min mor"))], "sentence")
    assert TEXT[spread.start:spread.end] == "Ja, hjemme hos min mor, men ellers ikke."


def test_a_turn_starts_after_the_label_and_its_colon(project) -> None:
    doc = _document(project)
    at = TEXT.index("byen")
    (spread,) = spread_hits(project, [Hit(doc, at, at + 4)], "turn")
    assert TEXT[spread.start:spread.end] == "Ja, hjemme hos min mor, men ellers ikke. Hun bor i byen."
