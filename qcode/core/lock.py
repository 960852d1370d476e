"""The project lock: an OS file lock on ``PROJECT.qcode.lock`` held for the whole session, and a small
JSON file beside it (``PROJECT.qcode.holder``) naming who holds it.

The lock itself is ``filelock.FileLock`` (``flock`` on Unix, ``LockFileEx`` on Windows): the kernel
grants it to one process at a time and drops it when that process ends, however it ends, so a crash
leaves nothing stale to take over and no two processes can both believe they won a race. The lock file
is never deleted: removing it on release would let a late opener lock the old inode while another locks
a new one. The holder file is only ever written by the process that holds the lock (to a temporary name,
then renamed), so a competitor reads either the whole record or none; it exists only for the "already
open by …" message and is never trusted to decide who holds the lock.

SQLite's own locking keeps writes consistent; this lock is what lets a second qcode say *who* has the
project open instead of failing later with "database is locked". No Qt.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from filelock import FileLock, Timeout

from qcode.core.errors import ProjectLockedError, register_messages
from qcode.core.storage import os_error

register_messages({
    "project.locked_unknown": (
        "The project is already open in another qcode on this computer or another one. Close it there, "
        "or wait until it is closed, and try again.",
        "Projektet er allerede åbnet i en anden qcode på denne eller en anden computer. Luk det dér, "
        "eller vent, til det er lukket, og prøv igen.",
    ),
})

# How long a competitor waits for a brand-new holder to finish writing its name (it writes right after
# winning the lock).
_HOLDER_WAIT = 0.5

_guard = threading.Lock()


@dataclass
class _Held:
    lock: FileLock
    project_path: Path
    connections: int = 1


# Per lock file: the FileLock this process holds and how many connections use it. Worker threads open
# their own connection to the same project; only the last one to close releases the OS lock.
_HELD: dict[Path, _Held] = {}


@dataclass(frozen=True)
class Holder:
    """Who holds a project's lock, as its holder wrote it."""

    user: str
    host: str
    pid: int | str
    since: str

    def params(self) -> dict[str, object]:
        return {"user": self.user, "host": self.host, "pid": self.pid, "since": self.since}


def lock_path(project_path: Path) -> Path:
    """The file the OS lock is taken on (kept in place between sessions)."""
    project_path = Path(project_path).resolve()
    return project_path.with_name(project_path.name + ".lock")


def holder_path(project_path: Path) -> Path:
    """The JSON file naming the holder, written by the holder only."""
    project_path = Path(project_path).resolve()
    return project_path.with_name(project_path.name + ".holder")


def read_holder(project_path: Path) -> Holder | None:
    """The holder record beside the project, or None when there is none (or it cannot be read)."""
    try:
        data = json.loads(holder_path(project_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    return Holder(str(data.get("user", "?")), str(data.get("host", "?")), data.get("pid", "?"),
                  str(data.get("since", "?")))


def _me() -> dict[str, object]:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "?"
    return {"pid": os.getpid(), "host": socket.gethostname(), "user": user,
            "since": datetime.now().isoformat(timespec="seconds")}


def _write_holder(project_path: Path) -> None:
    """Write our name beside the lock: a temporary file renamed over the old record, so a reader sees
    a whole record or none."""
    final = holder_path(project_path)
    temporary = final.with_name(f"{final.name}.{os.getpid()}.tmp")
    try:
        with open(temporary, "w", encoding="utf-8") as handle:
            json.dump(_me(), handle)
        os.replace(temporary, final)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _alive(holder: Holder) -> bool:
    """False for a record left by a process of this host that has ended (a killed qcode's record, not
    yet replaced by the new holder's)."""
    if holder.host != socket.gethostname() or not isinstance(holder.pid, int):
        return True
    try:
        os.kill(holder.pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _locked_error(project_path: Path) -> ProjectLockedError:
    """"Already open by …", waiting a moment for a holder that has just won the lock to write its name
    (until then the record is missing, or still the one a killed qcode left)."""
    deadline = time.monotonic() + _HOLDER_WAIT
    holder = read_holder(project_path)
    while (holder is None or not _alive(holder)) and time.monotonic() < deadline:
        time.sleep(0.02)
        holder = read_holder(project_path)
    if holder is None or not _alive(holder):
        return ProjectLockedError("project.locked_unknown")
    return ProjectLockedError("project.locked", **holder.params())


def acquire_lock(project_path: Path) -> Path:
    """Take the project's lock for this process or raise :class:`ProjectLockedError` naming the holder
    (a :class:`~qcode.core.storage.StorageError` when the folder is read-only or the disk is full)."""
    project_path = Path(project_path)
    path = lock_path(project_path)
    with _guard:
        held = _HELD.get(path)
        if held is not None:  # this process already holds it: another connection (a worker thread)
            held.connections += 1
            return path
        lock = FileLock(path, timeout=0, thread_local=False)
        try:
            lock.acquire(blocking=False)
        except Timeout:
            raise _locked_error(project_path) from None
        except OSError as error:
            raise os_error(error, project_path) from None
        try:
            _write_holder(project_path)
        except OSError as error:
            lock.release()
            raise os_error(error, project_path) from None
        except BaseException:
            lock.release()
            raise
        _HELD[path] = _Held(lock, project_path)
    return path


def release_lock(path: Path) -> None:
    """Release the lock when this process's last connection to the project closes."""
    with _guard:
        held = _HELD.get(path)
        if held is None:
            return
        held.connections -= 1
        if held.connections > 0:
            return
        del _HELD[path]
        # Remove our name first: after the release a newcomer may write its own.
        record = read_holder(held.project_path)
        if record is not None and record.pid == os.getpid() and record.host == socket.gethostname():
            holder_path(held.project_path).unlink(missing_ok=True)
        held.lock.release()


def other_holder(project_path: Path) -> Holder | None:
    """Who else has the project open for changes, or None when nobody does (the lock is free, or this
    process holds it). Used by reading commands, which never take the lock."""
    project_path = Path(project_path)
    path = lock_path(project_path)
    with _guard:
        if path in _HELD:
            return None
    if not path.exists():
        return None
    probe = FileLock(path, timeout=0, thread_local=False)
    try:
        probe.acquire(blocking=False)
    except Timeout:
        return read_holder(project_path) or Holder("?", "?", "?", "?")
    except OSError:
        return None  # a read-only folder: nobody can be writing there through qcode
    probe.release()
    return None


def holds_lock(project_path: Path) -> bool:
    """Whether this process holds the project's lock."""
    with _guard:
        return lock_path(Path(project_path)) in _HELD
