"""The vocabulary of transcript layouts: role words, metadata keys, label and speaker-line patterns,
and small helpers on lines and labels, shared by header and turn detection. No I/O, no Qt."""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import overload

# the role words decide cases too, so they live in core; re-exported here for the transcript readers
from qcode.core.speaker_labels import INTERVIEWEE_WORDS, INTERVIEWER_WORDS, STT_LABEL  # noqa: F401

# Others in the room: neither asking nor interviewed, so never a case
OTHER_WORDS = frozenset({"tolk", "tolken", "interpreter", "observatør", "observer", "bisidder",
                         "pårørende", "støtteperson"})
PARTICIPANT_KEYS = frozenset({
    "interviewperson", "informant", "deltager", "respondent", "interviewee", "participant", "borger",
})
METADATA_KEYS = PARTICIPANT_KEYS | frozenset({
    "interviewer", "moderator", "sted", "dato", "tid", "tidspunkt", "varighed", "optagelse", "lydfil", "fil",
    "transskribent", "transskriberet af", "transskription", "projekt", "alder", "køn", "emne",
    "interview", "location", "date", "duration", "recording", "file", "place", "baggrund",
    "fødselsår", "født", "interviewdato", "gender", "age",
})
# Words that open a reply ("Ja: …") but are never a speaker's name.
NOT_NAMES = frozenset({
    "ja", "nej", "jo", "nå", "men", "og", "så", "altså", "okay", "ok", "fint", "godt", "tak", "hm",
    "hmm", "mm", "øh", "æh", "jamen", "nemlig", "præcis", "rigtigt", "netop", "sådan", "der", "det",
    "den", "jeg", "du", "vi", "de", "han", "hun", "man", "hvad", "hvorfor", "hvordan", "hvor",
    "når", "hvis", "fordi", "eller",
})
# Transcriber's notes ("Note: optagelsen stopper") are text of the turn they sit in, never a turn.
NOTE_WORDS = frozenset({"note", "nb", "obs", "kl", "fx", "f.eks", "bemærk", "citat", "pause",
                        "kommentar", "tid", "ca"})
# The keys of an e-mail's header and of a form's fields ("Fra:", "Cc:", "Tlf.:") open no turn: an e-mail or
# a case file imported beside the interviews is no conversation, and its keys are no speakers (or cases)
FIELD_WORDS = frozenset({"fra", "til", "cc", "bcc", "emne", "sendt", "vedhæftet", "vedhæftning", "kopi",
                         "from", "to", "subject", "sent", "attachment", "attachments", "tlf", "tlf.",
                         "telefon", "mobil", "mail", "e-mail", "email", "adresse", "cpr", "cpr-nr",
                         "cpr-nr.", "fortrolighed"})

# Keys of a transcript's header beside METADATA_KEYS: a form's fields, who was present and who wrote it down.
# "Tolk: Pia" in a header names the interpreter (metadata); further down "Tolk: …" is the interpreter's turn.
HEADER_KEYS = METADATA_KEYS | FIELD_WORDS | frozenset({
    "navn", "name", "tolk", "interpreter", "observatør", "observer", "til stede", "tilstede", "deltagere",
    "participants", "present", "noteret af", "skrevet af", "interviewet af", "udført af", "transskriberet",
    "transcribed by", "interviewed by", "titel", "title", "kontekst", "context", "sprog", "language",
    "runde", "round", "forløb", "kommune", "by", "tidsrum", "klokkeslæt", "medium", "format", "mode",
})
# Header keys that name someone who also speaks ("Interviewer: Mette", "Tolk: Pia"): header lines only
# beside other metadata; alone above the turns they are a turn.
SPEAKER_KEYS = frozenset({"interviewer", "moderator", "tolk", "interpreter", "observatør", "observer"})
# "Signe via tolk:", "Jonas (personale):", "Mette [interviewer]:": a name with a note on how or as whom
# the person speaks. The note is no part of the speaker's name; words that open an unbracketed one:
ANNOTATION_LEADS = frozenset({"via", "gennem", "through", "med", "with"})
# A note that says the speaker is neither asking nor interviewed (beside OTHER_WORDS: "Tolk (tolk)")
STAFF_WORDS = frozenset({"personale", "personalet", "medarbejder", "ansat", "staff", "pædagog", "leder"})

