"""Helpers shared by the CLI command modules: opening the project, printing tables, progress."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from qcode.core.coders import remember_coder
from qcode.core.errors import MESSAGES, register_messages, say, ui_language
from qcode.core.project import Project, default_coder, open_project

# Column headers of the plain tables the commands print (English as typed, lower case, as before).
register_messages({f"column.{key.replace(' ', '_')}": (key, danish) for key, danish in {
    "action": "handling", "case": "case", "cases": "cases", "characters": "tegn", "code": "kode",
    "codings": "kodninger", "coder": "koder", "context": "kontekst", "decided": "afgjort",
    "decision": "afgørelse", "detector": "detektor", "document": "dokument", "documents": "dokumenter",
    "end": "slut", "file": "fil", "kind": "type", "line": "linje", "original": "original",
    "other forms": "andre former", "pseudonym": "pseudonym", "replaced": "erstattet", "role": "rolle",
    "score": "score", "size": "størrelse", "start": "start", "state": "status", "taken": "taget",
    "target": "mål", "text": "tekst", "turns": "taleture", "when": "hvornår", "who": "hvem",
    "why": "hvorfor",
}.items()})


# Values of a few table columns that are words, not data: an entity's state and role, a decision
register_messages({f"value.{key}": (key, danish) for key, danish in {
    "pending": "afventer", "accepted": "accepteret", "rejected": "afvist", "informant": "informant",
    "person": "person", "replaced": "erstattet", "review": "til gennemsyn", "kept": "beholdt",
    "dropped": "droppet",
}.items()})


register_messages({
    "cli.coder_remembered": (
        "working as coder '{coder}', the coder you last worked as in this project (--coder NAME to work as "
        "someone else)",
        "arbejder som koder '{coder}', den koder du sidst arbejdede som i dette projekt (--coder NAVN for at "
        "arbejde som en anden)"),
    "cli.note": ("note", "bemærk"),  # the label of a line on stderr that is no error: "qcode: note: …"
})


def value_word(value: str, lang: str | None = None) -> str:
    """A table value that is a word of qcode's ("accepted", "dropped") in the user's language; data
    (names, pseudonyms, numbers) and unknown words stay as they are."""
    key = f"value.{value}"
    return say(key, lang or ui_language()) if key in MESSAGES else value


def columns(*keys: str, lang: str | None = None) -> list[str]:
    """Table headers in the user's language; a key that is no known header (a coder's name) stays."""
    lang = lang or ui_language()
    ids = [f"column.{key.replace(' ', '_')}" for key in keys]
    return [say(i, lang) if i in MESSAGES else key for i, key in zip(ids, keys, strict=True)]


def add_project_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("project", metavar="PROJECT", help="the .qcode project file")
    parser.add_argument("--coder", help="work as this coder (default: the coder last named for this "
                                        "project, else your user name)")


# Commands whose work is recorded as the coder's own (codings, the codebook's history): where it matters
# which coder a command works as, a coder remembered from earlier is named on stderr.
CODER_COMMANDS = frozenset({"code", "add-code", "rename-code", "move-code", "merge-codes", "split-code",
                            "delete-code", "adjudicate"})


@contextmanager
def opened(args: argparse.Namespace, *, read_only: bool = False) -> Iterator[Project]:
    """Open the project named on the command line and close it afterwards. ``read_only`` for commands
    that only read: they take no lock and work while another qcode has the project open. A coder named
    with ``--coder`` is remembered for this login once the command has done its work."""
    project = open_project(args.project, coder=getattr(args, "coder", None), read_only=read_only)
    try:
        print_notes(project)
        if project.coder_source == "remembered" and getattr(args, "command", None) in CODER_COMMANDS:
            note(say("cli.coder_remembered", ui_language(), coder=project.coder_name))
        yield project
        if project.coder_source == "given":
            remember_coder(project, default_coder())
    finally:
        project.close()


def note(text: str, lang: str | None = None) -> None:
    """A line on stderr that is no error ("qcode: note: …"), its label in the user's language."""
    print(f"qcode: {say('cli.note', lang or ui_language())}: {text}", file=sys.stderr)


def print_notes(project: Project) -> None:
    """What opening found that the user should know (another qcode is writing, a failed backup, the
    check on open), one line each on stderr."""
    lang = ui_language()
    for found in project.notes:
        note(found.message(lang), lang)
    if project.check is not None:
        for line in project.check.lines(lang):
            note(f"  {line}", lang)


def print_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """A plain aligned table on stdout."""
    cells = [[str(h) for h in headers]] + [[str(c) for c in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for index, row in enumerate(cells):
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
        if index == 0:
            print("  ".join("-" * w for w in widths))


def text_progress(done: int, total: int, label: str) -> None:
    """A one-line progress display on stderr (only when stderr is a terminal)."""
    if sys.stderr.isatty() and total:
        sys.stderr.write(f"\r[{done}/{total}] {label[:60]:<60}")
        if done == total:
            sys.stderr.write("\n")
        sys.stderr.flush()
