"""Danish towns, municipalities and regions, foreign countries and cities (shipped lists) and
organisations (shipped and user lists).

Mid-sentence a capital marks a proper noun, so a listed place or organisation is taken there. At
the start of a sentence, where capitals say nothing, a one-word entry that is also a Danish word
("Vejen", "Skive") is only taken after a place preposition.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from spacy.lang.da.stop_words import STOP_WORDS

from qcode.anonymise.candidates import ORG, PLACE, Candidate
from qcode.anonymise.detectors.common import LOWER, UPPER, is_sentence_initial
from qcode.anonymise.lexicon import (
    foreign_cities,
    foreign_countries,
    is_first_name,
    is_homograph,
    is_ordinary_word,
    organisations,
    regions,
    towns,
)

# A header line that names a place: "Sted: Odense", "Bopæl: Vejle, Jylland"
_PLACE_HEADER = re.compile(
    r"(?i)[ \t\ufeff]*(?:sted|by|bopæl|hjemby|kommune|område|adresse|opvækst|region)[ \t]*:[^\n]*$"
)
_PLACE_PREPOSITION = re.compile(r"(?:\b(?:i|fra|til|ved|på|nær|omkring|mod|udenfor|uden for|over|via)\s+)$")


@lru_cache(maxsize=8)
def _pattern(entries: tuple[str, ...]) -> re.Pattern[str] | None:
    forms = sorted({e for e in entries if e.strip()}, key=len, reverse=True)
    if not forms:
        return None
    # grouped by first character, so the engine rejects a word after one comparison, not 600
    by_first: dict[str, list[str]] = {}
    for form in forms:
        by_first.setdefault(form[0], []).append(re.escape(form[1:]))
    alternation = "|".join(
        f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in sorted(by_first.items())
    )
    # genitive "Aarhus'", "Netto's", "Røde Kors'"; a hyphen after is fine ("Hus Forbi-sælger")
    return re.compile(rf"(?<![\w])(?<!\w-)(?P<core>{alternation})(?:s|['’]s?)?(?![\w])")


_SURNAME_FIRST = re.compile(
    rf",[ \t]+(?P<first>[{UPPER}][{LOWER}]+)(?=[ \t]*:|[ \t]{{2,}}|\t|[ \t]*\d{{1,2}}:\d\d)")
_TITLE_BEFORE = re.compile(r"\b(?i:dr|hr|fr|frk|fru|pastor|sognepræst|overlæge|professor)\.?[ \t]+$")


def _find(text: str, entries: tuple[str, ...], label: str, detector: str, shipped: bool) -> list[Candidate]:
    rx = _pattern(entries)
    if rx is None:
        return []
    out = []
    for m in rx.finditer(text):
        core = m.group("core")
        single = " " not in core
        if shipped and single and _TITLE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "min psykiater, dr. Nyborg": a surname after a title
        if shipped and single and (label_of := _SURNAME_FIRST.match(text, m.end())) \
                and is_first_name(label_of.group("first")):
            continue  # "Nyborg, Maja   0:00:04": a speaker label, surname first
        if shipped and single and is_sentence_initial(text, m.start()):
            # mid-sentence a capital marks a proper noun; at a sentence start "Vejen" is the road
            before = text[max(0, m.start() - 12) : m.start()]
            line_start = text.rfind("\n", 0, m.start()) + 1
            # (a town the word list only holds as a proper noun, "Svendborg", "Odense", is no word)
            if is_homograph(core) and is_ordinary_word(core) and not _PLACE_PREPOSITION.search(before) \
                    and not _PLACE_HEADER.match(text, line_start, m.start()):
                continue
        end = m.end()
        # a lone apostrophe is a genitive only after s/x/z ("Aarhus'"); otherwise it closes a quote
        if text[m.end("core") : end] in ("'", "’") and core[-1] not in "sxz":
            end = m.end("core")
        out.append(Candidate(m.start(), end, text[m.start() : end], label, core, detector, 0.8))
    return out


# The kind of institution, then its own name: "brugerforeningen Lyspunktet", "Værestedet Ankeret",
# "krisecenter, Kvindehjemmet Solsikken". The head is a definite noun for a place people go to or belong to.
INSTITUTION_HEADS = (
    "foreningen", "forening", "huset", "stuen", "centret", "centeret", "klubben", "skolen", "hjemmet",
    "stedet", "kollegiet", "caféen", "cafeen", "tilbuddet", "herberget", "børnehaven", "vuggestuen",
    "fællesskabet", "netværket", "projektet", "gruppen", "plejen", "teamet", "afdelingen",
)
_NAMED_INSTITUTION = re.compile(
    rf"(?<![\w-])(?P<head>[{UPPER}{LOWER}][{LOWER}]*(?:{'|'.join(INSTITUTION_HEADS)})"
    rf"|(?:{'|'.join(h.capitalize() for h in INSTITUTION_HEADS)}))"
    rf"[ \t]+(?P<name>[{UPPER}][{LOWER}]{{2,}}(?:[ \t]+[{UPPER}][{LOWER}]{{2,}})?)(?![\w-])"
)
# A capitalised institution word in its indefinite form, then a name: "Plejecenter Bøgen", "Socialcenter
# Vest", "Kvindehjemmet Ly" (a short name too, since the capitalised head already says it is a name).
_INDEFINITE_HEAD = ("center", "hjem", "hjemmet", "skole", "klub", "hus", "café", "cafe", "værested", "bosted",
                    "botilbud", "gymnasium", "museum", "kollegium", "børnehave", "vuggestue", "forening")
_CAPITALISED_INSTITUTION = re.compile(
    rf"(?<![\w-])(?P<head>[{UPPER}][{LOWER}]*(?:{'|'.join(_INDEFINITE_HEAD)}))"
    rf"[ \t]+(?P<name>[{UPPER}][{LOWER}]+)(?![\w-])"
)


# "i Sir sogn", "Hover Sogn": a parish named by its village
_PARISH = re.compile(rf"(?<![\w-])(?P<name>[{UPPER}][{LOWER}]+)[ \t]+[Ss]ogns?\b")


# "ved Dronning Louises Bro", "på Willy Sørensens Plads": a place named after someone, after a preposition
_NAMED_AFTER_SOMEONE = re.compile(
    rf"\b(?i:på|ved|i|fra|til|over|under|langs|nær|omkring)[ \t]+"
    rf"(?P<name>(?:[{UPPER}][{LOWER}]+[ \t]+){{0,2}}[{UPPER}][{LOWER}]+s[ \t]+"
    r"(?:Plads|Bro|Gade|Vej|Allé|Torv|Park|Have|Kirkegård|Anlæg))(?![\w-])")


def detect_named_institutions(text: str) -> list[Candidate]:
    """An institution noun followed by a capitalised name: the name is the organisation's, and a
    capitalised head is part of it ("Værestedet Ankeret"); a lower-case head is not ("foreningen Lyspunktet").
    """
    out = []
    for m in _NAMED_INSTITUTION.finditer(text):
        name = m.group("name")
        if name.split()[0].casefold() in STOP_WORDS or is_sentence_initial(text, m.start("name")):
            continue
        head_is_name = m.group("head")[0].isupper() and not is_sentence_initial(text, m.start())
        start = m.start() if head_is_name else m.start("name")
        core = text[start:m.end()]
        out.append(Candidate(start, m.end(), core, ORG, core, "context", 0.65,
                             f"a name after the institution word '{m.group('head').casefold()}'"))
    for m in _CAPITALISED_INSTITUTION.finditer(text):
        if is_sentence_initial(text, m.start()) or m.group("name").casefold() in STOP_WORDS:
            continue
        core = m.group(0)
        out.append(Candidate(m.start(), m.end(), core, ORG, core, "context", 0.65,
                             f"a name after the capitalised institution word '{m.group('head')}'"))
    for m in _NAMED_AFTER_SOMEONE.finditer(text):
        out.append(Candidate(m.start("name"), m.end("name"), m.group("name"), PLACE, m.group("name"),
                             "context", 0.65, "a place named after someone ('ved Dronning Louises Bro')"))
    for m in _PARISH.finditer(text):
        if m.group("name").casefold() not in STOP_WORDS:
            out.append(Candidate(m.start("name"), m.end("name"), m.group("name"), PLACE, m.group("name"),
                                 "context", 0.65, "the village a parish is named by ('i Vium sogn')"))
    return out


def detect_places(text: str, places: Iterable[str] = ()) -> list[Candidate]:
    """Towns, municipalities, regions and foreign countries from the shipped lists, and the user's own
    places."""
    shipped = tuple(towns()) + tuple(regions()) + tuple(foreign_countries()) + tuple(foreign_cities())
    found = _find(text, shipped, PLACE, "places", shipped=True)
    user = tuple(sorted(set(places)))
    return found + _find(text, user, PLACE, "places", shipped=False)


def detect_orgs(text: str, orgs: Iterable[str] = ()) -> list[Candidate]:
    """Organisations from the shipped list of well-known Danish ones and the user's own list."""
    found = _find(text, tuple(organisations()), ORG, "orgs", shipped=True)
    user = tuple(sorted(set(orgs)))
    return found + _find(text, user, ORG, "orgs", shipped=False)
