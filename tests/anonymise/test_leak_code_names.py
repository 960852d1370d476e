"""The leak check does not warn about the codebook's own lower-case code names ("stigma" in the list of a
saturation table, which the model takes for a name) — a warning every export shows teaches users to click
warnings away — while a name in the same place is still reported (from a stranger's run, #13)."""

from __future__ import annotations

from pathlib import Path

from qcode.anonymise.leak_check import check_texts
from qcode.core.codebook import list_codes
from qcode.core.project import create_project


def test_the_codebooks_own_words_raise_no_warning_and_a_name_still_does(tmp_path: Path) -> None:
    project = create_project(tmp_path / "p.qcode", coder="t")
    try:
        names = {c.name for c in list_codes(project)}
        assert {"netværk", "ensomhed", "stigma", "ønsker"} <= names  # the default codebook
        quiet = check_texts(project, [("codes", "netværk, ensomhed, stigma, ønsker")])
        assert not [w for w in quiet.warnings if w.found == "stigma"]
        named = check_texts(project, [("codes", "netværk, stigma, og så Jesper Kragh")])
        assert any("Jesper" in w.found for w in named.warnings + named.hits)
    finally:
        project.close()
