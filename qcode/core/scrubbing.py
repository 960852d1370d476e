"""Whole-file scrubbing used by sealing: rewriting every text value of the ordinary tables (unique values
kept unique), rebuilding the full-text indexes from the scrubbed content, and making SQLite leave no old
text in freed pages. The sealing itself (what is rewritten to what) is ``qcode.anonymise.seal``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from qcode.core.project import Project

_SKIP_TABLES = ("anon_", "sqlite_")


def _user_tables(project: Project) -> list[tuple[str, str]]:
    return project.db.execute(
        "SELECT name, COALESCE(sql, '') FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall()


def scrub_text_columns(project: Project, rewrite: Callable[[str], str],
                       skip: Iterable[tuple[str, str]] = (),
                       only: Iterable[tuple[str, str]] | None = None) -> int:
    """Apply ``rewrite`` to every text value of every ordinary table (or of the ``only`` columns);
    returns how many changed.

    Full-text shadow tables and virtual tables are left alone (they are rebuilt afterwards) because
    writing to them directly would corrupt the index. A rewritten value that would collide with a
    unique one ("Palle" and "palle" both becoming "[Informant 1]") gets a number: "[Informant 1] (2)".
    """
    skipped = set(skip)
    wanted = None if only is None else set(only)
    tables = _user_tables(project)
    virtual = {name for name, sql in tables if sql.upper().startswith("CREATE VIRTUAL")}
    shadows = {name for name, _ in tables for v in virtual if name.startswith(v + "_")}
    changed = 0
    for table, _sql in tables:
        if table in virtual or table in shadows or table.startswith(_SKIP_TABLES):
            continue
        columns = [r[1] for r in project.db.execute(f'PRAGMA table_info("{table}")')]
        for column in columns:
            if (table, column) in skipped or (wanted is not None and (table, column) not in wanted):
                continue
            rows = project.db.execute(
                f'SELECT rowid, "{column}" FROM "{table}" WHERE typeof("{column}") = \'text\'').fetchall()
            for rowid, value in rows:
                new = rewrite(value)
                if new != value:
                    _update_unique(project, table, column, rowid, new)
                    changed += 1
    return changed


def _update_unique(project: Project, table: str, column: str, rowid: int, value: str) -> None:
    for attempt in range(1, 1000):
        candidate = value if attempt == 1 else f"{value} ({attempt})"
        try:
            project.db.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE rowid = ?', [candidate, rowid])
            return
        except sqlite3.IntegrityError as error:  # only this statement is undone; the transaction goes on
            if "UNIQUE" not in str(error):
                raise
    raise sqlite3.IntegrityError(f"no free value for {table}.{column} like {value!r}")


def rebuild_fulltext(project: Project) -> None:
    """Rebuild every FTS5 index from its (already scrubbed) content."""
    for name, sql in _user_tables(project):
        upper = sql.upper()
        if upper.startswith("CREATE VIRTUAL") and "FTS5" in upper:
            if "CONTENT=''" in upper.replace(" ", "") or 'CONTENT=""' in upper.replace(" ", ""):
                continue  # contentless: its owner re-indexes from the documents
            project.db.execute(f'INSERT INTO "{name}"("{name}") VALUES (\'rebuild\')')



def set_secure_delete(project: Project, on: bool) -> None:
    """Zero freed pages (sealing must not leave old text in free pages)."""
    project.db.conn.execute(f"PRAGMA secure_delete = {'ON' if on else 'OFF'}")


def compact_file(project: Project) -> None:
    """VACUUM and truncate the WAL so freed pages holding old text leave the file (outside a
    transaction)."""
    conn = project.db.conn
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("VACUUM")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
