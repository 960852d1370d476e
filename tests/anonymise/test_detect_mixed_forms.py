"""Forms a held-out mixed set showed (#13, set 12 read after its second score): code-switched kinship,
nicknames, initials signing notes, ages of children and babies, corrections, and what must stay
(brands written with a capital inside, a brand's product, milestones still to come, generic ages)."""

from __future__ import annotations

import pytest

from qcode.anonymise.candidates import AGE, PERSON, PLACE
from qcode.anonymise.detect import detect_full


def _found(text: str) -> set[tuple[str, str]]:
    return {(c.surface, c.label) for c in detect_full(text, use_model=True).candidates}


@pytest.mark.parametrize(("text", "name"), [
    ("A: My son, Jhun-Jhun. He is in Iloilo with my mother.", "Jhun-Jhun"),
    ("She was a friend of my auntie Nenita, from the same town.", "Nenita"),
    ("Min veninde hedder DeShawn, og hendes mand McKenzie kom også.", "McKenzie"),
    ("Thomas: Jeg hedder Thomas, men alle siger Bamse. Det har de altid gjort.", "Bamse"),
    ('R: Vi kaldte Marwan for "Doktoren", fordi han altid havde piller.', "Doktoren"),
])
def test_names_introduced_in_english_or_as_nicknames_are_found(text: str, name: str) -> None:
    assert (name, PERSON) in _found(text)


@pytest.mark.parametrize(("text", "initials"), [
    ("Opkald 4/3 kl. 9.05 – gennemført\nNoteret af: MJ\n\nREFERAT\n\nHun lyder træt.", "MJ"),
    ("I: Tak for i dag.\n\n[Noter, DS: Informanten virkede rolig.]", "DS"),
    ("Hun bad os ringe igen. [Note, KB: ring efter kl. 10.]", "KB"),
])
def test_initials_that_sign_a_note_are_a_person(text: str, initials: str) -> None:
    assert (initials, PERSON) in _found(text)


@pytest.mark.parametrize(("text", "age"), [
    ("CPR: 0604771953\nAlder ved interview: 46\nAdresse: Stenøre 14", "46"),
    ("Der er en mand her med sin datter på elleve. Han laver mad til os.", "elleve"),
    ("Min søn. Han æ tre, og så har a Ella, hun æ otte måneder.", "otte"),
    ("Bane: Elvis er fire, Samanta er to. Elvis er opkaldt efter min svigerfar.", "to"),
    ("Thomas: Jeg var fyrre. (tænker) Nej, niogtredive.", "niogtredive"),
    ("Datteren Selam er seks – Senait retter sig selv: syv, hun havde fødselsdag i januar.", "syv"),
    ("Ioana was the one who called the police. She was 22 and very brave.", "22"),
])
def test_ages_of_children_babies_corrections_and_in_english_are_found(text: str, age: str) -> None:
    assert (age, AGE) in _found(text)


@pytest.mark.parametrize("text", [
    "Han sad otte måneder i fængsel, og vi har en lejlighed på tre værelser.",
    "Hvis jeg skulle sige noget til en pige på femten, så ville jeg sige: pas på.",
    "Når Alfred bliver fem, ska han kunne huske, at hans far var der.",
    "Det er bare farvel, da man fylder 18. Så står man der.",
    "Klokken er fire, Lone er to minutter forsinket.",
])
def test_durations_hypothetical_and_generic_ages_stay(text: str) -> None:
    assert not {s for s, label in _found(text) if label == AGE}


def test_a_public_figures_name_given_an_age_is_a_child_named_after_him() -> None:
    assert ("Elvis", PERSON) in _found("Bane: Elvis er fire, og Samanta er to. Elvis er opkaldt efter ham.")


@pytest.mark.parametrize(("text", "kept"), [
    ("Så købte de en billet med FlixBus til mig, 399 kroner.", "FlixBus"),
    ("Jeg drak Carlsberg Elephant hver aften.", "Elephant"),
])
def test_brands_and_their_products_stay(text: str, kept: str) -> None:
    assert not any(kept in surface for surface, _ in _found(text))


def test_a_town_after_a_brand_is_still_the_town() -> None:
    assert ("Holstebro", PLACE) in _found("Jeg handlede i Føtex Holstebro hver fredag.")


def test_an_unknown_word_outside_a_town_is_a_place() -> None:
    assert ("Gereshk", PLACE) in _found("JR: Vi lå i en lejr uden for Gereshk i seks måneder.")


def test_a_field_key_is_no_speaker() -> None:
    assert ("Age", PERSON) not in _found("Age: 46\nGender: male")
