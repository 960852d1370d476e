"""The command line end to end, as a user runs it (subprocess): new, import, codes, code, stats."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from support.cli_run import qcode

TRANSCRIPT = "Interviewer: Hvordan har du det?\n\nLine: Jeg er tit alene. Min søster ringer sjældent.\n"



@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    (tmp_path / "line.txt").write_text(TRANSCRIPT, encoding="utf-8")
    return tmp_path


def test_new_import_code_codes_stats(workdir):
    assert qcode("new", "p.qcode", "--coder", "anna", cwd=workdir).returncode == 0
    result = qcode("import", "p.qcode", "line.txt", cwd=workdir)
    assert result.returncode == 0, result.stderr
    assert "Imported 1 of 1" in result.stdout
    start = TRANSCRIPT.index("Jeg er tit alene.")
    result = qcode("code", "p.qcode", "--doc", "line", "--start", str(start), "--end",
                   str(start + 17), "--code", "ensomhed", "--coder", "anna", cwd=workdir)
    assert result.returncode == 0, result.stderr
    assert "Jeg er tit alene." in result.stdout
    codes = qcode("codes", "p.qcode", cwd=workdir).stdout.splitlines()
    assert codes[1].startswith("ensomhed (1)")
    stats = qcode("stats", "p.qcode", cwd=workdir).stdout
    assert any(line.split()[:4] == ["ensomhed", "1", "1", "17"] for line in stats.splitlines())
    codings = qcode("codings", "p.qcode", "--doc", "line", cwd=workdir).stdout.splitlines()
    assert codings[2].split()[:5] == ["1", "ensomhed", "anna", str(start), str(start + 17)]


def test_user_errors_are_one_line_on_stderr_with_exit_1(workdir):
    qcode("new", "p.qcode", cwd=workdir)
    result = qcode("code", "p.qcode", "--doc", "nope", "--start", "0", "--end", "3", "--code",
                   "stigma", cwd=workdir)
    assert result.returncode == 1
    assert result.stderr.strip() == "qcode: No document named 'nope'."
    assert "Traceback" not in result.stderr
    missing = qcode("codes", "missing.qcode", cwd=workdir)
    assert missing.returncode == 1 and "There is no project file at missing.qcode" in missing.stderr


def test_a_refused_coding_leaves_the_project_unchanged(workdir):
    qcode("new", "p.qcode", "--coder", "anna", cwd=workdir)
    qcode("import", "p.qcode", "line.txt", cwd=workdir)
    log_before = qcode("log", "p.qcode", cwd=workdir).stdout
    result = qcode("code", "p.qcode", "--doc", "line", "--start", "0", "--end", "99999", "--code",
                   "stigma", "--coder", "ny koder", cwd=workdir)
    assert result.returncode == 1 and "outside" in result.stderr
    assert qcode("log", "p.qcode", cwd=workdir).stdout == log_before  # no coder 'ny koder' added


def test_errors_in_danish_when_the_language_is_danish(workdir):
    env = {**os.environ, "QCODE_LANG": "da"}
    result = subprocess.run([sys.executable, "-m", "qcode", "codes", "mangler.qcode"], cwd=workdir,
                            env=env, capture_output=True, text=True, timeout=60)
    assert "Der er ingen projektfil" in result.stderr


def test_import_summary_in_danish_when_the_language_is_danish(workdir):
    env = {**os.environ, "QCODE_LANG": "da"}
    qcode("new", "p.qcode", cwd=workdir)

    def run(*args):
        return subprocess.run([sys.executable, "-m", "qcode", *args], cwd=workdir, env=env,
                              capture_output=True, text=True, timeout=60)

    assert "Importerede 1 af 1 filer." in run("import", "p.qcode", "line.txt").stdout
    again = run("import", "p.qcode", "line.txt")
    assert "sprang over line.txt: allerede importeret som 'line'" in again.stderr


def test_bad_usage_exits_2(workdir):
    result = qcode("code", "p.qcode", "--doc", "x", cwd=workdir)
    assert result.returncode == 2
    assert "usage:" in result.stderr


def test_every_command_has_help_and_is_in_the_readme():
    from qcode.cli import build_parser

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name, command in sub.choices.items():
        assert command.format_help().strip(), name
        assert f"qcode {name}" in readme, f"README does not mention `qcode {name}`"


def test_a_closed_pipe_ends_quietly(workdir):
    """`qcode documents P | head -1`: the reader leaves early; no traceback."""
    qcode("new", "p.qcode", cwd=workdir)
    qcode("import", "p.qcode", "line.txt", cwd=workdir)
    env = {**os.environ, "QCODE_LANG": "en"}
    child = subprocess.Popen([sys.executable, "-m", "qcode", "codes", "p.qcode"], cwd=workdir, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    child.stdout.close()  # before the child has written anything
    _, stderr = child.communicate(timeout=60)
    assert b"Traceback" not in stderr
    assert child.returncode in (0, 141)


def test_coder_may_follow_a_sub_command(workdir):
    """`qcode export P codebook … --coder lead` as well as `qcode export P --coder lead codebook …`."""
    import sqlite3

    assert qcode("new", "p.qcode", "--coder", "anna", cwd=workdir).returncode == 0
    after = qcode("export", "p.qcode", "codebook", "--format", "csv", "--out", "a.csv", "--coder", "lead",
                  cwd=workdir)
    assert after.returncode == 0, after.stderr
    before = qcode("export", "p.qcode", "--coder", "bo", "codebook", "--format", "csv", "--out", "b.csv",
                   cwd=workdir)
    assert before.returncode == 0, before.stderr
    with sqlite3.connect(workdir / "p.qcode") as conn:
        coders = [r[0] for r in conn.execute("SELECT coder FROM export_log ORDER BY id")]
    assert coders == ["lead", "bo"]


def test_coding_that_touches_a_coding_of_the_same_code_says_they_were_joined(workdir):
    assert qcode("new", "p.qcode", "--coder", "anna", cwd=workdir).returncode == 0
    assert qcode("import", "p.qcode", "line.txt", cwd=workdir).returncode == 0
    start = TRANSCRIPT.index("Jeg er tit alene.")
    first = qcode("code", "p.qcode", "--doc", "line", "--start", str(start), "--end", str(start + 8),
                  "--code", "ensomhed", cwd=workdir)
    assert "(coding 1)" in first.stdout
    second = qcode("code", "p.qcode", "--doc", "line", "--start", str(start + 4), "--end", str(start + 17),
                   "--code", "ensomhed", cwd=workdir)
    assert second.returncode == 0, second.stderr
    assert "joined with coding(s) 1 of the same code into coding 2" in second.stdout
