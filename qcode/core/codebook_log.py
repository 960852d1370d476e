"""What a change of the code tree writes to the change log, so its history can be told later: the
paths of the codes involved before (and after) the change, the codings they held before and after,
the reason the coder gave, and which codings moved to another code.

:mod:`qcode.core.codebook` and :mod:`qcode.core.code_split` call :func:`before` ahead of a change and
:func:`record` (instead of ``project.log``) after it, inside the change's transaction. Reading the
history back is :mod:`qcode.core.codebook_history`. This module imports no other codebook module, so
both can use it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from qcode.core.types import CodeId

if TYPE_CHECKING:
    from qcode.core.project import Project

_SUBTREE = ("WITH RECURSIVE sub(id) AS (SELECT value FROM json_each(?) UNION "
            "SELECT codes.id FROM codes JOIN sub ON codes.parent_id = sub.id) SELECT id FROM sub")
_PATHS = ("WITH RECURSIVE p(id, path) AS (SELECT id, name FROM codes WHERE parent_id IS NULL UNION ALL "
          "SELECT c.id, p.path || '/' || c.name FROM codes c JOIN p ON c.parent_id = p.id) "
          "SELECT id, path FROM p")


@dataclass(frozen=True)
class Before:
    """The codes a change touches (the subtrees of its roots) and their codings, as they were."""

    roots: tuple[CodeId, ...]
    codes: tuple[CodeId, ...]
    paths: dict[int, str]
    codings: dict[int, int]  # coding id → code id


def _ids_json(ids: Iterable[int]) -> str:
    return "[" + ",".join(str(int(i)) for i in ids) + "]"


def subtree_ids(project: Project, roots: Sequence[int]) -> list[CodeId]:
    """The ``roots`` and every code below them."""
    rows = project.db.execute(_SUBTREE, [_ids_json(roots)]).fetchall()
    return [CodeId(r[0]) for r in rows]


def code_paths(project: Project, ids: Iterable[int] | None = None) -> dict[int, str]:
    """code id → path (``netværk/familie``) of ``ids`` (default: every code)."""
    wanted = None if ids is None else set(ids)
    return {r[0]: r[1] for r in project.db.execute(_PATHS) if wanted is None or r[0] in wanted}


def _codings(project: Project, code_ids: Sequence[int]) -> dict[int, int]:
    rows = project.db.execute(
        "SELECT id, code_id FROM codings WHERE code_id IN (SELECT value FROM json_each(?))",
        [_ids_json(code_ids)]).fetchall()
    return {r[0]: r[1] for r in rows}


def before(project: Project, roots: Sequence[int]) -> Before:
    """The state :func:`record` compares with; call it inside the transaction, before the change."""
    codes = subtree_ids(project, roots)
    return Before(tuple(CodeId(r) for r in roots), tuple(codes), code_paths(project, codes),
                  _codings(project, codes))


def record(project: Project, action: str, code_id: int | None, state: Before, reason: str = "", *,
           roots_after: Sequence[int] | None = None, **details: Any) -> int:
    """Log a change of the code tree with the paths and coding counts before and after, the reason,
    and the codings that now belong to another code; returns the log entry's id.

    :param roots_after: the codes whose subtrees hold the codings afterwards (default: the roots that
        still exist; a merge names its target, a split the source and its new codes)
    """
    existing = set(subtree_ids(project, state.roots))
    if roots_after is None:
        roots_after = [r for r in state.roots if r in existing]
    after_codes = subtree_ids(project, roots_after) if roots_after else []
    after = _codings(project, after_codes)
    moved = [(coding, code) for coding, code in state.codings.items()
             if coding in after and after[coding] != code]
    project.log(action, "code", code_id, **details,
                codes=sorted(state.codes), paths_before=state.paths,
                paths_after=code_paths(project, after_codes),
                codings_before=len(state.codings), codings_after=len(after), codings_moved=len(moved))
    log_id = int(project.db.execute("SELECT last_insert_rowid()").fetchone()[0])
    project.db.conn.executemany("INSERT INTO coding_moves (coding_id, log_id, from_code_id) VALUES (?, ?, ?)",
                                [(coding, log_id, code) for coding, code in moved])
    if reason.strip():
        project.db.execute("INSERT INTO code_change_reasons (log_id, reason) VALUES (?, ?)",
                           [log_id, reason.strip()])
    return log_id
