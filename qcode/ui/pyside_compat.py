"""Work around a reference-count bug in PySide6 6.12 on Python 3.11: every call of a C++ method
that returns void hands back ``None`` without taking a reference to it (harmless on 3.12+, where
``None`` is immortal). On 3.11 each such call lowers None's count by one, and after some thousands
of calls (a re-highlight, a scroll) the interpreter aborts with "none_dealloc: deallocating None".

The fix here is detected, not assumed: a probe counts None's references around 200 void calls,
and only when they drop do we give None a reserve of references too large to ever run out. On
fixed PySide6 versions, or on Python 3.12+, nothing is changed."""

from __future__ import annotations

import ctypes
import sys

RESERVE = 1 << 40  # about 10^12 void calls; no session comes near it
_applied = False


def none_leaks() -> bool:
    """True when void PySide6 calls drop a reference to None (the 6.12 bug)."""
    from PySide6.QtCore import QObject  # noqa: PLC0415 (probed before the GUI starts; the CLI never loads Qt)

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(200):
        probe.setObjectName("probe")
    return sys.getrefcount(None) - before <= -100


def apply() -> bool:
    """Protect None if this PySide6 needs it; True when the reserve was added (once per process)."""
    global _applied
    # sys.getobjects exists only in Py_TRACE_REFS builds, where ob_refcnt is not the first field.
    if _applied or sys.version_info >= (3, 12) or hasattr(sys, "getobjects") or not none_leaks():
        return False
    # ob_refcnt is the first field of every object in CPython 3.11 builds without Py_TRACE_REFS.
    ctypes.c_ssize_t.from_address(id(None)).value += RESERVE
    _applied = True
    return True
