"""What the field-line rule (qcode/io/transcript_fields.py: a case note's "Key: value" lines open no turn)
costs in transcript structure detection: 100 M-size transcripts (~8,000 words each, from workload.py),
as they are and with a two-line field block in the middle; the time spent inside the rule against the
whole detection in the same run (best of 7). The bare limit is detection without the rule: the whole
minus the rule's share.
Run: .venv/bin/python bench/bench_field_lines.py
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from workload import transcript  # noqa: E402

from qcode.io import transcript as structure  # noqa: E402


def _with_fields(text: str) -> str:
    half = text.index("\n\n", len(text) // 2)
    return text[:half] + "\n\nOpfølgning: ring tirsdag\nStatus: afventer svar" + text[half:]


def main() -> None:
    rng = random.Random(3)
    plain = [transcript(rng, 8000) for _ in range(100)]
    rule = structure.fields_dropped
    spent = [0.0]

    def timed(cands, lines):
        started = time.perf_counter()
        kept = rule(cands, lines)
        spent[0] += time.perf_counter() - started
        return kept

    structure.fields_dropped = timed
    try:
        for label, texts in (("interviews", plain), ("with a field block", [_with_fields(t) for t in plain])):
            best_total = best_rule = float("inf")
            for _ in range(7):
                spent[0] = 0.0
                started = time.perf_counter()
                for text in texts:
                    structure.detect_structure(text)
                best_total = min(best_total, time.perf_counter() - started)
                best_rule = min(best_rule, spent[0])
            limit = best_total - best_rule
            print(f"{label}: detection {best_total * 1000:.1f} ms, without the rule (limit) "
                  f"{limit * 1000:.1f} ms, ratio {best_total / limit:.3f}")
    finally:
        structure.fields_dropped = rule


if __name__ == "__main__":
    main()
