"""Which person a detected name stands for, read from the document it is in (#13).

Detection returns one candidate per written name; a reader needs one pseudonym per *person*. Inside a
document three kinds of short forms point at a full name the same document holds:

- initials that spell it: "Sofie Lund (SL)", the speaker label "JPK:" beside "Jens Peder Kjærgaard";
- a bare first name: "Anne" where the document speaks of "Anne Holm" (and in another document "Anne"
  beside "Anne Berg" is Anne Berg, a different person);
- a nickname written inside the full name: 'Tove "Tut" Madsen' is one person, and "Tut" on its own
  later is her too. The written form becomes one mention of the full name, and the nickname a form of
  it, replaced by the person's pseudonym (an invented nickname would be a second name the reader has to
  tie to the first; the pseudonym says at once who is meant).

Across documents a :class:`PersonIndex` keeps one entry per person: full names by their whole
(confusable-insensitive) spelling, bare names by their first word, as the register did before. Pure
functions, no SQL, no Qt; the project register and the batch register both use them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from qcode.anonymise.candidates import PERSON, Candidate
from qcode.anonymise.detectors.common import LOWER, NOT_INITIALS, UPPER
from qcode.anonymise.lexicon import is_first_name

# Letters OCR and typing confuse: "PalIe" is the same speaker as "Palle".
_HOMOGLYPHS = str.maketrans({"I": "l", "1": "l", "|": "l", "0": "o", "5": "s"})


@lru_cache(maxsize=65536)  # every detection run keys each known name again
def skeleton(word: str) -> str:
    """A confusable-insensitive key: "PalIe" and "Palle" share one."""
    return unicodedata.normalize("NFKC", word).translate(_HOMOGLYPHS).casefold().replace("rn", "m")


# "SL", "JPK", "MoS", "MJØ": two to four letters, upper case at both ends
_INITIALS = re.compile(rf"[{UPPER}][{UPPER}{LOWER}]{{0,2}}[{UPPER}]")
_OPEN_QUOTE, _CLOSE_QUOTE = "\"“„«'‘", "\"”“»'’"
_PART = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
# 'Tove "Tut" Madsen', 'Kaj „Kajse“ Frandsen', 'Kenneth ("Kenny") Hansen'
_NICK_INSIDE = re.compile(
    rf"(?P<first>{_PART}(?:[ \t]+{_PART})?)[ \t]+\(?[{_OPEN_QUOTE}](?P<nick>[{UPPER}][{UPPER}{LOWER}-]*)"
    rf"[{_CLOSE_QUOTE}]\)?[ \t]+(?P<last>{_PART}(?:[ \t]+{_PART})?)")


@lru_cache(maxsize=65536)
def looks_like_initials(form: str) -> bool:
    """True for the shape of initials ("SL", "JPK", "MoS"), not for a first name written in capitals
    ("PER", "MIA"). Common shorthand has the shape too ("KL" of Kristoffer Lund): see
    :func:`common_shorthand`."""
    return bool(_INITIALS.fullmatch(form)) and not is_first_name(form.capitalize())


def common_shorthand(initials: str) -> bool:
    """Initials that are also everyday shorthand ("OK", "TV", "KL"): a person's only where the
    document wrote them for the person, never as a string elsewhere."""
    return initials.upper() in NOT_INITIALS


def spells(initials: str, name: str) -> bool:
    """True when ``initials`` are the initial letters of ``name``'s parts ("JPK" of "Jens Peder
    Kjærgaard", "MJØ" of "Marianne Jørgensen": the letters in order, at most one more than the parts)."""
    parts = [p for p in re.split(r"[ \t-]+", name) if p]
    if len(parts) < 2:
        return False
    firsts = "".join(p[0] for p in parts).upper()
    upper = initials.upper()
    if upper == firsts:
        return True
    letters = iter(re.sub(r"[ \t-]", "", name).upper())
    return upper[0] == firsts[0] and all(ch in letters for ch in upper) and len(upper) <= len(parts) + 1


def initials_of(pseudonym: str) -> str:
    """What initials become: the initials of the pseudonym ("Mette Holm" → "MH", "Mette" → "M"); a
    bracketed label ("[Informant 1]") has no initials and stays whole, so the reader still sees who."""
    if pseudonym.startswith("[") or not pseudonym.strip():
        return pseudonym
    return "".join(part[0].upper() for part in re.split(r"[ \t-]+", pseudonym.strip()) if part)


def is_full(core: str) -> bool:
    """A name of two or more words ("Anne Holm")."""
    return len(core.split()) >= 2


def full_key(core: str) -> str:
    """The key of a whole name: "Anne Holm" and "ANNE HOLM" are one, "Anne Berg" another."""
    return " ".join(skeleton(part) for part in core.split())


def first_key(core: str) -> str:
    """The key of a name's first word ("Karen" of "Karen Sørensen")."""
    return skeleton(core.split()[0]) if core.split() else skeleton(core)


@dataclass(frozen=True)
class Linked:
    """One candidate and the person it stands for: ``person`` is the core the register files it under
    (the document's full name for initials, a bare first name or a nickname; else its own core)."""

    candidate: Candidate
    person: str
    why: str = ""  # how the link was made, for the audit log and --explain


