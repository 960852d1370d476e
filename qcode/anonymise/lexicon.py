"""Danish name, place and organisation lists shipped in ``resources/lexicons/`` (plain text, one per line).

Built by ``scripts/extract_lexicons.py`` from the Statistics Denmark name tables in ``dacy`` and Faker's
``da_DK`` lists. Detection uses them to find names; the pseudonym code uses them to pick substitutes.
"""

from __future__ import annotations

import gzip
from functools import cache, lru_cache

from qcode.resources import resource


@cache
def _load(name: str) -> tuple[str, ...]:
    path = resource("lexicons", name)
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def first_names(gender: str) -> list[str]:
    """Danish first names for ``gender`` ('female' or 'male'), in a stable order."""
    if gender not in ("female", "male"):
        raise ValueError(f"gender must be 'female' or 'male', not {gender!r}")
    return list(_load(f"first_names_{gender}.txt"))


def surnames() -> list[str]:
    """Danish surnames, in a stable order."""
    return list(_load("surnames.txt"))


def towns() -> list[str]:
    """Danish towns and municipalities."""
    return list(_load("towns.txt"))


def regions() -> list[str]:
    """Danish regions, landscapes and well-known city districts."""
    return list(_load("regions.txt"))


@lru_cache(maxsize=1)
def country_set() -> frozenset[str]:
    """Countries and continents in Danish ("Danmark", "Syrien", "Europa")."""
    return frozenset(_load("countries.txt"))


# Not identifying: the country everyone in the study lives in, and continents.
_NOT_FOREIGN = frozenset({"Danmark", "Europa", "Afrika", "Asien", "Amerika"})


def foreign_countries() -> list[str]:
    """Foreign countries in Danish: a country of origin narrows down who someone is, so it is a PLACE."""
    return [c for c in _load("countries.txt") if c not in _NOT_FOREIGN]


def foreign_cities() -> list[str]:
    """Foreign cities in Danish spelling ("Mogadishu", "Nuuk", "Hamborg")."""
    return list(_load("foreign_cities.txt"))


def organisations() -> list[str]:
    """Widely known Danish organisations (chains, NGOs, unions, course providers)."""
    return list(_load("organisations.txt"))


@lru_cache(maxsize=1)
def first_name_set() -> frozenset[str]:
    """All first names, both genders, as written (title case)."""
    return frozenset(_load("first_names_female.txt")) | frozenset(_load("first_names_male.txt"))


@lru_cache(maxsize=1)
def surname_set() -> frozenset[str]:
    """All surnames as written."""
    return frozenset(_load("surnames.txt"))


@lru_cache(maxsize=1)
def homograph_set() -> frozenset[str]:
    """Names and places that are also ordinary Danish words ("Per", "Line", "Bo"), case-folded."""
    return frozenset(w.casefold() for w in _load("homographs.txt"))


@lru_cache(maxsize=1)
def word_set() -> frozenset[str]:
    """Every ordinary Danish word form, case-folded (about 540,000; loaded once, on first use)."""
    raw = gzip.decompress(resource("lexicons", "da_wordforms.txt.gz").read_bytes()).decode("utf-8")
    return frozenset(raw.split())


def is_word(word: str) -> bool:
    """True when ``word`` (any case) is an ordinary Danish word form."""
    return word.casefold() in word_set()


@lru_cache(maxsize=2)
def _gender_set(gender: str) -> frozenset[str]:
    return frozenset(_load(f"first_names_{gender}.txt"))


def substitute_names(gender: str, tradition: str) -> list[str]:
    """Common first names of ``gender`` ('female'/'male') and ``tradition`` ('danish'/'muslim'), most
    common first; empty when the list is not shipped."""
    try:
        return list(_load(f"substitutes_{gender}_{tradition}.txt"))
    except FileNotFoundError:
        return []


def name_tradition(name: str) -> str:
    """'muslim' for a first name of the Muslim name tradition (unless it is also among the most common
    Danish names, as "Jan" and "Maria" are), else 'danish': the pool a substitute is drawn from, so it
    looks like the name it replaces."""
    first = name.split("-")[0].split(" ")[0].capitalize()
    return "muslim" if first in _muslim_names() and first not in _common_danish() else "danish"


@cache
def _common_danish(top: int = 120) -> frozenset[str]:
    return frozenset(substitute_names("female", "danish")[:top] + substitute_names("male", "danish")[:top])


@cache
def _muslim_names() -> frozenset[str]:
    try:
        return frozenset(_load("first_names_muslim.txt"))
    except FileNotFoundError:
        return frozenset()


def gender_of(name: str) -> str | None:
    """'female', 'male' or None (unknown or used for both) for a first name."""
    fem = name in _gender_set("female")
    mal = name in _gender_set("male")
    if fem == mal:
        return None
    return "female" if fem else "male"


def is_first_name(word: str) -> bool:
    """True when ``word`` (any case, "ANNE-METTE" too) is a known Danish first name or a hyphenated pair."""
    if not word:
        return False
    title = "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))
    names = first_name_set()
    return title in names or all(part in names for part in title.split("-"))


def is_homograph(word: str) -> bool:
    """True when the name or place ``word`` is also an ordinary Danish word ("Per", "Line")."""
    return word.casefold() in homograph_set()


_INFLECTIONS = ("en", "et", "er", "ene", "erne", "ede", "te", "r", "n", "ne")


@lru_cache(maxsize=65536)
def is_ordinary_word(word: str) -> bool:
    """True when ``word`` is a Danish word that inflects ("tarm" → "tarmen", "give" → "giver"): the word
    list also holds proper nouns in lower case ("holbæk", "herning"), which never inflect so."""
    words = word_set()
    low = word.casefold()
    if low not in words:
        return False
    if any(low + ending in words for ending in _INFLECTIONS):
        return True
    for ending in ("en", "et", "er", "e", "r", "n", "t"):
        stem = low[: -len(ending)]
        if low.endswith(ending) and len(stem) >= 3 and stem in words \
                and any(stem + e in words for e in ("en", "et", "er", "e")):
            return True
    return False
