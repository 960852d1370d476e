"""What can go wrong with the project file and its disk, said in words a coder can act on.

Two jobs: reading a file's SQLite header *without opening it through SQLite* (so a file that is not a
qcode project is never changed: no WAL switch, no header written into an empty file), and turning the
errors SQLite and the operating system raise (a full disk, a read-only file or folder, a damaged file)
into :class:`StorageError` messages that name the file and say what to do. No Qt.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qcode.core.errors import ProjectError, QcodeError, register_messages, say

APPLICATION_ID = 0x71636F64  # "qcod": marks the file as ours for `file` and for open()
SQLITE_MAGIC = b"SQLite format 3\x00"

register_messages({
    "project.empty_file": (
        "{path} is empty (0 bytes), so it is not a qcode project. If it was one, it has been emptied "
        "(by a sync tool or a full disk, for example): {way_out}",
        "{path} er tom (0 byte) og er derfor ikke et qcode-projekt. Hvis den var et, er den blevet "
        "tømt (fx af et synkroniseringsprogram eller en fuld disk): {way_out}",
    ),
    "project.damaged": (
        "{path} is a damaged qcode project ({detail}). qcode has not changed it. {way_out}",
        "{path} er et beskadiget qcode-projekt ({detail}). qcode har ikke ændret filen. {way_out}",
    ),
    "project.way_out.backup": (
        "Restore the latest backup ({backup}) with 'qcode restore {name}' or File → Restore from "
        "backup…; the damaged file is kept beside it.",
        "Gendan den seneste sikkerhedskopi ({backup}) med 'qcode restore {name}' eller Filer → "
        "Gendan fra sikkerhedskopi…; den beskadigede fil gemmes ved siden af.",
    ),
    "project.way_out.no_backup": (
        "There is no qcode backup of it; restore the file from your own backup (or an older copy), "
        "or keep it and ask for help recovering it.",
        "Der er ingen qcode-sikkerhedskopi af den; gendan filen fra din egen sikkerhedskopi (eller "
        "en ældre kopi), eller gem den og få hjælp til at redde den.",
    ),
    "project.read_only": (
        "{path} is read-only (write-protected, or on a read-only disk), so qcode cannot change it. "
        "Remove the write protection or copy the project to a folder you can write to, then try "
        "again. Reading commands such as 'qcode documents' still work.",
        "{path} er skrivebeskyttet (eller ligger på en skrivebeskyttet disk), så qcode kan ikke ændre "
        "den. Fjern skrivebeskyttelsen eller kopiér projektet til en mappe, du kan skrive i, og prøv "
        "igen. Læsende kommandoer som 'qcode documents' virker stadig.",
    ),
    "project.busy": (
        "{path} is busy: another program is writing to it. Wait a moment and try again.",
        "{path} er optaget: et andet program skriver i den. Vent et øjeblik og prøv igen.",
    ),
    "project.io_error": (
        "qcode could not read or write {path} ({detail}). Check that the disk or network drive is "
        "connected and working, then try again.",
        "qcode kunne ikke læse eller skrive {path} ({detail}). Kontrollér, at disken eller "
        "netværksdrevet er tilsluttet og virker, og prøv igen.",
    ),
    "project.folder_read_only": (
        "qcode cannot change the project in {folder}: the folder is read-only. Copy {name} to a folder "
        "you can write to (or ask for write access) and open the copy. Reading commands such as "
        "'qcode documents' still work here.",
        "qcode kan ikke ændre projektet i {folder}: mappen er skrivebeskyttet. Kopiér {name} til en "
        "mappe, du kan skrive i (eller bed om skriveadgang), og åbn kopien. Læsende kommandoer som "
        "'qcode documents' virker stadig her.",
    ),
    "disk.full": (
        "The disk holding {path} is full, so nothing could be saved. Free some space (or move the "
        "project to another disk) and try again; the project is as it was before this action.",
        "Disken med {path} er fuld, så intet kunne gemmes. Frigør plads (eller flyt projektet til en "
        "anden disk) og prøv igen; projektet er som før handlingen.",
    ),
    "file.failed": (
        "qcode could not use {path} (the system said: {detail}). Check that the file is there, that you "
        "have access to it and that its disk is connected, then try again.",
        "qcode kunne ikke bruge {path} (systemet svarede: {detail}). Kontrollér, at filen findes, at du har "
        "adgang til den, og at disken er tilsluttet, og prøv igen.",
    ),
    "file.not_found": (
        "{path} does not exist. Check the name and the folder.",
        "{path} findes ikke. Kontrollér navnet og mappen.",
    ),
    "file.is_folder": (
        "{path} is a folder, not a file. Name a file in it.",
        "{path} er en mappe, ikke en fil. Angiv en fil i den.",
    ),
    "file.no_access": (
        "You do not have permission to use {path}. Ask for access, or copy the file to a folder of "
        "your own.",
        "Du har ikke tilladelse til at bruge {path}. Bed om adgang, eller kopiér filen til en mappe, "
        "du selv har.",
    ),
    "file.read_only": (
        "{path} cannot be written: the file or its folder is read-only ({detail}). Choose another "
        "place, or ask for write access.",
        "{path} kan ikke skrives: filen eller dens mappe er skrivebeskyttet ({detail}). Vælg et andet "
        "sted, eller bed om skriveadgang.",
    ),
    "cli.unexpected": (
        "Something went wrong that qcode did not expect ({kind}: {detail}). Nothing more was done; "
        "your project is as the last completed action left it. Please report this (run with "
        "QCODE_DEBUG=1 to see the details).",
        "Der skete en fejl, qcode ikke havde forudset ({kind}: {detail}). Intet mere er gjort; "
        "projektet er, som den sidste afsluttede handling efterlod det. Rapportér venligst fejlen "
        "(kør med QCODE_DEBUG=1 for at se detaljerne).",
    ),
    "file.write_failed": (
        "qcode could not write {path} ({detail}). Choose another folder or free some space and try "
        "again.",
        "qcode kunne ikke skrive {path} ({detail}). Vælg en anden mappe eller frigør plads, og prøv "
        "igen.",
    ),
})


class StorageError(ProjectError):
    """The project file or its disk refused: full, read-only, damaged, unreachable."""


class ProjectDamagedError(StorageError):
    """The file is a qcode project but cannot be read as one (truncated, emptied, overwritten, corrupt).
    ``way_out`` is ``{"en": …, "da": …}``: what to do, in each language (its backups, if any)."""

    def message(self, lang: str = "en") -> str:
        params = dict(self.params)
        way_out = params.get("way_out")
        if isinstance(way_out, dict):
            params["way_out"] = way_out.get(lang) or way_out.get("en", "")
        return say(self.message_id, lang, **params)


class CausedError(ProjectError):
    """A message that quotes another error (as ``{reason}``) in the same language."""

    def __init__(self, message_id: str, cause: QcodeError, **params: Any):
        self.cause = cause
        super().__init__(message_id, **params)

    def message(self, lang: str = "en") -> str:
        return say(self.message_id, lang, **{**self.params, "reason": self.cause.message(lang)})


@dataclass(frozen=True)
class HeaderFacts:
    """What the first 100 bytes of a file say, read without SQLite."""

    size: int
    is_sqlite: bool
    application_id: int = 0
    user_version: int = 0
    page_size: int = 0
    page_count: int = 0  # 0 when the header's count is not known to be current

    @property
    def is_qcode(self) -> bool:
        return self.is_sqlite and self.application_id == APPLICATION_ID

    @property
    def truncated(self) -> bool:
        """The file is shorter than the pages its header counts (cut off by a copy or a full disk)."""
        return bool(self.page_count and self.page_size and self.size < self.page_count * self.page_size)


def read_header(path: Path) -> HeaderFacts:
    """The SQLite header facts of ``path`` (opened read-only by the OS, never by SQLite)."""
    with open(path, "rb") as handle:
        head = handle.read(100)
        size = os.fstat(handle.fileno()).st_size
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        return HeaderFacts(size=size, is_sqlite=False)
    page_size = struct.unpack(">H", head[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    change_counter, page_count = struct.unpack(">II", head[24:32])
    valid_for = struct.unpack(">I", head[92:96])[0]
    user_version = struct.unpack(">i", head[60:64])[0]
    application_id = struct.unpack(">I", head[68:72])[0]
    return HeaderFacts(size=size, is_sqlite=True, application_id=application_id,
                       user_version=user_version, page_size=page_size,
                       page_count=page_count if valid_for == change_counter else 0)


def _sqlite_code(error: sqlite3.Error) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def translate(error: BaseException, path: Path,
              way_out: dict[str, str] | None = None) -> StorageError | None:
    """A :class:`StorageError` for a storage failure of the project at ``path`` (an SQLite error or an
    OSError), or None when ``error`` is something else (a bug, which must stay visible)."""
    path = Path(path)
    if isinstance(error, OSError):
        return os_error(error, path)
    if not isinstance(error, sqlite3.Error):
        return None
    code = _sqlite_code(error)
    text = str(error).lower()
    if code == sqlite3.SQLITE_FULL or "disk is full" in text:
        return StorageError("disk.full", path=str(path))
    if code == sqlite3.SQLITE_READONLY or "readonly database" in text:
        return StorageError("project.read_only", path=str(path))
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "database is locked" in text:
        return StorageError("project.busy", path=str(path))
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB) or "malformed" in text \
            or "not a database" in text:
        return ProjectDamagedError("project.damaged", path=str(path), detail=str(error),
                                   way_out=way_out or {})
    if code in (sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN) or "disk i/o" in text \
            or "unable to open" in text:
        return StorageError("project.io_error", path=str(path), detail=str(error))
    return None


def os_error(error: OSError, path: Path) -> StorageError:
    """A user message for a failed file operation on ``path`` or its folder."""
    path = Path(path)
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageError("disk.full", path=str(path))
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return StorageError("project.folder_read_only", folder=str(path.parent), name=path.name)
    return StorageError("project.io_error", path=str(path), detail=error.strerror or str(error))


def write_error(error: OSError, path: Path) -> StorageError:
    """A user message for a file qcode was asked to write (an export, a backup): names the file."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageError("disk.full", path=str(path))
    return StorageError("file.write_failed", path=str(path), detail=error.strerror or str(error))


def file_error(error: OSError) -> StorageError:
    """A user message for an operating-system error on a file the user named (an export, a report)."""
    path = error.filename or "?"
    detail = error.strerror or str(error)
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageError("disk.full", path=str(path))
    if error.errno == errno.EROFS:
        return StorageError("file.read_only", path=str(path), detail=detail)
    # The operating system's words are English whatever the user's language: the common cases are
    # said in qcode's own words, in both languages.
    if error.errno in (errno.ENOENT, errno.ENOTDIR):
        return StorageError("file.not_found", path=str(path))
    if error.errno == errno.EISDIR:
        return StorageError("file.is_folder", path=str(path))
    if error.errno in (errno.EACCES, errno.EPERM):
        return StorageError("file.no_access", path=str(path))
    return StorageError("file.failed", path=str(path), detail=detail)


def writable(path: Path) -> bool:
    """Whether this process may write ``path`` (False for a write-protected file or a read-only mount;
    root passes permission bits, but not a read-only file system)."""
    try:
        if os.statvfs(path).f_flag & os.ST_RDONLY:
            return False
    except OSError:
        return False
    return os.access(path, os.W_OK)
