"""The code tree: names, parents, order, colours, descriptions and criteria.

Reads the tree and adds, renames, edits and moves codes; never touches codings (deleting and merging
codes, which take their codings along, are in ``code_removal``; the starting codebook is in
``default_codebook``). Every operation is one transaction, logged, and announced as a CODEBOOK change.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from qcode.core import changes, codebook_log
from qcode.core.clock import now
from qcode.core.errors import CodebookError
from qcode.core.types import Code, CodeId

if TYPE_CHECKING:
    from qcode.core.project import Project

PATH_SEPARATOR = "/"
PALETTE = (
    "#e6194b", "#3cb44b", "#ffe119", "#4363d8", "#f58231", "#911eb4", "#46f0f0", "#f032e6",
    "#bcf60c", "#fabebe", "#008080", "#e6beff", "#9a6324", "#fffac8", "#800000", "#aaffc3",
)
EDITABLE_FIELDS = ("colour", "description", "inclusion", "exclusion", "example")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
_COLUMNS = "id, parent_id, name, position, colour, description, inclusion, exclusion, example"


def _row_to_code(row: tuple) -> Code:
    return Code(CodeId(row[0]), None if row[1] is None else CodeId(row[1]), row[2], row[3], row[4], row[5],
                row[6], row[7], row[8])


def list_codes(project: Project) -> list[Code]:
    """Every code, in tree order (depth first, siblings by position)."""
    rows = project.conn.execute(f"SELECT {_COLUMNS} FROM codes ORDER BY position, id").fetchall()
    by_parent: dict[CodeId | None, list[Code]] = {}
    for row in rows:
        code = _row_to_code(row)
        by_parent.setdefault(code.parent_id, []).append(code)
    ordered: list[Code] = []

    def walk(parent: CodeId | None) -> None:
        for code in by_parent.get(parent, []):
            ordered.append(code)
            walk(code.id)

    walk(None)
    return ordered


def get_code(project: Project, code_id: CodeId) -> Code:
    """One code by id."""
    row = project.db.execute(f"SELECT {_COLUMNS} FROM codes WHERE id = ?", [code_id]).fetchone()
    if row is None:
        raise CodebookError("code.not_found", path=f"#{code_id}")
    return _row_to_code(row)


def children(project: Project, parent_id: CodeId | None) -> list[Code]:
    """The direct children of ``parent_id`` (None: the top level), in order."""
    rows = project.db.execute(
        f"SELECT {_COLUMNS} FROM codes WHERE parent_id IS ? ORDER BY position, id", [parent_id]
    ).fetchall()
    return [_row_to_code(r) for r in rows]


def descendant_ids(project: Project, code_id: CodeId) -> list[CodeId]:
    """``code_id`` and every code below it."""
    rows = project.db.execute(
        "WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL "
        "SELECT codes.id FROM codes JOIN sub ON codes.parent_id = sub.id) SELECT id FROM sub",
        [code_id],
    ).fetchall()
    return [CodeId(r[0]) for r in rows]


def code_path(project: Project, code_id: CodeId) -> str:
    """The code's path from the top, e.g. ``netværk/familie``."""
    names = []
    current: CodeId | None = code_id
    while current is not None:
        code = get_code(project, current)
        names.append(code.name)
        current = code.parent_id
    return PATH_SEPARATOR.join(reversed(names))


def find_code(project: Project, path: str) -> Code:
    """The code at ``path`` (names separated by '/'), else the one code whose path matches ignoring
    case or whose own name is ``path`` ("familie" for ``netværk/familie``); raises ``code.not_found``
    or, when several codes fit, ``code.ambiguous``."""
    parent: CodeId | None = None
    code: Code | None = None
    for name in [p.strip() for p in path.split(PATH_SEPARATOR) if p.strip()]:
        row = project.db.execute(
            f"SELECT {_COLUMNS} FROM codes WHERE parent_id IS ? AND name = ?", [parent, name]
        ).fetchone()
        if row is None:
            return _find_code_loosely(project, path)
        code = _row_to_code(row)
        parent = code.id
    if code is None:
        raise CodebookError("code.not_found", path=path)
    return code


def _find_code_loosely(project: Project, path: str) -> Code:
    wanted = PATH_SEPARATOR.join(p.strip() for p in path.split(PATH_SEPARATOR) if p.strip()).casefold()
    codes = list_codes(project)  # in tree order: a parent's path is known before its children's
    paths: dict[CodeId, str] = {}
    for code in codes:
        parent = paths.get(code.parent_id) if code.parent_id is not None else None
        paths[code.id] = f"{parent}{PATH_SEPARATOR}{code.name}" if parent else code.name
    for matches in ([c for c in codes if paths[c.id].casefold() == wanted],
                    [c for c in codes if PATH_SEPARATOR not in wanted and c.name.casefold() == wanted]):
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise CodebookError("code.ambiguous", path=path,
                                paths=", ".join(sorted(paths[c.id] for c in matches)))
    raise CodebookError("code.not_found", path=path)


def _check_name(project: Project, name: str, parent_id: CodeId | None, exclude: CodeId | None) -> str:
    name = name.strip()
    if not name:
        raise CodebookError("code.empty_name")
    if PATH_SEPARATOR in name:
        raise CodebookError("code.bad_name", name=name)
    if any(not ch.isprintable() for ch in name):  # a tab or line break would break every table
        raise CodebookError("code.control_character", name=name.encode("unicode_escape").decode())
    clash = project.db.execute(
        "SELECT 1 FROM codes WHERE parent_id IS ? AND lower(name) = lower(?) AND id IS NOT ?",
        [parent_id, name, exclude],
    ).fetchone()
    if clash:
        raise CodebookError("code.duplicate_name", name=name)
    return name


