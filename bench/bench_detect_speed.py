"""Detection speed next to the bare limit, in one run (#19).

Usage: ``.venv/bin/python bench/bench_detect_speed.py [--repeat N]``

Reads every transcript of ``../shared/corpus`` and of the evaluation sets ``tests/data/anon_extra`` to
``anon_extra4`` (never the held-out set 5) and times, best of ``--repeat`` runs after a warm-up:

- *bare limit, rules*: what any rule detector must at least do: spaCy's Danish tokenizer over the text,
  one word-list look-up per token and one pass of the capitalised-word pattern;
- *qcode, rules*: ``detect(text, use_model=False)`` per file;
- *bare limit, model*: the statistical NER alone, ``nlp.pipe`` one file at a time;
- *qcode, model, per file*: ``detect_full(text)`` per file, the model reading each file on its own
  (how the batch command worked before #19);
- *qcode, model, batched*: what ``qcode anonymise --out`` does now: the model reads 16 files at a time
  (``model_hits_many``), the rules run per file with those hits.

The two model paths must find the same candidates; the script checks that.
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
SETS = [ROOT.parent / "shared" / "corpus", *(DATA / f"anon_extra{n}" for n in ("", 2, 3, 4))]


def load_texts() -> list[str]:
    """Every .txt transcript of the corpora above (UTF-8, else Windows-1252)."""
    texts = []
    for folder in SETS:
        for path in sorted(folder.glob("*.txt")):
            data = path.read_bytes()
            try:
                texts.append(data.decode("utf-8-sig").replace("\r\n", "\n"))
            except UnicodeDecodeError:
                texts.append(data.decode("cp1252").replace("\r\n", "\n"))
    return texts


def best_of(repeat: int, run: Callable[[], object]) -> float:
    """Least CPU time of ``repeat`` calls of ``run`` (the machine is shared; wall time varies 2×)."""
    best = float("inf")
    for _ in range(max(1, repeat)):
        t0 = time.process_time()
        run()
        best = min(best, time.process_time() - t0)
    return best


def main(argv: list[str] | None = None) -> int:
    """Print words/s of each path and its ratio to the bare limit of its kind."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)

    import spacy

    from qcode.anonymise.detect import detect, detect_full

    try:
        from qcode.anonymise.detect import model_hits_many
    except ImportError:  # a tree from before #19 (run with PYTHONPATH=that tree for the "before" figures)
        model_hits_many = None
    from qcode.anonymise.detectors.model import _load
    from qcode.anonymise.lexicon import is_word

    texts = load_texts()
    words = sum(len(t.split()) for t in texts)
    tokenizer = spacy.blank("da").tokenizer
    capitalised = re.compile(r"(?<![\w\-'’])[A-ZÆØÅ][a-zæøå]{2,}")
    nlp = _load()
    detect("Interviewer: Hej Line, du er 34.")  # warm-up: lexicons, pipeline, model
    for t in texts:
        is_word(t[:20])

    def bare_rules() -> None:
        for text in texts:
            for token in tokenizer(text):
                is_word(token.lower_)
            for _ in capitalised.finditer(text):
                pass

    def bare_model() -> None:
        for text in texts:
            list(nlp.pipe([text]))

    def per_file() -> list[list]:
        return [detect_full(text).candidates for text in texts]

    def batched(batch_size: int) -> list[list]:
        out = []
        for at in range(0, len(texts), 16):
            chunk = texts[at : at + 16]
            for text, found in zip(chunk, model_hits_many(chunk, batch_size), strict=True):
                out.append(detect_full(text, model_found=found).candidates)
        return out

    if model_hits_many is not None:
        assert per_file() == batched(16), "the batched model path found other candidates"
    rows = [
        ("bare limit, rules (tokenizer + look-up + regex)", best_of(args.repeat, bare_rules)),
        ("qcode, rules", best_of(args.repeat, lambda: [detect(t, use_model=False) for t in texts])),
        ("bare limit, model (nlp.pipe per file)", best_of(args.repeat, bare_model)),
        ("qcode, model, per file", best_of(args.repeat, per_file)),
        *((f"qcode, model, 16 files at a time, batches of {n}", best_of(args.repeat, lambda n=n: batched(n)))
          for n in ((1, 4, 16) if model_hits_many is not None else ())),
    ]
    print(f"{len(texts)} transcripts, {words:,} words; best of {args.repeat}")
    print(f"{'path':<50} {'CPU s':>8} {'words/s':>9} {'× bare':>7}")
    for i, (name, secs) in enumerate(rows):
        bare = rows[0][1] if i < 2 else rows[2][1]
        print(f"{name:<50} {secs:8.3f} {words / secs:9,.0f} {secs / bare:7.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
