"""Field lines of a note, a case file or a form ("Sagsbehandler: Hanne Berg", "Aftaler: ring tirsdag",
"Kontakt: …") are not speaker turns. A caseworker's notes put such lines at the top and between their
paragraphs; the transcript rules took each key for a speaker (and an interviewee's case).

What tells a field from a turn, when the key is no known field word:
- a field key is used once in the document (a speaker speaks again), and names no role ("I", "IP",
  "Interviewer" ask and answer, whatever else the text looks like);
- fields come in a block: two or more such keys on consecutive lines, each value on its one line and
  short, mostly no sentence, and no interviewer among them. A block is dropped whole, a role key in it
  included ("Borger: Per Olsen" between two fields);
- a document whose every label is such a one-line field, none of them a sentence ("Palle: Jeg er 46 år."
  is a one-turn transcript), has no conversation at all.
A short exchange between two names each speaking once ("Anna: Hej" / "Bo: Hej") reads as a block too;
a real interview's speakers speak more than once. No I/O, no Qt."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from qcode.io.transcript_words import HEADER_KEYS, SPEAKER_KEYS, STT_LABEL, Lines, role_word

FIELD_VALUE_MAX = 120  # characters of a field's value; a form's values are short, a turn's words need not be


class _Labelled(Protocol):
    line: int
    label: str
    label_end: int
    kind: str


C = TypeVar("C", bound=_Labelled)


def _field_key(label: str, uses: int) -> bool:
    """A key that reads as a form's field: a known metadata key that never speaks ("Dato", "Sted"), or a
    key used once that names no role."""
    if STT_LABEL.fullmatch(label):
        return False  # a speech-to-text speaker id ("SPEAKER_02") is a speaker, however often heard
    folded = label.casefold()
    if folded in HEADER_KEYS and folded not in SPEAKER_KEYS and role_word(label) is None:
        return True
    return uses == 1 and role_word(label) is None


_SENTENCE_ENDS = (".", "?", "!", "…")


def _field_block(run: Sequence[C], field: dict[int, bool], said: Callable[[C], str]) -> bool:
    """Whether consecutive one-line labels are a form's fields: two or more different keys, two of them
    field keys, nobody in them asking (an interviewer's line makes it a conversation: "Interviewer: …?" /
    "Palle: Godt." / "Pia: …"), and not mostly sentences."""
    if len(run) < 2 or len({r.label for r in run}) < len(run) or sum(field[r.line] for r in run) < 2:
        return False
    if any(role_word(r.label) == "interviewer" for r in run):
        return False
    return 2 * sum(said(r).endswith(_SENTENCE_ENDS) for r in run) < len(run)


def fields_dropped(cands: Sequence[C], lines: Lines) -> list[C]:
    """``cands`` (in text order) without the field lines of a note or a form."""
    if not cands:
        return []
    uses = Counter(c.label for c in cands)
    keys = {label: _field_key(label, n) for label, n in uses.items()}  # per label: a handful
    if not any(keys.values()):
        return list(cands)  # every label speaks again or names a role: an interview, nothing to look at
    text, starts = lines.text, lines.starts
    by_line = {c.line: c for c in cands}

    def one_line(c: C) -> bool:
        """Whether the candidate's words are on its line alone (the next line is blank, the end, or
        another label's) and short, as a field's value is."""
        if c.kind != "colon" or len(said(c)) > FIELD_VALUE_MAX:
            return False
        after = c.line + 1
        if after >= len(starts) or after in by_line:
            return True
        return not text[starts[after]:starts[after + 1] if after + 1 < len(starts) else len(text)].strip()

    def said(c: C) -> str:
        stop = text.find("\n", c.label_end)
        return text[c.label_end:len(text) if stop < 0 else stop].lstrip(":").strip()

    # Only the runs of consecutive one-line labels around a field key can be a block: the lines are looked
    # at there, not all over a long interview with a stray label or two.
    short: dict[int, bool] = {}

    def is_short(i: int) -> bool:
        if i not in short:
            short[i] = one_line(cands[i])
        return short[i]

    if all(keys[c.label] for c in cands) and all(is_short(i) for i in range(len(cands))) and not any(
            said(c).endswith(_SENTENCE_ENDS) for c in cands):
        return []  # no label speaks twice or names a role, and nobody says a sentence: a note
    dropped: set[int] = set()
    for i, c in enumerate(cands):
        if not keys[c.label] or c.line in dropped or not is_short(i):
            continue
        first = last = i
        while first > 0 and cands[first - 1].line == cands[first].line - 1 and is_short(first - 1):
            first -= 1
        while last + 1 < len(cands) and cands[last + 1].line == cands[last].line + 1 and is_short(last + 1):
            last += 1
        run = cands[first:last + 1]
        field = {r.line: keys[r.label] for r in run}  # every line of the run is short
        if _field_block(run, field, said):
            dropped.update(r.line for r in run)
    return [c for c in cands if c.line not in dropped] if dropped else list(cands)
