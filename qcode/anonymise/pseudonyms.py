"""Pseudonyms: what an accepted entity is replaced by, as pure functions of the project's settings.

Person names become "[Informant 3]" (interviewees) and "[Person 2]" (everyone else, numbered apart),
"[navn]" or a substitute Danish first name (deterministic per
project, same gender, never a word of the project, never one edit away from an original); ages are
generalised ("46 år" → "[fyrrerne]" or "[40-49 år]"), birth years likewise; places and
organisations become bracketed labels as Danish reports write them ("[by]"). No SQL, no Qt.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from qcode.anonymise import lexicon
from qcode.anonymise.candidates import (
    ADDRESS,
    AGE,
    BIRTHDATE,
    CPR,
    EMAIL,
    ORG,
    PERSON,
    PHONE,
    PLACE,
    POSTCODE,
    USERNAME,
)
from qcode.anonymise.numbers import AGE_WORD, number_value
from qcode.core.entities import INFORMANT  # a person's role, as the register stores it

NUMBERED, BRACKET, NAME = "numbered", "bracket", "name"
PERSON_STYLES = (NUMBERED, BRACKET, NAME)
DECADE, RANGE = "decade", "range"
AGE_STYLES = (DECADE, RANGE)

# The last resort of a substitute-name pool that the lexicon leaves too small to draw from.
_FALLBACK_NAMES = {
    "f": ("Anna", "Birthe", "Dorthe", "Emma", "Freja", "Gitte", "Hanne", "Ida", "Jette", "Karen",
          "Lene", "Maja", "Nanna", "Pia", "Rikke", "Signe", "Tina", "Ulla", "Vibeke", "Yvonne"),
    "m": ("Anders", "Bent", "Carsten", "Dennis", "Erik", "Frank", "Gunnar", "Henrik", "Jens", "Kim",
          "Lars", "Morten", "Niels", "Poul", "Rasmus", "Søren", "Torben", "Ulrik", "Viggo", "Werner"),
}


@dataclass(frozen=True)
class Settings:
    """The project's pseudonym settings (``anon.*`` keys in project_info)."""

    person_style: str = NUMBERED
    person_label: str = "Informant"  # interviewees: "[Informant 3]"
    other_label: str = "Person"  # everyone else: "[Person 2]"; a bracketed label ("[navn]") is not numbered
    age_style: str = DECADE
    place_label: str = "[by]"
    country_label: str = "[land]"
    org_label: str = "[organisation]"
    seed: str = "qcode"

    @classmethod
    def from_mapping(cls, values: Mapping[str, str | None]) -> Settings:
        """Build from ``anon.<field>`` settings, ignoring unknown or empty values."""
        fields = {}
        for name in cls.__dataclass_fields__:
            value = values.get(f"anon.{name}")
            if value:
                fields[name] = value
        settings = cls(**fields)
        if settings.person_style not in PERSON_STYLES or settings.age_style not in AGE_STYLES:
            raise ValueError(f"unknown pseudonym style in {settings}")
        return settings


def _first_number(core: str) -> int | None:
    match = re.search(r"\d+", core)
    if match:
        return int(match.group())
    return number_value(core.split()[0]) if core.split() else None  # "halvtreds" → 50


# Decades in words: "[40'erne]" would still contain "40" when the person is exactly 40 (and "1970"
# for someone born in 1970), which re-identifies the age; words never contain the number.
_DECADE_WORDS = {0: "[barn]", 10: "[teenager]", 20: "[tyverne]", 30: "[trediverne]", 40: "[fyrrerne]",
                 50: "[halvtredserne]", 60: "[tresserne]", 70: "[halvfjerdserne]", 80: "[firserne]",
                 90: "[halvfemserne]"}


