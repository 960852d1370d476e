"""Restoring a project from one of its backups: the backup is checked first, the project's current
state is kept (as a ``before-restore`` backup, or a damaged file moved aside), and the backup is copied
into the project through SQLite's backup API inside one transaction (a project too damaged to open is
replaced by a whole copy instead). Making and listing backups is :mod:`qcode.core.backup`'s. No Qt.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from qcode.core.backup import (
    BEFORE_RESTORE,
    STAMP,
    backup_target,
    copy_database,
    default_folder,
    fsync_dir,
    open_read_only,
)
from qcode.core.errors import ProjectError, register_messages
from qcode.core.lock import acquire_lock, release_lock
from qcode.core.storage import StorageError, read_header, translate, write_error

register_messages({
    "backup.not_found": ("No backup file {path}.", "Der er ingen sikkerhedskopi {path}."),
    "backup.damaged": ("The backup {path} is damaged or not a qcode project ({detail}); choose another.",
                       "Sikkerhedskopien {path} er beskadiget eller ikke et qcode-projekt ({detail}); "
                       "vælg en anden."),
    "backup.too_new": ("The backup {path} was written by a newer qcode; it cannot be restored here.",
                       "Sikkerhedskopien {path} er skrevet af en nyere qcode og kan ikke gendannes her."),
    "backup.restored": ("Restored {name} from {backup}.", "Gendannede {name} fra {backup}."),
    "backup.kept": ("The state before the restore is kept as {path}.",
                    "Tilstanden før gendannelsen er gemt som {path}."),
    "backup.damaged_kept": ("The damaged file is kept as {path}.",
                            "Den beskadigede fil er gemt som {path}."),
})


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: the backup it used and where the previous state was kept."""

    backup: Path
    kept: Path | None  # the project as it was before, as a backup (None if there was nothing to keep)
    damaged: Path | None  # a damaged project moved aside instead


def verify_backup(path: Path, latest_version: int) -> None:
    """Refuse a backup that is not a whole qcode project of a version this qcode can open."""
    path = Path(path)
    if not path.is_file():
        raise ProjectError("backup.not_found", path=str(path))
    try:
        facts = read_header(path)
    except OSError as error:
        raise ProjectError("backup.damaged", path=str(path), detail=error.strerror) from None
    if not facts.is_qcode:
        raise ProjectError("backup.damaged", path=str(path), detail="not a qcode project")
    if facts.truncated:
        raise ProjectError("backup.damaged", path=str(path), detail="the file is cut short")
    if facts.user_version > latest_version:
        raise ProjectError("backup.too_new", path=str(path))
    try:
        conn = open_read_only(path)
        try:
            result = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as error:
        raise ProjectError("backup.damaged", path=str(path), detail=str(error)) from None
    if result != "ok":
        raise ProjectError("backup.damaged", path=str(path), detail=result)


def _project_readable(path: Path) -> bool:
    """Whether the project can be read through SQLite (else it is moved aside rather than written)."""
    try:
        facts = read_header(path)
        wal = path.with_name(path.name + "-wal")
        pending_wal = wal.exists() and wal.stat().st_size > 0  # the header may be ahead of the file
        if not facts.is_qcode or (facts.truncated and not pending_wal):
            return False
        conn = sqlite3.connect(str(path), timeout=5.0)
        try:
            return conn.execute("PRAGMA quick_check(1)").fetchone()[0] == "ok"
        finally:
            conn.close()
    except (OSError, sqlite3.Error):
        return False


def restore_backup(project_path: Path, backup: Path, *, latest_version: int,
                   folder: Path | None = None) -> RestoreResult:
    """Put ``backup`` in place of the project. The project must not be open anywhere (its lock is taken
    for the restore). Its current state is kept first: as a ``before-restore`` backup when it can be
    read, else the damaged file is moved aside beside it. The caller opens the project afterwards (which
    migrates an older backup forward)."""
    project_path = Path(project_path).absolute()
    backup = Path(backup).absolute()
    verify_backup(backup, latest_version)
    folder = Path(folder) if folder is not None else default_folder(project_path)
    lock = acquire_lock(project_path)
    try:
        source = open_read_only(backup)
        try:
            if project_path.exists() and _project_readable(project_path):
                return _restore_into(project_path, source, backup, folder)
            return _replace_damaged(project_path, source, backup)
        finally:
            source.close()
    except sqlite3.Error as error:
        raise translate(error, project_path) or StorageError(
            "project.io_error", path=str(project_path), detail=str(error)) from None
    except OSError as error:
        raise write_error(error, project_path) from None
    finally:
        release_lock(lock)


def _restore_into(project_path: Path, source: sqlite3.Connection, backup: Path,
                  folder: Path) -> RestoreResult:
    """The project is readable: keep it as a backup, then copy the backup into it in one transaction
    (SQLite's backup API writes every page under one write lock; a kill rolls it back)."""
    conn = sqlite3.connect(str(project_path), timeout=5.0)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        kept = backup_target(folder, project_path.stem, BEFORE_RESTORE)
        copy_database(conn, kept)
        source.backup(conn)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return RestoreResult(backup, kept, None)


def _replace_damaged(project_path: Path, source: sqlite3.Connection, backup: Path) -> RestoreResult:
    """The project cannot be read: build the restored copy beside it, keep the damaged file (and its
    journal files) under a new name, and rename the copy into place. The project's name never points
    at nothing: the damaged file is linked aside, not moved, until the copy replaces it."""
    stamp = datetime.now().strftime(STAMP)
    restoring = project_path.with_name(project_path.name + ".restoring")
    restoring.unlink(missing_ok=True)
    copy_database(source, restoring)
    conn = sqlite3.connect(str(restoring))
    try:
        conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()
    damaged = None
    if project_path.exists():
        damaged = project_path.with_name(f"{project_path.stem}.damaged-{stamp}{project_path.suffix}")
        os.link(project_path, damaged)
    for companion in ("-wal", "-shm", "-journal"):
        journal = project_path.with_name(project_path.name + companion)
        if journal.exists():
            # a journal of the damaged file must never be applied to the restored one
            if damaged is not None:
                os.replace(journal, damaged.with_name(damaged.name + companion))
            else:
                journal.unlink()
    os.replace(restoring, project_path)
    fsync_dir(project_path.parent)
    return RestoreResult(backup, None, damaged)
