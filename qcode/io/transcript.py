"""Transcript structure: header metadata and speaker turns in canonical text (no I/O, no Qt).

Handles the layouts Danish transcripts arrive in: ``Interviewer: …`` / ``<Name>: …``, ``I:``/``IP:``
with a metadata header, upper-case labels followed by a TAB, ``[hh:mm:ss]`` prefixes, and Word/Teams
speaker lines (``Name  00:01:44`` with the words on the next lines). A label is only believed when it
recurs, is a known role word, or sits where a turn starts, so a stray "Ja:" or a typo such as
"Interivewer" does not break the transcript.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from qcode.io.base import Turn
from qcode.io.transcript_fields import fields_dropped
from qcode.io.transcript_header import _label_of, parse_header, participant_name  # noqa: F401
from qcode.io.transcript_words import (  # noqa: F401  (re-exported: importers and rewrap use them)
    FIELD_WORDS,
    INTERVIEWEE_WORDS,
    INTERVIEWER_WORDS,
    LABEL_LINE,
    METADATA_KEYS,
    NOT_NAMES,
    NOTE_WORDS,
    OTHER_WORDS,
    PARTICIPANT_KEYS,
    SPEAKER_LINE,
    STT_LABEL,
    STT_LINE,
    Lines,
    edit_distance,
    is_blank,
    name_like,
    note_role,
    numbered_heading,
    role_word,
    split_annotation,
    split_lines,
)


@dataclass(slots=True)  # one per turn: 100,000+ for a big transcript
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



@lru_cache(maxsize=4096)  # a transcript repeats a handful of labels on every turn
def _believable(label: str, colon: bool) -> bool:
    """Whether a label may open a turn: not a note word, and a name, a role word, or (after a colon
    only) a reply word such as "Ja", which the turn resolution hands to the other party."""
    name, note = split_annotation(label)
    if note:  # "Signe via tolk": the name must be one, and a reply word with a note is none
        return name.casefold() not in NOT_NAMES and _believable(name, colon)
    folded = label.casefold()
    if folded in NOTE_WORDS or folded in FIELD_WORDS:
        return False
    return (name_like(label) or STT_LABEL.fullmatch(label) is not None or role_word(label) is not None
            or (colon and folded in NOT_NAMES))


def _candidates(lines: Lines, first_line: int) -> list[_Candidate]:
    """Lines (from ``first_line``) that open with a believable label. Only a line with a colon or a tab
    can: the text is searched for those (``str.find``), and only their lines are looked at. The patterns
    match inside the text (``pos``/``endpos``, as if on the line alone: they have no anchor but the
    speaker line's ``$``, which ``endpos`` ends) without copying each line."""
    text, starts = lines.text, lines.starts
    size, find = len(text), text.find
    label_line, speaker_line, believable = LABEL_LINE.match, SPEAKER_LINE.match, _believable
    found = []
    pos = starts[first_line] if first_line < len(starts) else size
    colon, tab = find(":", pos), find("\t", pos)
    while colon >= 0 or tab >= 0:
        hit = colon if tab < 0 else tab if colon < 0 else min(colon, tab)
        index = bisect_right(starts, hit) - 1
        position = starts[index]
        stop = find("\n", hit)
        if stop < 0:
            stop = size
        has_colon = 0 <= colon < stop
        pos = stop + 1
        if colon < pos:
            colon = find(":", pos)
        if 0 <= tab < pos:
            tab = find("\t", pos)
        # A speaker line ends in a timestamp (a digit, "]" or ")"); otherwise a label line
        match = None
        if has_colon:
            tail = text[stop - 1]  # the line's last character (the hit is on it, so it is not empty)
            if tail.isspace():
                tail = text[position:stop].rstrip()[-1:]
            if tail.isdigit() or tail in ("]", ")"):
                match = speaker_line(text, position, stop)
        kind = "speaker_line"
        if not match:
            match = label_line(text, position, stop)
            kind = "colon"
        if not match:
            if has_colon and (stt := STT_LINE.match(text, position, stop)):  # "[SPEAKER_00]: …"
                found.append(_Candidate(index, position, stt.group("label"), stt.start("label"),
                                        stt.end("label"), stt.group("ts"), "colon"))
            continue
        label = match.group("label").strip()
        label_start = match.start("label")
        label_end = label_start + len(label)
        if kind == "colon" and match.group("note"):  # the printed label keeps its note: "Jonas (personale)"
            label_end = match.end("note")
            label = text[label_start:label_end]
        if not believable(label, kind == "colon"):
            continue
        if kind == "speaker_line":
            ts = match.group("ts")
        else:
            t1, t2, t3 = match.group("t1", "t2", "t3")
            ts = t1 or t2 or t3
            if find(":", label_end, match.end()) < 0:
                kind = "tab"  # "LABEL<TAB>words" without a colon: also how table rows look
        found.append(_Candidate(index, position, label, label_start, label_end, ts, kind))
    return found


def _speaker_name(label: str, participant: str | None) -> str:
    label = split_annotation(label)[0]  # "Signe via tolk" is Signe
    role = role_word(label)
    if role == "interviewer":
        digits = re.search(r"\d+$", label)
        return "Interviewer" + (f" {digits.group()}" if digits and digits.group() != "1" else "")
    if role == "interviewee" and participant and not re.search(r"\d", label):
        return participant
    if STT_LABEL.fullmatch(label):
        return label.capitalize()  # "SPEAKER_00" and "speaker_00" are one speaker: "Speaker_00"
    if len(label) > 2 and label.isupper() and role in (None, "other"):
        return re.sub(r"[^\W\d_]+", lambda m: m.group().capitalize(), label)
    return label


def _accepted(cands: list[_Candidate], lines: Lines) -> list[_Candidate]:
    """Keep labels that recur, are role words, or open a paragraph; drop the rest."""
    counts = Counter(c.label for c in cands)
    sure = {label: n >= 2 or bool(role_word(label)) for label, n in counts.items()}  # once per label
    text, starts = lines.text, lines.starts
    # Lines.blank_before inlined (a call per candidate): the line before is empty or all white space
    after_blank = [c.line == 0 or not text[starts[c.line - 1]:starts[c.line] - 1].strip() for c in cands]
    paragraph_turns = sum(after_blank) >= 0.8 * max(len(cands), 1)
    kept = []
    for c, paragraph_start in zip(cands, after_blank, strict=True):
        if sure[c.label] or c.kind == "speaker_line":
            kept.append(c)
        elif c.kind == "tab":
            continue
        elif paragraph_start or not paragraph_turns:
            kept.append(c)
    return kept


def _headings_dropped(cands: list[_Candidate]) -> list[_Candidate]:
    """Without the numbered headings of a log or a list ("Opkald 1: …", "Opkald 2: …"): a word with
    two or more numbers, each once. Speakers with numbers ("Person 2") speak more than once."""
    counts = Counter(c.label for c in cands)
    series: dict[str, set[str]] = {}
    for label, n in counts.items():
        if numbered_heading(label):
            series.setdefault(label.rsplit(" ", 1)[0].casefold(), set()).add(label if n == 1 else "")
    headings = {label for labels in series.values() if len(labels) >= 2 and "" not in labels
                for label in labels}
    return [c for c in cands if c.label not in headings] if headings else cands


def _bare_turns(lines: Lines, cands: list[_Candidate], speakers: set[str],
                first_line: int) -> list[_Candidate]:
    """Turns whose label lost its colon ("Helle Ja, det gjorde jeg"): a known name opening a paragraph.
    Only lines that start with a known name and a space can be one; the text is searched for those."""
    text, starts = lines.text, lines.starts
    if not speakers or first_line >= len(starts):
        return sorted(cands, key=lambda c: c.line)
    taken = {c.line for c in cands}
    first = starts[first_line]
    openers = tuple(label + " " for label in speakers)
    found: set[int] = set()
    for opener in openers:
        if first == 0 and text.startswith(opener):
            found.add(0)
        at = text.find("\n" + opener, max(first - 1, 0))
        while at >= 0:
            found.add(at + 1)
            at = text.find("\n" + opener, at + 1)
    extra = []
    for position in sorted(found):
        index = bisect_right(starts, position) - 1
        if index in taken or not lines.blank_before(index):
            continue
        stop = text.find("\n", position)
        line = text[position:stop if stop >= 0 else len(text)]
        for label in speakers:
            if line.startswith(label + " ") and line[len(label) + 1:len(label) + 2].isupper():
                extra.append(_Candidate(index, position, label, position, position + len(label),
                                        None, "bare"))
                break
    return sorted(cands + extra, key=lambda c: c.line)


_ASKS = re.compile(
    r"(?i)\W*(?:(?:og|men|så|okay|ok|ja|nå|jamen|øh|altså)\W+)*"
    r"(?:hv(?:ad|ordan|orfor|or|em|ornår|ilke|ilken)|kan du|vil du|må jeg|har du|er du|var du|kunne du"
    r"|fortæl|prøv at fortælle)\b")


def _assign_roles(names: list[str], texts: dict[str, list[str]],
                  interviewers: frozenset[str] = frozenset(),
                  noted: dict[str, str] | None = None) -> dict[str, str]:
    """Roles by name: a label's note ("[interviewer]", "(personale)"), the header's interviewer, a role
    word; else the one who asks most is the interviewer and the rest are interviewees."""
    roles: dict[str, str] = {}
    for name in names:
        roles[name] = (noted or {}).get(name) or (
            "interviewer" if name.casefold() in interviewers else (role_word(name) or ""))
    if not any(r == "interviewer" for r in roles.values()):
        # no role labels: the one who asks most is the interviewer; in speech-to-text with no question
        # marks at all, a turn asks when it opens with a question word ("hvordan har du det", "kan du …")
        unpunctuated = not any("?" in t for said in texts.values() for t in said)

        def question(turn: str) -> bool:
            return turn.rstrip().endswith("?") or (unpunctuated and _ASKS.match(turn) is not None)

        def asks(name: str) -> float:
            said = texts.get(name, [])
            return sum(question(t) for t in said) / max(len(said), 1)
        unknown = [n for n in names if not roles[n]]
        if len(unknown) >= 2:
            best = max(unknown, key=asks)
            if asks(best) >= 0.3:
                roles[best] = "interviewer"
    return {n: (r or "interviewee") for n, r in roles.items()}


def detect_structure(text: str, known_labels: frozenset[str] = frozenset()) -> Structure:
    """Header metadata and speaker turns of a canonical (NFC, ``\\n``) transcript text."""
    lines = split_lines(text)
    metadata, header_end = parse_header(text, known_labels, lines)
    first_line = next((i for i, (p, _) in enumerate(lines) if p > header_end), len(lines)) \
        if header_end else 0
    participant = participant_name(metadata)
    cands = fields_dropped(_headings_dropped(_accepted(_candidates(lines, first_line), lines)), lines)
    counts = Counter(c.label for c in cands)
    established = {label for label, n in counts.items() if n >= 2 and label.casefold() not in NOT_NAMES}
    cands = _bare_turns(lines, cands, established | set(known_labels), first_line)
    if not cands:
        return Structure([], metadata, header_end)
    # map labels to speakers; a rare label close to a frequent one is a typo of it. (Counted per label,
    # then per name: a transcript has a handful of labels and tens of thousands of turns.)
    label_counts = Counter(c.label for c in cands)
    names = {label: _speaker_name(label, participant) for label in label_counts}
    frequency: Counter[str] = Counter()
    for label, n in label_counts.items():
        frequency[names[label]] += n
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
    # "Ja: …" is a mislabelled turn: give it to the other party of a two-person interview
    reply = {label: label.casefold() in NOT_NAMES for label in label_counts}
    spoken: Counter[str] = Counter()
    for label, n in label_counts.items():
        if not reply[label]:
            spoken[names[label]] += n
    parties = [n for n, _ in spoken.most_common(2)]
    merged: list[tuple[_Candidate, int, str]] = []
    stops = [c.start for c in cands[1:]] + [len(text)]
    for c, stop in zip(cands, stops, strict=True):
        # The turn ends at the last non-blank line before the next turn: its lines with trailing
        # white space (blank lines included) stripped. The label line itself is never blank.
        end = c.start + len(text[c.start:stop].rstrip())
        if not reply[c.label]:
            merged.append((c, end, names[c.label]))
            continue
        previous = merged[-1][2] if merged else None
        others = [p for p in parties if p != previous]
        if others:
            merged.append((c, end, others[0]))
        elif merged:  # not a turn after all: the line stays inside the previous turn
            merged[-1] = (merged[-1][0], end, merged[-1][2])
    named = [re.split(r"[,(;]", v, maxsplit=1)[0].strip().casefold() for k, v in metadata.items()
             if role_word(k) == "interviewer"]
    interviewers = frozenset(named + [n.split(" ")[0] for n in named if n])
    speakers = list(dict.fromkeys(n for _, _, n in merged))
    texts: dict[str, list[str]] = {}
    if not any(n.casefold() in interviewers or role_word(n) == "interviewer" for n in speakers):
        # no interviewer by name: the roles ask whose turns end with "?" (or, unpunctuated, open with a
        # question word); their first and last characters say (copying every turn's text doubled the
        # memory a 50 MB transcript needs)
        for c, end, name in merged:
            opening = text[c.label_end:min(end, c.label_end + 24)]
            texts.setdefault(name, []).append(opening + "\n" + text[max(c.label_end, end - 8):end])
    noted = {names[label]: role for label in label_counts
             if (role := note_role(split_annotation(label)[1])) is not None}
    roles = _assign_roles(speakers, texts, interviewers, noted)
    turns = []
    last = len(merged) - 1
    make = tuple.__new__  # Turn's own __new__ is a Python function: a call more for each of 100,000+ turns
    for k, (c, end, name) in enumerate(merged):
        if k < last and merged[k + 1][0].start < end:
            end = merged[k + 1][0].start
        turns.append(make(Turn, (c.start, end, name, roles[name], c.label, c.label_start, c.label_end,
                                 c.timestamp)))
    return Structure(turns, metadata, header_end)
