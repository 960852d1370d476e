"""The project file: create, open (with migration and lock), close, transactions, the audit trail.

A project is one SQLite file written through sqlite-utils. Every other core module takes a
:class:`Project` and writes through ``project.db`` inside ``project.transaction()``; reads may go straight
to ``project.conn`` (the sqlite3 connection ``db`` wraps), as everything the window's first paint reads
does, so that sqlite-utils loads only at the first change (#19).

Opening looks before it touches: the header, ``application_id`` and schema are read without writing
anything (:mod:`qcode.core.inspection`), so a file that is not a qcode project (or an empty one) is
refused exactly as it was found, and a damaged project is named as such with the way out (its backups).
Only then is the lock taken, the file switched to WAL, migrated (:mod:`qcode.core.connection`), checked
cheaply (:mod:`qcode.core.integrity`) and backed up (:mod:`qcode.core.backup`). Reading commands open
with ``read_only=True``: no lock, ``query_only``, so they work while another qcode writes (WAL readers
see the last commit).
"""

from __future__ import annotations

import getpass
import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from qcode.core import backup as backups
from qcode.core.changes import SETTINGS, Change, ChangeNotifier, coalesce
from qcode.core.clock import now
from qcode.core.coders import LOGIN_PREFIX, ensure_coder, remembered_coder
from qcode.core.connection import close_quietly, connect, connect_checked, connect_reader
from qcode.core.default_codebook import install_default_codebook
from qcode.core.errors import ProjectError, QcodeError, register_messages
from qcode.core.inspection import SUFFIX, inspect_project, way_outs
from qcode.core.integrity import CheckReport, quick_check
from qcode.core.lean_import import import_without
from qcode.core.lock import Holder, acquire_lock, holds_lock, other_holder, release_lock
from qcode.core.maintenance import finish_pending
from qcode.core.migrations import latest_version, migrate
from qcode.core.storage import APPLICATION_ID, CausedError, StorageError, translate, writable
from qcode.core.types import CoderId
from qcode.core.visibility import install as install_visibility

if TYPE_CHECKING:
    import sqlite_utils

register_messages({
    "project.open_elsewhere": (
        "{name} is open for changes in another qcode ({user} on {host}, since {since}); what is shown "
        "here may be a moment old.",
        "{name} er åbnet til ændringer i en anden qcode ({user} på {host}, siden {since}); det viste "
        "kan være et øjeblik gammelt.",
    ),
    "project.needs_upgrade": (
        "{path} was made by an older qcode and must be opened for changes once (to be upgraded) before "
        "it can be read while another qcode has it open.",
        "{path} er lavet af en ældre qcode og skal åbnes til ændringer én gang (for at blive opgraderet), "
        "før den kan læses, mens en anden qcode har den åben.",
    ),
    "project.check_on_open": (
        "The check on opening found problems in {name}:",
        "Kontrollen ved åbningen fandt fejl i {name}:",
    ),
})


