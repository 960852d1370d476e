"""What must stay: public names, public figures in their role, pets, idioms; and names of other
traditions, whole."""

from __future__ import annotations

import pytest

from qcode.anonymise.detect import detect_full
from qcode.anonymise.detectors.public import kept_spans
from qcode.anonymise.detectors.traditions import detect_traditions


@pytest.mark.parametrize(("text", "kept"), [
    ("Og her hører jeg statsministeren, Mette Frederiksen, sige det.", "Mette Frederiksen"),
    ("Jeg har set dronning Margrethe på fjernsynet.", "dronning Margrethe"),
    ("Og så har jeg hunden, Bamse. Hvis jeg ikke havde Bamse, så ved jeg ikke.", "Bamse"),
    ("jeg har min kat misse, hun er gammel", "misse"),
    ("Jeg læser Viborg Folkeblad hver dag.", "Viborg Folkeblad"),
    ("Jeg har fået brev fra Udbetaling Danmark om det.", "Udbetaling Danmark"),
    ("Jeg husker, da Inger Hansen var minister.", "Inger Hansen"),
    ("Ja for søren da.", "for søren"),
])
def test_public_names_figures_and_pets_are_kept(text: str, kept: str) -> None:
    assert kept in {k.surface for k in kept_spans(text)}


def test_a_kept_stretch_drops_the_name_candidates_inside_it() -> None:
    found = detect_full("Jeg har set dronning Margrethe i fjernsynet, sagde Karen.", use_model=False)
    assert [c.surface for c in found.candidates] == ["Karen"]
    assert any("Margrethe" in c.surface and "kept" in why for c, why in found.dropped)


@pytest.mark.parametrize(("text", "name"), [
    ("Khaled ibn Hamid al-Khatib, han har samme navn som min far.", "Khaled ibn Hamid al-Khatib"),
    ("Deltager 3: Pieter van der Berg, 57 år.", "Pieter van der Berg"),
    ("JL = Jógvan á Lakjuni, 63-årig.", "Jógvan á Lakjuni"),
    ("Informant: Nguyen Thi Lan (kaldes bà Lan), 78 år.", "Nguyen Thi Lan"),
    ("Fatima (Umm Yusuf) er her.", "Umm Yusuf"),
])
def test_names_of_other_traditions_are_found_whole(text: str, name: str) -> None:
    assert name in {c.surface for c in detect_traditions(text)}


@pytest.mark.parametrize("text", ["Men da Else kom, gik vi.", "Do You know what I mean?"])
def test_particles_in_danish_or_english_sentences_make_no_name(text: str) -> None:
    assert detect_traditions(text) == []


def test_a_full_name_wins_over_a_part_a_stronger_detector_found() -> None:
    text = "Karen: Og jeg er Karen Margrethe Lauridsen.\nInterviewer: Tak, Karen.\n"
    surfaces = {c.surface for c in detect_full(text, use_model=False).candidates}
    assert "Karen Margrethe Lauridsen" in surfaces


@pytest.mark.parametrize("text", [
    "Jeg handler i Netto, og nogle gange i lidl.",
    "Det er 200 kroner til Føtex.",
    "Carlsberg fra morgenstunden, det var dengang.",
    "Han har aldrig været i Tivoli.",
])
def test_shop_chains_brands_and_attractions_stay(text: str) -> None:
    """#13: a nationwide chain or brand identifies nobody; it stays in every context."""
    assert detect_full(text, use_model=True).candidates == []


@pytest.mark.parametrize(("text", "kept"), [
    ("IP: Jeg hører Kim Larsen hver dag, og jeg vil være ligesom Medina.", {"Kim Larsen", "Medina"}),
    ("IP: han synger kim larsen og så bliver man glad", {"kim larsen"}),
    ("IP: Bashar al-Assad sidder der stadig, siger de på Al Jazeera.", {"Bashar al-Assad"}),
])
def test_listed_public_figures_stay_without_a_role_word(text: str, kept: set[str]) -> None:
    found = detect_full(text, use_model=True)
    assert kept <= {k.surface for k in found.kept}
    assert not any(k in c.surface for c in found.candidates for k in kept)


@pytest.mark.parametrize("text", [
    "Kim: Jeg hedder Kim Larsen og bor i Vejle.\nI: Tak, Kim.\n",  # a speaker of the document
    "IP: Min nabo Kim kommer tit. Kim Larsen hedder han, som sangeren.\n",  # "Kim" known here alone
])
def test_a_participant_who_shares_a_public_figures_name_is_replaced(text: str) -> None:
    found = detect_full(text, use_model=True)
    assert "Kim Larsen" not in {k.surface for k in found.kept}
    assert any("Larsen" in c.surface for c in found.candidates)


def test_a_stage_name_after_a_place_preposition_is_the_place() -> None:
    found = detect_full("IP: Min far kom fra Sivas i firserne. Jeg hører Sivas på P3.", use_model=True)
    assert [k.surface for k in found.kept if k.surface == "Sivas"] == ["Sivas"]
    assert any(c.surface == "Sivas" and c.start < 30 for c in found.candidates)


@pytest.mark.parametrize(("text", "artist"), [
    ("IP: Han lytter mere til Jonas end til mig. Og til Sivas, selvfølgelig, han hører kun Sivas.", True),
    ("IP: Vi hører på Sivas hele tiden.", True),
    ("IP: Min mor tog til Sivas sidste sommer, hun bor der nu.", False),
])
def test_til_and_pa_make_a_place_only_after_going_or_living(text: str, artist: bool) -> None:
    found = detect_full(text, use_model=True)
    first = text.index("Sivas")
    assert any(k.start == first for k in found.kept) is artist
    assert any(c.start == first for c in found.candidates) is not artist


@pytest.mark.parametrize(("text", "pet"), [
    ("Hun har en papegøje, der hedder Kaptajnen.", "Kaptajnen"),
    ("Han kom med en schæfer, Storm, som ikke må komme indenfor.", "Storm"),
])
def test_pets_named_after_a_comma_or_a_breed(text: str, pet: str) -> None:
    assert pet in {k.surface for k in kept_spans(text)}


@pytest.mark.parametrize("text", [
    "Min kæreste har sat sig ind i min problematik omkring ADD'en, så hun ved det.",
    "Han har ADHD og PTSD, og hans mor har Alzheimers.",
])
def test_diagnoses_stay(text: str) -> None:
    assert detect_full(text, use_model=True).candidates == []


def test_the_king_named_a_little_after_his_office_stays_and_a_son_of_the_same_name_goes() -> None:
    from qcode.anonymise.detect import detect_full

    text = ("Taler 2: Kongen var her på besøg sidste sommer, Frederik, han gik lige forbi huset. "
            "Min søn, Frederik, er sød.")
    found = [(c.surface, c.start) for c in detect_full(text, use_model=False).candidates
             if c.label == "PERSON"]
    assert found == [("Frederik", text.rindex("Frederik"))]