_TS = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
_NAME = r"[^\W\d_][\w.'’\-]*(?: [\w.'’\-]+){0,2}"
# A note after the name: "(personale)", "[interviewer]", "via tolk" (no colon in it: "(00:12)" is a time)
_NOTE = r"[ \t]*[\[(][^\[\]()\n:]{1,40}[\])]|[ \t]+(?:via|gennem|through|med|with) [a-zæøåäöü][\w\-]*"
# [00:12:31] Label: words   |   Label:\twords   |   LABEL\twords   |   Label (note): words
LABEL_LINE = re.compile(
    rf"(?P<ts>\[(?P<t1>{_TS})\]\s*|\(?(?P<t2>{_TS})\)?\s+)?(?P<label>{_NAME})"
    rf"(?:\s*[\[(](?P<t3>{_TS})[\])]|(?P<note>{_NOTE}))?(?:[ \t]*:[ \t]*|\t+)"
)
# Speech-to-text speaker ids (WhisperX, pyannote): "SPEAKER_00: …", "speaker_01: …", WhisperX's own
# "[SPEAKER_00]: …", and after the segment's time range ("[00:00:01.000 --> 00:00:04.200] SPEAKER_00: …").
# A name-like label needs a capital; these are ids, in either case.
STT_LINE = re.compile(
    rf"(?:\[(?P<ts>{_TS})[ \t]*(?:-->|–|-)[ \t]*{_TS}\][ \t]*)?\[?(?P<label>speaker_\d{{1,3}})\]?[ \t]*:",
    re.IGNORECASE)
# Name  00:01:44   (Word/Teams; the words follow on the next lines)
SPEAKER_LINE = re.compile(rf"(?P<label>{_NAME})(?:\s{{2,}}|\t+|\s+-\s+|\s+)[\[(]?(?P<ts>{_TS})[\])]?\s*$")
HEADER_LINE = re.compile(r"(?P<key>[^\W\d_][\w .'’\-]{0,30}?)\s*:\s*(?P<value>.*)$")


class Lines(Sequence[tuple[int, str]]):
    """``(position, line)`` for every line of a text, each sliced from the text when asked for. A list
    of tuples costs ~170 MB for a 50 MB transcript (800,000 small objects); the line starts as an
    array cost 8 bytes a line."""

    def __init__(self, text: str, starts: array[int] | None = None, first: int = 0, stop: int = -1):
        self._text = text
        if starts is None:
            starts = array("q", [0])
            find, index = text.find, text.find("\n")
            while index != -1:
                starts.append(index + 1)
                index = find("\n", index + 1)
        self._starts = starts
        self._first = first
        self._stop = len(starts) if stop < 0 else stop

    def __len__(self) -> int:
        return self._stop - self._first

    @property
    def text(self) -> str:
        return self._text

    @property
    def starts(self) -> array[int]:
        """Where each line of the whole text starts (line ``i`` of this view is ``starts[first + i]``)."""
        return self._starts

    def blank_before(self, index: int) -> bool:
        """Whether the line before line ``index`` of the whole text is blank (the first line: True)."""
        if index == 0:
            return True
        return not self._text[self._starts[index - 1]:self._starts[index] - 1].strip()

    def _line(self, index: int) -> tuple[int, str]:
        start = self._starts[index]
        end = self._starts[index + 1] - 1 if index + 1 < len(self._starts) else len(self._text)
        return start, self._text[start:end]

    @overload
    def __getitem__(self, index: int) -> tuple[int, str]: ...

    @overload
    def __getitem__(self, index: slice) -> Lines: ...

    def __getitem__(self, index: int | slice) -> tuple[int, str] | Lines:
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            if step != 1:
                raise ValueError("only contiguous slices of lines")
            return Lines(self._text, self._starts, self._first + start, self._first + max(start, stop))
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self._line(self._first + index)

    def __iter__(self) -> Iterator[tuple[int, str]]:
        # _line inlined: detection walks every line of every file several times
        text, starts = self._text, self._starts
        last = len(starts) - 1
        for index in range(self._first, self._stop):
            start = starts[index]
            yield start, text[start:starts[index + 1] - 1 if index < last else len(text)]


