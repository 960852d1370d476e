"""REFI-QDA export → import: the XML validates against the official XSD, GUIDs are stable, and a
project comes back with the same code tree, the same coded text for every coding, the same cases."""

from __future__ import annotations

import zipfile
from collections import Counter
from pathlib import Path

import pytest

from qcode.core.cases import (
    add_case,
    attributes_of_case,
    cases_of_document,
    link_document,
    list_cases,
    set_attribute,
)
from qcode.core.codebook import add_code, code_path, find_code, list_codes, update_code
from qcode.core.coders import ensure_coder, list_coders
from qcode.core.codings import add_coding, codings_for_document
from qcode.core.documents import add_document, get_document, list_documents
from qcode.core.memos import add_memo, list_memos
from qcode.core.project import open_project
from qcode.export.refi import build_qdpx, export_qdpx
from qcode.io.refi_import import import_refi, import_refi_new

XSD = Path(__file__).resolve().parents[3] / "shared" / "refi-qda" / "Project-mrt2019.xsd"
TEXT_1 = ("I: Hvordan går det, Palle? 😀 Fortæl om Ærø.\nIP: Jeg føler mig ensom 🙁 og savner min søster "
          "på Ærø.\nI: Og familien?\nIP: Min bror ringer aldrig, det gør ondt.\n")
TEXT_2 = "IP: Naboerne hilser ikke. Jeg skammer mig over at få kontanthjælp.\n"


def _code(project, document_id: int, text: str, needle: str, code_id: int, coder_id: int,
          memo: str = "") -> None:
    start = text.index(needle)
    add_coding(project, document_id, code_id, start, start + len(needle), coder_id, memo)


@pytest.fixture
def rich(project):
    """Codes (nested, coloured, with criteria), codings by two coders after an emoji, cases, memos."""
    anna, bo = ensure_coder(project, "anna"), ensure_coder(project, "bo")
    d1 = add_document(project, "interview æøå", TEXT_1)
    d2 = add_document(project, "interview 2", TEXT_2)
    netvaerk = find_code(project, "netværk").id
    familie = add_code(project, "familie", netvaerk, colour="#123abc", description="Søskende, forældre")
    update_code(project, familie, inclusion="Nævnte slægtninge\nogså svigerfamilie", example="min bror")
    ensom, stigma = find_code(project, "ensomhed").id, find_code(project, "stigma").id
    _code(project, d1, TEXT_1, "Jeg føler mig ensom 🙁", ensom, anna, memo="kerneudsagn")
    _code(project, d1, TEXT_1, "føler mig ensom 🙁 og savner min søster", ensom, bo)
    _code(project, d1, TEXT_1, "savner min søster på Ærø", familie, anna)
    _code(project, d1, TEXT_1, "Min bror ringer aldrig", familie, bo)
    _code(project, d2, TEXT_2, "Jeg skammer mig over at få kontanthjælp", stigma, anna)
    palle = add_case(project, "Palle", "første interview")
    set_attribute(project, palle, "alder", "46", "number")
    set_attribute(project, palle, "køn", "mand")
    set_attribute(project, palle, "født", "1978-03-01", "date")
    set_attribute(project, palle, "førtidspension", "ja", "boolean")
    link_document(project, d1, palle)
    line = add_case(project, "Line")
    set_attribute(project, line, "alder", "33,5", "number")
    link_document(project, d2, line)
    add_memo(project, "Projekt", "Tanker om hele projektet")
    add_memo(project, "Om Ærø", "Ø-liv", document_id=d1)
    add_memo(project, "Kode", "Ensomhed er svær", code_id=ensom)
    return project


def _tree(project) -> list[tuple]:
    return sorted((code_path(project, c.id), c.colour.lower(), c.description, c.inclusion, c.exclusion,
                   c.example) for c in list_codes(project))


def _coded(project) -> Counter:
    coders = {c.id: c.name for c in list_coders(project)}
    found = Counter()
    for summary in list_documents(project):
        document = get_document(project, summary.id)
        for c in codings_for_document(project, summary.id):
            found[(document.name, code_path(project, c.code_id), coders[c.coder_id],
                   document.text[c.start:c.end], c.memo)] += 1
    return found


def _cases(project) -> dict:
    by_case = {c.name: (c.description, attributes_of_case(project, c.id)) for c in list_cases(project)}
    links = {s.name: [c.name for c in cases_of_document(project, s.id)] for s in list_documents(project)}
    return {"cases": by_case, "links": links}


def test_export_validates_against_the_refi_schema(rich):
    xmlschema = pytest.importorskip("xmlschema")
    if not XSD.is_file():
        pytest.skip("../shared/refi-qda is not beside this checkout")
    content = build_qdpx(rich)
    xmlschema.XMLSchema(str(XSD)).validate(content.xml_bytes().decode("utf-8"))
    # 3 memos, 1 coding memo, 5 codes with criteria (the 4 default codes and familie)
    assert content.counts == {"documents": 2, "codings": 5, "notes": 9}


def test_guids_are_stable_between_exports(rich, tmp_path):
    first = export_qdpx(rich, tmp_path / "a.qdpx")
    second = export_qdpx(rich, tmp_path / "b.qdpx")
    with zipfile.ZipFile(first.path) as a, zipfile.ZipFile(second.path) as b:
        assert a.read("project.qde") == b.read("project.qde")
        assert sorted(a.namelist()) == sorted(b.namelist())
        assert all(n == "project.qde" or n.startswith("sources/") for n in a.namelist())


