"""Regression tests for what a data-protection officer's review of the sealed file and every output found:
checksums of the original files, lower-case names in word lists, reports of documents never searched, raw
document names in tables, contact details, name parts and ages in file names, weak or contradictory key
passwords, a second empty seal, qcode's own labels taken for names, exact birth years, pseudonyms damaged
by the age scrub, and exports of a sealed project that lost their ages and case names."""

from __future__ import annotations

import hashlib
import re
import sqlite3

import pytest
from support.anon_helpers import fake_detect

from qcode.analysis.table import Table, Word
from qcode.anonymise import register
from qcode.anonymise.leak_check import check_texts
from qcode.anonymise.seal import seal_project
from qcode.cli import main
from qcode.core import entities
from qcode.core.cases import ensure_case, link_document, set_attribute
from qcode.core.codebook import ensure_code_path
from qcode.core.codings import add_coding
from qcode.core.documents import add_document, get_document, list_documents
from qcode.core.history import read_log
from qcode.core.memos import add_memo, list_memos
from qcode.core.project import create_project, open_project
from qcode.export.report_tables import pseudonymised_tables

TEXT = ("Interviewperson: Palle Hansen\n\nInterviewer: Hvem er du?\n"
        "Palle: Jeg hedder Palle og er 5 år. Min søster Line bor i Odense.\n"
        "Interviewer: Og så?\nPalle: Line og jeg taler tit sammen.\n")


def _project(path, name="interview_palle_hansen_5"):
    project = create_project(path, coder="t")
    doc = add_document(project, name, TEXT, source_name=f"{name}.txt")
    case = ensure_case(project, "Palle")
    link_document(project, doc, case)
    set_attribute(project, case, "fødselsår", "1978", "number")
    code = ensure_code_path(project, "ensomhed")
    add_coding(project, doc, code, TEXT.index("Jeg hedder"), TEXT.index(" Min søster"))
    names = {"Palle": "PERSON", "Palle Hansen": "PERSON", "Line": "PERSON", "Odense": "PLACE"}
    register.detect_project(project, detect_fn=lambda text, **kw: fake_detect(text, names=names, **kw))
    return project, doc


def test_a_sealed_file_keeps_no_checksum_of_an_original_file(tmp_path):
    project, _doc = _project(tmp_path / "p.qcode")
    original = hashlib.sha256(TEXT.encode()).hexdigest()
    assert original.encode() in (tmp_path / "p.qcode").read_bytes() or project.db.execute(
        "SELECT 1 FROM documents WHERE source_checksum = ?", [original]).fetchone()
    seal_project(project, tmp_path / "k.json", password="en lang kode")
    project.close()
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("p.qcode*"))
    assert original.encode() not in raw
    with sqlite3.connect(tmp_path / "p.qcode") as conn:
        assert conn.execute("SELECT count(*) FROM documents WHERE source_checksum != ''").fetchone()[0] == 0


def test_name_parts_and_an_age_after_a_name_leave_file_and_document_names(tmp_path):
    project, doc = _project(tmp_path / "p.qcode")
    seal_project(project, tmp_path / "k.json", password="en lang kode")
    name = get_document(project, doc).name
    assert "hansen" not in name.lower() and "palle" not in name.lower()
    assert not re.search(r"(?<!\d)5(?!\d)", name.replace("[Informant 1]", "")), name
    logged = [e.details.get("name", "") for e in read_log(project, action="add_document")]
    assert logged == [name]  # the log still names the document as the documents table does
    project.close()


def test_the_age_scrub_never_changes_digits_inside_a_pseudonym(tmp_path):
    project, doc = _project(tmp_path / "p.qcode")
    add_memo(project, "Note", "Line er [Person 5] i teksten; Palle er 5 år.")
    seal_project(project, tmp_path / "k.json", password="en lang kode")
    body = list_memos(project)[0].body
    assert "[Person 5]" in body and "5 år" not in body
    cores = [e.details.get("core", "") for e in read_log(project) if "core" in e.details]
    assert not any(re.search(r"\[\w+ \[", core) for core in cores), cores
    project.close()


def test_a_second_seal_with_nothing_new_is_refused(tmp_path):
    project, _doc = _project(tmp_path / "p.qcode")
    seal_project(project, tmp_path / "k.json", password="en lang kode")
    with pytest.raises(entities.EntityError) as refused:
        seal_project(project, tmp_path / "k2.json", password="en lang kode")
    assert refused.value.message_id == "anon.nothing_to_seal" and not (tmp_path / "k2.json").exists()
    project.close()


def test_word_lists_replace_a_lower_case_name_that_running_text_would_keep(tmp_path):
    project, _doc = _project(tmp_path / "p.qcode")
    table = Table("Words", "Word", [Word("palle"), Word("line"), Word("odense"), Word("søster")], ["Count"],
                  [[2], [2], [1], [1]])
    out = pseudonymised_tables(project, [table])[0]
    assert out.rows[-1] == "søster" and not {"palle", "line", "odense"} & {r.lower() for r in out.rows}
    project.close()


