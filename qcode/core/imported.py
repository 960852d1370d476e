"""What an importer hands to core: a read document (canonical text, speaker turns, header metadata) and
its turns. Reading files is :mod:`qcode.io`'s job; these records are core's, because storing them is."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

ROLES = ("interviewer", "interviewee", "other")


class Turn(NamedTuple):  # 100,000+ for a big transcript: made 3x faster than a frozen dataclass
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
