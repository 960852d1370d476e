"""What every importer does after extracting text: normalise, check, detect structure."""

from __future__ import annotations

import hashlib
from pathlib import Path

from qcode.core.documents import normalise_text
from qcode.io.base import ImportedDocument, ImportFormatError
from qcode.io.transcript import detect_structure


def canonical(text: str) -> str:
    """NFC with ``\\n`` line ends and no BOM (the same rule as core's ``normalise_text``)."""

    return normalise_text(text.replace("\u2028", "\n").replace("\u2029", "\n"))


def build_document(path: Path, data: bytes, text: str, fmt: str, *,
                   warnings: list[str] | None = None,
                   known_labels: frozenset[str] = frozenset()) -> ImportedDocument:
    """Turn extracted text into an :class:`ImportedDocument` with turns and header metadata."""
    text = canonical(text)
    if not text.strip():
        raise ImportFormatError(path, "the file contains no text", "import.empty")
    structure = detect_structure(text, known_labels)
    return ImportedDocument(
        text=text, name=path.stem, source_path=str(path),
        checksum=hashlib.sha256(data).hexdigest(), format=fmt,
        metadata=dict(structure.metadata), turns=list(structure.turns),
        warnings=list(warnings or []),
    )


def read_bytes(path: Path) -> bytes:
    """The file's bytes; an empty file is an error right away."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ImportFormatError(path, f"cannot read the file ({error.strerror})",
                                "import.unreadable") from error
    if not data.strip():
        raise ImportFormatError(path, "the file is empty", "import.empty")
    return data
