"""CLI: `export PROJECT quotes|codebook|memos|appendix|saturation ...` (pseudonymised, leak-checked; the
last two are in :mod:`qcode.cli.export_lead`)."""

from __future__ import annotations

import argparse
import sys

from qcode.cli import export_lead
from qcode.cli.common import add_project_argument, opened
from qcode.core.codebook import find_code
from qcode.core.coders import list_coders
from qcode.core.documents import find_document
from qcode.core.errors import QcodeError, register_messages, say, ui_language
from qcode.core.quotes import QuoteFilter
from qcode.core.reports import attribute_names
from qcode.export import EXPORTERS, export_format
from qcode.export.citations import missing_fields
from qcode.export.quotes import CONTEXTS, DEFAULT_CITATION, ExportOptions, citation_problem
from qcode.export.run import export_codebook, export_memos, export_quotes

register_messages({
    "export.bad_citation": ("The citation template '{template}' cannot be used: {problem}.",
                            "Kildeangivelsen '{template}' kan ikke bruges: {problem}."),
    "export.quotes_done": ("Exported {n} quotes to {path} ({format}).",
                            "Eksporterede {n} citater til {path} ({format})."),
    "export.codebook_done": ("Exported {n} codes to {path} ({format}).",
                              "Eksporterede {n} koder til {path} ({format})."),
    "export.bad_attribute": (
        "Write attribute filters as NAME=VALUE, not '{value}'.",
        "Skriv attributfiltre som NAVN=VÆRDI, ikke '{value}'.",
    ),
    "export.memos_done": ("Exported {n} memos to {path} ({format}).",
                          "Eksporterede {n} memoer til {path} ({format})."),
    "export.default_citation_fields": (
        "Note: the cases have no {fields}; the citations leave it out.",
        "Bemærk: casene har ingen {fields}; kildeangivelserne udelader det."),
    "export.no_coder": ("No coder named '{name}'.", "Der er ingen koder med navnet '{name}'."),
})


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="export anonymised quotes, the codebook, memos, the methods "
                       "appendix or the saturation chart")
    add_project_argument(p)
    what = p.add_subparsers(dest="what", metavar="WHAT", required=True)

    q = what.add_parser("quotes", help="quotes of one or more codes as a report or table")
    q.add_argument("--code", nargs="+", required=True, metavar="PATH", help="code path(s), e.g. stigma")
    q.add_argument("--format", choices=EXPORTERS["quotes"], help="default: from --out's suffix")
    q.add_argument("--out", required=True, metavar="FILE")
    q.add_argument("--no-children", action="store_true", help="leave out the codes' sub-codes")
    q.add_argument("--attribute", action="append", default=[], metavar="NAME=VALUE",
                   help="only cases with this attribute value (repeat; same NAME means either)")
    q.add_argument("--by-coder", action="append", default=[], metavar="NAME",
                   help="only codings by this coder (repeatable)")
    q.add_argument("--document", action="append", default=[], metavar="NAME",
                   help="only this document (repeatable)")
    q.add_argument("--favourites", action="store_true", help="only quotes marked as favourites")
    q.add_argument("--context", choices=CONTEXTS, default="none",
                   help="show the whole speaker turn or sentences around the coded segment")
    q.add_argument("--sentences", type=int, default=1, choices=range(1, 11), metavar="1-10",
                   help="sentences before and after (--context sentences)")
    q.add_argument("--citation", default=None,
                   help="citation template, fields: {nr} {case} {dokument} {kode} and case attributes "
                   f"such as {{køn}} {{alder}}; default: {DEFAULT_CITATION} (leaving out what a project "
                   "does not have)")
    q.add_argument("--keep-exact-age", action="store_true", help="cite ages as '46 år', not '40'erne'")
    q.add_argument("--criteria", choices=("inline", "appendix", "none"), default="inline",
                   help="where code definitions go in docx/html reports")
    q.add_argument("--title", default="Udvalgte citater")
    q.add_argument("--subtitle", default="")
    q.add_argument("--acknowledge-warnings", action="store_true",
                   help="export despite leak-check warnings (hits always block)")
    q.set_defaults(handler=cmd_export_quotes)

    c = what.add_parser("codebook", help="the codebook with definitions and counts")
    c.add_argument("--format", choices=EXPORTERS["codebook"], help="default: from --out's suffix")
    c.add_argument("--out", required=True, metavar="FILE")
    c.add_argument("--acknowledge-warnings", action="store_true")
    c.set_defaults(handler=cmd_export_codebook)

    m = what.add_parser("memos", help="every memo (project, document, code and coding memos)")
    m.add_argument("--format", choices=EXPORTERS["memos"], help="default: from --out's suffix")
    m.add_argument("--out", required=True, metavar="FILE")
    m.add_argument("--acknowledge-warnings", action="store_true")
    m.set_defaults(handler=cmd_export_memos)
    export_lead.register(what)


def _attribute_filter(items: list[str]) -> dict[str, frozenset[str]]:
    wanted: dict[str, set[str]] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise QcodeError("export.bad_attribute", value=item)
        wanted.setdefault(name.strip(), set()).add(value.strip())
    return {name: frozenset(values) for name, values in wanted.items()}


def cmd_export_quotes(args: argparse.Namespace) -> int:
    fmt = export_format("quotes", args.out, args.format)  # refused before the project is opened
    with opened(args) as project:
        coders = {c.name: c.id for c in list_coders(project)}
        for name in args.by_coder:
            if name not in coders:
                raise QcodeError("export.no_coder", name=name)
        selection = QuoteFilter(
            tuple(find_code(project, path).id for path in args.code),
            include_children=not args.no_children,
            attributes=_attribute_filter(args.attribute),
            coder_ids=frozenset(coders[name] for name in args.by_coder),
            document_ids=frozenset(find_document(project, name).id for name in args.document),
            favourites_only=args.favourites,
        )
        known = [name for name, _type in attribute_names(project)]
        template = args.citation or DEFAULT_CITATION
        if args.citation:  # a template the user wrote must be right; the default fits any project
            problem = citation_problem(template, known)
            if problem:
                raise QcodeError("export.bad_citation", template=template, problem=problem)
        else:
            missing = missing_fields(template, known)
            if missing:
                print(say("export.default_citation_fields", ui_language(), fields=", ".join(missing)),
                      file=sys.stderr)
        options = ExportOptions(
            context=args.context, sentences=args.sentences, citation_template=template,
            keep_exact_age=args.keep_exact_age, criteria=args.criteria, title=args.title,
            subtitle=args.subtitle, acknowledge_warnings=args.acknowledge_warnings,
        )
        result = export_quotes(project, selection, args.out, fmt, options)
    print(say("export.quotes_done", ui_language(), n=result.items, path=result.path, format=result.format))
    return 0


def cmd_export_codebook(args: argparse.Namespace) -> int:
    fmt = export_format("codebook", args.out, args.format)
    with opened(args) as project:
        result = export_codebook(project, args.out, fmt, args.acknowledge_warnings)
    print(say("export.codebook_done", ui_language(), n=result.items, path=result.path, format=result.format))
    return 0


def cmd_export_memos(args: argparse.Namespace) -> int:
    fmt = export_format("memos", args.out, args.format)
    with opened(args) as project:
        result = export_memos(project, args.out, fmt, args.acknowledge_warnings)
    print(say("export.memos_done", ui_language(), n=result.items, path=result.path, format=result.format))
    return 0
