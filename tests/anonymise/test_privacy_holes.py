"""Regression tests for the privacy holes of issue #11: a reversible seal, exact ages after sealing,
report contexts that kept ages and cut names, an unencrypted key and a killed seal, a leak check that
could be skipped, and an audit log that sealing made inconsistent."""

from __future__ import annotations

import hashlib
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from anon_helpers import fake_detect

from qcode.anonymise import register
from qcode.anonymise.keyfile import read_key_file, temporary_key_path
from qcode.anonymise.render import render_document
from qcode.anonymise.seal import seal_project
from qcode.anonymise.state import is_sealed
from qcode.cli import main
from qcode.core import entities, maintenance
from qcode.core.cases import attributes_of_case, ensure_case, link_document, set_attribute
from qcode.core.codebook import ensure_code_path
from qcode.core.codings import add_coding
from qcode.core.documents import add_document, get_document, list_documents
from qcode.core.history import read_log
from qcode.core.memos import add_memo
from qcode.core.project import open_project
from qcode.resources import resource

TEXT = ("Interviewer: Hvem er du?\nLine: Jeg hedder Line og er 42 år. Jeg bor i Odense, og jeg "
        "har en bror, Mathias. Jeg synes, jeg har det godt.\nInterviewer: Og din mor?\n"
        "Line: Palle og jeg passer hende. Jeg er træt, men jeg klarer det.\n")


def _line_project(project):
    doc = add_document(project, "iv_19", TEXT + "Line: Sidste år var jeg er 19 år, sagde jeg for sjov.\n")
    case = ensure_case(project, "Line")
    link_document(project, doc, case)
    set_attribute(project, case, "alder", "42", "number")
    set_attribute(project, case, "beskrivelse", "Line, 42, bor alene")
    code = ensure_code_path(project, "ensomhed")
    add_coding(project, doc, code, TEXT.index("Jeg hedder"), TEXT.index(" Jeg bor"))
    add_memo(project, "Om Line", "Line er 42 år og bor i Odense.", document_id=doc)
    register.detect_project(project, detect_fn=fake_detect)
    return doc


# -- 1. nothing in a sealed file confirms a guessed original -------------------------------------------

def _lexicon_names() -> list[str]:
    names = []
    for file in sorted(resource("lexicons").glob("*.txt")):
        names += [line.strip() for line in file.read_text(encoding="utf-8").splitlines() if line.strip()]
    return names


def _all_text_values(path: Path) -> list[str]:
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        values = []
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                values += [v for v in row if isinstance(v, str)]
        return values
    finally:
        conn.close()


def test_a_sealed_file_survives_a_dictionary_attack_with_the_bundled_name_lists(project, tmp_path):
    _line_project(project)
    seed_before = project.get_setting("anon.seed")
    seal_project(project, tmp_path / "key.json", password="hemmelig kode")
    project.close()
    values = _all_text_values(project.path)
    raw = b"".join(p.read_bytes() for p in project.path.parent.glob(project.path.name + "*") if p.is_file())
    # every string that could be a digest or a salt, and every lexicon name hashed with every salt
    hexes = {v for value in values for v in re.findall(r"\b[0-9a-f]{32,128}\b", value)}
    salts = {"qcode", *values}
    found = [name for name in _lexicon_names()
             for salt in salts if len(salt) < 80
             if hashlib.sha256(f"{salt}\x00{name.casefold()}".encode()).hexdigest() in hexes]
    assert found == []
    assert seed_before.encode() not in raw  # the seed the substitute names came from is gone
    assert read_key_file(tmp_path / "key.json", "hemmelig kode")[0]["seed"] == seed_before
    for name in ("Line", "Mathias", "Palle", "Odense"):
        assert name.encode() not in raw and name.lower().encode() not in raw.lower()


# -- 2. ages are generalised everywhere; exact ages cannot be cited from a sealed project -----------

