"""A small project with known answers for every analysis table and query.

Documents (speaker turns "Interviewer:"/"Informant:"; one line per turn):
  A (case Anna: køn=kvinde, alder=30), B (case Bo: køn=mand, alder=45), C (no case).
Codes: netværk > familie > søskende, plus the default ensomhed, stigma, ønsker.
Coders: anna (most codings) and bo (one stigma in A, one ensomhed in B).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from qcode.core.cases import add_case, link_document, set_attribute
from qcode.core.codebook import ensure_code_path
from qcode.core.coders import ensure_coder
from qcode.core.codings import add_coding
from qcode.core.documents import add_document
from qcode.core.imported import Turn

DOCS = {
    "A": [("Interviewer", "Hvordan går det med familien?"),
          ("Informant", "Min søster ringer hver søndag. Jeg føler mig alene om aftenen. "
                        "Jeg vil gerne have et job."),
          ("Interviewer", "Og kommunen?"),
          ("Informant", "De ser ned på mig på kommunen. Jeg skammer mig.")],
    "B": [("Interviewer", "Fortæl om dine venner."),
          ("Informant", "Jeg har ingen venner. Børnene besøger mig aldrig. Jeg drømmer om en lejlighed.")],
    "C": [("Informant", "Barnet leger. Et barn græder.")],
}

# (label, document, code path, coded text, coder)
CODINGS = [
    ("c1", "A", "netværk/familie", "Min søster ringer hver søndag.", "anna"),
    ("c2", "A", "netværk/familie/søskende", "Min søster", "anna"),
    ("c3", "A", "ensomhed", "Jeg føler mig alene om aftenen.", "anna"),
    ("c4", "A", "netværk", "hver søndag. Jeg føler mig", "anna"),
    ("c5", "A", "ønsker", "Jeg vil gerne have et job.", "anna"),
    ("c6", "A", "stigma", "De ser ned på mig på kommunen.", "anna"),
    ("c7", "A", "stigma", "Jeg skammer mig.", "bo"),
    ("c8", "B", "netværk", "Jeg har ingen venner.", "anna"),
    ("c9", "B", "ensomhed", "Jeg har ingen venner. Børnene besøger mig aldrig.", "bo"),
    ("c10", "B", "netværk/familie", "Børnene besøger mig aldrig.", "anna"),
    ("c11", "B", "ønsker", "Jeg drømmer om en lejlighed.", "anna"),
    ("c12", "C", "ensomhed", "Et barn græder.", "anna"),
    ("c13", "C", "netværk/familie/søskende", "Barnet leger.", "anna"),
]


@dataclass
class Known:
    project: object
    docs: dict[str, int] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)
    codes: dict[str, int] = field(default_factory=dict)
    codings: dict[str, tuple[str, int, int]] = field(default_factory=dict)  # label -> (doc, start, end)
    cases: dict[str, int] = field(default_factory=dict)
    turns: dict[str, list[tuple[int, int]]] = field(default_factory=dict)

    def coded_text(self, label: str) -> str:
        """The text of coding ``label`` (c1 … c13)."""
        doc, start, end = self.codings[label]
        return self.texts[doc][start:end]


def build_document(lines: list[tuple[str, str]]) -> tuple[str, list[Turn]]:
    """Text with one 'Speaker: words' line per turn, and the turns' offsets."""
    text, turns = "", []
    for speaker, words in lines:
        start = len(text)
        label = f"{speaker}:"
        text += f"{label} {words}\n"
        turns.append(Turn(start, len(text) - 1, speaker, "interviewee" if speaker == "Informant"
                          else "interviewer", label, start, start + len(label)))
    return text, turns


@pytest.fixture
def known(project) -> Known:
    k = Known(project)
    for name, lines in DOCS.items():
        text, turns = build_document(lines)
        k.docs[name] = add_document(project, name, text, turns=turns)
        k.texts[name] = text
        k.turns[name] = [(t.start, t.end) for t in turns]
    for path in ("netværk/familie/søskende", "ensomhed", "stigma", "ønsker", "netværk", "netværk/familie"):
        k.codes[path.split("/")[-1]] = ensure_code_path(project, path)
    coders = {name: ensure_coder(project, name) for name in ("anna", "bo")}
    for label, doc, path, words, coder in CODINGS:
        start = k.texts[doc].index(words)
        add_coding(project, k.docs[doc], k.codes[path.split("/")[-1]], start, start + len(words),
                   coders[coder])
        k.codings[label] = (doc, start, start + len(words))
    for case, doc, gender, age in (("Anna", "A", "kvinde", "30"), ("Bo", "B", "mand", "45")):
        k.cases[case] = add_case(project, case)
        link_document(project, k.docs[doc], k.cases[case])
        set_attribute(project, k.cases[case], "køn", gender, "text")
        set_attribute(project, k.cases[case], "alder", age, "number")
    return k
