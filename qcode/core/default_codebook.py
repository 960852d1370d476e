"""The codebook a new project starts with (``resources/codebooks/default_da.json``) and the reading of
a codebook file in that format."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from qcode.core.codebook import add_code
from qcode.core.types import CodeId
from qcode.resources import resource

if TYPE_CHECKING:
    from qcode.core.project import Project


@dataclass(frozen=True)
class CodebookEntry:
    """A code as the default codebook file describes it."""

    name: str
    colour: str
    description: str
    inclusion: str
    exclusion: str
    example: str


def load_codebook_file(path: str) -> list[CodebookEntry]:
    """Read a codebook JSON file (see ``resources/codebooks``)."""
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    return [
        CodebookEntry(c["name"], c["colour"], c.get("description", ""), c.get("inclusion", ""),
                      c.get("exclusion", ""), c.get("example", ""))
        for c in data["codes"]
    ]


def install_default_codebook(project: Project) -> list[CodeId]:
    """Add the starting codebook (netværk, ensomhed, stigma, ønsker) with its descriptions."""

    entries = load_codebook_file(str(resource("codebooks", "default_da.json")))
    with project.transaction():
        return [
            add_code(project, e.name, None, colour=e.colour, description=e.description,
                     inclusion=e.inclusion, exclusion=e.exclusion, example=e.example)
            for e in entries
        ]
