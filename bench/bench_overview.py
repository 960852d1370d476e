"""Time the lead's overview (dashboard) on the L workload: the report itself next to the bare SQL it
needs, and the dashboard opening (the real OverviewView built and painted offscreen); the saturation
curve and the methods appendix's content for comparison.

L workload: 1,000 transcripts × ~3,000 words, 30 nested codes, 40,000 codings by two coders (built by
bench_analysis.py and cached as bench/out/L.qcode). Wall time is the median of 7 runs after a warm-up;
CPU time (process time) is given too, because on a shared machine the wall time mostly measures the other
processes. Run: .venv/bin/python bench/bench_overview.py [--rebuild]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_analysis import OUT, build  # noqa: E402

from qcode.analysis.overview import overview  # noqa: E402
from qcode.analysis.saturation import saturation  # noqa: E402
from qcode.core.project import open_project  # noqa: E402
from qcode.export.methods_appendix import build_appendix  # noqa: E402

BARE = (
    # every document's length (the texts are read: length() counts characters)
    "SELECT id, name, length(text) FROM documents",
    # every coding in text order with what the document and coder rows need
    'SELECT document_id, start, "end", coder_id, updated_at FROM codings ORDER BY document_id, start, "end"',
    # per code: codings, documents, coders
    "SELECT code_id, count(*), count(DISTINCT document_id), count(DISTINCT coder_id) FROM codings "
    "GROUP BY code_id",
    # anonymisation: documents searched, undecided entries per document
    "SELECT DISTINCT target_id FROM change_log WHERE action = 'anon_detect' AND target = 'document'",
    "SELECT m.document_id, count(DISTINCT m.entity_id) FROM anon_mentions m JOIN anon_entities e "
    "ON e.id = m.entity_id WHERE e.state = 'pending' GROUP BY m.document_id",
    "SELECT dc.document_id, c.name FROM document_cases dc JOIN cases c ON c.id = dc.case_id",
)


def measure(fn, repeat: int = 7) -> tuple[float, float, float]:
    """(median wall ms, best wall ms, median CPU ms) over ``repeat`` runs after one warm-up."""
    fn()
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        fn()
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    return statistics.median(walls), min(walls), statistics.median(cpus)


def row(label: str, ours: tuple[float, float, float], bare: tuple[float, float, float] | None = None) -> None:
    text = f"| {label} | {ours[0]:.0f} ms | {ours[1]:.0f} ms | {ours[2]:.0f} ms |"
    if bare is not None:
        text += f" {bare[0]:.0f} ms | {bare[2]:.0f} ms | {ours[2] / bare[2]:.2f}× |"
    else:
        text += " | | |"
    print(text)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    OUT.parent.mkdir(exist_ok=True)
    if args.rebuild or not OUT.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(str(OUT) + suffix).unlink(missing_ok=True)
        build(OUT)
    from PySide6.QtWidgets import QApplication  # the GUI part only when measuring it

    from qcode.ui.analysis.overview_view import OverviewView
    from qcode.ui.analysis.saturation_view import SaturationView

    app = QApplication.instance() or QApplication([])
    with open_project(OUT, coder="bench") as project:
        db = project.db.conn
        n_docs = db.execute("SELECT count(*) FROM documents").fetchone()[0]
        n_codings = db.execute("SELECT count(*) FROM codings").fetchone()[0]
        plan = db.execute(f"EXPLAIN QUERY PLAN {BARE[1]}").fetchall()[-1][-1]
        print(f"{n_docs} documents, {n_codings} codings; load average {os.getloadavg()[0]:.1f} "
              f"on {os.cpu_count()} cores; coding scan: {plan}\n")

        def bare_sql() -> None:
            for query in BARE:
                db.execute(query).fetchall()

        def open_dashboard() -> None:
            view = OverviewView(project)
            view.resize(1100, 700)
            view.grab()  # lays out and paints what is visible
            view.deleteLater()
            app.processEvents()

        def open_saturation() -> None:
            view = SaturationView(project)
            view.resize(1100, 700)
            view.grab()
            view.deleteLater()
            app.processEvents()

        bare = measure(bare_sql)
        print("| step | wall (median) | wall (best) | CPU | bare SQL wall | bare SQL CPU | CPU ratio |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
        row("bare SQL the dashboard needs", bare)
        row("overview tables (qcode.analysis.overview)", measure(lambda: overview(project)), bare)
        row("**dashboard opens: OverviewView built and painted**", measure(open_dashboard), bare)
        row("overview filtered by køn=kvinde", measure(lambda: overview(project, {"køn": ["kvinde"]})), bare)
        row("saturation curve (qcode.analysis.saturation)", measure(lambda: saturation(project)))
        row("saturation view built and painted (chart included)", measure(open_saturation, repeat=3))
        row("methods appendix content (agreement, chart PNG; no leak check)",
            measure(lambda: build_appendix(project, "da"), repeat=3))


if __name__ == "__main__":
    main()
