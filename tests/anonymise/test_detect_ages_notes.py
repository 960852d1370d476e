"""Ages and people as field notes, case summaries and intake forms write them."""

from __future__ import annotations

import pytest

from qcode.anonymise.detect import detect


def _found(text: str, label: str) -> list[str]:
    return [c.surface for c in detect(text, use_model=False) if c.label == label]


@pytest.mark.parametrize(("text", "ages"), [
    ("K. (42) og hendes søn M. (9) sidder ved vinduet.", ["42", "9"]),
    ("Ved Sluseholmen sidder H. (ca. 50, mand, grønlandsk). Ny kontakt: T.S., 19, kvinde.", ["50", "19"]),
    ("Ved stationen: informant 3, kvinde, 67, ligger i sin sovepose.", ["67"]),
    ("Tre unge drenge, ca. 16–17, ved stationen.", ["16–17"]),
    ("Deltagere: Interviewer, Nis (informant, 78 år).", ["78 år"]),
    ("Lene har en halvbror, Kenneth, på 38.", ["38"]),
    ("Børn: Oliver (11, f. 04.02.2013), Ella (6, f. 19.10.2017).", ["11", "6"]),
    ("Emma kom i pleje som femårig.", ["femårig"]),
    ("År      Begivenhed\n1998    Sønnen Patrick født\n2001    Første indlæggelse\n", ["1998"]),
    ("Frederikke: Frederikke, men alle siger Freddie. Fjorten, bliver femten i december.\n", ["Fjorten"]),
])
def test_ages_in_notes_and_forms(text: str, ages: list[str]) -> None:
    assert _found(text, "AGE") == ages


@pytest.mark.parametrize("text", [
    "Vi har en femårig uddannelse bag os.",
    "Prisen var 67, kvinder betalte halvt.",
    "Han var 2 år i Aarhus.",
    "Se side 3, kvinder og mænd for sig.",
])
def test_numbers_beside_such_words_that_are_no_ages(text: str) -> None:
    assert _found(text, "AGE") == []


def test_initials_with_an_age_are_a_person_everywhere_in_the_notes() -> None:
    text = "K. (42) sidder ved vinduet. Senere har K. talt med sin mor."
    assert _found(text, "PERSON") == ["K.", "K."]


@pytest.mark.parametrize(("text", "initials"), [
    ("Memo: S. (f. 1995) var meget åben. Vigtige personer ifølge S.: broren.", ["S.", "S."]),
    ("Kl. 10.30. H.P. – Hans Peter, 61, tidligere chauffør.", ["H.P."]),
    ("Hun har sovet hos en veninde, J., i Brøndby Strand.", ["J."]),
])
def test_initials_that_stand_for_a_person(text: str, initials: list[str]) -> None:
    assert [s for s in _found(text, "PERSON") if s.endswith(".")] == initials
