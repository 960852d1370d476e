"""The anonymiser's state in a project: its pseudonym settings (with the per-project seed) and whether
the project has been sealed. Everything else in the anonymiser reads these from here. No Qt.
"""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING

from qcode.anonymise import pseudonyms
from qcode.core import entities

if TYPE_CHECKING:
    from qcode.core.project import Project

SETTING_KEYS = tuple(f"anon.{name}" for name in pseudonyms.Settings.__dataclass_fields__)
SEALED_AT = "anon.sealed_at"


def settings(project: Project) -> pseudonyms.Settings:
    """The project's pseudonym settings (a per-project seed is created on first use)."""
    if project.get_setting("anon.seed") is None:
        project.set_setting("anon.seed", secrets.token_hex(16), secret=True)
    return pseudonyms.Settings.from_mapping({k: project.get_setting(k) for k in SETTING_KEYS})


def is_sealed(project: Project) -> bool:
    """True once the project has been sealed at least once."""
    return project.get_setting(SEALED_AT) is not None


def replaced(project: Project, kind: str | None = None) -> list[entities.Entity]:
    """The entities every rendering, export, leak check and seal replaces: accepted and pending ones.
    A finding waiting for review is replaced until someone rejects it, so nothing leaves the project
    because nobody has looked at it yet (see ``triage``)."""
    return [e for e in entities.list_entities(project, kind=kind) if e.state != entities.REJECTED]
