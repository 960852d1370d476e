"""A batch of files to anonymise goes on past a file it cannot read, says why in one line, and writes the
others (from a stranger's run: a binary file named .txt used to stop the batch with an unexpected error)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qcode.cli import main


@pytest.fixture
def files(tmp_path: Path) -> list[Path]:
    good = tmp_path / "good.txt"
    good.write_text("I: Hvem er du?\n\nIP: Jeg hedder Lone og er 52.\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00" * 20)
    undecodable = tmp_path / "weird.txt"
    undecodable.write_bytes(b"\x81\x8d\x8f\x90 abc")
    return [good, empty, binary, undecodable, tmp_path / "missing.txt"]


def test_bad_files_are_skipped_with_a_reason_and_the_good_ones_written(files, tmp_path, capsys) -> None:
    out = tmp_path / "out"
    code = main(["anonymise", "--out", str(out), *map(str, files)])
    err = capsys.readouterr().err
    assert code == 0
    assert len(list(out.iterdir())) == 1 and "Lone" not in next(out.iterdir()).read_text(encoding="utf-8")
    assert "empty.txt: the file is empty" in err and "binary.txt: this is a binary file" in err
    assert "weird.txt: this is a binary file" in err and "missing.txt" in err
    assert "Traceback" not in err and "did not expect" not in err


def test_a_batch_with_no_readable_file_writes_nothing_and_says_so_in_danish(files, tmp_path, capsys,
                                                                          monkeypatch) -> None:
    monkeypatch.setenv("QCODE_LANG", "da")
    out = tmp_path / "out"
    assert main(["anonymise", "--out", str(out), str(files[1]), str(files[2])]) == 1
    err = capsys.readouterr().err
    assert "filen er tom" in err and "Ingen af filerne kunne læses" in err
    assert not out.exists() or not any(out.iterdir())


def test_a_date_of_birth_in_a_file_name_goes_too(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    named = tmp_path / "in" / "Kenneth Rasmussen 120587.txt"
    named.write_text("I: Hej Kenneth.\n\nIP: Jeg hedder Kenneth Rasmussen.\n", encoding="utf-8")
    dated = tmp_path / "in" / "interview_20240312_03.txt"
    dated.write_text("I: Hej.\n\nIP: Ja.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["anonymise", "--out", str(out), str(named), str(dated)]) == 0
    names = sorted(p.name for p in out.iterdir())
    assert not any("120587" in n or "Kenneth" in n for n in names)
    assert "interview_20240312_03.txt" in names  # a date of an interview (8 digits) is no CPR number