class Project:
    """An open project file. Use :func:`create_project` / :func:`open_project` to get one."""

    def __init__(self, path: Path, conn: sqlite3.Connection, lock: Path | None, coder: str, *,
                 read_only: bool = False):
        self.path = path
        # Reads may go straight to the connection (the window's first paint does, so that it need not
        # wait for sqlite-utils to load); every write goes through ``db`` (sqlite-utils) in ``transaction()``.
        self.conn = conn
        self._db: sqlite_utils.Database | None = None
        self.changes = ChangeNotifier()
        self._lock = lock
        self._pending: list[Change] = []
        self._depth = 0
        self._flat = False  # see flat_nesting()
        self.coder_name = coder
        # Where the coder's name came from: "given" (the caller named one), "remembered" (the coder this
        # login last named for this project), "login" (the OS user name): the CLI says so when it matters.
        self.coder_source = "given"
        self._coder_id: CoderId | None = None
        self.read_only = read_only
        # Things the opener should tell the user (another qcode is writing, a backup failed, the check
        # on open found problems); each a QcodeError for its message in the UI language.
        self.notes: list[QcodeError] = []
        self.check: CheckReport | None = None  # the check made on open (None for readers)
        self.backup: backups.Backup | None = None  # the backup made on open, if one was due
        install_visibility(self)  # this connection's view of the codings its coder may see

    @property
    def db(self) -> sqlite_utils.Database:
        """The sqlite-utils view of the connection, made (and sqlite-utils imported, ~40 ms) on first use."""
        if self._db is None and self.conn is not None:
            self._db = _sqlite_utils().Database(self.conn, execute_plugins=False)
        return self._db  # None once closed (callers test ``db is None``)

    # -- lifecycle ---------------------------------------------------------------------------
    def close(self) -> None:
        """Checkpoint the WAL, close the connection and release the lock."""
        if self.conn is None:
            return
        try:
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error:
            pass
        self.conn.close()
        self.conn = None  # type: ignore[assignment]  # closed; an Optional conn would burden every query
        self._db = None
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
        if self._flat and self._depth:
            # inside flat_nesting(): the enclosing transaction is all or nothing already
            self._depth += 1
            try:
                yield self
            finally:
                self._depth -= 1
            return
        self._depth += 1
        try:
            with self.db.atomic():
                yield self
        except sqlite3.Error as error:
            if self._depth != 1:
                raise
            self._pending.clear()
            # The outermost transaction has been rolled back: a full disk, a read-only file or a damaged
            # page becomes a message naming the file (other SQLite errors are bugs and stay visible).
            storage = translate(error, self.path, way_outs(self.path))
            if storage is None:
                raise
            raise storage from error
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

    @contextmanager
    def flat_nesting(self) -> Iterator[None]:
        """Inside an open transaction: transactions nested in it take no savepoint of their own. For a
        caller that undoes the whole enclosing transaction on any failure (importing a group of files:
        a failed group is stored again file by file), so a part of it is never kept on its own; an
        import made ~8 savepoints per file."""
        if not self._depth:
            raise RuntimeError("flat_nesting() needs an open transaction")
        was, self._flat = self._flat, True
        try:
            yield
        finally:
            self._flat = was

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

    def log_many(self, action: str, target: str,
                 entries: Sequence[tuple[int | None, dict[str, Any]]]) -> None:
        """Append one change-log row per (target id, details) with one statement (batch actions)."""
        stamp, coder = now(), self.coder_name
        self.db.conn.executemany(
            "INSERT INTO change_log (at, coder, action, target, target_id, details) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(stamp, coder, action, target, target_id, json.dumps(details, ensure_ascii=False, default=str))
             for target_id, details in entries])

    # -- settings ----------------------------------------------------------------------------
    def get_setting(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM project_info WHERE key = ?", [key]).fetchone()
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


def _sqlite_utils() -> ModuleType:
    # sqlite-utils maps numpy and pandas column types when it finds them; qcode never stores such values,
    # and importing numpy costs every start (GUI and CLI) ~50-100 ms. A later ``import numpy`` (spaCy) works.
    # No plugins either (see ``Project.db``): finding them reads every installed package's entry points.
    return import_without("sqlite_utils", ("numpy", "pandas"))


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
        conn = connect(path)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        migrate(conn)
        project = Project(path, conn, lock, coder or default_coder())
        with project.transaction():
            project.db.execute(
                "INSERT INTO project_info (key, value) VALUES ('created_at', ?)", [now()]
            )
            if coder:  # the coder named here is the one later commands by this login work as
                project.db.execute("INSERT INTO project_info (key, value) VALUES (?, ?)",
                                   [LOGIN_PREFIX + default_coder(), coder])
            project.log("create_project", "project", None, path=path.name)
            if with_default_codebook:

                install_default_codebook(project)
    except BaseException:
        release_lock(lock)
        raise
    return project


def open_project(path: str | Path, coder: str | None = None, *, read_only: bool = False,
                 backup: bool = True) -> Project:
    """Open an existing project file, migrating it forward if it is older than this qcode.

    ``read_only``: for commands that only read; takes no lock, so it works while another qcode has the
    project open (``project.notes`` then says so). Otherwise the lock is taken, the file is checked
    cheaply (``project.check``) and, when due, backed up (``backup=False`` skips that).
    """
    path = Path(path)
    if not path.is_file():
        raise ProjectError("file.is_folder" if path.is_dir() else "project.not_found", path=str(path))
    version = inspect_project(path)
    if read_only:
        return _open_reader(path, version, coder)
    first = not holds_lock(path)
    lock = acquire_lock(path)
    conn: sqlite3.Connection | None = None
    try:
        if not writable(path):
            raise StorageError("project.read_only", path=str(path))
        conn = connect_checked(path)
        name, source = _coder(conn, coder)
        project = Project(path, conn, lock, name)
        project.coder_source = source
        project.notes += finish_pending(project)
        if first:  # the first connection of this process; a worker thread's own connection skips this
            _check_and_back_up(project, backup)
    except sqlite3.Error as error:
        close_quietly(conn)
        release_lock(lock)
        storage = translate(error, path, way_outs(path))
        if storage is None:
            raise
        raise storage from None
    except BaseException:
        close_quietly(conn)
        release_lock(lock)
        raise
    return project


def _check_and_back_up(project: Project, backup: bool) -> None:
    """The cheap check on open; a backup only of a project that passed it (a damaged copy must not push
    a good one out of the rotation)."""
    project.check = quick_check(project)
    if not project.check.ok:
        project.notes.append(ProjectError("project.check_on_open", name=project.path.name))
        return
    if not backup:
        return
    try:
        project.backup = backups.auto_backup(project)
    except QcodeError as error:
        # Not being able to back up must not stop the work; the user is told why.
        project.notes.append(CausedError("backup.failed", error))


def _coder(conn: sqlite3.Connection, coder: str | None) -> tuple[str, str]:
    """The coder a session works as and where the name came from (see ``Project.coder_source``)."""
    if coder:
        return coder, "given"
    remembered = remembered_coder(conn, default_coder())
    return (remembered, "remembered") if remembered else (default_coder(), "login")


def _open_reader(path: Path, version: int, coder: str | None) -> Project:
    """A project opened for reading only (no lock; ``query_only``)."""
    holder = other_holder(path)
    if version < latest_version():
        if holder is not None:
            raise ProjectError("project.needs_upgrade", path=str(path))
        open_project(path, coder, backup=False).close()  # migrate once under the lock
    try:
        conn = connect_reader(path)
    except sqlite3.Error as error:
        storage = translate(error, path, way_outs(path))
        if storage is None:
            raise
        raise storage from None
    name, source = _coder(conn, coder)
    project = Project(path, conn, None, name, read_only=True)
    project.coder_source = source
    if holder is not None:
        project.notes.append(_open_elsewhere(path, holder))
    return project


def _open_elsewhere(path: Path, holder: Holder) -> ProjectError:
    return ProjectError("project.open_elsewhere", name=path.name, **holder.params())

