"""Reading files for import: one file at a time through the importers, bad files reported with a reason,
files already in the project recognised by checksum; then storing through :mod:`qcode.core.importing`.

Two ways in: :func:`import_documents` reads and stores in one go (CLI, demo), while the GUI first
:func:`read_files` (off the GUI thread), lets the coder review the speakers, then
:func:`store_reviewed`.
"""

from __future__ import annotations

import ctypes
import gc
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from qcode.core.documents import normalise_text
from qcode.core.errors import ui_language
from qcode.core.imported import ImportedDocument
from qcode.core.importing import Cancelled, ImportReport, Progress, store_documents
from qcode.io.base import ImportFormatError, display_name
from qcode.io.registry import expand_paths, read_document
from qcode.io.speaker_map import SpeakerDecision, apply_decisions

if TYPE_CHECKING:
    from qcode.core.project import Project


@dataclass
class ReadResult:
    """Files read but not yet stored (the GUI's speaker review sits between reading and storing)."""

    documents: list[ImportedDocument] = field(default_factory=list)
    report: ImportReport = field(default_factory=ImportReport)


_BIG = 8 * 1024 * 1024  # bytes: a file this big leaves freed memory worth handing back before storing


def _give_back_memory() -> None:
    """Hand freed heap memory back to the operating system (glibc only; elsewhere nothing happens).
    Reading a 50 MB transcript frees ~100 MB that glibc keeps for reuse; storing it then needs ~200 MB
    more for SQLite's copies and the search index, and without this the peak passes 400 MB."""
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


def _size(path: Path) -> int:
    try:
        return max(1, path.stat().st_size)
    except OSError:
        return 1


def _read_one(path: Path, read: Callable[[Path], ImportedDocument]) -> ImportedDocument:
    """One file through its importer; anything that goes wrong becomes an :class:`ImportFormatError`
    naming the file, so a folder import carries on past it."""
    try:
        return read(path)
    except ImportFormatError:
        raise
    except MemoryError:
        raise ImportFormatError(path, "the file is too big to read into memory",
                                "import.failed") from None
    except OSError as error:
        raise ImportFormatError(path, "cannot read the file",
                                "import.unreadable", detail=str(error.strerror or error)) from error
    except Exception as error:  # noqa: BLE001 (a library's own failure on an odd file: skip that file)
        detail = str(error).splitlines()[0][:160] if str(error) else type(error).__name__
        raise ImportFormatError(path, "the file could not be read; save it again as .docx or .txt and "
                                "import it", "import.failed", detail=detail) from error


def _read_each(paths: Sequence[str | Path], report: ImportReport, progress: Progress | None,
               cancelled: Cancelled | None,
               read: Callable[[Path], ImportedDocument] | None,
               share: float = 1.0) -> Iterator[tuple[Path, ImportedDocument, int, int]]:
    """Read files one at a time (a folder: its supported files), normalising their text; unreadable
    files go into ``report`` with the reason, a cancel stops before the next file. Progress counts
    bytes; ``share`` is the part of each file's bytes that reading stands for (the rest is storing).
    Yields (path, document, bytes done before it, total bytes)."""
    read = read or read_document
    paths = expand_paths(paths)
    sizes = [_size(Path(p)) for p in paths]
    total = sum(sizes)
    done = 0
    for raw_path, size in zip(paths, sizes, strict=True):
        path = Path(raw_path)
        if cancelled and cancelled():
            report.cancelled = True
            return
        if progress:
            progress(done, total, display_name(path.name))
        try:
            imported = _read_one(path, read)
        except ImportFormatError as error:
            report.skipped.append((display_name(path), error.reason_in(ui_language())))
            done += size
            continue
        imported.text = normalise_text(imported.text)
        report.warnings += [(display_name(path), w) for w in imported.warnings]
        if size >= _BIG and sys.platform.startswith("linux"):
            gc.collect()
            _give_back_memory()
        if progress and share < 1.0:
            progress(done + int(size * share), total, display_name(path.name))
        yield path, imported, done, total
        done += size
    if progress:
        progress(total, total, "")


def read_files(paths: Sequence[str | Path], progress: Progress | None = None,
               cancelled: Cancelled | None = None, *, project_checksums: set[str] | None = None,
               read: Callable[[Path], ImportedDocument] | None = None) -> ReadResult:
    """Read every file (a folder: its supported files); bad files and known checksums go into the
    report. Needs no project, so it runs on a worker thread."""
    result = ReadResult()
    seen: set[str] = set(project_checksums or ())
    for path, imported, _done, _total in _read_each(paths, result.report, progress, cancelled, read):
        if imported.checksum and imported.checksum in seen:
            result.report.duplicates.append((display_name(path), imported.name))
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
    skipped by default. Storing as it reads keeps memory flat on big batches. Progress counts bytes
    (reading a file is the first half of its share, storing it the second)."""
    report = ImportReport()
    for path, imported, done, total in _read_each(paths, report, progress, cancelled, read, share=0.5):
        store_documents(project, [imported], autocode_roles=autocode_roles,
                        allow_duplicates=allow_duplicates, report=report)
        del imported  # the next file's text must not sit beside this one's
        if progress:
            progress(done + _size(path), total, display_name(path.name))
        if report.stopped is not None:  # a full disk or a read-only project: the rest would fail too
            break
    return report
