"""CLI: REFI-QDA project exchange with NVivo, MAXQDA, ATLAS.ti (`refi export`, `refi import`)."""

from __future__ import annotations

import argparse

from qcode.cli.common import add_project_argument, opened
from qcode.core.errors import register_messages, say, ui_language
from qcode.export.refi import export_qdpx
from qcode.io.refi_import import RefiImportResult, import_refi, import_refi_new

register_messages({
    "refi.wrote": ("Wrote {path}: {documents} documents, {codes} codes, {codings} codings.",
                   "Skrev {path}: {documents} dokumenter, {codes} koder, {codings} kodninger."),
    "refi.wrote_pseudonymised": (
        "Wrote pseudonymised {path}: {documents} documents, {codes} codes, {codings} codings.",
        "Skrev pseudonymiseret {path}: {documents} dokumenter, {codes} koder, {codings} kodninger."),
})


def register(sub: argparse._SubParsersAction) -> None:
    refi = sub.add_parser("refi", help="exchange projects with NVivo, MAXQDA, ATLAS.ti (.qdpx)")
    actions = refi.add_subparsers(dest="refi_command", metavar="ACTION")

    p = actions.add_parser("export", help="write the project as a REFI-QDA .qdpx file")
    add_project_argument(p)
    p.add_argument("file", metavar="FILE.qdpx")
    p.add_argument("--anonymised", action="store_true",
                   help="pseudonymise every text and name and run the leak check")
    p.add_argument("--acknowledge-warnings", action="store_true",
                   help="export although the leak check found possible (not certain) identifiers")
    p.set_defaults(handler=cmd_refi_export)

    p = actions.add_parser("import", help="add a .qdpx/.qde project to PROJECT (or a --new one)")
    add_project_argument(p)
    p.add_argument("file", metavar="FILE.qdpx")
    p.add_argument("--new", action="store_true", help="create PROJECT as a new, empty project")
    p.set_defaults(handler=cmd_refi_import)
    refi.set_defaults(handler=lambda args: _usage(refi))


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


def cmd_refi_export(args: argparse.Namespace) -> int:
    with opened(args) as project:
        result = export_qdpx(project, args.file, anonymised=args.anonymised,
                             acknowledge_warnings=args.acknowledge_warnings)
    message = "refi.wrote_pseudonymised" if result.anonymised else "refi.wrote"
    print(say(message, ui_language(), path=result.path, documents=result.documents, codes=result.codes,
              codings=result.codings))
    return 0


def _print(result: RefiImportResult) -> None:
    for line in result.summary(ui_language()):
        print(line)


def cmd_refi_import(args: argparse.Namespace) -> int:
    if args.new:
        _print(import_refi_new(args.project, args.file, coder=args.coder))
        return 0
    with opened(args) as project:
        _print(import_refi(project, args.file))
    return 0
