"""Plain-text transcripts (.txt): decode, normalise, repair hard wraps, detect speaker turns."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from qcode.core.errors import say, ui_language
from qcode.io.base import ImportedDocument
from qcode.io.common import build_document, canonical, read_bytes
from qcode.io.decode import decode_text
from qcode.io.rewrap import is_hard_wrapped, repair_lines

__all__ = ["TXT_IMPORTER", "TxtImporter", "decode_text"]


@dataclass(frozen=True)
class TxtImporter:
    """Reads .txt files in UTF-8 (with or without BOM), UTF-16 or Windows-1252."""

    display_name: str = "Text"
    suffixes: tuple[str, ...] = (".txt", ".text")

    def read(self, path: Path) -> ImportedDocument:
        """Read one text file."""
        data = read_bytes(path)
        checksum = hashlib.sha256(data).hexdigest()
        decoded = decode_text(data, path)
        del data  # a 50 MB transcript: keep one copy of it in memory, not three
        text = canonical(decoded.text)
        warnings = list(decoded.warnings)
        wrapped = is_hard_wrapped(text)
        if wrapped:
            # e-mailed or exported transcripts broken at ~72 columns: one line per paragraph again
            text = repair_lines([text.split("\n")])
            warnings.append(say("import.warn.rewrapped", ui_language()))
        return build_document(path, checksum, text, "txt", warnings=warnings, is_canonical=not wrapped)


TXT_IMPORTER = TxtImporter()
