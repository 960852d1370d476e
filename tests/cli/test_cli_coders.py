"""`qcode blind`, `qcode merge` and `qcode adjudicate` as a lead uses them: copies of one project coded
blind by two coders, merged twice (nothing doubled), revealed, compared and adjudicated."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from support.cli_run import qcode

TEXT = ("Interviewer: Hvordan har du det?\n"
        "Informant: Jeg føler mig ensom om aftenen. Min søster ringer aldrig. Kommunen ser ned på mig.\n")


def _code(folder: Path, project: str, phrase: str, code: str, coder: str) -> None:
    start = TEXT.index(phrase)
    result = qcode("code", project, "--doc", "iv_01", "--start", str(start), "--end",
                   str(start + len(phrase)), "--code", code, "--coder", coder, cwd=folder)
    assert result.returncode == 0, result.stderr


def _count(path: Path, sql: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


def test_blind_copies_merged_twice_revealed_and_adjudicated(tmp_path: Path):
    (tmp_path / "iv_01.txt").write_text(TEXT, encoding="utf-8")
    assert qcode("new", "study.qcode", "--coder", "lead", cwd=tmp_path).returncode == 0
    assert qcode("import", "study.qcode", "iv_01.txt", "--coder", "lead", cwd=tmp_path).returncode == 0
    on = qcode("blind", "study.qcode", "--on", "--coder", "lead", cwd=tmp_path)
    assert on.returncode == 0 and "Blind coding: on" in on.stdout
    assert "Leads (see every coding): lead" in on.stdout
    for coder in ("anna", "bo"):
        shutil.copy(tmp_path / "study.qcode", tmp_path / f"{coder}.qcode")
    _code(tmp_path, "anna.qcode", "Jeg føler mig ensom om aftenen.", "ensomhed", "anna")
    _code(tmp_path, "anna.qcode", "Kommunen ser ned på mig.", "stigma", "anna")
    _code(tmp_path, "bo.qcode", "ensom om aftenen. Min søster", "ensomhed", "bo")
    _code(tmp_path, "bo.qcode", "Kommunen ser ned på mig.", "stigma", "bo")
    assert qcode("add-code", "bo.qcode", "netværk/venner", "--coder", "bo", cwd=tmp_path).returncode == 0

    dry = qcode("merge", "study.qcode", "anna.qcode", "bo.qcode", "--dry-run", "--coder", "lead",
                cwd=tmp_path)
    assert dry.returncode == 0, dry.stderr
    assert "  new    netværk/venner" in dry.stdout and "Nothing was merged (--dry-run)." in dry.stdout
    # a dry run says what it would merge, not that it merged (a stranger's run read "Merged 1 file(s)")
    assert "Would merge 2 file(s): anna.qcode, bo.qcode" in dry.stdout and "Merged " not in dry.stdout
    assert _count(tmp_path / "study.qcode", "SELECT count(*) FROM codings") == 0
    merged = qcode("merge", "study.qcode", "anna.qcode", "bo.qcode", "--coder", "lead", cwd=tmp_path)
    assert merged.returncode == 0, merged.stderr
    assert "Codings: 4 new, 0 extended, 0 already here" in merged.stdout
    # one document, in both copies: a count for each file says so, as a user would otherwise read 2 documents
    assert "Documents: 0 new, 2 already here (same text; counted for each file)" in merged.stdout
    assert "Coders: anna, bo (2 new)" in merged.stdout
    again = qcode("merge", "study.qcode", "anna.qcode", "bo.qcode", "--coder", "lead", cwd=tmp_path)
    assert "Codings: 0 new, 0 extended, 4 already here" in again.stdout
    assert _count(tmp_path / "study.qcode", "SELECT count(*) FROM codings") == 4

    # still blind in the lead's file: anna sees her own codings only, and cannot compare
    anna = qcode("codings", "study.qcode", "--doc", "iv_01", "--coder", "anna", cwd=tmp_path)
    assert anna.stdout.count("anna") == 2 and " bo " not in anna.stdout
    refused = qcode("report", "study.qcode", "agreement", "--coders", "anna", "bo", "--coder", "anna",
                    "--acknowledge-warnings", cwd=tmp_path)
    assert refused.returncode == 1
    assert "the coder comparison opens when the lead reveals the codings" in refused.stderr
    assert qcode("blind", "study.qcode", "--reveal", "--coder", "anna", cwd=tmp_path).returncode == 1
    assert "Blind coding: off" in qcode("blind", "study.qcode", "--reveal", "--coder", "lead",
                                        cwd=tmp_path).stdout

    listed = qcode("adjudicate", "study.qcode", "--coders", "anna", "bo", "--coder", "lead", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert ("0 of 1 disagreement(s) decided; 0 of 1 agreed passage(s) in the consensus layer."
            in listed.stdout)
    done = qcode("adjudicate", "study.qcode", "--coders", "anna", "bo", "--decide", "1", "both",
                 "--accept-agreed", "--coder", "lead", cwd=tmp_path)
    assert "1 of 1 disagreement(s) decided; 1 of 1 agreed passage(s)" in done.stdout
    layer = qcode("report", "study.qcode", "frequencies", "--layer", "consensus", "--coder", "lead",
                  "--acknowledge-warnings", cwd=tmp_path)
    assert layer.returncode == 0, layer.stderr
    assert {"ensomhed,1,1", "stigma,1,1", "netværk/venner,0,0"} <= set(layer.stdout.splitlines())
    bad = qcode("adjudicate", "study.qcode", "--coders", "anna", "bo", "--decide", "7", "a",
                "--coder", "lead", cwd=tmp_path, lang="da")
    assert (bad.returncode, bad.stderr.strip()) == (1, "qcode: Der er ingen uenighed nummer 7 (1–1).")
