"""Recording detections in a project's register (#13: linking persons, review triage), next to its limit.

Usage: ``.venv/bin/python bench/bench_register.py [DIR ...] [--repeat N]`` (default: the shared corpus
and ``tests/data/anon_extra16``/``17``; no statistical model, so the figures do not depend on it).

Detection runs once (``detect_texts``); what is timed is ``store_detections`` of its candidates into a
fresh project file: entities, forms, mentions, roles, pseudonyms, linking and triage. The limit is the
plainest store of the same rows: one ``executemany`` per table in one transaction on the same kind of
file (what any register must at least write). Prints both, best of N, and the ratio.
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
import time
from pathlib import Path

from qcode.anonymise import register
from qcode.core.documents import add_document, normalise_text
from qcode.core.project import create_project

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = [ROOT.parent / "shared" / "corpus", ROOT / "tests" / "data" / "anon_extra16",
           ROOT / "tests" / "data" / "anon_extra17"]


def _bare(found: dict, folder: Path) -> float:
    conn = sqlite3.connect(folder / "bare.db")
    conn.executescript("CREATE TABLE e (id INTEGER PRIMARY KEY, kind TEXT, core TEXT, UNIQUE (kind, core));"
                       "CREATE TABLE f (e INTEGER, surface TEXT, UNIQUE (e, surface));"
                       "CREATE TABLE m (doc INTEGER, e INTEGER, start INTEGER, stop INTEGER, surface TEXT);")
    started = time.perf_counter()
    with conn:
        ids: dict[tuple[str, str], int] = {}
        rows, forms = [], set()
        for doc, cands in found.items():
            for c in cands:
                entity = ids.setdefault((c.label, c.core), len(ids) + 1)
                forms.add((entity, c.surface))
                rows.append((doc, entity, c.start, c.end, c.surface))
        conn.executemany("INSERT INTO e VALUES (?, ?, ?)", [(i, *k) for k, i in ids.items()])
        conn.executemany("INSERT INTO f VALUES (?, ?)", sorted(forms))
        conn.executemany("INSERT INTO m VALUES (?, ?, ?, ?, ?)", rows)
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*", type=Path, default=DEFAULT)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    texts = [(f.stem, normalise_text(f.read_text(encoding="utf-8", errors="replace")))
             for d in args.dirs for f in sorted(d.glob("*.txt"))]
    qcode_times, bare_times = [], []
    found = {}
    for _ in range(args.repeat):
        with tempfile.TemporaryDirectory() as tmp:
            project = create_project(Path(tmp) / "p.qcode", coder="bench")
            ids = [add_document(project, name, text) for name, text in texts]
            if not found:
                by_index = register.detect_texts(list(zip(ids, (t for _, t in texts), strict=True)), {},
                                                 use_model=False)
                found = dict(by_index)
            started = time.perf_counter()
            mentions = register.store_detections(project, found)
            qcode_times.append(time.perf_counter() - started)
            project.close()
            bare_times.append(_bare(found, Path(tmp)))
    best, limit = min(qcode_times), min(bare_times)
    print(f"{len(texts)} documents, {mentions:,} mentions")
    print(f"store_detections: best of {args.repeat}: {best * 1000:,.0f} ms; "
          f"bare executemany: {limit * 1000:,.0f} ms; ratio {best / limit:.0f}×")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