def link_document(text: str, candidates: Sequence[Candidate]) -> list[Linked]:
    """Each candidate with the person it names in this document (see the module doc)."""
    joined, nicknames = _join_nicknames(text, candidates)
    fulls = [c.core for c in joined if c.label == PERSON and is_full(c.core)]
    by_first: dict[str, set[str]] = {}
    for core in fulls:
        by_first.setdefault(first_key(core), set()).add(full_key(core))
    out = []
    for cand in joined:
        person, why = cand.core, ""
        # "Jens Peder" beside "Jens Peder Vestergaard": first names only, which one full name completes
        longer = ({full_key(f): f for f in fulls if f.startswith(cand.core + " ")}
                  if is_full(cand.core) else {})
        if cand.label == PERSON and len(longer) == 1 and all(is_first_name(p) for p in cand.core.split()):
            person = next(iter(longer.values()))
            why = f"the first names of '{person}' in this document"
        elif cand.label == PERSON and not is_full(cand.core):
            nick = nicknames.get(cand.core)
            initials = looks_like_initials(cand.core) and cand.surface.startswith(cand.core)
            owners = [f for f in fulls if initials and spells(cand.core, f)]
            if nick is not None:
                person, why = nick, f"the nickname written inside '{nick}'"
            elif owners and len({full_key(f) for f in owners}) == 1:
                person, why = owners[0], f"the initials of '{owners[0]}' in this document"
            elif len(by_first.get(first_key(cand.core), ())) == 1 and not looks_like_initials(cand.core):
                person = next(f for f in fulls if first_key(f) == first_key(cand.core))
                why = f"the first name of '{person}' in this document"
        out.append(Linked(cand, person, why))
    return out


def _join_nicknames(text: str, candidates: Sequence[Candidate]) -> tuple[list[Candidate], dict[str, str]]:
    """'Tove "Tut" Madsen' as one candidate of the core "Tove Madsen" (the parts the detectors found
    one by one are dropped), and each such nickname → its full name."""
    persons = [c for c in candidates if c.label == PERSON]
    spans: list[Candidate] = []
    nicknames: dict[str, str] = {}
    for m in _NICK_INSIDE.finditer(text):
        inside = [c for c in persons if m.start() <= c.start and c.end <= m.end()]
        if not any(c.start == m.start("nick") for c in inside) or not is_first_name(m["first"].split()[0]):
            continue  # the detectors did not take the nickname as a name: a quoted word, not a name
        best = max(inside, key=lambda c: c.score)
        full = f"{m['first']} {m['last']}"
        spans.append(replace(best, start=m.start(), end=m.end(), surface=m.group(), core=full,
                             reason="a nickname in quotes inside a full name: one person"))
        nicknames[m["nick"]] = full
    if not spans:
        return list(candidates), nicknames
    covered = [(s.start, s.end) for s in spans]
    kept = [c for c in candidates if not any(s <= c.start and c.end <= e for s, e in covered)]
    return sorted([*kept, *spans], key=lambda c: c.start), nicknames


@dataclass
class PersonIndex:
    """One entry per person across documents, to find the entry a linked name belongs to.

    A full name finds the entry of the same full name; else an entry known only by a bare name of its
    first word (which the full name now completes, unless that entry speaks as an interviewee somewhere
    and this document does not interview the full name). A bare name finds an entry of exactly that name,
    else the first entry of its first word: consistent pseudonyms across a project are the promise, and
    a bare "Anne" with no full name beside it is most often the Anne already met.
    """

    fulls: dict[str, int] = field(default_factory=dict)  # full key -> entry
    bare: dict[str, int] = field(default_factory=dict)  # first key of an entry with no full name -> entry
    firsts: dict[str, int] = field(default_factory=dict)  # first key -> first entry with it
    exact: dict[str, int] = field(default_factory=dict)  # skeleton of a one-word core -> entry
    initials: dict[str, int] = field(default_factory=dict)  # initials as written -> entry
    # entries some document interviews by a bare name ("Anne:" in a focus group): a full name elsewhere
    # does not complete them (see ``find``)
    speakers: set[int] = field(default_factory=set)

    def add(self, entry: int, names: Iterable[str]) -> None:
        """Record an entry under its core and forms (initials only as themselves: "SL" in another
        document is the same Sofie Lund, but no first name "Sl…" is)."""
        names = [n.strip() for n in names if n.strip()]
        for name in names:
            if looks_like_initials(name):
                self.initials.setdefault(name, entry)
        names = [n for n in names if not looks_like_initials(n)]
        has_full = False
        for name in names:
            if is_full(name):
                has_full = True
                self.fulls.setdefault(full_key(name), entry)
            else:
                self.exact.setdefault(skeleton(name), entry)
            self.firsts.setdefault(first_key(name), entry)
        for name in names:
            key = first_key(name)
            if has_full and self.bare.get(key) == entry:
                del self.bare[key]
            elif not has_full:
                self.bare.setdefault(key, entry)

    def find(self, person: str, *, interviewed: bool = False) -> int | None:
        """The entry of the person ``person`` names (None: a new person). ``interviewed``: the document
        presents ``person`` as its interviewee."""
        if is_full(person):
            found = self.fulls.get(full_key(person))
            if found is not None:
                return found
            bare = self.bare.get(first_key(person))
            # "Anne" who speaks in a focus group is not the "Anne Ravn" a follow-up interview mentions (his
            # wife): a full name completes a speaker's first name only where that document interviews it
            return None if bare in self.speakers and not interviewed else bare
        if looks_like_initials(person):
            return self.initials.get(person)
        return self.exact.get(skeleton(person), self.firsts.get(first_key(person)))
