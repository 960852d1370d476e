"""Work a committed transaction still owes the file system, finished when the project is next opened.

Some actions span the database and other files: sealing writes its key file under a temporary name and
renames it only after the seal has committed, and a seal or a migration that removed originals must
compact the file so no freed page keeps them. A kill between the commit and that last step must not
leave a sealed project without its key, a stray key beside an unsealed project, or old text in free
pages. So the plan is written to ``project_info`` first (``maintenance.files``, ``maintenance.compact``)
and :func:`finish_pending` carries it out on the next open. No Qt.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from qcode.core.errors import QcodeError, register_messages
from qcode.core.storage import CausedError, translate

if TYPE_CHECKING:
    from qcode.core.project import Project

FILES_KEY = "maintenance.files"
COMPACT_KEY = "maintenance.compact"

register_messages({
    "maintenance.compact_pending": (
        "{name} could not be compacted ({reason}). Until it is, pages the file freed may still hold "
        "text that was removed (after a seal: the original names). qcode tries again each time the "
        "project is opened: free some space and open it again.",
        "{name} kunne ikke komprimeres ({reason}). Indtil det sker, kan sider, filen har frigjort, "
        "stadig indeholde fjernet tekst (efter en forsegling: de oprindelige navne). qcode prøver igen, "
        "hver gang projektet åbnes: frigør plads og åbn det igen.",
    ),
})


def _read_plan(project: Project) -> dict[str, dict[str, str]]:
    row = project.conn.execute("SELECT value FROM project_info WHERE key = ?", [FILES_KEY]).fetchone()
    try:
        plan = json.loads(row[0]) if row else {}
    except ValueError:
        plan = {}
    return plan if isinstance(plan, dict) else {}


def _write_plan(project: Project, plan: dict[str, dict[str, str]]) -> None:
    # Bookkeeping, not a user action: no change-log entry (the paths are the user's own files).
    if plan:
        project.db.execute(
            "INSERT INTO project_info (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [FILES_KEY, json.dumps(plan, ensure_ascii=False)])
    else:
        project.db.execute("DELETE FROM project_info WHERE key = ?", [FILES_KEY])


def plan_discard(project: Project, temporary: Path) -> None:
    """Say that ``temporary`` is to be destroyed unless a later plan keeps it (commit this first)."""
    with project.transaction():
        plan = _read_plan(project)
        plan[str(temporary)] = {"action": "discard"}
        _write_plan(project, plan)


def plan_rename(project: Project, temporary: Path, final: Path) -> None:
    """Say, inside the transaction that makes it valid, that ``temporary`` becomes ``final``."""
    with project.transaction():
        plan = _read_plan(project)
        plan[str(temporary)] = {"action": "rename", "to": str(final)}
        _write_plan(project, plan)


def forget(project: Project, temporary: Path) -> None:
    """The plan for ``temporary`` was carried out."""
    with project.transaction():
        plan = _read_plan(project)
        plan.pop(str(temporary), None)
        _write_plan(project, plan)


def shred(path: Path) -> None:
    """Overwrite a file with random bytes and delete it (a half-written key must not stay readable)."""
    try:
        size = path.stat().st_size
        with open(path, "r+b") as handle:
            handle.write(os.urandom(max(size, 1)))
            handle.flush()
            os.fsync(handle.fileno())
    except OSError:
        pass
    path.unlink(missing_ok=True)


def rename_to_free_name(temporary: Path, final: Path) -> Path:
    """Give ``temporary`` its final name (or a numbered sibling if that name was taken meanwhile: an
    existing file is never replaced), make it durable, and return the name it got."""
    while True:
        final = _free_name(final)
        try:
            os.link(temporary, final)  # unlike rename, fails instead of overwriting
            break
        except FileExistsError:
            continue
    temporary.unlink()
    try:
        directory = os.open(final.parent, os.O_RDONLY)
    except OSError:  # a folder that cannot be opened cannot be synced; the file has its name anyway
        return final
    try:
        os.fsync(directory)
    finally:
        os.close(directory)
    return final


def _free_name(final: Path) -> Path:
    """``final``, or a numbered sibling when something took that name meanwhile (never lose a key)."""
    candidate, number = final, 1
    while candidate.exists():
        number += 1
        candidate = final.with_name(f"{final.stem}-{number}{final.suffix}")
    return candidate


def request_compaction(project: Project) -> None:
    """Ask for the file to be compacted after the current transaction (and on the next open if it is
    killed before that)."""
    project.db.execute("INSERT INTO project_info (key, value) VALUES (?, '1') "
                       "ON CONFLICT(key) DO UPDATE SET value = '1'", [COMPACT_KEY])


def compact(project: Project) -> None:
    """VACUUM and truncate the WAL so freed pages holding old text leave the file (outside a
    transaction), then drop the request."""
    conn = project.db.conn
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("VACUUM")  # a failure (a full disk) leaves the request for the next open
    with project.transaction():
        conn.execute("DELETE FROM project_info WHERE key = ?", [COMPACT_KEY])
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def try_compact(project: Project) -> QcodeError | None:
    """:func:`compact`, or the message saying why it could not run now (a full disk: VACUUM needs room
    for a second copy); the request stays for the next open then."""
    try:
        compact(project)
    except sqlite3.Error as error:
        if project.db.conn.in_transaction:
            project.db.conn.execute("ROLLBACK")
        reason = translate(error, project.path)
        if reason is None:
            raise
        return CausedError("maintenance.compact_pending", reason, name=project.path.name)
    return None


def finish_pending(project: Project) -> list[QcodeError]:
    """Carry out what an interrupted action left planned: renames its transaction committed, discards
    of temporaries it never committed, and a requested compaction. Returns what the user should be told
    (a compaction that still could not run)."""
    plan = _read_plan(project)
    for temporary, step in plan.items():
        source = Path(temporary)
        if step.get("action") == "rename" and step.get("to"):
            final = Path(step["to"])
            if source.exists():
                rename_to_free_name(source, final)
        else:
            shred(source)
    if plan:
        with project.transaction():
            _write_plan(project, {})
    row = project.conn.execute("SELECT 1 FROM project_info WHERE key = ?", [COMPACT_KEY]).fetchone()
    if row:
        note = try_compact(project)
        if note is not None:
            return [note]
    return []
