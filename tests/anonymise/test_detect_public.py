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
