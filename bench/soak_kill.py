"""Soak: 100+ kill -9 trials per operation (import, coding, backup, restore), each followed by an open
and a full integrity check; prints a table of trials, commits reported before the kills, and failures.

The trial itself is ``tests/reliability/kill_harness.py`` (the test suite runs a short loop of it).
Run: .venv/bin/python bench/soak_kill.py [--trials 100] [--operations import,coding,backup,restore]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "reliability"))

from kill_harness import OPERATIONS, prepare, run_trial  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--trials", type=int, default=100)
    parser.add_argument("--operations", default=",".join(OPERATIONS))
    parser.add_argument("--seed", type=int, default=15)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    failed = 0
    print("| operation | trials | commits reported before the kills | failed trials | time |")
    print("| --- | --- | --- | --- | --- |")
    for operation in args.operations.split(","):
        with tempfile.TemporaryDirectory() as tmp:
            path, inbox = prepare(Path(tmp), operation)
            started = time.perf_counter()
            trials = [run_trial(path, inbox, operation, rng) for _ in range(args.trials)]
            seconds = time.perf_counter() - started
        bad = [t for t in trials if not t.ok]
        failed += len(bad)
        commits = sum(len(t.reported) for t in trials)
        print(f"| {operation} | {len(trials)} | {commits:,} | {len(bad)} | {seconds:.0f} s |", flush=True)
        for trial in bad[:5]:
            print(f"  {operation}: {trial.problems[:3]}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
