"""Migration 13: the codings a new coding touches are read from a window around it (#19).

The window is ``[start - longest coding of the code, end]`` by start; these tests check that it finds
exactly what the full condition finds (a file without the index of lengths is read with it), on a
document with many overlapping, touching and long codings, and that a version-12 file migrates.
"""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from qcode.core.codebook import add_code
from qcode.core.codings import _TOUCHING, add_coding, undo_add_coding
from qcode.core.documents import add_document, delete_document
from qcode.core.project import APPLICATION_ID, Project, create_project, migrate, open_project

LENGTH = 60_000


def _insert(project: Project, doc: int, code: int, coder: int, start: int, end: int, memo: str) -> None:
    """A coding written as an import or a restore writes it: not merged with its neighbours."""
    project.conn.execute('INSERT INTO codings (document_id, code_id, start, "end", coder_id, created_at, '
                         "updated_at, memo) VALUES (?, ?, ?, ?, ?, 't', 't', ?)",
                         [doc, code, start, end, coder, memo])


def _code_a_long_document(project: Project) -> list[tuple]:
    """The same actions on a fresh project; what each returned, undo included."""
    rng = random.Random(19)
    doc = add_document(project, "lang", "ord " * (LENGTH // 4))
    codes = [add_code(project, f"kode {i}") for i in range(3)]
    coders = [project.coder_id, project.conn.execute(
        "INSERT INTO coders (name, created_at) VALUES ('bo', 't')").lastrowid]
    with project.transaction():  # the table may hold overlapping codings of one code (REFI, restore)
        for i in range(300):
            s = rng.randrange(0, LENGTH - 500)
            _insert(project, doc, rng.choice(codes), rng.choice(coders), s, s + rng.randint(1, 400), f"m{i}")
        _insert(project, doc, codes[0], coders[0], 100, LENGTH - 100, "næsten alt")  # a long one
        _insert(project, doc, codes[1], coders[1], 30_000, 30_010, "")
    returned = []
    for i in range(1500):
        s = rng.randrange(0, LENGTH - 300)
        e = s + rng.randint(1, 250)
        if i % 7 == 0:  # exactly touching an existing end or start
            row = rng.choice(project.conn.execute('SELECT start, "end" FROM codings ORDER BY id').fetchall())
            s, e = (row[1], row[1] + rng.randint(1, 50)) if i % 2 else (max(0, row[0] - 40), row[0])
        code, coder = rng.choice(codes), rng.choice(coders)
        result = add_coding(project, doc, code, s, e, coder_id=coder, memo=f"n{i}" if i % 5 == 0 else "")
        returned.append((result.coding_id, result.created, tuple(c.id for c in result.absorbed)))
        if i % 50 == 49:
            undo_add_coding(project, result)
            returned.append(("undone",))
    return returned


def _stored(project: Project) -> tuple[list[tuple], list[tuple]]:
    codings = project.conn.execute(
        'SELECT id, document_id, code_id, start, "end", coder_id, memo FROM codings ORDER BY id').fetchall()
    log = project.conn.execute("SELECT action, target, target_id, details FROM change_log "
                               "WHERE action LIKE '%coding%' ORDER BY id").fetchall()
    return codings, log


def test_the_window_finds_what_the_full_condition_finds(tmp_path: Path):
    stored = []
    for name, window in (("full", False), ("window", True)):
        project = create_project(tmp_path / f"{name}.qcode", coder="tester")
        if not window:  # as a file before version 13 is read: every coding matching the condition
            project.conn.execute("DROP INDEX idx_codings_length")
        returned = _code_a_long_document(project)
        stored.append((returned, *_stored(project)))
        project.close()
    (returned_full, codings_full, log_full), (returned, codings, log) = stored
    assert returned == returned_full
    assert codings == codings_full
    assert log == log_full
    assert sum(1 for r in returned if len(r) == 3 and r[2]) > 100  # many actions merged
    assert sum(1 for r in returned if len(r) == 3 and not r[1]) > 10  # some were already covered


def test_the_window_is_read_by_start_and_the_longest_in_one_step(project: Project):
    plan = [r[3].replace('"', "") for r in project.conn.execute(f"EXPLAIN QUERY PLAN {_TOUCHING}", [1] * 9)]
    assert ("SEARCH codings USING INDEX idx_codings_code_cover "
            "(code_id=? AND document_id=? AND coder_id=? AND start>? AND start<?)") in plan
    # the longest: the last entry of the index, not a sort of the code's codings
    assert ("SEARCH codings USING INDEX idx_codings_length "
            "(code_id=? AND document_id=? AND coder_id=?)") in plan
    assert not any("TEMP B-TREE" in line and "RIGHT PART" not in line for line in plan)


def test_a_coding_far_from_the_others_of_its_code_touches_none(project: Project):
    doc = add_document(project, "lang", "ord " * 10_000)
    code = add_code(project, "kode")
    first = add_coding(project, doc, code, 100, 200)
    assert add_coding(project, doc, code, 30_000, 30_050).absorbed == ()
    touching = add_coding(project, doc, code, 200, 210)  # touches the first at its end
    assert [c.id for c in touching.absorbed] == [first.coding_id]
    assert project.conn.execute('SELECT start, "end" FROM codings ORDER BY start').fetchall() == [
        (100, 210), (30_000, 30_050)]


def test_a_version_12_file_gets_the_index_of_lengths_and_keeps_its_codings(tmp_path: Path):
    path = tmp_path / "v12.qcode"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA foreign_keys = ON")
    migrate(conn, target=12)
    conn.execute("INSERT INTO documents (name, text, imported_at) VALUES ('iv', ?, 't')", ["ord " * 500])
    conn.execute("INSERT INTO coders (name, created_at) VALUES ('tester', 't')")
    conn.execute("INSERT INTO codes (name, created_at) VALUES ('stigma', 't')")
    rows = [(1, 1, 1, 10, 50, 1, "t", "t", "a"), (2, 1, 1, 40, 900, 1, "t", "t", ""),
            (3, 1, 1, 1500, 1600, 1, "t", "t", "")]
    conn.executemany('INSERT INTO codings (id, document_id, code_id, start, "end", coder_id, created_at, '
                     "updated_at, memo) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    conn.commit()
    conn.close()
    with open_project(path, coder="tester") as project:
        assert project.schema_version >= 13
        assert project.conn.execute("SELECT * FROM codings ORDER BY id").fetchall() == rows
        indexes = {r[0] for r in project.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'codings'")}
        assert {"idx_codings_length", "idx_codings_code_cover", "idx_codings_span"} <= indexes
        assert not {"idx_codings_code", "idx_codings_document"} & indexes
        assert project.conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE name = 'idx_change_log_at'").fetchone()[0] == 0
        result = add_coding(project, 1, 1, 900, 1500)  # touches the long one and the last one
        assert sorted(c.id for c in result.absorbed) == [2, 3]
        assert project.conn.execute('SELECT start, "end" FROM codings ORDER BY start').fetchall() == [
            (10, 50), (40, 1600)]
        delete_document(project, 1)  # the cascade finds the codings by document without the dropped index
        assert project.conn.execute("SELECT count(*) FROM codings").fetchone()[0] == 0


@pytest.mark.parametrize("column", ["code_id", "document_id"])
def test_queries_by_code_or_document_still_use_an_index(project: Project, column: str):
    plan = " ".join(r[3] for r in project.conn.execute(
        f"EXPLAIN QUERY PLAN SELECT id FROM codings WHERE {column} = ?", [1]))
    assert "USING" in plan and "INDEX" in plan, plan
