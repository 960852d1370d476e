"""Full disks and read-only files and folders end in one message naming the file and what to do, and
leave the project as the last completed action left it. Real conditions where the machine allows
them (a small tmpfs, read-only bind mounts); SQLite's own SQLITE_FULL (``max_page_count``) and a double
of a failing compaction where a seal must stay honest."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest
from reliability_helpers import fill, no_traceback, qcode, read_only, small_disk

from qcode.core import maintenance
from qcode.core.codebook import ensure_code_path, list_codes
from qcode.core.documents import add_document, list_documents
from qcode.core.integrity import full_check
from qcode.core.project import create_project, open_project
from qcode.core.storage import StorageError

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "anonymise"))

TRANSCRIPT = "".join(f"Interviewer: Spørgsmål {n}?\n\nKaren: Svar nummer {n} om familien.\n\n"
                     for n in range(400))


def _codes(path: Path) -> set[str]:
    with open_project(path, read_only=True) as project:
        return {c.name for c in list_codes(project)}


def test_sqlite_full_on_commit_is_a_message_and_nothing_half_done(tmp_path):
    path = tmp_path / "p.qcode"
    with create_project(path) as project:
        add_document(project, "kort", "Interviewer: Hej.\n")
        pages = project.db.execute("PRAGMA page_count").fetchone()[0]
        project.db.execute(f"PRAGMA max_page_count = {pages + 2}")  # SQLite itself says SQLITE_FULL
        with pytest.raises(StorageError) as caught:
            add_document(project, "lang", TRANSCRIPT * 20)
        assert caught.value.message_id == "disk.full"
        assert "p.qcode" in caught.value.message("en") and "fuld" in caught.value.message("da")
        assert [d.name for d in list_documents(project)] == ["kort"]
        assert not project.db.conn.in_transaction
        project.db.execute("PRAGMA max_page_count = 1073741823")
        add_document(project, "lang", TRANSCRIPT)  # space again: the same action works
    with open_project(path) as project:
        assert full_check(project).ok


def test_a_full_disk_stops_a_folder_import_and_keeps_what_was_stored(tmp_path):
    disk = small_disk(tmp_path / "disk", "4m")
    with disk as folder:
        path = folder / "p.qcode"
        create_project(path).close()
        inbox = tmp_path / "inbox"
        inbox.mkdir()
        for n in range(6):
            (inbox / f"interview_{n}.txt").write_text(TRANSCRIPT.replace("Karen", f"Person{n}") * 3,
                                                      encoding="utf-8")
        fill(folder, leave=900_000)
        result = qcode("import", str(path), str(inbox), cwd=tmp_path)
        no_traceback(result)
        assert "disk holding" in result.stderr and "is full" in result.stderr
        assert "stopped before the remaining files" in result.stderr
        assert "Imported" in result.stdout
        (folder / "filler.bin").unlink()
        with open_project(path) as project:
            assert full_check(project).ok
            stored = len(list_documents(project))
        assert 0 < stored < 6


def test_a_full_disk_when_opening_is_a_message_not_a_traceback(tmp_path):
    with small_disk(tmp_path / "disk", "2m") as folder:
        path = folder / "p.qcode"
        create_project(path).close()
        fill(folder, leave=0)
        result = qcode("add-code", str(path), "ny", cwd=tmp_path)
        no_traceback(result)
        assert result.returncode == 1 and "full" in result.stderr, result.stderr
        (folder / "filler.bin").unlink()
        assert "ny" not in _codes(path)
        assert qcode("add-code", str(path), "ny", cwd=tmp_path).returncode == 0
        assert "ny" in _codes(path)


def test_a_read_only_folder_refuses_changes_and_still_reads(tmp_path):
    folder = tmp_path / "share"
    folder.mkdir()
    path = folder / "p.qcode"
    with create_project(path) as project:
        ensure_code_path(project, "netværk")
    with read_only(folder):
        result = qcode("add-code", str(path), "ny", cwd=tmp_path)
        no_traceback(result)
        assert result.returncode == 1 and "read-only" in result.stderr and str(folder) in result.stderr
        for command in ("codes", "check"):
            reading = qcode(command, str(path), cwd=tmp_path)
            assert reading.returncode == 0, (command, reading.stderr)
        danish = qcode("add-code", str(path), "ny", cwd=tmp_path, lang="da")
        assert "skrivebeskyttet" in danish.stderr
    assert "ny" not in _codes(path)


def test_a_read_only_project_file_refuses_changes_and_still_reads(tmp_path):
    path = tmp_path / "p.qcode"
    with create_project(path) as project:
        add_document(project, "iv", "Interviewer: Hej.\n\nKaren: Hej.\n")
    with read_only(path):
        for command in (("add-code", str(path), "ny"), ("import", str(path), str(path))):
            result = qcode(*command, cwd=tmp_path)
            no_traceback(result)
            assert result.returncode == 1 and "is read-only" in result.stderr, result.stderr
        assert qcode("documents", str(path), cwd=tmp_path).returncode == 0
    assert "ny" not in _codes(path)


def test_a_seal_whose_compaction_runs_out_of_disk_says_it_sealed(project, tmp_path, monkeypatch):
    from support.anon_helpers import fake_detect

    from qcode.anonymise import register
    from qcode.anonymise.seal import seal_project
    from qcode.anonymise.state import is_sealed

    add_document(project, "iv", "Interviewer: Hvordan har du det, Palle?\n\nPalle: Godt.\n")
    register.detect_project(project, detect_fn=fake_detect)

    def full(_project):  # VACUUM needs room for a second copy of the file
        error = sqlite3.OperationalError("database or disk is full")
        error.sqlite_errorcode = sqlite3.SQLITE_FULL
        raise error

    monkeypatch.setattr(maintenance, "compact", full)
    result = seal_project(project, tmp_path / "key.json", password="pw", allow_pending=True)
    assert is_sealed(project) and result.key_file.exists()
    assert result.compaction_pending is not None
    assert "could not be compacted" in result.compaction_pending.message("en")
    assert project.get_setting(maintenance.COMPACT_KEY) == "1"  # the next open tries again
    monkeypatch.undo()
    project.close()
    with open_project(project.path) as reopened:
        assert reopened.get_setting(maintenance.COMPACT_KEY) is None and not reopened.notes


def test_compaction_that_cannot_run_on_open_is_a_note_and_the_project_opens(tmp_path):
    path = tmp_path / "p.qcode"
    with create_project(path) as project:
        maintenance.request_compaction(project)
        project.db.conn.commit()
    real = maintenance.compact

    def full(_project):
        raise sqlite3.OperationalError("database or disk is full")

    maintenance.compact = full
    try:
        with open_project(path) as project:
            assert [n.message_id for n in project.notes] == ["maintenance.compact_pending"]
    finally:
        maintenance.compact = real


def test_a_group_of_files_that_fills_the_disk_keeps_every_file_that_fit(tmp_path):
    """Files are committed in groups; when a group cannot be committed, it is stored again one file per
    transaction, so the import keeps exactly the files that one transaction per file would have kept."""
    from qcode.core.importing import GROUP_FILES, store_documents
    from qcode.io.importing import read_files

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for n in range(8):
        (inbox / f"interview_{n}.txt").write_text(TRANSCRIPT.replace("Karen", f"Person{n}") * 2,
                                                  encoding="utf-8")
    documents = read_files([inbox]).documents
    assert len(documents) == 8 <= GROUP_FILES  # one group
    path = tmp_path / "p.qcode"
    with create_project(path) as project:
        pages = project.db.execute("PRAGMA page_count").fetchone()[0]
        project.db.execute(f"PRAGMA max_page_count = {pages + 60}")  # room for a few of the files
        report = store_documents(project, documents)
        kept = [d.name for d in list_documents(project)]
        assert report.stopped is not None and report.stopped.message_id == "disk.full"
        assert 0 < len(kept) < 8
        assert kept == sorted(d.name for d in documents)[:len(kept)]  # the first ones, in order
        assert [name for name, _ in report.imported] == [d.source_path for d in documents[:len(kept)]]
        again = store_documents(project, [documents[len(kept)]])  # the next file alone does not fit
        assert again.stopped is not None and again.stopped.message_id == "disk.full"
        project.db.execute("PRAGMA max_page_count = 1073741823")
    with open_project(path) as project:
        assert full_check(project).ok
