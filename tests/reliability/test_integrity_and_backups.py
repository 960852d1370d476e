"""The integrity check finds what went wrong behind qcode's back and says how to repair it; backups are
made on open (rotating, only when something changed), on request, and restored in one step."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

from reliability_helpers import no_traceback, qcode

from qcode.core import backup as backups
from qcode.core.codebook import ensure_code_path, list_codes
from qcode.core.codings import add_coding, codings_for_document
from qcode.core.documents import add_document, get_document
from qcode.core.integrity import full_check, quick_check, repair
from qcode.core.project import create_project, open_project

TEXT = "Interviewer: Hvordan går det?\n\nKaren: Det går godt, tak. Min søster ringer tit.\n"


def _project(path):
    project = create_project(path, coder="anna")
    doc = add_document(project, "iv", TEXT)
    code = ensure_code_path(project, "netværk")
    add_coding(project, doc, code, TEXT.index("Min"), TEXT.index(" ringer"))
    return project, doc


def _raw(path):
    """A connection that goes behind qcode's back (as another tool or a damaged disk would)."""
    return sqlite3.connect(path)


def test_a_clean_project_passes_and_the_cli_says_so(tmp_path):
    path = tmp_path / "p.qcode"
    _project(path)[0].close()
    result = qcode("check", str(path), cwd=tmp_path)
    assert result.returncode == 0 and "no problems found (1 documents, 1 codings)" in result.stdout


def test_a_text_changed_outside_qcode_is_found_and_can_be_accepted(tmp_path):
    path = tmp_path / "p.qcode"
    project, doc = _project(path)
    project.close()
    with _raw(path) as conn:
        conn.execute("UPDATE documents SET text = replace(text, 'søster', 'bror') WHERE id = ?", [doc])
    result = qcode("check", str(path), cwd=tmp_path)
    no_traceback(result)
    assert result.returncode == 1 and "is not the text its codings were made on" in result.stdout
    assert "--repair" in result.stdout and "restore" in result.stdout
    repaired = qcode("check", str(path), "--repair", cwd=tmp_path)
    assert repaired.returncode == 0, repaired.stdout
    assert qcode("check", str(path), cwd=tmp_path).returncode == 0


def test_codings_past_the_end_are_found_on_open_and_cut_back(tmp_path):
    path = tmp_path / "p.qcode"
    project, doc = _project(path)
    project.close()
    with _raw(path) as conn:
        conn.execute('UPDATE codings SET "end" = 10000')
    with open_project(path) as project:
        assert [p.kind for p in project.check.problems] == ["coding_range"]
        assert "outside its text" in project.check.lines("en")[0]
        assert project.backup is None  # a damaged state is not backed up over good backups
        report = full_check(project)
        assert repair(project, report) == ["coding_range"]
        assert [c.end for c in codings_for_document(project, doc)] == [len(TEXT)]
        assert quick_check(project).ok and full_check(project).ok


def test_a_search_index_out_of_step_is_found_and_rebuilt(tmp_path):
    path = tmp_path / "p.qcode"
    project, doc = _project(path)
    project.close()
    with _raw(path) as conn:
        text = conn.execute("SELECT text FROM documents").fetchone()[0]
        conn.execute("INSERT INTO documents_fts (documents_fts, rowid, text) VALUES ('delete', ?, ?)",
                     [doc, text])
    for read_only in (True, False):
        with open_project(path, read_only=read_only) as project:
            assert [p.kind for p in full_check(project).problems] == ["fts"], read_only
    assert qcode("check", str(path), "--repair", cwd=tmp_path).returncode == 0
    with open_project(path) as project:
        assert full_check(project).ok


def test_a_nul_in_an_old_project_is_removed_with_the_codings_kept_on_their_words(tmp_path):
    path = tmp_path / "p.qcode"
    project, doc = _project(path)
    project.close()
    with _raw(path) as conn:  # what an older qcode stored: a NUL before the coded words
        conn.execute("UPDATE documents SET text = replace(text, 'Karen:', 'Ka' || char(0) || 'ren:')")
        conn.execute('UPDATE codings SET start = start + 1, "end" = "end" + 1')
        conn.execute("DELETE FROM document_digests")
    with open_project(path) as project:
        report = full_check(project)
        assert {"nul", "no_digest"} <= {p.kind for p in report.problems}
        repair(project, report)
        text = get_document(project, doc).text
        coding = codings_for_document(project, doc)[0]
        assert "\x00" not in text and text[coding.start:coding.end] == "Min søster"
        assert full_check(project).ok


