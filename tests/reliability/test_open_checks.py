"""Opening looks before it touches: a file that is not a qcode project is left exactly as it was (no
WAL switch, no header written), a damaged project is called damaged and pointed at its backup, and
reading commands work while another qcode has the project open."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time

import pytest
from reliability_helpers import no_traceback, qcode

from qcode.core import backup as backups
from qcode.core.codebook import ensure_code_path, list_codes
from qcode.core.errors import ProjectError
from qcode.core.project import create_project, open_project
from qcode.core.storage import ProjectDamagedError


def _files(folder):
    return sorted(p.name for p in folder.iterdir())


def test_a_plain_sqlite_database_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "other.qcode"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.commit()
    conn.close()
    before, files = path.read_bytes(), _files(tmp_path)
    with pytest.raises(ProjectError) as caught:
        open_project(path)
    assert caught.value.message_id == "project.not_a_project"
    assert path.read_bytes() == before  # still a rollback-journal file: no WAL switch, no header change
    assert _files(tmp_path) == files  # no lock, WAL or shared-memory file beside it


def test_an_empty_file_stays_empty_and_is_not_called_a_project(tmp_path):
    path = tmp_path / "tom.qcode"
    path.write_bytes(b"")
    for read_only in (False, True):
        with pytest.raises(ProjectError) as caught:
            open_project(path, read_only=read_only)
        assert caught.value.message_id == "project.empty_file"
    assert path.stat().st_size == 0 and _files(tmp_path) == ["tom.qcode"]
    result = qcode("documents", str(path), cwd=tmp_path, lang="da")
    assert result.returncode == 1 and "er tom (0 byte)" in result.stderr
    no_traceback(result)


def test_a_truncated_project_is_damaged_and_its_backup_is_named(tmp_path):
    path = tmp_path / "p.qcode"
    with create_project(path) as project:
        for n in range(30):
            ensure_code_path(project, f"kode {n} " + "x" * 200)
        made = backups.create_backup(project)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(ProjectDamagedError) as caught:
        open_project(path)
    english = caught.value.message("en")
    assert "damaged" in english and "not a qcode project" not in english
    assert made.path.name in english and "qcode restore p.qcode" in english
    assert "Gendan den seneste sikkerhedskopi" in caught.value.message("da")
    assert len(path.read_bytes()) == len(data) // 2  # untouched
    result = qcode("restore", str(path), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "damaged file is kept" in result.stdout
    with open_project(path) as project:
        assert len(list_codes(project)) >= 30


def test_a_file_from_a_newer_qcode_is_refused_unchanged(tmp_path):
    path = tmp_path / "ny.qcode"
    create_project(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(ProjectError) as caught:
        open_project(path)
    assert caught.value.message_id == "project.too_new" and path.read_bytes() == before


HOLDER = ("import sys; from qcode.core.project import open_project; p = open_project(sys.argv[1]);"
          "print('open', flush=True); sys.stdin.read()")


def test_reading_commands_work_while_another_qcode_writes(tmp_path):
    path = tmp_path / "p.qcode"
    with create_project(path, coder="anna") as project:
        ensure_code_path(project, "netværk/naboer")
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        for command in ("documents", "stats", "check"):
            result = qcode(command, str(path), cwd=tmp_path)
            assert result.returncode == 0, (command, result.stderr)
            assert "may be a moment old" in result.stderr, command
            no_traceback(result)
        assert "naboer" in qcode("codes", str(path), cwd=tmp_path).stdout
        writing = qcode("add-code", str(path), "ny", cwd=tmp_path)
        assert writing.returncode == 1 and "already open by" in writing.stderr
    finally:
        holder.communicate("")
    started = time.monotonic()
    assert qcode("add-code", str(path), "ny", cwd=tmp_path).returncode == 0
    assert time.monotonic() - started < 30
