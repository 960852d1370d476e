"""Transcript structure: header metadata and speaker turns in canonical text (no I/O, no Qt).

Handles the layouts Danish transcripts arrive in: ``Interviewer: …`` / ``<Name>: …``, ``I:``/``IP:``
with a metadata header, upper-case labels followed by a TAB, ``[hh:mm:ss]`` prefixes, and Word/Teams
speaker lines (``Name  00:01:44`` with the words on the next lines). A label is only believed when it
recurs, is a known role word, or sits where a turn starts, so a stray "Ja:" or a typo such as
"Interivewer" does not break the transcript.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from qcode.io.base import Turn

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
_LABEL_LINE = re.compile(
    rf"(?P<ts>\[(?P<t1>{_TS})\]\s*|\(?(?P<t2>{_TS})\)?\s+)?(?P<label>{_NAME})"
    rf"(?:\s*[\[(](?P<t3>{_TS})[\])])?(?:[ \t]*:[ \t]*|\t+)"
)
# Name  00:01:44   (Word/Teams; the words follow on the next lines)
_SPEAKER_LINE = re.compile(rf"(?P<label>{_NAME})(?:\s{{2,}}|\t+|\s+-\s+|\s+)[\[(]?(?P<ts>{_TS})[\])]?\s*$")
_HEADER_LINE = re.compile(r"(?P<key>[^\W\d_][\w .'’\-]{0,30}?)\s*:\s*(?P<value>.*)$")


@dataclass
class _Candidate:
    line: int
    start: int
    label: str
    label_start: int
    label_end: int
    timestamp: str | None
    kind: str  # "colon", "tab", "speaker_line", "bare"


@dataclass(frozen=True)
class Structure:
    """What detection found: turns, header metadata and where the header ends."""

    turns: list[Turn]
    metadata: dict[str, str]
    header_end: int


def _lines(text: str) -> list[tuple[int, str]]:
    out, position = [], 0
    for line in text.split("\n"):
        out.append((position, line))
        position += len(line) + 1
    return out


def _is_blank(line: str) -> bool:
    return not line.strip()


def _name_like(label: str) -> bool:
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


def _header_entry(line: str) -> tuple[str, str] | None:
    """``(key, value)`` of a ``Key: value`` line whose key is a known metadata key."""
    match = _HEADER_LINE.match(line.strip())
    if match and match.group("key").casefold() in METADATA_KEYS and len(match.group("value")) <= 100:
        return match.group("key").strip(), match.group("value").strip()
    return None


def _title_like(line: str, known_labels: frozenset[str]) -> bool:
    return (":" not in line and len(line.strip()) <= 100 and not _SPEAKER_LINE.match(line.strip())
            and not any(line.startswith(label + " ") for label in known_labels))


def _mentions_interview(line: str) -> bool:
    return "interview" in line.casefold() or "transskri" in line.casefold()


def _blank_line_header(lines: list[tuple[int, str]],
                       known_labels: frozenset[str]) -> tuple[dict[str, str], int]:
    """Leading metadata lines (``Key: value`` and a title), ended by a blank line; (metadata, end)."""
    block: list[tuple[int, str]] = []
    for position, line in lines:
        if _is_blank(line):
            if block:
                break
            continue
        block.append((position, line))
        if len(block) > 10:
            return {}, 0
    if not block or len(block) == len([line for _, line in lines if not _is_blank(line)]):
        return {}, 0
    metadata: dict[str, str] = {}
    strong = False
    for _, line in block:
        entry = _header_entry(line)
        if entry:
            key, value = entry
            metadata[key] = value
            # "Interviewer: I" is header only beside other metadata; alone it is a turn
            strong = strong or key.casefold() not in {"interviewer"}
        elif _title_like(line, known_labels):
            metadata.setdefault("title", line.strip())
            strong = strong or len(block) > 1 or _mentions_interview(line)
        else:
            return {}, 0
    if not strong:
        return {}, 0
    last_position, last_line = block[-1]
    return metadata, last_position + len(last_line)


def _label_of(line: str) -> str | None:
    """The speaker label a line opens with (``Name: …``, ``[00:01] Name: …``, ``Name  00:01:44``)."""
    match = _SPEAKER_LINE.match(line) or _LABEL_LINE.match(line)
    if not match:
        return None
    label = match.group("label").strip()
    return label if _name_like(label) or role_word(label) else None


def _compact_header(lines: list[tuple[int, str]],
                    known_labels: frozenset[str]) -> tuple[dict[str, str], int]:
    """A header with no blank line before the first turn (every PDF, many .txt files): a title at
    the top and ``Key: value`` lines with known keys, up to the first line that opens a turn.

    A key that recurs as a label further down ("Interviewer: …" twice) is a speaker, and so is a
    line whose value is a question; the header ends there.
    """
    start = next((i for i, (_, line) in enumerate(lines) if not _is_blank(line)), len(lines))
    labels_below: Counter[str] | None = None  # labels of the lines after the current one
    metadata: dict[str, str] = {}
    strong = False
    end, titles = start, 0
    for index in range(start, min(len(lines), start + 12)):
        line = lines[index][1]
        entry = _header_entry(line)
        if entry:
            key, value = entry
            if labels_below is None:
                labels_below = Counter((_label_of(later) or "").casefold() for _, later in lines[index + 1:])
            interviewer = key.casefold() == "interviewer"
            if (labels_below[key.casefold()] > 0 or value.endswith("?")
                    or (interviewer and len(value.split()) > 5)):
                break  # a speaker's turn, not metadata
            metadata[key] = value
            strong = strong or not interviewer
            if index + 1 < len(lines):
                labels_below[(_label_of(lines[index + 1][1]) or "").casefold()] -= 1
        elif index - start == titles < 2 and _title_like(line, known_labels):
            metadata.setdefault("title", line.strip())  # a title (two lines at most) opens the header
            strong = strong or _mentions_interview(line)
            titles += 1
        else:
            break
        end = index + 1
    # the header must be followed right away by a turn; otherwise these lines were something else
    if not strong or end >= len(lines) or _label_of(lines[end][1]) is None:
        return {}, 0
    last_position, last_line = lines[end - 1]
    return metadata, last_position + len(last_line)


def parse_header(text: str, known_labels: frozenset[str] = frozenset()) -> tuple[dict[str, str], int]:
    """Leading metadata lines (``Key: value`` and a title) ended by a blank line, or directly by the
    first turn when no blank line separates them; (metadata, end offset of the header)."""
    lines = _lines(text)
    metadata, end = _blank_line_header(lines, known_labels)
    if metadata:
        return metadata, end
    return _compact_header(lines, known_labels)


def participant_name(metadata: dict[str, str]) -> str | None:
    """The interviewee's name from a header such as ``Interviewperson: Palle, 46 år``."""
    for key, value in metadata.items():
        if key.casefold() in PARTICIPANT_KEYS:
            name = re.split(r"[,(;]", value, maxsplit=1)[0].strip()
            if name and _name_like(name) and not name[:1].isdigit():
                return name
    return None


