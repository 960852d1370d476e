"""Storing imported files: one transaction per file, so a cancel or a bad file leaves every earlier
file imported and nothing half-imported. Reading the files is the importers' job (``qcode.io``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from qcode.core.documents import add_document, find_by_checksum, normalise_text
from qcode.core.errors import QcodeError

if TYPE_CHECKING:
    from qcode.core.project import Project
    from qcode.io.base import ImportedDocument

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


@dataclass
class ImportReport:
    """What an import run did, file by file."""

    imported: list[tuple[str, int]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False


def store_imported(project: Project, imported: ImportedDocument) -> int:
    """Store one importer result (text, turns, metadata) as a document in one transaction."""
    from qcode.core.speakers import link_speakers_to_cases

    with project.transaction():
        document_id = add_document(
            project, imported.name, imported.text, source_name=Path(imported.source_path).name,
            checksum=imported.checksum, format=imported.format, metadata=imported.metadata,
            turns=imported.turns,
        )
        link_speakers_to_cases(project, document_id)
    return document_id


def import_documents(
    project: Project,
    paths: Sequence[str | Path],
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    *,
    allow_duplicates: bool = False,
    read: Callable[[Path], ImportedDocument] | None = None,
) -> ImportReport:
    """Read and store each file; bad files are skipped with a reason, duplicates skipped by default."""
    from qcode.io import read_document
    from qcode.io.base import ImportFormatError

    read = read or read_document
    report = ImportReport()
    for index, raw_path in enumerate(paths):
        path = Path(raw_path)
        if cancelled and cancelled():
            report.cancelled = True
            break
        if progress:
            progress(index, len(paths), path.name)
        try:
            imported = read(path)
        except ImportFormatError as error:
            report.skipped.append((str(path), error.reason))
            continue
        existing = find_by_checksum(project, imported.checksum) if imported.checksum else None
        if existing and not allow_duplicates:
            report.duplicates.append((str(path), existing.name))
            continue
        imported.text = normalise_text(imported.text)
        try:
            report.imported.append((str(path), store_imported(project, imported)))
        except QcodeError as error:
            report.skipped.append((str(path), error.message()))
    if progress and not report.cancelled:
        progress(len(paths), len(paths), "")
    return report
