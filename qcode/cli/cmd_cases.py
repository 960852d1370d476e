"""CLI: cases and their attributes (`cases`, `case`): list them, create one, set or clear attribute
values, link documents, rename. Interviewees become cases at import; this is how a project lead
classifies them by hand (køn, alder, boligsituation …) for frequency tables and citation lines."""

from __future__ import annotations

import argparse
import json

from qcode.cli.common import add_project_argument, columns, opened, print_table
from qcode.core.cases import (
    ATTRIBUTE_TYPES,
    attribute_types,
    case_rows,
    ensure_case,
    link_document,
    remove_attribute,
    rename_case,
    set_attribute,
    unlink_document,
)
from qcode.core.documents import find_document
from qcode.core.errors import QcodeError, register_messages, say, ui_language

register_messages({
    "cases.bad_pair": ("Write {option} as NAME=VALUE, not '{text}'.",
                       "Skriv {option} som NAVN=VÆRDI, ikke '{text}'."),
    "cases.done": ("Case '{name}': {attributes}; documents: {documents}.",
                   "Case '{name}': {attributes}; dokumenter: {documents}."),
})


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("cases", help="list cases with their documents and attributes")
    add_project_argument(p)
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(handler=cmd_cases)

    p = sub.add_parser("case", help="create a case or change its attributes, documents and name")
    add_project_argument(p)
    p.add_argument("name", metavar="NAME", help="the case (created if new)")
    p.add_argument("--set", action="append", default=[], metavar="ATTR=VALUE",
                   help="set an attribute value, e.g. køn=kvinde (repeatable)")
    p.add_argument("--type", action="append", default=[], metavar="ATTR=TYPE",
                   help=f"the type of a new attribute: {', '.join(ATTRIBUTE_TYPES)} (default text)")
    p.add_argument("--unset", action="append", default=[], metavar="ATTR", help="clear an attribute")
    p.add_argument("--document", action="append", default=[], metavar="DOC",
                   help="link a document to the case (repeatable)")
    p.add_argument("--unlink", action="append", default=[], metavar="DOC", help="unlink a document")
    p.add_argument("--rename", metavar="NEW", help="give the case a new name")
    p.set_defaults(handler=cmd_case)


def _pairs(items: list[str], option: str) -> list[tuple[str, str]]:
    out = []
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise QcodeError("cases.bad_pair", option=option, text=item)
        out.append((name.strip(), value.strip()))
    return out


def cmd_cases(args: argparse.Namespace) -> int:
    with opened(args, read_only=True) as project:
        names = list(attribute_types(project))
        rows = [(row.name, list(row.documents), row.values) for row in case_rows(project)]
    if args.format == "json":
        print(json.dumps([{"case": n, "documents": d, "attributes": a} for n, d, a in rows],
                         ensure_ascii=False, indent=2))
    else:
        print_table(columns("case", "documents", *names),
                    [(n, ", ".join(d), *(a.get(name, "") for name in names)) for n, d, a in rows])
    return 0


def cmd_case(args: argparse.Namespace) -> int:
    values, types = _pairs(args.set, "--set"), dict(_pairs(args.type, "--type"))
    # one transaction: a refused value leaves neither a new case nor half the attributes behind
    with opened(args) as project, project.transaction():
        case_id = ensure_case(project, args.name)
        for name, value in values:
            set_attribute(project, case_id, name, value, types.get(name, "text"))
        for name in args.unset:
            remove_attribute(project, case_id, name)
        for document in args.document:
            link_document(project, find_document(project, document).id, case_id)
        for document in args.unlink:
            unlink_document(project, find_document(project, document).id, case_id)
        if args.rename:
            rename_case(project, case_id, args.rename)
        case = next(row for row in case_rows(project) if row.id == case_id)
    print(say("cases.done", ui_language(), name=case.name,
              attributes=", ".join(f"{k}={v}" for k, v in case.values.items()) or "-",
              documents=", ".join(case.documents) or "-"))
    return 0
