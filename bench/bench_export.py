"""Time a quote export of 1,000 quotes as .docx and .xlsx (plus .csv and .html), with the register
filled, so pseudonymisation and the leak check do their real work.

Workload: 40 transcripts × ~3,000 words with speaker turns, a case per transcript with attributes,
a person name per transcript mentioned in the text and in the register, 25 codings per transcript
over 5 codes (1,000 quotes), whole-turn context.
Run: .venv/bin/python bench/bench_export.py [--documents N] [--per-document N]
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from workload import WORDS  # noqa: E402

from qcode.anonymise.candidates import PERSON, Candidate  # noqa: E402
from qcode.anonymise.register import record_candidates  # noqa: E402
from qcode.core.cases import ensure_case, link_document, set_attribute  # noqa: E402
from qcode.core.codebook import find_code  # noqa: E402
from qcode.core.codings import add_coding  # noqa: E402
from qcode.core.documents import add_document  # noqa: E402
from qcode.core.project import create_project  # noqa: E402
from qcode.core.quotes import QuoteFilter, select_quotes  # noqa: E402
from qcode.export.quotes import ExportOptions, build_report, report_texts  # noqa: E402
from qcode.export.run import QUOTE_WRITERS, check_leaks, export_report  # noqa: E402
from qcode.io.base import Turn  # noqa: E402

NAMES = ("Birgit", "Jonas", "Fatima", "Palle", "Mette", "Kasper", "Line", "Ahmed", "Sofie", "Henrik")
CODES = ("ensomhed", "netværk", "stigma", "ønsker", "hverdagsliv")


def timed(label: str, fn, *args):
    start = time.perf_counter()
    result = fn(*args)
    elapsed = time.perf_counter() - start
    print(f"{label:<52} {elapsed * 1000:10.1f} ms")
    return result, elapsed


def transcript(rng: random.Random, name: str, words: int) -> tuple[str, list[Turn]]:
    parts, turns, position, written, index = [], [], 0, 0, 0
    while written < words:
        speaker, role = (("Interviewer", "interviewer") if index % 2 == 0 else (name, "interviewee"))
        sentences = []
        for _ in range(rng.randint(2, 6)):
            body = [rng.choice(WORDS) for _ in range(rng.randint(6, 18))]
            if rng.random() < 0.15:
                body.insert(rng.randint(0, len(body)), name)
            sentence = " ".join(body)
            sentences.append(sentence[0].upper() + sentence[1:] + ".")
        line = f"{speaker}: {' '.join(sentences)}"
        turns.append(Turn(position, position + len(line), speaker, role, speaker, position,
                          position + len(speaker)))
        parts.append(line)
        position += len(line) + 2
        written += sum(len(s.split()) for s in sentences)
        index += 1
    return "\n\n".join(parts), turns


def build(path: Path, documents: int, per_document: int, words: int) -> None:
    rng = random.Random(5)
    with create_project(path, coder="bench") as project:
        code_ids = [find_code(project, c).id if _exists(project, c) else _add(project, c) for c in CODES]
        for i in range(documents):
            name = NAMES[i % len(NAMES)]
            text, turns = transcript(rng, name, words)
            document_id = add_document(project, f"interview {i:03d}", text, turns=turns)
            case_id = ensure_case(project, f"{name} {i}")
            link_document(project, document_id, case_id)
            set_attribute(project, case_id, "køn", rng.choice(("kvinde", "mand")))
            set_attribute(project, case_id, "alder", str(rng.randint(20, 80)), "number")
            mentions, start = [], text.find(name)
            while start >= 0:
                mentions.append(Candidate(start, start + len(name), name, PERSON, name, "bench", 1.0))
                start = text.find(name, start + 1)
            record_candidates(project, document_id, mentions)
            bodies = [t for t in turns if t.role == "interviewee"]
            for _ in range(per_document):
                turn = rng.choice(bodies)
                body_start = turn.label_end + 2
                start = rng.randint(body_start, max(body_start, turn.end - 80))
                add_coding(project, document_id, rng.choice(code_ids), start,
                           min(turn.end, start + rng.randint(40, 300)))


def _exists(project, path: str) -> bool:
    try:
        find_code(project, path)
        return True
    except Exception:
        return False


def _add(project, name: str) -> int:
    from qcode.core.codebook import ensure_code_path

    return ensure_code_path(project, name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=40)
    parser.add_argument("--per-document", type=int, default=28)
    parser.add_argument("--quotes", type=int, default=1000)
    parser.add_argument("--words", type=int, default=3000)
    args = parser.parse_args()
    from qcode.core.project import open_project

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.qcode"
        timed(f"build project ({args.documents} documents)", build, path, args.documents,
              args.per_document, args.words)
        with open_project(path, coder="bench") as project:
            codes = tuple(find_code(project, c).id for c in CODES)
            quotes, _ = timed("select quotes", select_quotes, project, QuoteFilter(codes))
            quotes = quotes[:args.quotes]  # overlapping codings merge, so build a few more and cut
            print(f"{'':<52} {len(quotes):10d} quotes")
            # Synthetic word salad makes the model guess names ("Rigtig de"); the bench acknowledges such
            # warnings as a user would, so every step runs.
            options = ExportOptions(context="turn", acknowledge_warnings=True)
            report, _ = timed("render (pseudonymise, context, citations)", build_report, project,
                              quotes, options)
            texts = report_texts(report)
            timed(f"leak check ({len(texts)} texts)", check_leaks, project, texts, True)
            for fmt, writer in QUOTE_WRITERS.items():
                timed(f"write {fmt} only", writer, report, Path(folder) / f"only.{fmt}")
            for fmt in ("docx", "xlsx", "csv", "html"):
                out = Path(folder) / f"citater.{fmt}"
                timed(f"export {fmt} (leak check + write + log)", export_report, project, report, out, fmt)
                print(f"{'':<52} {out.stat().st_size / 1024:10.0f} KiB")
            start = time.perf_counter()
            report = build_report(project, select_quotes(project, QuoteFilter(codes))[:args.quotes],
                                  options)
            export_report(project, report, Path(folder) / "all.docx", "docx")
            total = time.perf_counter() - start
            print(f"{'end to end: select + render + check + write docx':<52} {total * 1000:10.1f} ms")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{'peak memory (RSS)':<52} {peak:10.0f} MB")


if __name__ == "__main__":
    main()
