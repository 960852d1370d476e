"""A small interview project for the export tests: two transcripts with speaker turns, cases with
attributes, and codings of three codes by two coders."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from qcode.core.cases import ensure_case, link_document, set_attribute
from qcode.core.codebook import ensure_code_path, update_code
from qcode.core.coders import ensure_coder
from qcode.core.codings import add_coding
from qcode.core.documents import add_document
from qcode.core.imported import Turn

TRANSCRIPTS = {
    "interview_01": [
        ("Interviewer", "interviewer", "Hvordan er din hverdag?"),
        ("Birgit", "interviewee",
         "Der kan gå flere dage, hvor jeg ikke snakker med nogen. Efter min mand døde, blev der "
         "meget stille. Min datter Mette bor i Aarhus."),
        ("Interviewer", "interviewer", "Hvordan har du det med det?"),
        ("Birgit", "interviewee", "Det er hårdt. Men jeg klarer mig. Jeg går til café om tirsdagen."),
    ],
    "interview_02": [
        ("Interviewer", "interviewer", "Fortæl om dit netværk."),
        ("Jonas", "interviewee",
         "Der er et par stykker fra herberget. Vi spiller kort. Min bror Kasper ringer aldrig."),
    ],
}


def build_transcript(turns: list[tuple[str, str, str]]) -> tuple[str, list[Turn]]:
    """Text with "Label: words" paragraphs, and the matching turn records."""
    parts, records, position = [], [], 0
    for speaker, role, words in turns:
        line = f"{speaker}: {words}"
        records.append(Turn(position, position + len(line), speaker, role, speaker, position,
                            position + len(speaker)))
        parts.append(line)
        position += len(line) + 2
    return "\n\n".join(parts), records


@dataclass
class Sample:
    """Ids of what the sample project holds."""

    documents: dict[str, int]
    codes: dict[str, int]
    codings: dict[str, int]
    coders: dict[str, int]


def code_text(project, document_id: int, text: str, needle: str, code_id: int, coder_id: int,
              memo: str = "") -> int:
    start = text.index(needle)
    return add_coding(project, document_id, code_id, start, start + len(needle), coder_id, memo).coding_id


@pytest.fixture
def sample(project) -> Sample:
    """The project fixture filled with two interviews, cases, attributes and codings."""
    documents, texts = {}, {}
    for name, turns in TRANSCRIPTS.items():
        text, records = build_transcript(turns)
        documents[name] = add_document(project, name, text, turns=records)
        texts[name] = text
    for case, (document, gender, age) in {"Birgit": ("interview_01", "kvinde", "58"),
                                          "Jonas": ("interview_02", "mand", "27")}.items():
        case_id = ensure_case(project, case)
        link_document(project, documents[document], case_id)
        set_attribute(project, case_id, "køn", gender)
        set_attribute(project, case_id, "alder", age, "number")
        project.db.execute("UPDATE turns SET case_id = ? WHERE document_id = ? AND speaker = ?",
                           [case_id, documents[document], case])
    codes = {path: ensure_code_path(project, path) for path in ("ensomhed", "netværk",
                                                                "netværk/familie")}
    update_code(project, codes["ensomhed"], description="Oplevelser af at være alene.",
                inclusion="Udsagn om savn af kontakt.", exclusion="Valgt alenetid.")
    coders = {name: ensure_coder(project, name) for name in ("anna", "bo")}
    t1, t2 = texts["interview_01"], texts["interview_02"]
    d1, d2 = documents["interview_01"], documents["interview_02"]
    codings = {
        "dage": code_text(project, d1, t1, "Der kan gå flere dage, hvor jeg ikke snakker med nogen.",
                          codes["ensomhed"], coders["anna"], memo="Central for Birgit"),
        "stille": code_text(project, d1, t1, "blev der meget stille", codes["ensomhed"], coders["bo"]),
        "datter": code_text(project, d1, t1, "Min datter Mette bor i Aarhus.", codes["netværk/familie"],
                            coders["anna"]),
        "dialog": code_text(project, d1, t1, "Hvordan har du det med det?\n\nBirgit: Det er hårdt.",
                            codes["ensomhed"], coders["anna"]),
        "kort": code_text(project, d2, t2, "Vi spiller kort.", codes["netværk"], coders["bo"]),
        "bror": code_text(project, d2, t2, "Min bror Kasper ringer aldrig.", codes["netværk/familie"],
                          coders["bo"]),
    }
    return Sample(documents, codes, codings, coders)


ORIGINAL_NAMES = ("Birgit", "Mette", "Jonas", "Kasper", "Aarhus")


def register_names(project, sample: Sample) -> tuple[str, ...]:
    """Record every mention of the original names as accepted register entities (the anonymiser's
    own recording function); returns the names."""
    from qcode.anonymise.candidates import PERSON, PLACE, Candidate
    from qcode.anonymise.register import record_candidates
    from qcode.core.documents import get_document

    for document_id in sample.documents.values():
        text = get_document(project, document_id).text
        found = []
        for name in ORIGINAL_NAMES:
            start = text.find(name)
            while start >= 0:
                kind = PLACE if name == "Aarhus" else PERSON
                found.append(Candidate(start, start + len(name), name, kind, name, "test", 1.0))
                start = text.find(name, start + 1)
        record_candidates(project, document_id, found, auto_accept=True)
    return ORIGINAL_NAMES


@pytest.fixture
def anonymised(project, sample) -> Sample:
    """The sample with its names in the register (skips where the anonymiser is not installed)."""
    pytest.importorskip("qcode.anonymise.register")
    register_names(project, sample)
    return sample


@pytest.fixture
def original_names() -> tuple[str, ...]:
    """The names :func:`register_names` puts in the register."""
    return ORIGINAL_NAMES
