"""Public figures by name, without a role word: "jeg hører Kim Larsen", "ligesom Medina", "Erdoğan".

The names come from ``resources/lexicons/public_figures.txt`` (hand-made). A mention of a public figure
identifies nobody in a study, but a participant may share the name, so a listed name stays only where
the document gives no sign of that:

- no part of it is a name the document or the project already knows as a person (a speaker label, the
  header's informant, the register);
- the first name of a full name does not occur on its own elsewhere in the document (a "Kim" who is
  talked about as "Kim" is somebody the informant knows, and "Kim Larsen" may be him);
- a single-word entry is neither a Danish word nor a first name ("Assad", "Erdoğan"; not "Bamse"), and
  does not follow a place preposition ("fra Sivas" is the town).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from qcode.anonymise.detectors.public import Kept
from qcode.anonymise.lexicon import first_name_set, is_word
from qcode.anonymise.numbers import AGE_WORD
from qcode.resources import resource

_TOKEN = re.compile(r"\w(?:[\w'’.&-]*\w)?")
_AGE_AFTER = (rf",?\s+(?:er|var|blev|bliver|fylder|fyldte)\s+(?:nu\s+|kun\s+|lige\s+)?"
              rf"(?:\d{{1,3}}|{AGE_WORD}|to)\b")
_PLACE_BEFORE = re.compile(r"(?i)\b(?:i|fra|ved|nær|omkring|udenfor|from|in)\s+$")
# "til" and "på" are places only after going or living ("tog til Sivas"); "lytter til Gilli", "og til
# Gilli" (the same verb left out) and "hører på Medina" are the artist
_MOVED_TO = re.compile(
    r"(?i)\b(?:tage|tager|tog|taget|rejse|rejser|rejste|flytte|flytter|flyttede|kom|komme|kommer|køre|"
    r"kører|kørte|gå|går|gik|sendt|sendte|hjem|tilbage|ned|op|over|ud|bor|boede|bo)\s+(?:\w+\s+)?(?:til|på)\s+$")


@lru_cache(maxsize=1)
def _index() -> tuple[dict[tuple[str, ...], str], dict[str, int]]:
    """Listed names by their case-folded words; the first word of every entry → its most words."""
    lines = resource("lexicons", "public_figures.txt").read_text(encoding="utf-8").splitlines()
    index: dict[tuple[str, ...], str] = {}
    for line in lines:
        entry = line.strip()
        if entry and not entry.startswith("#"):
            index.setdefault(tuple(_TOKEN.findall(entry.casefold())), entry)
    firsts: dict[str, int] = {}
    for key in index:
        if key:
            firsts[key[0]] = max(firsts.get(key[0], 0), len(key))
    return index, firsts


def public_figures(text: str, own_names: Collection[str] = ()) -> list[Kept]:
    """Listed public figures in ``text`` that no sign ties to a participant (see the module doc)."""
    index, firsts = _index()
    own = {part.casefold() for name in own_names for part in name.split()}
    tokens = list(_TOKEN.finditer(text))
    words = [t.group().casefold() for t in tokens]
    kept: list[Kept] = []
    taken = 0  # tokens before this index belong to a figure already kept
    # most words start no entry: find the few that do in one pass, then look at those alone
    for i in [i for i, word in enumerate(words) if word in firsts]:
        if i < taken:
            continue
        for n in range(min(firsts[words[i]], len(tokens) - i), 0, -1):
            key = tuple(words[i:i + n])
            if key not in index:
                continue
            start, end = tokens[i].start(), tokens[i + n - 1].end()
            if not _may_be_a_participant(text, key, start, end, own):
                kept.append(Kept(start, end, text[start:end], "a public figure (list of public figures)"))
                taken = i + n
            break
    return kept


def _may_be_a_participant(text: str, key: tuple[str, ...], start: int, end: int, own: set[str]) -> bool:
    if any(part in own for part in key):
        return True
    # "Elvis er fire, Samanta er to": a figure given an age in the document is a child named after one
    if re.search(rf"(?<![\w-]){re.escape(text[start:end])}{_AGE_AFTER}", text):
        return True
    if len(key) == 1:
        word = text[start:end]
        # "min far kom fra Sivas": after a place preposition a stage name is the town it was taken from
        return (is_word(word) or word[:1].upper() + word[1:].lower() in first_name_set()
                or _PLACE_BEFORE.search(text, max(0, start - 12), start) is not None
                or _MOVED_TO.search(text, max(0, start - 40), start) is not None)
    first = re.escape(text[start:end].split()[0])
    rest = re.escape(text[start:end][len(text[start:end].split()[0]):].lstrip())
    alone = re.compile(rf"(?<![\w-]){first}(?![\w-])(?!\s+{rest})", re.IGNORECASE)
    return any(m.start() != start for m in alone.finditer(text))