def _candidates(lines: list[tuple[int, str]], first_line: int) -> list[_Candidate]:
    found = []
    for index in range(first_line, len(lines)):
        position, line = lines[index]
        match = _SPEAKER_LINE.match(line)
        kind = "speaker_line"
        if not match:
            match = _LABEL_LINE.match(line)
            kind = "colon"
        if not match:
            continue
        label = match.group("label").strip()
        if label.casefold() in NOTE_WORDS:
            continue
        if not _name_like(label) and role_word(label) is None:
            if label.casefold() not in NOT_NAMES or kind != "colon":
                continue
        ts = match.groupdict().get("t1") or match.groupdict().get("t2") or match.groupdict().get("t3") or (
            match.group("ts") if kind == "speaker_line" else None)
        if kind == "colon" and ":" not in line[match.end("label"):match.end()]:
            kind = "tab"  # "LABEL<TAB>words" without a colon: also how table rows look
        label_start = position + match.start("label")
        found.append(_Candidate(index, position, label, label_start, label_start + len(label), ts, kind))
    return found


def _speaker_name(label: str, participant: str | None) -> str:
    role = role_word(label)
    if role == "interviewer":
        digits = re.search(r"\d+$", label)
        return "Interviewer" + (f" {digits.group()}" if digits and digits.group() != "1" else "")
    if role == "interviewee" and participant and not re.search(r"\d", label):
        return participant
    if len(label) > 2 and label.isupper() and role in (None, "other"):
        return re.sub(r"[^\W\d_]+", lambda m: m.group().capitalize(), label)
    return label


def _accepted(cands: list[_Candidate], lines: list[tuple[int, str]]) -> list[_Candidate]:
    """Keep labels that recur, are role words, or open a paragraph; drop the rest."""
    counts = Counter(c.label for c in cands)
    blank_separated = sum(1 for c in cands if c.line == 0 or _is_blank(lines[c.line - 1][1]))
    paragraph_turns = blank_separated >= 0.8 * max(len(cands), 1)
    kept = []
    for c in cands:
        paragraph_start = c.line == 0 or _is_blank(lines[c.line - 1][1])
        if counts[c.label] >= 2 or role_word(c.label) or c.kind == "speaker_line":
            kept.append(c)
        elif c.kind == "tab":
            continue
        elif paragraph_start or not paragraph_turns:
            kept.append(c)
    return kept


