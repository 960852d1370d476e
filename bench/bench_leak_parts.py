"""Where the first leak check of a quote export goes (#19): the whole check next to its parts, measured
in one run on the workload of ``bench_speed.py --only export`` (80 transcripts, 2,101 quotes, whole turns).

Parts: the statistical model alone reading every distinct text (what no faster check can skip, short of
not reading the text), the rules alone (detection without the model), and the leak check's own pass
(register forms, ages, near misses, contact numbers). Wall and CPU time, best of N; the load average is
printed because the machine is shared.
Run: .venv/bin/python bench/bench_leak_parts.py [--repeat N] [--documents N]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def best(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    """(wall, CPU) seconds, each the least of ``repeat`` runs."""
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return min(walls), min(cpus)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--documents", type=int, default=80)
    args = parser.parse_args()
    import bench_export as be

    from qcode.anonymise import detect
    from qcode.anonymise.detectors.model import detect_with_model_many
    from qcode.anonymise.leak_check import check_texts
    from qcode.anonymise.text_view import dehyphenate
    from qcode.core.codebook import find_code
    from qcode.core.project import open_project
    from qcode.core.quotes import QuoteFilter, select_quotes
    from qcode.export.quotes import ExportOptions, build_report, report_texts
    from qcode.export.run import check_leaks

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "export.qcode"
        be.build(path, args.documents, 28, 3000)
        with open_project(path, coder="bench") as project:
            codes = tuple(find_code(project, c).id for c in be.CODES)
            quotes = select_quotes(project, QuoteFilter(codes))
            report = build_report(project, quotes, ExportOptions(context="turn", acknowledge_warnings=True))
            texts = report_texts(report)
            unique = list(dict.fromkeys(t for _w, t in texts))
            check_leaks(project, texts, True)  # loads the detectors and the model once

            def first_check() -> None:
                detect._CACHE.clear()  # texts the process has not checked before
                check_leaks(project, texts, True)

            views = [dehyphenate(t).text for t in unique]
            words = sum(len(v.split()) for v in views)
            print(f"{len(quotes):,} quotes, {len(unique):,} distinct texts, {words:,} words, "
                  f"load {os.getloadavg()[0]:.1f}\n")
            print("| part | wall | CPU |\n| --- | ---: | ---: |")
            for label, fn in (
                    ("first leak check (goal ≤ 1,000 ms)", first_check),
                    ("… the model alone reading every distinct text", lambda: detect_with_model_many(views)),
                    ("… the rules alone (detection without the model)",
                     lambda: detect.detect_many(unique, use_model=False)),
                    ("… the check's own pass (register, ages, near misses, contacts)",
                     lambda: check_texts(project, texts, use_detect=False))):
                wall, cpu = best(fn, args.repeat)
                print(f"| {label} | {wall * 1000:,.0f} ms | {cpu * 1000:,.0f} ms |", flush=True)
            print(f"\nload {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
