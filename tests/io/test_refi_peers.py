"""REFI-QDA that other programs read: copies of one project never give one GUID to two things, every note
carries its author and dates in the standard's form, memos on codes and codings are also Descriptions,
memo authors and dates survive an import, and the four real peer exports go round through qcode and
come out valid against the official XSD."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from qcode.core.codebook import add_code, code_path, find_code, list_codes
from qcode.core.coders import ensure_coder
from qcode.core.codings import add_coding, codings_for_document
from qcode.core.documents import add_document, list_documents
from qcode.core.memos import add_memo, list_memos
from qcode.core.project import create_project, open_project
from qcode.export.refi import build_qdpx, export_qdpx
from qcode.io.refi_common import NAMESPACE
from qcode.io.refi_import import import_refi_new, read_refi

XSD = Path(__file__).resolve().parents[3] / "shared" / "refi-qda" / "Project-mrt2019.xsd"
TEXT = "IP: Jeg føler mig ensom om aftenen. Min søster ringer aldrig. Kommunen ser ned på mig.\n"
DATETIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
PEERS = ["qc132-export-with-codings.qdpx", "nvivo15-mac-export.qdpx", "maxqda24-export-project.qde",
         "target-atlas-project.qdpx"]


def _qde(path: Path) -> ET.Element:
    with zipfile.ZipFile(path) as archive:
        return ET.fromstring(archive.read("project.qde"))


def _guids(root: ET.Element) -> dict[str, tuple[str, str]]:
    """guid → (element, name) of every element that declares a GUID; fails on a GUID used twice."""
    found: dict[str, tuple[str, str]] = {}
    for element in root.iter():
        guid = element.get("guid")
        if guid:
            assert guid not in found, f"GUID {guid} used twice in one export"
            found[guid] = (element.tag.split("}")[1], element.get("name") or "")
    return found


def _validate(xml: bytes) -> None:
    xmlschema = pytest.importorskip("xmlschema")
    if not XSD.is_file():
        pytest.skip("../shared/refi-qda is not beside this checkout")
    xmlschema.XMLSchema(str(XSD)).validate(xml.decode("utf-8"))


def test_copies_of_one_project_never_share_a_guid_for_different_things(tmp_path):
    lead = tmp_path / "lead.qcode"
    with create_project(lead, coder="lead") as project:
        doc = add_document(project, "iv_01", TEXT)
        add_coding(project, doc, find_code(project, "ensomhed").id, 4, 34)
        add_memo(project, "Projekt", "Fælles")
        original = _guids(_qde(export_qdpx(project, tmp_path / "lead.qdpx").path))
    exports = {}
    for coder, phrase in (("anna", "Min søster ringer aldrig."), ("bo", "Kommunen ser ned på mig.")):
        copy = tmp_path / f"{coder}.qcode"
        shutil.copy(lead, copy)
        with open_project(copy, coder=coder) as project:
            doc = list_documents(project)[0].id
            own = add_code(project, f"{coder}s kode")  # code #5 in both copies
            start = TEXT.index(phrase)
            add_coding(project, doc, own, start, start + len(phrase))  # coding #2 in both copies
            add_memo(project, f"{coder}s memo", "tanke", code_id=own)
            add_document(project, f"{coder}s dokument", f"IP: {coder} fortæller.\n")
            exports[coder] = _guids(_qde(export_qdpx(project, tmp_path / f"{coder}.qdpx").path))
    shared = set(exports["anna"]) & set(exports["bo"])
    assert shared <= set(original)  # only what both inherited from the lead keeps one GUID
    for guid in shared:
        assert exports["anna"][guid][0] == exports["bo"][guid][0] == original[guid][0]
    assert len(set(exports["anna"]) - set(original)) >= 5  # code, coding (2), memo, document are new


def test_notes_have_authors_and_dates_and_memos_are_descriptions(project, tmp_path):
    anna = ensure_coder(project, "anna")
    doc = add_document(project, "iv_01", TEXT)
    ensom = find_code(project, "ensomhed").id
    add_coding(project, doc, ensom, 4, 34, anna, memo="kernen")
    coding = codings_for_document(project, doc)[0].id
    add_memo(project, "Om kodningen", "lyder ensomt", coding_id=coding)
    add_memo(project, "Om koden", "ensomhed er bred", code_id=ensom)
    content = build_qdpx(project)
    xml = content.xml_bytes()
    _validate(xml)
    root = ET.fromstring(xml)
    ns = f"{{{NAMESPACE}}}"
    notes = root.findall(f"{ns}Notes/{ns}Note")
    assert notes and all(DATETIME.match(n.get("creationDateTime") or "") and
                         DATETIME.match(n.get("modifiedDateTime") or "") for n in notes)
    assert all(n.get("creatingUser") for n in notes if n.get("name") != "Kodekriterier")
    stamps = [v for element in root.iter() for k, v in element.attrib.items() if k.endswith("DateTime")]
    assert stamps and all(DATETIME.match(v) for v in stamps)
    code = next(c for c in root.iter(f"{ns}Code") if c.get("name") == "ensomhed")
    description = code.find(f"{ns}Description").text
    assert description.endswith("\n\nensomhed er bred") and description.startswith(
        find_code(project, "ensomhed").description)
    selection = root.find(f".//{ns}PlainTextSelection")
    assert selection.find(f"{ns}Description").text == "kernen\n\nlyder ensomt"


def test_memo_authors_and_dates_come_back_and_nothing_is_doubled(project, tmp_path):
    anna = ensure_coder(project, "anna")
    doc = add_document(project, "iv_01", TEXT)
    ensom = find_code(project, "ensomhed").id
    description = find_code(project, "ensomhed").description
    add_coding(project, doc, ensom, 4, 34, anna, memo="kernen")
    add_memo(project, "Om koden", "ensomhed er bred", code_id=ensom)
    add_memo(project, "Projekt", "tanker")
    # written by anna on another day (the session's coder is "tester", and today is today)
    project.db.execute("UPDATE memos SET coder_id = ?, created_at = '2024-03-01T09:30:00+00:00', "
                       "updated_at = '2024-03-02T10:00:00+00:00'", [anna])
    export_qdpx(project, tmp_path / "out.qdpx")
    import_refi_new(tmp_path / "copy.qcode", tmp_path / "out.qdpx", coder="lead")
    with open_project(tmp_path / "copy.qcode", coder="lead") as copy:
        memos = {m.title: m for m in list_memos(copy)}
        coders = {c[0]: c[1] for c in copy.db.execute("SELECT id, name FROM coders")}
        for title in ("Om koden", "Projekt"):
            assert coders[memos[title].coder_id] == "anna"
            assert (memos[title].created_at, memos[title].updated_at) == (
                "2024-03-01T09:30:00+00:00", "2024-03-02T10:00:00+00:00")
        assert find_code(copy, "ensomhed").description == description
        coding = codings_for_document(copy, list_documents(copy)[0].id)[0]
        assert coding.memo == "kernen"


@pytest.fixture
def refi_dir(shared_dir: Path) -> Path:
    folder = shared_dir / "refi-qda"
    if not folder.is_dir():
        pytest.skip("../shared/refi-qda is not beside this checkout")
    return folder


@pytest.mark.parametrize("name", PEERS)
def test_peer_files_go_round_through_qcode_and_stay_valid(refi_dir, tmp_path, name):
    first = import_refi_new(tmp_path / "first.qcode", refi_dir / name, coder="lead")
    with open_project(tmp_path / "first.qcode", coder="lead") as project:
        before = (sorted(code_path(project, c.id) for c in list_codes(project)), len(list_documents(project)),
                  sum(len(codings_for_document(project, d.id)) for d in list_documents(project)),
                  len(list_memos(project)))
        result = export_qdpx(project, tmp_path / "out.qdpx")
    root = _qde(result.path)
    _validate(ET.tostring(root, encoding="utf-8", xml_declaration=True))
    _guids(root)  # no GUID twice
    again = read_refi(tmp_path / "out.qdpx")
    assert again.skipped == [] or all("empty" not in s.message() for s in again.skipped)
    import_refi_new(tmp_path / "second.qcode", tmp_path / "out.qdpx", coder="lead")
    with open_project(tmp_path / "second.qcode", coder="lead") as project:
        after = (sorted(code_path(project, c.id) for c in list_codes(project)), len(list_documents(project)),
                 sum(len(codings_for_document(project, d.id)) for d in list_documents(project)),
                 len(list_memos(project)))
    assert after == before
    assert first.stored.codes_created == len(before[0])
