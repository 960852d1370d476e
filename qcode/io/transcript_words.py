"""The vocabulary of transcript layouts: role words, metadata keys, label and speaker-line patterns,
and small helpers on lines and labels, shared by header and turn detection. No I/O, no Qt."""

from __future__ import annotations

import re

INTERVIEWER_WORDS = frozenset({
    "i", "int", "interviewer", "intervieweren", "interviewer1", "interviewer 1", "moderator", "mod",
    "forsker", "researcher", "spørger", "journalist", "q", "spm", "spørgsmål", "iv",
})
INTERVIEWEE_WORDS = frozenset({
    "ip", "interviewperson", "interviewpersonen", "informant", "informanten", "inf", "deltager",
    "deltageren", "respondent", "r", "a", "svar", "interviewee", "borger", "p", "participant",
})
# Others in the room: neither asking nor interviewed, so never a case
OTHER_WORDS = frozenset({"tolk", "tolken", "interpreter", "observatør", "observer", "bisidder",
                         "pårørende", "støtteperson"})
PARTICIPANT_KEYS = frozenset({
    "interviewperson", "informant", "deltager", "respondent", "interviewee", "participant", "borger",
})
METADATA_KEYS = PARTICIPANT_KEYS | frozenset({
    "interviewer", "sted", "dato", "tid", "tidspunkt", "varighed", "optagelse", "lydfil", "fil",
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

_TS = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
_NAME = r"[^\W\d_][\w.'’\-]*(?: [\w.'’\-]+){0,2}"
# [00:12:31] Label: words   |   Label:\twords   |   LABEL\twords
LABEL_LINE = re.compile(
    rf"(?P<ts>\[(?P<t1>{_TS})\]\s*|\(?(?P<t2>{_TS})\)?\s+)?(?P<label>{_NAME})"
    rf"(?:\s*[\[(](?P<t3>{_TS})[\])])?(?:[ \t]*:[ \t]*|\t+)"
)
# Name  00:01:44   (Word/Teams; the words follow on the next lines)
SPEAKER_LINE = re.compile(rf"(?P<label>{_NAME})(?:\s{{2,}}|\t+|\s+-\s+|\s+)[\[(]?(?P<ts>{_TS})[\])]?\s*$")
HEADER_LINE = re.compile(r"(?P<key>[^\W\d_][\w .'’\-]{0,30}?)\s*:\s*(?P<value>.*)$")


def split_lines(text: str) -> list[tuple[int, str]]:
    out, position = [], 0
    for line in text.split("\n"):
        out.append((position, line))
        position += len(line) + 1
    return out


def is_blank(line: str) -> bool:
    return not line.strip()


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
