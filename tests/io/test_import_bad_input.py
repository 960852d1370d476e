"""Bad input: every file is refused with a message naming it and the reason; the project is unchanged."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest
from import_makers import INTERVIEW, make_docx, make_odt, make_pdf, make_zip_bomb

from qcode.core.cases import list_cases
from qcode.core.documents import list_documents
from qcode.core.history import read_log
from qcode.io import read_document
from qcode.io.base import ImportFormatError
from qcode.io.importing import import_documents

GOOD = "".join(f"{speaker}: {words}\n\n" for speaker, words in INTERVIEW)


def _state(project) -> tuple:
    return (len(list_documents(project)), len(list_cases(project)), len(read_log(project)))


def _encrypted_pdf(path: Path) -> Path:
    from pypdf import PdfReader, PdfWriter

    source = make_pdf(path.with_name("plain.pdf"))
    writer = PdfWriter()
    for page in PdfReader(source).pages:
        writer.add_page(page)
    writer.encrypt(user_password="hemmelig", owner_password="ejer")
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def _bad_files(tmp: Path) -> dict[str, tuple[Path, str]]:
    """file label → (path, words the reason must contain)."""
    (tmp / "empty.txt").write_bytes(b"")
    (tmp / "blank.txt").write_text("  \n\n \t\n", encoding="utf-8")
    (tmp / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(2000))
    good_docx = make_docx(tmp / "good.docx", GOOD.split("\n"))
    data = good_docx.read_bytes()
    (tmp / "truncated.docx").write_bytes(data[: len(data) // 2])
    (tmp / "locked.docx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4000)
    (tmp / "empty.docx").write_bytes(make_docx(tmp / "e.docx", ["", ""]).read_bytes())
    pdf = make_pdf(tmp / "good.pdf").read_bytes()
    (tmp / "truncated.pdf").write_bytes(pdf[: len(pdf) // 3])
    (tmp / "notes.xyz").write_text("hello", encoding="utf-8")
    odt = make_odt(tmp / "good.odt", ["Interviewer: Hej"]).read_bytes()
    (tmp / "truncated.odt").write_bytes(odt[: len(odt) // 2])
    with zipfile.ZipFile(tmp / "locked.odt", "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", os.urandom(500))
        archive.writestr("META-INF/manifest.xml", '<manifest:encryption-data manifest:checksum="x"/>')
    return {
        "empty": (tmp / "empty.txt", "empty"),
        "blank": (tmp / "blank.txt", "empty"),
        "binary": (tmp / "image.txt", "binary"),
        "truncated docx": (tmp / "truncated.docx", "damaged or truncated"),
        "encrypted docx": (tmp / "locked.docx", "password-protected"),
        "empty docx": (tmp / "empty.docx", "no text"),
        "truncated pdf": (tmp / "truncated.pdf", "damaged"),
        "truncated odt": (tmp / "truncated.odt", "damaged or truncated"),
        "encrypted odt": (tmp / "locked.odt", "password-protected"),
        "encrypted pdf": (_encrypted_pdf(tmp / "locked.pdf"), "password-protected"),
        "scan": (make_pdf(tmp / "scan.pdf", scan=True), "needs OCR"),
        "zip bomb": (make_zip_bomb(tmp / "bomb.docx"), "zip bomb"),
        "unsupported": (tmp / "notes.xyz", "unsupported file type"),
        "missing": (tmp / "missing.txt", "not found"),
    }


@pytest.fixture
def bad_files(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    folder = tmp_path / "in"
    folder.mkdir()
    return _bad_files(folder)


def test_each_bad_file_is_refused_with_its_reason(bad_files) -> None:
    for label, (path, words) in bad_files.items():
        with pytest.raises(ImportFormatError) as caught:
            read_document(path)
        assert path.name in str(caught.value), label
        assert words.lower() in caught.value.reason.lower(), (label, caught.value.reason)
        assert caught.value.message("da") != str(caught.value) or label == "unsupported"


def test_bad_files_leave_the_project_unchanged(project, bad_files) -> None:
    before = _state(project)
    paths = [path for path, _ in bad_files.values()]
    report = import_documents(project, paths)
    assert report.imported == []
    assert len(report.skipped) == len(paths)
    for (path, words), (skipped_path, reason) in zip(bad_files.values(), report.skipped, strict=True):
        assert skipped_path == str(path) and words.lower() in reason.lower()
    assert _state(project) == before


def test_bad_files_among_good_ones(project, bad_files, tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    paths = [bad_files["binary"][0], good, bad_files["zip bomb"][0]]
    report = import_documents(project, paths)
    assert [Path(p).name for p, _ in report.imported] == ["good.txt"]
    assert [c.name for c in list_cases(project)] == ["Mathias"]


def test_already_imported_is_skipped_by_default(project, tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    copy = tmp_path / "copy of good.txt"
    copy.write_bytes(good.read_bytes())
    assert len(import_documents(project, [good]).imported) == 1
    before = _state(project)
    report = import_documents(project, [good, copy])
    assert report.imported == [] and [name for _, name in report.duplicates] == ["good", "good"]
    assert _state(project) == before
    again = import_documents(project, [copy], allow_duplicates=True)
    assert len(again.imported) == 1 and len(list_documents(project)) == 2


def test_utf16_without_bom_is_text_but_random_bytes_are_not(tmp_path: Path) -> None:
    path = tmp_path / "u16.txt"
    path.write_bytes(GOOD.encode("utf-16-le"))
    assert read_document(path).text.startswith("Interviewer:")
    noise = tmp_path / "noise.txt"
    noise.write_bytes(bytes(range(256)) * 20)
    with pytest.raises(ImportFormatError, match="binary"):
        read_document(noise)


def test_zip_bomb_is_refused_before_unpacking(tmp_path: Path) -> None:
    import tracemalloc

    bomb = make_zip_bomb(tmp_path / "bomb.docx", megabytes=40)
    tracemalloc.start()
    with pytest.raises(ImportFormatError, match="zip bomb"):
        read_document(bomb)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 5 * 1024 * 1024


def test_a_folder_imports_its_supported_files(project, tmp_path: Path) -> None:
    folder = tmp_path / "interviews"
    (folder / "runde 2").mkdir(parents=True)
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "runde 2" / "b.txt").write_text(GOOD.replace("Mathias", "Lone"), encoding="utf-8")
    (folder / "~$a.docx").write_bytes(b"lock")
    (folder / ".DS_Store").write_bytes(b"\0\0")
    (folder / "noter.xlsx").write_bytes(b"PK")
    report = import_documents(project, [folder])
    assert [Path(p).name for p, _ in report.imported] == ["a.txt", "b.txt"]
    assert report.skipped == []
