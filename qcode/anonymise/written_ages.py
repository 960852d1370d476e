"""Recorded ages as they were written ("56 år", "56-årige", "halvtreds"), and the rewrite that
generalises them wherever they stand in free text: memos, code definitions, case attributes, names,
the change log. Document texts replace ages only at their recorded mentions (the same words can be a
duration there); free text has no mentions, so the written forms stand in for them. No SQL, no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from qcode.anonymise.candidates import AGE
from qcode.anonymise.pseudonyms import render_age
from qcode.anonymise.state import replaced
from qcode.core import entities

if TYPE_CHECKING:
    from qcode.core.project import Project

Rewrite = Callable[[str], str]
_BEFORE, _AFTER = r"(?<![^\W_])", r"(?![^\W_])"
# a bare number is an age only on its own: not in "12.03.2019", "2019-12-04", "00:46:10" or "3/46",
# nor a decade that was already generalised ("40'erne")
_NUMBER_BEFORE, _NUMBER_AFTER = r"(?<![^\W_])(?<!\d[.,:/\-–])", r"(?![^\W_])(?![.,:/\-–]\d)(?!['’]erne)"
# a number that counts or measures something in a header is no age: "runde 2", "interview 4", "kl. 10",
# "varighed 52 min", "3 sider"
_COUNTED = "".join(rf"(?<!\b{w}\s)" for w in ("runde", "interview", "nr.", "nr", "nummer", "side", "del",
                                               "uge", "kl.", "kl", "klokken", "dag", "gruppe", "fokusgruppe",
                                               "session", "bølge", "ip", "deltager", "spor", "bånd", "fil"))
_MEASURED = r"(?!\s*(?:min\b|min\.|minutter|timer|t\b|sek|sider|kr|%|stk|gange|dage|uger|måneder))"


# "i 5 år", "for 5 år siden", "de sidste 5 år": the words of an age that are a duration here
_NOT_AFTER = "".join(rf"(?<!\b{w}\s)" for w in ("i", "for", "om", "på", "efter", "sidste", "over", "under",
                                                   "ca.", "mindst", "næsten", "hele", "godt", "knap"))
_NOT_BEFORE = r"(?!\s+(?:siden|senere|efter|tilbage|før|til))"


def written_ages(project: Project) -> dict[str, str]:
    """Every way an accepted age was written (recorded mentions, and "N år"/"N-årig" of its number),
    case-folded with single spaces → its core."""
    found: dict[str, str] = {}
    for entity in replaced(project, kind=AGE):
        core = entity.core.strip()
        written = {*entities.mention_surfaces(project, entity.id), core}
        if core.isdigit() and int(core) >= 1900:  # a birth year
            written |= {f"f. {core}", f"født {core}", f"født i {core}", f"f.{core}", f"årgang {core}"}
        elif core.isdigit():  # ("aar": how people type "år" without æøå)
            written |= {f"{core} {unit}" for unit in ("år", "aar", "årig", "aarig")}
            written |= {f"{core}-{unit}" for unit in ("årig", "årige", "aarig", "aarige")}
        for surface in written:
            if surface.strip():
                found.setdefault(" ".join(surface.split()).casefold(), core)
    return found


def worded(surfaces: dict[str, str]) -> dict[str, str]:
    """The written ages that carry a word ("56 år"): a bare number is too common to be one anywhere."""
    return {s: core for s, core in surfaces.items() if any(c.isalpha() for c in s)}


def ages_pattern(surfaces: dict[str, str], *, numbers: bool = False) -> re.Pattern[str] | None:
    """A case-insensitive pattern for the worded surfaces, or (``numbers``) for the bare numbers."""
    chosen = [s for s in surfaces if any(c.isalpha() for c in s) != numbers]
    if not chosen:
        return None
    alternatives = "|".join(r"\s+".join(re.escape(w) for w in s.split(" "))
                            for s in sorted(chosen, key=len, reverse=True))
    before, after = ((_NUMBER_BEFORE + _COUNTED, _NUMBER_AFTER + _MEASURED) if numbers
                     else (_BEFORE + _NOT_AFTER + r"(?<!\d[-–])", _AFTER + r"(?![.,]\d)" + _NOT_BEFORE))
    return re.compile(rf"{before}(?:{alternatives}){after}", re.IGNORECASE)


def age_rewriter(surfaces: dict[str, str], style: str, *, numbers: bool = False) -> Rewrite:
    """A rewrite of recorded ages: with ``numbers`` only the bare numbers ("56"), else every surface
    with a word in it ("56 år", "56-årige")."""
    pattern = ages_pattern(surfaces, numbers=numbers)
    if pattern is None:
        return lambda value: value

    def replace(match: re.Match[str]) -> str:
        core = surfaces.get(" ".join(match.group().split()).casefold(), "")
        return render_age(match.group(), core, style)

    def rewrite(value: str) -> str:
        # a pseudonym already written ("[Person 5]", "[fyrrerne]") is left whole: its digits are no age
        parts = _BRACKETED.split(value)
        return "".join(part if _BRACKETED.fullmatch(part) else pattern.sub(replace, part) for part in parts)

    return rewrite


_BRACKETED = re.compile(r"(\[[^\[\]\n]{1,60}\])")


def ages_after_pseudonyms(surfaces: dict[str, str], style: str) -> Rewrite:
    """In names of files and documents ("interview_[Informant 1]_34"), a recorded age right after a
    pseudonym is an age; elsewhere ("iv_19") a bare number in a name is an index and stays."""
    numbers = {s: core for s, core in surfaces.items() if s.isdigit()}
    if not numbers:
        return lambda value: value
    alternatives = "|".join(sorted(numbers, key=len, reverse=True))
    pattern = re.compile(rf"(\])([ _,.-]+)({alternatives})(?!\d)")
    return lambda value: pattern.sub(
        lambda m: m.group(1) + m.group(2) + render_age(m.group(3), numbers[m.group(3)], style), value)
