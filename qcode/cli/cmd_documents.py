"""CLI: import documents and list them (`import`, `documents`)."""

from __future__ import annotations

import argparse
import sys

from qcode.cli.common import add_project_argument, opened, print_table, text_progress
from qcode.core.cases import cases_of_document
from qcode.core.documents import list_documents, turns_for_document
from qcode.core.importing import import_documents


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="import transcripts (one transaction per file)")
    add_project_argument(p)
    p.add_argument("files", nargs="+", metavar="FILE", help="files to import")
    p.add_argument("--allow-duplicates", action="store_true",
                   help="import a file even if the same file was imported before")
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("documents", help="list documents with their cases and turn counts")
    add_project_argument(p)
    p.set_defaults(handler=cmd_documents)


def cmd_import(args: argparse.Namespace) -> int:
    with opened(args) as project:
        report = import_documents(project, args.files, text_progress,
                                  allow_duplicates=args.allow_duplicates)
    for path, reason in report.skipped:
        print(f"qcode: skipped {path}: {reason}", file=sys.stderr)
    for path, existing in report.duplicates:
        print(f"qcode: skipped {path}: already imported as '{existing}'", file=sys.stderr)
    print(f"Imported {len(report.imported)} of {len(args.files)} files.")
    return 0 if report.imported or not (report.skipped or report.duplicates) else 1


def cmd_documents(args: argparse.Namespace) -> int:
    with opened(args) as project:
        rows = []
        for doc in list_documents(project):
            cases = ", ".join(c.name for c in cases_of_document(project, doc.id))
            rows.append((doc.name, doc.length, cases, len(turns_for_document(project, doc.id))))
        print_table(("document", "characters", "cases", "turns"), rows)
    return 0
