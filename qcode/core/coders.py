"""Coders: the people who make codings. One row per name; colours tell them apart in the margin."""

from __future__ import annotations

from typing import TYPE_CHECKING

from qcode.core import changes
from qcode.core.clock import now
from qcode.core.errors import QcodeError
from qcode.core.types import Coder, CoderId

if TYPE_CHECKING:
    from qcode.core.project import Project

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
