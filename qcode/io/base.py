"""The small contracts every importer and exporter satisfies, and the records they return.

Importers are pure: ``read(path)`` turns a file into an :class:`ImportedDocument` (canonical text,
speaker turns, header metadata) and never touches a project. Storing is core's job
(:func:`qcode.core.documents.add_imported_document`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

ROLES = ("interviewer", "interviewee", "other")


@dataclass(frozen=True)
class Turn:
    """One speaker turn; offsets are code-point offsets into ``ImportedDocument.text``.

    ``start``/``end`` cover the whole turn (timestamp and label included); ``label_start``/
    ``label_end`` cover the printed speaker label, ``speaker`` is the normalised speaker name.
    """

    start: int
    end: int
    speaker: str
    role: str = "other"
    label: str = ""
    label_start: int | None = None
    label_end: int | None = None
    timestamp: str | None = None


@dataclass
class ImportedDocument:
    """What an importer read from one file, before it is stored."""

    text: str
    name: str
    source_path: str = ""
    checksum: str = ""
    format: str = ""
    metadata: dict[str, str] = field(default_factory=dict)
    turns: list[Turn] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


class ImportFormatError(Exception):
    """A file could not be read; ``str(error)`` is a message a coder can act on."""

    def __init__(self, path: str | Path, reason: str, message_id: str = "import.bad_file"):
        self.path = str(path)
        self.reason = reason
        self.message_id = message_id
        super().__init__(f"{Path(path).name}: {reason}")


class Importer(Protocol):
    """Reads one file format into an :class:`ImportedDocument`."""

    display_name: str
    suffixes: tuple[str, ...]

    def read(self, path: Path) -> ImportedDocument: ...
