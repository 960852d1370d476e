"""Detection on the shared corpus: write redacted copies, score them, and time detection (words/s).

Usage: ``.venv/bin/python bench/bench_detect.py [--corpus DIR] [--out DIR] [--model] [--repeat N]``

Every candidate ``detect()`` returns is replaced by a bracket tag (``[navn]``, ``[alder]``, ``[by]``,
``[organisation]``) — automatic decisions only — and the copies are scored with
``../shared/tools/score_anon.py``. Throughput is measured without the statistical model unless
``--model`` is given (the first call, which loads lexicons and builds the pipeline, is not timed).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from qcode.anonymise.candidates import Candidate
from qcode.anonymise.detect import detect

SHARED = Path(__file__).resolve().parents[2] / "shared"
TAGS = {"PERSON": "[navn]", "AGE": "[alder]", "PLACE": "[by]", "ORG": "[organisation]", "DATE": "[dato]",
        "RELATIVE": "[relation]"}


def redact(text: str, candidates: list[Candidate]) -> str:
    """``text`` with every candidate replaced by its bracket tag."""
    parts: list[str] = []
    last = 0
    for c in candidates:
        parts.append(text[last : c.start])
        parts.append(TAGS.get(c.label, "[x]"))
        last = c.end
    parts.append(text[last:])
    return "".join(parts)


def load_corpus(corpus: Path) -> dict[str, tuple[str, str, str]]:
    """name → (text, encoding, newline) for every transcript in gold.json."""
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
    out = {}
    for name, info in gold["files"].items():
        enc = info.get("encoding", "utf-8")
        with open(corpus / name, encoding=enc, newline="") as fh:
            out[name] = (fh.read(), enc, info.get("newline", "\n"))
    return out


def main(argv: list[str] | None = None) -> int:
    """Redact, score and time; prints the scorer's report and the throughput."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpus")
    ap.add_argument("--out", type=Path, default=None, help="folder for the redacted copies (default: temp)")
    ap.add_argument("--model", action="store_true", help="also run the statistical NER")
    ap.add_argument("--repeat", type=int, default=3, help="timing repetitions (best is reported)")
    args = ap.parse_args(argv)
    docs = load_corpus(args.corpus)
    words = sum(len(text.split()) for text, _, _ in docs.values())
    detect("Interviewer: Hej Line.", use_model=args.model)  # warm-up: lexicons, pipeline, model
    best = float("inf")
    for _ in range(max(1, args.repeat)):
        t0 = time.perf_counter()
        results = {name: detect(text, use_model=args.model) for name, (text, _, _) in docs.items()}
        best = min(best, time.perf_counter() - t0)
    out_dir = args.out or Path(tempfile.mkdtemp(prefix="qcode_anon_"))
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, (text, enc, _nl) in docs.items():
        with open(out_dir / name, "w", encoding=enc, newline="") as fh:
            fh.write(redact(text, results[name]))
    scorer = SHARED / "tools" / "score_anon.py"
    print(f"redacted copies in {out_dir}")
    subprocess.run([sys.executable, str(scorer), str(args.corpus / "gold.json"), str(out_dir)], check=False)
    n_cand = sum(len(r) for r in results.values())
    model = "on" if args.model else "off"
    print(f"\ndetection: {len(docs)} files, {words} words, {n_cand} candidates, model={model}")
    print(f"best of {args.repeat}: {best:.3f} s = {words / best:,.0f} words/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
