"""Contact identifiers: CPR, phone, e-mail, address, postcode and birth date (no model needed)."""

from __future__ import annotations

import pytest

from qcode.anonymise.candidates import ADDRESS, BIRTHDATE, CPR, EMAIL, PHONE, POSTCODE
from qcode.anonymise.detectors.contact import detect_contacts
from qcode.anonymise.pseudonyms import Settings, label_for


def _found(text: str) -> list[tuple[str, str]]:
    return [(c.label, c.surface) for c in detect_contacts(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("mit cpr nummer er 070386-2291 sådan", [(CPR, "070386-2291")]),
    ("det er 210804 1736, skal jeg skrive det", [(CPR, "210804 1736")]),
    ("cpr nummer 15 03 82 44 16 hvis du skal bruge det", [(CPR, "15 03 82 44 16")]),
    ("så er det 0506201427 nej", [(CPR, "0506201427")]),
    ("nu er det 28 14 63 07 og", [(PHONE, "28 14 63 07")]),
    ("mit gamle nummer 2231 8846 men", [(PHONE, "2231 8846")]),
    ("mit nummer er plus 45 31 72 08 64 og", [(PHONE, "plus 45 31 72 08 64")]),
    ("Ring på +45 26 90 41 17.", [(PHONE, "+45 26 90 41 17")]),
    ("et svensk nummer, +46 70 412 38 56, det", [(PHONE, "+46 70 412 38 56")]),
    ("Skriv til kim.holm90@hotmail.com i dag.", [(EMAIL, "kim.holm90@hotmail.com")]),
    ("min mail er anna punktum berg snabel a hotmail punktum com altså",
     [(EMAIL, "anna punktum berg snabel a hotmail punktum com")]),
    ("Jeg bor på Ringstedgade 41, st. tv., 4000 Roskilde, hvis",
     [(ADDRESS, "Ringstedgade 41, st. tv."), (POSTCODE, "4000")]),
    ("det er kirkevej 7 1 th, 4300 holbæk, det", [(ADDRESS, "kirkevej 7 1 th"), (POSTCODE, "4300")]),
    ("på frederiks allé 112 tredje th og så", [(ADDRESS, "frederiks allé 112 tredje th")]),
    ("det er østre strandvej 12 9990 skagen", [(ADDRESS, "østre strandvej 12"), (POSTCODE, "9990")]),
    ("jeg er født den syvende marts 86 og", [(BIRTHDATE, "syvende marts 86")]),
    ("Jeg er født 12. august 1990, og", [(BIRTHDATE, "12. august 1990")]),
    ("Jeg er født i Hai Phong, 12. juli 1946.", [(BIRTHDATE, "12. juli 1946")]),
    ("f. 12.04.1979", [(BIRTHDATE, "12.04.1979")]),
])
def test_contact_identifiers_are_found(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "Livslinien har nummeret 70 201 201, hele døgnet.",  # a service number (70/80)
    "Københavns Kommune. Hun har ringet til dem på 33 66 33 66 så mange gange.",
    "Jeg skrev til Udlændingestyrelsen på Farimagsvej 51A, 4700 Næstved for at spørge.",
    "Det kostede 3000 kroner, og vi var 40 mand.",
    "Han sagde, at alle er født den 1. januar i Danmark.",  # no year: no one's birth date
    "Deltager 1: Jeg kan starte.",  # a numbered label, not a street
    "bor 20 minutter fra vejen 3 gange om ugen",
    "Det var i 2019, og 12345678901234567 er ingen ting.",
    "Det står på side 991231 4567 i bogen.",  # no valid date: not a CPR number
    "Dato: 14. marts 2023.",
])
def test_look_alikes_are_left(text: str) -> None:
    assert _found(text) == []


def test_contact_kinds_have_their_own_placeholders() -> None:
    settings = Settings()
    assert label_for(CPR, "070386-2291", settings) == "[cpr-nummer]"
    assert label_for(PHONE, "28 14 63 07", settings) == "[telefonnummer]"
    assert label_for(EMAIL, "a@b.dk", settings) == "[e-mail]"
    assert label_for(ADDRESS, "Vestergade 23", settings) == "[adresse]"
    assert label_for(POSTCODE, "7800", settings) == "[postnummer]"
    assert label_for(BIRTHDATE, "12. august 1990", settings) == "[fødselsdato]"


@pytest.mark.parametrize(("text", "expected"), [
    ("og cpr det er et to nul fire otte otte fire et tre syv",
     [(CPR, "et to nul fire otte otte fire et tre syv")]),
    ("og telefon to seks fire fire nul syv tre et", [(PHONE, "to seks fire fire nul syv tre et")]),
    ("skriv mit nummer rigtigt ikke to seks fire fire", [(PHONE, "to seks fire fire")]),
    ("ring til hende hun har 2 2 6 1 4 0 9 8 okay", [(PHONE, "2 2 6 1 4 0 9 8")]),
])
def test_numbers_read_out_digit_by_digit(text: str, expected: list[tuple[str, str]]) -> None:
    """Speech-to-text writes a number read aloud as digit words or lone digits."""
    assert _found(text) == expected


@pytest.mark.parametrize("text", ["vi var to tre fire stykker der gik en to tre gange",
                                  "det tog fem seks timer, ni ti dage"])
def test_counts_said_in_words_are_no_number(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(("text", "date"), [
    ("jeg er født den fjortende oktober nittenhundrede og syvoghalvfems i randers",
     "fjortende oktober nittenhundrede og syvoghalvfems"),
    ("hun er født 3. maj to tusind og tre", "3. maj to tusind og tre"),
    ("ja 36 født i nitten hundrede og otteogfirs i qamishli", "nitten hundrede og otteogfirs"),
])
def test_dates_of_birth_said_in_words(text: str, date: str) -> None:
    assert (BIRTHDATE, date) in _found(text)
