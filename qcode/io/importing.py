"""Reading files for import: one file at a time through the importers, bad files reported with a reason,
files already in the project recognised by checksum; then storing through :mod:`qcode.core.importing`.

Two ways in: :func:`import_documents` reads and stores in one go (CLI, demo), while the GUI first
:func:`read_files` (off the GUI thread), lets the coder review the speakers, then
:func:`store_reviewed`.
"""

from __future__ import annotations

import ctypes
import gc
import queue
import sys
import threading
from collections.abc import Callable, Generator, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from qcode.core.documents import normalise_text
from qcode.core.errors import register_messages, say, ui_language
from qcode.core.imported import ImportedDocument
from qcode.core.importing import Cancelled, ImportReport, Progress, store_documents
from qcode.io.base import ImportFormatError, display_name
from qcode.io.registry import expand_paths, read_document
from qcode.io.speaker_map import SpeakerCollector, SpeakerDecision, SpeakerInfo, apply_decisions

if TYPE_CHECKING:
    from qcode.core.project import Project

register_messages({
    "import.changed": ("the file changed after it was read; import it again",
                       "filen er ændret, efter den blev læst; importér den igen"),
})


@dataclass
class ReadFile:
    """A file read for import: what the speaker review and storing need of it. ``document`` is the
    read document while it is kept in memory; ``None`` once released (storing reads the file again)."""

    path: Path
    name: str
    checksum: str
    document: ImportedDocument | None


@dataclass
class ReadResult:
    """Files read but not yet stored (the GUI's speaker review sits between reading and storing). Their
    speakers are counted as they are read; the documents are kept only up to ``KEEP_CHARS`` characters
    in all, so memory does not grow with the number of files."""

    files: list[ReadFile] = field(default_factory=list)
    report: ImportReport = field(default_factory=ImportReport)
    collector: SpeakerCollector = field(default_factory=SpeakerCollector)
    kept_chars: int = 0

    @property
    def documents(self) -> list[ImportedDocument]:
        """The documents still kept in memory (every one, for a batch under ``KEEP_CHARS``)."""
        return [f.document for f in self.files if f.document is not None]

    def speakers(self) -> list[SpeakerInfo]:
        return self.collector.speakers()

    def add(self, path: Path, document: ImportedDocument) -> None:
        self.collector.add(document)
        keep = self.kept_chars + len(document.text) <= KEEP_CHARS
        self.kept_chars += len(document.text) if keep else 0
        self.files.append(ReadFile(path, document.name, document.checksum, document if keep else None))

    def extend(self, other: ReadResult) -> None:
        """Add another reading's files (the coder chose to import known files again)."""
        for file in other.files:
            self.files.append(file)
        for document in other.documents:
            self.kept_chars += len(document.text)
        self.collector.merge(other.collector)


# Read documents kept in memory between reading and storing, in characters of text. Past it, a file is
# read again when it is stored (a folder of 500 interviews of 8,000 words is ~24 M characters; a 50 MB
# transcript, 50 M, is read again).
KEEP_CHARS = 32_000_000

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


class _ReadAhead:
    """Reads the files on a thread of its own, at most ``depth`` files ahead of the caller, who takes
    them in order with :meth:`take`. Reading is Python work and storing is mostly SQLite's (which lets
    other Python threads run), so reading the next file while this one is stored shortens an import;
    the depth keeps memory bounded, whatever the number of files."""

    def __init__(self, paths: Sequence[Path], read: Callable[[Path], ImportedDocument], depth: int = 2):
        self._results: queue.Queue[tuple[ImportedDocument | BaseException, ...]] = queue.Queue(depth)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(paths, read), daemon=True,
                                        name="qcode-read-ahead")
        self._thread.start()

    def _run(self, paths: Sequence[Path], read: Callable[[Path], ImportedDocument]) -> None:
        for path in paths:
            if self._stop.is_set():
                return
            try:
                imported: ImportedDocument | BaseException = _read_one(path, read)
                if read is not read_document:  # the shipped importers' text is canonical already
                    imported.text = normalise_text(imported.text)  # type: ignore[union-attr]
            except BaseException as error:  # noqa: BLE001 (handed to the caller's thread, raised there)
                imported = error
            while not self._stop.is_set():
                try:
                    self._results.put((imported,), timeout=0.1)
                    break
                except queue.Full:
                    continue
            del imported  # not kept while the next file is read

    def ready(self) -> bool:
        """Whether the next file is read already (taking it would not wait)."""
        return not self._results.empty()

    def take(self) -> ImportedDocument:
        """The next file's document (in the order of the paths); its read error is raised here."""
        (result,) = self._results.get()
        if isinstance(result, BaseException):
            raise result
        return result

    def close(self) -> None:
        self._stop.set()
        while self._thread.is_alive():
            try:
                self._results.get(timeout=0.05)
            except queue.Empty:
                pass
        self._thread.join()


