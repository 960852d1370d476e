"""One pseudonym per person, read from the documents (#13, from a stranger's run): initials, nicknames
inside a full name and bare first names join the full name their document holds; two people of one
first name in two documents stay two. Real detection (without the statistical model) on a real project
file."""

from __future__ import annotations

import pytest

from qcode.anonymise import register, review
from qcode.anonymise.batch import anonymise_files
from qcode.anonymise.leak_check import check_texts
from qcode.anonymise.pseudonyms import Settings
from qcode.anonymise.render import render_document
from qcode.core import entities
from qcode.core.documents import add_document

INITIALS = ("Interview med Sofie Lund (SL), 34 år\nInterviewer: Karina Friis (KF)\n\n"
            "KF: Hvordan startede det?\nSL: Jeg flyttede hjemmefra som ung.\n")
LABELS = ("Interview med Jens Peder Kjærgaard, 52 år\n\n"
          "JPK: Mødet var Kl. 10.15, og det var OK. Vi så TV bagefter.\n")
CLOCK = "Interviewer: Hvornår kom du?\nIP: Kl. 10.15, og KL sendte et brev.\n"
NICK = ('Interviewer: Hvem hjalp dig?\nIP: Min veninde Tove "Tut" Madsen hjalp mig. '
        "Tut er god til den slags.\n")
ANNE_HOLM = "Interview med Sofie\nIP: Min søster Anne Holm bor her. Anne ringer hver dag.\n"
ANNE_BERG = "Interview med Bent\nIP: Naboen Anne Berg kom forbi. Anne sagde ingenting.\n"


def _detect(project, *texts: str) -> list:
    ids = [add_document(project, f"d{i}", text) for i, text in enumerate(texts)]
    register.detect_project(project, use_model=False)
    return ids


def _person(project, core: str) -> entities.Entity:
    found = [e for e in entities.list_entities(project, kind="PERSON") if e.core == core]
    assert len(found) == 1, [e.core for e in entities.list_entities(project, kind="PERSON")]
    return found[0]


def test_initials_are_a_form_of_the_person_and_become_the_pseudonyms_initials(project):
    (doc,) = _detect(project, INITIALS)
    sofie, karina = _person(project, "Sofie Lund"), _person(project, "Karina Friis")
    assert "SL" in sofie.forms and "KF" in karina.forms
    cores = {e.core for e in entities.list_entities(project, kind="PERSON")}
    assert cores == {"Sofie Lund", "Karina Friis"}  # no entity of its own for "SL" or "KF"
    text = render_document(project, doc).text
    assert f"{sofie.pseudonym} ({sofie.pseudonym})" in text  # a bracketed label has no initials
    assert f"\n{karina.pseudonym}: Hvordan" in text and "SL" not in text and "KF" not in text
    register.change_settings(project, person_style="name")
    sofie = _person(project, "Sofie Lund")
    text = render_document(project, doc).text
    assert f"{sofie.pseudonym} ({sofie.pseudonym[0]})" in text
    assert f"\n{sofie.pseudonym[0]}: Jeg flyttede" in text


def test_initials_follow_a_chosen_full_pseudonym(project):
    (doc,) = _detect(project, INITIALS)
    review.edit_pseudonym(project, _person(project, "Sofie Lund").id, "Mette Holm")
    text = render_document(project, doc).text
    assert "Interview med Mette Holm (MH)" in text and "\nMH: Jeg flyttede" in text


def test_a_speaker_label_of_initials_joins_the_full_name_and_never_makes_kl_a_name(project):
    labels, clock = _detect(project, LABELS, CLOCK)
    jens = _person(project, "Jens Peder Kjærgaard")
    assert "JPK" in jens.forms
    text = render_document(project, labels).text
    assert f"\n{jens.pseudonym}: Mødet var Kl. 10.15, og det var OK. Vi så TV" in text
    assert "Kl. 10.15" in render_document(project, clock).text
    assert "OK" not in register.known_map(project) and "JPK" not in register.known_map(project)


def test_initials_in_another_document_are_the_same_person(project):
    first, second = _detect(project, INITIALS, "IP: Det sagde SL også.\n")
    sofie = _person(project, "Sofie Lund")
    assert f"Det sagde {sofie.pseudonym} også" in render_document(project, second).text
    assert "Sl" not in register.known_map(project)