def test_round_trip_keeps_tree_codings_and_cases(rich, tmp_path):
    export_qdpx(rich, tmp_path / "out.qdpx")
    result = import_refi_new(tmp_path / "copy.qcode", tmp_path / "out.qdpx", coder="carl")
    assert (result.stored.documents, result.stored.codings, result.stored.cases) == (2, 5, 2)
    assert result.reading.skipped == []
    with open_project(tmp_path / "copy.qcode") as copy:
        assert _tree(copy) == _tree(rich)
        assert _coded(copy) == _coded(rich)
        assert _cases(copy) == _cases(rich)
        assert {c.name for c in list_coders(copy)} >= {"anna", "bo"}
        memos = {(m.title, m.body, m.document_id is not None, m.code_id is not None)
                 for m in list_memos(copy)}
        assert memos == {("Projekt", "Tanker om hele projektet", False, False),
                         ("Om Ærø", "Ø-liv", True, False), ("Kode", "Ensomhed er svær", False, True)}


def test_import_into_existing_project_reuses_codes_of_the_same_path(rich, tmp_path, project_factory):
    export_qdpx(rich, tmp_path / "out.qdpx")
    target = project_factory("target")
    before = len(list_codes(target))
    result = import_refi(target, tmp_path / "out.qdpx")
    assert result.stored.codes_reused == 4 and result.stored.codes_created == 1
    assert len(list_codes(target)) == before + 1
    assert _coded(target) == _coded(rich)


@pytest.fixture
def project_factory(tmp_path):
    from qcode.core.project import create_project

    made = []

    def make(name: str):
        made.append(create_project(tmp_path / f"{name}.qcode", coder="tester"))
        return made[-1]

    yield make
    for p in made:
        p.close()


def test_anonymised_export_pseudonymises_texts_names_and_keeps_codings_on_their_words(rich, tmp_path):
    pytest.importorskip("qcode.anonymise.register")
    from qcode.anonymise.candidates import PERSON, PLACE, Candidate
    from qcode.anonymise.register import record_candidates

    for summary in list_documents(rich):
        text = get_document(rich, summary.id).text
        found = [Candidate(i, i + len(name), name, kind, name, "test", 1.0)
                 for name, kind in (("Ærø", PLACE), ("Palle", PERSON), ("Line", PERSON))
                 for i in [j for j in range(len(text)) if text.startswith(name, j)]]
        record_candidates(rich, summary.id, found, auto_accept=True)
    result = export_qdpx(rich, tmp_path / "anon.qdpx", anonymised=True, acknowledge_warnings=True)
    assert result.anonymised
    with zipfile.ZipFile(result.path) as archive:
        everything = "".join(archive.read(n).decode("utf-8") for n in archive.namelist())
        if XSD.is_file():
            xmlschema = pytest.importorskip("xmlschema")
            xmlschema.XMLSchema(str(XSD)).validate(archive.read("project.qde").decode("utf-8"))
    for original in ("Ærø", "Palle"):
        assert original not in everything
    copy = import_refi_new(tmp_path / "anon.qcode", result.path)
    assert copy.stored.codings == 5
    with open_project(tmp_path / "anon.qcode") as anon:
        coded = {key[3] for key in _coded(anon)}
        assert "Jeg føler mig ensom 🙁" in coded
        assert not any("Ærø" in text for text in coded)
        assert any(text.startswith("savner min søster på ") for text in coded)
        cases = {c.name: attributes_of_case(anon, c.id) for c in list_cases(anon)}
        # a case the register does not know is numbered, never written under its own name
        assert "Palle" not in cases and "Line" not in cases and "Deltager 1" in cases
        palle = next(v for k, v in cases.items() if k.startswith("["))
        assert palle["alder"] == "40'erne" and palle["køn"] == "mand"  # decades, as in quotes
        # document names can hide a name in a file name ("interview_palle"): numbered instead
        names = sorted(d.name for d in list_documents(anon))
        assert names[0].startswith("Dokument 1 ([") and names[1].startswith("Dokument 2")


def test_importing_a_project_into_itself_adds_nothing(rich, tmp_path):
    """The user's own export coming back (or read twice) must not double documents and codings."""
    export_qdpx(rich, tmp_path / "out.qdpx")
    documents, coded, memos = len(list_documents(rich)), _coded(rich), len(list_memos(rich))
    result = import_refi(rich, tmp_path / "out.qdpx")
    assert (result.stored.documents, result.stored.documents_merged) == (0, 2)
    assert result.stored.codings == 0 and result.stored.duplicate_codings == 5
    assert len(list_documents(rich)) == documents and _coded(rich) == coded
    assert len(list_memos(rich)) == memos
    assert "2 documents were already in the project" in " ".join(result.summary())


def test_another_coders_codings_join_the_same_transcript(rich, tmp_path, project_factory):
    """Coder carl codes his own copy of the transcript; importing his export merges his codings."""
    carls = project_factory("carl")
    own = add_document(carls, "Palle (carls kopi)", TEXT_1)
    carl = ensure_coder(carls, "carl")
    _code(carls, own, TEXT_1, "savner min søster", find_code(carls, "ensomhed").id, carl)
    export_qdpx(carls, tmp_path / "carl.qdpx")
    documents = len(list_documents(rich))
    result = import_refi(rich, tmp_path / "carl.qdpx")
    assert (result.stored.documents, result.stored.documents_merged, result.stored.codings) == (0, 1, 1)
    assert len(list_documents(rich)) == documents
    first = next(d for d in list_documents(rich) if d.name == "interview æøå")
    carls_codings = [c for c in codings_for_document(rich, first.id)
                     if c.coder_id == next(x.id for x in list_coders(rich) if x.name == "carl")]
    assert [TEXT_1[c.start:c.end] for c in carls_codings] == ["savner min søster"]
