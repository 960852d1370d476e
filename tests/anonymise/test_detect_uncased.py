"""Lower-case (speech-to-text) transcripts: names, places and organisations without capitals."""

from __future__ import annotations

import pytest

from qcode.anonymise.candidates import ORG, PERSON, PLACE
from qcode.anonymise.detectors.uncased import detect_uncased, is_uncased

# enough lower-case speech around each sentence for the document to count as uncased
_PAD = ("SPEAKER_00: okay så kører den og du ved godt at det her bliver anonymiseret ikke\n"
        "SPEAKER_01: ja ja det er fint altså det har jeg prøvet før så det er ikke nyt for mig\n")


def _found(sentence: str) -> set[tuple[str, str]]:
    text = _PAD + "SPEAKER_01: " + sentence + "\n"
    return {(c.label, c.surface) for c in detect_uncased(text)}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("jeg hedder mikkel og jeg bor her", {(PERSON, "mikkel")}),
    ("min kæreste sabrina hun bor der stadigvæk", {(PERSON, "sabrina")}),
    ("min søster camilla eller milla som vi kalder hende", {(PERSON, "camilla"), (PERSON, "milla")}),
    ("min mand khaled og vores børn yara og adam", {(PERSON, "khaled"), (PERSON, "yara"),
                                                     (PERSON, "adam")}),
    ("jeg hedder gudrun mikkelsen og jeg er født her", {(PERSON, "gudrun mikkelsen")}),
    ("så blev jeg gift med aksel og det var godt", {(PERSON, "aksel")}),
    ("vi kaldte ham sko fordi han altid gik i sko", {(PERSON, "sko")}),
    ("det er der hvor mo arbejder og mo er sød", {(PERSON, "mo")}),
    ("jeg har været på lesbos og han bor i flensborg", {(PLACE, "lesbos"), (PLACE, "flensborg")}),
    ("hun henter ham i vuggestuen mariehønen om torsdagen", {(ORG, "mariehønen")}),
    ("jeg er opvokset i silkeborg men bor i aarhus", {(PLACE, "silkeborg"), (PLACE, "aarhus")}),
    ("vi boede i give i to år", {(PLACE, "give")}),
    ("jeg har sovet på herberget fyrtårnet nede ved havnen", {(ORG, "fyrtårnet")}),
    ("han er fra kirkens korshær og han ringer tilbage", {(ORG, "kirkens korshær")}),
])
def test_lower_case_names_places_and_orgs_are_found(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= _found(sentence)


@pytest.mark.parametrize("sentence", [
    "jeg vil gerne bo hjemme så længe jeg kan",  # "bo" the verb, not the name Bo
    "og så bliver man sådan helt glad som en lærke",  # the bird
    "jeg vil gerne give noget tilbage",  # the verb, not the town Give
    "alle siger bare at det går fint",  # "bare" after a naming verb is no name
    "hun kalder mig sin syriske datter",
    "han er på vej hjem nu fra arbejde",
    "hvor kom I hen da I kom til danmark",
    "jeg er på su nu fordi jeg går i skole",
])
def test_ordinary_words_stay(sentence: str) -> None:
    assert {(label, s) for label, s in _found(sentence) if label == PERSON or s in ("give",)} == set()


def test_speaker_labels_do_not_make_a_text_cased() -> None:
    assert is_uncased(_PAD * 3)
    cased = "Interviewer: Hvordan går det?\nLine: Det går godt. Jeg bor i Aarhus med Mette.\n" * 5
    assert not is_uncased(cased)
    assert detect_uncased(cased) == []


def test_a_name_known_from_another_document_needs_evidence_if_it_is_a_word() -> None:
    text = _PAD + "SPEAKER_01: jeg vil gerne bo tæt på mikkel og hans familie\n"
    found = {c.surface for c in detect_uncased(text, known=["Bo", "Mikkel"])}
    assert "mikkel" in found and "bo" not in found
