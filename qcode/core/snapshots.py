"""Row snapshots that let a delete or merge be undone with the very same ids.

``capture`` copies rows; ``restore`` upserts them back in foreign-key order, so commands later on
the undo stack still point at valid rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from qcode.core.project import Project

# Parents before children: restoring in this order satisfies every foreign key.
TABLE_ORDER = ("codes", "documents", "cases", "attributes", "codings", "memos", "turns", "document_cases",
               "case_attributes")


@dataclass
class Snapshot:
    """Rows per table, as dicts, in the order they must be restored."""

    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def ids(self, table: str) -> list[int]:
        return [row["id"] for row in self.rows.get(table, [])]


def capture(project: Project, table: str, where: str, params: list[Any], snapshot: Snapshot) -> None:
    """Add the rows of ``table`` matching ``where`` to ``snapshot``."""
    cursor = project.db.execute(f"SELECT * FROM {table} WHERE {where}", params)
    names = [d[0] for d in cursor.description]
    snapshot.rows.setdefault(table, []).extend(dict(zip(names, row, strict=True)) for row in cursor)


def restore(project: Project, snapshot: Snapshot) -> None:
    """Upsert every captured row (inside the caller's transaction)."""
    for table in TABLE_ORDER:
        for row in snapshot.rows.get(table, []):
            columns = list(row)
            quoted = ", ".join(f'"{c}"' for c in columns)
            marks = ", ".join("?" for _ in columns)
            if "id" in row:
                updates = ", ".join(f'"{c}" = excluded."{c}"' for c in columns if c != "id")
                conflict = f"ON CONFLICT(id) DO UPDATE SET {updates}"
            else:
                conflict = "ON CONFLICT DO NOTHING"
            project.db.execute(
                f"INSERT INTO {table} ({quoted}) VALUES ({marks}) {conflict}",
                [row[c] for c in columns],
            )
