"""CLI: changing the code tree with a reason for the codebook history (`rename-code`, `move-code`,
`merge-codes`, `split-code`, `delete-code`). Each is one transaction, logged with who, when, the codings
before and after, and the ``--reason`` given."""

from __future__ import annotations

import argparse

from qcode.analysis.codebook_story import codings_phrase
from qcode.cli.common import add_project_argument, opened
from qcode.core.code_removal import delete_code, merge_codes
from qcode.core.code_split import SplitPart, split_code
from qcode.core.codebook import code_path, find_code, move_code, rename_code
from qcode.core.codings import codings_for_code
from qcode.core.errors import QcodeError, register_messages, say, ui_language

register_messages({
    "codebook_cli.renamed": ("Renamed '{old}' to '{new}'.", "Omdøbte '{old}' til '{new}'."),
    "codebook_cli.moved": ("Moved '{old}' to '{new}'.", "Flyttede '{old}' til '{new}'."),
    "codebook_cli.merged": (
        "Merged '{source}' into '{target}' ({codings} codings now, sub-codes included).",
        "Lagde '{source}' sammen med '{target}' ({codings} kodninger nu, med underkoder)."),
    "codebook_cli.deleted": ("Deleted '{path}' and {codings} codings.",
                             "Slettede '{path}' og {codings} kodninger."),
    "codebook_cli.split": ("Split '{path}' into {parts}; {moved} moved.",
                           "Delte '{path}' i {parts}; {moved} flyttet."),
    "codebook_cli.bad_part": (
        "Write a new code as NAME=CODING,CODING… (coding ids from 'qcode codings'), not '{text}'.",
        "Skriv en ny kode som NAVN=KODNING,KODNING… (kodnings-id'er fra 'qcode codings'), ikke '{text}'."),
    "codebook_cli.bad_sub": ("Write a sub-code to take along as NAME=SUB-CODE, not '{text}'.",
                             "Skriv en underkode, der skal med, som NAVN=UNDERKODE, ikke '{text}'."),
})


def _reason(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--reason", default="", help="why, for the codebook history")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("rename-code", help="rename a code (with a reason for the codebook history)")
    add_project_argument(p)
    p.add_argument("path", metavar="PATH")
    p.add_argument("name", metavar="NEW_NAME")
    _reason(p)
    p.set_defaults(handler=cmd_rename)

    p = sub.add_parser("move-code", help="move a code under another (or to the top with --top)")
    add_project_argument(p)
    p.add_argument("path", metavar="PATH")
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--to", metavar="PARENT", help="the new parent code")
    where.add_argument("--top", action="store_true", help="make it a top-level code")
    _reason(p)
    p.set_defaults(handler=cmd_move)

    p = sub.add_parser("merge-codes", help="merge SOURCE into TARGET (its codings and sub-codes move)")
    add_project_argument(p)
    p.add_argument("source", metavar="SOURCE")
    p.add_argument("target", metavar="TARGET")
    _reason(p)
    p.set_defaults(handler=cmd_merge)

    p = sub.add_parser("split-code", help="split a code: chosen codings (and sub-codes) move into new codes")
    add_project_argument(p)
    p.add_argument("path", metavar="PATH")
    p.add_argument("--part", action="append", default=[], required=True, metavar="NAME=ID,ID…",
                   help="a new code and the coding ids it takes (repeat for each new code)")
    p.add_argument("--take", action="append", default=[], metavar="NAME=SUB-CODE",
                   help="a sub-code of PATH that moves under the new code NAME (repeatable)")
    p.add_argument("--siblings", action="store_true",
                   help="make the new codes siblings of PATH instead of its sub-codes")
    _reason(p)
    p.set_defaults(handler=cmd_split)

    p = sub.add_parser("delete-code", help="delete a code with its sub-codes and codings")
    add_project_argument(p)
    p.add_argument("path", metavar="PATH")
    _reason(p)
    p.set_defaults(handler=cmd_delete)


def cmd_rename(args: argparse.Namespace) -> int:
    with opened(args) as project:
        code = find_code(project, args.path)
        old = code_path(project, code.id)
        rename_code(project, code.id, args.name, reason=args.reason)
        new = code_path(project, code.id)
    print(say("codebook_cli.renamed", ui_language(), old=old, new=new))
    return 0


def cmd_move(args: argparse.Namespace) -> int:
    with opened(args) as project:
        code = find_code(project, args.path)
        old = code_path(project, code.id)
        parent = None if args.top else find_code(project, args.to).id
        move_code(project, code.id, parent, reason=args.reason)
        new = code_path(project, code.id)
    print(say("codebook_cli.moved", ui_language(), old=old, new=new))
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    with opened(args) as project:
        source, target = find_code(project, args.source), find_code(project, args.target)
        source_path, target_path = code_path(project, source.id), code_path(project, target.id)
        merge_codes(project, source.id, target.id, reason=args.reason)
        codings = len(codings_for_code(project, target.id, include_children=True))
    print(say("codebook_cli.merged", ui_language(), source=source_path, target=target_path, codings=codings))
    return 0


def _pairs(items: list[str], message_id: str) -> list[tuple[str, str]]:
    out = []
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise QcodeError(message_id, text=item)
        out.append((name.strip(), value.strip()))
    return out


def cmd_split(args: argparse.Namespace) -> int:
    with opened(args) as project:
        code = find_code(project, args.path)
        path = code_path(project, code.id)
        takes: dict[str, list[int]] = {}
        for name, sub in _pairs(args.take, "codebook_cli.bad_sub"):
            takes.setdefault(name, []).append(find_code(project, f"{path}/{sub}").id)
        parts = []
        for name, ids in _pairs(args.part, "codebook_cli.bad_part"):
            try:
                coding_ids = tuple(int(i) for i in ids.split(",") if i.strip())
            except ValueError:
                raise QcodeError("codebook_cli.bad_part", text=f"{name}={ids}") from None
            parts.append(SplitPart(name, coding_ids, tuple(takes.pop(name, []))))
        parts += [SplitPart(name, (), tuple(subs)) for name, subs in takes.items()]
        result = split_code(project, code.id, parts, as_children=not args.siblings, reason=args.reason)
        names = ", ".join(code_path(project, i) for i in result.new_ids)
    language = ui_language()
    moved = codings_phrase(result.moved, language)
    print(say("codebook_cli.split", language, path=path, parts=names, moved=moved))
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    with opened(args) as project:
        code = find_code(project, args.path)
        path = code_path(project, code.id)
        snapshot = delete_code(project, code.id, reason=args.reason)
    print(say("codebook_cli.deleted", ui_language(), path=path, codings=len(snapshot.ids("codings"))))
    return 0
