"""Who is an informant comes from who speaks as the interviewee, not from a shared first name: "Anne"
speaking in a focus group does not make "Anne Ravn", only mentioned in a follow-up interview, an
informant (or the same person), and a focus group's moderator named in the header is no informant (#13)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from qcode.anonymise import register
from qcode.anonymise.batch import anonymise_files
from qcode.anonymise.candidates import Candidate
from qcode.core import entities
from qcode.core.cases import add_case, list_cases
from qcode.core.documents import add_document
from qcode.io.importing import import_documents

FOCUS_GROUP = ("Fokusgruppe om boligområdet\nModerator: Lone Berg\n\n"
               "Lone: Velkommen allesammen. Fortæl lidt om, hvordan det er at bo her.\n\n"
               "Anne: Det er rart. Vi har boet her i ti år.\n\n"
               "Karl: Jeg synes også, det er fint. Min nabo hjælper mig med haven.\n\n"
               "Lone: Hvad betyder naboerne for jer?\n\n"
               "Anne: Rigtig meget. Vi spiser sammen om fredagen.\n\n"
               "Karl: Ja, det gør vi.\n")
FOLLOW_UP = ("Interviewperson: Karl, 71 år\n\n"
             "I: Hvordan går det med dig?\n\n"
             "IP: Det går fint. Min kone Anne Ravn er syg, så jeg laver mad nu.\n\n"
             "I: Hvem hjælper jer?\n\n"
             "IP: Vores datter Sofie kommer om lørdagen. Og Anne Ravn får hjælp fra kommunen.\n")


def _persons(project) -> dict[str, entities.Entity]:
    return {e.core: e for e in entities.list_entities(project, kind="PERSON")}


def _write(tmp_path: Path, files: Mapping[str, str]) -> list[Path]:
    paths = []
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(tmp_path / name)
    return paths


def test_a_mentioned_full_name_is_not_the_speaker_with_its_first_name(project, tmp_path: Path):
    import_documents(project, _write(tmp_path, {"fokusgruppe.txt": FOCUS_GROUP,
                                                "opfoelgning_karl.txt": FOLLOW_UP}))
    register.detect_project(project, use_model=False)
    people = _persons(project)
    assert people["Anne"].role == entities.INFORMANT and people["Karl"].role == entities.INFORMANT
    # his wife is a person of her own, with a pseudonym of her own
    assert people["Anne Ravn"].role == entities.OTHER
    assert people["Anne Ravn"].id != people["Anne"].id
    assert "Anne Ravn" not in people["Anne"].forms
    # the moderator the header names asks the questions: no case, no informant
    assert people["Lone Berg"].role == entities.OTHER
    assert sorted(c.name for c in list_cases(project)) == ["Anne", "Karl"]


def detect_full_names(text: str, *, known: Mapping[str, str] | None = None, **_: object) -> list[Candidate]:
    return [Candidate(m.start(), m.end(), m.group(), "PERSON", m.group(), "structure", 0.9)
            for m in re.finditer(r"\bAnne Ravn\b|\bKarl\b", text)]


def test_a_case_named_by_a_first_name_does_not_make_a_full_name_an_informant(project):
    add_document(project, "a", "Interviewer: Hvordan går det?\nKarl: Min kone Anne Ravn er syg.\n"
                               "Interviewer: Og så?\nKarl: Anne Ravn får hjælp.\n")
    register.detect_project(project, detect_fn=detect_full_names)
    assert _persons(project)["Anne Ravn"].pseudonym == "[Person 1]"
    add_case(project, "Anne")  # another Anne, interviewed elsewhere
    register.refresh_pseudonyms(project)
    assert _persons(project)["Anne Ravn"].role == entities.OTHER
    add_case(project, "Anne Ravn")  # she is interviewed after all: her whole name says so
    register.refresh_pseudonyms(project)
    assert _persons(project)["Anne Ravn"].pseudonym == "[Informant 2]"


def test_a_case_named_after_its_document_names_nobody(project):
    add_document(project, "a", "Interviewer: Hvordan går det?\nKarl: Min kone Anne Ravn er syg.\n"
                               "Interviewer: Og så?\nKarl: Anne Ravn får hjælp.\n")
    add_case(project, "Anne Ravn – IP")
    register.detect_project(project, detect_fn=detect_full_names)
    assert _persons(project)["Anne Ravn"].role == entities.OTHER


def test_the_batch_keeps_them_apart_too(tmp_path: Path):
    result, _files = anonymise_files(_write(tmp_path, {"fokusgruppe.txt": FOCUS_GROUP,
                                                       "opfoelgning_karl.txt": FOLLOW_UP}), use_model=False)
    focus, follow_up = (result.outputs[tmp_path / n] for n in ("fokusgruppe.txt", "opfoelgning_karl.txt"))
    assert re.search(r"\n\[Informant \d+\]: Det er rart", focus)
    wife = re.search(r"Min kone (\[[^\]]+\]) er syg", follow_up)
    assert wife is not None and wife.group(1).startswith("[Person")
