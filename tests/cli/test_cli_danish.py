"""The command line in Danish (QCODE_LANG=da): summary lines, report titles and headers, and the
findings of a leak check are said in Danish, as a Danish user runs the commands."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from support.agreement_project import build

from qcode.anonymise.leak_check import LeakError, LeakHit, LeakReport
from qcode.cli import main
from qcode.core.documents import add_document
from qcode.core.project import create_project


def qcode(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "QCODE_LANG": "da"}
    return subprocess.run([sys.executable, "-m", "qcode", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


def test_import_says_how_many_files_in_danish(tmp_path):
    (tmp_path / "a.txt").write_text("I: Hvordan går det?\n\nIP: Jeg er tit alene.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("I: Og familien?\n\nIP: Min søster ringer.\n", encoding="utf-8")
    assert qcode("new", "p.qcode", "--coder", "anna", cwd=tmp_path).returncode == 0
    result = qcode("import", "p.qcode", "a.txt", "b.txt", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Importerede 2 af 2 filer."


def test_anonymise_detect_and_seal_lines_in_danish(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("QCODE_LANG", "da")
    path = tmp_path / "p.qcode"
    project = create_project(path, coder="t")
    add_document(project, "iv", "Interviewer: Hvor gammel er du, Palle?\nPalle: Jeg er 46 år.\n")
    project.close()
    assert main(["anonymise", str(path), "--no-model"]) == 0
    detected = capsys.readouterr().out
    assert detected.startswith("Fandt ") and " forekomst(er): " in detected
    assert "accepteret" in detected and "Dokumenterne er uændrede; eksporter pseudonymiseres." in detected
    assert main(["anonymise", str(path), "--review"]) == 0
    review = capsys.readouterr().out.splitlines()
    assert review[0].split()[:7] == ["id", "type", "original", "pseudonym", "status", "hvorfor", "rolle"]
    palle = next(line for line in review if "Palle" in line)
    assert "accepteret" in palle and "informant" in palle and "accepted" not in palle
    assert main(["anonymise", str(path), "--explain", "--no-model"]) == 0
    explained = capsys.readouterr().out
    assert "erstattet" in explained and "replaced" not in explained
    monkeypatch.setenv("QCODE_TEST_PW", "et langt kodeord")
    key = tmp_path / "apart" / "key.json"
    assert main(["anonymise", str(path), "--seal", "--key-file", str(key), "--password-env", "QCODE_TEST_PW",
                 "--allow-pending"]) == 0
    sealed = capsys.readouterr().out.strip()
    assert sealed.startswith("Forseglede 1 dokument(er): ")
    assert sealed.endswith(f"Nøglen er skrevet til {key} (krypteret).")


def test_report_headings_in_danish(known, tmp_path):
    known.project.close()
    path = str(known.project.path)
    frequencies = qcode("report", path, "frequencies", "--format", "md", "--acknowledge-warnings")
    assert frequencies.returncode == 0, frequencies.stderr
    lines = frequencies.stdout.splitlines()
    assert lines[0] == "## Kodninger pr. dokument"
    assert any(line.startswith("| Kode |") and line.endswith("| I alt |") for line in lines)
    assert any(line.startswith("| I alt |") for line in lines)

    segments = qcode("report", path, "segments", "--code", "stigma", "--acknowledge-warnings")
    assert segments.stdout.splitlines()[0] == "Dokument,Kode,Koder,Taler,Start,Slut,Tekst"
    titled = qcode("report", path, "segments", "--code", "stigma", "--format", "md", "--acknowledge-warnings")
    assert titled.stdout.splitlines()[0] == "## Segmenter: stigma"

    search = qcode("report", path, "search", "--query", "barn", "--lemmas", "--acknowledge-warnings")
    assert search.returncode == 0, search.stderr
    assert search.stdout.splitlines()[0] == "Dokument,Start,Slut,Før,Fund,Efter"

    out = tmp_path / "ord.csv"
    words = qcode("report", path, "words", "--out", str(out), "--acknowledge-warnings")
    assert words.returncode == 0, words.stderr
    assert words.stderr.strip() == f"Skrev 1 tabel(ler) til {out}."
    assert out.read_text(encoding="utf-8-sig").splitlines()[0] == "Lemma,Antal,Andel %"


def test_agreement_report_in_danish(project):
    build(project)
    project.close()
    result = qcode("report", str(project.path), "agreement", "--coders", "anna", "bo", "--format", "md",
                   "--acknowledge-warnings")
    assert result.returncode == 0, result.stderr
    assert result.stderr.startswith("1 dokument(er), som kun én koder har kodet, er udeladt")
    lines = result.stdout.splitlines()
    assert lines[0] == ("## Enighed pr. kode: anna mod bo (enhed: tegn, segmenter fælles ved 90 %)")
    assert lines[2].startswith("| Kode | Enighed (%) | Kappa | Alfa | Begge (tegn) | Kun anna (tegn) |")
    assert any(line.startswith("| Samlet (puljet) |") for line in lines)
    assert any(line.startswith("| Gennemsnit af koder |") for line in lines)
    assert "## Uenige segmenter: anna mod bo" in result.stdout
    assert "| Dokument | Kodet af | Start | Slut | Dækket af den anden side (%) | Tekst |" in result.stdout


def test_export_success_lines_in_danish(tmp_path, project, sample):
    project.close()
    quotes = qcode("export", "test.qcode", "quotes", "--code", "ensomhed", "--out", "r.docx",
                   "--acknowledge-warnings", cwd=tmp_path)
    assert quotes.returncode == 0, quotes.stderr
    assert quotes.stdout.startswith("Eksporterede ")
    assert quotes.stdout.strip().endswith(" citater til r.docx (docx).")
    codebook = qcode("export", "test.qcode", "codebook", "--format", "csv", "--out", "kb.csv",
                     "--acknowledge-warnings", cwd=tmp_path)
    assert codebook.stdout.startswith("Eksporterede ")
    assert codebook.stdout.strip().endswith(" koder til kb.csv (csv).")
    refi = qcode("refi", "export", "test.qcode", "p.qdpx", "--anonymised", "--acknowledge-warnings",
                 cwd=tmp_path)
    assert refi.returncode == 0, refi.stderr
    assert refi.stdout.startswith("Skrev pseudonymiseret p.qdpx: ") and " kodninger." in refi.stdout


def test_leak_warning_details_in_danish(known):
    known.project.close()
    refused = qcode("report", str(known.project.path), "frequencies")  # no document was ever searched
    assert refused.returncode == 1
    assert "Mulig identificerende tekst; bekræft for at eksportere alligevel: dokumentet " in refused.stderr
    assert "er aldrig blevet gennemsøgt for navne (kør anonymiseringen)" in refused.stderr
    assert "has never been searched" not in refused.stderr


def test_leak_hit_described_in_either_language():
    age = LeakHit("citat 1 (citation)", "46 år", "AGE", 12, 1, "age")
    assert age.describe() == '"46 år" (AGE, age) in citat 1 (citation), line 1'
    assert age.describe("da") == '"46 år" (AGE, alder) i citat 1 (citation), linje 1'
    model = LeakHit("iv", "Palle", "PERSON", 0, 2, "detected (model)")
    assert model.describe("da") == '"Palle" (PERSON, fundet af model) i iv, linje 2'
    error = LeakError("anon.leak_blocked", LeakReport(hits=[age]), details=age.describe())
    assert error.message("en") == ('Export blocked: identifying text found: "46 år" (AGE, age) in '
                                   'citat 1 (citation), line 1')
    assert error.message("da") == ('Eksporten er stoppet: identificerende tekst fundet: "46 år" (AGE, '
                                   'alder) i citat 1 (citation), linje 1')
