"""The project file: create, open (with migration and lock), close, transactions, the audit trail.

A project is one SQLite file opened through sqlite-utils. Every other core module takes a
:class:`Project` and does its SQL through ``project.db`` inside ``project.transaction()``.
"""

from __future__ import annotations

import getpass
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlite_utils

from qcode.core.changes import SETTINGS, Change, ChangeNotifier, coalesce
from qcode.core.clock import now
from qcode.core.codebook import install_default_codebook
from qcode.core.coders import ensure_coder
from qcode.core.errors import ProjectError
from qcode.core.lock import acquire_lock, release_lock
from qcode.core.maintenance import finish_pending
from qcode.core.migrations import all_migrations, latest_version
from qcode.core.types import CoderId
from qcode.core.visibility import install as install_visibility

SUFFIX = ".qcode"
APPLICATION_ID = 0x71636F64  # "qcod": marks the file as ours for `file` and for open()


def migrate(conn: sqlite3.Connection, target: int | None = None) -> int:
    """Apply pending migrations up to ``target`` (default: latest) in one transaction."""
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    pending = [m for m in all_migrations() if m.number > current]
    if target is not None:
        pending = [m for m in pending if m.number <= target]
    if not pending:
        return current
    conn.execute("BEGIN IMMEDIATE")
    try:
        for migration in pending:
            migration.apply(conn)
            conn.execute(f"PRAGMA user_version = {migration.number}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return pending[-1].number


class Project:
    """An open project file. Use :func:`create_project` / :func:`open_project` to get one."""

    def __init__(self, path: Path, conn: sqlite3.Connection, lock: Path | None, coder: str):
        self.path = path
        self.db = sqlite_utils.Database(conn)
        self.changes = ChangeNotifier()
        self._lock = lock
        self._pending: list[Change] = []
        self._depth = 0
        self.coder_name = coder
        self._coder_id: CoderId | None = None
        install_visibility(self)  # this connection's view of the codings its coder may see

    # -- lifecycle ---------------------------------------------------------------------------
    def close(self) -> None:
        """Checkpoint the WAL, close the connection and release the lock."""
        if self.db is None:
            return
        try:
            self.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error:
            pass
        self.db.conn.close()
        self.db = None  # type: ignore[assignment]  # closed; an Optional db would burden every query
        if self._lock is not None:
            release_lock(self._lock)

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return self.db.conn.execute("PRAGMA user_version").fetchone()[0]

    # -- transactions ------------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[Project]:
        """One user action: all or nothing. Nested calls become savepoints; listeners hear of
        the changes only after the outermost transaction commits, once per kind of change."""
        self._depth += 1
        try:
            with self.db.atomic():
                yield self
        except BaseException:
            if self._depth == 1:
                self._pending.clear()
            raise
        finally:
            self._depth -= 1
        if self._depth == 0:
            pending, self._pending = self._pending, []
            for change in coalesce(pending):
                self.changes.emit(change)

    def announce(self, change: Change) -> Change:
        """Queue a change for the listeners (sent when the transaction commits)."""
        if self._depth:
            self._pending.append(change)
        else:
            self.changes.emit(change)
        return change

    def log(self, action: str, target: str = "", target_id: int | None = None, **details: Any) -> None:
        """Append to the change log (who, when, what); call inside the action's transaction."""
        self.db.execute(
            "INSERT INTO change_log (at, coder, action, target, target_id, details) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [now(), self.coder_name, action, target, target_id,
             json.dumps(details, ensure_ascii=False, default=str)],
        )

    # -- settings ----------------------------------------------------------------------------
    def get_setting(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM project_info WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str, *, secret: bool = False) -> None:
        """Store a project setting and log it; a ``secret`` value (a seed that pseudonyms are derived
        from) is logged without its value, so the audit trail cannot help to reverse them."""
        with self.transaction():
            self.db.execute(
                "INSERT INTO project_info (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, value],
            )
            self.log("set_setting", "project", None, key=key, value="(secret)" if secret else value)
            self.announce(Change(SETTINGS))

    @property
    def coder_id(self) -> CoderId:
        """The id of the coder this session works as (created on first use)."""
        if self._coder_id is None:

            self._coder_id = ensure_coder(self, self.coder_name)
        return self._coder_id


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), timeout=5.0, check_same_thread=False)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    return conn


def default_coder() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "coder"


def create_project(
    path: str | Path, coder: str | None = None, *, with_default_codebook: bool = True
) -> Project:
    """Create a new project file (with the default Danish codebook) and open it."""
    path = Path(path)
    if path.suffix != SUFFIX:
        path = path.with_name(path.name + SUFFIX) if not path.suffix else path
    if path.exists():
        raise ProjectError("project.exists", path=str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = acquire_lock(path)
    try:
        conn = _connect(path)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        migrate(conn)
        project = Project(path, conn, lock, coder or default_coder())
        with project.transaction():
            project.db.execute(
                "INSERT INTO project_info (key, value) VALUES ('created_at', ?)", [now()]
            )
            project.log("create_project", "project", None, path=path.name)
            if with_default_codebook:

                install_default_codebook(project)
    except BaseException:
        release_lock(lock)
        raise
    return project


def open_project(path: str | Path, coder: str | None = None) -> Project:
    """Open an existing project file, migrating it forward if it is older than this qcode."""
    path = Path(path)
    if not path.is_file():
        raise ProjectError("project.not_found", path=str(path))
    lock = acquire_lock(path)
    try:
        conn = _connect_checked(path)
        project = Project(path, conn, lock, coder or default_coder())
        finish_pending(project)
    except BaseException:
        release_lock(lock)
        raise
    return project


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


def _connect_checked(path: Path) -> sqlite3.Connection:
    try:
        conn = _connect(path)
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError:
        raise ProjectError("project.not_a_project", path=str(path)) from None
    if app_id != APPLICATION_ID:
        conn.close()
        raise ProjectError("project.not_a_project", path=str(path))
    if version > latest_version():
        conn.close()
        raise ProjectError("project.too_new", path=str(path), found=version, known=latest_version())
    migrate(conn)
    return conn
