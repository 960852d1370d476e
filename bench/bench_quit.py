"""Closing the project as quitting does, in the real main window: what each part costs, next to the bare
limit (closing the SQLite file: WAL checkpoint, close, lock release), and quitting while a background
job (word frequencies of the whole project, its first run loading the lemma tables) is still counting.

Prints one line per case: qcode's time, the bare limit measured in the same run, and the ratio.
Offscreen; no display needed. Run: .venv/bin/python bench/bench_quit.py [--documents N] [--rounds N]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QCODE_LANG", "en")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_paint import build  # noqa: E402


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def one_round(source: Path, work: Path, with_job: bool) -> tuple[float, float]:
    """(qcode's close_project, the bare close of the same project) after 30 codings in the window."""
    from PySide6.QtWidgets import QApplication

    from qcode.core.project import open_project
    from qcode.ui.analysis import open_analysis
    from qcode.ui.main_window import MainWindow

    shutil.copy(source, work)
    window = MainWindow(open_project(work, coder="bench", backup=False))
    window.resize(1280, 800)
    window.show()
    window.grab()
    ws = window.workspace
    code = ws.codebook.codes()[0].id
    for i in range(30):
        ws.coding.apply(code, (1000 + i * 500, 1100 + i * 500))
    if with_job:
        words = open_analysis(window, ws.events, "wordfreq")  # starts counting on a worker thread
        assert words.busy
    QApplication.processEvents()
    bare = 0.0
    original_close = window.project.close

    def timed_close() -> None:  # the bare part: what closing the file itself costs
        nonlocal bare
        start = time.perf_counter()
        original_close()
        bare = time.perf_counter() - start

    window.project.close = timed_close  # type: ignore[method-assign]
    t0 = time.perf_counter()
    window.close_project()
    total = time.perf_counter() - t0
    window.close()
    QApplication.processEvents()
    return total, bare


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=199, help="other (uncoded) M-size documents")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)

    from qcode.ui.app import application

    application()
    tmp = Path(tempfile.mkdtemp())
    project, _doc, _text = build(tmp / "source.qcode", 50_000, 2_000, args.documents)
    project.close()
    for label, with_job in (("close the project (quit), no job running", False),
                            ("close the project (quit), word count running", True)):
        totals, bares = [], []
        for n in range(args.rounds):
            # the lemma tables load once per process: the first job round is the worst case
            total, bare = one_round(tmp / "source.qcode", tmp / f"work{n}.qcode", with_job)
            totals.append(total)
            bares.append(bare)
        qcode, limit = statistics.median(totals), statistics.median(bares)
        print(f"{label:<48}{ms(qcode)}   bare limit {ms(limit)}   ratio {qcode / limit:5.1f}x"
              f"   (worst {ms(max(totals))})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
