"""The SQLite connections to a project file: the writer's (checked, switched to WAL and migrated), the
reader's (``query_only``) and a quiet close. Which file may be opened at all is :mod:`qcode.core.inspection`'s
question; the :class:`~qcode.core.project.Project` around a connection is :mod:`qcode.core.project`'s.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from qcode.core.errors import ProjectError
from qcode.core.migrations import latest_version, migrate
from qcode.core.storage import APPLICATION_ID, writable


def connect(path: Path) -> sqlite3.Connection:
    """A writing connection to a new project file (foreign keys on, WAL)."""
    conn = sqlite3.connect(str(path), timeout=5.0, check_same_thread=False)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    return conn


def connect_checked(path: Path) -> sqlite3.Connection:
    """The writing connection: the file is checked again (it may have changed since the look before the
    lock) before anything is written, then switched to WAL and migrated."""
    conn = sqlite3.connect(str(path), timeout=5.0, check_same_thread=False)
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise ProjectError("project.not_a_project", path=str(path))
        if version > latest_version():
            raise ProjectError("project.too_new", path=str(path), found=version, known=latest_version())
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        migrate(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def connect_reader(path: Path) -> sqlite3.Connection:
    """A connection that cannot write. On a read-only folder a WAL file cannot get its shared-memory
    file, so it is read as immutable there (nobody can be writing to it through that folder)."""
    uri = Path(path).resolve().as_uri()
    try:
        conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=5.0, check_same_thread=False)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        if writable(Path(path).parent):
            raise
        conn = sqlite3.connect(f"{uri}?immutable=1", uri=True, check_same_thread=False)
    conn.execute("PRAGMA query_only = ON")
    return conn


def close_quietly(conn: sqlite3.Connection | None) -> None:
    """Close ``conn`` (if any), ignoring SQLite's complaints: for the way out of a failed open."""
    if conn is not None:
        try:
            conn.close()
        except sqlite3.Error:
            pass
