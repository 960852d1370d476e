"""The small contracts every importer and exporter satisfies, and the records they return.

Importers are pure: ``read(path)`` turns a file into an :class:`ImportedDocument` (canonical text,
speaker turns, header metadata) and never touches a project. Storing is core's job
(:func:`qcode.core.documents.add_imported_document`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from qcode.core.errors import MESSAGES, QcodeError, register_messages

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


class ImportFormatError(QcodeError):
    """A file could not be read; ``str(error)`` is "file name: reason", a message a coder can act on.

    A :class:`QcodeError` as well, so ``message("da")`` gives the Danish text for known ids.
    """

    def __init__(self, path: str | Path, reason: str, message_id: str = "import.bad_file"):
        self.path = str(path)
        self.reason = reason
        self.message_id = message_id
        self.params = {"name": Path(path).name, "reason": reason}
        Exception.__init__(self, f"{Path(path).name}: {reason}")

    def reason_in(self, lang: str = "en") -> str:
        """The reason alone (no file name), in English as detected or in Danish per message id."""
        if lang == "da" and self.message_id in MESSAGES:
            return MESSAGES[self.message_id][1].format(**self.params).split(": ", 1)[-1]
        return self.reason

    def message(self, lang: str = "en") -> str:
        """The message in English (the reason as detected) or Danish (per message id)."""
        if lang == "da" and self.message_id in MESSAGES:
            return MESSAGES[self.message_id][1].format(**self.params)
        return str(self)


register_messages({
    "import.bad_file": ("{name}: {reason}", "{name}: filen kan ikke læses ({reason})"),
    "import.unsupported": ("{name}: {reason}", "{name}: filtypen understøttes ikke"),
    "import.not_found": ("{name}: file not found", "{name}: filen findes ikke"),
    "import.unreadable": ("{name}: {reason}", "{name}: filen kan ikke læses"),
    "import.empty": ("{name}: the file is empty", "{name}: filen er tom"),
    "import.binary": ("{name}: this is a binary file, not text",
                      "{name}: det er en binær fil, ikke tekst"),
    "import.bad_encoding": ("{name}: {reason}", "{name}: teksten har en ugyldig tegnkodning"),
    "import.damaged": ("{name}: {reason}", "{name}: filen er beskadiget eller afkortet"),
    "import.encrypted": ("{name}: {reason}",
                         "{name}: filen er beskyttet med adgangskode; gem den uden adgangskode og "
                         "importér igen"),
    "import.zip_bomb": ("{name}: {reason}",
                        "{name}: filen pakkes ud til en mistænkelig stor størrelse og afvises"),
    "import.needs_ocr": ("{name}: {reason}",
                         "{name}: PDF'en har intet tekstlag (en scanning) og skal OCR-behandles "
                         "før import"),
})


class Importer(Protocol):
    """Reads one file format into an :class:`ImportedDocument`."""

    display_name: str
    suffixes: tuple[str, ...]

    def read(self, path: Path) -> ImportedDocument: ...
