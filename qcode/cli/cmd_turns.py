"""CLI: the speaker turns detected in a document (`turns`)."""

from __future__ import annotations

import argparse
import json

from qcode.cli.common import add_project_argument, opened
from qcode.core.documents import find_document, turns_for_document


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("turns", help="show a document's speaker turns")
    add_project_argument(p)
    p.add_argument("document", metavar="DOC", help="document name (or source file name)")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(handler=cmd_turns)


def cmd_turns(args: argparse.Namespace) -> int:
    with opened(args, read_only=True) as project:
        document = find_document(project, args.document)
        turns = turns_for_document(project, document.id)
    if args.format == "json":
        print(json.dumps([
            {"start": t.start, "end": t.end, "speaker": t.speaker, "role": t.role, "label": t.label,
             "label_start": t.label_start, "label_end": t.label_end, "timestamp": t.timestamp,
             "text": document.text[t.start:t.end]}
            for t in turns], ensure_ascii=False, indent=2))
        return 0
    for t in turns:
        words = document.text[t.label_end if t.label_end is not None else t.start:t.end]
        words = " ".join(words.strip(" :\t\n").split())
        stamp = f"[{t.timestamp}] " if t.timestamp else ""
        print(f"{t.start:>7}-{t.end:<7} {stamp}{t.speaker} ({t.role}): "
              f"{words[:90]}{'…' if len(words) > 90 else ''}")
    return 0
