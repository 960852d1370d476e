"""The project's change log read back: who did what, when (the audit trail)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from qcode.core.project import Project


@dataclass(frozen=True)
class LogEntry:
    id: int
    at: str
    coder: str
    action: str
    target: str
    target_id: int | None
    details: dict[str, Any]


def read_log(project: Project, *, action: str | None = None, limit: int = 1000) -> list[LogEntry]:
    """The newest ``limit`` log entries (optionally of one action), newest first."""
    where, params = ("WHERE action = ?", [action]) if action else ("", [])
    rows = project.db.execute(
        f"SELECT id, at, coder, action, target, target_id, details FROM change_log {where} "
        "ORDER BY id DESC LIMIT ?", [*params, limit]
    ).fetchall()
    return [LogEntry(r[0], r[1], r[2], r[3], r[4], r[5], json.loads(r[6])) for r in rows]
