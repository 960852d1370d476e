"""The OS lock under the project lock (qcode.core.os_lock): exclusive between processes, interchangeable
with filelock's (a qcode before #19 and one after exclude each other), gone when its holder is killed,
and never taken through a symbolic link."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest
from filelock import FileLock, Timeout

from qcode.core.os_lock import LockBusy, OsLock

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="flock: Windows uses filelock itself")

HOLD = r"""
import sys, time
from qcode.core.os_lock import OsLock
OsLock(sys.argv[1]).acquire()
print("held", flush=True)
time.sleep(60)
"""


def _holder(path):
    process = subprocess.Popen([sys.executable, "-c", HOLD, str(path)], stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "held"
    return process


def test_a_lock_held_by_another_process_is_busy_until_that_process_is_killed(tmp_path):
    path = tmp_path / "p.qcode.lock"
    holder = _holder(path)
    try:
        with pytest.raises(LockBusy):
            OsLock(path).acquire()
        probe = FileLock(path, timeout=0, thread_local=False)
        with pytest.raises(Timeout):  # filelock (a qcode before #19) sees the same lock
            probe.acquire(blocking=False)
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    lock = OsLock(path)
    lock.acquire()  # the kernel dropped the killed holder's lock: nothing stale to clear
    assert lock.is_locked
    lock.release()
    assert not lock.is_locked and path.exists()  # the file stays: every process locks one inode


def test_filelocks_holder_excludes_the_os_lock(tmp_path):
    path = tmp_path / "p.qcode.lock"
    held = FileLock(path, timeout=0, thread_local=False)
    held.acquire(blocking=False)
    try:
        with pytest.raises(LockBusy):
            OsLock(path).acquire()
    finally:
        held.release()
    lock = OsLock(path)
    lock.acquire()
    lock.release()


def test_two_locks_in_one_process_exclude_each_other(tmp_path):
    # flock belongs to the open file, not the process (the project lock counts its own connections)
    first, second = OsLock(tmp_path / "x.lock"), OsLock(tmp_path / "x.lock")
    first.acquire()
    with pytest.raises(LockBusy):
        second.acquire()
    first.release()
    second.acquire()
    second.release()


def test_a_symbolic_link_is_not_followed(tmp_path):
    target = tmp_path / "elsewhere"
    target.write_text("keep me")
    link = tmp_path / "p.qcode.lock"
    os.symlink(target, link)
    with pytest.raises(OSError):
        OsLock(link).acquire()
    assert target.read_text() == "keep me"


def test_the_lock_files_content_is_left_alone(tmp_path):
    path = tmp_path / "p.qcode.lock"
    path.write_text("x")
    lock = OsLock(path)
    lock.acquire()
    lock.release()
    assert path.read_text() == "x"