def age_label(core: str, style: str = DECADE, *, with_years: bool = True) -> str:
    """The generalised age for an age core: "46" → "[fyrrerne]" / "[40-49 år]"; "1978" →
    "[halvfjerdserne]" / "[1970-1979]".

    ``with_years`` adds " år" to the range style (for surfaces like "46 år" that carried the unit).
    """
    number = _first_number(core)
    if number is None:
        return "[alder]"
    if number >= 1900:  # a birth year
        decade = number // 10 * 10
        return _DECADE_WORDS[decade % 100] if style == DECADE else f"[{decade}-{decade + 9}]"
    if number >= 100:
        return "[over 100 år]" if style == RANGE else "[høj alder]"
    if style == DECADE:
        return _DECADE_WORDS[10 if 13 <= number < 20 else number // 10 * 10 if number >= 20 else 0]
    unit = " år" if with_years else ""
    decade = number // 10 * 10
    return f"[{decade}-{decade + 9}{unit}]"


_WHOLE_AGE = re.compile(rf"(?:\d+|{AGE_WORD})(?:\s*[-–]\s*\d+)?(?:\s+år|\s*-?\s*årig[e]?)?")


def render_age(surface: str, core: str, style: str = DECADE) -> str:
    """The replacement for one age mention: the whole "46 år"/"46-årig", else the number inside it."""
    if style == RANGE and re.fullmatch(rf"(?:\d+|{AGE_WORD})(?:\s*[-–]\s*\d+)?\s+år", surface.strip()):
        return age_label(core, style, with_years=True)
    if style == DECADE:  # the words already say "age": "den 56-årige" → "den [halvtredserne]"
        whole = re.search(r"\d+\s*['’]?erne", surface) or _WHOLE_AGE.search(surface)
        if whole:
            return surface[:whole.start()] + age_label(core, style) + surface[whole.end():]
    label = age_label(core, style, with_years=False)
    decade_written = re.search(r"\d+\s*['’]?erne", surface)  # "i midten af 20'erne"
    if decade_written:
        return surface[:decade_written.start()] + label + surface[decade_written.end():]
    if core and core in surface:
        return surface.replace(core, label, 1)
    replaced = re.sub(r"\d+(?:\s*[-–]\s*\d+)?", label, surface, count=1)
    # an age said in another language ("fifty-one") has no digits and no Danish number word: the
    # whole mention goes, never the mention as it was
    return replaced if replaced != surface else label


def possessive(name: str, apostrophe: str = "'") -> str:
    """The Danish genitive of a pseudonym: "Hanne" → "Hannes", "Lars" → "Lars'", "[by]" → "[by]s"."""
    if name.endswith("]"):
        return name + "s"
    if name[-1:].lower() in ("s", "x", "z"):
        return name + apostrophe
    return name + "s"


def render_name(surface: str, core: str, pseudonym: str) -> str:
    """The replacement for one mention of a name: possessive and upper case carried over."""
    replacement = pseudonym
    rest = surface[len(core):] if surface.casefold().startswith(core.casefold()) else ""
    if rest in ("s", "S", "'", "’", "'s", "’s", "'S", "’S") and surface != core:
        replacement = possessive(pseudonym, "’" if "’" in rest else "'")
    body = surface[: len(surface) - len(rest)] if rest else surface
    if body.isupper() and not core.isupper() and not pseudonym.startswith("["):
        replacement = replacement.upper()
    return replacement


def numbered_label(label: str, number: int | None) -> str:
    """"Informant", 3 → "[Informant 3]"; a label already in brackets ("[navn]") is used as it is."""
    label = label.strip()
    if label.startswith("[") and label.endswith("]"):
        return label
    return f"[{label} {number or 1}]"


def label_for(kind: str, core: str, settings: Settings, *, number: int | None = None,
              role: str = INFORMANT) -> str:
    """The bracketed pseudonym of an entity (for PERSON: numbered per role, or "[navn]")."""
    if kind == PERSON:
        if settings.person_style == BRACKET:
            return "[navn]"
        label = settings.person_label if role == INFORMANT else settings.other_label
        return numbered_label(label, number)
    if kind == AGE:
        return age_label(core, settings.age_style)
    if kind == PLACE:
        return settings.country_label if _is_country(core) else settings.place_label
    if kind == ORG:
        return settings.org_label
    return CONTACT_LABELS.get(kind, f"[{kind.lower()}]")


# What a contact identifier becomes; a birth year alone is an age and is generalised to a decade.
CONTACT_LABELS = {CPR: "[cpr-nummer]", PHONE: "[telefonnummer]", EMAIL: "[e-mail]", ADDRESS: "[adresse]",
                  POSTCODE: "[postnummer]", BIRTHDATE: "[fødselsdato]", USERNAME: "[brugernavn]"}


def _is_country(core: str) -> bool:
    return core in lexicon.country_set()


def within_one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by at most one insertion, deletion or substitution."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:]
    return a[i:] == b[i + 1:]


_LEXICON_GENDER = {"f": "female", "m": "male"}


def name_pool(gender: str, tradition: str = "danish") -> list[str]:
    """Substitute first names of a gender ('f', 'm', or '' for both) and name tradition ('danish' or
    'muslim'): common names, so "Palle" becomes another everyday Danish name, not a rare one."""
    return list(_pool(gender, tradition))


@lru_cache(maxsize=16)
def _pool(gender: str, tradition: str) -> tuple[str, ...]:
    # built once per gender and tradition: every entity of a project draws from the same pool
    genders = [gender] if gender in ("f", "m") else ["f", "m"]
    names: set[str] = set()
    for g in genders:
        names.update(n for n in lexicon.substitute_names(_LEXICON_GENDER[g], tradition)
                     if len(n) >= 3 and not lexicon.is_homograph(n)
                     and lexicon.name_tradition(n) == tradition)
    if len(names) < 20:  # a tradition with few substitutes listed: every first name of the gender
        for g in genders:
            names.update(n for n in lexicon.first_names(_LEXICON_GENDER[g])
                         if n.isalpha() and len(n) >= 3 and not lexicon.is_homograph(n))
    if len(names) < 20:
        for g in genders:
            names.update(_FALLBACK_NAMES[g])
    return tuple(sorted(names))


def name_tradition(core: str) -> str:
    """'danish' or 'muslim': the pool a substitute for ``core`` comes from."""
    return lexicon.name_tradition(core)


def guess_gender(core: str) -> str:
    """'f' or 'm' for a first name the lexicon knows for one gender only, else ''."""
    first = core.split("-")[0].split(" ")[0].capitalize()
    found = lexicon.gender_of(first)
    return {"female": "f", "male": "m"}.get(found or "", "")


def choose_substitute(core: str, gender: str, seed: str, *, forbidden: Iterable[str],
                      originals: Iterable[str], taken: Iterable[str]) -> str:
    """A deterministic substitute first name for ``core``.

    ``forbidden`` are the project's words (casefolded), ``originals`` every original name (never
    within one edit of the substitute: "Amir" must not become "Samir"), ``taken`` names already given.
    """
    pool = name_pool(gender, name_tradition(core))
    forbidden_set = {w.casefold() for w in forbidden}
    taken_set = {t.casefold() for t in taken}
    original_list = [o.casefold() for o in originals]
    start = int(hashlib.sha256(f"{seed}:{core.casefold()}".encode()).hexdigest(), 16) % len(pool)
    for step in range(len(pool)):
        candidate = pool[(start + step) % len(pool)]
        folded = candidate.casefold()
        if folded in forbidden_set or folded in taken_set or possessive(folded) in forbidden_set:
            continue
        if any(within_one_edit(folded, o) for o in original_list):
            continue
        return candidate
    return "[navn]"
