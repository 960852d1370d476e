"""Helpers for the reliability suite: real bad conditions (a small tmpfs that fills up, a folder or a file
mounted read-only) and running the CLI as a user does. Tests run as root here, where chmod does not stop
writes, so read-only means a read-only mount. Where mounting is not allowed (no CAP_SYS_ADMIN), these
helpers skip the test with the reason, and the SQLITE_FULL tests that need no mount still run."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _mount(*args: str) -> bool:
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


def _umount(path: Path) -> None:
    subprocess.run(["umount", "-l", str(path)], capture_output=True)


@contextmanager
def small_disk(where: Path, size: str = "3m") -> Iterator[Path]:
    """A tmpfs of ``size`` mounted at ``where`` (skips the test where mounting is not allowed)."""
    where.mkdir(parents=True, exist_ok=True)
    if not sys.platform.startswith("linux") or not _mount("-t", "tmpfs", "-o", f"size={size}", "tmpfs",
                                                          str(where)):
        pytest.skip("cannot mount a tmpfs here (needs root with CAP_SYS_ADMIN)")
    try:
        yield where
    finally:
        _umount(where)


@contextmanager
def read_only(path: Path) -> Iterator[Path]:
    """``path`` (a folder or a file) bind-mounted read-only onto itself for the duration."""
    if not sys.platform.startswith("linux") or not _mount("--bind", str(path), str(path)):
        pytest.skip("cannot bind-mount here (needs root with CAP_SYS_ADMIN)")
    try:
        if not _mount("-o", "remount,bind,ro", str(path)):
            pytest.skip("cannot remount read-only here")
        yield path
    finally:
        _umount(path)


def fill(folder: Path, leave: int = 0) -> Path:
    """Fill the disk holding ``folder`` up to ``leave`` free bytes with a filler file."""
    filler = folder / "filler.bin"
    with open(filler, "wb") as handle:
        free = os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize
        chunk = b"\0" * 65536
        while free - leave > 0:
            try:
                handle.write(chunk[: min(len(chunk), free - leave)])
                handle.flush()
            except OSError:
                break
            free = os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize
    return filler


def qcode(*args: str, cwd: Path, lang: str = "en") -> subprocess.CompletedProcess:
    """``qcode ARGS…`` as a user runs it; stdout and stderr as text."""
    env = {**os.environ, "QCODE_LANG": lang}
    env.pop("QCODE_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "qcode", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=120)


def no_traceback(result: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in result.stderr, result.stderr
    assert "Traceback" not in result.stdout, result.stdout
