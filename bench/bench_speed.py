"""Where users wait (#19): each figure next to its bare limit, measured in the same run, and the ratio.

Rows: coding (single actions and one batch, on a small and on a 50,000-word document), opening a
project until the window is painted, importing S/M/L folders of transcripts, the .docx quote export
(writing, and the leak check of every quote), start to a painted window, and `qcode anonymise` of one
short file. Each row is the best of ``--repeat`` runs (the machine is shared); the limit is the same
operation done the plainest fast way in SQLite/python-docx/Qt, copied into this script.
Run: .venv/bin/python bench/bench_speed.py [--only coding,open,import,export,start,cli] [--repeat N]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QCODE_LANG", "en")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from workload import documents, transcript  # noqa: E402

ROWS: list[tuple[str, float, float]] = []


def best(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def row(label: str, limit: float, qcode: float) -> None:
    ROWS.append((label, limit, qcode))
    print(f"| {label} | {limit * 1000:,.0f} ms | {qcode * 1000:,.0f} ms | {qcode / limit:.2f}× |", flush=True)


# -- coding --------------------------------------------------------------------------------------
def bench_coding(folder: Path, repeat: int, n: int) -> None:
    from qcode.core.codebook import add_code, list_codes
    from qcode.core.coding_edits import add_codings
    from qcode.core.codings import add_coding
    from qcode.core.documents import add_document
    from qcode.core.project import create_project

    rng = random.Random(3)
    path = folder / "coding.qcode"
    project = create_project(path, coder="bench")
    small_text, big_text = transcript(rng, 3000), transcript(rng, 50_000)
    small = add_document(project, "small", small_text)
    big = add_document(project, "big", big_text)
    for i in range(8):
        add_code(project, f"kode {i}")
    codes = [c.id for c in list_codes(project)]
    db = project.db.conn
    stamp = "2026-01-01T00:00:00"

    def ranges(doc, length):
        r = random.Random(doc)
        out = []
        for _ in range(n):
            s = r.randrange(0, length - 400)
            out.append((doc, s, s + r.randint(40, 300)))
        return out

    def clear():
        db.execute("DELETE FROM codings")
        db.execute("DELETE FROM change_log")
        db.commit()

    def bare_single(rs):
        def run():
            clear()
            for i, (d, s, e) in enumerate(rs):
                with db:
                    db.execute('INSERT INTO codings (document_id, code_id, start, "end", coder_id, '
                               "created_at, updated_at, memo) VALUES (?, ?, ?, ?, ?, ?, ?, '')",
                               [d, codes[i % 8], s, e, project.coder_id, stamp, stamp])
        return run

    def bare_batch(rs):
        def run():
            clear()
            with db:
                db.executemany('INSERT INTO codings (document_id, code_id, start, "end", coder_id, '
                               "created_at, updated_at, memo) VALUES (?, ?, ?, ?, ?, ?, ?, '')",
                               [(d, codes[0], s, e, project.coder_id, stamp, stamp) for d, s, e in rs])
        return run

    def qcode_single(rs):
        def run():
            clear()
            for i, (d, s, e) in enumerate(rs):
                add_coding(project, d, codes[i % 8], s, e)
        return run

    def qcode_batch(rs):
        def run():
            clear()
            add_codings(project, codes[0], rs)
        return run

    for name, doc, text in (("3,000 words", small, small_text), ("50,000 words", big, big_text)):
        rs = ranges(doc, len(text))
        limit = best(bare_single(rs), repeat)
        row(f"add {n:,} codings one action each, {name}", limit, best(qcode_single(rs), repeat))
        limit = best(bare_batch(rs), repeat)
        row(f"add {n:,} codings in one batch, {name}", limit, best(qcode_batch(rs), repeat))
    _bench_going_back(project, big, len(big_text), codes[0], repeat)
    project.close()


def _bench_going_back(project, doc: int, length: int, code: int, repeat: int, held: int = 20_000) -> None:
    """Coding backwards through a long document that holds many codings of the code, none touched:
    what a coding action reads should not grow with what the document holds (version 11 read every
    coding ending after the new range)."""
    from qcode.core.codings import add_coding

    db, stamp, step = project.db.conn, "2026-01-01T00:00:00", length // held
    rows = [(doc, code, i * step, i * step + 4, project.coder_id, stamp, stamp) for i in range(held)]
    new = [(i * step + 8, i * step + 12) for i in range(held - 1, 0, -held // 500)]
    insert = ('INSERT INTO codings (document_id, code_id, start, "end", coder_id, created_at, updated_at, '
              "memo) VALUES (?, ?, ?, ?, ?, ?, ?, '')")

    def hold():
        db.execute("DELETE FROM codings")
        db.execute("DELETE FROM change_log")
        with db:
            db.executemany(insert, rows)

    def bare():
        hold()
        start = time.perf_counter()
        for s, e in new:
            with db:
                db.execute(insert, [doc, code, s, e, project.coder_id, stamp, stamp])
        return time.perf_counter() - start

    def qcode():
        hold()
        start = time.perf_counter()
        for s, e in new:
            add_coding(project, doc, code, s, e)
        return time.perf_counter() - start

    row(f"add {len(new)} codings one action each, backwards through {held:,} codings of the code",
        min(bare() for _ in range(repeat)), min(qcode() for _ in range(repeat)))


# -- opening -------------------------------------------------------------------------------------
def build_m(path: Path, docs: int) -> None:
    from qcode.core.codebook import add_code, list_codes
    from qcode.core.documents import add_document
    from qcode.core.project import create_project

    rng = random.Random(5)
    project = create_project(path, coder="bench")
    stamp = "2026-01-01T00:00:00"
    with project.transaction():
        big = add_document(project, "big", transcript(rng, 50_000))
        ids = [add_document(project, f"m{i:03}", t) for i, t in enumerate(documents(docs, 8000, seed=3))]
        for i in range(30):
            add_code(project, f"kode {i}")
        codes = [c.id for c in list_codes(project)]
        rows = []
        for d in [big] * 2000 + ids * 40:
            s = rng.randrange(0, 40_000)
            rows.append((d, rng.choice(codes), s, s + rng.randint(20, 400), project.coder_id, stamp, stamp))
        project.db.conn.executemany('INSERT INTO codings (document_id, code_id, start, "end", coder_id, '
                                    "created_at, updated_at, memo) VALUES (?, ?, ?, ?, ?, ?, ?, '')", rows)
    project.close()


def bare_open(path: Path) -> float:
    """The limit: the code tree with counts and the document list in plain Qt item views, painted."""
    start = time.perf_counter()
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QMainWindow, QSplitter, QTableView, QTreeView

    conn = sqlite3.connect(path)
    counts = dict(conn.execute("SELECT code_id, count(*) FROM codings GROUP BY code_id"))
    tree = QStandardItemModel()
    items: dict[int, QStandardItem] = {}
    for code_id, name, parent in conn.execute("SELECT id, name, parent_id FROM codes ORDER BY id"):
        items[code_id] = QStandardItem(name)
        (items[parent] if parent in items else tree.invisibleRootItem()).appendRow(
            [items[code_id], QStandardItem(str(counts.get(code_id, 0)))])
    docs = QStandardItemModel()
    for _id, name in conn.execute("SELECT id, name FROM documents ORDER BY name"):
        docs.appendRow(QStandardItem(name))
    conn.close()
    window = QMainWindow()
    splitter = QSplitter()
    for view, model in ((QTableView(), docs), (QTreeView(), tree)):
        view.setModel(model)
        splitter.addWidget(view)
    window.setCentralWidget(splitter)
    window.resize(1280, 800)
    window.show()
    window.grab()
    elapsed = time.perf_counter() - start
    window.close()
    return elapsed


def qcode_open(path: Path) -> float:
    from qcode.core.project import open_project
    from qcode.ui.main_window import MainWindow

    start = time.perf_counter()
    window = MainWindow(open_project(path, coder="bench"))
    window.resize(1280, 800)
    window.show()
    window.grab()
    elapsed = time.perf_counter() - start
    window.close()
    window.close_project()
    return elapsed


def bench_open(folder: Path, repeat: int) -> Path:
    from qcode.ui.app import application

    application()
    path = folder / "m.qcode"
    build_m(path, 199)
    bare_open(path)
    qcode_open(path)  # warm both (fonts, styles)
    row("open the M project (+ one 50,000-word document), painted",
        min(bare_open(path) for _ in range(repeat)), min(qcode_open(path) for _ in range(repeat)))
    return path


# -- start to a painted window, and the CLI's start-up -------------------------------------------
BARE_START = """
import sqlite3, sys
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTreeView
app = QApplication(["bare"])
conn = sqlite3.connect(sys.argv[1])
model = QStandardItemModel()
for (name,) in conn.execute("SELECT name FROM documents ORDER BY name"):
    model.appendRow(QStandardItem(name))
