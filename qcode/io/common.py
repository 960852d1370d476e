"""What every importer does after extracting text: normalise, check, detect structure."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from pathlib import Path

from qcode.core.documents import normalise_text
from qcode.core.errors import register_messages, say, ui_language
from qcode.core.imported import Turn
from qcode.io.base import ImportedDocument, ImportFormatError, display_name
from qcode.io.transcript import detect_structure

register_messages({
    "import.warn.controls": (
        "{count} NUL or other control character(s) were removed",
        "{count} NUL- eller andre kontroltegn er fjernet",
    ),
    "import.warn.rewrapped": ("hard-wrapped lines were joined", "hårdt ombrudte linjer er sat sammen"),
    "import.warn.pdf_repaired": ("line breaks and hyphenation were repaired",
                                 "linjeskift og orddelinger er rettet"),
    "import.warn.name": (
        "the file name is not valid UTF-8; it was read as '{name}'",
        "filnavnet er ikke gyldig UTF-8; det er læst som '{name}'",
    ),
})

# NUL and the other C0 controls that mean nothing in a transcript (tab, line and page breaks stay). A NUL
# stored in a text made SQLite's length() disagree with Python's, so codings past it were refused.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
# Every byte but those controls: deleting them from the UTF-8 bytes leaves one byte per control character
# (a multi-byte character has no byte below 0x80). Counting that way is ~4x faster than the pattern.
_NOT_CONTROLS = bytes(b for b in range(256) if not _CONTROLS.match(chr(b)))


def count_controls(text: str) -> int:
    """How many characters of ``text`` ``_CONTROLS`` matches (a megabyte at a time: no second copy of
    a big text)."""
    step = 1 << 20
    return sum(len(_one_byte_each(text[i:i + step]).translate(None, _NOT_CONTROLS))
               for i in range(0, len(text), step))


def _one_byte_each(chunk: str) -> bytes:
    """Bytes in which each control character is one byte of its own value and no other character
    gives such a byte: Latin-1 when the text is (one byte per character, a copy, ~3x faster than
    UTF-8), else UTF-8 (a multi-byte character has no byte below 0x80)."""
    try:
        return chunk.encode("latin-1")
    except UnicodeEncodeError:
        return chunk.encode("utf-8", "surrogatepass")


def canonical(text: str) -> str:
    """NFC with ``\\n`` line ends and no BOM (the same rule as core's ``normalise_text``)."""

    return normalise_text(text.replace("\u2028", "\n").replace("\u2029", "\n"))


def remove_controls(text: str) -> tuple[str, int]:
    """The text without NUL and other control characters, and how many there were (a vertical tab,
    Word's manual line break in some exports, becomes a line break)."""
    text = text.replace("\x0b", "\n")
    removed = count_controls(text)
    return (_CONTROLS.sub("", text) if removed else text), removed


# Word processors separate turns by paragraph spacing, not by an empty paragraph: read as one line per
# paragraph, their turns would stand without the blank line a typed transcript has between them.
PARAGRAPH_FORMATS = frozenset({"docx", "odt"})


def _blank_line_between_turns(text: str, turns: Sequence[Turn]) -> tuple[str, list[Turn]]:
    """``text`` with a blank line before every turn (but the first) that follows the previous line
    directly, and the turns moved with it; paragraphs inside a turn stay as they are. The turns are
    moved, not detected again: a blank line would make detection read a compact header differently."""
    pieces: list[str] = []
    moved: list[Turn] = list(turns[:1])
    last = shift = 0
    for turn in turns[1:]:
        at = turn.start  # the turn's first character (a timestamp or the label)
        if at >= 2 and text[at - 1] == "\n" and text[at - 2] != "\n":
            pieces += [text[last:at], "\n"]
            last, shift = at, shift + 1
        moved.append(turn if not shift else turn._replace(
            start=turn.start + shift, end=turn.end + shift,
            label_start=None if turn.label_start is None else turn.label_start + shift,
            label_end=None if turn.label_end is None else turn.label_end + shift))
    return ("".join(pieces) + text[last:], moved) if pieces else (text, list(turns))


def build_document(path: Path, data: bytes | str, text: str, fmt: str, *,
                   warnings: list[str] | None = None,
                   known_labels: frozenset[str] = frozenset(),
                   is_canonical: bool = False) -> ImportedDocument:
    """Turn extracted text into an :class:`ImportedDocument` with turns and header metadata. ``data``
    is the file's bytes, or their SHA-256 already taken (so a big file's bytes can be freed early);
    ``is_canonical``: the caller made ``text`` canonical already (saves a pass over it)."""
    lang = ui_language()
    warnings = list(warnings or [])
    text, removed = remove_controls(text)  # first: NFC after a removal could differ from NFC before it
    if removed or not is_canonical:
        text = canonical(text)
    if removed:
        warnings.append(say("import.warn.controls", lang, count=removed))
    if not text.strip():
        raise ImportFormatError(path, "the file contains no text", "import.empty")
    shown = display_name(path)
    if shown != str(path):
        warnings.append(say("import.warn.name", lang, name=Path(shown).name))
    structure = detect_structure(text, known_labels)
    turns = list(structure.turns)
    if fmt in PARAGRAPH_FORMATS:
        text, turns = _blank_line_between_turns(text, turns)
    checksum = data if isinstance(data, str) else hashlib.sha256(data).hexdigest()
    return ImportedDocument(
        text=text, name=Path(shown).stem, source_path=shown, checksum=checksum, format=fmt,
        metadata=dict(structure.metadata), turns=turns, warnings=warnings,
    )


def read_bytes(path: Path) -> bytes:
    """The file's bytes; an empty file is an error right away."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ImportFormatError(path, "cannot read the file",
                                "import.unreadable", detail=str(error.strerror)) from error
    if not data or data.isspace():  # (not strip(): that copies a 50 MB file once more)
        raise ImportFormatError(path, "the file is empty", "import.empty")
    return data
