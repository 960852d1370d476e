"""A generic speaker label ("IP", "Informant", "Deltager 2", a speech-to-text id) is a participant of
its own document: two recordings' "Speaker_01" are two people, so two cases. A real name is one person
in every document, and interviewers become no case (#13)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qcode.core.cases import add_case, case_rows, cases_of_document, documents_of_case, list_cases
from qcode.core.documents import delete_document, list_documents, turns_for_document
from qcode.core.project import open_project
from qcode.core.speaker_labels import generic_speaker, speaker_case_name
from qcode.core.speakers import link_speakers_to_cases
from qcode.io.importing import import_documents

STT = ("speaker_00: Hej og velkommen. Hvordan går det med arbejdet?\n\n"
       "speaker_01: Det går fint. {said}\n\n"
       "speaker_00: Og familien?\n\n"
       "speaker_01: De har det godt.\n")
I_IP = "I: Hvordan har du det?\n\nIP: Godt. {said}\n\nI: Og så?\n\nIP: Ja, så gik det.\n"
NAMED = "Interviewer: Hvordan har du det?\n\nMette: Godt. {said}\n\nInterviewer: Og så?\n\nMette: Ja.\n"


def _import(project, tmp_path: Path, files: dict[str, str]) -> None:
    paths = []
    for name, text in files.items():
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    import_documents(project, paths)


def _cases_by_document(project) -> dict[str, list[str]]:
    return {d.name: [c.name for c in cases_of_document(project, d.id)] for d in list_documents(project)}


def test_two_speech_to_text_recordings_give_two_interviewees(project, tmp_path: Path):
    _import(project, tmp_path, {"optagelse_1": STT.format(said="Jeg er pædagog."),
                                "optagelse_2": STT.format(said="Jeg er smed.")})
    assert _cases_by_document(project) == {"optagelse_1": ["optagelse_1 – Speaker_01"],
                                           "optagelse_2": ["optagelse_2 – Speaker_01"]}
    # each case covers only its own recording, and the turns point at it
    for document in list_documents(project):
        [case] = cases_of_document(project, document.id)
        assert documents_of_case(project, case.id) == [document.id]
        assert {t.case_id for t in turns_for_document(project, document.id)
                if t.speaker == "Speaker_01"} == {case.id}
        # the interviewer (the one who asks) is no case
        assert {t.case_id for t in turns_for_document(project, document.id)
                if t.speaker == "Speaker_00"} == {None}


def test_i_ip_interviews_give_one_case_each_and_a_real_name_stays_one_case(project, tmp_path: Path):
    _import(project, tmp_path, {"iv_01": I_IP.format(said="Min søster hjælper."),
                                "iv_02": I_IP.format(said="Jeg bor alene."),
                                "mette_1": NAMED.format(said="Første gang."),
                                "mette_2": NAMED.format(said="Anden gang.")})
    assert _cases_by_document(project) == {"iv_01": ["iv_01 – IP"], "iv_02": ["iv_02 – IP"],
                                           "mette_1": ["Mette"], "mette_2": ["Mette"]}
    rows = {r.name: r.documents for r in case_rows(project)}
    assert rows == {"Mette": ("mette_1", "mette_2"), "iv_01 – IP": ("iv_01",), "iv_02 – IP": ("iv_02",)}


def test_a_focus_group_gives_each_numbered_participant_a_case_and_the_moderator_none(project,
                                                                                   tmp_path: Path):
    text = ("Moderator: Velkommen. Hvad tænker I om skolen?\n\n"
            "Deltager 1: Den er god.\n\nDeltager 2: Den er for stor.\n\n"
            "Moderator: Hvorfor?\n\nDeltager 1: Der er mange børn.\n\nDeltager 2: Ja.\n")
    _import(project, tmp_path, {"fokusgruppe": text, "fokusgruppe_b": text.replace("god", "fin")})
    assert _cases_by_document(project) == {
        "fokusgruppe": ["fokusgruppe – Deltager 1", "fokusgruppe – Deltager 2"],
        "fokusgruppe_b": ["fokusgruppe_b – Deltager 1", "fokusgruppe_b – Deltager 2"]}


def test_a_renamed_case_and_an_old_case_of_the_name_are_left_alone(project, tmp_path: Path):
    add_case(project, "iv_01 – IP")  # made by hand before (or left by a deleted document)
    _import(project, tmp_path, {"iv_01": I_IP.format(said="Nej.")})
    assert _cases_by_document(project) == {"iv_01": ["iv_01 – IP (2)"]}
    assert documents_of_case(project, list_cases(project)[0].id) == []
    # linking the speakers again keeps the case the turns have
    [document] = list_documents(project)
    [case] = cases_of_document(project, document.id)
    assert link_speakers_to_cases(project, document.id) == [case.id]
    assert len(list_cases(project)) == 2


def test_a_second_import_under_a_taken_document_name_names_its_case_after_the_stored_name(
        project, tmp_path: Path):
    _import(project, tmp_path, {"iv": I_IP.format(said="Først.")})
    (tmp_path / "again").mkdir()
    _import(project, tmp_path / "again", {"iv": I_IP.format(said="Senere.")})
    assert _cases_by_document(project) == {"iv": ["iv – IP"], "iv (2)": ["iv (2) – IP"]}
    delete_document(project, list_documents(project)[0].id)
    project.close()
    reopened = open_project(project.path)
    try:
        assert sorted(c.name for c in list_cases(reopened)) == ["iv (2) – IP", "iv – IP"]
    finally:
        reopened.close()


@pytest.mark.parametrize(("name", "generic"), [
    ("IP", True), ("Informant", True), ("Respondent", True), ("R", True), ("Deltager 2", True),
    ("Speaker_00", True), ("SPEAKER_01", True), ("Interviewer", True), ("Moderator", True),
    ("Mette", False), ("Jørgen Holm", False), ("Ip Man", False), ("Deltagerne snakker", False),
])
def test_generic_speaker(name: str, generic: bool):
    assert generic_speaker(name) is generic
    assert speaker_case_name(name, "iv_3") == (f"iv_3 – {name}" if generic else name)


CORPUS_CASES = [  # every interviewee of the shared corpus is named (a speaker or the header's "IP: Palle")
    "Aisha", "Amir", "Anders", "Anne-Mette", "Bente", "Britta", "Carsten", "Christian", "Christine", "Else",
    "Frederik", "Helle", "Jan", "Jannie", "Jeanette", "Jens", "Jeppe", "Jytte", "Kasper", "Katerina", "Kevin",
    "Klaus", "Lars", "Lasse", "Lea", "Line", "Maja", "Maria", "Mariam", "Mathias", "Mathilde", "Mike",
    "Mikkel", "Misha", "Nhung", "Nick", "Ole", "Palle", "Uffe"]


def test_the_shared_corpus_keeps_its_cases(project, shared_dir: Path):
    """The corpus has no generic interviewee label left after its headers name the participant, so
    its cases are what they were before generic labels became per-document cases."""
    import_documents(project, sorted((shared_dir / "corpus").glob("*.txt")))
    rows = {r.name: r.documents for r in case_rows(project)}
    assert sorted(rows) == CORPUS_CASES
    assert {name: documents for name, documents in rows.items() if len(documents) > 1} == {
        "Anne-Mette": ("iv_10", "var_04_upper"), "Christine": ("iv_21", "var_03_speaker"),
        "Palle": ("iv_02", "var_01_ip"), "Uffe": ("iv_03", "var_02_timestamps")}
