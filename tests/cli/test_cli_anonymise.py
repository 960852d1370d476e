"""`qcode anonymise` end to end: batch files scored with the shared scorer, and project mode."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from qcode.anonymise.keyfile import read_key_file
from qcode.cli import main
from qcode.core.documents import add_document, get_document
from qcode.core.entities import list_entities
from qcode.core.project import create_project, open_project

FILES = ("iv_02.txt", "var_04_upper.txt", "var_02_timestamps.txt")


def test_batch_cli_on_corpus_files_passes_the_scorer(shared_dir, tmp_path):
    corpus = shared_dir / "corpus"
    out = tmp_path / "out"
    run = subprocess.run(
        [sys.executable, "-m", "qcode", "anonymise", "--no-model", "--out", str(out),
         *(str(corpus / f) for f in FILES)], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "Wrote 3 pseudonymised file(s)" in run.stdout
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))["files"]
    for name in FILES:
        original, result = (corpus / name).read_bytes(), (out / name).read_bytes()
        assert (b"\r\n" in result) == (b"\r\n" in original)
        result.decode(gold[name]["encoding"])  # same encoding as the input
        assert len(result) > 0.8 * len(original)
    scored = tmp_path / "score.json"
    subprocess.run([sys.executable, str(shared_dir / "tools" / "score_anon.py"),
                    str(corpus / "gold.json"), str(out), "--skip-missing", "--json", str(scored)],
                   check=True, capture_output=True, timeout=120)
    figures = json.loads(scored.read_text(encoding="utf-8"))
    assert figures["labels"]["PERSON"]["recall_strict"] == 1.0, figures["files"]
    assert figures["names_anywhere"] == [] and figures["negatives"]["changed"] == 0
    assert figures["over_redaction"]["fraction"] < 0.01
    for name in FILES:
        decoded = (out / name).read_bytes().decode(gold[name]["encoding"])
        for span in gold[name]["spans"]:
            if span["label"] == "PERSON":
                assert span["core"] not in decoded, (name, span["core"])


def test_batch_cli_docx_and_report(shared_dir, tmp_path, capsys):
    source = shared_dir / "corpus" / "var_01_ip.docx"
    assert main(["anonymise", "--no-model", "--report", "--out", str(tmp_path), str(source)]) == 0
    printed = capsys.readouterr().out
    assert "Palle" in printed and "[Informant 1]" in printed
    import docx

    text = "\n".join(p.text for p in docx.Document(str(tmp_path / "var_01_ip.docx")).paragraphs)
    assert "Palle" not in text and "[Informant 1]" in text
    assert "46" not in text.split("\n")[0] + text.split("\n")[1]


def test_batch_cli_refuses_unknown_files(tmp_path):
    bad = tmp_path / "x.pdf"
    bad.write_bytes(b"%PDF")
    assert main(["anonymise", "--out", str(tmp_path / "o"), str(bad)]) == 1


def test_project_mode_detect_review_and_seal(tmp_path, capsys, monkeypatch):
    path = tmp_path / "p.qcode"
    project = create_project(path, coder="t")
    add_document(project, "iv", "Interviewer: Hvor gammel er du, Palle?\nPalle: Jeg er 46 år.\n"
                                "Interviewer: Og Lines mor?\nLine: Hun bor i Odense.\n")
    project.close()
    assert main(["anonymise", str(path), "--no-model"]) == 0
    assert "accepted" in capsys.readouterr().out
    assert main(["anonymise", str(path), "--review"]) == 0
    review = capsys.readouterr().out
    assert "Palle" in review and "[Informant" in review
    monkeypatch.setenv("QCODE_TEST_PW", "et langt kodeord")
    key = tmp_path / "apart" / "key.json"
    assert main(["anonymise", str(path), "--seal", "--key-file", str(key), "--password-env", "QCODE_TEST_PW",
                 "--allow-pending"]) == 0
    _, entries = read_key_file(key, "et langt kodeord")
    assert "Palle" in {e.core for e in entries}
    project = open_project(path)
    try:
        assert "Palle" not in get_document(project, 1).text
    finally:
        project.close()
    assert b"Palle" not in Path(path).read_bytes()
    assert main(["anonymise", str(path), "--seal"]) == 1  # no key file given


def test_project_mode_roles_and_labels(tmp_path, capsys):
    path = tmp_path / "p.qcode"
    project = create_project(path, coder="t")
    add_document(project, "iv", "Interviewer: Hvem hjælper dig, Palle?\nPalle: Min kontaktperson Mette.\n"
                                "Interviewer: Og Mette hjælper?\nPalle: Ja, Mette hjælper.\n")
    project.close()
    assert main(["anonymise", str(path), "--no-model"]) == 0
    capsys.readouterr()
    project = open_project(path)
    try:
        people = {e.core: e for e in list_entities(project, kind="PERSON")}
    finally:
        project.close()
    assert people["Palle"].pseudonym == "[Informant 1]" and people["Mette"].pseudonym == "[Person 1]"
    assert main(["anonymise", str(path), "--other-label", "[navn]", "--review"]) == 0
    assert "[navn]" in capsys.readouterr().out
    assert main(["anonymise", str(path), "--role", str(people["Mette"].id), "informant", "--review"]) == 0
    listed = capsys.readouterr().out
    assert "[Informant 2]" in listed and "informant" in listed
    assert main(["anonymise", str(path), "--role", str(people["Mette"].id), "sister"]) == 1


def test_cli_explain_says_which_detector_fired_and_why(tmp_path, capsys):
    first = tmp_path / "a.txt"
    second = tmp_path / "b.txt"
    first.write_text("Interviewer: Hvem er du?\nLine: Jeg hedder Line, jeg er 46 år og bor på "
                     "Vestergade 23, 2. th., 7800 Skive. Min hund, Bamse, er syg.\n", encoding="utf-8")
    second.write_text("Interviewer: Kender du Line?\nIP: Ja, Line kom forbi i går.\n", encoding="utf-8")
    assert main(["anonymise", "--explain", "--no-model", str(first), str(second)]) == 0
    out = capsys.readouterr().out
    rows = [line for line in out.splitlines() if line.startswith(("a.txt", "b.txt"))]
    assert any("ADDRESS" in r and "replaced" in r and "contact" in r and "street name" in r for r in rows)
    assert any("POSTCODE" in r for r in rows) and any("AGE" in r and "age rule" in r for r in rows)
    assert any("Bamse" in r and "kept" in r and "pet" in r for r in rows)
    assert any(r.startswith("b.txt") and "register" in r and "known from a.txt" in r for r in rows)
    assert "replaced" in out.splitlines()[-1] and not list(tmp_path.glob("*/"))  # nothing written


def test_the_review_list_reads_a_project_another_qcode_has_open(tmp_path, capsys):
    """`--review` only lists: it opens the project for reading, so the GUI may have it open (a stranger's
    run was refused "already open by …")."""
    path = tmp_path / "p.qcode"
    project = create_project(path, coder="t")
    add_document(project, "iv", "Interviewer: Hvor gammel er du, Palle?\nPalle: Jeg er 46 år.\n")
    project.close()
    assert main(["anonymise", str(path), "--no-model"]) == 0
    capsys.readouterr()
    holder = subprocess.Popen(  # another qcode has it open for changes
        [sys.executable, "-c", "import sys, time; from qcode.core.project import open_project; "
         "p = open_project(sys.argv[1], coder='gui'); print('open', flush=True); time.sleep(60)", str(path)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        assert main(["anonymise", str(path), "--review"]) == 0
        assert "Palle" in capsys.readouterr().out
    finally:
        holder.kill()
        holder.wait()
