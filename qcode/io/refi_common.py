"""What REFI-QDA export and import share: the XML namespace, the user-facing errors, and text
normalisation that remembers where every original character went (so selection offsets survive
NFC and CRLF→LF). No Qt, no SQL.
"""

from __future__ import annotations

import bisect
import unicodedata
from dataclasses import dataclass

from qcode.core.documents import normalise_text
from qcode.core.errors import QcodeError, register_messages

NAMESPACE = "urn:QDA-XML:project:1.0"
NS = f"{{{NAMESPACE}}}"
PROJECT_FILE = "project.qde"
SOURCES_DIR = "sources"
INTERNAL = "internal://"
CRITERIA_NOTE = "Kodekriterier"  # the note that carries a code's inclusion/exclusion/example
CRITERIA_LABELS = (("inclusion", "Inklusion"), ("exclusion", "Eksklusion"), ("example", "Eksempel"))

register_messages({
    "refi.not_found": ("No file at {path}.", "Der er ingen fil i {path}."),
    "refi.not_refi": (
        "{path} is not a REFI-QDA project (.qdpx or .qde): {reason}",
        "{path} er ikke et REFI-QDA-projekt (.qdpx eller .qde): {reason}",
    ),
    "refi.write_failed": ("Could not write {path}: {reason}", "Kunne ikke skrive {path}: {reason}"),
    "refi.project_exists": (
        "{path} already exists; --new makes a new project file.",
        "{path} findes allerede; --new laver en ny projektfil.",
    ),
})


class RefiError(QcodeError):
    """A REFI-QDA file could not be read or written."""


def tag(name: str) -> str:
    """The namespaced tag for a REFI element name."""
    return NS + name


@dataclass(frozen=True)
class NormalisedText:
    """Text in qcode's stored form plus a map from original character offsets into it."""

    text: str
    raw_length: int
    _raw_starts: tuple[int, ...]  # original offset where each cluster starts
    _norm_starts: tuple[int, ...]  # normalised offset where the same cluster starts

    def map_start(self, offset: int) -> int:
        """A selection start: inside a changed cluster it moves to the cluster's start."""
        i = bisect.bisect_right(self._raw_starts, offset) - 1
        return self._inside(i, offset, at_end=False)

    def map_end(self, offset: int) -> int:
        """A selection end: inside a changed cluster it moves to the cluster's end."""
        i = bisect.bisect_left(self._raw_starts, offset) - 1
        if i < 0:
            return 0
        return self._inside(i, offset, at_end=True)

    def _inside(self, i: int, offset: int, *, at_end: bool) -> int:
        raw_start, norm_start = self._raw_starts[i], self._norm_starts[i]
        raw_next = self._raw_starts[i + 1] if i + 1 < len(self._raw_starts) else self.raw_length
        norm_next = self._norm_starts[i + 1] if i + 1 < len(self._norm_starts) else len(self.text)
        if offset >= raw_next:
            return norm_next
        if raw_next - raw_start == norm_next - norm_start:
            return norm_start + (offset - raw_start)
        return norm_next if at_end and offset > raw_start else norm_start


def _clusters(raw: str) -> list[str]:
    """Pieces that NFC and line-end normalisation never join: a new piece starts at every
    character that cannot combine with what comes before it."""
    pieces: list[str] = []
    current = ""
    for ch in raw:
        joins = bool(current) and (
            unicodedata.combining(ch) != 0
            or (current[-1] == "\r" and ch == "\n")
            or not unicodedata.is_normalized("NFC", current[-1] + ch)
            or 0x1160 <= ord(ch) <= 0x11FF  # Hangul vowels and finals compose with a leading jamo
        )
        if joins:
            current += ch
        else:
            if current:
                pieces.append(current)
            current = ch
    if current:
        pieces.append(current)
    return pieces


def _normalise_piece(piece: str) -> str:
    piece = piece.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    return unicodedata.normalize("NFC", piece)


def normalise_with_map(raw: str) -> NormalisedText:
    """``normalise_text(raw)`` (NFC, ``\\n``, no BOM) and the offset map from ``raw`` into it."""

    raw_starts: list[int] = []
    norm_starts: list[int] = []
    out: list[str] = []
    raw_pos = norm_pos = 0
    for piece in _clusters(raw):
        if raw_pos == 0 and piece.startswith("\ufeff"):
            normalised = _normalise_piece(piece)
        else:  # a BOM inside the text is a zero-width no-break space and stays, as normalise_text does
            normalised = unicodedata.normalize(
                "NFC", piece.replace("\r\n", "\n").replace("\r", "\n"))
        raw_starts.append(raw_pos)
        norm_starts.append(norm_pos)
        out.append(normalised)
        raw_pos += len(piece)
        norm_pos += len(normalised)
    text = "".join(out)
    expected = normalise_text(raw)
    if text != expected:  # a composition across pieces we did not foresee: keep text right
        return NormalisedText(expected, len(raw), (0,), (0,))
    return NormalisedText(text, len(raw), tuple(raw_starts), tuple(norm_starts))
