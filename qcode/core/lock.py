"""The project lock: a small JSON file beside the project naming who has it open.

SQLite's own locking keeps writes consistent; this file is what lets a second qcode say *who* has the
project open instead of failing later with "database is locked". A lock whose process is gone on
this host is stale and is taken over.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
from datetime import datetime
from pathlib import Path

from qcode.core.errors import ProjectLockedError

# Connections this process holds per lock file: worker threads open their own connection to the
# same project, and only the last one to close may remove the lock.
_HELD: dict[Path, int] = {}


def lock_path(project_path: Path) -> Path:
    project_path = project_path.resolve()
    return project_path.with_name(project_path.name + ".lock")


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _holder(path: Path) -> dict | None:
    try:
        holder = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return holder if isinstance(holder, dict) else None


def acquire_lock(project_path: Path) -> Path:
    """Take the lock or raise :class:`ProjectLockedError` naming the holder."""
    path = lock_path(project_path)
    me = {
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "user": getpass.getuser(),
        "since": datetime.now().isoformat(timespec="seconds"),
    }
    for _attempt in range(2):
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            holder = _holder(path)
            if holder and holder.get("pid") == me["pid"] and holder.get("host") == me["host"]:
                _HELD[path] = _HELD.get(path, 0) + 1  # the same process: a worker's connection
                return path
            stale = holder is None or (
                holder.get("host") == me["host"] and not _process_alive(int(holder.get("pid", 0)))
            )
            if holder is not None and not stale:  # not stale: someone else holds it (holder is known)
                raise ProjectLockedError(
                    "project.locked",
                    user=holder.get("user", "?"),
                    host=holder.get("host", "?"),
                    pid=holder.get("pid", "?"),
                    since=holder.get("since", "?"),
                ) from None
            path.unlink(missing_ok=True)
            continue
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(me, handle)
        _HELD[path] = 1
        return path
    raise ProjectLockedError("project.locked", user="?", host="?", pid="?", since="?")


def release_lock(path: Path) -> None:
    """Remove the lock when this process's last connection to the project closes."""
    remaining = _HELD.get(path, 1) - 1
    if remaining > 0:
        _HELD[path] = remaining
        return
    _HELD.pop(path, None)
    holder = _holder(path)
    if holder and holder.get("pid") == os.getpid():
        path.unlink(missing_ok=True)
