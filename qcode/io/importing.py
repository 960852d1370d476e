"""Reading files for import: one file at a time through the importers, bad files reported with a reason,
files already in the project recognised by checksum; then storing through :mod:`qcode.core.importing`.

Two ways in: :func:`import_documents` reads and stores in one go (CLI, demo), while the GUI first
:func:`read_files` (off the GUI thread), lets the coder review the speakers, then
:func:`store_reviewed`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from qcode.core.documents import normalise_text
from qcode.core.errors import ui_language
from qcode.core.imported import ImportedDocument
from qcode.core.importing import Cancelled, ImportReport, Progress, store_documents
from qcode.io.base import ImportFormatError
from qcode.io.registry import expand_paths, read_document
from qcode.io.speaker_map import SpeakerDecision, apply_decisions

if TYPE_CHECKING:
    from qcode.core.project import Project


@dataclass
class ReadResult:
    """Files read but not yet stored (the GUI's speaker review sits between reading and storing)."""

    documents: list[ImportedDocument] = field(default_factory=list)
    report: ImportReport = field(default_factory=ImportReport)


def _read_each(paths: Sequence[str | Path], report: ImportReport, progress: Progress | None,
               cancelled: Cancelled | None,
               read: Callable[[Path], ImportedDocument] | None) -> Iterator[tuple[Path, ImportedDocument]]:
    """Read files one at a time (a folder: its supported files), normalising their text; unreadable
    files go into ``report`` with the reason, a cancel stops before the next file."""
    read = read or read_document
    paths = expand_paths(paths)
    for index, raw_path in enumerate(paths):
        path = Path(raw_path)
        if cancelled and cancelled():
            report.cancelled = True
            return
        if progress:
            progress(index, len(paths), path.name)
        try:
            imported = read(path)
        except ImportFormatError as error:
            report.skipped.append((str(path), error.reason_in(ui_language())))
            continue
        imported.text = normalise_text(imported.text)
        report.warnings += [(str(path), w) for w in imported.warnings]
        yield path, imported
    if progress:
        progress(len(paths), len(paths), "")


def read_files(paths: Sequence[str | Path], progress: Progress | None = None,
               cancelled: Cancelled | None = None, *, project_checksums: set[str] | None = None,
               read: Callable[[Path], ImportedDocument] | None = None) -> ReadResult:
    """Read every file (a folder: its supported files); bad files and known checksums go into the
    report. Needs no project, so it runs on a worker thread."""
    result = ReadResult()
    seen: set[str] = set(project_checksums or ())
    for path, imported in _read_each(paths, result.report, progress, cancelled, read):
        if imported.checksum and imported.checksum in seen:
            result.report.duplicates.append((str(path), imported.name))
            continue
        seen.add(imported.checksum)
        result.documents.append(imported)
    return result


def store_reviewed(project: Project, documents: Sequence[ImportedDocument],
                   decisions: Mapping[str, SpeakerDecision] | None = None, **options: object) -> ImportReport:
    """Store read documents after applying the coder's speaker decisions (see
    :func:`qcode.core.importing.store_documents` for ``options``)."""
    if decisions:
        documents = [apply_decisions(document, decisions) for document in documents]
    return store_documents(project, documents, **options)  # type: ignore[arg-type]  # its keywords, passed on


def import_documents(
    project: Project,
    paths: Sequence[str | Path],
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    *,
    allow_duplicates: bool = False,
    read: Callable[[Path], ImportedDocument] | None = None,
    autocode_roles: Sequence[str] = (),
) -> ImportReport:
    """Read and store file by file (CLI, demo); bad files are skipped with a reason, duplicates
    skipped by default. Storing as it reads keeps memory flat on big batches."""
    report = ImportReport()
    for _path, imported in _read_each(paths, report, progress, cancelled, read):
        store_documents(project, [imported], autocode_roles=autocode_roles,
                        allow_duplicates=allow_duplicates, report=report)
    return report
