"""A command imports only the module that registers it (#19: `qcode anonymise` of a short file in < 2 s)."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from qcode.cli import _command_in, build_parser, commands_by_module


def _registered(parser: argparse.ArgumentParser) -> set[str]:
    return {name for action in parser._actions if isinstance(action, argparse._SubParsersAction)
            for name in action.choices}


def test_the_commands_read_from_the_sources_are_those_the_modules_register() -> None:
    assert set(commands_by_module()) == _registered(build_parser())


def test_a_command_builds_a_parser_with_its_own_module_only() -> None:
    parser = build_parser("anonymise")
    assert _registered(parser) == {"anonymise"}
    assert parser.parse_args(["anonymise", "--report", "x.txt"]).command == "anonymise"


def test_the_command_word_is_found_after_global_options() -> None:
    assert _command_in(["--coder", "lead", "export", "p.qcode", "quotes"]) == "export"
    assert _command_in(["--version"]) is None
    assert _command_in([]) is None


def test_anonymising_a_file_loads_no_export_library(tmp_path: Path) -> None:
    text = tmp_path / "kort.txt"
    text.write_text("I: Hvem er du?\n\nIP: Jeg hedder Lone og er 52 år.\n", encoding="utf-8")
    probe = ("import sys; from qcode.cli import main; code = main(['anonymise', '--report', sys.argv[1]]); "
             "print('LOADED', sorted(m for m in sys.modules if m == 'docx' or m.startswith('qcode.export')))")
    done = subprocess.run([sys.executable, "-c", probe, str(text)], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert "LOADED []" in done.stdout


def test_an_unknown_command_is_still_refused_with_the_list_of_commands() -> None:
    done = subprocess.run([sys.executable, "-m", "qcode", "nosuch"], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 2 and "anonymise" in done.stderr and "export" in done.stderr
