"""Exact-form matching of names already known: the project register and the document's own names.

Matching is case-sensitive (so the name "Line" is found but the noun "line" is not) and covers the
Danish possessive ("Lines", "Mathias'") and the upper-case and title-case forms ("PALLE", "Anne-Mette"
for a label "ANNE-METTE").
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from qcode.anonymise.candidates import Candidate
from qcode.anonymise.detectors.common import case_variants, names_regex

_APOS = "'’´`"
_HYPHEN_TAIL = re.compile(r"(?P<part>(?:-[A-ZÆØÅ][a-zæøå]+)+)(?:s|['’]s?)?(?![\w])")


def match_known(text: str, known: Mapping[str, str], detector: str, score: float = 1.0) -> list[Candidate]:
    """Every mention of the ``known`` forms (form → label) in ``text``, possessives included."""
    forms: dict[str, tuple[str, str]] = {}
    for name, label in known.items():
        if not name.strip():
            continue
        for variant in case_variants(name.strip()):
            # the label of the form as given wins over a generated variant that collides with it
            forms.setdefault(variant, (label, name.strip()))
        forms[name.strip()] = (label, name.strip())
    rx = names_regex(forms)
    if rx is None:
        return []
    out: list[Candidate] = []
    for m in rx.finditer(text):
        core = m.group("core")
        end = m.end()
        poss = m.group("poss")
        tail = _HYPHEN_TAIL.match(text, m.end("core")) if not poss else None
        if tail:
            # "Bo" known, "Bo-Erik" written: the whole double name goes
            out.append(Candidate(m.start(), tail.end(), text[m.start() : tail.end()], forms[core][0],
                                 text[m.start() : tail.end("part")], detector, score))
            continue
        # an apostrophe alone is a possessive only after s/x/z ("Mathias'"); else it closes a quote
        if poss and poss[0] in _APOS and len(poss) == 1 and core[-1:].lower() not in "sxz":
            end = m.end("core")
        label, _given = forms[core]
        out.append(Candidate(m.start(), end, text[m.start() : end], label, core, detector, score))
    return out
