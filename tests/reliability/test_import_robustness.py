"""Messy folders: a folder import carries on past every bad file and ends with a summary; files are
read as what their content is, damaged text is repaired and said so, and no NUL reaches the project."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from reliability_helpers import no_traceback, qcode

from qcode.core.codebook import ensure_code_path
from qcode.core.codings import add_coding
from qcode.core.documents import find_document, get_document, list_documents
from qcode.core.integrity import full_check
from qcode.core.project import create_project
from qcode.io import read_document
from qcode.io.base import ImportFormatError
from qcode.io.importing import import_documents

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "io"))
from import_makers import make_docx, make_pdf  # noqa: E402

GOOD = "".join(f"Interviewer: Hvordan går det med {n}?\n\nKaren: Det går godt med {n}.\n\n"
               for n in range(40))


def _zipcrypto_docx(path: Path, tmp: Path) -> Path:
    """A Word file encrypted with ZipCrypto, as Word-with-a-zip-tool or 7-Zip make them."""
    plain = make_docx(tmp / "plain.docx", GOOD.split("\n"))
    if shutil.which("zip"):
        unpacked = tmp / "unpacked"
        with zipfile.ZipFile(plain) as archive:
            archive.extractall(unpacked)
        subprocess.run(["zip", "-q", "-r", "-P", "hemmelig", str(path), "."], cwd=unpacked, check=True)
        return path
    data = bytearray(plain.read_bytes())  # no zip tool: set the "encrypted" flag bit zipfile checks
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = 0
        while (start := data.find(signature, start)) != -1:
            data[start + offset] |= 0x1
            start += 4
    path.write_bytes(bytes(data))
    return path


@pytest.fixture
def messy(tmp_path: Path) -> Path:
    folder = tmp_path / "interviews"
    folder.mkdir()
    (folder / "01_good.txt").write_text(GOOD, encoding="utf-8")
    _zipcrypto_docx(folder / "02_locked.docx", tmp_path)
    os.rename(make_pdf(tmp_path / "pdf.pdf"), folder / "03_really_a_pdf.txt")
    (folder / "04_picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(3000))
    (folder / "05_nul.txt").write_bytes(GOOD.encode() + b"Karen: Et NUL\x00 her.\n" + GOOD.encode())
    damaged = GOOD.encode("utf-8").replace("går".encode(), b"g\xe5r\xff", 5)  # stray cp1252 and bad bytes
    (folder / "06_damaged_utf8.txt").write_bytes(damaged)
    bente = GOOD.replace("Karen", "Bente").encode()
    (folder / os.fsdecode(b"07_\xe6bler.txt")).write_bytes(bente)  # a name in cp1252, not UTF-8
    (folder / "08_empty.txt").write_bytes(b"")
    return folder


def test_a_messy_folder_imports_what_it_can_and_says_why_not_the_rest(project, messy):
    report = import_documents(project, [messy])
    imported = sorted(Path(p).name for p, _ in report.imported)
    skipped = {Path(p).name: reason for p, reason in report.skipped}
    assert imported == ["01_good.txt", "03_really_a_pdf.txt", "05_nul.txt", "06_damaged_utf8.txt",
                        "07_æbler.txt"]
    assert "password-protected" in skipped["02_locked.docx"]
    assert "image" in skipped["04_picture.txt"] and "OCR" in skipped["04_picture.txt"]
    assert "empty" in skipped["08_empty.txt"]
    warnings = {Path(p).name: w for p, w in report.warnings}
    assert "PDF" in warnings["03_really_a_pdf.txt"]
    assert "NUL" in warnings["05_nul.txt"]
    assert "not valid UTF-8" in warnings["06_damaged_utf8.txt"]
    assert "not valid UTF-8" in warnings["07_æbler.txt"]
    for document in list_documents(project):
        assert "\x00" not in get_document(project, document.id).text
    assert find_document(project, "07_æbler").name == "07_æbler"
    assert full_check(project).ok


def test_the_cli_prints_one_line_per_skipped_file_and_a_summary(tmp_path, messy):
    path = tmp_path / "p.qcode"
    create_project(path).close()
    result = qcode("import", str(path), str(messy), cwd=tmp_path)
    no_traceback(result)
    assert result.returncode == 0
    assert "Imported 5 of 8 files. 3 skipped" in result.stdout
    for name in ("02_locked.docx", "04_picture.txt", "08_empty.txt"):
        assert f"skipped {name}:" in result.stderr
    danish = qcode("import", str(path), str(messy / "04_picture.txt"), cwd=tmp_path, lang="da")
    assert "det er et billede" in danish.stderr


def test_an_importer_failing_in_its_own_way_skips_that_file_only(project, tmp_path):
    files = []
    for n in range(3):
        files.append(tmp_path / f"f{n}.txt")
        files[-1].write_text(GOOD.replace("Karen", f"Person{n}"), encoding="utf-8")

    def flaky(path: Path):
        if path.name == "f1.txt":
            raise RuntimeError("File 'word/document.xml' is encrypted, password required")
        return read_document(path)

    report = import_documents(project, files, read=flaky)
    assert [Path(p).name for p, _ in report.imported] == ["f0.txt", "f2.txt"]
    assert report.skipped[0][0].endswith("f1.txt") and "could not be read" in report.skipped[0][1]


def test_a_nul_never_reaches_the_project_and_codings_after_it_work(project, tmp_path):
    path = tmp_path / "nul.txt"
    body = GOOD * 3
    path.write_bytes(body.encode()[:5000] + b"\x00\x00" + body.encode()[5000:])
    import_documents(project, [path])
    document = find_document(project, "nul")
    assert "\x00" not in document.text and len(document.text) == len(body)
    code = ensure_code_path(project, "efter nul")
    end = len(document.text)
    add_coding(project, document.id, code, end - 20, end)  # past the place of the NUL: accepted


@pytest.mark.parametrize("name, content, kind", [
    ("slides.txt", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "PDF"),
    ("lyd.txt", b"ID3\x03\x00\x00\x00" + os.urandom(200), "audio"),
    ("arkiv.txt", b"PK\x03\x04" + os.urandom(200), "ZIP"),
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "save the file as .docx"),
    ("projekt.txt", b"SQLite format 3\x00" + b"\0" * 200, "database"),
])
def test_content_decides_what_a_file_is(tmp_path, name, content, kind):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImportFormatError) as caught:
        read_document(path)
    assert kind in caught.value.reason, caught.value.reason


def test_a_word_file_named_txt_is_read_as_word(tmp_path):
    path = tmp_path / "interview.txt"
    make_docx(path, GOOD.split("\n"))
    document = read_document(path)
    assert document.text.startswith("Interviewer: Hvordan går det")
    assert any("Word" in w for w in document.warnings)
