"""Time the analysis reports on the L workload next to the bare SQL a perfect implementation would run.

L workload: 1,000 transcripts × ~3,000 words with speaker turns, 30 codes (nested), 40,000 codings by
two coders, one case per transcript with køn and aldersgruppe. Built once through the core and cached
as bench/out/L.qcode (git-ignored). Run: .venv/bin/python bench/bench_analysis.py [--rebuild]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from workload import documents  # noqa: E402

from qcode.analysis.agreement import compare_coders  # noqa: E402
from qcode.analysis.cooccurrence import cooccurrence_table  # noqa: E402
from qcode.analysis.frequencies import frequency_table  # noqa: E402
from qcode.analysis.search import search  # noqa: E402
from qcode.core.cases import add_case, link_document, set_attribute  # noqa: E402
from qcode.core.codebook import add_code, list_codes  # noqa: E402
from qcode.core.coders import ensure_coder  # noqa: E402
from qcode.core.codings import add_coding  # noqa: E402
from qcode.core.documents import add_document  # noqa: E402
from qcode.core.project import create_project, open_project  # noqa: E402
from qcode.io.base import Turn  # noqa: E402

OUT = Path(__file__).resolve().parent / "out" / "L.qcode"
DOCUMENTS, WORDS, CODES, CODINGS_PER_DOC = 1000, 3000, 30, 40
RARE_WORD = "plejefamilie"  # planted in 2 % of the transcripts for a selective search


def _turns(text: str) -> list[Turn]:
    turns, position = [], 0
    for block in text.split("\n\n"):
        speaker = block.split(":", 1)[0]
        label_end = position + len(speaker) + 1
        turns.append(Turn(position, position + len(block), speaker, "other", speaker + ":", position,
                          label_end))
        position += len(block) + 2
    return turns


def build(path: Path) -> None:
    rng = random.Random(23)
    texts = documents(DOCUMENTS, WORDS, seed=5)
    started = time.perf_counter()
    with create_project(path, coder="bench") as project:
        code_ids = [c.id for c in list_codes(project)]
        while len(code_ids) < CODES:
            code_ids.append(add_code(project, f"kode {len(code_ids)}", rng.choice(code_ids[:8])))
        coders = [ensure_coder(project, name) for name in ("anna", "bo")]
        for index, text in enumerate(texts):
            if index % 50 == 0:
                text = text.replace(" hjælp ", f" {RARE_WORD} ", 1)
            doc_id = add_document(project, f"interview {index:04d}", text, turns=_turns(text))
            case_id = add_case(project, f"IP{index:04d}")
            link_document(project, doc_id, case_id)
            set_attribute(project, case_id, "køn", rng.choice(("kvinde", "mand")))
            set_attribute(project, case_id, "aldersgruppe", rng.choice(("18-29", "30-49", "50-64", "65+")))
            with project.transaction():
                for _ in range(CODINGS_PER_DOC):
                    start = rng.randrange(0, len(text) - 400)
                    add_coding(project, doc_id, rng.choice(code_ids), start, start + rng.randint(40, 400),
                               rng.choice(coders))
    print(f"built {path.name} in {time.perf_counter() - started:.0f} s")


def best(fn, repeat: int = 7) -> float:
    """Median wall time in ms over ``repeat`` runs after one warm-up."""
    fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def compare(label: str, ours, bare) -> None:
    ours_ms, bare_ms = best(ours), best(bare)
    print(f"| {label} | {ours_ms:.1f} ms | {bare_ms:.1f} ms | {ours_ms / bare_ms:.2f}× |")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    OUT.parent.mkdir(exist_ok=True)
    if args.rebuild or not OUT.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(str(OUT) + suffix).unlink(missing_ok=True)
        build(OUT)
    with open_project(OUT, coder="bench") as project:
        db = project.db.conn
        n_codings = db.execute("SELECT count(*) FROM codings").fetchone()[0]
        n_docs = db.execute("SELECT count(*) FROM documents").fetchone()[0]
        print(f"{n_docs} documents, {n_codings} codings, {OUT.stat().st_size / 1e6:.0f} MB\n")
        print("| report | qcode | bare SQL | ratio |\n| --- | ---: | ---: | ---: |")
        compare("frequency matrix, codes × documents (codings)",
                lambda: frequency_table(project, "document"),
                lambda: db.execute('SELECT code_id, document_id, count(*), sum("end" - start) FROM codings '
                                   "GROUP BY code_id, document_id").fetchall())
        compare("frequency matrix, codes × køn, sub-codes rolled up",
                lambda: frequency_table(project, "køn", rollup=True),
                lambda: db.execute(
                    'SELECT c.code_id, ca.value, c.document_id, count(*), sum(c."end" - c.start) '
                    "FROM codings c LEFT JOIN document_cases dc ON dc.document_id = c.document_id "
                    "LEFT JOIN case_attributes ca ON ca.case_id = dc.case_id AND ca.attribute_id = "
                    "(SELECT id FROM attributes WHERE name = 'køn') GROUP BY 1, 2, 3").fetchall())
        compare("frequency matrix, codes × coder (coded words)",
                lambda: frequency_table(project, "coder", "words"),
                lambda: db.execute(
                    'SELECT c.code_id, c.coder_id, substr(d.text, c.start + 1, c."end" - c.start) '
                    "FROM codings c JOIN documents d ON d.id = c.document_id").fetchall())
        compare("co-occurrence matrix, overlapping codings",
                lambda: cooccurrence_table(project, "overlap"),
                lambda: db.execute(
                    "SELECT a.code_id, b.code_id, count(*) FROM codings a JOIN codings b "
                    'ON b.document_id = a.document_id AND b.start < a."end" AND a.start < b."end" '
                    "AND a.id < b.id WHERE a.code_id != b.code_id GROUP BY 1, 2").fetchall())
        compare("co-occurrence matrix, same speaker turn",
                lambda: cooccurrence_table(project, "turn"),
                lambda: db.execute(
                    "WITH tc AS (SELECT DISTINCT t.id AS turn_id, c.code_id FROM codings c JOIN turns t "
                    'ON t.document_id = c.document_id AND c.start < t."end" AND t.start < c."end") '
                    "SELECT a.code_id, b.code_id, count(*) FROM tc a JOIN tc b "
                    "ON b.turn_id = a.turn_id AND a.code_id < b.code_id GROUP BY 1, 2").fetchall())
        compare("coder agreement anna vs bo (character kappa, segments at 90 %)",
                lambda: compare_coders(project, ["anna"], ["bo"]),
                lambda: (db.execute('SELECT document_id, code_id, coder_id, id, start, "end" FROM codings '
                                    'ORDER BY document_id, code_id, coder_id, start').fetchall(),
                         db.execute("SELECT id, name, text FROM documents").fetchall()))
        # The bare query that finds the hits themselves: FTS5's highlight() marks every matching token
        # inside SQLite, which is the least work that yields each hit's place (FTS5 has no offsets()).
        fts = ("SELECT d.id, d.name, highlight(documents_fts, 0, char(1), char(2)) FROM documents_fts f "
               "JOIN documents d ON d.id = f.rowid WHERE documents_fts MATCH ?")
        only_documents = ("SELECT d.id, d.name, d.text FROM documents_fts f JOIN documents d "
                          "ON d.id = f.rowid WHERE documents_fts MATCH ?")
        compare(f"text search '{RARE_WORD}' (20 documents), KWIC",
                lambda: search(project, RARE_WORD), lambda: db.execute(fts, [f'"{RARE_WORD}"']).fetchall())
        compare("text search 'sagsbehandler' (every document), KWIC",
                lambda: search(project, "sagsbehandler"),
                lambda: db.execute(fts, ['"sagsbehandler"']).fetchall())
        lemma_query = '"søster" OR "søsteren" OR "søstre" OR "søstrene"'
        hits = len(search(project, "sagsbehandler"))
        started = time.perf_counter()
        search(project, "søster", lemmas=True)
        first_lemma_ms = (time.perf_counter() - started) * 1000
        compare("text search 'søster' with lemmas (table loaded)",
                lambda: search(project, "søster", lemmas=True),
                lambda: db.execute(fts, [lemma_query]).fetchall())
        print(f"\n'sagsbehandler' has {hits} hits; first lemma search (loads the Danish lemma table): "
              f"{first_lemma_ms:.0f} ms")
        documents_ms = best(lambda: db.execute(only_documents, ['"sagsbehandler"']).fetchall())
        lemma_documents_ms = best(lambda: db.execute(only_documents, [lemma_query]).fetchall())
        print(f"Matching documents only, without hit places (FTS5 MATCH, no highlight): 'sagsbehandler' "
              f"{documents_ms:.1f} ms, the forms of 'søster' {lemma_documents_ms:.1f} ms")

if __name__ == "__main__":
    main()
