"""CLI: `report` — frequencies, co-occurrence, segments, coding queries, text search, word
frequencies, coder agreement and the lead's overview, saturation, codebook history and coding origins
(:mod:`qcode.cli.lead_reports`) as CSV, Markdown (stdout or a file) or Excel (a file)."""

from __future__ import annotations

import argparse
import sys
from contextlib import nullcontext
from pathlib import Path

from qcode.analysis.agreement import DEFAULT_THRESHOLD, compare_coders
from qcode.analysis.agreement_alpha import alpha_agreement, alpha_tables
from qcode.analysis.agreement_tables import agreement_tables
from qcode.analysis.agreement_units import UNITS
from qcode.analysis.cooccurrence import MODES, cooccurrence_table
from qcode.analysis.frequencies import MEASURES, frequency_table
from qcode.analysis.query import run_query
from qcode.analysis.retrieval import retrieve, segments_table
from qcode.analysis.search import hits_table, search
from qcode.analysis.table import Table, to_csv, to_markdown, write_xlsx
from qcode.analysis.wordfreq import word_frequencies
from qcode.cli import lead_reports
from qcode.cli.common import add_project_argument, opened
from qcode.core.errors import QcodeError, register_messages, say, ui_language
from qcode.core.project import Project
from qcode.core.quotes import record_export
from qcode.core.report_segments import Segment
from qcode.core.visibility import coding_layer
from qcode.export.report_tables import pseudonymised_tables

KINDS = ("frequencies", "cooccurrence", "segments", "query", "search", "words", "agreement",
         *lead_reports.KINDS)

register_messages({
    "report.needs_code": ("'report segments' needs --code PATH.", "'report segments' kræver --code STI."),
    "report.needs_query": ("'report {kind}' needs --query TEXT.", "'report {kind}' kræver --query TEKST."),
    "report.xlsx_needs_out": ("Excel output needs --out FILE.xlsx.", "Excel-output kræver --out FIL.xlsx."),
    "report.needs_coders": ("'report agreement' needs --coders A B (or more coders for alpha).",
                            "'report agreement' kræver --coders A B (eller flere kodere til alfa)."),
    "report.bad_filter": ("--where takes ATTRIBUTE=VALUE, not '{text}'.",
                          "--where skal have formen ATTRIBUT=VÆRDI, ikke '{text}'."),
    "report.segments_title": ("Segments: {code}", "Segmenter: {code}"),
    "report.query_title": ("Query: {query}", "Forespørgsel: {query}"),
    "report.single_counted": (
        "{count} document(s) coded by one coder only are counted (see the documents table).",
        "{count} dokument(er), som kun én koder har kodet, er talt med (se dokumenttabellen)."),
    "report.single_left_out": (
        "{count} document(s) coded by one coder only are left out (see the documents table; "
        "--include-single counts them).",
        "{count} dokument(er), som kun én koder har kodet, er udeladt (se dokumenttabellen; "
        "--include-single tæller dem med)."),
    "report.written": ("Wrote {count} table(s) to {path}.", "Skrev {count} tabel(ler) til {path}."),
})


class ReportUsageError(QcodeError):
    """The report command was given an incomplete set of options."""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "report",
        help="frequencies, co-occurrence, segments, queries, search, word counts, coder agreement, "
        "overview, saturation, codebook history or coding origins",
        description="Print or save an analysis table. CSV and Markdown go to stdout unless --out is given.",
    )
    add_project_argument(p)
    p.add_argument("kind", choices=KINDS)
    p.add_argument("--code", metavar="PATH", help="limit to this code (segments: the code to retrieve)")
    p.add_argument("--by", default="document",
                   help="frequencies: columns by case, document, coder or a case attribute (e.g. køn)")
    p.add_argument("--measure", default="codings", choices=(*MEASURES, "all"),
                   help="frequencies: what to count (all: one table per measure)")
    p.add_argument("--rollup", action="store_true", help="count sub-codes in their parent codes")
    p.add_argument("--mode", default="overlap", choices=MODES,
                   help="cooccurrence: overlapping codings or the same speaker turn")
    p.add_argument("--context", action="store_true", help="segments: add the whole speaker turn")
    p.add_argument("--where", action="append", default=[], metavar="ATTR=VALUE",
                   help="segments, overview: only cases with this attribute value (repeatable)")
    p.add_argument("--by-coder", action="append", default=[], metavar="NAME",
                   help="segments: only codings by this coder (repeatable)")
    p.add_argument("--query", metavar="TEXT",
                   help="query: e.g. 'ensomhed AND NOT netværk'; search: the words to find")
    p.add_argument("--lemmas", action="store_true", help="search: match every inflected form")
    p.add_argument("--coders", nargs="+", metavar="CODER",
                   help="agreement: two coders to compare (a side may be a group: anna,bo); three or more "
                        "give Krippendorff's alpha among them")
    p.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD, metavar="PERCENT",
                   help="agreement: how much of a segment the other coder must have coded (default 90)")
    p.add_argument("--unit", default="characters", choices=UNITS,
                   help="agreement: what percent, kappa and alpha count (default characters)")
    p.add_argument("--include-single", action="store_true",
                   help="agreement: also count documents only one coder coded (the other coded nothing)")
    p.add_argument("--layer", action="append", default=[], metavar="CODER",
                   help="count only this coder's codings, e.g. --layer consensus (repeatable)")
    p.add_argument("--acknowledge-warnings", action="store_true",
                   help="report although some documents were never searched for names (logged)")
    lead_reports.add_arguments(p)
    p.add_argument("--format", default="csv", choices=("csv", "xlsx", "md"))
    p.add_argument("--out", metavar="FILE", help="write to FILE instead of stdout")
    p.set_defaults(handler=cmd_report)


