"""`qcode import`, `qcode documents` and `qcode turns` end to end, as a user runs them (subprocess)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

TRANSCRIPT = ("Interviewperson: Palle, 46 år\nSted: værested\n\n"
              "I: Hvordan går det?\n\nIP: Jeg er tit alene.\n\nInterivewer: Hvorfor?\n\n"
              "IP: Min søster ringer sjældent.\n")


def qcode(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "QCODE_LANG": "en"}
    return subprocess.run([sys.executable, "-m", "qcode", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    (tmp_path / "palle.txt").write_bytes(TRANSCRIPT.replace("\n", "\r\n").encode("cp1252"))
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    assert qcode("new", "p.qcode", "--coder", "anna", cwd=tmp_path).returncode == 0
    return tmp_path


def test_import_documents_turns(workdir: Path) -> None:
    result = qcode("import", "p.qcode", "palle.txt", "broken.docx", "--autocode-speakers",
                   cwd=workdir)
    assert result.returncode == 0, result.stderr
    assert "Imported 1 of 2 files." in result.stdout
    assert "Coded 2 turns by speaker." in result.stdout
    assert "broken.docx" in result.stderr and "damaged or truncated" in result.stderr

    listed = json.loads(qcode("documents", "p.qcode", "--format", "json", cwd=workdir).stdout)
    assert listed == [{"name": "palle", "characters": len(TRANSCRIPT), "cases": ["Palle"], "turns": 4}]
    table = qcode("documents", "p.qcode", cwd=workdir).stdout
    assert "palle" in table and "Palle" in table

    turns = json.loads(qcode("turns", "p.qcode", "palle", "--format", "json", cwd=workdir).stdout)
    assert [(t["speaker"], t["role"], t["label"]) for t in turns] == [
        ("Interviewer", "interviewer", "I"), ("Palle", "interviewee", "IP"),
        ("Interviewer", "interviewer", "Interivewer"), ("Palle", "interviewee", "IP")]
    assert turns[1]["text"] == "IP: Jeg er tit alene."
    text = qcode("turns", "p.qcode", "palle", cwd=workdir).stdout.splitlines()
    assert len(text) == 4 and "Palle (interviewee): Jeg er tit alene." in text[1]

    codes = qcode("codes", "p.qcode", cwd=workdir).stdout
    assert "Interviewer (2)" in codes


def test_reimport_is_skipped_and_bad_only_run_fails(workdir: Path) -> None:
    assert qcode("import", "p.qcode", "palle.txt", cwd=workdir).returncode == 0
    again = qcode("import", "p.qcode", "palle.txt", cwd=workdir)
    assert again.returncode == 1
    assert "already imported as 'palle'" in again.stderr
    bad = qcode("import", "p.qcode", "broken.docx", cwd=workdir)
    assert bad.returncode == 1 and "broken.docx" in bad.stderr
    assert len(json.loads(qcode("documents", "p.qcode", "--format", "json", cwd=workdir).stdout)) == 1


def test_turns_of_unknown_document_is_a_clear_error(workdir: Path) -> None:
    result = qcode("turns", "p.qcode", "nobody", cwd=workdir)
    assert result.returncode != 0 and "nobody" in result.stderr


def test_import_corpus_docx(workdir: Path, shared_dir: Path) -> None:
    files = [str(shared_dir / "corpus" / name) for name in ("var_03_speaker.docx", "var_04_upper.txt")]
    result = qcode("import", "p.qcode", *files, cwd=workdir)
    assert result.returncode == 0, result.stderr
    listed = {d["name"]: d for d in json.loads(
        qcode("documents", "p.qcode", "--format", "json", cwd=workdir).stdout)}
    assert listed["var_03_speaker"]["cases"] == ["Christine"] and listed["var_03_speaker"]["turns"] == 28
    assert listed["var_04_upper"]["cases"] == ["Anne-Mette"] and listed["var_04_upper"]["turns"] == 25


def test_reasons_in_danish(workdir: Path) -> None:
    env = {**os.environ, "QCODE_LANG": "da"}
    result = subprocess.run([sys.executable, "-m", "qcode", "import", "p.qcode", "broken.docx"],
                            cwd=workdir, env=env, capture_output=True, text=True, timeout=120)
    assert "broken.docx: filen er beskadiget eller afkortet" in result.stderr
