"""`qcode report PROJECT agreement` end to end in a subprocess, on the hand-built comparison project."""

from __future__ import annotations

import subprocess
import sys

from agreement_project import build
from openpyxl import load_workbook


def _run(project, *args: str, lang: str = "en") -> subprocess.CompletedProcess:
    project.close()  # the CLI takes the project's lock; no detection ran here, so the report is acknowledged
    return subprocess.run(
        [sys.executable, "-m", "qcode", "report", str(project.path), "agreement", "--acknowledge-warnings",
         *args],
        capture_output=True, text=True, encoding="utf-8", timeout=120,
        env={"QCODE_LANG": lang, "PATH": "/usr/bin:/bin"},
    )


def test_csv_on_stdout_has_the_three_tables(project):
    d1 = build(project).texts["D1"]
    result = _run(project, "--coders", "anna", "bo")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[:8] == [
        "Code,Agreement (%),Kappa,Both (chars),Only anna (chars),Only bo (chars),Neither (chars),"
        "Segments anna,Segments bo,Matched segments,Segment agreement (%)",
        "netværk,96.67,0,0,0,5,145,0,1,0,0",
        "netværk/familie,96.67,0.84,15,5,0,130,1,2,2,66.67",
        "ensomhed,86.67,0.58,20,10,10,110,2,2,2,50",
        "stigma,93.33,0,0,10,0,140,1,0,0,0",
        "Overall,93.33,0.6,35,25,15,525,4,5,4,44.44",
        "",
        "Code,Document,Agreement (%),Kappa,Both (chars),Only anna (chars),Only bo (chars),Neither (chars),"
        "Segments anna,Segments bo,Matched segments,Segment agreement (%)",
    ]
    assert "ensomhed,Dokument 2,100,1,10,0,0,40,1,1,2,100" in lines  # exports number the documents
    assert lines[-5:-3] == [f"netværk,Dokument 1,bo,70,75,0,{d1[70:75]}",
                            f"netværk/familie,Dokument 1,anna,60,80,75,{d1[60:80]}"]


def test_rollup_threshold_and_code_to_markdown(project):
    build(project)
    result = _run(project, "--coders", "anna", "bo", "--code", "netværk", "--rollup", "--threshold", "75",
                  "--format", "md")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "## Agreement by code: anna vs bo (75 %, sub-codes rolled up)"
    assert "| netværk | 100 | 1 | 20 | 0 | 0 | 130 | 1 | 3 | 4 | 100 |" in lines
    assert "| netværk/familie | 96.67 | 0.84 | 15 | 5 | 0 | 130 | 1 | 2 | 3 | 100 |" in lines


def test_groups_to_xlsx(project, tmp_path):
    build(project)
    out = tmp_path / "agreement.xlsx"
    result = _run(project, "--coders", "anna", "bo,dorte", "--format", "xlsx", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "Wrote 3 table(s)" in result.stderr
    book = load_workbook(out)
    assert len(book.sheetnames) == 3
    rows = [[c.value for c in row] for row in book.worksheets[0].iter_rows()]
    assert rows[0][4] == "Only anna (chars)" and rows[0][5] == "Only bo+dorte (chars)"
    assert rows[4] == ["stigma", 100, 1, 10, 0, 0, 140, 1, 1, 2, 100]


def test_unknown_coder_fails_with_one_danish_line(project):
    build(project)
    result = _run(project, "--coders", "anna", "zoe", lang="da")
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.strip() == (
        "qcode: Der er ingen koder med navnet 'zoe' (kendte kodere: anna, bo, carl, dorte, erik).")


def test_coder_without_codings_and_missing_coders(project):
    build(project)
    result = _run(project, "--coders", "carl", "bo")
    assert (result.returncode, result.stderr.strip()) == (1, "qcode: Coder 'carl' has no codings to compare.")
    result = _run(project)
    assert (result.returncode, result.stderr.strip()) == (1, "qcode: 'report agreement' needs --coders A B.")
