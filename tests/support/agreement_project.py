"""A hand-built project for the coder comparison, with answers worked out on paper.

D1 (100 characters), D2 (50), D3 (only anna coded it), D4 (only erik coded it). Offsets are [start, end).

  code             D1 anna          D1 bo                 D2 anna   D2 bo    D1 dorte
  ensomhed         10–30            20–40                 0–10      0–10
  stigma           50–60            -                     -         -        50–60
  netværk          -                70–75                 -         -
  netværk/familie  60–80            60–70, 75–80          -         -

Without roll-up, pooled over D1 + D2 (150 characters):
  ensomhed  both 20, only anna 10, only bo 10, neither 110 → 86.67 %, kappa 4200/7200 = 0.5833
  stigma    0, 10, 0, 140                                   → 93.33 %, kappa 0
  netværk   0, 0, 5, 145                                    → 96.67 %, kappa 0
  familie   15, 5, 0, 130                                   → 96.67 %, kappa 3900/4650 = 0.8387
  overall   35, 25, 15, 525 (600)                           → 93.33 %, kappa 36000/60000 = 0.6
"""

from __future__ import annotations

from dataclasses import dataclass, field

from qcode.core.codebook import ensure_code_path
from qcode.core.coders import ensure_coder
from qcode.core.codings import add_coding
from qcode.core.documents import add_document

SENTENCE = "Jeg føler mig ensom, når børnene er væk, og min søster ringer aldrig om søndagen. "
LENGTHS = {"D1": 100, "D2": 50, "D3": 60, "D4": 40}

# (document, code path, coder, start, end)
CODINGS = [
    ("D1", "ensomhed", "anna", 10, 30), ("D1", "ensomhed", "bo", 20, 40),
    ("D2", "ensomhed", "anna", 0, 10), ("D2", "ensomhed", "bo", 0, 10),
    ("D1", "stigma", "anna", 50, 60), ("D1", "stigma", "dorte", 50, 60),
    ("D1", "netværk", "bo", 70, 75),
    ("D1", "netværk/familie", "anna", 60, 80),
    ("D1", "netværk/familie", "bo", 60, 70), ("D1", "netværk/familie", "bo", 75, 80),
    ("D3", "ensomhed", "anna", 0, 20),
    ("D4", "ensomhed", "erik", 0, 5),
]


@dataclass
class Built:
    project: object
    docs: dict[str, int] = field(default_factory=dict)
    codes: dict[str, int] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)
    coders: dict[str, int] = field(default_factory=dict)


def text_of(length: int) -> str:
    """Danish text of exactly ``length`` characters, not ending in a space."""
    text = (SENTENCE * (length // len(SENTENCE) + 2))[:length]
    return text[:-1] + "." if text.endswith(" ") else text


def build(project, extra: list[tuple] = ()) -> Built:
    """Documents, codes and codings as in the module docstring (plus ``extra`` codings)."""
    b = Built(project)
    for name, length in LENGTHS.items():
        b.texts[name] = text_of(length)
        b.docs[name] = add_document(project, name, b.texts[name])
    for path in ("netværk/familie", "ensomhed", "stigma"):
        b.codes[path] = ensure_code_path(project, path)
    b.codes["netværk"] = ensure_code_path(project, "netværk")
    for name in ("anna", "bo", "carl", "dorte", "erik"):
        b.coders[name] = ensure_coder(project, name)
    for doc, path, coder, start, end in [*CODINGS, *extra]:
        add_coding(project, b.docs[doc], b.codes[path], start, end, b.coders[coder])
    return b
