"""Edits of codings the GUI's undo stack needs beyond :mod:`qcode.core.codings`: redoing an
applied coding with its original id, so later undo steps that name that id stay valid, also for a
batch of ranges coded in one step (search hits)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from qcode.core.codings import (
    CodingResult,
    add_codings_batch,
    remove_coding,
    restore_codings,
    undo_add_coding,
)
from qcode.core.types import CodeId, CoderId, Coding, DocumentId

if TYPE_CHECKING:
    from qcode.core.project import Project


def reapply_coding(project: Project, result: CodingResult, created: Coding | None) -> None:
    """Redo :func:`add_coding` after :func:`undo_add_coding`: the codings it absorbed go again and
    the coding it made comes back with the same id, in one transaction."""
    with project.transaction():
        for coding in result.absorbed:
            remove_coding(project, coding.id)
        if result.created and created is not None:
            restore_codings(project, [created])


AppliedCoding = tuple[CodingResult, Coding | None]  # what add_coding did, and the coding it made


def add_codings(project: Project, code_id: CodeId, ranges: Iterable[tuple[DocumentId, int, int]],
                coder_id: CoderId | None = None) -> list[AppliedCoding]:
    """Code every (document_id, start, end) with ``code_id`` in one transaction; returns, per range,
    what :func:`add_coding` did and the coding it made (as it was then: a later range may absorb it),
    for :func:`undo_add_codings` and :func:`reapply_codings`."""
    return add_codings_batch(project, code_id, ranges, coder_id)


def undo_add_codings(project: Project, done: Sequence[AppliedCoding]) -> None:
    """Reverse :func:`add_codings`, last range first, in one transaction."""
    with project.transaction():
        for result, _created in reversed(done):
            undo_add_coding(project, result)


def reapply_codings(project: Project, done: Sequence[AppliedCoding]) -> None:
    """Redo :func:`add_codings` after its undo, with the same coding ids, in one transaction."""
    with project.transaction():
        for result, created in done:
            reapply_coding(project, result, created)
