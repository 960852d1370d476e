"""The importers, one module per format, found through one registry: the import dialog, the CLI's
``import`` command and drag-and-drop all go through :func:`find_importer` / :func:`read_document`."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from qcode.core.errors import register_messages, say, ui_language
from qcode.io.base import ImportedDocument, Importer, ImportFormatError
from qcode.io.import_docx import DOCX_IMPORTER
from qcode.io.import_odt import ODT_IMPORTER
from qcode.io.import_pdf import PDF_IMPORTER
from qcode.io.import_rtf import RTF_IMPORTER
from qcode.io.import_txt import TXT_IMPORTER
from qcode.io.sniff import sniff

register_messages({
    "import.warn.wrong_suffix": (
        "the file is a {kind} file although its name ends in '{suffix}'; it was read as {kind}",
        "filen er en {kind}-fil, selv om navnet ender på '{suffix}'; den er læst som {kind}",
    ),
})

# What the content is → (message id, reason) for the kinds qcode cannot read.
_REFUSED = {
    "ole": ("import.encrypted", "this is a password-protected Office file or an old Word (.doc) file: "
            "save the file as .docx (without a password) and import that"),
    "image": ("import.kind_image", "this is a binary image file (PNG, JPEG, TIFF …), not text; transcribe "
              "it, or run OCR and import the text"),
    "audio": ("import.kind_audio", "this is a binary audio file, not text; transcribe it and import the "
              "transcript"),
    "video": ("import.kind_audio", "this is a binary video file, not text; transcribe it and import the "
              "transcript"),
    "archive": ("import.kind_archive", "this is a compressed archive; unpack it and import the files in it"),
    "zip": ("import.kind_archive", "this is a ZIP archive, not a transcript; unpack it and import the "
            "files in it"),
    "sqlite": ("import.kind_sqlite", "this is a database (perhaps a qcode project: open it instead of "
               "importing it)"),
    "program": ("import.kind_program", "this is a program, not a text"),
}
_KIND_NAMES = {"pdf": "PDF", "docx": "Word", "odt": "OpenDocument", "rtf": "RTF"}

IMPORTERS: tuple[Importer, ...] = (
    TXT_IMPORTER, DOCX_IMPORTER, ODT_IMPORTER, RTF_IMPORTER, PDF_IMPORTER,
)

def supported_suffixes() -> tuple[str, ...]:
    return tuple(s for importer in IMPORTERS for s in importer.suffixes)


def find_importer(path: Path) -> Importer:
    """The importer for a file's suffix; raises ImportFormatError for an unknown type."""
    suffix = path.suffix.lower()
    if suffix in (".doc", ".wpd", ".pages"):
        raise ImportFormatError(path, f"'{suffix}' files cannot be read; save the file as .docx "
                                "(or .odt/.rtf) and import that", "import.unsupported")
    for importer in IMPORTERS:
        if suffix in importer.suffixes:
            return importer
    raise ImportFormatError(
        path, f"unsupported file type '{suffix or '(none)'}' (supported: "
        f"{', '.join(supported_suffixes())})", "import.unsupported",
    )


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, and for a folder every supported file in it (sorted, recursively), leaving
    out hidden files and Word's "~$" lock files."""
    out: list[Path] = []
    suffixes = set(supported_suffixes())
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            out += sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in suffixes
                          and not p.name.startswith((".", "~$")))
        else:
            out.append(path)
    return out


def read_document(path: Path) -> ImportedDocument:
    """Read any supported file into an :class:`ImportedDocument`. The content decides the importer when
    it has a known signature (a PDF named .txt is read as a PDF, with a note); content qcode cannot
    read is refused with what it is and what to do."""
    path = Path(path)
    if not path.is_file():
        raise ImportFormatError(path, "file not found", "import.not_found")
    try:
        kind = sniff(path).kind
    except OSError as error:
        raise ImportFormatError(path, "cannot read the file",
                                "import.unreadable", detail=str(error.strerror)) from error
    suffix = path.suffix.lower()
    if kind == "zip" and suffix in (".docx", ".odt"):
        kind = None  # a damaged container: its importer says what is wrong with it
    if kind in _REFUSED:
        message_id, reason = _REFUSED[kind]
        raise ImportFormatError(path, reason, message_id)
    by_content = next((i for i in IMPORTERS if kind and f".{kind}" in i.suffixes), None)
    if by_content is None or suffix in by_content.suffixes:
        return find_importer(path).read(path)
    document = by_content.read(path)
    document.warnings.append(say("import.warn.wrong_suffix", ui_language(), kind=_KIND_NAMES[kind or ""],
                                 suffix=path.suffix or "(none)"))
    return document


__all__ = ["IMPORTERS", "ImportFormatError", "ImportedDocument", "expand_paths", "find_importer",
           "read_document", "supported_suffixes"]
