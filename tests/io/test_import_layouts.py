"""Transcript layouts beyond the corpus: no blank lines, continuation paragraphs, short Teams
utterances, timestamps after labels, focus groups, named interviewers, mixed encodings."""

from __future__ import annotations

from pathlib import Path

import pytest

from qcode.io import read_document
from qcode.io.base import ImportFormatError
from qcode.io.transcript import detect_structure


def _turns(text: str) -> list[tuple[str, str, str]]:
    structure = detect_structure(text)
    return [(t.speaker, t.role, text[t.start:t.end]) for t in structure.turns]


def test_turns_without_blank_lines_and_continuation_paragraphs() -> None:
    text = ("Interviewer: Hvordan startede det?\nBente: Det var min mand.\nHan drak.\n\n"
            "Og så gik det galt.\nInterviewer: Hvornår?\nBente: For 5 år siden.\n")
    turns = _turns(text)
    assert [s for s, _, _ in turns] == ["Interviewer", "Bente", "Interviewer", "Bente"]
    assert turns[1][2] == "Bente: Det var min mand.\nHan drak.\n\nOg så gik det galt."
    assert turns[1][1] == "interviewee"


def test_teams_speaker_lines_with_short_utterances(tmp_path: Path) -> None:
    lines = []
    for k in range(8):
        lines += [f"Interviewer  00:0{k}:10", "Okay.", "", f"Jonas Berg  00:0{k}:20", "Ja.", ""]
    path = tmp_path / "teams.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    document = read_document(path)
    assert document.text.startswith("Interviewer  00:00:10\nOkay.\n")  # not joined as hard wraps
    assert [t.speaker for t in document.turns[:2]] == ["Interviewer", "Jonas Berg"]
    assert document.turns[1].timestamp == "00:00:20" and document.turns[1].role == "interviewee"
    assert len(document.turns) == 16


def test_timestamp_after_the_label() -> None:
    structure = detect_structure("Interviewer (00:01:23): Hvordan?\n\nMaja [00:01:30]: Fint.\n")
    assert [(t.speaker, t.timestamp) for t in structure.turns] == [
        ("Interviewer", "00:01:23"), ("Maja", "00:01:30")]


def test_focus_group_keeps_numbered_participants() -> None:
    text = ("Interviewperson: fokusgruppe, 3 deltagere\nDato: 4. maj\n\n"
            "I: Hvem starter?\n\nIP1: Det kan jeg.\n\nIP2: Eller mig.\n\nI: Godt.\n\nIP1: Ja.\n")
    turns = _turns(text)
    assert [s for s, _, _ in turns] == ["Interviewer", "IP1", "IP2", "Interviewer", "IP1"]
    assert {r for s, r, _ in turns if s.startswith("IP")} == {"interviewee"}


def test_interviewer_named_in_the_header() -> None:
    text = ("Interviewer: Mette Holm\nInformant: Ali, 33 år\n\nMette: Hvad laver du?\n\n"
            "Ali: Jeg kører taxa. Og du?\n\nMette: Jeg spørger bare.\n\nAli: Okay? Hvorfor?\n")
    turns = _turns(text)
    assert [(s, r) for s, r, _ in turns][:2] == [("Mette", "interviewer"), ("Ali", "interviewee")]


def test_names_only_the_asker_is_the_interviewer() -> None:
    text = ("Sofie: Hvordan går det med dig?\n\nPeter: Det går fint.\n\nSofie: Og arbejdet?\n\n"
            "Peter: Det er hårdt.\n\nSofie: Hvorfor?\n\nPeter: Lange dage.\n")
    roles = {s: r for s, r, _ in _turns(text)}
    assert roles == {"Sofie": "interviewer", "Peter": "interviewee"}


def test_sentence_openers_and_clock_times_are_not_speakers() -> None:
    text = ("Interviewer: Hvad skete der?\n\nLine: Vi mødtes kl. 10.\n"
            "Det sagde hun: kom nu.\nKl: 10:30 var jeg der.\n\nInterviewer: Og så?\n\nLine: Så gik vi.\n")
    assert [s for s, _, _ in _turns(text)] == ["Interviewer", "Line", "Interviewer", "Line"]


def test_mostly_utf8_file_with_a_stray_cp1252_byte(tmp_path: Path) -> None:
    body = "Interviewer: Hvordan går det på Nørrebro?\n\nSøren: Godt, tak. Jeg bor tæt på søerne.\n" * 3
    path = tmp_path / "mixed.txt"
    path.write_bytes(body.encode("utf-8") + "Søren: Det er \u201cfint\u201d.\n".encode("cp1252"))
    document = read_document(path)
    assert "Nørrebro" in document.text and "Ã" not in document.text
    assert any("replaced" in w for w in document.warnings)


def test_old_word_files_say_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "gammel.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    with pytest.raises(ImportFormatError, match="save the file as .docx"):
        read_document(path)


def test_interpreter_is_other_not_a_case() -> None:
    text = ("INTERVIEWER:\tHvor kommer du fra?\n\nTOLK:\tHan spørger, hvor du kommer fra.\n\n"
            "AMIR:\tFra Aleppo.\n\nTOLK:\tFra Aleppo.\n")
    roles = {s: r for s, r, _ in _turns(text)}
    assert roles == {"Interviewer": "interviewer", "Tolk": "other", "Amir": "interviewee"}


def test_an_e_mail_and_a_case_file_have_no_speakers_in_their_fields() -> None:
    """An e-mail or a case file imported beside the interviews: "Fra:", "Cc:", "Tlf.:" are fields, so no
    turn (and no case) is made of them (a stranger's import made cases "Fra", "Til", "Cc", "Emne")."""
    text = ("Fra: Lisbeth Holm <lisbeth@example.dk>\nSendt: 12. marts 2024 09:14\nTil: Maria Hviid\n"
            "Cc: Bjarne Thygesen\nEmne: Interview med Jasmin\n\nHej Maria\nTak for sidst.\n\n"
            "Tlf.: 28 91 44 07\nAdresse: Sundvej 112, 8700 Horsens\n")
    assert {s for s, _, _ in _turns(text)} & {"Fra", "Sendt", "Til", "Cc", "Emne", "Tlf.", "Adresse"} == set()
