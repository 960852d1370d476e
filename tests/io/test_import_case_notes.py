"""A caseworker's notes are no conversation: their field lines ("Sagsbehandler: Hanne Berg", "Borger: …",
"Aftaler: ring tirsdag", "Kontakt: …") are neither speakers nor cases (a stranger's run imported such
notes and got a speaker and a case per field). Interviews keep their turns, and the shared corpus is
read exactly as before the rule (its turns, speakers and roles; ``corpus_turns.json`` was written by
the importer at 8cd40ae)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from qcode.core.cases import list_cases
from qcode.core.documents import list_documents, turns_for_document
from qcode.io import read_document
from qcode.io.importing import import_documents
from qcode.io.transcript import detect_structure

NOTE = (
    "Journalnotat\n\n"
    "Sagsbehandler: Hanne Berg\n"
    "Borger: Per Olsen\n"
    "Dato: 12.03.2024\n\n"
    "Borgeren mødte op til samtale. Han fortalte, at han har haft svært ved at passe arbejdet.\n\n"
    "Aftaler: ring tirsdag\n"
    "Kontakt: datteren Line, tlf. 22 33 44 55\n\n"
    "Hanne Berg vurderer, at der er behov for en ny samtale om fire uger.\n"
)


def test_a_case_note_imports_with_no_speakers_and_no_cases(project, tmp_path: Path):
    path = tmp_path / "notat_per.txt"
    path.write_text(NOTE, encoding="utf-8")
    report = import_documents(project, [path])
    assert len(report.imported) == 1 and not report.skipped
    [document] = list_documents(project)
    assert turns_for_document(project, document.id) == []
    assert list_cases(project) == []


@pytest.mark.parametrize("text", [
    "Aftaler: ring tirsdag\n\nBorgeren var glad for mødet og vil gerne fortsætte forløbet.\n",  # one field
    "Sagsbehandler: Hanne Berg\nKontakt: datteren\n\nBorgeren mødte op.\n\n"
    "Opfølgning: møde den 10. april\nStatus: afventer lægeerklæring\n",  # blocks at the top and further down
])
def test_field_lines_anywhere_in_a_note_open_no_turn(text: str):
    assert detect_structure(text).turns == []


def test_a_field_block_in_an_interview_is_no_turn_and_the_interview_keeps_its_turns():
    text = ("Sagsbehandler: Hanne Berg\nBorger: Per Olsen\nDato: 12.03.2024\n\n"
            "I: Hvordan går det?\n\nIP: Det går fint.\n\nI: Og arbejdet?\n\nIP: Det er svært.\n")
    turns = detect_structure(text).turns
    assert [(t.speaker, t.role) for t in turns] == [("Interviewer", "interviewer"), ("IP", "interviewee")] * 2


@pytest.mark.parametrize("text, speakers", [
    ("I: Hvordan har du det?\nIP: Godt.\nI: Og familien?\nIP: De har det fint.\n", ["Interviewer", "IP"]),
    ("Interviewer: Hvad hedder du?\nBirgit: Birgit.\nInterviewer: Hvor bor du?\nBirgit: I Aarhus.\n",
     ["Interviewer", "Birgit"]),
    ("Anna: Hej, hvordan går det?\n\nBo: Godt, tak.\n\nAnna: Og arbejdet?\n\nBo: Travlt.\n", ["Anna", "Bo"]),
    ("Interviewer: Hvordan har du det?\n\nInformant: Jeg har det godt nu.\n", ["Interviewer", "Informant"]),
    # each name speaks once, on consecutive lines: with an interviewer asking, a conversation
    ("Interviewer: Hvordan har du det, Palle?\nPalle: Godt. Pias far bor i Vejle.\nPia: Palle er min bror.\n",
     ["Interviewer", "Palle", "Pia"]),
    ("Anna: Hej, hvordan går det?\nBo: Godt, tak.\n", ["Anna", "Bo"]),  # sentences, not fields
])
def test_interviews_keep_their_speakers(text: str, speakers: list[str]):
    assert list(dict.fromkeys(t.speaker for t in detect_structure(text).turns)) == speakers


def test_the_shared_corpus_is_read_exactly_as_before(shared_dir: Path):
    expected = json.loads((Path(__file__).parent / "corpus_turns.json").read_text("utf-8"))
    corpus = shared_dir / "corpus"
    assert len(expected) > 80
    for name, before in sorted(expected.items()):
        turns = [[t.start, t.end, t.speaker, t.role, t.label] for t in read_document(corpus / name).turns]
        digest = hashlib.sha256(json.dumps(turns, ensure_ascii=False).encode()).hexdigest()[:16]
        assert (len(turns), sorted({t[2] for t in turns}), digest) == (
            before["turns"], before["speakers"], before["sha256"]), name
