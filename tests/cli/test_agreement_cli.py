"""`qcode report PROJECT agreement` end to end in a subprocess, on the hand-built comparison project."""

from __future__ import annotations

import subprocess
import sys

from openpyxl import load_workbook
from support.agreement_project import build


def _run(project, *args: str, lang: str = "en") -> subprocess.CompletedProcess:
    project.close()  # the CLI takes the project's lock; no detection ran here, so the report is acknowledged
    return subprocess.run(
        [sys.executable, "-m", "qcode", "report", str(project.path), "agreement", "--acknowledge-warnings",
         *args],
        capture_output=True, text=True, encoding="utf-8", timeout=120,
        env={"QCODE_LANG": lang, "PATH": "/usr/bin:/bin"},
    )


def test_csv_on_stdout_has_the_four_tables(project):
    d1 = build(project).texts["D1"]
    result = _run(project, "--coders", "anna", "bo")
    assert result.returncode == 0, result.stderr
    # D3 only anna coded: left out, and said so (without its name: the table has it, pseudonymised)
    assert result.stderr.startswith("1 document(s) coded by one coder only are left out")
    lines = result.stdout.splitlines()
    assert lines[:14] == [
        "Code,Agreement (%),Kappa,Alpha,Both (chars),Only anna (chars),Only bo (chars),Neither (chars),"
        "Segments anna,Segments bo,Matched segments,Segment agreement (%),Segment kappa",
        "netværk,96.67,0,-0.01,0,0,5,145,0,1,0,0,",
        "netværk/familie,96.67,0.84,0.84,15,5,0,130,1,2,2,66.67,",
        "ensomhed,86.67,0.58,0.58,20,10,10,110,2,2,2,50,",
        "stigma,93.33,0,-0.03,0,10,0,140,1,0,0,0,",
        "Overall (pooled),93.33,0.6,0.6,35,25,15,525,4,5,4,44.44,0.26",
        "Mean of codes,93.33,0.36,0.34,,,,,,,,29.17,",
        "",
        "Document,Compared,Agreement (%),Kappa,Alpha,Both (chars),Only anna (chars),Only bo (chars),"
        "Neither (chars),Segments anna,Segments bo,Matched segments,Segment agreement (%)",
        "Dokument 1,compared,90,0.5,0.5,25,25,15,335,3,4,2,28.57",
        "Dokument 2,compared,100,1,1,10,0,0,190,1,1,2,100",
        "Dokument 3,left out: only anna coded it,,,,,,,,,,,",
        "",
        "Code,Document,Agreement (%),Kappa,Alpha,Both (chars),Only anna (chars),Only bo (chars),"
        "Neither (chars),Segments anna,Segments bo,Matched segments,Segment agreement (%)",
    ]
    assert "ensomhed,Dokument 2,100,1,1,10,0,0,40,1,1,2,100" in lines  # exports number the documents
    assert lines[-5:-3] == [f"netværk,Dokument 1,bo,70,75,0,{d1[70:75]}",
                            f"netværk/familie,Dokument 1,anna,60,80,75,{d1[60:80]}"]


def test_rollup_threshold_and_code_to_markdown(project):
    build(project)
    result = _run(project, "--coders", "anna", "bo", "--code", "netværk", "--rollup", "--threshold", "75",
                  "--format", "md")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == ("## Agreement by code: anna vs bo (unit: characters, segments matched at 75 %, "
                        "sub-codes rolled up)")
    assert "| netværk | 100 | 1 | 1 | 20 | 0 | 0 | 130 | 1 | 3 | 4 | 100 |  |" in lines
    assert "| netværk/familie | 96.67 | 0.84 | 0.84 | 15 | 5 | 0 | 130 | 1 | 2 | 3 | 100 |  |" in lines


def test_groups_to_xlsx(project, tmp_path):
    build(project)
    out = tmp_path / "agreement.xlsx"
    result = _run(project, "--coders", "anna", "bo,dorte", "--format", "xlsx", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "Wrote 4 table(s)" in result.stderr
    book = load_workbook(out)
    assert len(book.sheetnames) == 4
    rows = [[c.value for c in row] for row in book.worksheets[0].iter_rows()]
    assert rows[0][5] == "Only anna (chars)" and rows[0][6] == "Only bo+dorte (chars)"
    assert rows[4] == ["stigma", 100, 1, 1, 10, 0, 0, 140, 1, 1, 2, 100, None]


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
    assert (result.returncode, result.stderr.strip()) == (
        1, "qcode: 'report agreement' needs --coders A B (or more coders for alpha).")
