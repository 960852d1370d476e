"""Organisations named by the kind of institution and then their own name."""

from __future__ import annotations

import pytest

from qcode.anonymise.candidates import ORG
from qcode.anonymise.detect import detect


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Jeg bor på et krisecenter, Kvindehjemmet Solsikken, og det er fint.", "Kvindehjemmet Solsikken"),
        ("Jeg kommer i brugerforeningen Lyspunktet hver uge.", "Lyspunktet"),
        ("Vi mødes i Værestedet Ankeret om tirsdagen.", "Værestedet Ankeret"),
    ],
)
def test_the_name_after_an_institution_word_is_an_organisation(text: str, org: str) -> None:
    assert org in [c.surface for c in detect(text, use_model=False) if c.label == ORG]


def test_a_name_after_an_institution_word_is_found_again_alone() -> None:
    text = "Jeg kommer i brugerforeningen Lyspunktet. Fra Lyspunktet fik jeg hjælp."
    orgs = [c.surface for c in detect(text, use_model=False) if c.label == ORG]
    assert orgs == ["Lyspunktet", "Lyspunktet"]


def test_a_sentence_start_after_an_institution_word_is_no_name() -> None:
    text = "Jeg var i klubben. Bagefter gik vi hjem."
    assert not [c for c in detect(text, use_model=False) if c.label == ORG]


@pytest.mark.parametrize(("text", "org"), [
    ("Jeg var assistent på Plejecenter Bøgen i Randers.", "Plejecenter Bøgen"),
    ("Hun er socialrådgiver ude fra Socialcenter Vest.", "Socialcenter Vest"),
    ("Næste dag ringede jeg til Kvindehjemmet Ly, og de havde plads.", "Kvindehjemmet Ly"),
    ("Jeg går til møder i AA i Frederikshavn.", "AA"),
])
def test_capitalised_institution_words_before_a_name(text: str, org: str) -> None:
    assert org in {c.surface for c in detect(text, use_model=False) if c.label == "ORG"}
