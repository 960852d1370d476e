"""`qcode cases` / `qcode case`: classify cases by hand, as a project lead does before a frequency
table by gender or age (subprocess, a real project file)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_run import qcode

TRANSCRIPT = "Interviewer: Hvordan går det?\n\nLine: Jeg er tit alene.\n"



@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    (tmp_path / "line.txt").write_text(TRANSCRIPT, encoding="utf-8")
    (tmp_path / "other.txt").write_text(TRANSCRIPT.replace("Line", "Bo"), encoding="utf-8")
    assert qcode("new", "p.qcode", cwd=tmp_path).returncode == 0
    assert qcode("import", "p.qcode", "line.txt", "other.txt", cwd=tmp_path).returncode == 0
    return tmp_path


def _cases(workdir: Path) -> dict:
    out = qcode("cases", "p.qcode", "--format", "json", cwd=workdir)
    assert out.returncode == 0, out.stderr
    return {c["case"]: c for c in json.loads(out.stdout)}


def test_set_attributes_link_documents_and_rename(workdir):
    result = qcode("case", "p.qcode", "Line", "--set", "køn=kvinde", "--set", "alder=29", "--type",
                   "alder=number", cwd=workdir)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Case 'Line': alder=29, køn=kvinde; documents: line."
    result = qcode("case", "p.qcode", "Line", "--document", "other", "--unset", "køn", "--rename",
                   "Line A", cwd=workdir)
    assert result.returncode == 0, result.stderr
    cases = _cases(workdir)
    assert cases["Line A"]["attributes"] == {"alder": "29"}
    assert cases["Line A"]["documents"] == ["line", "other"]
    table = qcode("report", "p.qcode", "frequencies", "--by", "alder", "--acknowledge-warnings", cwd=workdir)
    assert table.returncode == 0 and table.stdout.splitlines()[0] == "Code,20'erne,Total"  # decades


def test_a_refused_value_changes_nothing(workdir):
    before = _cases(workdir)
    result = qcode("case", "p.qcode", "Ny", "--document", "line", "--set", "alder=gammel", "--type",
                   "alder=number", cwd=workdir)
    assert result.returncode == 1 and "not a valid number" in result.stderr
    assert _cases(workdir) == before  # no case 'Ny', no link
    bad = qcode("case", "p.qcode", "Line", "--set", "køn", cwd=workdir)
    assert bad.returncode == 1 and "NAME=VALUE" in bad.stderr
