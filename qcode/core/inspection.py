"""Looking at a file before opening it: is it a qcode project this qcode can open (without changing
anything in it), what to tell a user whose project is damaged (its backups), and one setting read
without opening the project. Opening itself is :mod:`qcode.core.project`'s.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from qcode.core import backup as backups
from qcode.core.connection import connect_reader
from qcode.core.errors import ProjectError, say
from qcode.core.migrations import latest_version
from qcode.core.storage import APPLICATION_ID, HeaderFacts, ProjectDamagedError, read_header, translate

SUFFIX = ".qcode"
# the tables every qcode project has had since version 1 (a file without them is not ours or is damaged)
_CORE_TABLES = {"project_info", "documents", "codes", "codings", "coders", "change_log"}


def inspect_project(path: Path) -> int:
    """Make sure ``path`` is a qcode project this qcode can open, without changing anything in it (no
    WAL switch, no header written); returns its schema version. Raises :class:`ProjectError`: not a
    project, empty, damaged (with the way out), too new."""
    try:
        facts = read_header(path)
    except OSError as error:
        raise translate(error, path) from None  # type: ignore[misc]
    wal = path.with_name(path.name + "-wal")
    pending_wal = wal.exists() and wal.stat().st_size > 0
    if pending_wal and not facts.is_qcode:
        # Committed pages not yet copied back from the WAL (an open project, or one whose qcode was
        # killed): the header on disk may be stale, so ask SQLite, read-only.
        facts = _header_through_sqlite(path, facts)
    if facts.size == 0 and not facts.is_sqlite:
        raise ProjectDamagedError("project.empty_file", path=str(path), way_out=way_outs(path))
    if not facts.is_sqlite or (facts.application_id != APPLICATION_ID):
        if path.suffix == SUFFIX and backups.latest_backup(path) is not None and not facts.is_sqlite:
            # a .qcode file with backups beside it was ours: its first page has been overwritten
            raise ProjectDamagedError("project.damaged", path=str(path), detail="its header is gone",
                                      way_out=way_outs(path))
        raise ProjectError("project.not_a_project", path=str(path))
    if facts.truncated and not pending_wal:
        # (with a WAL pending, a checkpoint stopped by a full disk may have written the new size into
        # the header before the pages: SQLite reads the pages from the WAL, so the file is whole)
        raise ProjectDamagedError("project.damaged", path=str(path),
                                  detail=f"the file is cut short at {facts.size:,} bytes",
                                  way_out=way_outs(path))
    if facts.user_version > latest_version():
        raise ProjectError("project.too_new", path=str(path), found=facts.user_version,
                           known=latest_version())
    try:
        conn = connect_reader(path)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
    except sqlite3.Error as error:
        storage = translate(error, path, way_outs(path))
        if storage is None:
            raise
        raise storage from None
    if facts.user_version >= 1 and not _CORE_TABLES <= tables:
        raise ProjectDamagedError("project.damaged", path=str(path),
                                  detail="tables are missing: " + ", ".join(sorted(_CORE_TABLES - tables)),
                                  way_out=way_outs(path))
    return facts.user_version


def _header_through_sqlite(path: Path, facts: HeaderFacts) -> HeaderFacts:
    """The application id and schema version as SQLite sees them (WAL included), read-only."""
    try:
        conn = connect_reader(path)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return facts
    return HeaderFacts(size=facts.size, is_sqlite=True, application_id=app_id, user_version=version)


def way_outs(path: Path) -> dict[str, str]:
    """The sentence telling a user with a damaged project where its backups are, in both languages."""
    return {lang: way_out(path, lang) for lang in ("en", "da")}


def way_out(path: Path, lang: str = "en") -> str:
    """What to do about a damaged or emptied project: restore its newest backup, if there is one."""
    newest = backups.latest_backup(path)
    if newest is None:
        return say("project.way_out.no_backup", lang)
    return say("project.way_out.backup", lang, backup=newest.path.name, name=Path(path).name)


def peek_setting(path: str | Path, key: str) -> str | None:
    """A setting of a project file read without opening it (read-only, no lock, no migration); None
    when the file is missing, not a project or lacks the setting."""
    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        row = conn.execute("SELECT value FROM project_info WHERE key = ?", [key]).fetchone()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return row[0] if row else None
