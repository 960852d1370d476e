"""Coders: the people who make codings. One row per name; colours tell them apart in the margin."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from qcode.core import changes
from qcode.core.clock import now
from qcode.core.errors import QcodeError
from qcode.core.types import Coder, CoderId

if TYPE_CHECKING:
    from qcode.core.project import Project

# The coder a login last worked as in this project (``--coder`` on the command line, the name chosen in
# the window): later commands without ``--coder`` work as that coder, not as the login name.
LOGIN_PREFIX = "coder_for_login:"


def remembered_coder(conn: sqlite3.Connection, login: str) -> str | None:
    """The coder ``login`` last worked as in the project on ``conn`` (None: never named one)."""
    try:
        row = conn.execute("SELECT value FROM project_info WHERE key = ?", [LOGIN_PREFIX + login]).fetchone()
    except sqlite3.OperationalError:  # a file older than project_info: migrated once opened for writing
        return None
    return row[0] if row else None


def remember_coder(project: Project, login: str) -> None:
    """Remember that ``login`` works as ``project.coder_name`` in this project (written only on change).
    Called after a command that named its coder has done its work (a refused one changes nothing) and
    when the window opens a project."""
    if not project.read_only and remembered_coder(project.conn, login) != project.coder_name:
        project.set_setting(LOGIN_PREFIX + login, project.coder_name)


CODER_COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf")


def ensure_coder(project: Project, name: str) -> CoderId:
    """The id of the coder called ``name``, created if new."""
    name = name.strip()
    if not name:
        raise QcodeError("coder.empty_name")
    row = project.db.execute("SELECT id FROM coders WHERE name = ?", [name]).fetchone()
    if row:
        return CoderId(row[0])
    with project.transaction():
        count = project.db.execute("SELECT count(*) FROM coders").fetchone()[0]
        cursor = project.db.execute(
            "INSERT INTO coders (name, colour, created_at) VALUES (?, ?, ?)",
            [name, CODER_COLOURS[count % len(CODER_COLOURS)], now()],
        )
        assert cursor.lastrowid is not None  # an INSERT sets it (sqlite3 types it optional)
        project.log("add_coder", "coder", cursor.lastrowid, name=name)
        project.announce(changes.Change(changes.CODERS, (cursor.lastrowid,)))
    return CoderId(cursor.lastrowid)


def list_coders(project: Project) -> list[Coder]:
    """All coders, by name."""
    rows = project.conn.execute("SELECT id, name, colour FROM coders ORDER BY name").fetchall()
    return [Coder(CoderId(r[0]), r[1], r[2]) for r in rows]
