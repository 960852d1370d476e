"""Control characters are counted from the Latin-1 or UTF-8 bytes (fast); the count must be the
pattern's."""

from __future__ import annotations

import random

from qcode.io.common import _CONTROLS, count_controls, remove_controls
from qcode.io.decode import _CONTROL, looks_binary

ALPHABET = ([chr(c) for c in range(0, 0x80)] + list("æøåÆØÅé\u0301\u2028\u00a0€😀\udc80\udcff")
            + ["\x85", "\x9f"])
LATIN1 = [chr(c) for c in range(0, 0x100)]  # every character one byte in Latin-1, C1 controls included


def test_counting_by_bytes_matches_the_pattern_on_mixed_text() -> None:
    rng = random.Random(19)
    for size in (0, 1, 7, 300, 5000):
        for n in range(40):
            text = "".join(rng.choice(LATIN1 if n % 2 else ALPHABET) for _ in range(size))
            assert count_controls(text) == len(_CONTROLS.findall(text))
            sample_bad = len(_CONTROL.findall(text[:20000]))
            assert looks_binary(text) == (bool(text) and sample_bad > max(2, len(text[:20000]) // 100))


def test_a_big_text_is_counted_across_its_megabyte_steps() -> None:
    text = ("Karen: Hej\x00 med dig, æble.\n" * 50_000) + "\x1f"
    assert len(text) > 1 << 20
    assert count_controls(text) == 50_001
    cleaned, removed = remove_controls(text)
    assert removed == 50_001 and "\x00" not in cleaned and "\x1f" not in cleaned


def test_a_big_text_wider_than_latin1_in_one_step_only_is_counted_in_both() -> None:
    latin = "Karen: Hej\x00 med dig, æble \x85\x9f.\n" * 40_000
    text = latin + "\x07 – “citat” \x1f" + latin
    assert len(latin) > 1 << 20
    assert count_controls(text) == len(_CONTROLS.findall(text)) == 80_002
