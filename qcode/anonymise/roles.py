"""Who is interviewed: interviewees become "[Informant N]", everyone else ("[Person N]") is a third
party — a contact person, a sister, a neighbour, the interviewer.

An interviewee is a speaker of interviewee turns (the stored turns, or the importer's reading of
the text when none are stored), a name in a participant header line ("Interviewperson: Palle,
46 år", "Deltager: Uffe (51-årig)", "IP: Line"), the name in a title "Interview med Karen", a
closing "(Line, 28 år)", or the name of a case. Pure functions of a text, plus two look-ups in a
project; the register decides what the names mean for its entities. No SQL, no Qt.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Protocol

from qcode.core.cases import list_cases
from qcode.core.documents import get_document, turns_for_document
from qcode.core.entities import INFORMANT, OTHER, ROLES
from qcode.core.types import DocumentId
from qcode.io.transcript import detect_structure

if TYPE_CHECKING:
    from qcode.core.project import Project

__all__ = ["INFORMANT", "OTHER", "ROLES", "case_names", "document_interviewees", "interviewee_names"]

PARTICIPANT_KEYS = frozenset({
    "interviewperson", "interviewpersonen", "interviewede", "informant", "informanten", "deltager",
    "deltageren", "deltagere", "respondent", "respondenten", "interviewee", "participant", "ip", "borger",
})
HEADER_LINES = 20  # only the top of a transcript is its header
TITLE_LINES = 5  # "Interview med Karen" further down is someone talking about an interview

_KEY_LINE = re.compile(
    r"^[ \t\ufeff]*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]*)?(?P<key>[^\W\d_]+)[ \t]*(?:\([^()\n]{1,25}\))?"
    r"[ \t]*:[ \t]*(?P<value>[^\n]*)$", re.MULTILINE)
_INTERVIEW_WITH = re.compile(r"\b(?i:interview|samtale)\s+(?i:med)\s+(?P<value>[^\n]+)")
_CLOSING = re.compile(r"\((?P<name>[^\W\d_][\w'’\-]*(?: [^\W\d_][\w'’\-]*)?),\s*\d{1,3}\s*år\)")
_CHUNKS = re.compile(r"[,;/&]|\s+og\s+|\s+[-–—]\s+")


class TurnLike(Protocol):
    """What is read of a speaker turn (stored turns and the importer's turns both have it; read-only
    properties, because both are frozen dataclasses)."""

    @property
    def speaker(self) -> str: ...
    @property
    def role(self) -> str: ...
    @property
    def label(self) -> str: ...


def leading_names(value: str, limit: int = 4) -> list[str]:
    """The capitalised names opening each part of a header value: "Palle, 46 år" → ["Palle"];
    "Anna og Jonas Holm" → ["Anna", "Jonas Holm"]; "Uffe (51-årig mand)" → ["Uffe"]."""
    names = []
    for chunk in _CHUNKS.split(value):
        words: list[str] = []
        for word in chunk.split():
            bare = re.sub(r"['’.\-]", "", word)
            if not (word[:1].isupper() and bare.isalpha()) or len(words) == limit:
                break
            if not words and len(bare) < 2:  # "F. 1978" (født) is no name; an initial after one is
                break
            words.append(word.rstrip("."))
        if words:
            names.append(" ".join(words))
    return names


def _header_names(text: str) -> set[str]:
    """Names in participant lines of the header. A key that opens more than one line ("IP:" on
    every other line) labels turns, and its first turn is no header."""
    keys = Counter(m.group("key").casefold() for m in _KEY_LINE.finditer(text))
    top = "\n".join(text.split("\n", HEADER_LINES)[:HEADER_LINES])
    names: set[str] = set()
    for m in _KEY_LINE.finditer(top):
        key = m.group("key").casefold()
        if key in PARTICIPANT_KEYS and keys[key] == 1:
            names.update(leading_names(m.group("value")))
    title = "\n".join(text.split("\n", TITLE_LINES)[:TITLE_LINES])
    for m in _INTERVIEW_WITH.finditer(title):
        names.update(leading_names(m.group("value")))
    for m in _CLOSING.finditer(text):  # "(Line, 28 år)", not "(min søster, 28 år)"
        names.update(leading_names(m.group("name")))
    return names


def interviewee_names(text: str, turns: Iterable[TurnLike] | None = None,
                      metadata: Mapping[str, object] | None = None) -> set[str]:
    """Every name ``text`` presents as an interviewee (speakers, labels and header names).

    Without ``turns`` the importer's structure reading of the text is used (same rules as import).
    """
    if turns is None:

        structure = detect_structure(text)
        turns = structure.turns
        metadata = {**structure.metadata, **(metadata or {})}
    names: set[str] = set()
    for turn in turns:
        if turn.role == "interviewee":
            names.update(n.strip() for n in (turn.speaker, turn.label) if n and n.strip())
    for key, value in (metadata or {}).items():
        if str(key).casefold().strip() in PARTICIPANT_KEYS and isinstance(value, str):
            names.update(leading_names(value))
    names.update(_header_names(text))
    return names


def document_interviewees(project: Project, document_id: DocumentId) -> set[str]:
    """The interviewee names of a stored document (its stored turns when it has any)."""

    document = get_document(project, document_id)
    turns = turns_for_document(project, document_id)
    return interviewee_names(document.text, turns or None, document.metadata)


def case_names(project: Project) -> list[str]:
    """The names of the project's cases (a case is an interviewee)."""

    return [case.name for case in list_cases(project)]
