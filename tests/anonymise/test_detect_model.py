"""The optional statistical NER: its false-hit filter and the first-name feature (no model needed)."""

from __future__ import annotations

import pytest
import spacy

from qcode.anonymise.candidates import ORG, PERSON, PLACE
from qcode.anonymise.detectors.model import FIRST_NAME_NORM, _plausible, mark_first_names


@pytest.mark.parametrize(
    ("text", "surface", "label"),
    [
        ("Interviewer: Hvad så?", "Interviewer", PERSON),  # a role
        ("IP: Altså, det ved jeg ikke.", "Altså", PERSON),  # a sentence-initial filler
        ("IP: Rigtig meget!", "Rigtig", ORG),  # an ordinary word at a sentence start
        ("Baggrund\nHun bor alene.", "Baggrund", PLACE),  # a heading line
        ("Jeg er en klods om fødderne på hr. og fru Jensen.", "Jensen", PERSON),  # the idiom
        ("Jeg har det her ADD, ikke.", "ADD", ORG),  # an acronym
        ("Jeg kom til Danmark som barn.", "Danmark", PLACE),  # a country
        ("Jeg lagde det op på Facebook.", "Facebook", PLACE),  # a brand
    ],
)
def test_typical_false_hits_are_dropped(text: str, surface: str, label: str) -> None:
    start = text.index(surface)
    assert not _plausible(text, start, start + len(surface), label)


@pytest.mark.parametrize(
    ("text", "surface", "label"),
    [
        ("Jeg var hjemme hos Xiomara i går.", "Xiomara", PERSON),
        ("Hun arbejder i Fjordbyen nu.", "Fjordbyen", PLACE),
        ("IP: Kenneth kom forbi.", "Kenneth", PERSON),
    ],
)
def test_plausible_hits_are_kept(text: str, surface: str, label: str) -> None:
    start = text.index(surface)
    assert _plausible(text, start, start + len(surface), label)


def test_known_first_names_get_the_name_norm() -> None:
    doc = mark_first_names(spacy.blank("da")("Per kom med Mette, men per dag er det svært."))
    norms = {t.text: t.norm_ for t in doc}
    assert norms["Mette"] == FIRST_NAME_NORM and norms["Per"] == FIRST_NAME_NORM
    assert [t.norm_ for t in doc if t.text == "per"] == ["per"]


def test_detecting_many_texts_at_once_finds_what_one_at_a_time_finds() -> None:
    from qcode.anonymise.detect import detect, detect_many

    texts = [
        "Interviewer: Hvordan har du det?\n\nPalle: Jeg bor i Vejle med min søster Xiomara, hun er 46 år.",
        "",
        "Min kontaktperson Kirsten Østergaard fra Kirkens Korshær ringer hver tirsdag.",
        "Det var hos Ma-\nthias i Holstebro, for 5 år siden.",
    ]
    assert detect_many(texts) == [detect(text) for text in texts]
    assert detect_many(texts, use_model=False) == [detect(text, use_model=False) for text in texts]
