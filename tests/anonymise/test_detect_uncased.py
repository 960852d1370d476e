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


# -- lower-case stretches inside a capitalised transcript (a tired or hurried transcriber) -------------
CASED = (
    "Interviewer: Hvordan går det med familien?\n\n"
    "Solvej: Det går fint. Min bror Asger kommer tit forbi, og så spiser vi sammen.\n\n"
    "Interviewer: Og naboerne?\n\n"
    "solvej: nogle gange ser jeg asger og hans kone. min sagsbehandler tove ringer hver uge.\n\n"
    "Interviewer: Hvor bor du nu?\n\n"
    "Solvej: I Tønder. Før boede jeg på Bornholm. vi gik til herberget lysglimt, ikke langt fra byen.\n\n"
    "Interviewer: Hvad med fritiden?\n\n"
    "Solvej: Jeg ser en lærke i haven om morgenen. Det er fint.\n"
)


def _stretch_hits(text: str) -> set[tuple[str, str]]:
    return {(c.surface.casefold(), c.label) for c in detect_uncased(text)}


def test_lower_case_turns_and_sentences_in_cased_text_are_read_like_uncased_text() -> None:
    found = _stretch_hits(CASED)
    assert ("asger", PERSON) in found  # capitalised earlier in the document, so a name here too
    assert ("tove", PERSON) in found  # after a compound relation word ("sagsbehandler")
    assert ("solvej", PERSON) in found  # a lower-case speaker label that is a recurring name label
    assert ("lysglimt", ORG) in found  # a lower-case sentence: a name after an institution word
    assert not {s for s, _ in found} & {"lærke", "haven", "fint", "byen"}  # cased sentences stay theirs


def test_a_capitalised_transcript_without_lower_case_stretches_gets_nothing_here() -> None:
    assert detect_uncased(CASED.replace("solvej: nogle", "Solvej: Nogle").replace(". vi gik", ". Vi gik")
                          .replace("asger og", "Asger og").replace(". min", ". Min")) == []


def test_a_header_names_its_people_when_typed_in_lower_case() -> None:
    text = ("interview 3, informant: hulda brask, interviewer: kamma dyhr.\n\n"
            "Interviewer: Fortæl om din dag.\n\nHulda: Jeg står op klokken seks. så ringer kamma til mig.\n")
    found = _stretch_hits(text)
    assert {("hulda", PERSON), ("brask", PERSON), ("kamma", PERSON)} <= found | {
        (w, PERSON) for s, label in found if label == PERSON for w in s.split()}
    # a turn is no header: "Interviewer: Ja, …" names nobody
    assert detect_uncased("Interviewer: Ja, det er fint.\n\nIP: ok, det er det nok.\n") == []


@pytest.mark.parametrize(("sentence", "place"), [
    ("jeg vil gerne tage på bornholm en sommer", "bornholm"),  # an island that is also a word form
    ("burak sidder inde nu i vigerslev han har fået fire år", "vigerslev"),
    ("senere flyttede vi til aasiaat og så kom jeg til danmark", "aasiaat"),
])
def test_islands_and_places_after_a_verb_with_its_subject_or_now(sentence: str, place: str) -> None:
    assert (place, PLACE) in {(c.surface, c.label) for c in detect_uncased(sentence)}


@pytest.mark.parametrize(("sentence", "place"), [
    ("han arbejder på en tankstation i tolne. han vil ikke snakke", "tolne"),
    ("jeg boede på et kollegium i emdrup og havde venner der", "emdrup"),
])
def test_an_unknown_word_ending_a_place_phrase(sentence: str, place: str) -> None:
    assert (place, PLACE) in {(c.surface, c.label) for c in detect_uncased(sentence)}


def test_ordinary_words_ending_such_a_phrase_stay() -> None:
    sentence = "altså er det her i byen. og så tog jeg bussen hjem, han er på plejehjem og i klassen"
    assert [c for c in detect_uncased(sentence) if c.label == PLACE] == []


def test_a_noun_naming_an_institution_before_the_next_phrase() -> None:
    found = detect_uncased("hun går i børnehaven tusindfryd og pædagogen siger hun er glad")
    assert ("tusindfryd", ORG) in {(c.surface, c.label) for c in found}
    closing = detect_uncased("børnehaven lukker klokken fire og klubben er lukket")
    assert not [c for c in closing if c.label == ORG]