def _filters(items: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise ReportUsageError("report.bad_filter", text=item)
        out.setdefault(name.strip(), []).append(value.strip())
    return out


def build_tables(project: Project, args: argparse.Namespace) -> list[Table]:
    """The tables a `report` invocation asks for, titled in the user's language (QCODE_LANG)."""
    lang = ui_language()
    if args.kind in lead_reports.KINDS:
        return lead_reports.lead_tables(project, args, _filters(args.where))
    if args.kind == "frequencies":
        measures = MEASURES if args.measure == "all" else (args.measure,)
        return [frequency_table(project, args.by, m, rollup=args.rollup, code=args.code, lang=lang)
                for m in measures]
    if args.kind == "cooccurrence":
        return [cooccurrence_table(project, args.mode, rollup=args.rollup, code=args.code, lang=lang)]
    if args.kind == "segments":
        if not args.code:
            raise ReportUsageError("report.needs_code")
        segments: list[Segment] = retrieve(project, args.code, include_subcodes=True, with_turn=args.context,
                                           coders=args.by_coder, attributes=_filters(args.where))
        return [segments_table(project, segments, title=say("report.segments_title", lang, code=args.code),
                               lang=lang)]
    if args.kind == "agreement":
        if not args.coders or len(args.coders) < 2:
            raise ReportUsageError("report.needs_coders")
        if len(args.coders) > 2:
            result = alpha_agreement(project, [c.strip() for c in args.coders], code=args.code,
                                     rollup=args.rollup, unit=args.unit, include_single=args.include_single)
            _say_left_out(len(result.skipped), counted=False)
            return alpha_tables(result, lang)
        side_a, side_b = ([n.strip() for n in side.split(",") if n.strip()] for side in args.coders)
        agreement = compare_coders(project, side_a, side_b, code=args.code, rollup=args.rollup,
                                   threshold=args.threshold, unit=args.unit,
                                   include_single=args.include_single)
        _say_left_out(len(agreement.single), counted=args.include_single)
        return agreement_tables(agreement, lang)
    if args.kind == "words":
        return [word_frequencies(project, code=args.code, lang=lang)]
    if not args.query:
        raise ReportUsageError("report.needs_query", kind=args.kind)
    if args.kind == "query":
        found = run_query(project, args.query, include_subcodes=True)
        return [segments_table(project, found, title=say("report.query_title", lang, query=args.query),
                               lang=lang)]
    return [hits_table(search(project, args.query, lemmas=args.lemmas), args.query, lang)]


def _say_left_out(count: int, counted: bool) -> None:
    """Say on stderr how many documents only one coder coded. Their names are in the documents table,
    which is pseudonymised like every report (a file name can hold a participant's name)."""
    if not count:
        return
    message = "report.single_counted" if counted else "report.single_left_out"
    print(say(message, ui_language(), count=count), file=sys.stderr)


def cmd_report(args: argparse.Namespace) -> int:
    if args.format == "xlsx" and not args.out:
        raise ReportUsageError("report.xlsx_needs_out")
    # a written report goes into the export log (a write, so it takes the lock); one on stdout only reads
    with opened(args, read_only=not args.out) as project:
        with coding_layer(project, args.layer) if args.layer else nullcontext():
            built = build_tables(project, args)
        # a report is an export: names in labels and texts are pseudonymised and leak-checked
        tables = pseudonymised_tables(project, built, acknowledge_warnings=args.acknowledge_warnings)
        if args.format == "xlsx":
            write_xlsx(tables, args.out)
        else:
            render = to_csv if args.format == "csv" else to_markdown
            text = "\n".join(render(t) for t in tables)
            if args.out:
                # BOM so Excel opens a CSV with æ/ø/å correctly; Markdown stays plain UTF-8.
                Path(args.out).write_text(text, encoding="utf-8-sig" if args.format == "csv" else "utf-8")
            else:
                sys.stdout.write(text)
        if args.out:  # a written report is in the export log, like every other export
            record_export(project, "report", args.format, str(args.out), len(tables), report=args.kind,
                          acknowledged=args.acknowledge_warnings)
    if args.out:
        print(say("report.written", ui_language(), count=len(tables), path=args.out), file=sys.stderr)
    return 0
