"""Ages as people say them: corrections, English, after a name, children, header lists."""

from __future__ import annotations

import pytest

from qcode.anonymise.detect import detect_full


def _ages(text: str) -> list[str]:
    return [c.surface for c in detect_full(text, use_model=False).candidates if c.label == "AGE"]


@pytest.mark.parametrize(("text", "ages"), [
    ("jeg hedder mikkel og jeg er 37 nej 38 år jeg blev 38 her", ["37", "38 år", "38"]),
    ("Og Sif, hun er 19, nej, 20 er hun blevet nu.", ["19", "20"]),
    ("hun er treogtres nu og hun har det fint", ["treogtres"]),
    ("i was like fifteen og jeg var so pissed", ["fifteen"]),
    ("my mom is fifty-one and she still acts young", ["fifty-one"]),
    ("Den store, Inuk, er tretten, og den lille er syv.", ["tretten", "syv"]),
    ("Hun har to børn. Den mindste er fire.", ["fire"]),
    ("Deltagere: NK = Nivi Kleist, 42 år; M.K. = Maria Kleemann (51).", ["42 år", "51"]),
    ("Samtale med Kim 33 år.m4a\n\nTaler 1: Så kører vi.", ["33 år"]),
])
def test_spoken_ages_are_found(text: str, ages: list[str]) -> None:
    assert ages == _ages(text)


@pytest.mark.parametrize("text", [
    "when i'm thirty i will have a house",
    "Snart to år. Siden min kone og jeg blev skilt.",
    "Det tager 5 eller 10 minutter at gå derhen.",
    "hvem du er\n\n4\n00:00:10,590 --> 00:00:14,490\njeg hedder erik",  # a subtitle cue number
])
def test_look_alikes_are_no_ages(text: str) -> None:
    assert _ages(text) == []