def test_seal_generalises_age_attributes_and_metadata_but_keeps_other_numbers(project, tmp_path):
    doc = _line_project(project)
    seal_project(project, tmp_path / "key.json", password="hemmelig kode")
    case = ensure_case(project, "[Informant 1]")
    values = attributes_of_case(project, case)
    assert values["alder"] == "40'erne"
    assert "42" not in values["beskrivelse"] and "Line" not in values["beskrivelse"]
    memo_texts = " ".join(m.body for m in __import__("qcode.core.memos", fromlist=["x"]).list_memos(project))
    assert "42 år" not in memo_texts and "Line" not in memo_texts
    # 6. the document name "iv_19" is an identifier, not an age: the log still matches it
    assert get_document(project, doc).name == "iv_19"
    added = read_log(project, action="add_document")
    assert added[0].details["name"] == "iv_19"
    ages_in_log = [e.details.get("core") for e in read_log(project) if e.action == "anon_entity_found"]
    assert "42" not in ages_in_log and "19" not in ages_in_log


def test_keep_exact_age_is_refused_on_a_sealed_project(tmp_path, capsys):
    path = tmp_path / "p.qcode"
    from qcode.core.project import create_project

    with create_project(path, coder="t") as project:
        _line_project(project)
        seal_project(project, tmp_path / "key.json", password="hemmelig kode")
    capsys.readouterr()
    out = tmp_path / "q.docx"
    assert main(["export", str(path), "quotes", "--code", "ensomhed", "--out", str(out),
                 "--citation", "({case}, {alder})", "--keep-exact-age"]) == 1
    assert "sealed" in capsys.readouterr().err and not out.exists()


# -- 3. report contexts: rendered from the pseudonymised document, never a cut word --------------------

def test_search_report_contexts_hold_no_exact_age_and_no_cut_name(project, tmp_path):
    doc = _line_project(project)
    project.close()
    for fmt in ("csv", "md"):
        out = tmp_path / f"search.{fmt}"
        assert main(["report", str(project.path), "search", "--query", "jeg", "--format", fmt,
                     "--out", str(out)]) == 0
        written = out.read_text(encoding="utf-8-sig")
        assert "42 år" not in written and "19 år" not in written
        assert not re.search(r"\b(Line|Mathias|Palle|ine|athias|alle)\b", written)
    with open_project(project.path) as again:
        words = set(re.findall(r"\w+", render_document(again, doc).text))
    import csv

    with open(tmp_path / "search.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))[1:]
    assert rows
    for row in rows:
        _doc, _start, _end, before, _hit, after = row[:6]
        for cell in (before, after):
            tokens = re.findall(r"\w+", cell)
            if tokens:  # a window begins and ends on whole words of the rendered text
                assert tokens[0] in words and tokens[-1] in words, cell


def test_segment_context_report_is_rendered_from_the_document(project, tmp_path):
    _line_project(project)
    project.close()
    out = tmp_path / "seg.csv"
    assert main(["report", str(project.path), "segments", "--code", "ensomhed", "--context",
                 "--out", str(out)]) == 0
    written = out.read_text(encoding="utf-8-sig")
    assert "42 år" not in written and "Line" not in written and "[Informant 1]" in written


# -- 4. the key: encrypted unless asked otherwise; a seal that fails leaves no key ------------------

def test_seal_without_a_password_is_refused_unless_plaintext_is_chosen(tmp_path, capsys, monkeypatch):
    path = tmp_path / "p.qcode"
    from qcode.core.project import create_project

    with create_project(path, coder="t") as project:
        _line_project(project)
    before = path.read_bytes()
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False, raising=False)
    capsys.readouterr()
    assert main(["anonymise", str(path), "--seal", "--key-file", str(tmp_path / "k.json")]) == 1
    assert "--password-env" in capsys.readouterr().err
    assert path.read_bytes() == before and not (tmp_path / "k.json").exists()
    assert main(["anonymise", str(path), "--seal", "--key-file", str(tmp_path / "k.json"),
                 "--plaintext-key"]) == 0
    assert "NOT encrypted" in capsys.readouterr().err
    assert json.loads((tmp_path / "k.json").read_text(encoding="utf-8"))["encrypted"] is False


def test_a_seal_that_fails_before_its_commit_leaves_no_key_and_can_be_repeated(project, tmp_path,
                                                                                monkeypatch):
    _line_project(project)
    key = tmp_path / "key.json"

    def broken(_project):
        raise RuntimeError("disk trouble")

    monkeypatch.setattr(entities, "rebuild_fulltext", broken)
    with pytest.raises(RuntimeError):
        seal_project(project, key, password="hemmelig kode")
    assert not key.exists() and not temporary_key_path(key).exists()
    assert not is_sealed(project) and "Line" in get_document(project, 1).text
    monkeypatch.undo()
    seal_project(project, key, password="hemmelig kode")
    assert key.exists() and is_sealed(project)


