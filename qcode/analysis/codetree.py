"""The code tree as the reports need it: rows in tree order with paths and depths, and which report
rows a coding of each code counts towards (itself, plus its ancestors when child codes are rolled up)."""

from __future__ import annotations

from dataclasses import dataclass

from qcode.core.codebook import find_code, list_codes
from qcode.core.project import Project
from qcode.core.types import CodeId


@dataclass(frozen=True)
class CodeRow:
    id: CodeId
    parent_id: CodeId | None
    name: str
    path: str
    depth: int
    colour: str


def code_rows(project: Project, under: str | None = None) -> list[CodeRow]:
    """Every code in tree order (or only ``under`` and its descendants, by path)."""
    codes = list_codes(project)
    by_id = {c.id: c for c in codes}
    rows = []
    for code in codes:
        names, depth, current = [code.name], 0, code.parent_id
        while current is not None:
            names.append(by_id[current].name)
            depth += 1
            current = by_id[current].parent_id
        path = "/".join(reversed(names))
        rows.append(CodeRow(code.id, code.parent_id, code.name, path, depth, code.colour))
    if under:
        root = find_code(project, under)
        keep = {root.id}
        for row in rows:  # tree order: parents come before their children
            if row.parent_id in keep:
                keep.add(row.id)
        base = min(r.depth for r in rows if r.id in keep)
        rows = [CodeRow(r.id, r.parent_id, r.name, r.path, r.depth - base, r.colour)
                for r in rows if r.id in keep]
    return rows


def targets(rows: list[CodeRow], rollup: bool) -> dict[CodeId, list[int]]:
    """code id → indexes of the rows its codings count towards."""
    index = {r.id: i for i, r in enumerate(rows)}
    parent = {r.id: r.parent_id for r in rows}
    out: dict[CodeId, list[int]] = {}
    for row in rows:
        hits = [index[row.id]]
        current = parent.get(row.id)
        while rollup and current is not None and current in index:
            hits.append(index[current])
            current = parent.get(current)
        out[row.id] = hits
    return out


def descendants(rows: list[CodeRow], code_id: CodeId) -> list[CodeId]:
    """``code_id`` and every code below it among ``rows``."""
    keep = [code_id]
    for row in rows:
        if row.parent_id in keep:
            keep.append(row.id)
    return keep