def split_lines(text: str) -> Lines:
    """The text's lines with their start offsets (see :class:`Lines`)."""
    return Lines(text)


def is_blank(line: str) -> bool:
    return not line.strip()


@lru_cache(maxsize=4096)  # a transcript repeats a handful of labels tens of thousands of times
def name_like(label: str) -> bool:
    """Capitalised words (or an upper-case label), at most three; not a sentence opener."""
    words = label.split(" ")
    if label.casefold() in INTERVIEWER_WORDS | INTERVIEWEE_WORDS:
        return True
    if len(words) > 3 or label.casefold() in NOT_NAMES:
        return False
    return all(w[:1].isupper() or w[:1].isdigit() for w in words if w)


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Levenshtein distance, cut off above ``limit`` (enough to spot label typos)."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


@lru_cache(maxsize=4096)  # called for every turn; its typo check (edit distance) is the costly part
def role_word(label: str) -> str | None:
    """'interviewer'/'interviewee'/'other' for a role label (typos in long role words forgiven)."""
    key = re.sub(r"\s*\d+$", "", label.casefold().strip(". "))
    if key in INTERVIEWER_WORDS or (len(key) >= 8 and edit_distance(key, "interviewer") <= 2):
        return "interviewer"
    if key in INTERVIEWEE_WORDS or (len(key) >= 10 and edit_distance(key, "interviewperson") <= 2):
        return "interviewee"
    if key in OTHER_WORDS:
        return "other"
    return None


_BRACKETED = re.compile(r"(?P<name>.+?)[ \t]*[\[(](?P<note>[^\[\]()]*)[\])]")
_NUMBERED = re.compile(r"(?P<word>[^\W\d_]+) \d{1,3}")


@lru_cache(maxsize=4096)
def split_annotation(label: str) -> tuple[str, str]:
    """``(name, note)`` of a printed label: "Jonas (personale)" → ("Jonas", "personale"), "Signe via tolk"
    → ("Signe", "via tolk"); a label without a note is its own name (note "")."""
    match = _BRACKETED.fullmatch(label)
    if match and match.group("note").strip():
        return match.group("name").strip(), match.group("note").strip()
    words = label.split(" ")
    for index in range(1, len(words)):
        rest = words[index:]
        if words[index].casefold() in ANNOTATION_LEADS and len(rest) >= 2 and all(w.islower() for w in rest):
            return " ".join(words[:index]), " ".join(rest)
    return label, ""


def note_role(note: str) -> str | None:
    """The role a label's note gives its speaker ("[interviewer]", "(tolk)", "(personale)"); None when
    it gives none ("via tolk" says how Signe speaks, not that she is the interpreter)."""
    if not note or note.split(" ", 1)[0].casefold() in ANNOTATION_LEADS:
        return None
    if note.casefold() in STAFF_WORDS:
        return "other"
    return role_word(note)


def numbered_heading(label: str) -> bool:
    """A word and a number that is no role ("Opkald 2", "Samtale 1"; not "Interviewer 2", "IP 1")."""
    match = _NUMBERED.fullmatch(label)
    return match is not None and role_word(label) is None and not role_word(match.group("word"))


def header_key(key: str) -> bool:
    """Whether a ``Key:`` at the top of a transcript is a header key: a known one, a known one with a
    few lower-case words after it ("Dato for interview", "Alder ved interview"), or a numbered heading
    ("Opkald 1: 7/3 kl. 10.15")."""
    folded = key.casefold().strip()
    if folded in HEADER_KEYS or numbered_heading(key.strip()):
        return True
    words = key.strip().split()
    return (2 <= len(words) <= 4 and words[0].casefold() in HEADER_KEYS
            and all(w.islower() for w in words[1:]))
