"""Open a 50k-word transcript with 2,000 codings in the real main window and paint it.

Prints: time to first paint (lay out and paint the window), then to the first document shown (load text
+ codings + turns, highlight what is on screen, paint), scrolling through it page by page (each page
highlighted as it comes on screen), time to repaint after one more coding, a full re-highlight, the
M-project refresh after a coding (counts and coded shares over 200 documents), and peak memory.
Offscreen; no display needed.
Run: .venv/bin/python bench/bench_paint.py [--words N] [--codings N]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QCODE_LANG", "en")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from workload import documents, transcript  # noqa: E402


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def build(path: Path, words: int, codings: int, extra_docs: int):
    from qcode.core.codebook import add_code, list_codes
    from qcode.core.codings import add_coding
    from qcode.core.documents import add_document
    from qcode.core.project import create_project

    rng = random.Random(5)
    project = create_project(path, coder="bench")
    with project.transaction():
        text = transcript(rng, words)
        doc = add_document(project, "big", text)
        for i in range(16):
            add_code(project, f"kode {i}")
        codes = [c.id for c in list_codes(project)]
        for _ in range(codings):
            start = rng.randrange(0, len(text) - 400)
            add_coding(project, doc, rng.choice(codes), start, start + rng.randrange(20, 400))
        for i, other in enumerate(documents(extra_docs, 8000, seed=3)):
            add_document(project, f"m{i:03}", other)
    return project, doc, text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=50_000)
    parser.add_argument("--codings", type=int, default=2_000)
    parser.add_argument("--documents", type=int, default=199, help="other (uncoded) M-size documents")
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    from qcode.core.codings import add_coding, codings_for_document
    from qcode.ui.app import application
    from qcode.ui.main_window import MainWindow

    app = application()
    tmp = Path(tempfile.mkdtemp())
    project, doc, text = build(tmp / "bench.qcode", args.words, args.codings, args.documents)
    stored = len(codings_for_document(project, doc))
    print(f"document: {len(text.split()):,} words, {len(text):,} characters, {stored:,} codings "
          f"(after same-code merging of the {args.codings:,} applied); {args.documents + 1} documents")

    t0 = time.perf_counter()
    window = MainWindow(project)
    window.resize(1280, 800)
    window.show()
    window.grab()  # lays out and paints every visible widget once
    first_paint = time.perf_counter() - t0
    view = window.workspace.view
    t0 = time.perf_counter()
    while view.document_id != doc:  # the first document ("big") opens on the turn after the first paint
        QApplication.processEvents()
    view.viewport().grab()
    first_document = time.perf_counter() - t0

    t0 = time.perf_counter()
    view.load(doc)
    view.viewport().grab()
    reload_paint = time.perf_counter() - t0

    # Page by page to the end: each page's paragraphs are highlighted as they come on screen.
    bar = view.verticalScrollBar()
    t0 = time.perf_counter()
    pages = 0
    while bar.value() < bar.maximum():
        bar.setValue(bar.value() + bar.pageStep())
        view.viewport().grab()
        pages += 1
    through = time.perf_counter() - t0

    code = window.workspace.codebook.codes()[0].id
    t0 = time.perf_counter()
    add_coding(project, doc, code, 100, 180)  # through the bridge: counts, shares, repaint
    QApplication.processEvents()
    view.viewport().grab()
    after_coding = time.perf_counter() - t0

    # An M-size document (8,000 words, 40 codings): what a coder switches between all day.
    from qcode.core.documents import find_document

    m_doc = find_document(project, "m000").id
    rng = random.Random(9)
    with project.transaction():
        m_len = len(find_document(project, "m000").text)
        for _ in range(40):
            s = rng.randrange(0, m_len - 400)
            add_coding(project, m_doc, code, s, s + rng.randrange(20, 400))
    QApplication.processEvents()
    t0 = time.perf_counter()
    window.workspace.doc_list.select_document(m_doc)
    view.viewport().grab()
    switch_m = time.perf_counter() - t0
    assert view.document_id == m_doc
    window.workspace.doc_list.select_document(doc)
    view.highlighter.set_lazy(False)  # every paragraph, as after scrolling through

    t0 = time.perf_counter()
    view.highlighter.rehighlight()
    full = time.perf_counter() - t0

    t0 = time.perf_counter()
    for step in range(20):
        bar.setValue(bar.maximum() * step // 20)
        view.viewport().grab()
    scroll = (time.perf_counter() - t0) / 20

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{'window open + first paint':<50}{ms(first_paint)}")
    print(f"{'… then the first document opened + paint':<50}{ms(first_document)}")
    print(f"{'reload the document + paint':<50}{ms(reload_paint)}")
    print(f"{f'scroll through it, {pages} pages + paint (total)':<50}{ms(through)}")
    print(f"{'one more coding: refresh + repaint':<50}{ms(after_coding)}")
    print(f"{'switch to an M document (8,000 words) + paint':<50}{ms(switch_m)}")
    print(f"{'full re-highlight of the document':<50}{ms(full)}")
    print(f"{'scroll to a page seen before + paint (mean of 20)':<50}{ms(scroll)}")
    print(f"{'peak memory (RSS, whole process)':<50}{peak:8.0f} MB")
    window.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