def test_a_nickname_inside_a_full_name_is_one_person(project):
    (doc,) = _detect(project, NICK)
    tove = _person(project, "Tove Madsen")
    assert {"Tut", 'Tove "Tut" Madsen'} <= set(tove.forms)
    assert not [e for e in entities.list_entities(project, kind="PERSON") if e.id != tove.id]
    text = render_document(project, doc).text
    assert f"Min veninde {tove.pseudonym} hjalp mig. {tove.pseudonym} er god" in text


def test_one_first_name_of_two_people_in_two_documents(project):
    holm_doc, berg_doc = _detect(project, ANNE_HOLM, ANNE_BERG)
    holm, berg = _person(project, "Anne Holm"), _person(project, "Anne Berg")
    assert holm.pseudonym != berg.pseudonym
    assert f"{holm.pseudonym} ringer" in render_document(project, holm_doc).text
    assert f"{berg.pseudonym} sagde" in render_document(project, berg_doc).text


def test_a_bare_first_name_elsewhere_is_the_person_already_met(project):
    _holm_doc, bare_doc = _detect(project, ANNE_HOLM, "IP: Anne kom også forbi i går.\n")
    holm = _person(project, "Anne Holm")
    assert f"{holm.pseudonym} kom også" in render_document(project, bare_doc).text


@pytest.mark.parametrize("style", ["numbered", "name"])
def test_the_batch_links_the_same_way(tmp_path, style):
    paths = []
    for i, text in enumerate((INITIALS, NICK, ANNE_HOLM, ANNE_BERG, LABELS)):
        path = tmp_path / f"f{i}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    result, _files = anonymise_files(paths, style=Settings(person_style=style), use_model=False)
    persons = {info.core: info.pseudonym for info in result.view.by_id.values() if info.kind == "PERSON"}
    assert set(persons) == {"Sofie Lund", "Karina Friis", "Tove Madsen", "Anne Holm", "Anne Berg",
                            "Jens Peder Kjærgaard", "Bent"}
    assert persons["Anne Holm"] != persons["Anne Berg"]
    out = [result.outputs[p] for p in paths]
    assert "Tut" not in out[1] and "SL" not in out[0] and "Kl. 10.15" in out[4] and "OK" in out[4]


def test_initials_that_are_shorthand_are_the_person_only_where_the_document_says_so(project):
    minutes = "Referat. Til stede: Kristoffer Lund (KL)\nKL: Jeg starter.\n"
    kristoffer, clock = _detect(project, minutes, CLOCK)
    person = _person(project, "Kristoffer Lund")
    assert "KL" in person.forms
    assert f"\n{person.pseudonym}: Jeg starter." in render_document(project, kristoffer).text
    rendered = render_document(project, clock).text
    assert "Kl. 10.15, og KL sendte" in rendered  # the clock and the organisation stay
    report = check_texts(project, [("clock", rendered)], use_detect=False)
    assert not report.hits and {w.found for w in report.warnings} >= {"KL"}


def test_initials_in_a_case_name_and_a_file_name_are_replaced_too(project, tmp_path):
    """The importer names a case after the speaker label ("Jpk"), and file names are written in lower
    case ("interview_jpk"): neither may keep the initials, though "Kl." in running text does."""
    from qcode.anonymise.render import load_view, pseudonymise_file_name, pseudonymise_text

    _detect(project, LABELS)
    jens = _person(project, "Jens Peder Kjærgaard")
    assert pseudonymise_text(project, "Jpk") == jens.pseudonym
    assert "jpk" not in pseudonymise_file_name(load_view(project), "interview_jpk_2024").casefold()
    path = tmp_path / "interview_jpk.txt"
    path.write_text(LABELS, encoding="utf-8")
    result, files = anonymise_files([path], use_model=False)
    from qcode.anonymise.batch import output_name

    assert "jpk" not in output_name(result, files[0]).casefold()


def test_double_first_names_join_the_full_name_they_begin(project):
    """'Jens Peder' beside 'Jens Peder Vestergaard (JPV)': one person, one pseudonym (a stranger's run
    gave '[Informant 9] ([Informant 9]) … [Informant 10] er bekymret')."""
    _detect(project, "Notat om Jens Peder Vestergaard (JPV)\n\nJPV oplyser, at han har det svært.\n\n"
                     "Senere ringede Jens Peder igen. Jens Peder er bekymret for sin søn.\n")
    person = _person(project, "Jens Peder Vestergaard")
    assert "Jens Peder" in person.forms
    assert [e.core for e in entities.list_entities(project, kind="PERSON")] == ["Jens Peder Vestergaard"]
