"""A tiny stand-in detector for the register/render/seal tests: they test what happens to
detections, not detection itself (that has its own tests), so they must not depend on its recall.
Its findings are certain ones (detector "structure": the document names them), which are accepted at
once; which findings wait for review is ``triage``'s, tested on its own."""

from __future__ import annotations

import re
from collections.abc import Mapping

from qcode.anonymise.candidates import AGE, Candidate

NAMES = {"Palle": "PERSON", "Line": "PERSON", "Mathias": "PERSON", "Anne-Mette": "PERSON",
         "Amir": "PERSON", "Odense": "PLACE", "Røde Kors": "ORG"}


def fake_detect(text: str, *, known: Mapping[str, str] | None = None, places=(), orgs=(),
                use_model: bool = True, names: Mapping[str, str] = NAMES) -> list[Candidate]:
    """Names from ``names`` (with possessives, any case), and ages written "jeg er NN år"."""
    found = []
    for name, label in names.items():
        for m in re.finditer(rf"(?<!\w)({re.escape(name)})(s|'|’)?(?!\w)", text, re.IGNORECASE):
            found.append(Candidate(m.start(), m.end(), m.group(), label, m.group(1), "structure", 0.9))
    for m in re.finditer(r"(?<=er )(\d+) år", text):
        found.append(Candidate(m.start(), m.end(), m.group(), AGE, m.group(1), "structure", 0.9))
    return sorted(found, key=lambda c: c.start)
