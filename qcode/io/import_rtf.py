"""Rich Text Format (.rtf) through striprtf, which honours ``\\ansicpg`` code pages and ``\\u`` escapes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from striprtf.striprtf import rtf_to_text

from qcode.io.base import ImportedDocument, ImportFormatError
from qcode.io.common import build_document, read_bytes


@dataclass(frozen=True)
class RtfImporter:
    """Reads .rtf files (Word, WordPad, TextEdit)."""

    display_name: str = "RTF"
    suffixes: tuple[str, ...] = (".rtf",)

    def read(self, path: Path) -> ImportedDocument:
        """Read one .rtf file."""
        data = read_bytes(path)
        if not data.lstrip().startswith(b"{\\rtf"):
            raise ImportFormatError(path, "this is not an RTF file (it does not start with {\\rtf)",
                                    "import.damaged")
        # RTF is 7-bit; 8-bit bytes from careless writers are read as the default code page
        raw = data.decode("latin-1")
        try:
            text = rtf_to_text(raw, encoding="cp1252", errors="replace")
        except (ValueError, LookupError, IndexError) as error:
            raise ImportFormatError(path, "the RTF file is damaged",
                                    "import.damaged", detail=str(error)) from error
        return build_document(path, data, text, "rtf")


RTF_IMPORTER = RtfImporter()
