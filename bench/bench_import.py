"""Import the M workload from files and print timings and peak memory.

M workload: 200 transcripts × ~8,000 words written as real files in the layouts and formats
transcripts arrive in: UTF-8 .txt (Name: …), Windows-1252 CRLF .txt with upper-case TAB labels,
.txt with [hh:mm:ss] prefixes, .docx and hard-wrapped multi-page .pdf. The import itself runs in a
fresh process so its peak memory is not the generator's.
Run: .venv/bin/python bench/bench_import.py [--documents N] [--words N]
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from workload import transcript  # noqa: E402


def _layout(text: str, kind: str) -> str:
    turns = text.split("\n\n")
    if kind == "upper":
        return "\n\n".join(t.replace("Interviewer: ", "INTERVIEWER:\t").replace("Informant: ", "KAREN:\t")
                           for t in turns)
    if kind == "timestamps":
        return "Deltager: Karen, 40 år\n\n" + "\n\n".join(
            f"[{k // 3600:02d}:{k // 60 % 60:02d}:{k % 60:02d}] {t}" for k, t in
            zip(range(0, 20 * len(turns), 20), turns, strict=False))
    return text


def generate(folder: Path, count: int, words: int) -> dict[str, int]:
    """Write the workload; returns files per format."""
    import docx
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    rng = random.Random(7)
    made: dict[str, int] = {}
    for n in range(count):
        text = transcript(rng, words)
        slot = n % 10
        if slot < 4:
            (folder / f"t{n:03d}.txt").write_text(_layout(text, "plain"), encoding="utf-8")
            kind = "txt utf-8"
        elif slot < 6:
            (folder / f"t{n:03d}.txt").write_bytes(_layout(text, "upper").replace("\n", "\r\n")
                                                   .encode("cp1252"))
            kind = "txt cp1252 crlf"
        elif slot == 6:
            (folder / f"t{n:03d}.txt").write_text(_layout(text, "timestamps"), encoding="utf-8")
            kind = "txt timestamps"
        elif slot < 9:
            document = docx.Document()
            for paragraph in text.split("\n"):
                document.add_paragraph(paragraph)
            document.save(str(folder / f"t{n:03d}.docx"))
            kind = "docx"
        else:
            pdf = canvas.Canvas(str(folder / f"t{n:03d}.pdf"), pagesize=A4)
            y, page = 800, 1
            pdf.setFont("Helvetica", 9)
            for paragraph in text.split("\n\n"):
                line = ""
                for word in paragraph.split() + [None]:
                    if word is None or len(line) + len(word) > 95:
                        pdf.drawString(50, y, line.rstrip())
                        y -= 12
                        line = ""
                        if y < 60:
                            pdf.drawString(290, 30, str(page))
                            pdf.showPage()
                            pdf.setFont("Helvetica", 9)
                            y, page = 800, page + 1
                    if word is not None:
                        line += word + " "
            pdf.save()
            kind = "pdf"
        made[kind] = made.get(kind, 0) + 1
    return made


def measure(folder: Path) -> None:
    """Read, review-collect and store every file; print figures."""
    from qcode.core.documents import list_documents
    from qcode.core.importing import read_files, store_documents
    from qcode.core.project import create_project
    from qcode.io import read_document
    from qcode.io.speaker_map import collect_speakers, default_decisions

    paths = sorted(folder.iterdir())
    per_format: dict[str, float] = {}

    def timed_read(path: Path):
        start = time.perf_counter()
        document = read_document(path)
        per_format[path.suffix] = per_format.get(path.suffix, 0.0) + time.perf_counter() - start
        return document

    start = time.perf_counter()
    result = read_files(paths, read=timed_read)
    read_s = time.perf_counter() - start
    start = time.perf_counter()
    decisions = default_decisions(collect_speakers(result.documents))
    review_s = time.perf_counter() - start
    project = create_project(folder.parent / "bench.qcode", coder="bench")
    start = time.perf_counter()
    report = store_documents(project, result.documents, decisions, autocode_roles=("interviewer",))
    store_s = time.perf_counter() - start
    words = sum(len(d.text.split()) for d in result.documents)
    turns = sum(len(d.turns) for d in result.documents)
    counts = {s: sum(1 for p in paths if p.suffix == s) for s in per_format}
    print(f"files: {len(paths)} ({words:,} words, {turns:,} turns); imported "
          f"{len(list_documents(project))}, skipped {len(report.skipped) + len(result.report.skipped)}")
    print(f"read (decode, repair, detect turns): {read_s * 1000:,.0f} ms "
          f"({read_s * 1000 / len(paths):.1f} ms per file)")
    for suffix, seconds in sorted(per_format.items()):
        print(f"  {suffix}: {seconds * 1000 / counts[suffix]:.1f} ms per file ({counts[suffix]} files)")
    print(f"collect speakers for the review: {review_s * 1000:.1f} ms")
    print(f"store (one transaction per file, cases, {report.autocoded:,} autocoded turns): "
          f"{store_s * 1000:,.0f} ms")
    print(f"total: {(read_s + review_s + store_s):.2f} s")
    project.close()
    print(f"peak memory (RSS) of the import process: "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=200)
    parser.add_argument("--words", type=int, default=8000)
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure(args.measure)
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "files"
        folder.mkdir()
        start = time.perf_counter()
        made = generate(folder, args.documents, args.words)
        print(f"generated {args.documents} files × ~{args.words} words in "
              f"{time.perf_counter() - start:.1f} s: {made}")
        subprocess.run([sys.executable, __file__, "--measure", str(folder)], check=True)


if __name__ == "__main__":
    main()
