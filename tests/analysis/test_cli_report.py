"""`qcode report` end to end in a subprocess, on the known project."""

from __future__ import annotations

import subprocess
import sys

from openpyxl import load_workbook


def _run(known, *args: str) -> subprocess.CompletedProcess:
    known.project.close()  # the CLI takes the project's lock; no detection ran here, so acknowledged
    return subprocess.run(
        [sys.executable, "-m", "qcode", "report", str(known.project.path), *args, "--acknowledge-warnings"],
        capture_output=True, text=True, encoding="utf-8", timeout=120,
        env={"QCODE_LANG": "en", "PATH": "/usr/bin:/bin"},
    )


def test_frequencies_by_attribute_as_csv_on_stdout(known):
    result = _run(known, "frequencies", "--by", "køn", "--rollup")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "Code,kvinde,mand,(none),Total",
        "netværk,3,2,1,6",
        "netværk/familie,2,1,1,4",
        "netværk/familie/søskende,1,0,1,2",
        "ensomhed,1,1,1,3",
        "stigma,2,0,0,2",
        "ønsker,1,1,0,2",
        "Total,7,4,2,13",
    ]


def test_cooccurrence_as_markdown_for_one_branch(known):
    result = _run(known, "cooccurrence", "--code", "netværk", "--format", "md")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "## Co-occurrence: overlapping codings"
    assert "| netværk/familie | 1 | 0 | 1 |" in lines


def test_segments_filtered_to_xlsx(known, tmp_path):
    out = tmp_path / "stigma.xlsx"
    result = _run(known, "segments", "--code", "stigma", "--by-coder", "bo", "--where", "køn=kvinde",
                  "--format", "xlsx", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "Wrote 1 table(s)" in result.stderr
    sheet = load_workbook(out).active
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows == [["Document", "Code", "Coder", "Speaker", "Start", "End", "Text"],
                    ["Dokument 1", "stigma", "bo", "Informant", known.codings["c7"][1],
                     known.codings["c7"][2], "Jeg skammer mig."]]


def test_all_measures_to_one_workbook(known, tmp_path):
    out = tmp_path / "all.xlsx"
    assert _run(known, "frequencies", "--measure", "all", "--by", "case", "--format", "xlsx",
                "--out", str(out)).returncode == 0
    assert load_workbook(out).sheetnames == [
        "Codings by case", "Documents by case", "Coded characters by case", "Coded words by case"]


def test_usage_errors_exit_1_with_a_message(known):
    result = _run(known, "segments")
    assert result.returncode == 1 and "needs --code" in result.stderr
    result = _run(known, "frequencies", "--by", "alderr")
    assert result.returncode == 1 and "alder, køn" in result.stderr
    result = _run(known, "frequencies", "--format", "xlsx")
    assert result.returncode == 1 and "--out" in result.stderr


def test_search_and_query_reports(known):
    result = _run(known, "search", "--query", "barn", "--lemmas")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Document,Start,End,Before,Hit,After"
    assert [line.split(",")[0] for line in lines[1:]] == ["Dokument 2", "Dokument 3", "Dokument 3"]
    result = _run(known, "query", "--query", "ensomhed AND netværk", "--format", "md")
    assert result.returncode == 0, result.stderr
    assert "| Dokument 1 |  |  |  |" in result.stdout and "Jeg føler mig |" in result.stdout


def test_a_report_on_documents_never_searched_for_names_needs_an_acknowledgement(known):
    known.project.close()
    result = subprocess.run(
        [sys.executable, "-m", "qcode", "report", str(known.project.path), "frequencies", "--by", "case"],
        capture_output=True, text=True, encoding="utf-8", timeout=120,
        env={"QCODE_LANG": "en", "PATH": "/usr/bin:/bin"})
    assert result.returncode == 1 and result.stdout == ""
    assert "never been searched for names" in result.stderr and "Traceback" not in result.stderr
