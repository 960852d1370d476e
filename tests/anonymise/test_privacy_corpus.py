"""End to end, as a data-protection officer would check it: a project built through the command line
from the shared Danish corpus, anonymised, exported in every format, sealed, attacked with the bundled
name lists, and scanned byte by byte (the file, its WAL and shared memory, every table, every output)
for every gold name and every exact age. Skips where ../shared is absent."""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import zipfile
from pathlib import Path

import pytest

from qcode.cli import main
from qcode.core.cases import list_cases
from qcode.core.memos import add_memo
from qcode.core.project import open_project
from qcode.resources import resource

PASSWORD_VARIABLE = "QCODE_TEST_KEY_PASSWORD"


def _blanked(text: str, spans: list[dict]) -> str:
    for sp in sorted(spans, key=lambda s: -s["start"]):
        text = text[:sp["start"]] + " " * (sp["end"] - sp["start"]) + text[sp["end"]:]
    return text


def _word(core: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![^\W\d_]){re.escape(core)}(?![^\W\d_])")


def _identifying_strings(corpus: Path) -> tuple[set[str], set[str]]:
    """Gold person names (as written, and capitalised) and gold worded ages ("46 år") that never
    occur in the corpus outside a gold span: any one of them in an output is a leak."""
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
    outside = []
    names, ages = set(), set()
    for file, info in gold["files"].items():
        with open(corpus / file, encoding=info["encoding"], newline="") as handle:
            outside.append(_blanked(handle.read(), info["spans"]))
        for sp in info["spans"]:
            if sp["label"] == "PERSON" and len(sp["core"]) >= 3:
                names.add(sp["core"])
            elif sp["label"] == "AGE" and re.search(r"\d.*\w{2}", sp["surface"]):
                ages.add(sp["surface"])
    rest = "\n".join(outside)
    names = {n for n in names if not _word(n).search(rest)}
    ages = {a for a in ages if not _word(a).search(rest)}
    return names, ages


def _found(text: str, names: set[str], ages: set[str]) -> set[str]:
    return {s for s in names | ages if _word(s).search(text)}


def _text_of(path: Path) -> str:
    """What a reader of the file sees: the text of .docx/.xlsx/.qdpx, else the file decoded."""
    if path.suffix == ".docx":
        from docx import Document

        document = Document(str(path))
        cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
        return "\n".join([p.text for p in document.paragraphs] + cells)
    if path.suffix == ".xlsx":
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True)
        return "\n".join(str(v) for sheet in book for row in sheet.iter_rows(values_only=True)
                         for v in row if v is not None)
    if path.suffix == ".qdpx":
        with zipfile.ZipFile(path) as archive:
            return "\n".join(archive.read(n).decode("utf-8", "replace") for n in archive.namelist())
    return path.read_bytes().decode("utf-8", "replace")


def _export_everything(project: Path, out: Path) -> list[Path]:
    out.mkdir()
    written = []

    def run(*args: str, target: str) -> None:
        assert main([*args, "--out", str(out / target)]) == 0, (args, target)
        written.append(out / target)

    for fmt in ("docx", "xlsx", "csv", "html"):
        run("export", str(project), "quotes", "--code", "ensomhed", "--context", "turn",
            "--acknowledge-warnings", target=f"quotes.{fmt}")
    for what in ("codebook", "memos"):
        for fmt in ("docx", "csv"):
            run("export", str(project), what, "--acknowledge-warnings", target=f"{what}.{fmt}")
    reports = {"frequencies": ["--by", "case"], "cooccurrence": [], "words": [],
               "segments": ["--code", "ensomhed", "--context"], "query": ["--query", "ensomhed"],
               "search": ["--query", "jeg"]}
    for kind, extra in reports.items():
        for fmt in ("csv", "md", "xlsx"):
            run("report", str(project), kind, *extra, "--format", fmt, target=f"{kind}.{fmt}")
    run("report", str(project), "frequencies", "--by", "alder", target="by_age.csv")
    run("export", str(project), "quotes", "--code", "ensomhed", "--citation", "({case}, {køn}, {alder})",
        target="quotes_cited.docx")
    assert main(["refi", "export", str(project), str(out / "anon.qdpx"), "--anonymised",
                 "--acknowledge-warnings"]) == 0
    written.append(out / "anon.qdpx")
    return written