def _check_colour(colour: str) -> str:
    if not _COLOUR.match(colour):
        raise CodebookError("code.bad_colour", colour=colour)
    return colour.lower()


def add_code(
    project: Project,
    name: str,
    parent_id: CodeId | None = None,
    *,
    colour: str | None = None,
    description: str = "",
    inclusion: str = "",
    exclusion: str = "",
    example: str = "",
    position: int | None = None,
) -> CodeId:
    """Add a code under ``parent_id`` (at the end unless ``position`` is given)."""
    with project.transaction():
        if parent_id is not None:
            get_code(project, parent_id)
        name = _check_name(project, name, parent_id, None)
        if colour is None:
            total = project.db.execute("SELECT count(*) FROM codes").fetchone()[0]
            colour = PALETTE[total % len(PALETTE)]
        colour = _check_colour(colour)
        siblings = children(project, parent_id)
        position = len(siblings) if position is None else max(0, min(position, len(siblings)))
        _shift_positions(project, parent_id, position, +1)
        cursor = project.db.execute(
            "INSERT INTO codes (parent_id, name, position, colour, description, inclusion, "
            "exclusion, example, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [parent_id, name, position, colour, description, inclusion, exclusion, example, now()],
        )
        assert cursor.lastrowid is not None  # an INSERT sets it (sqlite3 types it optional)
        code_id = CodeId(cursor.lastrowid)
        project.log("add_code", "code", code_id, name=name, parent_id=parent_id)
        project.announce(changes.Change(changes.CODEBOOK, (code_id,)))
    return code_id


def ensure_code_path(project: Project, path: str) -> CodeId:
    """The code at ``path``, creating any missing codes along it in one transaction."""
    with project.transaction():
        parent: CodeId | None = None
        for name in [p.strip() for p in path.split(PATH_SEPARATOR) if p.strip()]:
            row = project.db.execute(
                "SELECT id FROM codes WHERE parent_id IS ? AND lower(name) = lower(?)",
                [parent, name],
            ).fetchone()
            parent = CodeId(row[0]) if row else add_code(project, name, parent)
        if parent is None:
            raise CodebookError("code.empty_name")
    return parent


def _shift_positions(project: Project, parent_id: CodeId | None, from_position: int, delta: int) -> None:
    project.db.execute(
        "UPDATE codes SET position = position + ? WHERE parent_id IS ? AND position >= ?",
        [delta, parent_id, from_position],
    )


def _renumber(project: Project, parent_id: CodeId | None) -> None:
    for index, code in enumerate(children(project, parent_id)):
        project.db.execute("UPDATE codes SET position = ? WHERE id = ?", [index, code.id])


def rename_code(project: Project, code_id: CodeId, name: str, reason: str = "") -> None:
    """Give a code a new name (unique among its siblings); ``reason`` goes into the codebook history."""
    with project.transaction():
        code = get_code(project, code_id)
        name = _check_name(project, name, code.parent_id, code.id)
        state = codebook_log.before(project, [code_id])
        project.db.execute("UPDATE codes SET name = ? WHERE id = ?", [name, code_id])
        codebook_log.record(project, "rename_code", code_id, state, reason, old=code.name, new=name)
        project.announce(changes.Change(changes.CODEBOOK, (code_id,)))


def update_code(project: Project, code_id: CodeId, **fields: str) -> Code:
    """Change colour, description, inclusion, exclusion or example; returns the code as it was."""
    unknown = set(fields) - set(EDITABLE_FIELDS)
    if unknown:
        raise TypeError(f"update_code got unknown fields {sorted(unknown)}")
    with project.transaction():
        before = get_code(project, code_id)
        if "colour" in fields:
            fields["colour"] = _check_colour(fields["colour"])
        for column, value in fields.items():
            project.db.execute(f"UPDATE codes SET {column} = ? WHERE id = ?", [value, code_id])
        project.log("update_code", "code", code_id, **fields)
        project.announce(changes.Change(changes.CODEBOOK, (code_id,)))
    return before


def move_code(
    project: Project, code_id: CodeId, new_parent_id: CodeId | None, position: int | None = None,
    reason: str = "",
) -> tuple[CodeId | None, int]:
    """Move a code (with its sub-codes) under ``new_parent_id``; returns (old parent, old position)."""
    with project.transaction():
        code = get_code(project, code_id)
        if new_parent_id is not None and new_parent_id in descendant_ids(project, code_id):
            raise CodebookError("code.move_into_itself", name=code.name)
        if new_parent_id != code.parent_id:
            _check_name(project, code.name, new_parent_id, code.id)
        siblings = [s.id for s in children(project, new_parent_id) if s.id != code_id]
        state = codebook_log.before(project, [code_id])
        position = len(siblings) if position is None else max(0, min(position, len(siblings)))
        siblings.insert(position, code_id)
        project.db.execute("UPDATE codes SET parent_id = ? WHERE id = ?", [new_parent_id, code_id])
        for index, sibling in enumerate(siblings):
            project.db.execute("UPDATE codes SET position = ? WHERE id = ?", [index, sibling])
        if code.parent_id != new_parent_id:
            _renumber(project, code.parent_id)
        codebook_log.record(project, "move_code", code_id, state, reason, old_parent=code.parent_id,
                            new_parent=new_parent_id)
        project.announce(changes.Change(changes.CODEBOOK, (code_id,)))
    return code.parent_id, code.position
