"""The optional statistical NER: its false-hit filter and its name-list features (no model needed)."""

from __future__ import annotations

import pytest
import spacy

from qcode.anonymise.candidates import ORG, PERSON, PLACE
from qcode.anonymise.detectors.model import (
    FIRST_NAME_NORM,
    _plausible,
    is_lower_case,
    mark_first_names,
    name_features,
)


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


def test_known_first_names_get_the_name_norm_in_any_case() -> None:
    doc = mark_first_names(spacy.blank("da")("Per kom med Mette og mette, men per dag er det svært."))
    norms = [(t.text, t.norm_) for t in doc]
    assert ("Mette", FIRST_NAME_NORM) in norms and ("mette", FIRST_NAME_NORM) in norms
    # a name that is also an ordinary word keeps its form: the context decides
    assert ("Per", "per") in norms and ("per", "per") in norms


@pytest.mark.parametrize(
    ("word", "cls"),
    [("Mette", "F"), ("Jensen", "S"), ("Mettes", "FG"), ("Per", "FW"), ("kuffertlåget", "K"),
     ("Xiomara", "U"), ("H.C.", "."), ("1994", "#"), (",", "")],
)
def test_name_features_say_which_lists_know_a_word(word: str, cls: str) -> None:
    assert name_features(word)[1] == cls


@pytest.mark.parametrize(
    ("text", "lower"),
    [
        ("Interviewer: Hvordan har du det?\n\nMette: Det går fint. Min søster bor i Vejle.", False),
        ("interviewer: hvordan har du det\n\nspeaker 1: det går fint min søster mette bor i vejle", True),
        ("SPEAKER_00: ja altså jeg ved det ikke\nSPEAKER_01: nej", True),
        ("Det koster bl. a. 20 kr. om dagen, ca. en time.", False),  # abbreviations end no sentence
    ],
)
def test_lower_case_text_is_recognised(text: str, lower: bool) -> None:
    assert is_lower_case(text) is lower


def test_lower_case_hits_count_only_in_lower_case_text() -> None:
    text = "min søster mette bor i vejle"
    start = text.index("mette")
    assert not _plausible(text, start, start + 5, PERSON)
    assert _plausible(text, start, start + 5, PERSON, lower=True)
    assert not _plausible(text, text.index("min"), 3, PERSON, lower=True)  # a stop word


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


def test_a_title_in_front_of_a_name_is_left_out() -> None:
    from spacy.tokens import Span

    from qcode.anonymise.detectors.model import _candidates

    doc = spacy.blank("da")("Vi talte med Finansminister Ole Hansen og fru Jensen i går.")
    doc.ents = [Span(doc, 3, 6, "PER"), Span(doc, 7, 9, "PER")]
    assert [c.surface for c in _candidates(doc.text, doc)] == ["Ole Hansen", "Jensen"]


@pytest.mark.parametrize(
    ("text", "surface", "label"),
    [
        ("og så køber jeg lidt i netto og resten", "netto", PLACE),  # only an ordinary word
        ("og så ser jeg dr om aftenen", "dr", ORG),  # two letters
        ("min mor, i don't know, my mom", "don't know", ORG),  # English
        ("når der er strøm inshallah hun har det godt", "strøm inshallah", PERSON),  # an interjection
    ],
)
def test_lower_case_hits_need_a_name_like_word(text: str, surface: str, label: str) -> None:
    start = text.index(surface)
    assert not _plausible(text, start, start + len(surface), label, lower=True)


@pytest.mark.parametrize("text", ["min søster lærke bor i vejle", "jeg snakker med xiomara hver dag"])
def test_lower_case_names_stay(text: str) -> None:
    word = text.split()[2] if "søster" in text else "xiomara"
    start = text.index(word)
    assert _plausible(text, start, start + len(word), PERSON, lower=True)


def test_closing_quotes_are_no_part_of_an_entity() -> None:
    from spacy.tokens import Span

    from qcode.anonymise.detectors.model import _candidates

    doc = spacy.blank("da")("Hun siger, at jeg ’arbejder hos Xiomara’ og ’ sådan.")
    xiomara = next(t.i for t in doc if t.text.startswith("Xiomara"))
    quote = next(t.i for t in doc if t.text == "’" and t.i > xiomara + 1)
    doc.ents = [Span(doc, xiomara, xiomara + 1, "PER"), Span(doc, quote, quote + 1, "PER")]
    assert [c.surface for c in _candidates(doc.text, doc)] == ["Xiomara"]


def test_the_shape_rules_person_guess_needs_the_model_where_the_model_ran(monkeypatch) -> None:
    from qcode.anonymise import pipeline
    from qcode.anonymise.detect import detect_full

    text = "Vi så Quilko i går, og min søster Zorbina var med."
    monkeypatch.setattr(pipeline, "find_model", lambda: "a model")
    monkeypatch.setattr(pipeline, "detect_with_model", lambda text: [])  # the model saw no one
    with_model = detect_full(text, use_model=True)
    assert [c.surface for c in with_model.candidates if c.label == PERSON] == ["Zorbina"]  # context stays
    assert any(c.surface == "Quilko" and "model" in why for c, why in with_model.dropped)
    without = [c.surface for c in detect_full(text, use_model=False).candidates if c.label == PERSON]
    assert without == ["Quilko", "Zorbina"]


def test_model_hits_read_together_give_what_each_file_gives_alone() -> None:
    from qcode.anonymise.detect import detect_full, model_hits_many

    texts = [
        "Interviewer: Hvordan har du det?\n\nPalle: Jeg bor i Vejle med min søster Xiomara, hun er 46 år.",
        "Det var hos Ma-\nthias i Holstebro, for 5 år siden.",  # read through its de-hyphenated view
        "Min kontaktperson Kirsten Østergaard fra Kirkens Korshær ringer hver tirsdag.",
    ]
    together = model_hits_many(texts)
    assert [detect_full(t, model_found=f).candidates for t, f in zip(texts, together, strict=True)] == \
        [detect_full(t).candidates for t in texts]
