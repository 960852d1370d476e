"""Import one big transcript (50 MB of UTF-8 text by default) and print the time and peak memory.

The file is a synthetic interview (``workload.transcript``: Danish words, two speakers, turns of 20–120
words) written once to a temporary folder. The import runs in a fresh process through `qcode import`
(read, decode, detect turns, store with FTS indexing, one transaction), so its peak memory (RSS) is the
import's alone. ``--source DIR`` runs another qcode tree (an older commit unpacked with `git archive`)
for a before/after comparison.
Run: .venv/bin/python bench/bench_big_import.py [--mb 50] [--source DIR]
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from workload import transcript  # noqa: E402


def write_transcript(path: Path, megabytes: float) -> int:
    """Write about ``megabytes`` MB of transcript; returns the size in bytes."""
    rng = random.Random(15)
    target = int(megabytes * 1024 * 1024)
    with path.open("w", encoding="utf-8") as handle:
        handle.write("Interviewperson: Karen, 46 år\nSted: Aarhus\n\n")
        while handle.tell() < target:
            handle.write(transcript(rng, 20_000) + "\n\n")
    return path.stat().st_size


def run_import(project: Path, source: Path, folder: Path,
               source_tree: Path | None) -> tuple[float, float, float]:
    """(seconds, peak RSS in MB, CPU seconds) of `qcode import` in a child process (after `qcode new`)."""
    env = {**os.environ, "QCODE_LANG": "en"}
    if source_tree is not None:
        env["PYTHONPATH"] = str(source_tree)
    subprocess.run([sys.executable, "-m", "qcode", "new", str(project), "--empty"], check=True, env=env,
                   cwd=folder, capture_output=True)
    code = ("import resource, sys, time\n"
            "from qcode.cli import main\n"
            "start = time.perf_counter()\n"
            f"rc = main(['import', {str(project)!r}, {str(source)!r}])\n"
            "print('SECONDS', time.perf_counter() - start)\n"
            "usage = resource.getrusage(resource.RUSAGE_SELF)\n"
            "print('RSS_MB', usage.ru_maxrss / 1024)\n"
            "print('CPU', usage.ru_utime + usage.ru_stime)\n"
            "sys.exit(rc)\n")
    result = subprocess.run([sys.executable, "-c", code], env=env, cwd=folder, capture_output=True, text=True)
    if result.returncode != 0:
        print(result.stdout, result.stderr, file=sys.stderr)
        raise SystemExit(f"import failed with exit code {result.returncode}")
    figures = dict(line.split() for line in result.stdout.splitlines()
                   if line.startswith(("SECONDS", "RSS", "CPU")))
    return float(figures["SECONDS"]), float(figures["RSS_MB"]), float(figures["CPU"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=50.0, help="size of the transcript in MB")
    parser.add_argument("--source", type=Path, help="run this qcode source tree instead of the installed one")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "big_interview.txt"
        size = write_transcript(source, args.mb)
        started = time.perf_counter()
        seconds, rss, cpu = run_import(folder / "big.qcode", source, folder, args.source)
        wall = time.perf_counter() - started
        print(f"transcript: {size / 1024 / 1024:.1f} MB ({size:,} bytes)")
        print(f"import (qcode import, in-process time): {seconds:.1f} s; with process start-up and "
              f"`qcode new`: {wall:.1f} s")
        print(f"CPU time of the import process (user + system): {cpu:.1f} s; load average while it "
              f"ran: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        print(f"peak memory (RSS) of the import process: {rss:.0f} MB")
        print(f"project file: {(folder / 'big.qcode').stat().st_size / 1024 / 1024:.1f} MB")


if __name__ == "__main__":
    main()
