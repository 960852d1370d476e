"""``normalise_text`` skips the NFC check for Latin-1 text (no character below U+0300 decomposes or
combines): its result is still exactly NFC, for Latin-1 text and for any other."""

from __future__ import annotations

import random
import unicodedata

from qcode.core.documents import normalise_text

LATIN1 = [chr(c) for c in range(0x20, 0x100) if c != 0x7F]
WIDER = ["\u0301", "\u0308", "\u030a", "\u2000", "\u212b", "\u201c", "\u2013", "\u0152", "\u0142",
         "\uac00", "\u1100\u1161", "\U0001f600", "\ufb01", "\u00c5"]


def test_no_character_below_u0300_changes_or_combines_under_nfc():
    below = [chr(c) for c in range(0x300)]
    assert all(unicodedata.is_normalized("NFC", c) and not unicodedata.combining(c) for c in below)
    latin = [chr(c) for c in range(0x100)]
    assert all(unicodedata.is_normalized("NFC", a + b) for a in latin for b in latin)


def test_normalise_text_is_nfc_of_latin1_and_of_wider_text():
    rng = random.Random(19)
    for n in range(400):
        alphabet = LATIN1 + (WIDER if n % 2 else [])
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 300)))
        if n % 7 == 0:
            text = "x" * (1 << 20) + text  # past the first megabyte
        assert normalise_text(text) == unicodedata.normalize("NFC", text)
    decomposed = "A\u030a og o\u0308 i Ka\u030arhus"
    assert normalise_text(decomposed) == "Å og ö i Kårhus"
