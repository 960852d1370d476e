"""What the command line says when the file it is given is missing, a folder, no project, empty or
open elsewhere, in English and in Danish: plain sentences that say what to do, each in one language (a
stranger's run read "may you write to it" and, under Danish, the system's English "No such file or
directory" inside a Danish sentence, and the English label "note:")."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from support.cli_run import qcode

from qcode.core.project import create_project, open_project

# English words that must not appear in a Danish message (the file names used here have none of them)
ENGLISH = re.compile(r"\b(?:note|No such|file|folder|Check|the|not|is|may|permission|denied|open)\b")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    create_project(tmp_path / "studie.qcode", coder="anna").close()
    (tmp_path / "tom.qcode").write_bytes(b"")
    (tmp_path / "tekst.qcode").write_text("ikke et projekt", encoding="utf-8")
    (tmp_path / "mappe.qcode").mkdir()
    return tmp_path


CASES = {
    "missing transcript": (("anonymise", "mangler.txt", "--out", "ud"),
                           "mangler.txt does not exist. Check the name and the folder.",
                           "mangler.txt findes ikke. Kontrollér navnet og mappen."),
    "missing project": (("stats", "mangler.qcode"),
                        "There is no project file at mangler.qcode. Check the name and the folder.",
                        "Der er ingen projektfil i mangler.qcode. Kontrollér navnet og mappen."),
    "folder": (("stats", "mappe.qcode"), "mappe.qcode is a folder, not a file.",
               "mappe.qcode er en mappe, ikke en fil."),
    "not a project": (("stats", "tekst.qcode"), "tekst.qcode is not a qcode project file.",
                      "tekst.qcode er ikke en qcode-projektfil."),
    "empty": (("stats", "tom.qcode"), "tom.qcode is empty (0 bytes)", "tom.qcode er tom (0 byte)"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_file_problems_are_said_plainly_in_either_language(folder: Path, case: str):
    args, english, danish = CASES[case]
    said = qcode(*args, cwd=folder)
    assert said.returncode == 1 and english in said.stderr, said.stderr
    assert "may you" not in said.stderr
    dansk = qcode(*args, cwd=folder, lang="da")
    assert dansk.returncode == 1 and danish in dansk.stderr, dansk.stderr
    first = dansk.stderr.splitlines()[0]
    assert not ENGLISH.search(first.replace(args[1], "")), first


def test_a_project_open_elsewhere_says_what_to_do_and_notes_are_danish(folder: Path):
    holder = open_project(folder / "studie.qcode", coder="anna")
    try:
        said = qcode("add-code", "studie.qcode", "ny", cwd=folder)
        assert said.returncode == 1 and "already open by" in said.stderr
        assert "Close it there, or wait until it is closed, and try again." in said.stderr
        dansk = qcode("add-code", "studie.qcode", "ny", cwd=folder, lang="da")
        assert "Luk det dér, eller vent, til det er lukket, og prøv igen." in dansk.stderr
        reading = qcode("documents", "studie.qcode", cwd=folder, lang="da")  # reads beside the holder
        assert reading.returncode == 0 and "qcode: bemærk: studie.qcode er åbnet" in reading.stderr
        assert "note:" not in reading.stderr
    finally:
        holder.close()
