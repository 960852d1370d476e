"""Merging coders' copies of a 200-document project into the lead's, against the bare limit.

Workload: the M project (200 transcripts × ~8,000 words, 30 codes) made by the lead, copied to two coders
who each code 40 passages per transcript (8,000 codings each), add 5 codes, change one code's definition
and write 50 memos. Then, in one run:

* the lead merges both copies (plan and review first, as the GUI does), merges them again (nothing new),
  undoes the first merge;
* a fresh project merges a copy whose 200 documents are all new to it (texts, turns, codings);
* the **bare limit** for the same data: reading every row of the two copies with sqlite3 and inserting the
  new codings with one executemany in one transaction (rolled back): what any merge must at least do.

Run: .venv/bin/python bench/bench_merge.py [--documents N] [--words N]
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from workload import documents  # noqa: E402

from qcode.core.codebook import add_code, find_code, list_codes, update_code  # noqa: E402
from qcode.core.documents import add_document, list_documents  # noqa: E402
from qcode.core.imported import Turn  # noqa: E402
from qcode.core.memos import add_memo  # noqa: E402
from qcode.core.merge import merge_projects, plan_merge, undo_merge  # noqa: E402
from qcode.core.project import create_project, open_project  # noqa: E402

TABLES = ("coders", "codes", "documents", "turns", "codings", "memos", "cases", "attributes",
          "case_attributes", "document_cases")


def timed(label: str, fn, *args, **kwargs):
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    elapsed = time.perf_counter() - start
    print(f"{label:<60} {elapsed * 1000:10.1f} ms")
    return result, elapsed


def turns_of(text: str) -> list[Turn]:
    out, position = [], 0
    for block in text.split("\n\n"):
        label = block.split(":", 1)[0]
        out.append(Turn(position, position + len(block), label, "interviewee" if label == "Informant"
                        else "interviewer", f"{label}:", position, position + len(label) + 1))
        position += len(block) + 2
    return out


def lead_project(path: Path, texts: list[str]) -> None:
    rng = random.Random(3)
    with create_project(path, coder="lead") as project, project.transaction():
        ids = [c.id for c in list_codes(project)]
        while len(ids) < 30:
            ids.append(add_code(project, f"kode {len(ids)}", rng.choice(ids[:4])))
        for i, text in enumerate(texts):
            add_document(project, f"interview {i:03d}", text, turns=turns_of(text))


def code_copy(path: Path, coder: str, seed: int, per_doc: int) -> None:
    """A coder's work in their copy: codings, new codes, a changed definition, memos (one transaction,
    as the fastest way to make the workload; coding in the GUI is one transaction per coding)."""
    rng = random.Random(seed)
    with open_project(path, coder=coder) as project, project.transaction():
        own = [add_code(project, f"{coder} kode {n}", None) for n in range(5)]
        code_ids = [c.id for c in list_codes(project)] + own
        update_code(project, find_code(project, "stigma").id, description=f"{coder}s definition")
        coder_id = project.coder_id
        rows = []
        for summary in list_documents(project):
            length = summary.length
            spans = sorted(rng.randrange(0, length - 400) for _ in range(per_doc))
            for start in spans:
                rows.append([summary.id, rng.choice(code_ids), start, start + rng.randint(40, 400), coder_id,
                             "2024-05-01T10:00:00+00:00", "2024-05-01T10:00:00+00:00", ""])
        project.db.conn.executemany(
            'INSERT INTO codings (document_id, code_id, start, "end", coder_id, created_at, updated_at, '
            "memo) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
        for n, summary in enumerate(list_documents(project)[:50]):
            add_memo(project, f"Note {n}", f"{coder} tænker om dokument {n}", document_id=summary.id)


def bare_limit(lead: Path, copies: list[Path]) -> float:
    """Read every merged row of the copies, insert their codings into the lead in one executemany
    (rolled back): the floor under any merge of the same data."""
    start = time.perf_counter()
    codings = []
    for copy in copies:
        conn = sqlite3.connect(f"{copy.resolve().as_uri()}?mode=ro", uri=True)
        for table in TABLES:
            rows = conn.execute(f"SELECT * FROM {table}").fetchall()
            if table == "codings":
                codings.extend(rows)
        conn.close()
    conn = sqlite3.connect(lead)
    conn.execute("BEGIN")
    conn.executemany('INSERT INTO codings (document_id, code_id, start, "end", coder_id, created_at, '
                     "updated_at, memo) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [r[1:] for r in codings])
    conn.execute("ROLLBACK")
    conn.close()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=200)
    parser.add_argument("--words", type=int, default=8000)
    parser.add_argument("--codings", type=int, default=40, help="codings per document per coder")
    args = parser.parse_args()
    texts = documents(args.documents, args.words)
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        lead = folder / "lead.qcode"
        timed(f"lead's project: {len(texts)} documents with turns, 30 codes", lead_project, lead, texts)
        copies = []
        for n, coder in enumerate(("anna", "bo")):
            copy = folder / f"{coder}.qcode"
            shutil.copy(lead, copy)
            timed(f"{coder}'s copy: {len(texts) * args.codings} codings, 5 codes, 50 memos", code_copy, copy,
                  coder, n + 1, args.codings)
            copies.append(copy)
        print(f"{'project file size (lead, one copy)':<60} {lead.stat().st_size / 1e6:7.1f} MB "
              f"{copies[0].stat().st_size / 1e6:7.1f} MB")
        print()
        _, floor = timed("bare limit: read both copies, insert their codings (rolled back)", bare_limit, lead,
                         copies)
        with open_project(lead, coder="lead") as project:
            plan, _ = timed("plan and review (nothing written)", plan_merge, project, copies)
            print(f"{'':<60} {len(plan.review)} codes to review, "
                  f"{plan.summary.codings_new} codings would come in")
            result, t_merge = timed("merge both copies (one transaction)", merge_projects, project, copies)
            s = result.summary
            print(f"{'':<60} {s.codings_new} new codings, {s.codings_extended} extended, "
                  f"{s.memos_new} memos, {len(s.codes_new)} codes")
            again, _ = timed("merge both copies again (nothing new)", merge_projects, project, copies)
            assert again.summary.codings_new == 0 and again.summary.codings_extended == 0
            timed("undo the second merge", undo_merge, project, again)
            timed("undo the first merge", undo_merge, project, result)
        print(f"{'merge / bare limit':<60} {t_merge / floor:10.1f} ×")
        print()
        fresh = folder / "fresh.qcode"
        with create_project(fresh, coder="lead") as project:
            result, _ = timed(f"merge a copy whose {len(texts)} documents are all new", merge_projects,
                              project, [copies[0]])
            print(f"{'':<60} {len(result.summary.documents_new)} documents, "
                  f"{result.summary.codings_new} codings")


if __name__ == "__main__":
    main()
