"""Splitting a code: some of its codings, and optionally some of its sub-codes, move into new codes
(as NVivo and MAXQDA users do when a code turned out to hold two ideas: "ensomhed" becomes
"ensomhed/social" and "ensomhed/emotionel"). What is not given to a new code stays where it was.

One transaction, logged with the codings before and after and which codings moved (so each can be
traced back to the code it was made under), announced as CODEBOOK and CODINGS changes. The returned
:class:`SplitResult` undoes it (:func:`unsplit_code`) and redoes it with the same new ids.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from qcode.core import changes, codebook_log
from qcode.core.codebook import add_code, children, get_code
from qcode.core.errors import CodebookError, register_messages
from qcode.core.types import CodeId

if TYPE_CHECKING:
    from qcode.core.project import Project

register_messages({
    "split.no_parts": ("Name at least one new code to split '{name}' into.",
                       "Angiv mindst én ny kode at dele '{name}' i."),
    "split.empty_part": (
        "The new code '{part}' gets no codings and no sub-codes; give it some or leave it out.",
        "Den nye kode '{part}' får ingen kodninger og ingen underkoder; giv den nogle, eller udelad den."),
    "split.duplicate_part": ("'{part}' is named twice; each new code needs its own name.",
                             "'{part}' er nævnt to gange; hver ny kode skal have sit eget navn."),
    "split.foreign_coding": (
        "Coding {id} is not a coding of '{name}'; only its own codings can be split off.",
        "Kodning {id} hører ikke til '{name}'; kun kodens egne kodninger kan deles ud."),
    "split.foreign_code": ("'{code}' is not a sub-code of '{name}'.",
                           "'{code}' er ikke en underkode af '{name}'."),
    "split.twice": ("Coding or sub-code {id} is given to two new codes; choose one.",
                    "Kodning eller underkode {id} er givet til to nye koder; vælg én."),
})


@dataclass(frozen=True)
class SplitPart:
    """A new code: its name, the source's codings it takes, and the source's sub-codes it takes along."""

    name: str
    coding_ids: tuple[int, ...] = ()
    sub_codes: tuple[int, ...] = ()


@dataclass(frozen=True)
class SplitResult:
    """What :func:`split_code` made (the new codes, in part order) and what :func:`unsplit_code` needs
    to put everything back: each moved coding's code and the source's sub-codes with their positions."""

    source_id: CodeId
    new_ids: tuple[CodeId, ...]
    log_id: int
    moved: int
    codings: dict[int, int]  # coding id → code id before the split
    sub_codes: tuple[tuple[int, int], ...]  # (code id, position) of the source's sub-codes before


def _check(project: Project, code_id: CodeId, parts: Sequence[SplitPart]) -> None:
    source = get_code(project, code_id)
    if not parts:
        raise CodebookError("split.no_parts", name=source.name)
    own = {r[0] for r in project.db.execute("SELECT id FROM codings WHERE code_id = ?", [code_id])}
    subs = {c.id: c.name for c in children(project, code_id)}
    seen_names: set[str] = set()
    seen_items: set[tuple[str, int]] = set()
    for part in parts:
        key = part.name.strip().casefold()
        if key in seen_names:
            raise CodebookError("split.duplicate_part", part=part.name.strip())
        seen_names.add(key)
        if not part.coding_ids and not part.sub_codes:
            raise CodebookError("split.empty_part", part=part.name.strip())
        for coding_id in part.coding_ids:
            if coding_id not in own:
                raise CodebookError("split.foreign_coding", id=coding_id, name=source.name)
        for sub in part.sub_codes:
            if sub not in subs:
                raise CodebookError("split.foreign_code", code=f"#{sub}", name=source.name)
        for item in [("coding", c) for c in part.coding_ids] + [("code", s) for s in part.sub_codes]:
            if item in seen_items:
                raise CodebookError("split.twice", id=item[1])
            seen_items.add(item)


def split_code(project: Project, code_id: CodeId, parts: Sequence[SplitPart], *, as_children: bool = True,
               reason: str = "", new_ids: Sequence[int] | None = None) -> SplitResult:
    """Split ``code_id``: each part becomes a new code (a sub-code of the source, or a sibling when
    ``as_children`` is False) that takes the part's codings and sub-codes. ``new_ids`` (from an earlier
    result) re-creates the new codes with the same ids, so a redo keeps later undo steps valid."""
    with project.transaction():
        _check(project, code_id, parts)
        source = get_code(project, code_id)
        sub_codes = tuple((c.id, c.position) for c in children(project, code_id))
        state = codebook_log.before(project, [code_id])
        parent = code_id if as_children else source.parent_id
        made: list[CodeId] = []
        for index, part in enumerate(parts):
            new_id = add_code(project, part.name, parent)
            if new_ids is not None and index < len(new_ids) and new_ids[index] != new_id:
                new_id = _renumber_code(project, new_id, CodeId(new_ids[index]))
            made.append(new_id)
            # as in a merge, a coding keeps its times: its text and coder did not change
            project.db.execute("UPDATE codings SET code_id = ? WHERE id IN (SELECT value FROM json_each(?))",
                               [new_id, _json(part.coding_ids)])
            for position, sub in enumerate(part.sub_codes):
                # plain updates, not move_code: the split is one entry in the codebook history
                project.db.execute("UPDATE codes SET parent_id = ?, position = ? WHERE id = ?",
                                   [new_id, position, sub])
        _renumber_children(project, code_id)
        roots = [code_id] if as_children else [code_id, *made]
        log_id = codebook_log.record(project, "split_code", code_id, state, reason, roots_after=roots,
                                     name=source.name, parts=[p.name.strip() for p in parts],
                                     new_codes=list(made), as_children=as_children)
        moved = {c for part in parts for c in part.coding_ids}
        _announce(project, (code_id, *made), moved)
    return SplitResult(CodeId(code_id), tuple(made), log_id, len(moved),
                       {c: code_id for c in moved}, sub_codes)


def _json(ids: Sequence[int]) -> str:
    return "[" + ",".join(str(int(i)) for i in ids) + "]"


def _renumber_code(project: Project, current: CodeId, wanted: CodeId) -> CodeId:
    """Give a code just made (no codings, no sub-codes yet) the id it had before an undo."""
    project.db.execute("UPDATE codes SET id = ? WHERE id = ?", [wanted, current])
    project.db.execute("UPDATE change_log SET target_id = ? WHERE action = 'add_code' AND target_id = ?",
                       [wanted, current])
    return wanted


def _renumber_children(project: Project, parent_id: CodeId | None) -> None:
    for index, code in enumerate(children(project, parent_id)):
        project.db.execute("UPDATE codes SET position = ? WHERE id = ?", [index, code.id])


def _announce(project: Project, code_ids: Sequence[int], coding_ids: set[int]) -> None:
    documents = tuple(sorted(r[0] for r in project.db.execute(
        "SELECT DISTINCT document_id FROM codings WHERE id IN (SELECT value FROM json_each(?))",
        [_json(sorted(coding_ids))])))
    project.announce(changes.Change(changes.CODEBOOK, tuple(code_ids)))
    if coding_ids:
        project.announce(changes.Change(changes.CODINGS, tuple(sorted(coding_ids)), documents))


def unsplit_code(project: Project, result: SplitResult) -> None:
    """Undo :func:`split_code`: codings and sub-codes go back where they were (same ids, memos and
    quote marks kept), then the new codes are removed. Logged as undoing the split."""
    with project.transaction():
        for coding_id, code_id in result.codings.items():
            project.db.execute("UPDATE codings SET code_id = ? WHERE id = ?", [code_id, coding_id])
        for sub, position in result.sub_codes:
            project.db.execute("UPDATE codes SET parent_id = ?, position = ? WHERE id = ?",
                               [result.source_id, position, sub])
        parent = get_code(project, result.new_ids[0]).parent_id if result.new_ids else None
        for new_id in result.new_ids:
            project.db.execute("DELETE FROM codes WHERE id = ?", [new_id])
        _renumber_children(project, parent)
        project.log("unsplit_code", "code", result.source_id, undoes=result.log_id,
                    new_codes=list(result.new_ids))
        _announce(project, (result.source_id, *result.new_ids), set(result.codings))
