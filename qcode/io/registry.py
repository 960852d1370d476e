"""The importers, one module per format, found through one registry: the import dialog, the CLI's
``import`` command and drag-and-drop all go through :func:`find_importer` / :func:`read_document`."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from qcode.io.base import ImportedDocument, Importer, ImportFormatError
from qcode.io.import_docx import DOCX_IMPORTER
from qcode.io.import_odt import ODT_IMPORTER
from qcode.io.import_pdf import PDF_IMPORTER
from qcode.io.import_rtf import RTF_IMPORTER
from qcode.io.import_txt import TXT_IMPORTER

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
    """Read any supported file into an :class:`ImportedDocument`."""
    path = Path(path)
    if not path.is_file():
        raise ImportFormatError(path, "file not found", "import.not_found")
    return find_importer(path).read(path)


__all__ = ["IMPORTERS", "ImportFormatError", "ImportedDocument", "expand_paths", "find_importer",
           "read_document", "supported_suffixes"]
