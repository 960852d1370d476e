"""Storing imported files: one transaction per file, so a cancel or a bad file leaves every earlier
file imported and nothing half-imported. Reading the files is the importers' job (``qcode.io``).

Two ways in: :func:`import_documents` reads and stores in one go (CLI, demo), while the GUI first
:func:`read_files` (off the GUI thread), lets the coder review the speakers, then
:func:`store_documents`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from qcode.core.documents import add_document, find_by_checksum, normalise_text
from qcode.core.errors import QcodeError, register_messages, say, ui_language

if TYPE_CHECKING:
    from qcode.core.project import Project
    from qcode.io.base import ImportedDocument
    from qcode.io.speaker_map import SpeakerDecision

register_messages({
    "import.skipped": ("skipped {file}: {reason}", "sprang over {file}: {reason}"),
    "import.duplicate": ("skipped {file}: already imported as '{name}'",
                         "sprang over {file}: allerede importeret som '{name}'"),
    "import.summary": ("Imported {n} of {total} files.", "Importerede {n} af {total} filer."),
    "import.autocoded": ("Coded {n} turns by speaker.", "Kodede {n} taleture efter taler."),
})

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


@dataclass
class ImportReport:
    """What an import run did, file by file."""

    imported: list[tuple[str, int]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False
    warnings: list[tuple[str, str]] = field(default_factory=list)
    autocoded: int = 0

    def lines(self, lang: str = "en") -> list[str]:
        """One human-readable line per skipped or duplicate file, in ``lang`` ('en' or 'da')."""
        out = [say("import.skipped", lang, file=Path(p).name, reason=reason) for p, reason in self.skipped]
        out += [say("import.duplicate", lang, file=Path(p).name, name=name) for p, name in self.duplicates]
        return out


@dataclass
class ReadResult:
    """Files read but not yet stored (the GUI's speaker review sits between reading and storing)."""

    documents: list[ImportedDocument] = field(default_factory=list)
    report: ImportReport = field(default_factory=ImportReport)


def store_imported(project: Project, imported: ImportedDocument, *,
                   autocode_roles: Sequence[str] = ()) -> int:
    """Store one importer result (text, turns, metadata, cases) as a document in one transaction."""
    from qcode.core.speakers import apply_header_attributes, autocode_by_speaker, link_speakers_to_cases

    with project.transaction():
        document_id = add_document(
            project, imported.name, imported.text, source_name=Path(imported.source_path).name,
            checksum=imported.checksum, format=imported.format, metadata=imported.metadata,
            turns=imported.turns,
        )
        case_ids = link_speakers_to_cases(project, document_id)
        apply_header_attributes(project, case_ids, imported.metadata)
        if autocode_roles:
            autocode_by_speaker(project, document_id, autocode_roles)
    return document_id


def _read_each(paths: Sequence[str | Path], report: ImportReport, progress: Progress | None,
               cancelled: Cancelled | None,
               read: Callable[[Path], ImportedDocument] | None) -> Iterator[tuple[Path, ImportedDocument]]:
    """Read files one at a time (a folder: its supported files), normalising their text; unreadable
    files go into ``report`` with the reason, a cancel stops before the next file."""
    from qcode.io import expand_paths, read_document
    from qcode.io.base import ImportFormatError

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


def store_documents(project: Project, documents: Sequence[ImportedDocument],
                    decisions: Mapping[str, SpeakerDecision] | None = None, *,
                    autocode_roles: Sequence[str] = (), allow_duplicates: bool = False,
                    report: ImportReport | None = None, progress: Progress | None = None,
                    cancelled: Cancelled | None = None) -> ImportReport:
    """Store read documents one transaction each, after applying the speaker decisions."""
    from qcode.io.speaker_map import apply_decisions

    report = report or ImportReport()
    for index, imported in enumerate(documents):
        if cancelled and cancelled():
            report.cancelled = True
            break
        if progress:
            progress(index, len(documents), imported.name)
        existing = find_by_checksum(project, imported.checksum) if imported.checksum else None
        if existing and not allow_duplicates:
            report.duplicates.append((imported.source_path, existing.name))
            continue
        if decisions:
            imported = apply_decisions(imported, decisions)
        try:
            report.imported.append((imported.source_path,
                                    store_imported(project, imported, autocode_roles=autocode_roles)))
        except QcodeError as error:
            report.skipped.append((imported.source_path, error.message()))
            continue
        if autocode_roles:
            report.autocoded += sum(1 for t in imported.turns if t.role in autocode_roles)
    return report


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


def known_checksums(project: Project) -> set[str]:
    """Checksums of every imported source file (to skip re-imports before the speaker review)."""
    rows = project.db.execute(
        "SELECT source_checksum FROM documents WHERE source_checksum IS NOT NULL").fetchall()
    return {r[0] for r in rows}