window = QMainWindow(); view = QTreeView(); view.setModel(model); window.setCentralWidget(view)
window.resize(1280, 800); window.show(); window.grab()
"""


# `python -m qcode PROJECT` until the window is idle: the first document opened and painted, and the event
# loop about to wait for the user (what a coder who clicks at once waits for). The smoke report is held
# back until then; the modules load in the order `python -m qcode` loads them.
IDLE_START = """
import gc, sys
gc.disable()
try:
    from qcode.ui import app, smoke
finally:
    gc.freeze(); gc.enable()
from PySide6.QtCore import QAbstractEventDispatcher
report = smoke._QuitAfterPaint.report

def when_idle(self):
    dispatcher = QAbstractEventDispatcher.instance()
    def check():
        ws = self.window.workspace
        if ws is None or ws.view.document_id is not None:
            dispatcher.aboutToBlock.disconnect(check)
            report(self)
    dispatcher.aboutToBlock.connect(check)

smoke._QuitAfterPaint.report = when_idle
sys.exit(app.main(sys.argv[1:]))
"""


def run_wall(args: list[str], env: dict[str, str] | None = None) -> float:
    """Wall time of a fresh process; bytecode may be cached (as an installed qcode has it)."""
    env = dict(os.environ if env is None else env)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.perf_counter()
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, env=env)
    return time.perf_counter() - start


def bench_start(folder: Path, repeat: int, project: Path) -> None:
    env = dict(os.environ, QCODE_QUIT_AFTER_PAINT="1", XDG_CONFIG_HOME=str(folder / "config"),
               QCODE_CODER="bench")
    py = sys.executable
    run_wall([py, "-c", BARE_START, str(project)])
    run_wall([py, "-m", "qcode", str(project)], env)
    limit = min(run_wall([py, "-c", BARE_START, str(project)]) for _ in range(repeat))
    qcode = min(run_wall([py, "-m", "qcode", str(project)], env) for _ in range(repeat))
    row("start to a painted window (the M project)", limit, qcode)
    run_wall([py, "-c", IDLE_START, str(project)], env)
    idle = min(run_wall([py, "-c", IDLE_START, str(project)], env) for _ in range(repeat))
    row("start to an idle window, first document open (limit: the bare painted window)", limit, idle)


def bench_cli(folder: Path, repeat: int) -> None:
    short = folder / "kort.txt"
    short.write_text("Interviewer: Hvor gammel er du, Birgit?\n\nBirgit: Jeg er 54 og bor i Odense med "
                     "min søster Mette Hansen.\n", encoding="utf-8")
    py = sys.executable
    bare = [py, "-c", "import spacy; spacy.blank('da')('Jeg er 54 og bor i Odense.')"]
    qcode = [py, "-m", "qcode", "anonymise", "--report", str(short)]
    run_wall(bare)
    run_wall(qcode)
    row("`qcode anonymise --report` of a short file (start-up)", min(run_wall(bare) for _ in range(repeat)),
        min(run_wall(qcode) for _ in range(repeat)))


# -- import --------------------------------------------------------------------------------------
def bare_import(files: list[Path], path: Path) -> None:
    """The limit: read every file, store text and turns, index with FTS5, one transaction."""
    conn = sqlite3.connect(path)
    conn.executescript("CREATE TABLE documents (id INTEGER PRIMARY KEY, name TEXT, text TEXT);"
                       "CREATE TABLE turns (document_id INTEGER, start INTEGER, stop INTEGER, speaker TEXT);"
                       "CREATE VIRTUAL TABLE fts USING fts5(text, content='documents', content_rowid='id');")
    with conn:
        for f in files:
            text = f.read_text(encoding="utf-8")
            doc = conn.execute("INSERT INTO documents (name, text) VALUES (?, ?)", [f.stem, text]).lastrowid
            conn.execute("INSERT INTO fts (rowid, text) VALUES (?, ?)", [doc, text])
            turns, pos = [], 0
            for line in text.split("\n\n"):
                turns.append((doc, pos, pos + len(line), line.partition(":")[0]))
                pos += len(line) + 2
            conn.executemany("INSERT INTO turns VALUES (?, ?, ?, ?)", turns)
    conn.close()


def qcode_import(files: list[Path], path: Path) -> None:
    from qcode.core.project import create_project
    from qcode.io.importing import import_documents

    with create_project(path, coder="bench") as project:
        import_documents(project, files)


def bench_import(folder: Path, repeat: int, sizes: dict[str, int]) -> None:
    source = folder / "files"
    source.mkdir()
    texts = documents(max(sizes.values()), 8000, seed=11)
    files = []
    for i, text in enumerate(texts):
        files.append(source / f"interview_{i:04}.txt")
        files[-1].write_text(text, encoding="utf-8")
    for size, count in sizes.items():
        chosen = files[:count]

        def fresh(fn, chosen=chosen):
            target = folder / "import.qcode"
            for p in folder.glob("import.qcode*"):
                p.unlink()
            fn(chosen, target)

        fresh(bare_import)
        limit = best(lambda: fresh(bare_import), repeat)
        row(f"import {size}: {count} transcripts × 8,000 words (.txt)", limit,
            best(lambda: fresh(qcode_import), repeat))


# -- quote export --------------------------------------------------------------------------------
def bare_docx(paragraphs: list[tuple[str, str]], out: Path) -> None:
    """The limit: python-docx writing the same headings and paragraphs, appended the linear way."""
    import docx

    document = docx.Document()
    body = document.element.body
    sect = body.sectPr
    # document.add_paragraph looks for sectPr every time; build each paragraph and insert before it
    from docx.oxml import OxmlElement
    from docx.text.paragraph import Paragraph

    styles = {name: document.styles[name].style_id for name in {s for s, _ in paragraphs}}
    for style, text in paragraphs:
        element = OxmlElement("w:p")
        sect.addprevious(element)
        element.style = styles[style]
        Paragraph(element, document._body).add_run(text)
    document.save(out)


def bench_export(folder: Path, repeat: int, docs: int) -> None:
    import bench_export as be

    from qcode.core.codebook import find_code
    from qcode.core.project import open_project
    from qcode.core.quotes import QuoteFilter, select_quotes
    from qcode.export.quotes import ExportOptions, build_report, report_texts
    from qcode.export.run import QUOTE_WRITERS, check_leaks

    path = folder / "export.qcode"
    be.build(path, docs, 28, 3000)
    with open_project(path, coder="bench") as project:
        codes = tuple(find_code(project, c).id for c in be.CODES)
        quotes = select_quotes(project, QuoteFilter(codes))
        report = build_report(project, quotes, ExportOptions(context="turn", acknowledge_warnings=True))
        texts = report_texts(report)
        paragraphs = [("Heading 2", f"Kode {i % 5}") if i % 20 == 0 else ("Normal", t)
                      for i, t in enumerate(texts)]
        out = folder / "q.docx"
        limit = best(lambda: bare_docx(paragraphs, out), repeat)
        write = best(lambda: QUOTE_WRITERS["docx"](report, out), repeat)
        row(f"write {len(quotes):,} quotes to .docx (no check)", limit, write)
        from qcode.anonymise import detect

        check_leaks(project, texts, True)  # loads the detectors and the model once

        def first_check():
            detect._CACHE.clear()  # texts the process has not checked before
            check_leaks(project, texts, True)

        first = best(first_check, repeat)
        again = best(lambda: check_leaks(project, texts, True), repeat)
        unique = len({t for _w, t in texts})
        print(f"| leak check of {len(quotes):,} quotes ({len(texts):,} texts, {unique:,} distinct), "
              f"model loaded, texts new | ≤ 1,000 ms goal | {first * 1000:,.0f} ms | |", flush=True)
        print(f"| … the same texts checked again (export after an acknowledgement, another format) "
              f"| ≤ 1,000 ms goal | {again * 1000:,.0f} ms | |", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="coding,open,start,cli,import,export")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--codings", type=int, default=2000)
    parser.add_argument("--sizes", default="S=50,M=200,L=500")
    parser.add_argument("--export-documents", type=int, default=80)
    args = parser.parse_args()
    only = set(args.only.split(","))
    folder = Path(tempfile.mkdtemp(prefix="qcode-speed-"))
    print("| operation | limit | qcode | ratio |\n| --- | ---: | ---: | ---: |")
    try:
        if "coding" in only:
            bench_coding(folder, args.repeat, args.codings)
        project = None
        if only & {"open", "start"}:
            project = bench_open(folder, args.repeat) if "open" in only else None
            if project is None:
                project = folder / "m.qcode"
                build_m(project, 199)
        if "start" in only and project is not None:
            bench_start(folder, args.repeat, project)
        if "cli" in only:
            bench_cli(folder, args.repeat)
        if "import" in only:
            sizes = {k: int(v) for k, v in (p.split("=") for p in args.sizes.split(","))}
            bench_import(folder, args.repeat, sizes)
        if "export" in only:
            bench_export(folder, args.repeat, args.export_documents)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
