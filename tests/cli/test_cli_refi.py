"""`qcode refi export` and `qcode refi import` through the CLI's main(argv), on real project files."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from qcode.cli import main
from qcode.core.codebook import find_code
from qcode.core.codings import add_coding, codings_for_document
from qcode.core.documents import add_document, list_documents
from qcode.core.project import create_project, open_project

TEXT = "I: Hvordan har du det? 😀\nIP: Jeg er ensom og savner min søster på Ærø.\n"


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "kilde.qcode"
    with create_project(path, coder="anna") as project:
        document = add_document(project, "interview æøå", TEXT)
        start = TEXT.index("Jeg er ensom")
        add_coding(project, document, find_code(project, "ensomhed").id, start, start + 12)
    return path


def test_export_then_import_as_new_project(source: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "udveksling.qdpx"
    assert main(["refi", "export", str(source), str(out)]) == 0
    assert "1 documents, 4 codes, 1 codings" in capsys.readouterr().out
    assert "project.qde" in zipfile.ZipFile(out).namelist()

    copy = tmp_path / "kopi.qcode"
    assert main(["refi", "import", str(copy), str(out), "--new", "--coder", "bo"]) == 0
    assert "Imported 1 documents, 4 new codes (0 existed), 1 codings" in capsys.readouterr().out
    with open_project(copy) as project:
        (document,) = list_documents(project)
        (coding,) = codings_for_document(project, document.id)
        assert coding.code_id == find_code(project, "ensomhed").id


def test_import_into_existing_project_reuses_its_codes(source: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "udveksling.qdpx"
    main(["refi", "export", str(source), str(out)])
    target = tmp_path / "mål.qcode"
    create_project(target, coder="carl").close()
    assert main(["refi", "import", str(target), str(out)]) == 0
    assert "0 new codes (4 existed)" in capsys.readouterr().out


def test_new_refuses_an_existing_file_and_bad_files_leave_no_project(source: Path, tmp_path: Path,
                                                                     capsys) -> None:
    out = tmp_path / "udveksling.qdpx"
    main(["refi", "export", str(source), str(out)])
    capsys.readouterr()
    assert main(["refi", "import", str(source), str(out), "--new"]) == 1
    assert "already exists" in capsys.readouterr().err

    bad = tmp_path / "bad.qdpx"
    bad.write_text("no xml here", encoding="utf-8")
    assert main(["refi", "import", str(tmp_path / "ny.qcode"), str(bad), "--new"]) == 1
    assert "is not a REFI-QDA project" in capsys.readouterr().err
    assert not (tmp_path / "ny.qcode").exists()


def test_danish_summary_and_missing_sources(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("QCODE_LANG", "da")
    qde = tmp_path / "maxqda.qde"
    qde.write_text(
        '<Project xmlns="urn:QDA-XML:project:1.0" name="m" origin="MAXQDA"><CodeBook><Codes>'
        '<Code guid="00000000-0000-0000-0000-000000000001" name="tema" isCodable="true"/></Codes>'
        '</CodeBook><Sources><TextSource guid="00000000-0000-0000-0000-000000000002" name="Interview 1" '
        'plainTextPath="internal://00000000-0000-0000-0000-000000000002.txt"/></Sources></Project>',
        encoding="utf-8")
    assert main(["refi", "import", str(tmp_path / "m.qcode"), str(qde), "--new"]) == 0
    out = capsys.readouterr().out
    assert "1 nye koder" in out
    assert "Sprunget over: 1 tekstkilde(r), hvis tekst ikke er i filen: Interview 1" in out


def test_anonymised_export_is_written_and_logged(source: Path, tmp_path: Path, capsys) -> None:
    pytest.importorskip("qcode.anonymise.register")
    from qcode.anonymise.candidates import PLACE, Candidate
    from qcode.anonymise.register import record_candidates
    from qcode.core.quotes import list_exports

    with open_project(source) as project:
        (document,) = list_documents(project)
        start = TEXT.index("Ærø")
        record_candidates(project, document.id, [Candidate(start, start + 3, "Ærø", PLACE, "Ærø",
                                                           "test", 1.0)], auto_accept=True)
    out = tmp_path / "anon.qdpx"
    assert main(["refi", "export", str(source), str(out), "--anonymised",
                 "--acknowledge-warnings"]) == 0
    assert "pseudonymised" in capsys.readouterr().out
    with zipfile.ZipFile(out) as archive:
        assert not any("Ærø" in archive.read(n).decode("utf-8") for n in archive.namelist())
    with open_project(source) as project:
        (logged,) = list_exports(project)
        assert (logged.kind, logged.format, logged.details["anonymised"]) == ("refi", "qdpx", True)
