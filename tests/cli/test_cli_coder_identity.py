"""Who the command line records as the coder: the name given to ``qcode new --coder`` (or any later
``--coder``) is the coder this login works as in that project until another is named, with a note on
stderr saying so; before, codings added without ``--coder`` were recorded as the login name (a
stranger's run). The window records its coder the same way, so the command line follows it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from support.cli_run import qcode

from qcode.core.project import default_coder, open_project

TEXT = "Interviewer: Hvordan har du det?\nInformant: Jeg føler mig ensom om aftenen.\n"


def _coders_of_codings(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [row[0] for row in conn.execute("SELECT coders.name FROM codings JOIN coders "
                                               "ON coders.id = codings.coder_id ORDER BY codings.id")]
    finally:
        conn.close()


def _code(folder: Path, phrase: str, *more: str, lang: str = "en"):
    start = TEXT.index(phrase)
    return qcode("code", "study.qcode", "--doc", "iv", "--start", str(start), "--end",
                 str(start + len(phrase)), "--code", "ensomhed", *more, cwd=folder, lang=lang)


def test_later_commands_work_as_the_coder_named_when_the_project_was_made(tmp_path: Path):
    (tmp_path / "iv.txt").write_text(TEXT, encoding="utf-8")
    assert qcode("new", "study.qcode", "--coder", "anna", cwd=tmp_path).returncode == 0
    imported = qcode("import", "study.qcode", "iv.txt", cwd=tmp_path)
    assert imported.returncode == 0 and "working as coder" not in imported.stderr  # no coder's work

    first = _code(tmp_path, "Hvordan")
    assert first.returncode == 0, first.stderr
    assert "working as coder 'anna', the coder you last worked as in this project" in first.stderr
    danish = _code(tmp_path, "ensom", lang="da")
    assert "arbejder som koder 'anna'" in danish.stderr
    other = _code(tmp_path, "aftenen", "--coder", "bo")  # named: no note, and bo from now on
    assert other.returncode == 0 and "working as coder" not in other.stderr
    assert _code(tmp_path, "Informant").returncode == 0
    assert _coders_of_codings(tmp_path / "study.qcode") == ["anna", "anna", "bo", "bo"]
    listing = qcode("codings", "study.qcode", "--doc", "iv", cwd=tmp_path)  # reading: no note
    assert listing.returncode == 0 and "working as coder" not in listing.stderr


def test_a_project_made_without_a_name_works_as_the_login(tmp_path: Path):
    assert qcode("new", "study.qcode", cwd=tmp_path).returncode == 0
    project = open_project(tmp_path / "study.qcode")
    try:
        assert (project.coder_name, project.coder_source) == (default_coder(), "login")
    finally:
        project.close()


def test_a_refused_command_does_not_change_the_remembered_coder(tmp_path: Path):
    (tmp_path / "iv.txt").write_text(TEXT, encoding="utf-8")
    assert qcode("new", "study.qcode", "--coder", "anna", cwd=tmp_path).returncode == 0
    assert qcode("import", "study.qcode", "iv.txt", cwd=tmp_path).returncode == 0
    refused = qcode("code", "study.qcode", "--doc", "nope", "--start", "0", "--end", "3", "--code",
                    "ensomhed", "--coder", "bo", cwd=tmp_path)
    assert refused.returncode == 1
    assert _code(tmp_path, "Hvordan").returncode == 0
    assert _coders_of_codings(tmp_path / "study.qcode") == ["anna"]
