"""Build the M-size project through the core and print timings.

M workload: 200 transcripts × ~8,000 words, 30 codes, 40 codings per transcript (8,000 codings).
Run: .venv/bin/python bench/bench_core.py [--documents N] [--words N]
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from workload import documents  # noqa: E402

from qcode.core.codebook import add_code, list_codes  # noqa: E402
from qcode.core.codings import add_coding, code_statistics, codings_for_code, codings_for_document  # noqa: E402
from qcode.core.documents import add_document, get_document, list_documents  # noqa: E402
from qcode.core.project import create_project, open_project  # noqa: E402


def timed(label: str, fn, *args):
    start = time.perf_counter()
    result = fn(*args)
    elapsed = time.perf_counter() - start
    print(f"{label:<48} {elapsed * 1000:10.1f} ms")
    return result, elapsed


def build(path: Path, texts: list[str], codes_total: int, per_doc: int) -> None:
    rng = random.Random(11)
    with create_project(path, coder="bench") as project:
        def make_codes():
            ids = [c.id for c in list_codes(project)]
            while len(ids) < codes_total:
                ids.append(add_code(project, f"kode {len(ids)}", rng.choice(ids[:4])))
            return ids

        code_ids, _ = timed(f"add {codes_total - 4} codes", make_codes)

        def import_all():
            return [add_document(project, f"interview {i:03d}", t) for i, t in enumerate(texts)]

        doc_ids, t_import = timed(f"store {len(texts)} documents (one transaction each)", import_all)
        print(f"{'':<48} {t_import / len(texts) * 1000:10.2f} ms per document")

        def code_all():
            for doc_id, text in zip(doc_ids, texts, strict=True):
                for _ in range(per_doc):
                    start = rng.randrange(0, len(text) - 400)
                    add_coding(project, doc_id, rng.choice(code_ids), start, start + rng.randint(40, 400))

        _, t_code = timed(f"add {len(doc_ids) * per_doc} codings (one transaction each)", code_all)
        print(f"{'':<48} {t_code / (len(doc_ids) * per_doc) * 1000:10.2f} ms per coding")


def query(path: Path) -> None:
    with open_project(path) as project:
        timed("list documents", list_documents, project)
        docs = list_documents(project)
        timed("load one document's text", get_document, project, docs[100].id)
        timed("codings of one document", codings_for_document, project, docs[100].id)
        code = list_codes(project)[0]
        timed("codings of one code with sub-codes", lambda: codings_for_code(project, code.id,
                                                                            include_children=True))
        timed("statistics per code (whole project)", code_statistics, project)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=200)
    parser.add_argument("--words", type=int, default=8000)
    parser.add_argument("--codes", type=int, default=30)
    parser.add_argument("--codings", type=int, default=40)
    args = parser.parse_args()
    texts = documents(args.documents, args.words)
    words = sum(len(t.split()) for t in texts)
    print(f"M workload: {args.documents} transcripts, {words:,} words, {args.codes} codes, "
          f"{args.documents * args.codings:,} codings")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "m.qcode"
        _, total = timed("build project (total)", build, path, texts, args.codes, args.codings)
        _, t_open = timed("open project", lambda: open_project(path).close())
        query(path)
        print(f"{'project file size':<48} {path.stat().st_size / 1e6:10.1f} MB")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{'peak memory (RSS)':<48} {peak:10.1f} MB")


if __name__ == "__main__":
    main()
