"""CLI: create projects and show their statistics (`new`, `stats`, `log`)."""

from __future__ import annotations

import argparse

from qcode.cli.common import add_project_argument, columns, opened, print_table
from qcode.core.codebook import code_path, list_codes
from qcode.core.codings import code_statistics
from qcode.core.errors import register_messages, say, ui_language
from qcode.core.history import read_log
from qcode.core.project import create_project

register_messages({"project.created": ("Created {path}", "Oprettede {path}")})


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("new", help="create a new project with the default codebook")
    p.add_argument("project", metavar="PROJECT", help="path of the new .qcode file")
    p.add_argument("--empty", action="store_true", help="start without the default codebook")
    p.add_argument("--coder", help="the first coder's name")
    p.set_defaults(handler=cmd_new)

    p = sub.add_parser("stats", help="count codings, documents and coded characters per code")
    add_project_argument(p)
    p.set_defaults(handler=cmd_stats)

    p = sub.add_parser("log", help="show the change log (audit trail)")
    add_project_argument(p)
    p.add_argument("--limit", type=int, default=50, help="how many entries (default 50)")
    p.set_defaults(handler=cmd_log)


def cmd_new(args: argparse.Namespace) -> int:
    project = create_project(args.project, coder=args.coder, with_default_codebook=not args.empty)
    path = project.path
    project.close()
    print(say("project.created", ui_language(), path=path))
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    with opened(args, read_only=True) as project:
        counts = code_statistics(project)
        table = [
            (code_path(project, code.id), *counts.get(code.id, (0, 0, 0)))
            for code in list_codes(project)
        ]
        print_table(columns("code", "codings", "documents", "characters"), table)
    return 0


def cmd_log(args: argparse.Namespace) -> int:
    with opened(args, read_only=True) as project:
        entries = read_log(project, limit=args.limit)
        print_table(columns("when", "who", "action", "target"),
                    [(e.at, e.coder, e.action, f"{e.target} {e.target_id or ''}") for e in entries])
    return 0
