"""Reading another qcode project file for a merge: checked read-only (a copy is migrated in a scratch
folder when it is older than this qcode), everything a merge takes read into memory, and the checks that
refuse a file (missing, not a project, too new, this project itself, sealed when this one is not). No Qt.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qcode.core.errors import QcodeError, register_messages
from qcode.core.migrations import all_migrations, latest_version
from qcode.core.storage import APPLICATION_ID

if TYPE_CHECKING:
    from qcode.core.project import Project

SEALED_KEY = "anon.sealed_at"

register_messages({
    "merge.not_found": ("No project file at {path}.", "Der er ingen projektfil i {path}."),
    "merge.not_a_project": ("{path} is not a qcode project file.", "{path} er ikke en qcode-projektfil."),
    "merge.too_new": ("{path} was written by a newer qcode (schema {found}); update qcode to merge it.",
                      "{path} er skrevet af en nyere qcode (skema {found}); opdatér qcode for at "
                      "flette den."),
    "merge.itself": ("{path} is this project itself.", "{path} er dette projekt selv."),
    "merge.sealed": (
        "{path} is {theirs} and this project is {ours}: their texts cannot be matched, and a sealed "
        "project must not take in original texts. Merge copies in the same state.",
        "{path} er {theirs_da}, og dette projekt er {ours_da}: teksterne kan ikke matches, og et "
        "forseglet projekt må ikke få originale tekster ind. Flet kopier i samme tilstand."),
    "merge.no_such_code": ("The review maps '{theirs}' onto '{ours}', which is not a code here.",
                           "Gennemgangen lægger '{theirs}' ind under '{ours}', som ikke er en kode her."),
})


class MergeError(QcodeError):
    """A project file cannot be merged (missing, not a project, too new, sealed differently)."""


# -- reading the other file ----------------------------------------------------------------------------
@dataclass
class Source:
    """Everything merged from one file, read into memory (its connection is closed again)."""

    path: Path
    coders: dict[int, tuple[str, str]]  # id -> (name, colour)
    codes: list[dict[str, Any]]  # tree order, with "path"
    documents: list[dict[str, Any]]
    turns: list[dict[str, Any]]
    codings: list[dict[str, Any]]
    memos: list[dict[str, Any]]
    cases: list[dict[str, Any]]
    attributes: dict[int, tuple[str, str]]  # id -> (name, type)
    case_attributes: list[tuple[int, int, str]]
    document_cases: list[tuple[int, int]]
    sealed: bool


def read_rows(conn: sqlite3.Connection, sql: str) -> list[dict[str, Any]]:
    cursor = conn.execute(sql)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def tree_paths(codes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Codes in tree order (parents first, siblings by position), each with its path."""
    by_parent: dict[int | None, list[dict[str, Any]]] = defaultdict(list)
    for code in sorted(codes, key=lambda c: (c["position"], c["id"])):
        by_parent[code["parent_id"]].append(code)
    ordered: list[dict[str, Any]] = []

    def walk(parent: int | None, prefix: str) -> None:
        for code in by_parent.get(parent, []):
            code["path"] = f"{prefix}/{code['name']}" if prefix else code["name"]
            ordered.append(code)
            walk(code["id"], code["path"])

    walk(None, "")
    return ordered


def _open_for_reading(path: Path, scratch: Path) -> sqlite3.Connection:
    """A read-only connection to ``path``; an older schema is migrated on a copy in ``scratch``."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    except sqlite3.DatabaseError:
        raise MergeError("merge.not_a_project", path=str(path)) from None
    if app_id != APPLICATION_ID:
        conn.close()
        raise MergeError("merge.not_a_project", path=str(path))
    if version > latest_version():
        conn.close()
        raise MergeError("merge.too_new", path=str(path), found=version)
    if version == latest_version():
        return conn
    # an older copy: migrate a scratch copy, never the coder's file
    copy = scratch / path.name
    target = sqlite3.connect(copy)
    with target:
        conn.backup(target)
    conn.close()
    target.execute("BEGIN IMMEDIATE")
    for migration in [m for m in all_migrations() if m.number > version]:
        migration.apply(target)
        target.execute(f"PRAGMA user_version = {migration.number}")
    target.execute("COMMIT")
    return target


def read_source(path: str | Path) -> Source:
    """Read what a merge takes from another project file."""
    path = Path(path)
    if not path.is_file():
        raise MergeError("merge.not_found", path=str(path))
    with tempfile.TemporaryDirectory(prefix="qcode-merge-") as scratch:
        conn = _open_for_reading(path, Path(scratch))
        try:
            sealed = conn.execute("SELECT 1 FROM project_info WHERE key = ?", [SEALED_KEY]).fetchone()
            source = Source(
                path,
                {r[0]: (r[1], r[2]) for r in conn.execute("SELECT id, name, colour FROM coders")},
                tree_paths(read_rows(conn, "SELECT * FROM codes")),
                read_rows(conn, "SELECT * FROM documents ORDER BY id"),
                read_rows(conn, "SELECT * FROM turns ORDER BY document_id, start"),
                read_rows(conn, 'SELECT * FROM codings ORDER BY document_id, start, "end", id'),
                read_rows(conn, "SELECT * FROM memos ORDER BY id"),
                read_rows(conn, "SELECT * FROM cases ORDER BY id"),
                {r[0]: (r[1], r[2]) for r in conn.execute("SELECT id, name, type FROM attributes")},
                [tuple(r) for r in conn.execute("SELECT case_id, attribute_id, value FROM case_attributes")],
                [tuple(r) for r in conn.execute("SELECT document_id, case_id FROM document_cases")],
                bool(sealed),
            )
        finally:
            conn.close()
            shutil.rmtree(scratch, ignore_errors=True)
    return source


def rows_params(conn: sqlite3.Connection, sql: str, params: Sequence[Any]) -> list[dict[str, Any]]:
    cursor = conn.execute(sql, list(params))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def check_sources(project: Project, sources: Iterable[Source]) -> None:
    ours = project.db.execute("SELECT 1 FROM project_info WHERE key = ?", [SEALED_KEY]).fetchone() is not None
    for source in sources:
        if source.path.resolve() == project.path.resolve():
            raise MergeError("merge.itself", path=str(source.path))
        if source.sealed != ours:
            state = {True: ("sealed", "forseglet"), False: ("not sealed", "ikke forseglet")}
            raise MergeError("merge.sealed", path=str(source.path), theirs=state[source.sealed][0],
                             ours=state[ours][0], theirs_da=state[source.sealed][1], ours_da=state[ours][1])
