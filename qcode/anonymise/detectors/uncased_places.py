"""Places and organisations in lower-case text, for :mod:`qcode.anonymise.detectors.uncased`: listed
places after a place preposition ("bor i silkeborg"), unknown words after a verb of living or moving,
listed organisations, compounds with an institution head ("nørremarkskolen") and the name after or before
an institution word ("vuggestuen solstrålen", "holbæk sygehus")."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.da.stop_words import STOP_WORDS

from qcode.anonymise.candidates import ORG, PLACE
from qcode.anonymise.detectors.english import ENGLISH_WORDS
from qcode.anonymise.detectors.uncased_words import (
    Add,
    Lookup,
    Tokens,
    is_first_name,
    may_be_name,
    word_lists,
)
from qcode.anonymise.lexicon import country_set, is_ordinary_word, is_word, regions

_PLACE_BEFORE = frozenset("i fra til ved på nær omkring mod udenfor over via gennem".split())
# Organisations: an institution noun followed by its name ("herberget fyrtårnet", "vuggestuen
# solstrålen"), or a name followed by an institution word ("resenbro skole", "holbæk sygehus").
_INSTITUTIONS = frozenset(
    """herberget værestedet ældrecentret seniorklubben opholdsstedet vuggestuen børnehaven bostedet
    plejehjemmet krisecentret varmestuen forsorgshjemmet klubben foreningen kollegiet caféen cafeen
    fritidsklubben ungdomsklubben efterskolen
    lokalcentret familiehuset medborgerhuset beboerhuset højskolen friskolen skolen centret centeret
    botilbuddet dagtilbuddet aktivitetscentret sprogcentret sprogskolen asylcentret
    behandlingsstedet behandlingscentret misbrugscentret""".split())
INSTITUTION_HEADS = frozenset(
    "skole skolen sygehus sygehuset hospital hospitalet gymnasium efterskole friskole plejehjem kirke "
    "sprogcenter center centret idrætsforening boldklub".split())
_INSTITUTION_ENDINGS = ("hjemmet", "stedet", "centret", "centeret", "huset", "stuen", "haven", "klubben",
                        "skolen", "tilbuddet", "behandlingen")
_HEAD_ENDINGS = ("klub", "værft", "skole", "gymnasium", "sygehus", "hospital", "kirke", "fabrik", "forening",
                 "center", "bibliotek")
# Ordinary words that end like the name of a place or a house ("solgården", "egelunden", "fyrtårnet").
_NAME_ENDINGS = ("gården", "lunden", "huset", "strålen", "tårnet", "klubben", "højen", "bakken", "hjemmet")
_COMPOUND_HEADS = ("skolen", "skole", "klubben", "gymnasium", "gymnasiet", "hospitalet", "centret", "hjemmet",
                   "børnehave", "børnehaven", "vuggestuen", "plejehjem", "plejehjemmet")
# "jobcentret", "sprogskolen": the generic public service, not a named institution
_GENERIC_PREFIXES = ("job", "sprog", "krise", "sundheds", "social", "børne", "ungdoms", "fritids",
                     "aktivitets", "misbrugs", "behandlings", "dag", "special", "folke", "kommune")
_HEAD_FIRST = frozenset("sprogcenter center jobcenter sprogskolen".split())
_VERB_ENDINGS = ("er", "ede", "te", "es", "ende")
_NAME_THEN = re.compile(r"[ \t]+(?:og|om|hvor|som|der|i|på|hver|ovre|inde|ude)\b")


# "bor i avedøre", "flyttede vi til aasiaat", "sidder inde nu i horserød": a verb of living, moving or being
# somewhere (perhaps with its subject after it), or "nu"/"der"/"ovre" before the preposition
_PLACE_VERB = re.compile(
    r"\b(?:bor|boede|boet|bo|flyttede|flytter|flyttet|født|opvokset|vokset op|kommer|kom|er|var|ude|ovre"
    r"|rejse|rejste|tog|ferie|ligger|nu|derovre|derude|dernede|deroppe)"
    r"(?: (?:jeg|vi|de|han|hun|du|i))? (?:i|fra|til)$|\b(?:været|ferie|tage|rejse|rejste) på$")


_CLAUSE_END = re.compile(r"[ \t]*(?:[.,;:!?]|\n|$| (?:og|men|når|hvor|der|så|eller|hvis|fordi)\b)")


@lru_cache(maxsize=1)
def _regions() -> frozenset[tuple[str, ...]]:
    """Islands, landscapes and districts: "på bornholm", "på amager" is the place, not a word."""
    return frozenset(tuple(r.casefold().split()) for r in regions())


def find_places(text: str, tokens: Tokens, lows: list[str], places: Lookup, add: Add) -> None:
    placed: set[int] = set()
    for i in range(len(lows)):
        for n in (3, 2, 1):
            key = tuple(lows[i:i + n])
            if len(key) < n or key not in places:
                continue
            prev = lows[i - 1] if i else ""
            gap = text[tokens[i - 1][1]:tokens[i][0]] if i else ""
            # a single word needs a place preposition, a postcode or another place before it
            cue = (prev in _PLACE_BEFORE or (prev == "for" and i > 1 and lows[i - 2] == "uden")
                   or re.search(r"\b\d{4}\s*$", gap) is not None
                   or (prev in ("og", "eller") and i - 1 in placed))
            if n == 1 and (key[0] in STOP_WORDS or not cue or (prev == "på" and is_ordinary_word(key[0])
                                                                 and (key[0],) not in _regions())):
                break
            add(i, i + n, PLACE, "place list" + (f" after '{prev}'" if n == 1 else ""), 0.7)
            placed.add(i + n)
            break
    for i in range(1, len(lows)):
        low = lows[i]
        before = " ".join(lows[max(0, i - 3):i])
        # "bor i avedøre", "er fra lesbos": a word no list knows after a verb of living or coming from
        if not (may_be_name(low) and not is_ordinary_word(low) and not is_first_name(low, word_lists()[0])
                and low.capitalize() not in country_set() and low not in ENGLISH_WORDS):
            continue
        if _PLACE_VERB.search(before):
            add(i, i + 1, PLACE, f"unknown word after '{before.split()[-2]} {lows[i - 1]}'", 0.6)
        elif lows[i - 1] in ("i", "på") and not is_word(low) and _CLAUSE_END.match(text, tokens[i][1]) \
                and text[tokens[i - 1][1]:tokens[i][0]].isspace():  # not "erne" of "i 90’erne"
            # "en tankstation i tolne.", "et kollegium i emdrup og …": an unknown word ending a place phrase
            add(i, i + 1, PLACE, f"unknown word ending a phrase after '{lows[i - 1]}'", 0.6)


def find_organisations(text: str, tokens: Tokens, lows: list[str], orgs: Lookup, places: Lookup,
                   add: Add) -> None:
    for i in range(len(lows)):
        for n in (4, 3, 2, 1):
            key = tuple(lows[i:i + n])
            if len(key) == n and key in orgs and not (n == 1 and is_word(key[0])):
                add(i, i + n, ORG, "organisation list", 0.7)
                break
    for i, low in enumerate(lows):
        # "nørremarkskolen", "tirsdagsklubben": a compound no dictionary knows with an institution head
        if low.endswith(_COMPOUND_HEADS) and not is_word(low) and may_be_name(low) and len(low) > 8 \
                and not low.startswith(_GENERIC_PREFIXES):
            add(i, i + 1, ORG, "a compound ending in an institution word", 0.6)
    for i, low in enumerate(lows[:-1]):
        nxt = lows[i + 1]
        # "vuggestuen mariehønen", "krisecentret valmuen": a definite noun naming the institution
        definite = nxt.endswith(("en", "et")) and len(nxt) > 4 and is_word(nxt)
        named = not is_word(nxt) or nxt.endswith(_NAME_ENDINGS) or definite
        # "kvindehjemmet ly, …": a word right before a comma or full stop is the institution's name
        named = named or (may_be_name(nxt) and text[tokens[i + 1][1]:tokens[i + 1][1] + 1] in (",", "."))
        # "børnehaven tusindfryd og …", "værestedet tusindfryd om tirsdagen": a noun (no verb, no function
        # word) between the institution word and the next clause or phrase
        named = named or (may_be_name(nxt) and nxt not in STOP_WORDS and not nxt.endswith(_VERB_ENDINGS)
                          and _NAME_THEN.match(text, tokens[i + 1][1]) is not None)
        institution = low in _INSTITUTIONS or (low.endswith(_INSTITUTION_ENDINGS) and len(low) > 9
                                               and not low.startswith(_GENERIC_PREFIXES))
        if institution and may_be_name(nxt) and named:
            add(i + 1, i + 2, ORG, f"name after the institution word '{low}'", 0.65)
        elif low in _HEAD_FIRST and may_be_name(nxt) and (not is_word(nxt) or (nxt,) in places):
            add(i, i + 2, ORG, f"'{low}' and a name", 0.65)
        elif (nxt in INSTITUTION_HEADS or (nxt.endswith(_HEAD_ENDINGS) and len(nxt) > 6)) \
                and may_be_name(low) \
                and (not is_word(low) or (low,) in places or (low[:-1],) in places) \
                and ((low,) in places or (low[:-1],) in places or not low.endswith("s")):
            # "yaras skole" is her school; "husum bokseklub", "midtfyns gymnasium" are places' own
            add(i, i + 2, ORG, f"a name before '{nxt}'", 0.65)
