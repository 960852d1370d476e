"""qcode's command line: headless commands over the same core the GUI uses.

Each command group lives in its own module with a ``register(subparsers)`` function that adds its
sub-commands; a sub-command's handler takes the parsed arguments and returns an exit code.
Exit codes: 0 success, 1 the command failed (a message on stderr), 2 bad usage.
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import re
import sys
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from types import ModuleType

from qcode import __version__
from qcode.core.errors import QcodeError, register_messages, say, ui_language
from qcode.core.storage import file_error, translate

register_messages({
    "cli.broken_install": (
        "Part of qcode could not be loaded ({module}: {error}); nothing was done. Reinstall qcode.",
        "En del af qcode kunne ikke indlæses ({module}: {error}); intet er gjort. Geninstallér qcode."),
})

# Command modules are found by name (cmd_*.py) so a new command group is one new file.
COMMAND_ORDER = ("cmd_project", "cmd_documents", "cmd_codes")


def command_module_names() -> list[str]:
    return sorted(
        (m.name for m in pkgutil.iter_modules(__path__) if m.name.startswith("cmd_")),
        key=lambda n: (COMMAND_ORDER.index(n) if n in COMMAND_ORDER else len(COMMAND_ORDER), n),
    )


def command_modules() -> list[ModuleType]:
    return [importlib.import_module(f"{__name__}.{name}") for name in command_module_names()]


_ADDS_COMMAND = re.compile(r"\bsub\.add_parser\(\s*\"([\w-]+)\"")


@cache
def commands_by_module() -> dict[str, str]:
    """Which module registers each command, read from the modules' source without importing them: a
    command imports only what it needs (``qcode anonymise`` neither python-docx nor numpy, ~0.2 s)."""
    found: dict[str, str] = {}
    for name in command_module_names():
        source = Path(__file__).with_name(f"{name}.py")
        if not source.is_file():
            return {}  # no sources beside the package (a frozen build): every module is imported
        for command in _ADDS_COMMAND.findall(source.read_text(encoding="utf-8")):
            found[command] = name
    return found


def _command_in(argv: Sequence[str]) -> str | None:
    """The command word of ``argv``: its first word that is no option (the value after --coder skipped)."""
    skip = False
    for word in argv:
        if skip:
            skip = False
        elif word == "--coder":
            skip = True
        elif not word.startswith("-"):
            return word
    return None


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser; with ``command``, only the module that registers it is imported and registered."""
    parser = argparse.ArgumentParser(
        prog="qcode",
        description="Qualitative coding of interview transcripts. Without a command, opens the GUI.",
    )
    parser.add_argument("--version", action="version", version=f"qcode {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    module = commands_by_module().get(command) if command else None
    modules = [importlib.import_module(f"{__name__}.{module}")] if module else command_modules()
    for each in modules:
        each.register(sub)
    _coder_option_everywhere(parser)
    return parser


def _subparsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    return [child for action in parser._actions if isinstance(action, argparse._SubParsersAction)
            for child in dict.fromkeys(action.choices.values())]


def _coder_option_everywhere(parser: argparse.ArgumentParser, inherited: bool = False) -> None:
    """``--coder NAME`` where the user writes it: after a sub-command too (``qcode export P appendix
    --coder lead``), not only before it. SUPPRESS keeps a sub-command from undoing an earlier --coder."""
    has = inherited or any("--coder" in action.option_strings for action in parser._actions)
    for child in _subparsers(parser):
        if has and not any("--coder" in action.option_strings for action in child._actions):
            child.add_argument("--coder", default=argparse.SUPPRESS, help="work as this coder")
        _coder_option_everywhere(child, has)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one CLI command; returns the exit code."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    try:
        parser = build_parser(_command_in(arguments))
    except ImportError as error:  # a damaged install: nothing may run half-checked (exports least of all)
        message = say("cli.broken_install", ui_language(), module=error.name or "?", error=error)
        print(f"qcode: {message}", file=sys.stderr)
        return 1
    args = parser.parse_args(arguments)
    if not getattr(args, "handler", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.handler(args) or 0)
    except QcodeError as error:
        print(f"qcode: {error.message(ui_language())}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("qcode: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # "qcode documents P | head": the reader has gone; stop quietly, as Unix tools do
        _silence_stdout()
        return 141
    except Exception as error:  # noqa: BLE001 (no traceback reaches a user; QCODE_DEBUG=1 shows it)
        if os.environ.get("QCODE_DEBUG"):
            raise
        print(f"qcode: {_unexpected(error, args).message(ui_language())}", file=sys.stderr)
        return 1


def _unexpected(error: Exception, args: argparse.Namespace) -> QcodeError:
    """An error no command turned into a message: a file or disk failure said as such, anything else as
    an unexpected error (one line, no traceback)."""
    project = getattr(args, "project", None)
    if project is not None:
        storage = translate(error, project) if not isinstance(error, OSError) else None
        if storage is not None:
            return storage
    if isinstance(error, OSError):
        return file_error(error)
    detail = str(error).splitlines()[0][:200] if str(error) else ""
    return QcodeError("cli.unexpected", kind=type(error).__name__, detail=detail)


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot raise again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
