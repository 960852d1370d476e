"""CLI: the codebook and coding (`codes`, `add-code`, `code`, `codings`)."""

from __future__ import annotations

import argparse

from qcode.cli.common import add_project_argument, columns, opened, print_table
from qcode.core.codebook import children, code_path, ensure_code_path, find_code, update_code
from qcode.core.coders import ensure_coder, list_coders
from qcode.core.codings import add_coding, coding_counts, codings_for_document
from qcode.core.documents import find_document
from qcode.core.errors import register_messages, say, ui_language
from qcode.core.types import CodeId

register_messages({
    "codes.ready": ("Code '{path}' is ready.", "Koden '{path}' er klar."),
    "codes.coded": ("Coded '{excerpt}' with {code} (coding {id}).",
                    "Kodede '{excerpt}' med {code} (kodning {id})."),
    "codes.coded_joined": ("Coded '{excerpt}' with {code}: joined with coding(s) {joined} of the same code "
                           "into coding {id}.",
                           "Kodede '{excerpt}' med {code}: lagt sammen med kodning(er) {joined} af samme "
                           "kode til kodning {id}."),
})


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("codes", help="print the code tree with coding counts")
    add_project_argument(p)
    p.set_defaults(handler=cmd_codes)

    p = sub.add_parser("add-code", help="add a code (PATH like netværk/familie; parents are created)")
    add_project_argument(p)
    p.add_argument("path", metavar="PATH")
    p.add_argument("--description", default="")
    p.add_argument("--colour", help="#RRGGBB")
    p.set_defaults(handler=cmd_add_code)

    p = sub.add_parser("code", help="code a range of a document")
    add_project_argument(p)
    p.add_argument("--doc", required=True, help="document name")
    p.add_argument("--start", required=True, type=int, help="start (character offset)")
    p.add_argument("--end", required=True, type=int, help="end (character offset, exclusive)")
    p.add_argument("--code", required=True, help="code path, e.g. netværk/familie")
    p.add_argument("--memo", default="")
    p.set_defaults(handler=cmd_code)

    p = sub.add_parser("codings", help="list the codings of a document")
    add_project_argument(p)
    p.add_argument("--doc", required=True, help="document name")
    p.set_defaults(handler=cmd_codings)


def cmd_codes(args: argparse.Namespace) -> int:
    with opened(args, read_only=True) as project:
        counts = coding_counts(project)

        def walk(parent: CodeId | None, depth: int) -> None:
            for code in children(project, parent):
                print(f"{'  ' * depth}{code.name} ({counts.get(code.id, 0)})  {code.colour}")
                walk(code.id, depth + 1)

        walk(None, 0)
    return 0


def cmd_add_code(args: argparse.Namespace) -> int:
    with opened(args) as project, project.transaction():
        code_id = ensure_code_path(project, args.path)
        fields = {"description": args.description} if args.description else {}
        if args.colour:
            fields["colour"] = args.colour
        if fields:

            update_code(project, code_id, **fields)
        path = code_path(project, code_id)
    print(say("codes.ready", ui_language(), path=path))
    return 0


def cmd_code(args: argparse.Namespace) -> int:
    # one transaction, so a refused range does not leave a new coder behind
    with opened(args) as project, project.transaction():
        document = find_document(project, args.doc)
        code = find_code(project, args.code)
        coder_id = ensure_coder(project, project.coder_name)
        result = add_coding(project, document.id, code.id, args.start, args.end, coder_id, args.memo)
        excerpt = document.text[args.start:args.end].replace("\n", " ")
        if len(excerpt) > 60:
            excerpt = excerpt[:57] + "..."
        if result.absorbed:  # the range touched codings of the same code: they became one
            joined = ", ".join(str(c.id) for c in result.absorbed)
            print(say("codes.coded_joined", ui_language(), excerpt=excerpt, code=code_path(project, code.id),
                      joined=joined, id=result.coding_id))
        else:
            print(say("codes.coded", ui_language(), excerpt=excerpt, code=code_path(project, code.id),
                      id=result.coding_id))
    return 0


def cmd_codings(args: argparse.Namespace) -> int:
    with opened(args, read_only=True) as project:
        document = find_document(project, args.doc)
        coders = {coder.id: coder.name for coder in list_coders(project)}
        rows = [
            (c.id, code_path(project, c.code_id), coders.get(c.coder_id, ""), c.start, c.end,
             document.text[c.start:c.end][:40].replace("\n", " "))
            for c in codings_for_document(project, document.id)
        ]
        print_table(columns("id", "code", "coder", "start", "end", "text"), rows)
    return 0
