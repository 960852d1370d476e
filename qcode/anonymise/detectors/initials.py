"""Initials that stand for a named person, as case files, shared documents and minutes write them:
"Lene Kjeldsen Sørensen (LKS)" then "Telefonnotat /LKS" and "da LKS er fratrådt"; a comment anchor
"[MH1]" whose comment is signed "Kommentar [MH1]: Maria Hviid".

Initials are taken only when the document ties them to a full name whose parts they spell: in brackets
after it, before it with a dash ("skolepsykolog KB – Karin Busk"), or standing alone in upper case where the
document also holds the full name ("Borger: Karina Friis" … "KF oplyser, at …"), or noted with a role and an
age ("KL (beboer, 51)"); then every use of them is
the person, also glued to a comment number ("[MH1]"). Common shorthand (DR, TV, SU …) never is.
"""

from __future__ import annotations

import re

from qcode.anonymise.candidates import PERSON, Candidate
from qcode.anonymise.detectors.common import LOWER, NOT_INITIALS, UPPER
from qcode.anonymise.lexicon import is_first_name

DETECTOR = "structure"

_PART = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
_FULL = rf"{_PART}(?:[ \t]+{_PART}){{1,3}}"
# "Lene Kjeldsen Sørensen (LKS)", "Marianne Jørgensen (MJØ)"
_NAME_THEN_INITIALS = re.compile(
    rf"(?P<name>{_FULL})[ \t]*\((?P<ini>[{UPPER}](?:[{UPPER}]{{1,3}}|[{LOWER}][{UPPER}]{{1,2}}))\)")
# "skolepsykolog KB – Karin Busk": initials explained by the name after a dash
_INITIALS_THEN_NAME = re.compile(rf"(?<![\w-])(?P<ini>[{UPPER}]{{2,3}})[ \t]*[–—-][ \t]*(?P<name>{_FULL})")
# "Borger: Karina Friis, CPR …" and further down "KF oplyser, at …": the initials of a full name the
# document holds, standing alone in upper case (the case worker's shorthand)
_BARE_INITIALS = re.compile(rf"(?<![\w./-])(?P<ini>[{UPPER}]{{2,3}})(?![\w./-])")
# "KL (beboer, 51) havde igen …": initials noted with who the person is and how old, as case notes do
_INITIALS_NOTED = re.compile(
    rf"(?<![\w./-])(?P<ini>[{UPPER}]{{2,3}})[ \t]*\([{LOWER}]+(?:[ \t][{LOWER}]+)?,"
    r"[ \t]*\d{1,3}(?:[ \t]*år)?\)")
# "Kommentar [MH1]: Maria Hviid", "[KL2] Kristoffer Lund"
_ANCHOR_THEN_NAME = re.compile(rf"\[(?P<ini>[{UPPER}]{{2,4}})\d{{1,3}}\]:?[ \t]*(?P<name>{_FULL})")


def detect_defined_initials(text: str) -> list[Candidate]:
    """Every use of initials the document ties to a full name (see the module doc)."""
    defined: set[str] = set()
    for rx in (_NAME_THEN_INITIALS, _ANCHOR_THEN_NAME, _INITIALS_THEN_NAME):
        for m in rx.finditer(text):
            ini, words = m.group("ini"), m.group("name").split()
            # the name may follow a capitalised title: "Jobkonsulent Jakob Bach Lassen (JBL)"
            if any(_spells(ini, " ".join(words[i:])) and is_first_name(words[i])
                   for i in range(len(words) - 1)):
                defined.add(ini)
    # the note says a person is meant, even by letters that are mostly shorthand ("KL", "NN")
    defined |= {m.group("ini") for m in _INITIALS_NOTED.finditer(text)}
    bare = {m.group("ini") for m in _BARE_INITIALS.finditer(text)} - defined - NOT_INITIALS
    if bare:
        spelled = {_first_letters(m.group(0)) for m in re.finditer(_FULL, text)
                   if is_first_name(m.group(0).split()[0])}
        defined |= bare & spelled
    out: list[Candidate] = []
    for ini in sorted(defined):
        # standing alone or before a comment number: "(LKS)", "/LKS", "[MH1]"; not inside a longer word
        for m in re.finditer(rf"(?<![{UPPER}{LOWER}]){re.escape(ini)}(?![{UPPER}{LOWER}])", text):
            out.append(Candidate(m.start(), m.end(), ini, PERSON, ini, DETECTOR, 0.9,
                                 "initials the document gives for a named person"))
    return out


def _first_letters(name: str) -> str:
    return "".join(part[0] for part in re.split(r"[ \t-]+", name) if part).upper()


def _spells(initials: str, name: str) -> bool:
    """"LKS" spells "Lene Kjeldsen Sørensen"; "MJØ" spells "Marianne Jørgensen"."""
    initials = initials.upper()  # "MoS" for Morten Skaaning
    parts = re.split(r"[ \t-]+", name)
    firsts = "".join(p[0] for p in parts).upper()
    if initials == firsts:
        return True
    # "MJØ" for Marianne Jørgensen: the initials' letters in order in the name, one more than its parts
    letters = iter(re.sub(r"[ \t-]", "", name).upper())
    in_order = all(ch in letters for ch in initials)
    return initials[0] == firsts[0] and in_order and len(initials) <= len(parts) + 1