def _table_values(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        values = []
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                values += [str(v) for v in row if isinstance(v, str)]
        return values
    finally:
        conn.close()


@pytest.fixture(scope="module")
def corpus_project(tmp_path_factory, request) -> tuple[Path, set[str], set[str]]:
    shared = Path(__file__).resolve().parents[2].parent / "shared"
    if not (shared / "corpus" / "gold.json").is_file():
        pytest.skip("../shared/corpus is not beside this checkout (only CI and developers have it)")
    corpus = shared / "corpus"
    folder = tmp_path_factory.mktemp("corpus")
    project = folder / "studie.qcode"
    assert main(["new", str(project), "--coder", "lead"]) == 0
    assert main(["import", str(project), *map(str, sorted(corpus.glob("iv_*.txt")))]) == 0
    assert main(["anonymise", str(project)]) == 0  # detection with the model, automatic decisions
    with open_project(project) as opened:
        documents = opened.db.execute("SELECT name, length(text) FROM documents ORDER BY id").fetchall()
    for name, length in documents:
        assert main(["code", str(project), "--doc", name, "--start", "0", "--end", str(min(length, 900)),
                     "--code", "ensomhed"]) == 0
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))["files"]
    age_of = {info["person"]: info.get("person_age_in_report") for info in gold.values()}
    with open_project(project) as opened:
        cases = [case.name for case in list_cases(opened)]
    for case in cases:  # the lead classifies the cases, exact ages included
        if age_of.get(case):
            assert main(["case", str(project), case, "--set", f"alder={age_of[case]}", "--type",
                         "alder=number", "--set", "køn=kvinde"]) == 0
    names, ages = _identifying_strings(corpus)
    with open_project(project) as opened:  # coders write about the people they code
        for name in sorted(names)[:12]:
            add_memo(opened, f"Om {name}", f"{name} fortæller om sin familie. {sorted(ages)[0]}.")
    return project, names, ages


def test_every_export_of_an_anonymised_project_holds_no_gold_name_or_exact_age(corpus_project, tmp_path):
    project, names, ages = corpus_project
    assert len(names) > 30 and ages
    leaks = {path.name: found for path in _export_everything(project, tmp_path / "out")
             if (found := _found(_text_of(path), names, ages))}
    assert leaks == {}


def test_a_sealed_corpus_project_holds_no_original_and_resists_a_dictionary_attack(
        corpus_project, tmp_path, monkeypatch):
    project, names, ages = corpus_project
    sealed = tmp_path / "sealed.qcode"
    sealed.write_bytes(project.read_bytes())
    with open_project(project) as opened:
        seed = opened.get_setting("anon.seed")
    monkeypatch.setenv(PASSWORD_VARIABLE, "en lang og hemmelig kode")
    # --allow-pending: what still waits for review is sealed replaced, so nothing of it may be found either
    assert main(["anonymise", str(sealed), "--seal", "--key-file", str(tmp_path / "nøgle.json"),
                 "--password-env", PASSWORD_VARIABLE, "--allow-pending"]) == 0
    with open_project(sealed):  # open once more, as the next user does; then look at the bytes
        pass
    files = [p for p in tmp_path.glob("sealed.qcode*") if p.is_file()]
    raw = b"".join(p.read_bytes() for p in files)
    found_raw = {s for s in names | ages if _word(s).search(raw.decode("utf-8", "replace"))}
    assert found_raw == set()
    values = _table_values(sealed)
    assert _found("\n".join(values), names, ages) == set()
    assert seed.encode() not in raw
    # the old attack: every bundled name hashed with every string of the file as a salt
    hexes = {h for v in values for h in re.findall(r"\b[0-9a-f]{32,128}\b", v)}
    lexicon = [line.strip() for f in resource("lexicons").glob("*.txt")
               for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    salts = {"qcode", *(v for v in values if len(v) < 80)}
    recovered = {name for salt in salts for name in lexicon
                 if hashlib.sha256(f"{salt}\x00{name.casefold()}".encode()).hexdigest() in hexes}
    assert recovered == set()
    leaks = {path.name: found for path in _export_everything(sealed, tmp_path / "out")
             if (found := _found(_text_of(path), names, ages))}
    assert leaks == {}
