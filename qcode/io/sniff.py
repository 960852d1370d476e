"""What a file really is, from its first bytes, whatever its name says.

A PDF saved as ``.txt`` used to be imported as raw PDF bytes, and a picture named ``.txt`` as garbage.
Before any importer decodes a file, :func:`sniff` looks at its magic bytes: formats qcode reads are
routed to their importer (with a note that the name was wrong), formats it cannot read are refused with
a message that says what the file is and what to do.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

# (magic bytes at offset 0, kind)
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "pdf"),
    (b"PK\x03\x04", "zip"),
    (b"PK\x05\x06", "zip"),  # an empty archive
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole"),  # old .doc/.xls, password-protected Office files
    (b"{\\rtf", "rtf"),
    (b"\x89PNG\r\n\x1a\n", "image"),
    (b"\xff\xd8\xff", "image"),  # JPEG
    (b"GIF87a", "image"),
    (b"GIF89a", "image"),
    (b"II*\x00", "image"),  # TIFF (scanners)
    (b"MM\x00*", "image"),
    (b"SQLite format 3\x00", "sqlite"),
    (b"\x1f\x8b", "archive"),  # gzip
    (b"7z\xbc\xaf\x27\x1c", "archive"),
    (b"Rar!\x1a\x07", "archive"),
    (b"ID3", "audio"),  # MP3 with tags
    (b"fLaC", "audio"),
    (b"OggS", "audio"),
    (b"\x7fELF", "program"),
)


@dataclass(frozen=True)
class Sniffed:
    """What the content is: ``kind`` (pdf, docx, odt, zip, ole, rtf, image, audio, video, archive,
    sqlite, program) or None for anything without a known signature (text, most likely)."""

    kind: str | None

    @property
    def suffix(self) -> str | None:
        """The suffix of the importer that reads this kind, if qcode reads it."""
        return {"pdf": ".pdf", "docx": ".docx", "odt": ".odt", "rtf": ".rtf"}.get(self.kind or "")


def _riff_kind(head: bytes) -> str | None:
    if head[:4] == b"RIFF" and head[8:12] in (b"WAVE", b"AVI "):
        return "audio" if head[8:12] == b"WAVE" else "video"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image"
    if head[4:8] == b"ftyp":  # MP4 / M4A / MOV / HEIC
        brand = head[8:12]
        if brand in (b"M4A ", b"M4B "):
            return "audio"
        if brand in (b"heic", b"heix", b"mif1"):
            return "image"
        return "video"
    return None


def _zip_kind(path: Path) -> str:
    """A ZIP container: Word, OpenDocument, or some other archive."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "word/document.xml" in names:
                return "docx"
            if "content.xml" in names:
                mimetype = archive.read("mimetype")[:80] if "mimetype" in names else b""
                return "odt" if b"opendocument.text" in mimetype or not mimetype else "zip"
    except (zipfile.BadZipFile, OSError, EOFError, KeyError, RuntimeError, ValueError):
        # a damaged (or encrypted) container: let the importer the name points to say what is wrong
        return "zip"
    return "zip"


def sniff(path: Path) -> Sniffed:
    """The kind of ``path`` by its content (None: no known signature, treat as text)."""
    with open(path, "rb") as handle:
        head = handle.read(64)
    kind = _riff_kind(head)
    if kind is None:
        kind = next((k for magic, k in _MAGIC if head.startswith(magic)), None)
    if kind == "zip":
        kind = _zip_kind(path)
    return Sniffed(kind)
