"""Bytes to text for plain-text transcripts: BOMs, UTF-16, UTF-8 (damage marked, not hidden), then
Windows-1252.

charset-normalizer is only the last resort: on short Danish Windows-1252 files it guesses
Windows-1250 and turns "ø" into "ř", so the two encodings Danish files really come in go first.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

from qcode.core.errors import register_messages, say, ui_language
from qcode.io.base import ImportFormatError

register_messages({
    "import.warn.repaired": (
        "{count} byte(s) were not valid {encoding} and were replaced with \ufffd; check the text near "
        "them",
        "{count} byte(s) var ikke gyldig {encoding} og er erstattet med \ufffd; kontrollér teksten "
        "omkring dem",
    ),
    "import.warn.mixed": (
        "the file mixes encodings; it was read as Windows-1252, so {count} character(s) written as UTF-8 "
        "may look wrong (e.g. 'Ã¸' for 'ø')",
        "filen blander tegnkodninger; den er læst som Windows-1252, så {count} tegn skrevet som UTF-8 kan "
        "se forkerte ud (fx 'Ã¸' for 'ø')",
    ),
    "import.warn.guessed": (
        "the encoding was guessed as {encoding}; check that æ, ø and å look right",
        "tegnkodningen er gættet til {encoding}; kontrollér, at æ, ø og å ser rigtige ud",
    ),
})

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text saved without a BOM: every other byte of ASCII-heavy text is NUL."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    odd_nul = sample[1::2].count(0) / (len(sample) // 2)
    even_nul = sample[0::2].count(0) / ((len(sample) + 1) // 2)
    for share, encoding in ((odd_nul, "utf-16-le"), (even_nul, "utf-16-be")):
        if share > 0.6:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


_CONTROL = re.compile("[\x00-\x08\x0e-\x1f]")  # below 32, but not \t \n \v \f \r
_NOT_CONTROL = bytes(b for b in range(256) if not _CONTROL.match(chr(b)))


def looks_binary(text: str) -> bool:
    """Control characters other than tab/newline/form feed in more than 1 % of the text."""
    if not text:
        return False
    sample = text[:20000]
    # one byte per control character in UTF-8 (see qcode.io.common.count_controls): ~4x the pattern's speed
    bad = len(sample.encode("utf-8", "surrogatepass").translate(None, _NOT_CONTROL))
    return bad > max(2, len(sample) // 100)


class Decoded(NamedTuple):
    """Text decoded from bytes, the encoding used, and what had to be repaired (for the user)."""

    text: str
    encoding: str
    warnings: list[str]


_ESCAPED = re.compile("[\udc80-\udcff]")
_NON_ASCII = re.compile("[^\x00-\x7f\udc80-\udcff]")


def _utf8_counts(data: bytes) -> tuple[str, int, int]:
    """The data read as UTF-8 with bad bytes kept as escapes; (that text, valid non-ASCII characters,
    invalid bytes). Valid UTF-8, the common case, costs one decode."""
    try:
        return data.decode("utf-8"), 0, 0
    except UnicodeDecodeError:
        text = data.decode("utf-8", "surrogateescape")
    return text, len(_NON_ASCII.findall(text)), len(_ESCAPED.findall(text))


def _replaced(text: str) -> str:
    return _ESCAPED.sub("\ufffd", text)


def decode_text(data: bytes, path: Path) -> Decoded:
    """Decode a text file. Invalid bytes are replaced with "\ufffd" and said so in the warnings, never
    silently read in another encoding; raises ImportFormatError for binary data."""
    lang = ui_language()
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data[len(bom):].decode(encoding, errors="replace")
            bad = text.count("\ufffd") - data[len(bom):].decode(encoding, "ignore").count("\ufffd")
            warnings = [say("import.warn.repaired", lang, count=bad, encoding=encoding)] if bad else []
            return _checked(Decoded(text, encoding, warnings), path)
    if data[:4096].count(0) > len(data[:4096]) // 4:  # every other byte NUL: UTF-16 without a BOM
        wide = _utf16_without_bom(data)
        if wide is None or looks_binary(wide):
            raise ImportFormatError(path, "this is a binary file, not text", "import.binary")
        return Decoded(wide, "utf-16", [])
    escaped, good, bad = _utf8_counts(data)
    if bad == 0:
        return _checked(Decoded(escaped, "utf-8", []), path)
    if good >= bad:
        # UTF-8 with damage (a pasted Windows quote, a cut-off character): keep UTF-8, mark the damage
        return _checked(Decoded(_replaced(escaped), "utf-8",
                                [say("import.warn.repaired", lang, count=bad, encoding="UTF-8")]), path)
    warnings = [say("import.warn.mixed", lang, count=good)] if good else []
    try:
        return _checked(Decoded(data.decode("cp1252"), "cp1252", warnings), path)
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # noqa: PLC0415 (loaded only for text that is neither UTF-8 nor Windows-1252)

    best = from_bytes(data).best()
    if best is not None:
        return _checked(Decoded(str(best), best.encoding,
                                [say("import.warn.guessed", lang, encoding=best.encoding)]), path)
    text = data.decode("cp1252", errors="replace")
    return _checked(Decoded(text, "cp1252", [say("import.warn.repaired", lang, count=text.count("\ufffd"),
                                                 encoding="Windows-1252")]), path)


def _checked(decoded: Decoded, path: Path) -> Decoded:
    if looks_binary(decoded.text):
        raise ImportFormatError(path, "this is a binary file, not text", "import.binary")
    return decoded
