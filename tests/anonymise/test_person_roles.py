"""Interviewees are "[Informant N]", every other person "[Person N]", numbered apart and kept
consistent across the project, also for documents imported later and registers from before."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Mapping

import pytest

from qcode.anonymise import register, review
from qcode.anonymise.batch import anonymise_files
from qcode.anonymise.candidates import Candidate
from qcode.anonymise.render import render_document
from qcode.anonymise.roles import interviewee_names, leading_names
from qcode.core import entities
from qcode.core.cases import add_case
from qcode.core.documents import add_document
from qcode.core.history import read_log
from qcode.core.imported import Turn
from qcode.core.migrations import migrate
from qcode.core.project import open_project
from qcode.core.storage import APPLICATION_ID

PEOPLE = ("Palle", "Mette", "Line", "Amir", "Jonas", "Karen", "Uffe")


def detect_people(text: str, *, known: Mapping[str, str] | None = None, **_: object) -> list[Candidate]:
    """Every name of PEOPLE as written (with possessive s): what detection would hand over."""
    found = [Candidate(m.start(), m.end(), m.group(), "PERSON", m.group(1), "structure", 0.9)  # certain
             for name in PEOPLE for m in re.finditer(rf"\b({name})s?\b", text)]
    return sorted(found, key=lambda c: c.start)


def person(project, core: str) -> entities.Entity:
    found = entities.find_entity(project, "PERSON", core)
    assert found is not None, core
    return found


INTERVIEW = ("Interviewer: Hvem hjælper dig?\n"
             "Palle: Min kontaktperson Mette ringer hver uge. Min søster Line kommer om søndagen.\n"
             "Interviewer: Og naboen?\n"
             "Palle: Amir? Han er sød. Mettes kollega er også sød.\n")


def test_interviewee_is_informant_and_third_parties_are_persons(project):
    doc = add_document(project, "a", INTERVIEW)
    register.detect_project(project, detect_fn=detect_people)
    assert person(project, "Palle").pseudonym == "[Informant 1]"
    # numbered apart, in the order they turn up
    assert [person(project, n).pseudonym for n in ("Mette", "Line", "Amir")] == \
        ["[Person 1]", "[Person 2]", "[Person 3]"]
    assert person(project, "Mette").role == entities.OTHER
    text = render_document(project, doc).text
    assert text.startswith("Interviewer: Hvem hjælper dig?\n"
                           "[Informant 1]: Min kontaktperson [Person 1] ringer")
    assert "[Person 1]s kollega" in text


def test_header_names_the_interviewee(project):
    text = ("Interviewperson: Amir, 46 år\nInterviewer: Mette Holm\n\n"
            "I: Hvordan går det?\n\nIP: Godt. Karen fra kommunen hjælper.\n\nI: Og så?\n\nIP: Ja.\n")
    add_document(project, "h", text)
    register.detect_project(project, detect_fn=detect_people)
    assert person(project, "Amir").pseudonym == "[Informant 1]"
    assert person(project, "Mette").pseudonym == "[Person 1]"  # the interviewer is no informant
    assert person(project, "Karen").pseudonym == "[Person 2]"


def test_document_imported_later_keeps_numbers_and_promotes_a_new_interviewee(project):
    first = add_document(project, "a", INTERVIEW)
    register.detect_project(project, detect_fn=detect_people)
    later = add_document(project, "b", "Interviewer: Hvad laver du?\nMette: Jeg arbejder. Uffe er min chef.\n"
                                       "Interviewer: Og Palle?\nMette: Ham kender jeg.\n")
    register.detect_project(project, detect_fn=detect_people)
    assert person(project, "Palle").pseudonym == "[Informant 1]"
    # interviewed here, so an informant in every document; the others keep their numbers
    assert person(project, "Mette").pseudonym == "[Informant 2]"
    assert person(project, "Line").pseudonym == "[Person 2]"
    assert person(project, "Uffe").pseudonym == "[Person 4]"
    for doc in (first, later):
        assert "[Person 1]" not in render_document(project, doc).text
    assert "[Informant 2]: Jeg arbejder. [Person 4] er min chef." in render_document(project, later).text
    changed = read_log(project, action="anon_role")
    assert [(e.details["old"], e.details["new"]) for e in changed] == [("person", "informant")]


def test_stored_turns_decide_over_the_text(project):
    text = "Mette: Hvad laver du?\nJonas: Jeg arbejder.\nMette: Hvor?\nJonas: Hos Karen.\n"
    turns = [Turn(0, 21, "Mette", "interviewee", "Mette", 0, 5),
             Turn(22, 42, "Jonas", "interviewer", "Jonas", 22, 27)]
    add_document(project, "t", text, turns=turns)
    register.detect_project(project, detect_fn=detect_people)
    assert person(project, "Mette").role == entities.INFORMANT
    assert person(project, "Jonas").role == entities.OTHER


def test_case_names_are_informants_also_when_the_case_comes_later(project):
    add_case(project, "Line")
    add_document(project, "c", "Line kom i går. Hun havde Jonas med.\n")
    register.detect_project(project, detect_fn=detect_people)
    assert person(project, "Line").pseudonym == "[Informant 1]"
    assert person(project, "Jonas").pseudonym == "[Person 1]"
    add_case(project, "Jonas")
    register.refresh_pseudonyms(project, only_missing=True)
    assert person(project, "Jonas").pseudonym == "[Informant 2]"


def test_a_chosen_role_survives_detection(project):
    doc = add_document(project, "a", INTERVIEW)
    register.detect_project(project, detect_fn=detect_people)
    review.set_role(project, person(project, "Line").id, entities.INFORMANT)
    review.set_role(project, person(project, "Palle").id, entities.OTHER)
    register.detect_project(project, detect_fn=detect_people)
    line, palle = person(project, "Line"), person(project, "Palle")
    assert (line.role, line.role_custom, line.pseudonym) == (entities.INFORMANT, True, "[Informant 2]")
    assert (palle.role, palle.pseudonym) == (entities.OTHER, "[Person 4]")
    assert "[Person 4]: Min kontaktperson" in render_document(project, doc).text
    with pytest.raises(entities.EntityError):
        review.set_role(project, line.id, "interviewer")
    place = entities.insert_entity(project, "PLACE", "Odense", state=entities.ACCEPTED)
    with pytest.raises(entities.EntityError):
        review.set_role(project, place, entities.INFORMANT)


def test_a_chosen_pseudonym_is_kept_when_the_role_changes(project):
    add_document(project, "a", INTERVIEW)
    register.detect_project(project, detect_fn=detect_people)
    review.edit_pseudonym(project, person(project, "Mette").id, "[kontaktperson]")
    review.set_role(project, person(project, "Mette").id, entities.INFORMANT)
    assert person(project, "Mette").pseudonym == "[kontaktperson]"


def test_merging_keeps_the_pseudonym_and_role_of_the_entity_named_first(project):
    """From a stranger's run (#13): the merged person used to become the informant whatever the user
    chose; the user names the one to keep first, and detection afterwards leaves that choice alone."""
    add_document(project, "a", INTERVIEW)
    register.detect_project(project, detect_fn=detect_people)
    amir_before = person(project, "Amir")
    review.merge(project, amir_before.id, person(project, "Palle").id)
    amir = person(project, "Amir")
    assert (amir.role, amir.number) == (entities.OTHER, amir_before.number)
    assert amir.pseudonym == amir_before.pseudonym
    assert "Palle" in amir.forms and amir.role_custom
    register.detect_project(project, detect_fn=detect_people)
    assert person(project, "Amir").pseudonym == amir_before.pseudonym


def test_labels_come_from_the_settings(project):
    doc = add_document(project, "a", INTERVIEW)
    register.detect_project(project, detect_fn=detect_people)
    register.change_settings(project, person_label="IP", other_label="[navn]")
    assert person(project, "Palle").pseudonym == "[IP 1]"
    assert {person(project, n).pseudonym for n in ("Mette", "Line", "Amir")} == {"[navn]"}
    assert "[IP 1]: Min kontaktperson [navn] ringer" in render_document(project, doc).text
    register.change_settings(project, person_style="bracket")
    assert person(project, "Palle").pseudonym == "[navn]"


def test_manual_mention_in_the_header_is_an_informant(project):
    text = "Deltager: Uffe (51-årig mand)\n\nI: Hej.\n\nIP: Hej. Jonas er her også.\n"
    doc = add_document(project, "m", text)
    start = text.index("Uffe")
    uffe = review.add_manual_mention(project, doc, start, start + 4, "PERSON")
    start = text.index("Jonas")
    jonas = review.add_manual_mention(project, doc, start, start + 5, "PERSON")
    assert entities.get_entity(project, uffe).pseudonym == "[Informant 1]"
    assert entities.get_entity(project, jonas).pseudonym == "[Person 1]"


def test_batch_files_number_informants_and_persons_apart(tmp_path):
    (tmp_path / "a.txt").write_text(INTERVIEW, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Interviewperson: Karen\n\nI: Kender du Line?\n\nIP: Ja.\n\nI: Og?\n\n"
                                    "IP: Nej.\n", encoding="utf-8")
    result, _ = anonymise_files([tmp_path / "a.txt", tmp_path / "b.txt"], detect_fn=detect_people)
    labels = {info.core: info.pseudonym for info in result.view.by_id.values()}
    assert labels == {"Palle": "[Informant 1]", "Mette": "[Person 1]", "Line": "[Person 2]",
                      "Amir": "[Person 3]", "Karen": "[Informant 2]"}
    assert result.outputs[tmp_path / "b.txt"].startswith("Interviewperson: [Informant 2]\n")


@pytest.mark.parametrize(("text", "expected"), [
    ("Interviewperson: Palle, 46 år\n\nI: Hej.\n", {"Palle"}),
    ("Deltager: Uffe (51-årig mand)\n\nHej.\n", {"Uffe"}),
    ("IP: Karen Sørensen\nInterviewer: Mette Holm\n\nHej.\n", {"Karen Sørensen"}),
    ("INTERVIEW MED ANNE-METTE, F. 1978\n\nHej.\n", {"ANNE-METTE"}),
    ("Hun sagde det selv. (Line, 28 år)\n", {"Line"}),
    ("Hun passer mig (min søster, 58 år).\n", set()),
    # "IP:" labels the turns, so its first turn names nobody; the interviewer is no interviewee
    ("Interviewer: Mette Holm\n\nI: Hvem ringer?\n\nIP: Jonas, min bror.\n\nI: Nå.\n\nIP: Ja.\n", set()),
    ("Jeg har lavet mange interviews.\n\n\n\n\n\nEt interview med Mette fra kommunen.\n", set()),
])
def test_interviewee_names_from_the_text(text, expected):
    names = interviewee_names(text, turns=[])
    assert names == expected


def test_interviewee_names_from_speakers_when_no_turns_are_stored():
    assert interviewee_names(INTERVIEW) == {"Palle"}


def test_leading_names():
    assert leading_names("Palle, 46 år") == ["Palle"]
    assert leading_names("Anna og Jonas Holm; 34 år") == ["Anna", "Jonas Holm"]
    assert leading_names("mand, 51") == []


def test_migration_gives_existing_registers_roles_and_numbers(tmp_path):
    path = tmp_path / "old.qcode"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    migrate(conn, target=5)
    conn.execute("INSERT INTO documents (id, name, text, imported_at, metadata) VALUES "
                 "(1, 'a', 'x', 't', '{\"Interviewperson\": \"Amir, 46 år\"}'), (2, 'b', 'y', 't', '{}')")
    conn.execute("INSERT INTO turns (document_id, start, \"end\", speaker, role, label) "
                 "VALUES (2, 0, 1, 'Palle', 'interviewee', 'PALLE')")
    conn.execute("INSERT INTO cases (name) VALUES ('Line')")
    rows = [(1, "Palle", "[Informant 1]", 0, 1), (2, "Mette", "[Informant 2]", 0, 2),
            (3, "Line", "[Informant 3]", 0, 3), (4, "Jonas", "[bror]", 1, 4),
            (5, "Amir", "[Informant 5]", 0, 5)]
    for entity_id, core, pseudonym, custom, number in rows:
        conn.execute("INSERT INTO anon_entities (id, kind, core, pseudonym, custom, state, number, "
                     "created_at) VALUES (?, 'PERSON', ?, ?, ?, 'accepted', ?, 't')",
                     [entity_id, core, pseudonym, custom, number])
        conn.execute("INSERT INTO anon_forms (entity_id, surface) VALUES (?, ?)", [entity_id, core])
    conn.execute("INSERT INTO anon_entities (id, kind, core, pseudonym, state, created_at) "
                 "VALUES (6, 'PLACE', 'Odense', '[by]', 'accepted', 't')")
    conn.commit()
    conn.close()
    with open_project(path, coder="tester") as project:
        got = {e.core: (e.role, e.number, e.pseudonym) for e in entities.list_entities(project)}
    assert got == {"Palle": ("informant", 1, "[Informant 1]"), "Mette": ("person", 1, "[Person 1]"),
                   "Line": ("informant", 2, "[Informant 2]"), "Jonas": ("person", 2, "[bror]"),
                   "Amir": ("informant", 3, "[Informant 3]"), "Odense": ("", None, "[by]")}


def test_migration_leaves_substitute_names_alone(tmp_path):
    path = tmp_path / "old.qcode"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    migrate(conn, target=5)
    conn.execute("INSERT INTO project_info (key, value) VALUES ('anon.person_style', 'name')")
    conn.execute("INSERT INTO anon_entities (kind, core, pseudonym, state, number, created_at) "
                 "VALUES ('PERSON', 'Mette', 'Hanne', 'accepted', 1, 't')")
    conn.commit()
    conn.close()
    with open_project(path, coder="tester") as project:
        mette = person(project, "Mette")
    assert (mette.role, mette.number, mette.pseudonym) == ("person", 1, "Hanne")


def test_numbers_continue_after_sealing(project, tmp_path):
    from qcode.anonymise.seal import seal_project

    add_document(project, "a", INTERVIEW)
    register.detect_project(project, detect_fn=detect_people)
    seal_project(project, tmp_path / "key.json", plaintext_key=True)
    later = add_document(project, "b", "Interviewer: Hvem er du?\nKaren: Karen. Min nabo Jonas hjælper.\n")
    register.detect_project(project, detect_fn=detect_people)
    assert person(project, "Karen").pseudonym == "[Informant 2]"  # the sealed texts hold "[Informant 1]"
    assert person(project, "Jonas").pseudonym == "[Person 4]"
    assert render_document(project, later).text.startswith("Interviewer: Hvem er du?\n[Informant 2]: ")
