"""Speaker labels with a note ("Signe via tolk:", "Jonas (personale):", "Mette [interviewer]:") are the
named speaker, and header keys ("Projekt:", "Dato for interview:", "Tolk:") and numbered headings
("Opkald 1: …") at the top of a transcript are document metadata, not speakers or cases."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.cli_run import qcode

from qcode.core.cases import list_cases
from qcode.core.documents import get_document, list_documents, turns_for_document
from qcode.core.project import open_project
from qcode.io.transcript import detect_structure

NOTED = (
    "Mette [interviewer]: Kan du fortælle, hvordan det var at komme hertil?\n\n"
    "Signe via tolk: Det var svært i starten. Jeg kendte ingen.\n\n"
    "Mette [interviewer]: Hvordan fik du hjælp?\n\n"
    "Signe via tolk: Min nabo hjalp mig med papirerne.\n\n"
    "Jonas (personale): Vi havde også en tolk med til de første møder.\n\n"
    "Mette [interviewer]: Hvad betød det for dig?\n\n"
    "Signe via tolk: Det betød alt.\n\n"
    "Jonas (personale): Det er vores erfaring.\n"
)


def _speakers(text: str) -> dict[str, tuple[str, set[str]]]:
    """speaker → (role, the printed labels of their turns)."""
    found: dict[str, tuple[str, set[str]]] = {}
    for turn in detect_structure(text).turns:
        found.setdefault(turn.speaker, (turn.role, set()))[1].add(turn.label)
    return found


def test_a_note_after_the_name_is_no_part_of_the_speaker():
    assert _speakers(NOTED) == {
        "Mette": ("interviewer", {"Mette [interviewer]"}),  # the note gives the role
        "Signe": ("interviewee", {"Signe via tolk"}),  # through an interpreter: still Signe speaking
        "Jonas": ("other", {"Jonas (personale)"}),  # staff: neither asking nor interviewed, no case
    }


def test_the_printed_label_keeps_its_note_and_the_words_follow_it():
    turn = next(t for t in detect_structure(NOTED).turns if t.speaker == "Jonas")
    assert NOTED[turn.label_start:turn.label_end] == "Jonas (personale)"
    assert NOTED[turn.label_end:turn.end].startswith(": Vi havde")


@pytest.mark.parametrize(("label", "speaker"), [
    ("Senait (via tolk)", "Senait"),
    ("Anne Marie via tolk", "Anne Marie"),
    ("Deltager 5 [Kim]", "Deltager 5"),
    ("Søren gennem tolk", "Søren"),
    ("Åse (pårørende)", "Åse"),
])
def test_notes_in_brackets_or_after_via(label, speaker):
    text = "".join(f"Interviewer: Spørgsmål {n}?\n\n{label}: Svar nummer {n}.\n\n" for n in range(3))
    assert set(_speakers(text)) == {"Interviewer", speaker}


def test_a_sentence_with_a_colon_is_still_no_speaker():
    text = ("Interviewer: Hvad sagde hun?\n\nKaren: Hun sagde det sådan her.\nMin mor sagde: kom hjem.\n\n"
            "Interviewer: Og så?\n\nKaren: Så gik jeg.\n")
    assert set(_speakers(text)) == {"Interviewer", "Karen"}


HEADER = (
    "Projekt: Spil, gæld og hverdagsliv – interview 4\n"
    "Dato for interview: 14. november 2023\n"
    "Informant: Kenneth Bruun (41), Esbjerg\n"
    "Interviewer: Ditte Skovsgaard\n"
    "Tolk: Pia Kronborg\n"
    "Sted: Esbjerg\n\n"
    "I: Så kører den. Fortæl lidt om dig selv.\n\n"
    "Kenneth: Jeg hedder Kenneth og bor i Gjesing.\n\n"
    "I: Hvordan startede det?\n\n"
    "Kenneth: Ret uskyldigt.\n"
)


def test_header_keys_are_metadata_not_speakers():
    found = detect_structure(HEADER)
    assert found.metadata == {
        "Projekt": "Spil, gæld og hverdagsliv – interview 4", "Dato for interview": "14. november 2023",
        "Informant": "Kenneth Bruun (41), Esbjerg", "Interviewer": "Ditte Skovsgaard",
        "Tolk": "Pia Kronborg", "Sted": "Esbjerg"}
    assert {t.speaker for t in found.turns} == {"Interviewer", "Kenneth"}
    assert found.turns[0].start == HEADER.index("I: Så kører")


LOG = (
    "TELEFONOPFØLGNING – RUNDE 3\n"
    "Deltager: Senait Tesfamariam\n"
    "Adresse: Vestergade 57, 7100 Vejle\n"
    "Tolk: telefontolk, tigrinya\n"
    "Opkald 1: 7/3 kl. 10.15 – ubesvaret\n"
    "Opkald 2: 7/3 kl. 14.40 – besvaret af sønnen\n"
    "Opkald 3: 8/3 kl. 9.05 – gennemført, 38 minutter\n"
    "Noteret af: MJ\n\n"
    "I: Hvordan går det med sproget?\n\n"
    "Senait (via tolk): Godt. Jeg går på sprogcenter.\n\n"
    "I: Og børnene?\n\n"
    "Senait (via tolk): De har det godt.\n"
)


def test_numbered_headings_and_form_fields_of_a_header_are_metadata():
    found = detect_structure(LOG)
    assert {k: found.metadata[k] for k in ("Opkald 1", "Opkald 3", "Noteret af", "Tolk", "Adresse")} == {
        "Opkald 1": "7/3 kl. 10.15 – ubesvaret", "Opkald 3": "8/3 kl. 9.05 – gennemført, 38 minutter",
        "Noteret af": "MJ", "Tolk": "telefontolk, tigrinya", "Adresse": "Vestergade 57, 7100 Vejle"}
    assert _speakers(LOG) == {"Interviewer": ("interviewer", {"I"}),
                              "Senait": ("interviewee", {"Senait (via tolk)"})}


def test_numbered_headings_in_the_body_open_no_turn():
    text = ("Interviewer: Velkommen.\n\nBorger: Tak.\n\n"
            "Opkald 1: 7/3 kl. 10.15, ubesvaret.\n\nInterviewer: Vi ringer igen.\n\n"
            "Opkald 2: 8/3 kl. 9.05, gennemført.\n\nInterviewer: Hej igen.\n\nBorger: Hej.\n")
    assert set(_speakers(text)) == {"Interviewer", "Borger"}
    # numbered speakers who speak more than once stay speakers
    group = "".join(f"Deltager {n}: Jeg hedder nummer {n}.\n\nDeltager {n}: Og jeg er glad.\n\n"
                    for n in (1, 2))
    assert set(_speakers("Moderator: Velkommen.\n\n" + group)) == {"Interviewer", "Deltager 1", "Deltager 2"}


def test_a_lone_header_key_above_the_turns_is_still_a_turn():
    text = "Tolk: Hun siger, at hun er træt.\n\nInterviewer: Skal vi holde pause?\n\nTolk: Ja tak.\n"
    assert set(_speakers(text)) == {"Tolk", "Interviewer"}


def test_import_makes_cases_of_people_only(tmp_path: Path):
    (tmp_path / "kenneth.txt").write_text(HEADER, encoding="utf-8")
    (tmp_path / "senait.txt").write_text(LOG, encoding="utf-8")
    (tmp_path / "signe.txt").write_text(NOTED, encoding="utf-8")
    project = tmp_path / "p.qcode"
    assert qcode("new", str(project), cwd=tmp_path).returncode == 0
    done = qcode("import", str(project), "kenneth.txt", "senait.txt", "signe.txt", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    with open_project(project) as opened:
        assert sorted(c.name for c in list_cases(opened)) == ["Kenneth", "Senait", "Signe"]
        docs = {d.name: d.id for d in list_documents(opened)}
        metadata = get_document(opened, docs["senait"]).metadata
        assert metadata["Opkald 2"] == "7/3 kl. 14.40 – besvaret af sønnen"
        labels = {(t.speaker, t.label) for t in turns_for_document(opened, docs["signe"])}
        assert labels == {("Mette", "Mette [interviewer]"), ("Signe", "Signe via tolk"),
                          ("Jonas", "Jonas (personale)")}
