"""The small contracts every importer and exporter satisfies, and the records they return.

Importers are pure: ``read(path)`` turns a file into an :class:`ImportedDocument` (canonical text,
speaker turns, header metadata; the record itself is core's, :mod:`qcode.core.imported`) and never
touches a project. Storing is core's job (:mod:`qcode.core.importing`).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Protocol

from qcode.core.errors import MESSAGES, QcodeError, register_messages
from qcode.core.imported import ROLES, ImportedDocument, Turn

__all__ = ["ROLES", "ImportFormatError", "ImportedDocument", "Importer", "Turn"]

def display_name(name: str | Path) -> str:
    """A file name that can be printed and stored. Names that are not valid UTF-8 (a Windows zip, an old
    USB stick) reach Python with escaped bytes that cannot be stored or printed; they are read as
    Windows-1252, the encoding such Danish names usually come in, else shown with "\ufffd"."""
    name = str(name)
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        raw = os.fsencode(name)
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        return raw.decode("utf-8", "replace")


class ImportFormatError(QcodeError):
    """A file could not be read; ``str(error)`` is "file name: reason", a message a coder can act on.

    A :class:`QcodeError` as well, so ``message("da")`` gives the Danish text for known ids.
    ``detail`` is the library's own wording ("File is not a zip file"): kept in ``str(error)`` and
    ``message("en")`` for a log or a bug report, never in :meth:`reason_in`, which a coder reads.
    """

    def __init__(self, path: str | Path, reason: str, message_id: str = "import.bad_file", *,
                 detail: str = ""):
        self.path = display_name(path)
        self.reason = reason
        self.detail = detail
        self.message_id = message_id
        self.params = {"name": Path(self.path).name, "reason": reason}
        suffix = f" ({detail})" if detail else ""
        Exception.__init__(self, f"{Path(self.path).name}: {reason}{suffix}")

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
    "import.kind_image": ("{name}: {reason}",
                          "{name}: det er et billede (en binær fil), ikke en tekst; transskribér det, "
                          "eller kør OCR og importér teksten"),
    "import.kind_audio": ("{name}: {reason}",
                          "{name}: det er en lyd- eller videofil, ikke en tekst; transskribér den og "
                          "importér transskriptionen"),
    "import.kind_archive": ("{name}: {reason}",
                            "{name}: det er et arkiv (zip eller lignende); pak det ud og importér "
                            "filerne i det"),
    "import.kind_sqlite": ("{name}: {reason}",
                           "{name}: det er en database (måske et qcode-projekt: åbn det i stedet)"),
    "import.kind_program": ("{name}: {reason}", "{name}: det er et program, ikke en tekst"),
    "import.failed": ("{name}: {reason}",
                      "{name}: filen kunne ikke læses; gem den igen som .docx eller .txt "
                      "og importér den"),
    "import.needs_ocr": ("{name}: {reason}",
                         "{name}: PDF'en har intet tekstlag (en scanning) og skal OCR-behandles "
                         "før import"),
})


class Importer(Protocol):
    """Reads one file format into an :class:`ImportedDocument` (read-only properties, because the
    importers are frozen dataclasses)."""

    @property
    def display_name(self) -> str: ...
    @property
    def suffixes(self) -> tuple[str, ...]: ...

    def read(self, path: Path) -> ImportedDocument: ...