def test_reports_name_documents_by_number_and_need_an_acknowledgement_for_unsearched_ones(tmp_path, capsys):
    project, _doc = _project(tmp_path / "p.qcode")
    add_document(project, "interview_gitte_nielsen", "Gitte: Jeg hedder Gitte Nielsen og er 33 år.\n")
    project.close()
    path = str(tmp_path / "p.qcode")
    capsys.readouterr()
    assert main(["report", path, "search", "--query", "jeg"]) == 1
    assert "interview_gitte_nielsen" in capsys.readouterr().err  # said to the user, not exported
    assert main(["report", path, "search", "--query", "jeg", "--acknowledge-warnings"]) == 0
    written = capsys.readouterr().out
    assert "Dokument 1" in written and "interview_" not in written and "palle" not in written.lower()


def test_contact_identifiers_block_an_export_even_when_detection_missed_them(tmp_path):
    project, _doc = _project(tmp_path / "p.qcode")
    said = "Ring på 23 45 67 89 eller skriv til palle.h@mail.dk, cpr 120375-1234."
    report = check_texts(project, [("q", said)], use_detect=False)
    assert {h.found for h in report.hits} == {"palle.h@mail.dk", "120375-1234"}
    assert [w.found for w in report.warnings if w.kind == "CONTACT"] == ["23 45 67 89"]
    said_aloud = "mit nummer er to seks fire fire nul syv tre et ikke"
    read_out = check_texts(project, [("q", said_aloud)], use_detect=False)
    assert [w.found for w in read_out.warnings if w.kind == "CONTACT"] == ["to seks fire fire nul syv tre et"]
    # qcode's own wording is never taken for a name
    clean = check_texts(project, [("q", "Kodning i Dokument 44 (ensomhed), Deltager 2")], use_detect=True)
    assert not [w for w in clean.warnings if "Dokument" in w.found or "Deltager" in w.found]
    project.close()


def test_a_sealed_project_still_cites_decades_and_pseudonyms_and_exact_birth_years_read_well(tmp_path):
    project, _doc = _project(tmp_path / "p.qcode")
    project.close()
    path = str(tmp_path / "p.qcode")
    out = tmp_path / "q.csv"
    assert main(["export", path, "quotes", "--code", "ensomhed", "--citation", "({case}, {fødselsår})",
                 "--keep-exact-age", "--acknowledge-warnings", "--out", str(out)]) == 0
    assert "(Informant 1, f. 1978)" in out.read_text(encoding="utf-8-sig")
    with open_project(path) as opened:
        seal_project(opened, tmp_path / "k.json", password="en lang kode")
    out.unlink()
    assert main(["export", path, "quotes", "--code", "ensomhed", "--citation", "({case}, {fødselsår})",
                 "--out", str(out)]) == 0
    assert "(Informant 1, 1970'erne)" in out.read_text(encoding="utf-8-sig")


def test_key_passwords_from_the_environment_are_checked_too(tmp_path, capsys, monkeypatch):
    project, _doc = _project(tmp_path / "p.qcode")
    project.close()
    path = str(tmp_path / "p.qcode")
    monkeypatch.setenv("KORT", "abc")
    capsys.readouterr()
    assert main(["anonymise", path, "--seal", "--key-file", str(tmp_path / "k" / "k.json"),
                 "--password-env", "KORT"]) == 1
    assert "at least 8" in capsys.readouterr().err
    monkeypatch.setenv("LANG_KODE", "en lang kode")
    assert main(["anonymise", path, "--seal", "--key-file", str(tmp_path / "k" / "k.json"),
                 "--password-env", "LANG_KODE", "--plaintext-key"]) == 1
    assert "contradict" in capsys.readouterr().err and not (tmp_path / "k" / "k.json").exists()
    assert main(["anonymise", path, "--seal", "--key-file", str(tmp_path / "k.json"),
                 "--password-env", "LANG_KODE"]) == 0
    assert "project's folder" in capsys.readouterr().err


def test_destroying_a_key_through_a_link_removes_the_link_too(tmp_path):
    project, _doc = _project(tmp_path / "p.qcode")
    key = tmp_path / "secret" / "k.json"
    seal_project(project, key, password="en lang kode")
    link = tmp_path / "k-link.json"
    link.symlink_to(key)
    project.close()
    assert main(["anonymise", str(tmp_path / "p.qcode"), "--destroy-key", str(link)]) == 0
    assert not key.exists() and not link.is_symlink()


def test_batch_copies_are_named_without_the_names_in_the_originals(tmp_path):
    source = tmp_path / "in" / "interview_palle_46.txt"
    source.parent.mkdir()
    source.write_text(TEXT.replace("Palle Hansen", "Palle Hansen, 46 år"), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["anonymise", "--no-model", "--out", str(out), str(source)]) == 0
    names = [p.name for p in out.iterdir()]
    assert len(names) == 1 and "palle" not in names[0].lower() and "46" not in names[0]
    kept = tmp_path / "kept"
    assert main(["anonymise", "--no-model", "--keep-names", "--out", str(kept), str(source)]) == 0
    assert [p.name for p in kept.iterdir()] == ["interview_palle_46.txt"]


def test_every_document_in_the_fixture_was_searched(tmp_path):
    project, _doc = _project(tmp_path / "p.qcode")
    assert entities.documents_never_detected(project) == [] and len(list_documents(project)) == 1
    project.close()
