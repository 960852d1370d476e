"""The shipped Danish name and place lists that detection and substitute names draw on."""

from __future__ import annotations

import pytest

from qcode.anonymise import lexicon


def test_first_names_by_gender() -> None:
    female, male = lexicon.first_names("female"), lexicon.first_names("male")
    assert "Mette" in female and "Palle" in male
    assert len(female) > 500 and len(male) > 500
    with pytest.raises(ValueError):
        lexicon.first_names("other")


def test_surnames_and_towns() -> None:
    assert "Jensen" in lexicon.surnames()
    assert {"Aarhus", "Esbjerg", "Odense"} <= set(lexicon.towns())


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Palle", True), ("PALLE", True), ("Anne-Mette", True), ("ANNE-METTE", True), ("Altså", False),
     ("bord", False), ("", False)],
)
def test_is_first_name(word: str, expected: bool) -> None:
    assert lexicon.is_first_name(word) is expected


@pytest.mark.parametrize(("word", "expected"), [("Per", True), ("Line", True), ("Bo", True), ("Amir", False)])
def test_homographs_are_names_that_are_also_words(word: str, expected: bool) -> None:
    assert lexicon.is_homograph(word) is expected
