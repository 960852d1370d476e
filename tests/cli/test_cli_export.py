"""`qcode export PROJECT quotes|codebook` end to end, as a user runs it (subprocess)."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

from docx import Document
from openpyxl import load_workbook


def qcode(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "QCODE_LANG": "en"}
    return subprocess.run([sys.executable, "-m", "qcode", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


def test_export_quotes_docx_and_xlsx(project, anonymised, original_names, tmp_path):
    project.close()  # the CLI opens the file itself
    result = qcode("export", "test.qcode", "quotes", "--code", "ensomhed", "netværk/familie",
                   "--format", "docx", "--out", "r.docx", "--context", "turn", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    # "dage" and "stille" sit in one turn: with the whole turn as context they are one quote
    assert result.stdout.strip() == "Exported 4 quotes to r.docx (docx)."
    document = Document(str(tmp_path / "r.docx"))
    text = "\n".join(p.text for p in document.paragraphs)
    assert [p.text for p in document.paragraphs if p.style.name == "Heading 1"] == [
        "Oversigt", "netværk/familie", "ensomhed"]
    for name in original_names:
        assert name not in text

    result = qcode("export", "test.qcode", "quotes", "--code", "netværk", "--out", "r.xlsx",
                   "--attribute", "køn=mand", "--by-coder", "bo", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    rows = list(load_workbook(tmp_path / "r.xlsx").active.iter_rows(values_only=True))
    quotes = [r[4] for r in rows[1:]]
    assert len(quotes) == 2 and quotes[0] == "Vi spiller kort."
    assert quotes[1].startswith("Min bror ") and "Kasper" not in quotes[1]


def test_export_codebook_csv_and_errors(project, sample, tmp_path):
    project.close()
    result = qcode("export", "test.qcode", "codebook", "--format", "csv", "--out", "kb.csv",
                   "--acknowledge-warnings", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    with (tmp_path / "kb.csv").open(encoding="utf-8-sig", newline="") as handle:
        paths = [r["sti"] for r in csv.DictReader(handle, delimiter=";")]
    assert "netværk/familie" in paths

    bad = qcode("export", "test.qcode", "quotes", "--code", "findes-ikke", "--out", "x.docx", cwd=tmp_path)
    assert bad.returncode == 1
    assert "No code 'findes-ikke'" in bad.stderr
    bad = qcode("export", "test.qcode", "quotes", "--code", "ensomhed", "--out", "x.pdf", cwd=tmp_path)
    assert bad.returncode == 1 and "pdf" in bad.stderr
    bad = qcode("export", "test.qcode", "quotes", "--code", "ensomhed", "--attribute", "køn",
                "--out", "x.csv", cwd=tmp_path)
    assert bad.returncode == 1 and "NAME=VALUE" in bad.stderr
    assert not (tmp_path / "x.csv").exists() and not (tmp_path / "x.pdf").exists()


def test_bad_citation_templates_and_sentence_counts_are_refused(project, anonymised, tmp_path):
    project.close()
    for template, problem in (("{ukendt} {case", "unbalanced braces"), ("({case}, {bogus})", "{bogus}")):
        result = qcode("export", "test.qcode", "quotes", "--code", "ensomhed", "--out", "r.docx",
                       "--citation", template, cwd=tmp_path)
        assert result.returncode == 1 and problem in result.stderr
        assert not (tmp_path / "r.docx").exists()
    result = qcode("export", "test.qcode", "quotes", "--code", "ensomhed", "--out", "r.docx",
                   "--context", "sentences", "--sentences", "99", cwd=tmp_path)
    assert result.returncode == 2


def test_default_citation_works_on_a_project_without_gender_and_age(project, tmp_path):
    """#16: the default template named {køn} and {alder}; a project without them must still export,
    leaving the fields out and saying so once."""
    from qcode.anonymise.register import record_candidates
    from qcode.core.codebook import find_code
    from qcode.core.codings import add_coding
    from qcode.core.documents import add_document

    text = "Birgit: Jeg er meget alene om aftenen."
    document_id = add_document(project, "interview_01", text)
    add_coding(project, document_id, find_code(project, "ensomhed").id, 8, len(text))
    record_candidates(project, document_id, [])
    project.close()
    result = qcode("export", "test.qcode", "quotes", "--code", "ensomhed", "--format", "docx",
                   "--out", "q.docx", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("køn") == 1 and "alder" in result.stderr
    assert (tmp_path / "q.docx").exists()
