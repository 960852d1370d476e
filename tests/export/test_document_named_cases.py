"""A case named after its document ("interview_mette_hansen – IP", a generic interviewee's case) never
carries the document's name into an export: documents are "Dokument N" there because file names hold
names, and such a case is "Deltager N" (#13)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from qcode.cli import main
from qcode.core.cases import list_cases
from qcode.core.codebook import add_code
from qcode.core.codings import add_coding
from qcode.core.documents import list_documents, turns_for_document
from qcode.core.project import create_project, open_project
from qcode.export.pseudonymiser import Pseudonymiser, export_labels

TEXT = ("I: Hvem hjælper dig?\n\nIP: Mette fra kommunen. Hun kommer hver uge.\n\n"
        "I: Og ellers?\n\nIP: Ingen.\n")


def _anonymised_project(tmp_path: Path, file_name: str) -> Path:
    """A project of one transcript called ``file_name``, imported and anonymised by the command line."""
    path = tmp_path / "p.qcode"
    source = tmp_path / file_name
    source.write_text(TEXT, encoding="utf-8")
    create_project(path, coder="t").close()
    assert main(["import", str(path), str(source)]) == 0
    assert main(["anonymise", str(path), "--no-model"]) == 0
    return path


def _refi_xml(tmp_path: Path, path: Path) -> str:
    """The project.qde of the project's anonymised REFI-QDA export."""
    out = tmp_path / "anon.qdpx"
    assert main(["refi", "export", str(path), str(out), "--anonymised"]) == 0
    with zipfile.ZipFile(out) as archive:
        return archive.read("project.qde").decode("utf-8")


def test_a_document_named_case_is_deltager_n_in_every_export(tmp_path: Path):
    path = _anonymised_project(tmp_path, "interview_mette_hansen.txt")
    project = open_project(path)
    try:
        [case] = list_cases(project)
        assert case.name == "interview_mette_hansen – IP"
        [document] = list_documents(project)
        turn = next(t for t in turns_for_document(project, document.id) if t.speaker == "IP")
        add_coding(project, document.id, add_code(project, "hjælp"), turn.start, turn.end)
        # the renderer knows "Mette" but not "Hansen": a rewritten name would still say "hansen"
        assert "hansen" in Pseudonymiser(project).text(case.name)
        assert Pseudonymiser(project).case_label(case.id) == "Deltager 1"
        assert export_labels(project)[document.id] == ("Dokument 1", ["Deltager 1"])
    finally:
        project.close()
    out = tmp_path / "freq.csv"
    assert main(["report", str(path), "frequencies", "--by", "case", "--out", str(out)]) == 0
    written = out.read_text(encoding="utf-8")
    assert "Deltager 1" in written
    assert "hansen" not in written.casefold() and "mette" not in written.casefold()


def test_the_refi_export_names_a_document_named_case_deltager_n(tmp_path: Path):
    path = _anonymised_project(tmp_path, "interview_mette_hansen.txt")
    project_xml = _refi_xml(tmp_path, path)
    assert 'name="Deltager 1"' in project_xml
    assert "hansen" not in project_xml.casefold()


def test_a_hand_made_case_name_partly_known_to_the_register_is_deltager_n(tmp_path: Path):
    """A user's case "mette_hansen": rendering replaces "mette" but knows no "hansen", so the rewritten
    name would print a surname; the case is cited as "Deltager N" in the quote export and REFI."""
    from qcode.core.cases import add_case, link_document, rename_case

    path = _anonymised_project(tmp_path, "samtale.txt")
    project = open_project(path)
    try:
        [document] = list_documents(project)
        for case in list_cases(project):
            rename_case(project, case.id, f"old {case.id}")
        case_id = add_case(project, "mette_hansen")
        link_document(project, document.id, case_id)
        assert "hansen" in Pseudonymiser(project).text("mette_hansen")
        label = Pseudonymiser(project).case_label(case_id)
        assert label.startswith("Deltager ") and "hansen" not in label.casefold()
    finally:
        project.close()
    project_xml = _refi_xml(tmp_path, path)
    assert "hansen" not in project_xml.casefold()
