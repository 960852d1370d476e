"""CLI: import documents and list them (`import`, `documents`)."""

from __future__ import annotations

import argparse
import json
import sys

from qcode.cli.common import add_project_argument, columns, note, opened, print_table, text_progress
from qcode.core.cases import cases_of_document
from qcode.core.documents import list_documents, turns_for_document
from qcode.core.errors import say, ui_language
from qcode.io import supported_suffixes
from qcode.io.importing import import_documents

ROLE_CHOICES = ("interviewer", "interviewee", "other")


def _roles(value: str) -> tuple[str, ...]:
    roles = tuple(r.strip() for r in value.split(",") if r.strip())
    bad = [r for r in roles if r not in ROLE_CHOICES]
    if bad:
        raise argparse.ArgumentTypeError(f"unknown role {bad[0]!r} (use {', '.join(ROLE_CHOICES)})")
    return roles


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "import", help="import transcripts (each file whole or not at all)",
        description=f"Import transcripts ({', '.join(supported_suffixes())}). Speaker turns and "
        "header metadata are detected; interviewees become cases. Bad files are skipped with a "
        "reason and leave the project unchanged.")
    add_project_argument(p)
    p.add_argument("files", nargs="+", metavar="FILE",
                   help="files to import (a folder: every supported file in it)")
    p.add_argument("--allow-duplicates", action="store_true",
                   help="import a file even if the same file was imported before")
    p.add_argument("--autocode-speakers", nargs="?", const=("interviewer",), default=(),
                   type=_roles, metavar="ROLES",
                   help="code every turn of these roles (comma-separated; default: interviewer) "
                   "with a code named after its speaker, e.g. 'Interviewer'")
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("documents", help="list documents with their cases and turn counts")
    add_project_argument(p)
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(handler=cmd_documents)


def cmd_import(args: argparse.Namespace) -> int:
    with opened(args) as project:
        report = import_documents(project, args.files, text_progress,
                                  allow_duplicates=args.allow_duplicates,
                                  autocode_roles=args.autocode_speakers)
    lang = ui_language()
    for line in report.lines(lang):
        print(f"qcode: {line}", file=sys.stderr)
    for path, warning in report.warnings:
        note(f"{path}: {warning}", lang)
    print(report.summary(lang))
    if report.autocoded:
        print(say("import.autocoded", lang, n=report.autocoded))
    return 0 if report.imported or not (report.skipped or report.duplicates) else 1


def cmd_documents(args: argparse.Namespace) -> int:
    with opened(args, read_only=True) as project:
        rows = []
        for doc in list_documents(project):
            cases = [c.name for c in cases_of_document(project, doc.id)]
            rows.append((doc.name, doc.length, cases, len(turns_for_document(project, doc.id))))
    if args.format == "json":
        print(json.dumps([{"name": n, "characters": k, "cases": c, "turns": t} for n, k, c, t in rows],
                         ensure_ascii=False, indent=2))
    else:
        print_table(columns("document", "characters", "cases", "turns"),
                    [(n, k, ", ".join(c), t) for n, k, c, t in rows])
    return 0
