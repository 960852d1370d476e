"""Storing imported documents as if each file had its own transaction (files are committed in groups, and
a group that fails is stored again file by file), so a cancel, a bad file or a full disk leaves every
earlier file imported and nothing half-imported. Reading the files is :mod:`qcode.io.importing`'s job; this
module only stores what was read (:class:`~qcode.core.imported.ImportedDocument`).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from qcode.core.cases import link_document
from qcode.core.documents import add_document, find_by_checksum, unique_document_name
from qcode.core.errors import QcodeError, register_messages, say, ui_language
from qcode.core.imported import ImportedDocument
from qcode.core.speakers import apply_header_attributes, autocode_by_speaker, interviewee_cases
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
        # the interviewees' cases first, so each turn is written once, with its case; a generic
        # interviewee's case is named after the document, so the name it will be stored under first
        name = unique_document_name(project, imported.name)
        cases = interviewee_cases(project, imported.turns, name)
        document_id = add_document(
            project, name, imported.text, source_name=Path(imported.source_path).name,
            checksum=imported.checksum, format=imported.format, metadata=imported.metadata,
            turns=imported.turns, turn_cases=cases,
        )
        for case_id in cases.values():
            link_document(project, document_id, case_id)
        apply_header_attributes(project, list(cases.values()), imported.metadata)
        if autocode_roles:
            autocode_by_speaker(project, document_id, autocode_roles)
    return document_id


# A group of files is stored in one transaction: a commit per file cost a third of storing a folder of
# interviews. The group is kept in memory until it is committed (to store it again file by file if it
# fails), so it is bounded; and it is never held open while the next file is still being read.
GROUP_FILES = 64
GROUP_CHARS = 16_000_000
GROUP_SECONDS = 1.0

# What became of one file: ("imported", id) | ("duplicate", name) | ("skipped", reason) | ("stopped", error)
_Outcome = tuple[str, object]


class _Redo(Exception):
    """A file of a group failed: the group is undone and stored again file by file."""


def _store_one(project: Project, imported: ImportedDocument, autocode_roles: Sequence[str],
               allow_duplicates: bool, *, in_group: bool = False) -> _Outcome:
    existing = find_by_checksum(project, imported.checksum) if imported.checksum else None
    if existing and not allow_duplicates:
        return ("duplicate", existing.name)
    try:
        return ("imported", store_imported(project, imported, autocode_roles=autocode_roles))
    except StorageError:
        raise
    except QcodeError as error:
        if in_group:  # no savepoint of its own in a group (flat_nesting): undo the group instead
            raise _Redo from error
        return ("skipped", error.message(ui_language()))  # its savepoint is rolled back: carry on


def _one_by_one(project: Project, group: Sequence[ImportedDocument], autocode_roles: Sequence[str],
                allow_duplicates: bool) -> list[_Outcome]:
    """A group that could not be committed, stored again one transaction per file: every file before
    the one that does not fit is kept, as if each file had always had its own transaction."""
    outcomes: list[_Outcome] = []
    for imported in group:
        try:
            with project.transaction():
                outcomes.append(_store_one(project, imported, autocode_roles, allow_duplicates))
        except StorageError as error:
            outcomes.append(("stopped", error))
            break
    return outcomes


def store_documents(project: Project, documents: Iterable[ImportedDocument], *,
                    autocode_roles: Sequence[str] = (), allow_duplicates: bool = False,
                    report: ImportReport | None = None, progress: Progress | None = None,
                    cancelled: Cancelled | None = None,
                    waiting: Callable[[], bool] | None = None) -> ImportReport:
    """Store read documents; already imported files are skipped unless ``allow_duplicates``.

    Files are committed in groups (see ``GROUP_FILES``), and a group is closed early when ``waiting()``
    says the next document is not read yet. A group that fails (a full disk, a read-only project) is
    rolled back and stored again file by file, so the promise of one transaction per file holds: a
    failure keeps every earlier file, and no file is half stored. Such a failure stops the batch (the
    reason in ``report.stopped``); a cancel stops before the next file and keeps the ones before it.
    Progress (for a sequence of documents) counts characters stored."""
    report = report or ImportReport()
    total = sum(len(d.text) for d in documents) if progress and isinstance(documents, Sequence) else 0
    items = iter(documents)
    done = 0

    def take() -> ImportedDocument | None:
        if cancelled and cancelled():
            report.cancelled = True
            return None
        return next(items, None)

    while report.stopped is None and (first := take()) is not None:
        group = [first]
        try:
            # Savepoints per file (~8 each: the document, its cases, links, log) cost a tenth of storing;
            # a group is all or nothing instead, and one that fails is stored again file by file.
            with project.transaction(), project.flat_nesting():
                outcomes = [_store_one(project, first, autocode_roles, allow_duplicates, in_group=True)]
                chars, started = len(first.text), time.monotonic()
                while (len(group) < GROUP_FILES and chars < GROUP_CHARS
                       and time.monotonic() - started < GROUP_SECONDS and not (waiting and waiting())):
                    if (imported := take()) is None:
                        break
                    group.append(imported)
                    outcomes.append(_store_one(project, imported, autocode_roles, allow_duplicates,
                                               in_group=True))
                    chars += len(imported.text)
        except (StorageError, _Redo):
            outcomes = _one_by_one(project, group, autocode_roles, allow_duplicates)
        for imported, (what, value) in zip(group, outcomes, strict=False):
            if what == "imported":
                report.imported.append((imported.source_path, DocumentId(value)))  # type: ignore[arg-type]
                if autocode_roles:
                    report.autocoded += sum(1 for t in imported.turns if t.role in autocode_roles)
            elif what == "duplicate":
                report.duplicates.append((imported.source_path, str(value)))
            elif isinstance(value, StorageError):
                report.skipped.append((imported.source_path, value.message(ui_language())))
                report.stopped = value
            else:
                report.skipped.append((imported.source_path, str(value)))
            done += len(imported.text)
        if progress and total:
            progress(done, total, group[-1].name)
    if progress and not report.cancelled:
        progress(total, total, "")
    return report


def known_checksums(project: Project) -> set[str]:
    """Checksums of every imported source file (to skip re-imports before the speaker review)."""
    rows = project.db.execute(
        "SELECT source_checksum FROM documents WHERE source_checksum IS NOT NULL").fetchall()
    return {r[0] for r in rows}
