"""The OS lock under the project lock: ``flock`` on a kept lock file, straight from the standard library.

``filelock`` (a dependency) does the same on Unix but costs ~15 ms to import at every start, before the
window can be painted (logging, secrets, decimal, platform and its own ~20 modules). Where ``flock`` is
all that is needed (Unix file systems that support it) this module takes it directly. Everywhere else —
Windows, or a file system where ``flock`` is missing (some network and FUSE mounts: ``ENOSYS``) —
``filelock`` is imported and does the work, with its fall-backs, exactly as before.

Both take the same kernel lock (``flock`` on the same file), so a qcode using either excludes the other.
The lock file is opened without following a symbolic link (the CVE-2025-68146 concern that ``filelock``
3.20.1 fixed), never truncated and never deleted, and a lock won on a file that was deleted meanwhile
is given up (another process may lock the new file of that name). No Qt.
"""

from __future__ import annotations

import os
from errno import EACCES, EAGAIN, ENOSYS, EWOULDBLOCK
from pathlib import Path
from typing import Any

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

_CONTENTION = frozenset({EACCES, EAGAIN, EWOULDBLOCK})


class LockBusy(Exception):
    """Another process holds the lock."""


class OsLock:
    """An exclusive, non-blocking OS lock on ``path``, held until :meth:`release` or the process ends."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._fd: int | None = None
        self._fallback: Any = None  # a filelock.FileLock where flock cannot be used directly

    def acquire(self) -> None:
        """Take the lock now or raise :class:`LockBusy` (``OSError`` when the file cannot be opened)."""
        if fcntl is None or self._fallback is not None:
            self._acquire_fallback()
            return
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
        fd = os.open(self.path, flags, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as error:
            os.close(fd)
            if error.errno in _CONTENTION:
                raise LockBusy(str(self.path)) from None
            if error.errno == ENOSYS:
                self._acquire_fallback()
                return
            raise
        if os.fstat(fd).st_nlink == 0:  # deleted between our open and our lock: it guards nothing
            os.close(fd)
            raise LockBusy(str(self.path))
        self._fd = fd

    def _acquire_fallback(self) -> None:
        from filelock import FileLock, Timeout  # noqa: PLC0415 (only where flock is not usable directly)

        if self._fallback is None:
            self._fallback = FileLock(self.path, timeout=0, thread_local=False)
        try:
            self._fallback.acquire(blocking=False)
        except Timeout:
            raise LockBusy(str(self.path)) from None

    def release(self) -> None:
        """Give the lock up (the file stays, so every process keeps locking the same inode)."""
        if self._fallback is not None:
            self._fallback.release()
            return
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)

    @property
    def is_locked(self) -> bool:
        if self._fallback is not None:
            return bool(self._fallback.is_locked)
        return self._fd is not None


__all__ = ["LockBusy", "OsLock"]
