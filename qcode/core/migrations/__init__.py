"""Ordered schema migrations, and :func:`migrate`, which runs them. Each module ``mNNNN_name.py`` defines
``apply(conn)``; the project's ``PRAGMA user_version`` is the number of the last one applied. Numbers are
never reused.

Taken: 0001 core tables, 0002 turns and coding memos, 0003 anonymiser register, 0004 full-text
search, 0005 quote marks and export log, 0006 person roles in the register, 0007 no digests of
sealed originals, 0008 digests and lengths of the current texts (integrity check), 0009 codebook
history (reasons, codings moved by merges and splits), 0010 coder roles, blind visibility and
adjudication, 0011 an index for the codings a new coding touches, 0012 the turn role check without IN,
0013 the longest coding of a code (the window of codings a new one touches), three unused indexes dropped.
"""

from __future__ import annotations

import importlib
import pkgutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True)
class Migration:
    number: int
    name: str
    apply: Callable[[sqlite3.Connection], None]


def run_script(conn: sqlite3.Connection, sql: str) -> None:
    """Run the statements of ``sql`` one by one inside the caller's transaction (``executescript``
    would commit it first); a statement ends where sqlite3 says it is complete, so trigger bodies,
    which contain ';', stay whole."""
    buffer = ""
    for line in sql.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            conn.execute(buffer)
            buffer = ""
    if buffer.strip():
        conn.execute(buffer)


def all_migrations() -> list[Migration]:
    """Every migration shipped with this qcode, in order."""
    return list(_shipped())


@cache  # the shipped migrations do not change while qcode runs
def _names() -> tuple[tuple[int, str], ...]:
    """(number, module name) of each shipped migration, in order, without importing them (a project
    that is up to date, as at nearly every open, needs only the last number)."""
    found = [(int(info.name[1:5]), info.name) for info in pkgutil.iter_modules(__path__)
             if info.name.startswith("m") and info.name[1:5].isdigit()]
    return tuple(sorted(found))


@cache
def _shipped() -> tuple[Migration, ...]:
    return tuple(Migration(number, name[6:], importlib.import_module(f"{__name__}.{name}").apply)
                 for number, name in _names())


def latest_version() -> int:
    names = _names()
    return names[-1][0] if names else 0


def migrate(conn: sqlite3.Connection, target: int | None = None) -> int:
    """Apply pending migrations up to ``target`` (default: latest) in one transaction."""
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    if current >= (latest_version() if target is None else target):
        return current  # up to date: the migration modules are not even imported
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