def _read_each(paths: Sequence[str | Path], report: ImportReport, progress: Progress | None,
               cancelled: Cancelled | None,
               read: Callable[[Path], ImportedDocument] | None,
               ahead: list[_ReadAhead] | None = None) -> Generator[tuple[Path, ImportedDocument], None, None]:
    """Read files one at a time (a folder: its supported files), normalising their text; unreadable
    files go into ``report`` with the reason, a cancel stops before the next file. Progress counts
    bytes read. The files are read on a thread ahead of the caller (see :class:`_ReadAhead`; given
    ``ahead``, a list, the reader is put in it, so the caller can ask whether the next file is ready).
    Yields (path, document)."""
    read = read or read_document
    paths = expand_paths(paths)
    sizes = [_size(Path(p)) for p in paths]
    total = sum(sizes)
    done = 0
    reader = _ReadAhead([Path(p) for p in paths], read)
    if ahead is not None:
        ahead.append(reader)
    try:
        for raw_path, size in zip(paths, sizes, strict=True):
            path = Path(raw_path)
            if cancelled and cancelled():
                report.cancelled = True
                return
            if progress:
                progress(done, total, display_name(path.name))
            try:
                imported = reader.take()
            except ImportFormatError as error:
                report.skipped.append((display_name(path), error.reason_in(ui_language())))
                done += size
                continue
            report.warnings += [(display_name(path), w) for w in imported.warnings]
            if size >= _BIG and sys.platform.startswith("linux"):
                gc.collect()
                _give_back_memory()
            yield path, imported
            del imported  # the next file's text must not sit beside this one's
            done += size
        if progress:
            progress(total, total, "")
    finally:
        reader.close()


def read_files(paths: Sequence[str | Path], progress: Progress | None = None,
               cancelled: Cancelled | None = None, *, project_checksums: set[str] | None = None,
               read: Callable[[Path], ImportedDocument] | None = None) -> ReadResult:
    """Read every file (a folder: its supported files) and count its speakers; bad files and known
    checksums go into the report. Needs no project, so it runs on a worker thread."""
    result = ReadResult()
    seen: set[str] = set(project_checksums or ())
    for path, imported in _read_each(paths, result.report, progress, cancelled, read):
        if imported.checksum and imported.checksum in seen:
            result.report.duplicates.append((display_name(path), imported.name))
            continue
        seen.add(imported.checksum)
        result.add(path, imported)
    return result


def _documents_of(result: ReadResult, report: ImportReport, progress: Progress | None,
                  read: Callable[[Path], ImportedDocument] | None,
                  ahead: list[_ReadAhead]) -> Generator[ImportedDocument, None, None]:
    """The reviewed files' documents in order: kept ones from memory, the others read again (ahead, on
    a thread). A file that changed since it was reviewed is skipped and said so."""
    again = [f.path for f in result.files if f.document is None]
    reader = _ReadAhead(again, read or read_document) if again else None
    if reader is not None:
        ahead.append(reader)
    try:
        for done, file in enumerate(result.files):
            if progress:
                progress(done, len(result.files), file.name)
            if file.document is not None:
                yield file.document
                continue
            assert reader is not None
            try:
                document = reader.take()
            except ImportFormatError as error:
                report.skipped.append((display_name(file.path), error.reason_in(ui_language())))
                continue
            if document.checksum != file.checksum:
                report.skipped.append((display_name(file.path), say("import.changed", ui_language())))
                continue
            yield document
            del document
        if progress:
            progress(len(result.files), len(result.files), "")
    finally:
        if reader is not None:
            reader.close()


def store_reviewed(project: Project, documents: ReadResult | Sequence[ImportedDocument],
                   decisions: Mapping[str, SpeakerDecision] | None = None, *,
                   progress: Progress | None = None, read: Callable[[Path], ImportedDocument] | None = None,
                   **options: object) -> ImportReport:
    """Store read documents after applying the coder's speaker decisions (see
    :func:`qcode.core.importing.store_documents` for ``options``). Given a :class:`ReadResult`, the
    files it did not keep in memory are read again, one at a time."""
    if isinstance(documents, ReadResult):
        report = options.pop("report", None) or ImportReport()
        ahead: list[_ReadAhead] = []
        reading = _documents_of(documents, report, progress, read, ahead)  # type: ignore[arg-type]
        stream: Iterable[ImportedDocument] = (apply_decisions(d, decisions) if decisions else d
                                              for d in reading)
        try:
            return store_documents(project, stream, report=report,  # type: ignore[arg-type]
                                   waiting=lambda: bool(ahead) and not ahead[0].ready(),
                                   **options)  # type: ignore[arg-type]  # its keywords, passed on
        finally:
            reading.close()
    if decisions:
        documents = [apply_decisions(document, decisions) for document in documents]
    return store_documents(project, documents, progress=progress, **options)  # type: ignore[arg-type]


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
    skipped by default. Storing as it reads keeps memory flat on big batches; the next files are read
    while one is stored. Progress counts bytes read."""
    report = ImportReport()
    ahead: list[_ReadAhead] = []
    reading = _read_each(paths, report, progress, cancelled, read, ahead)
    try:
        # a group of files is committed whenever the next file is not read yet (see store_documents)
        store_documents(project, (imported for _path, imported in reading), autocode_roles=autocode_roles,
                        allow_duplicates=allow_duplicates, report=report,
                        waiting=lambda: bool(ahead) and not ahead[0].ready())
    finally:
        reading.close()  # a full disk stops the batch: stop reading too
    return report
