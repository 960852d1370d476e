"""Storing imported documents: one transaction per file, so a cancel or a bad file leaves every earlier
file imported and nothing half-imported. Reading the files is :mod:`qcode.io.importing`'s job; this
module only stores what was read (:class:`~qcode.core.imported.ImportedDocument`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from qcode.core.documents import add_document, find_by_checksum
from qcode.core.errors import QcodeError, register_messages, say, ui_language
from qcode.core.imported import ImportedDocument
from qcode.core.speakers import apply_header_attributes, autocode_by_speaker, link_speakers_to_cases
from qcode.core.storage import StorageError
from qcode.core.types import DocumentId

if TYPE_CHECKING:
    from qcode.core.project import Project

register_messages({
    "import.skipped": ("skipped {file}: {reason}", "sprang over {file}: {reason}"),
    "import.duplicate": ("skipped {file}: already imported as '{name}'",
                         "sprang over {file}: allerede importeret som '{name}'"),
    "import.summary": ("Imported {n} of {total} files.", "Importerede {n} af {total} filer."),
    "import.summary_skipped": ("{n} skipped (the reasons are listed above).",
                               "{n} sprunget over (årsagerne står ovenfor)."),
    "import.stopped": ("stopped before the remaining files: {reason}",
                       "stoppede før de resterende filer: {reason}"),
    "import.autocoded": ("Coded {n} turns by speaker.", "Kodede {n} taleture efter taler."),
})

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


@dataclass
class ImportReport:
    """What an import run did, file by file."""

    imported: list[tuple[str, DocumentId]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False
    warnings: list[tuple[str, str]] = field(default_factory=list)
    autocoded: int = 0
    # Why the batch stopped early (a full disk, a read-only project): every later file would fail too.
    stopped: QcodeError | None = None

    def lines(self, lang: str = "en") -> list[str]:
        """One human-readable line per skipped or duplicate file, in ``lang`` ('en' or 'da')."""
        out = [say("import.skipped", lang, file=Path(p).name, reason=reason) for p, reason in self.skipped]
        out += [say("import.duplicate", lang, file=Path(p).name, name=name) for p, name in self.duplicates]
        if self.stopped is not None:
            out.append(say("import.stopped", lang, reason=self.stopped.message(lang)))
        return out

    def summary(self, lang: str = "en") -> str:
        """"Imported 3 of 5 files. 2 skipped …" — the closing line of a batch."""
        total = len(self.imported) + len(self.skipped) + len(self.duplicates)
        text = say("import.summary", lang, n=len(self.imported), total=total)
        skipped = len(self.skipped) + len(self.duplicates)
        if skipped:
            text += " " + say("import.summary_skipped", lang, n=skipped)
        return text


def store_imported(project: Project, imported: ImportedDocument, *,
                   autocode_roles: Sequence[str] = ()) -> DocumentId:
    """Store one importer result (text, turns, metadata, cases) as a document in one transaction."""
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


def store_documents(project: Project, documents: Sequence[ImportedDocument], *,
                    autocode_roles: Sequence[str] = (), allow_duplicates: bool = False,
                    report: ImportReport | None = None, progress: Progress | None = None,
                    cancelled: Cancelled | None = None) -> ImportReport:
    """Store read documents one transaction each; already imported files are skipped unless
    ``allow_duplicates``. Progress counts characters stored; a full disk or a read-only project stops
    the batch (with the reason in ``report.stopped``), leaving every earlier file stored."""
    report = report or ImportReport()
    total = sum(len(d.text) for d in documents)
    done = 0
    for imported in documents:
        if cancelled and cancelled():
            report.cancelled = True
            break
        if progress:
            progress(done, total, imported.name)
        done += len(imported.text)
        existing = find_by_checksum(project, imported.checksum) if imported.checksum else None
        if existing and not allow_duplicates:
            report.duplicates.append((imported.source_path, existing.name))
            continue
        try:
            report.imported.append((imported.source_path,
                                    store_imported(project, imported, autocode_roles=autocode_roles)))
        except StorageError as error:
            report.skipped.append((imported.source_path, error.message(ui_language())))
            report.stopped = error
            break
        except QcodeError as error:
            report.skipped.append((imported.source_path, error.message(ui_language())))
            continue
        if autocode_roles:
            report.autocoded += sum(1 for t in imported.turns if t.role in autocode_roles)
    if progress and not report.cancelled:
        progress(total, total, "")
    return report


def known_checksums(project: Project) -> set[str]:
    """Checksums of every imported source file (to skip re-imports before the speaker review)."""
    rows = project.db.execute(
        "SELECT source_checksum FROM documents WHERE source_checksum IS NOT NULL").fetchall()
    return {r[0] for r in rows}
