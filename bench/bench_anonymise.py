"""The whole pipeline on the shared corpus: batch-anonymise every transcript (detection, one shared
register, consistent pseudonyms, rendering, writing with the original encoding), score the copies,
and time it.

Usage: ``.venv/bin/python bench/bench_anonymise.py [--corpus DIR] [--out DIR] [--no-model]
[--style numbered|bracket|name] [--repeat N]``

Prints the scorer's figures and words/s of the whole batch (detection + register + rendering).
The first run warms up the pipeline (lexicons, spaCy) and is not timed.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from qcode.anonymise import pseudonyms
from qcode.anonymise.batch import anonymise_files, write_outputs

SHARED = Path(__file__).resolve().parents[2] / "shared"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=SHARED / "corpus")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--no-model", action="store_true")
    parser.add_argument("--style", choices=pseudonyms.PERSON_STYLES, default=pseudonyms.NUMBERED)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    files = sorted(args.corpus.glob("*.txt"))
    words = sum(len(re.findall(r"\w+", f.read_text(encoding="utf-8", errors="replace"))) for f in files)
    style = pseudonyms.Settings(person_style=args.style)
    use_model = not args.no_model
    anonymise_files(files[:1], style=style, use_model=use_model)  # warm-up
    timings = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        result, sources = anonymise_files(files, style=style, use_model=use_model)
        timings.append(time.perf_counter() - started)
    out = args.out or Path(tempfile.mkdtemp(prefix="qcode-anon-"))
    write_outputs(result, sources, out, keep_names=True)  # the scorer reads the gold's file names
    best = min(timings)
    print(f"{len(files)} files, {words:,} words, model={'on' if use_model else 'off'}, style={args.style}")
    print(f"batch anonymisation: best of {args.repeat}: {best:.2f} s = {words / best:,.0f} words/s")
    print(f"{len(result.view.by_id)} entities, {sum(result.counts.values())} replacements; copies in {out}")
    scorer = SHARED / "tools" / "score_anon.py"
    if scorer.is_file():
        run = subprocess.run([sys.executable, str(scorer), str(args.corpus / "gold.json"), str(out)],
                             capture_output=True, text=True)
        print(run.stdout.strip())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
