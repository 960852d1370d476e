"""The codebook history read back from the change log: every rename, move, merge, split and delete of a
code, with who, when, the reason given, and the codings before and after; and, for a coding, the code
names it was made and moved under.

An undone change stays in the log (the log is an audit trail) and is marked ``undone``: a delete, merge
or split followed by the restore that undid it, and a rename or move followed, as the code's next change,
by its exact reverse (an undo, or a name taken back). Entries written before migration 9 have no paths
or counts; their fields are filled from what they logged (names) and the counts are None.
Changing a reason (:func:`set_reason`) is itself logged.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from qcode.core import changes
from qcode.core.codebook_log import code_paths
from qcode.core.errors import CodebookError, register_messages
from qcode.core.types import CodeId, CodingId

if TYPE_CHECKING:
    from qcode.core.project import Project

KINDS = {"rename_code": "rename", "move_code": "move", "merge_codes": "merge", "split_code": "split",
         "delete_code": "delete"}
_UNDOERS = ("restore_codes", "unsplit_code")

register_messages({
    "history.not_a_change": ("Log entry {id} is not a change of the codebook.",
                             "Logpost {id} er ikke en ændring af kodebogen."),
})


@dataclass(frozen=True)
class CodeEvent:
    """One change of the code tree.

    ``path`` is the changed code's path before (a merge: the source's), ``new_path`` after (a merge:
    the target's; a delete: ''), ``parts`` a split's new codes. Counts cover the codes involved with
    their sub-codes (a merge: source and target) and are None for entries older than the history.
    """

    log_id: int
    at: str
    coder: str
    kind: str
    code_id: CodeId | None
    path: str
    new_path: str
    parts: tuple[str, ...] = ()
    codings_before: int | None = None
    codings_after: int | None = None
    codings_moved: int | None = None
    reason: str = ""
    undone: bool = False
    codes: frozenset[int] = frozenset()
    paths_before: dict[int, str] = field(default_factory=dict, repr=False)
    paths_after: dict[int, str] = field(default_factory=dict, repr=False)


def _int_keys(values: Any) -> dict[int, str]:
    return {int(k): v for k, v in values.items()} if isinstance(values, dict) else {}


def _event(row: tuple, reason: str) -> CodeEvent | None:
    log_id, at, coder, action, target_id, raw = row
    d = json.loads(raw or "{}")
    before, after = _int_keys(d.get("paths_before")), _int_keys(d.get("paths_after"))
    kind = KINDS[action]
    code_id = None if target_id is None else CodeId(target_id)
    path = before.get(target_id, "") if target_id is not None else ""
    new_path = after.get(target_id, "") if target_id is not None else ""
    parts: tuple[str, ...] = ()
    if kind == "rename":
        path = path or d.get("old", "")
        new_path = new_path or d.get("new", "")
    elif kind == "move":
        if d.get("old_parent") == d.get("new_parent"):
            return None  # a new place among the same siblings: no change to the codebook's content
    elif kind == "merge":
        path = before.get(int(d.get("source", -1)), "") or d.get("source_name", "")
        new_path = (after.get(target_id, "") if target_id is not None else "") or d.get("target_name", "")
    elif kind == "split":
        new_codes = [int(i) for i in d.get("new_codes", [])]
        parts = tuple(after.get(i, p) for i, p in zip(new_codes, d.get("parts", []), strict=False))
        new_path = path
    elif kind == "delete":
        path, new_path = path or d.get("name", ""), ""
    before_count = d.get("codings_before", d.get("codings") if kind == "delete" else None)
    after_count = d.get("codings_after", 0 if kind == "delete" else None)
    return CodeEvent(log_id, at, coder, kind, code_id, path, new_path, parts, before_count, after_count,
                     d.get("codings_moved"), reason, False, frozenset(int(i) for i in d.get("codes", [])),
                     before, after)


def _rows(project: Project) -> list[tuple]:
    actions = (*KINDS, *_UNDOERS)
    marks = ", ".join("?" for _ in actions)
    return project.db.execute(
        f"SELECT id, at, coder, action, target_id, details FROM change_log WHERE action IN ({marks}) "
        "ORDER BY id", list(actions)).fetchall()


def _reasons(project: Project) -> dict[int, str]:
    return dict(project.db.execute("SELECT log_id, reason FROM code_change_reasons").fetchall())


def _mark_undone(events: list[CodeEvent], undoers: list[tuple]) -> set[int]:
    """Log ids of undone changes: restores and unsplits pair with what they undid; a rename or move whose
    code's next change reverses it pairs with that change."""
    undone: set[int] = set()
    by_id = {e.log_id: e for e in events}
    for log_id, _at, _coder, action, _target, raw in undoers:
        d = json.loads(raw or "{}")
        if action == "unsplit_code":
            undone.add(int(d.get("undoes", -1)))
            continue
        restored = {int(i) for i in d.get("codes", [])}
        earlier = [e for e in events if e.log_id < log_id and e.log_id not in undone
                   and e.kind in ("merge", "delete")
                   and (e.codes == restored if e.codes else e.code_id in restored)]
        if earlier:
            undone.add(earlier[-1].log_id)
    last_change: dict[int, CodeEvent] = {}
    for event in sorted(by_id.values(), key=lambda e: e.log_id):
        touched = set(event.codes) or ({event.code_id} if event.code_id is not None else set())
        previous = last_change.get(event.code_id) if event.code_id is not None else None
        if (previous is not None and previous.log_id not in undone and event.kind == previous.kind
                and event.kind in ("rename", "move") and event.path == previous.new_path
                and event.new_path == previous.path):
            undone.update((previous.log_id, event.log_id))
        for code in touched:
            last_change[code] = event
    return undone


def code_events(project: Project, *, include_undone: bool = True,
                code_id: int | None = None) -> list[CodeEvent]:
    """Every change of the code tree, oldest first (only those touching ``code_id`` when given)."""
    rows = _rows(project)
    reasons = _reasons(project)
    events = [e for row in rows if row[3] in KINDS
              for e in [_event(row, reasons.get(row[0], ""))] if e is not None]
    undone = _mark_undone(events, [row for row in rows if row[3] in _UNDOERS])
    out = []
    for event in events:
        if event.log_id in undone:
            if not include_undone:
                continue
            event = replace(event, undone=True)
        if code_id is not None and code_id not in event.codes and event.code_id != code_id \
                and code_id not in event.paths_after:
            continue
        out.append(event)
    return out


def set_reason(project: Project, log_id: int, reason: str) -> str:
    """Give (or change, or with '' remove) the reason for a codebook change; returns the old reason."""
    with project.transaction():
        row = project.db.execute("SELECT action FROM change_log WHERE id = ?", [log_id]).fetchone()
        if row is None or row[0] not in KINDS:
            raise CodebookError("history.not_a_change", id=log_id)
        old = _reasons(project).get(log_id, "")
        project.db.execute("DELETE FROM code_change_reasons WHERE log_id = ?", [log_id])
        if reason.strip():
            project.db.execute("INSERT INTO code_change_reasons (log_id, reason) VALUES (?, ?)",
                               [log_id, reason.strip()])
        project.log("set_change_reason", "change_log", log_id, reason=reason.strip())
        project.announce(changes.Change(changes.CODEBOOK))
    return old


@dataclass(frozen=True)
class CodingOrigin:
    """Where a coding came from: the code path it was made under and every later move to another code
    (log id, time, kind, from path, to path); ``path`` is where it is now."""

    coding_id: CodingId
    made_under: str
    made_at: str
    moves: tuple[tuple[int, str, str, str, str], ...]
    path: str


class _PathClock:
    """A code's path at any point of the log: the path recorded before the first later change of it."""

    def __init__(self, events: Sequence[CodeEvent], current: dict[int, str]):
        self._changes: dict[int, list[tuple[int, str]]] = {}
        self._after: dict[int, str] = {}
        self._times = [(e.at, e.log_id) for e in events]
        for event in events:
            for code, path in event.paths_before.items():
                self._changes.setdefault(code, []).append((event.log_id, path))
            self._after.update(event.paths_after)
        self._current = current

    def at_log(self, code_id: int, log_id: int) -> str:
        """The path of ``code_id`` just after log entry ``log_id``."""
        changes_ = self._changes.get(code_id, [])
        index = bisect.bisect_right(changes_, (log_id, "\uffff"))
        if index < len(changes_):
            return changes_[index][1]
        return self._current.get(code_id) or self._after.get(code_id, "") or f"#{code_id}"

    def log_id_at(self, at: str) -> int:
        """The last changes' log id at or before time ``at`` (for codings without an add_coding entry)."""
        index = bisect.bisect_right(self._times, (at, 1 << 62))
        return self._times[index - 1][1] if index else 0


def coding_origins(project: Project, coding_ids: Sequence[int]) -> list[CodingOrigin]:
    """For each coding: the code path it was made under, the merges and splits that moved it, and its
    code's path now. Undone moves are left out."""
    events = code_events(project)
    live = {e.log_id: e for e in events if not e.undone}
    clock = _PathClock(events, code_paths(project))
    ids_json = "[" + ",".join(str(int(i)) for i in coding_ids) + "]"
    codings = {r[0]: (r[1], r[2]) for r in project.db.execute(
        "SELECT id, code_id, created_at FROM codings WHERE id IN (SELECT value FROM json_each(?))",
        [ids_json])}
    made = dict(project.db.execute(
        "SELECT target_id, max(id) FROM change_log WHERE action = 'add_coding' AND target_id IN "
        "(SELECT value FROM json_each(?)) GROUP BY target_id", [ids_json]).fetchall())
    moves: dict[int, list[tuple[int, int]]] = {}
    for coding_id, log_id, from_code in project.db.execute(
            "SELECT coding_id, log_id, from_code_id FROM coding_moves WHERE coding_id IN "
            "(SELECT value FROM json_each(?)) ORDER BY log_id", [ids_json]):
        if log_id in live:
            moves.setdefault(coding_id, []).append((log_id, from_code))
    out = []
    for coding_id in coding_ids:
        if coding_id not in codings:
            continue
        code_id, created_at = codings[coding_id]
        steps = moves.get(coding_id, [])
        first_code = steps[0][1] if steps else code_id
        start = made.get(coding_id) or clock.log_id_at(created_at)
        path_chain = []
        for index, (log_id, from_code) in enumerate(steps):
            to_code = steps[index + 1][1] if index + 1 < len(steps) else code_id
            event = live[log_id]
            from_path = event.paths_before.get(from_code, f"#{from_code}")
            path_chain.append((log_id, event.at, event.kind, from_path, clock.at_log(to_code, log_id)))
        out.append(CodingOrigin(CodingId(coding_id), clock.at_log(first_code, start), created_at,
                                tuple(path_chain), clock.at_log(code_id, 1 << 62)))
    return out


def moved_codings(project: Project, log_id: int) -> list[CodingId]:
    """The codings (still in the project) that the merge or split logged as ``log_id`` moved."""
    return [CodingId(r[0]) for r in project.db.execute(
        "SELECT m.coding_id FROM coding_moves m JOIN codings c ON c.id = m.coding_id WHERE m.log_id = ? "
        "ORDER BY m.coding_id", [log_id])]
