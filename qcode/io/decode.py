"""Bytes to text for plain-text transcripts: BOMs, UTF-16, strict UTF-8, then Windows-1252.

charset-normalizer is only the last resort: on short Danish Windows-1252 files it guesses
Windows-1250 and turns "ø" into "ř", so the two encodings Danish files really come in go first.
"""

from __future__ import annotations

from pathlib import Path

from qcode.io.base import ImportFormatError

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


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few stray bytes (a pasted cp1252 quote): keep UTF-8 rather than turning every
    'ø' into 'Ã¸' by reading the whole file as Windows-1252."""
    try:
        data.decode("utf-8")
        return None
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 127 and ch != "\ufffd")
    return text if good >= 2 * bad and good >= 5 else None


def looks_binary(text: str) -> bool:
    """Control characters other than tab/newline/form feed in more than 1 % of the text."""
    if not text:
        return False
    sample = text[:20000]
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return bad > max(2, len(sample) // 100)


def decode_text(data: bytes, path: Path) -> tuple[str, str]:
    """Decode a text file; returns (text, encoding name). Raises ImportFormatError for binary data."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding), encoding
            except UnicodeDecodeError as error:
                raise ImportFormatError(path, f"the text is not valid {encoding} ({error.reason})",
                                        "import.bad_encoding") from error
    if b"\x00" in data[:4096]:
        text = _utf16_without_bom(data)
        if text is None or looks_binary(text):
            raise ImportFormatError(path, "this is a binary file, not text", "import.binary")
        return text, "utf-16"
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return mostly, "utf-8 (some invalid bytes replaced)"
    for encoding in ("utf-8", "cp1252"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if looks_binary(text):
            raise ImportFormatError(path, "this is a binary file, not text", "import.binary")
        return text, encoding
    from charset_normalizer import from_bytes  # noqa: PLC0415 (loaded only for text that is neither UTF-8 nor Windows-1252)

    best = from_bytes(data).best()
    if best is None:
        raise ImportFormatError(path, "this is a binary file, not text", "import.binary")
    text = str(best)
    if looks_binary(text):
        raise ImportFormatError(path, "this is a binary file, not text", "import.binary")
    return text, best.encoding
