"""Importers and exporters, one module per format, found through small registries.

The import dialog, the CLI's ``import`` command and drag-and-drop all go through
:func:`find_importer` / :func:`read_document`; the export dialog and the CLI's ``export`` command
choose formats through :data:`EXPORTERS` / :func:`export_format` (the writers themselves are in
``qcode.io.export_run``, imported only when something is exported).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from qcode.core.errors import QcodeError, register_messages
from qcode.io.base import ImportedDocument, Importer, ImportFormatError
from qcode.io.import_docx import DOCX_IMPORTER
from qcode.io.import_odt import ODT_IMPORTER
from qcode.io.import_pdf import PDF_IMPORTER
from qcode.io.import_rtf import RTF_IMPORTER
from qcode.io.import_txt import TXT_IMPORTER

IMPORTERS: tuple[Importer, ...] = (
    TXT_IMPORTER, DOCX_IMPORTER, ODT_IMPORTER, RTF_IMPORTER, PDF_IMPORTER,
)

# What can be exported, and in which formats (the first is the default).
EXPORTERS: dict[str, tuple[str, ...]] = {
    "quotes": ("docx", "xlsx", "csv", "html"),
    "codebook": ("docx", "csv"),
    "memos": ("docx", "csv"),
}

register_messages({
    "export.format_mismatch": (
        "--format {format} does not match the file name {path}; use a name ending in .{format}, or "
        "leave out --format to take the format from the name.",
        "--format {format} passer ikke til filnavnet {path}; brug et navn, der ender på .{format}, "
        "eller udelad --format, så formatet tages fra navnet.",
    ),
    "export.unknown_format": (
        "Cannot export {kind} as '{format}' (choose {choices}).",
        "{kind} kan ikke eksporteres som '{format}' (vælg {choices}).",
    ),
})


def export_format(kind: str, path: str | Path, fmt: str | None = None) -> str:
    """The format to export ``kind`` to ``path`` in: ``fmt`` if given, else the file's suffix. A given
    format that contradicts the suffix is refused, so 'report.xlsx' never holds a Word file."""
    choices = EXPORTERS[kind]
    suffix = Path(path).suffix.lstrip(".").lower()
    chosen = (fmt or suffix).lower()
    if chosen not in choices:
        raise QcodeError("export.unknown_format", kind=kind, format=chosen or "(none)",
                         choices=", ".join(choices))
    if fmt and suffix and suffix != chosen:
        raise QcodeError("export.format_mismatch", format=chosen, path=Path(path).name)
    return chosen


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


__all__ = ["EXPORTERS", "IMPORTERS", "ImportFormatError", "ImportedDocument", "expand_paths", "export_format",
           "find_importer", "read_document"]
