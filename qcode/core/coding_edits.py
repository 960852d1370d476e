"""Edits of codings the GUI's undo stack needs beyond :mod:`qcode.core.codings`: redoing an
applied coding with its original id, so later undo steps that name that id stay valid."""

from __future__ import annotations

from typing import TYPE_CHECKING

from qcode.core.codings import CodingResult, remove_coding, restore_codings
from qcode.core.types import Coding

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