def test_a_seal_killed_after_its_commit_gets_its_key_on_the_next_open(project, tmp_path, monkeypatch):
    _line_project(project)
    key = tmp_path / "key.json"

    def killed(_temporary, _final):
        raise KeyboardInterrupt  # the process dies between the commit and the rename

    monkeypatch.setattr(maintenance, "rename_to_free_name", killed)
    with pytest.raises(KeyboardInterrupt):
        seal_project(project, key, password="hemmelig kode")
    assert is_sealed(project) and temporary_key_path(key).exists() and not key.exists()
    monkeypatch.undo()
    project.close()
    with open_project(project.path) as reopened:
        assert key.exists() and not temporary_key_path(key).exists()
        assert reopened.get_setting(maintenance.COMPACT_KEY) is None
        _, entries = read_key_file(key, "hemmelig kode")
        assert {e.core for e in entries} >= {"Line", "Mathias"}
    assert b"Mathias" not in project.path.read_bytes()


_SEAL_SCRIPT = """
import sys
from qcode.anonymise.seal import seal_project
from qcode.core.project import open_project
project = open_project(sys.argv[1])
print("ready", flush=True)
seal_project(project, sys.argv[2], password="hemmelig kode")
print("sealed", flush=True)
"""


@pytest.mark.parametrize("delay", [0.0, 0.05, 0.15, 0.3, 0.6])
def test_a_seal_killed_at_any_moment_leaves_sealed_with_key_or_unsealed_without(tmp_path, delay):
    from qcode.core.project import create_project

    path = tmp_path / "p.qcode"
    with create_project(path, coder="t") as project:
        for n in range(20):  # enough text that the seal takes a while
            add_document(project, f"d{n}", TEXT * 20)
        register.detect_project(project, detect_fn=fake_detect)
    key = tmp_path / "key.json"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    child = subprocess.Popen([sys.executable, "-c", _SEAL_SCRIPT, str(path), str(key)], env=env,
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "ready"
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    with open_project(path) as project:
        sealed = is_sealed(project)
        assert not temporary_key_path(key).exists()
        assert key.exists() is sealed
        if sealed:
            assert {e.core for e in read_key_file(key, "hemmelig kode")[1]} >= {"Line", "Mathias"}
            assert all("Mathias" not in get_document(project, d.id).text for d in list_documents(project))
        else:
            assert "Mathias" in get_document(project, 1).text


# -- 5. a leak check that cannot load stops the export ----------------------------------------------

def test_an_export_is_refused_when_the_anonymiser_cannot_be_loaded(project, tmp_path):
    _line_project(project)
    project.close()
    out = tmp_path / "q.docx"
    script = ("import sys; sys.modules['qcode.anonymise.leak_check'] = None\n"
              "from qcode.__main__ import main\n"
              f"sys.exit(main(['export', {str(project.path)!r}, 'quotes', '--code', 'ensomhed', "
              f"'--out', {str(out)!r}]))")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2]), "QCODE_LANG": "en"}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 1
    assert "could not be loaded" in done.stderr and "Traceback" not in done.stderr
    assert not out.exists()


# -- every output path: memos and the codebook are exports too ---------------------------------------

@pytest.mark.parametrize("fmt", ["docx", "csv"])
def test_memos_and_codebook_exports_are_pseudonymised(project, tmp_path, fmt):
    doc = _line_project(project)
    code = ensure_code_path(project, "Line/familie")  # a code named after a speaker
    add_coding(project, doc, code, 0, 10)
    from qcode.core.codings import codings_for_document, set_coding_memo

    set_coding_memo(project, codings_for_document(project, doc)[0].id, "Mathias siger noget om Line.")
    project.close()
    for what in ("memos", "codebook"):
        out = tmp_path / f"{what}.{fmt}"
        assert main(["export", str(project.path), what, "--out", str(out)]) == 0
        if fmt == "csv":
            written = out.read_text(encoding="utf-8-sig")
        else:
            from docx import Document

            written = "\n".join(p.text for p in Document(str(out)).paragraphs)
            written += "\n".join(c.text for t in Document(str(out)).tables for r in t.rows for c in r.cells)
        assert not re.search(r"\b(Line|Mathias|Odense|42 år)\b", written), (what, written)
        if what == "memos":
            assert "[Informant 1]" in written and "Dokument 1" in written