def test_backups_on_open_rotate_and_only_follow_changes(tmp_path, monkeypatch):
    path = tmp_path / "p.qcode"
    project, doc = _project(path)
    project.close()
    monkeypatch.setattr(backups, "INTERVAL", timedelta(0))
    with open_project(path) as project:
        assert project.backup is not None and project.backup.kind == backups.AUTO
    with open_project(path) as project:
        assert project.backup is None  # nothing changed since
    for n in range(7):
        with open_project(path) as project:
            ensure_code_path(project, f"kode {n}")
        with open_project(path) as project:
            assert project.backup is not None
    automatic = [b for b in backups.list_backups(path) if b.kind == backups.AUTO]
    assert len(automatic) == backups.KEEP
    with open_project(automatic[0].path, read_only=True) as newest:
        assert "kode 6" in {c.name for c in list_codes(newest)}
    assert not list((tmp_path / "p.qcode-backups").glob(".*partial*"))


def test_a_backup_is_dated_by_its_name_and_an_impossible_date_is_no_backup(tmp_path):
    path = tmp_path / "p.qcode"
    _project(path)[0].close()
    folder = backups.default_folder(path)
    folder.mkdir(exist_ok=True)
    for name in ("p.2026-03-09_074501.qcode", "p.2026-03-09_074501-2.manual.qcode",
                 "p.2026-13-40_250000.qcode"):
        (folder / name).write_bytes(b"")
    found = {b.path.name: (b.taken_at, b.kind) for b in backups.list_backups(path)}
    assert found == {"p.2026-03-09_074501.qcode": (datetime(2026, 3, 9, 7, 45, 1), backups.AUTO),
                     "p.2026-03-09_074501-2.manual.qcode": (datetime(2026, 3, 9, 7, 45, 1), backups.MANUAL)}


def test_backup_and_restore_from_the_cli(tmp_path):
    path = tmp_path / "p.qcode"
    _project(path)[0].close()
    made = qcode("backup", str(path), cwd=tmp_path)
    assert made.returncode == 0 and "Backed up p.qcode" in made.stdout
    assert qcode("add-code", str(path), "efter", cwd=tmp_path).returncode == 0
    listed = qcode("restore", str(path), "--list", cwd=tmp_path)
    assert "manual" in listed.stdout
    restored = qcode("restore", str(path), cwd=tmp_path)
    no_traceback(restored)
    assert restored.returncode == 0 and "before-restore" in restored.stdout
    with open_project(path, read_only=True) as project:
        assert "efter" not in {c.name for c in list_codes(project)}
    elsewhere = tmp_path / "andet sted"
    assert qcode("backup", str(path), "--set-folder", str(elsewhere), "--keep", "2",
                 cwd=tmp_path).returncode == 0
    assert qcode("backup", str(path), cwd=tmp_path).returncode == 0
    assert list(elsewhere.glob("p.*.manual.qcode"))


def test_restore_refuses_while_another_qcode_has_the_project_open(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "p.qcode"
    project, _doc = _project(path)
    backups.create_backup(project)
    project.close()
    holder = subprocess.Popen([sys.executable, "-c", "import sys; from qcode.core.project import "
                               "open_project; p = open_project(sys.argv[1]); print('open', flush=True); "
                               "sys.stdin.read()", str(path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        result = qcode("restore", str(path), cwd=tmp_path)
        assert result.returncode == 1 and "already open by" in result.stderr
    finally:
        holder.communicate("")


def test_sealing_deletes_the_backups_that_hold_the_original_names(project, tmp_path):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "anonymise"))
    from support.anon_helpers import fake_detect

    from qcode.anonymise import register
    from qcode.anonymise.seal import seal_project

    add_document(project, "iv", "Interviewer: Hvordan har du det, Palle?\n\nPalle: Godt.\n")
    register.detect_project(project, detect_fn=fake_detect)
    before = backups.create_backup(project)
    result = seal_project(project, tmp_path / "key.json", password="pw", allow_pending=True)
    assert result.removed_backups == (before.path,) and not before.path.exists()
    after = backups.create_backup(project)  # a backup of the sealed project stays
    assert backups.remove_unsealed_backups(project) == [] and after.path.exists()
    assert b"Palle" not in after.path.read_bytes()