def _bare_turns(lines: list[tuple[int, str]], cands: list[_Candidate], speakers: set[str],
                first_line: int) -> list[_Candidate]:
    """Turns whose label lost its colon ("Helle Ja, det gjorde jeg"): a known name opening a paragraph."""
    taken = {c.line for c in cands}
    extra = []
    for index in range(first_line, len(lines)):
        position, line = lines[index]
        if index in taken or (index > 0 and not _is_blank(lines[index - 1][1])):
            continue
        for label in speakers:
            if line.startswith(label + " ") and line[len(label) + 1:len(label) + 2].isupper():
                extra.append(_Candidate(index, position, label, position, position + len(label),
                                        None, "bare"))
                break
    return sorted(cands + extra, key=lambda c: c.line)


def _assign_roles(names: list[str], texts: dict[str, list[str]],
                  interviewers: frozenset[str] = frozenset()) -> dict[str, str]:
    roles: dict[str, str] = {}
    for name in names:
        roles[name] = "interviewer" if name.casefold() in interviewers else (role_word(name) or "")
    if not any(r == "interviewer" for r in roles.values()):
        # no role labels: the one who asks most is the interviewer
        def asks(name: str) -> float:
            said = texts.get(name, [])
            return sum(t.rstrip().endswith("?") for t in said) / max(len(said), 1)
        unknown = [n for n in names if not roles[n]]
        if len(unknown) >= 2:
            best = max(unknown, key=asks)
            if asks(best) >= 0.3:
                roles[best] = "interviewer"
    return {n: (r or "interviewee") for n, r in roles.items()}


def detect_structure(text: str, known_labels: frozenset[str] = frozenset()) -> Structure:
    """Header metadata and speaker turns of a canonical (NFC, ``\\n``) transcript text."""
    metadata, header_end = parse_header(text, known_labels)
    lines = _lines(text)
    first_line = next((i for i, (p, _) in enumerate(lines) if p > header_end), len(lines)) \
        if header_end else 0
    participant = participant_name(metadata)
    cands = _accepted(_candidates(lines, first_line), lines)
    counts = Counter(c.label for c in cands)
    established = {label for label, n in counts.items() if n >= 2 and label.casefold() not in NOT_NAMES}
    cands = _bare_turns(lines, cands, established | set(known_labels), first_line)
    if not cands:
        return Structure([], metadata, header_end)
    # map labels to speakers; a rare label close to a frequent one is a typo of it
    names = {c.label: _speaker_name(c.label, participant) for c in cands}
    frequency = Counter(names[c.label] for c in cands)
    main = [n for n, k in frequency.most_common() if k >= 2]
    for label, name in list(names.items()):
        if frequency[name] == 1 and name not in main:
            for other in main:
                limit = 1 if len(other) <= 5 else 2
                if re.search(r"\d", name) and re.sub(r"\d", "", name) == re.sub(r"\d", "", other):
                    continue  # IP2 is not a typo of IP1
                if edit_distance(name.casefold(), other.casefold()) <= limit:
                    names[label] = other
                    break
    # turn extents: from the label line to the last non-blank line before the next turn
    spans = []
    for k, c in enumerate(cands):
        stop = cands[k + 1].line if k + 1 < len(cands) else len(lines)
        last = c.line
        for index in range(c.line, stop):
            if not _is_blank(lines[index][1]):
                last = index
        end = lines[last][0] + len(lines[last][1].rstrip())
        spans.append((c, end))
    # "Ja: …" is a mislabelled turn: give it to the other party of a two-person interview
    speakers_in_order: list[str] = []
    for c, _ in spans:
        if c.label.casefold() in NOT_NAMES:
            continue
        speakers_in_order.append(names[c.label])
    parties = [n for n, _ in Counter(speakers_in_order).most_common(2)]
    resolved: list[tuple[_Candidate, int, str]] = []
    for c, end in spans:
        name = names[c.label]
        if c.label.casefold() in NOT_NAMES:
            previous = resolved[-1][2] if resolved else None
            others = [p for p in parties if p != previous]
            if not others:
                if resolved:  # not a turn after all: the line stays inside the previous turn
                    resolved[-1] = (resolved[-1][0], end, resolved[-1][2])
                continue
            name = others[0]
        resolved.append((c, end, name))
    merged = resolved
    texts: dict[str, list[str]] = {}
    for c, end, name in merged:
        texts.setdefault(name, []).append(text[c.label_end:end])
    named = [re.split(r"[,(;]", v, maxsplit=1)[0].strip().casefold() for k, v in metadata.items()
             if role_word(k) == "interviewer"]
    interviewers = frozenset(named + [n.split(" ")[0] for n in named if n])
    roles = _assign_roles(list(dict.fromkeys(n for _, _, n in merged)), texts, interviewers)
    turns = []
    for k, (c, end, name) in enumerate(merged):
        if k + 1 < len(merged) and merged[k + 1][0].start < end:
            end = merged[k + 1][0].start
        turns.append(Turn(c.start, end, name, roles[name], c.label, c.label_start, c.label_end,
                          c.timestamp))
    return Structure(turns, metadata, header_end)
