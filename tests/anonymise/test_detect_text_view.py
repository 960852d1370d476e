"""The de-hyphenated view and its offset map back to the original text."""

from __future__ import annotations

import pytest

from qcode.anonymise.text_view import SOFT_HYPHEN, dehyphenate


@pytest.mark.parametrize(
    ("original", "view"),
    [
        ("Ma-\nthias kom.", "Mathias kom."),
        ("Ma-\r\nthias kom.", "Mathias kom."),
        ("Ma- \n  thias og Chri-\nstine.", "Mathias og Christine."),
        (f"Ma{SOFT_HYPHEN}thias kom.", "Mathias kom."),
        ("Anne-\nMette kom.", "Anne-Mette kom."),  # a real hyphen before a capital stays
        ("Ja -\nmen nej.", "Ja -\nmen nej."),  # a dash after a space is no split word
        ("Ingen deling her.", "Ingen deling her."),
    ],
)
def test_view_joins_split_words(original: str, view: str) -> None:
    assert dehyphenate(original).text == view


def test_every_view_character_maps_to_the_same_character_in_the_original() -> None:
    original = f"Hej Ma-\nthias og Chri{SOFT_HYPHEN}stine, og Lou-\r\nise og Anne-\r\n  Mette."
    tv = dehyphenate(original)
    assert tv.text == "Hej Mathias og Christine, og Louise og Anne-Mette."
    for i, ch in enumerate(tv.text):
        assert original[tv.to_original(i)] == ch


def test_span_maps_back_to_the_whole_split_word() -> None:
    original = "Vi så Ma-\nthias i går."
    tv = dehyphenate(original)
    start = tv.text.index("Mathias")
    assert tv.span_to_original(start, start + len("Mathias")) == (6, 15)
    assert original[6:15] == "Ma-\nthias"


def test_identity_view_when_nothing_is_split() -> None:
    tv = dehyphenate("Line: Hej.")
    assert tv.is_identity and tv.to_original(4) == 4
