"""Plain-text transcripts (.txt): decode, normalise, and detect speaker turns."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from qcode.io.base import ImportedDocument, ImportFormatError


def decode_text(data: bytes, path: Path) -> str:
    """Decode bytes: BOMs first, then strict UTF-8, then Windows-1252 (Danish Word/Notepad files)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise ImportFormatError(path, "this is a binary file, not text", "import.binary")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


@dataclass(frozen=True)
class TxtImporter:
    display_name: str = "Text"
    suffixes: tuple[str, ...] = (".txt",)

    def read(self, path: Path) -> ImportedDocument:
        data = path.read_bytes()
        text = decode_text(data, path)
        if not text.strip():
            raise ImportFormatError(path, "the file is empty", "import.empty")
        from qcode.core.documents import normalise_text

        return ImportedDocument(
            text=normalise_text(text), name=path.stem, source_path=str(path),
            checksum=hashlib.sha256(data).hexdigest(), format="txt",
        )


TXT_IMPORTER = TxtImporter()
