"""Storing a folder in groups (no savepoint per file, turns written from their fields) stores exactly
what storing each file in a transaction of its own, through the general row builder, stores: the
documents, digests, turns, speakers, cases and their attributes, links, the change log and the full-text
index. A file that fails inside a group leaves nothing of itself behind and keeps every other file."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from types import SimpleNamespace

import pytest
from support.import_makers import INTERVIEW

from qcode.core import importing as core_importing
from qcode.core.errors import CaseError
from qcode.core.imported import ImportedDocument
from qcode.core.importing import store_documents, store_imported
from qcode.core.project import Project, create_project
from qcode.io import read_document

HEADER = ("Projekt: Ensomhed\nInterviewer: Helle\nInterviewperson: Palle, 46 år, mand\n"
          "Dato: 3. marts 2024\n\n")
SEARCHED = ("søster", "alene", "Odense", "havnen", "familie", "Palle", "kaffe", "hjem", "arbejde")


def _interview(n: int, header: bool) -> str:
    name = ("Mathias", "Karen", "Palle", "Interviewperson")[n % 4]
    turns = "".join(f"{(speaker if speaker == 'Interviewer' else name)}: {words} ({n}.{k})\n\n"
                    for k in range(3) for speaker, words in INTERVIEW)
    return (HEADER if header else "") + turns


def _files(tmp_path: Path, shared: Path | None) -> list[Path]:
    folder = tmp_path / "inbox"
    folder.mkdir()
    paths = []
    for n in range(10):
        paths.append(folder / f"made_{n:02}.txt")
        paths[-1].write_text(_interview(n, header=n % 3 == 0), encoding="utf-8")
    paths.append(folder / "made_copy.txt")  # the same bytes as made_01: a duplicate
    paths[-1].write_bytes(paths[1].read_bytes())
    if shared is not None:
        paths += sorted((shared / "corpus").glob("*.txt"))
    return paths


def _snapshot(project: Project) -> dict[str, list[tuple]]:
    """Every row an import writes (without the clock's stamps), and what the full-text index finds."""
    db = project.db.conn
    tables = {
        "documents": "SELECT id, name, text, source_name, source_checksum, format, metadata FROM documents",
        "digests": "SELECT document_id, length, sha256 FROM document_digests",
        "turns": 'SELECT id, document_id, start, "end", speaker, role, label, label_start, label_end, '
                 "timestamp, case_id, typeof(label_start), typeof(timestamp), typeof(case_id) FROM turns",
        "cases": "SELECT id, name, description FROM cases",
        "links": "SELECT document_id, case_id FROM document_cases",
        "attributes": "SELECT * FROM case_attributes",
        "log": "SELECT id, coder, action, target, target_id, details FROM change_log",
    }
    out = {name: db.execute(sql + " ORDER BY 1, 2").fetchall() for name, sql in tables.items()}
    out["search"] = [(word, *(r[0] for r in db.execute(
        "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rowid", [f'"{word}"'])))
        for word in SEARCHED]
    return out


def _one_transaction_each(project: Project, documents: list[ImportedDocument]) -> None:
    """The reference: each file on its own, with savepoints, its turns as plain objects (so the general
    row builder writes them), duplicates skipped by checksum."""
    seen: set[str] = set()
    for document in documents:
        if document.checksum in seen:
            continue
        seen.add(document.checksum)
        plain = [SimpleNamespace(**turn._asdict()) for turn in document.turns]
        with project.transaction():
            store_imported(project, dataclasses.replace(document, turns=plain))  # type: ignore[list-item]


@pytest.fixture
def corpus(request) -> Path | None:
    try:
        return request.getfixturevalue("shared_dir")
    except pytest.skip.Exception:
        return None  # a clone without ../shared: the made files only


def test_a_group_stores_what_one_transaction_per_file_stores(tmp_path, corpus):
    documents = [read_document(path) for path in _files(tmp_path, corpus)]
    assert sum(len(d.turns) for d in documents) > 100
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()  # the same file name: the change log names it
    with create_project(tmp_path / "a" / "p.qcode", coder="c") as grouped, \
            create_project(tmp_path / "b" / "p.qcode", coder="c") as each:
        report = store_documents(grouped, documents)
        _one_transaction_each(each, documents)
        assert [name for name, _ in report.duplicates] == [d.source_path for d in documents
                                                           if d.name == "made_copy"]
        stored, reference = _snapshot(grouped), _snapshot(each)
    assert stored["attributes"] and stored["links"] and stored["cases"]
    assert any(row[1] for row in stored["search"])
    assert stored == reference


def test_a_file_failing_inside_a_group_leaves_nothing_and_keeps_the_others(tmp_path, monkeypatch):
    documents = [read_document(path) for path in _files(tmp_path, None)[:6]]
    real = core_importing.apply_header_attributes

    def refuse_made_03(project, case_ids, metadata):
        # fails after the document, its turns, case and links are written in the group's transaction
        if metadata and project.db.execute("SELECT 1 FROM documents WHERE name = 'made_03'").fetchone():
            raise CaseError("attribute.bad_value", value="x", type="number", name="alder")
        return real(project, case_ids, metadata)

    with create_project(tmp_path / "without.qcode", coder="c") as without:
        _one_transaction_each(without, [d for d in documents if d.name != "made_03"])
        reference = _snapshot(without)
    monkeypatch.setattr(core_importing, "apply_header_attributes", refuse_made_03)
    with create_project(tmp_path / "group.qcode", coder="c") as grouped:
        report = store_documents(grouped, documents)
        stored = _snapshot(grouped)
    assert [Path(p).stem for p, _ in report.skipped] == ["made_03"]
    assert [Path(p).stem for p, _ in report.imported] == ["made_00", "made_01", "made_02", "made_04",
                                                          "made_05"]
    # ids differ by the skipped file's: compare what was stored without them
    assert [r[1:] for r in stored["documents"]] == [r[1:] for r in reference["documents"]]
    assert [r[2:11] for r in stored["turns"]] == [r[2:11] for r in reference["turns"]]
    assert [r[1:] for r in stored["cases"]] == [r[1:] for r in reference["cases"]]
    assert len(stored["log"]) == len(reference["log"])
    assert [(r[2], r[3]) for r in stored["log"]] == [(r[2], r[3]) for r in reference["log"]]
