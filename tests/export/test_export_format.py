"""The export format: from --format or the file suffix; a --format that contradicts the suffix is
refused before anything is opened or written. EXPORTERS lists what the writers really handle."""

from __future__ import annotations

import pytest

from qcode.cli import main
from qcode.core.errors import QcodeError
from qcode.export import EXPORTERS, export_format
from qcode.export.run import QUOTE_WRITERS


def test_registry_matches_the_writers():
    assert set(EXPORTERS["quotes"]) == set(QUOTE_WRITERS)
    assert set(EXPORTERS["codebook"]) == set(EXPORTERS["memos"]) == {"docx", "csv"}


@pytest.mark.parametrize(("out", "fmt", "expected"), [
    ("x.xlsx", None, "xlsx"), ("x.DOCX", None, "docx"), ("x", "csv", "csv"), ("x.html", "html", "html"),
])
def test_format_from_flag_or_suffix(out, fmt, expected):
    assert export_format("quotes", out, fmt) == expected


def test_contradicting_format_is_refused():
    with pytest.raises(QcodeError) as caught:
        export_format("quotes", "x.xlsx", "docx")
    assert "does not match the file name x.xlsx" in caught.value.message("en")
    assert "passer ikke til filnavnet x.xlsx" in caught.value.message("da")
    with pytest.raises(QcodeError):
        export_format("codebook", "x.xlsx", None)  # a codebook has no Excel writer


def test_cli_refuses_a_mismatch_and_writes_nothing(project, tmp_path, capsys):
    project.close()
    out = tmp_path / "x.xlsx"
    code = main(["export", str(project.path), "quotes", "--code", "ensomhed", "--format", "docx",
                 "--out", str(out)])
    assert code == 1 and not out.exists()
    assert "--format docx does not match the file name x.xlsx" in capsys.readouterr().err
    code = main(["export", str(project.path), "codebook", "--out", str(tmp_path / "k.csv")])
    assert code == 0 and (tmp_path / "k.csv").is_file()
