"""The project file: create, open, migrate, lock, transactions."""

from __future__ import annotations

import sqlite3

import pytest

from qcode.core.codebook import find_code, list_codes
from qcode.core.documents import add_document, list_documents
from qcode.core.errors import ProjectError, ProjectLockedError
from qcode.core.migrations import latest_version, migrate
from qcode.core.project import create_project, open_project
from qcode.core.storage import APPLICATION_ID


def test_new_project_has_the_danish_codebook_with_descriptions(project):
    names = [c.name for c in list_codes(project)]
    assert names == ["netværk", "ensomhed", "stigma", "ønsker"]
    for name in names:
        code = find_code(project, name)
        assert len(code.description) > 100
        assert code.inclusion and code.exclusion and code.example


def test_project_is_one_sqlite_file_with_wal_and_foreign_keys(project):
    assert project.path.suffix == ".qcode"
    assert project.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert project.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert project.schema_version == latest_version()


def test_reopen_keeps_data(tmp_path):
    path = tmp_path / "p.qcode"
    with create_project(path, coder="anna") as project:
        add_document(project, "iv1", "Interviewer: Hej.\nLine: Hej med dig.")
    with open_project(path) as project:
        assert [d.name for d in list_documents(project)] == ["iv1"]


def test_second_process_gets_already_open_by(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "p.qcode"
    create_project(path, coder="anna").close()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         f"from qcode.core.project import open_project; p = open_project({str(path)!r});"
         "print('open', flush=True); import sys; sys.stdin.read()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(ProjectLockedError) as caught:
            open_project(path)
        assert "already open by" in caught.value.message("en")
        assert "allerede åbnet af" in caught.value.message("da")
    finally:
        holder.communicate("")
    # once the holder is gone the project opens again
    open_project(path).close()


def test_stale_lock_of_a_dead_process_is_taken_over(tmp_path):
    import json

    path = tmp_path / "p.qcode"
    create_project(path).close()
    import socket

    # what a killed qcode leaves: an old-style lock record and a holder record naming a dead process
    record = json.dumps({"pid": 999999, "host": socket.gethostname(), "user": "x", "since": "t"})
    (tmp_path / "p.qcode.lock").write_text(record)
    (tmp_path / "p.qcode.holder").write_text(record)
    open_project(path).close()


def test_failed_action_rolls_back_and_leaves_file_as_it_was(project):
    before = project.db.execute("SELECT count(*) FROM documents").fetchone()[0]
    with pytest.raises(RuntimeError):
        with project.transaction():
            add_document(project, "a", "Tekst én.")
            add_document(project, "b", "Tekst to.")
            raise RuntimeError("disk full")
    assert project.db.execute("SELECT count(*) FROM documents").fetchone()[0] == before
    assert not project.db.execute("SELECT 1 FROM change_log WHERE action = 'add_document'").fetchone()


def test_listeners_hear_only_committed_changes(project):
    heard = []
    project.changes.subscribe(heard.append)
    with pytest.raises(RuntimeError):
        with project.transaction():
            add_document(project, "a", "Tekst.")
            raise RuntimeError
    assert heard == []
    add_document(project, "b", "Tekst.")
    assert [c.kind for c in heard] == ["documents"]


def test_migrates_a_version_1_file(tmp_path):
    path = tmp_path / "old.qcode"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    migrate(conn, target=1)
    conn.execute("INSERT INTO documents (name, text, imported_at) VALUES ('gammel', 'Hej', 't')")
    conn.execute("INSERT INTO coders (name, created_at) VALUES ('anna', 't')")
    conn.execute("INSERT INTO codes (name, created_at) VALUES ('stigma', 't')")
    conn.execute("INSERT INTO codings (document_id, code_id, start, \"end\", coder_id, created_at, "
                 "updated_at) VALUES (1, 1, 0, 3, 1, 't', 't')")
    conn.commit()
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()
    with open_project(path) as project:
        assert project.schema_version == latest_version()
        assert project.db.execute("SELECT count(*) FROM codings").fetchone()[0] == 1
        assert project.db.execute("SELECT count(*) FROM turns").fetchone()[0] == 0


def test_refuses_a_file_from_a_newer_qcode(tmp_path):
    path = tmp_path / "new.qcode"
    create_project(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {latest_version() + 5}")
    conn.close()
    with pytest.raises(ProjectError) as caught:
        open_project(path)
    assert caught.value.message_id == "project.too_new"


def test_refuses_a_file_that_is_not_a_project(tmp_path):
    path = tmp_path / "notes.qcode"
    path.write_text("just some notes")
    with pytest.raises(ProjectError) as caught:
        open_project(path)
    assert caught.value.message_id == "project.not_a_project"


def test_creating_over_an_existing_project_is_refused(tmp_path):
    create_project(tmp_path / "p.qcode").close()
    with pytest.raises(ProjectError):
        create_project(tmp_path / "p.qcode")


def test_a_second_connection_in_the_same_process_keeps_the_lock_until_both_close(tmp_path):
    from qcode.core.lock import holder_path, holds_lock

    path = tmp_path / "p.qcode"
    first = create_project(path)
    worker = open_project(path)  # a worker thread's own connection
    worker.close()
    assert holds_lock(path) and holder_path(path).exists()
    first.close()
    # the OS lock is released; the lock file stays (deleting it would let two openers lock two inodes)
    assert not holds_lock(path) and not holder_path(path).exists()
    assert (tmp_path / "p.qcode.lock").exists()


def test_version_12_keeps_every_turn_and_still_refuses_an_unknown_role(tmp_path):
    path = tmp_path / "v11.qcode"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA foreign_keys = ON")
    migrate(conn, target=11)
    conn.execute("INSERT INTO documents (name, text, imported_at) VALUES ('iv', 'I: Hej. IP: Hej.', 't')")
    conn.execute("INSERT INTO cases (name) VALUES ('Karen')")
    rows = [(7, 1, 0, 7, "Interviewer", "interviewer", "I", 0, 1, None, None),
            (9, 1, 8, 16, "Karen", "interviewee", "IP", 8, 10, "00:01", 1)]
    conn.executemany('INSERT INTO turns (id, document_id, start, "end", speaker, role, label, label_start, '
                     "label_end, timestamp, case_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    conn.commit()
    conn.close()
    with open_project(path) as project:
        assert project.schema_version >= 12
        assert project.db.execute("SELECT * FROM turns ORDER BY id").fetchall() == rows
        indexes = {r[0] for r in project.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'turns'")}
        assert {"idx_turns_document", "idx_turns_case"} <= indexes
        with pytest.raises(sqlite3.IntegrityError):
            project.db.execute('INSERT INTO turns (document_id, start, "end", speaker, role) '
                               "VALUES (1, 0, 1, 'X', 'tolk')")
        project.db.execute("DELETE FROM documents")  # the cascade still holds
        assert project.db.execute("SELECT count(*) FROM turns").fetchone()[0] == 0
