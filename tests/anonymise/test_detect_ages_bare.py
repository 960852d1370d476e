"""A number said as a sentence of its own is an age only where the conversation makes it one."""

from __future__ import annotations

import pytest

from qcode.anonymise.detect import detect


def _ages(text: str) -> list[str]:
    return [c.surface for c in detect(text, use_model=False) if c.label == "AGE"]


@pytest.mark.parametrize(("text", "ages"), [
    ("Gülay: Han er femoghalvtreds.\n\nŞükrü: Tamam, femoghalvtreds. Hun bestemmer.\n",
     ["femoghalvtreds", "femoghalvtreds"]),
    ("Tanja: Du er femogfyrre, skat.\n\nJeroen: Oh. Ja. Forty-five. Man glemmer det.\n",
     ["femogfyrre", "Forty-five"]),
    ("Faadumo: Jeg er… vent. Halvfjerds? Nej, enoghalvfjerds. Ingen ved det.\n",
     ["Halvfjerds", "enoghalvfjerds"]),
    ("Rozhin: Jeg er Rozhin. Kurder fra Syrien. 29. Jeg har to børn.\n", ["29"]),
    ("I: Hvor gammel er du?\n\nIP: Tooghalvfjerds.\n", ["Tooghalvfjerds"]),
])
def test_bare_ages_said_in_conversation(text: str, ages: list[str]) -> None:
    assert _ages(text) == ages


@pytest.mark.parametrize("text", [
    "I: Hvor mange år boede du der?\n\nIP: Tolv. Så flyttede jeg.\n",
    "Vi talte dem. Fjorten. Og så var der ikke flere.\n",
    "År\tAntal\n2019\t29.\n2020\t31.\n",
    "Han er femoghalvtreds. Vi var fem i alt. Fem.\n",
])
def test_bare_numbers_without_an_age_cue_stay(text: str) -> None:
    assert all(a in ("femoghalvtreds",) for a in _ages(text))


@pytest.mark.parametrize(("text", "ages"), [
    ("jeg har min kat misse, hun er 14 år, det er jo ikke et menneske.", []),
    ("Karen: Katten, altså. Hun er fjorten, hun går nok før os.\n", []),
    ("Min datter elsker sin kat. Hun er 12.", ["12"]),  # a person noun before the pet: her age goes
])
def test_a_pets_age_stays_a_persons_goes(text: str, ages: list[str]) -> None:
    assert _ages(text) == ages


def test_a_birth_year_said_again_in_full() -> None:
    assert _ages("Kim: Jeg er 58. Født i 66, altså 1966, i Sæby.\n") == ["58", "Født i 66", "1966"]
