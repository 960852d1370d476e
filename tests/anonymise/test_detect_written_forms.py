"""Ages and dates in written material beside the interviews: survey exports, profiles, messages (#13)."""

from __future__ import annotations

import pytest

from qcode.anonymise.detect import detect_full


def _found(text: str, *labels: str) -> list[str]:
    return [c.surface for c in detect_full(text, use_model=False).candidates if c.label in labels]


def test_the_age_column_of_a_survey_export() -> None:
    text = ("Kolonner adskilt med tabulator.\n"
            "svar_id\tindsendt\talder\tkøn\tkommune\n"
            "R0412\t2024-02-11 14:32\t47\tmand\tEsbjerg\n"
            "R0413\t2024-02-11 15:01\tikke oplyst\tkvinde\tHorsens\n"
            "R0417\t2024-02-12 23:47\t19\tkvinde\tVejle\n\n"
            "Antal\t12\t14\t16\n")
    assert _found(text, "AGE") == ["47", "19"]


def test_a_birth_year_column_and_rows_without_one() -> None:
    text = "id;fødselsår;by\n1;1961;Aarhus\n2;;Vejle\n3;1988;Odense"
    assert _found(text, "AGE") == ["1961", "1988"]


@pytest.mark.parametrize(("text", "ages"), [
    ('Han siger, at moren (51 år) "bare er træt". Han nævner sin alder (44).', ["51 år", "44"]),
    ("Men de er selv 81 og 79. Og jeg er selv 56.", ["81", "79", "56"]),
    ("Hun har mistet sin søn, han døde som 60 af kræft. Barnebarnet er seks.", ["60", "seks"]),
    ("Der er en, hr. Yil mass, 78, han sidder på den samme bænk.", ["78"]),
    ("Min stuekammerat hedder Lykke og er vist kun 20 år. Mor blev kun 52.", ["20 år", "52"]),
    ('"Yasmin • 21 • Valby • sygeplejerskestuderende"', ["21"]),
    ("Godmorgen far, og stort tillykke med de 80! De andre er 17 og 18, jeg er kun 16.",
     ["80", "17", "18", "16"]),
    ("Han bor i Holstebro med sin datter Alma på fire år hver anden uge.", ["fire år"]),
])
def test_ages_in_messages_notes_and_profiles(text: str, ages: list[str]) -> None:
    assert _found(text, "AGE") == ages


@pytest.mark.parametrize("text", [
    "Mor er på arbejde. Far var 3 uger i Spanien. Barnet er 2 gange om ugen i klubben.",
    "Hunden er 12. Bussen kører 14.32. Vi var 40 til festen.",
])
def test_family_words_with_counts_and_durations_are_no_ages(text: str) -> None:
    assert _found(text, "AGE") == []


def test_the_day_of_a_birthday_without_the_year() -> None:
    text = "Noahs fødselsdag er 3/6. Festen er 3/6 kl. 14."
    assert _found(text, "BIRTHDATE") == ["3/6"]
