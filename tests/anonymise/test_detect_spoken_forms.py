"""Spoken forms a transcriber writes down: numbers in words for addresses, postcodes, phone and CPR
numbers, dialect ages and birth years, ages beside a name, nicknames and elided names (#13)."""

from __future__ import annotations

import pytest

from qcode.anonymise.detect import detect_full
from qcode.anonymise.numbers import number_value, spoken_value


def _found(text: str, *labels: str) -> list[tuple[str, str]]:
    return [(c.surface, c.label) for c in detect_full(text, use_model=False).candidates if c.label in labels]


@pytest.mark.parametrize(("words", "value"), [
    ("nitten hundrede og otteogfirs", 1988), ("otte tusind to hundrede og ti", 8210), ("ni-tusind", 9000),
    ("fireoghalvfjerds", 74), ("nittenhundredeogtres", 1960),
])
def test_numbers_said_in_several_words(words: str, value: int) -> None:
    assert spoken_value(words) == value


@pytest.mark.parametrize(("word", "value"), [("sekstyw'", 60), ("fyrretyv'", 40), ("toogsekstyve", 62),
                                             ("treogfirs", 83)])
def test_number_words_as_dialect_transcripts_spell_them(word: str, value: int) -> None:
    assert number_value(word) == value


@pytest.mark.parametrize(("text", "expected"), [
    ("nu bor jeg på gudrunsvej nummer fireoghalvfjerds tredje sal til venstre det er otte tusind to "
     "hundrede og ti aarhus v", [("gudrunsvej nummer fireoghalvfjerds tredje sal til venstre", "ADDRESS"),
                                ("otte tusind to hundrede og ti", "POSTCODE")]),
    ("Jeg bor på Vestergade nummer syv, anden sal til venstre, otte-tusind Aarhus C.",
     [("Vestergade nummer syv, anden sal til venstre", "ADDRESS"), ("otte-tusind", "POSTCODE")]),
    ("Mit nummer er tyve, toogtredive, femoghalvfjerds, nul ni. Ring bare.",
     [("tyve, toogtredive, femoghalvfjerds, nul ni", "PHONE")]),
    ("Mit cpr-nummer? Femten nul tre toogfirs, fireogfyrre seksten.",
     [("Femten nul tre toogfirs, fireogfyrre seksten", "CPR")]),
])
def test_contact_identifiers_said_in_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text, "ADDRESS", "POSTCODE", "PHONE", "CPR") == expected


@pytest.mark.parametrize("text", [
    "Vi gik på marken to gange. Vi talte tyve, tredive, fyrre, halvtreds får.",
    "Jeg ringede tyve gange, og hun svarede ikke.",
    "Der var otte tusind mennesker på Rådhuspladsen.",
    "Ring til Udbetaling Danmark på tyve, toogtredive, femoghalvfjerds, nul ni.",
])
def test_counts_and_public_numbers_said_in_words_stay(text: str) -> None:
    assert _found(text, "ADDRESS", "POSTCODE", "PHONE", "CPR") == []


@pytest.mark.parametrize(("text", "ages"), [
    ("Jeg har en søn, Malthe, der er fjorten, og han er anbragt.", ["fjorten"]),
    ("Jeg har to piger, tvillinger, Ida og Emma, de er ni.", ["ni"]),
    ("Der er en frivillig, Jonas, en ung fyr, 26 år eller sådan, som laver kaffe.", ["26 år"]),
    ('Deltager 2: Kenneth ("Kenny"), 39 år, i ambulant behandling.', ["39 år"]),
    ("Informant: Abdulrahman al-Hassan, nu 58 år.", ["58 år"]),
    ("A er treogfirs. Hun wa' kun 74.", ["treogfirs", "74"]),
    ("Sven', han er sekstyw', han bor i Frederikshavn.", ["sekstyw'"]),
    ("Det har a lovet hende, siden hun war fem.", ["fem"]),
    ("Jeg var sytten dengang. Nej, vent – atten, det var lige efter.", ["sytten", "atten"]),
    ("Jeg er født i Sisimiut i 1994, men voksede op i Nuuk.", ["1994"]),
    ("Mari' og a. A er fø'd i -46, hun i -49.", ["fø'd i -46", "49"]),
    ("År      Begivenhed\n1979    Født i Skive\n1986    Flytter til Viborg", ["1979"]),
])
def test_ages_said_in_dialect_or_beside_a_name(text: str, ages: list[str]) -> None:
    assert [s for s, _ in _found(text, "AGE")] == ages


@pytest.mark.parametrize("text", [
    "Men a sir, når a bliver halvfems, så ka' vi snak' om det.",
    "Der var en periode, 2 år, hvor jeg ikke drak.",
    "Lone og Per, de er 3 af dem, der kommer hver dag.",
])
def test_future_ages_and_counts_stay(text: str) -> None:
    assert _found(text, "AGE") == []


@pytest.mark.parametrize(("text", "names"), [
    ("Der er en, Brian, eller B-man kalder de ham, han ringer hele tiden.", ["Brian", "B-man"]),
    ("Han hedder Mohammed Ali, men alle siger Mo. Mo er den klogeste.", ["Mohammed Ali", "Mo", "Mo"]),
    ("Og så Trin', vor datter, hun bor ovre i Tinglev. Det er Trins hund.", ["Trin", "Trins"]),
])
def test_nicknames_and_elided_names(text: str, names: list[str]) -> None:
    assert [s for s, _ in _found(text, "PERSON")] == names


@pytest.mark.parametrize("text", ["De siger Nej. Alle siger Hej. Han kalder hende Skat.",
                                  "Trin' for trin' kom vi op ad trappen."])
def test_ordinary_words_are_no_nicknames(text: str) -> None:
    assert _found(text, "PERSON") == []


@pytest.mark.parametrize(("text", "orgs"), [
    ("Hun sagde, at jeg skulle prøve Pusterummet, det er sådan en gruppe for unge. Pusterummet hjalp.",
     ["Pusterummet", "Pusterummet"]),
    ("Hun fandt en gruppe for unge pårørende, Frirummet, som mødes hver anden uge.", ["Frirummet"]),
    ("Der er en frivillig fra Den Sociale Retshjælp, han har lavet et budget.", ["Den Sociale Retshjælp"]),
    ("Storm: Klubben Tusindfryd, ovre ved skolen.", ["Tusindfryd"]),
])
def test_organisations_found_by_how_they_are_introduced(text: str, orgs: list[str]) -> None:
    assert [s for s, _ in _found(text, "ORG")] == orgs


@pytest.mark.parametrize("text", ["Mette, det er en ven fra klubben, hun er sød.",
                                  "Vi så Den Lille Havfrue, og så gik vi hjem.",
                                  "En gruppe for unge, Sofie, som også var der, sagde det."])
def test_people_and_sights_are_no_introduced_organisations(text: str) -> None:
    assert _found(text, "ORG") == []


@pytest.mark.parametrize(("text", "names"), [
    ("INT: Er det Emre med e?\n\nIP: Ja, E-M-R-E. Tyrkisk.", ["Emre", "E-M-R-E"]),
    ("Og så er der Smede-Peter, vi kalder ham det.", ["Smede-Peter"]),
    ("Jeg har en datter. Kar- Karina. Hun er stor nu.", ["Kar", "Karina"]),
    ("En af de ansatte er fra Filippinerne. Sol hedder hun, ligesom solen.", ["Sol"]),
    ("Ordstyrer: Hvor gammel er du?\n\nDeltager 2: Arne. Niogfirs.", ["Arne"]),
    ("Then police. Lotte is like mother for me.", ["Lotte"]),
])
def test_names_spelled_broken_off_or_said_as_an_answer(text: str, names: list[str]) -> None:
    assert [s for s, _ in _found(text, "PERSON")] == names


@pytest.mark.parametrize("text", ["Vi kørte med D-S-B og så på T-V.", "R: Ja. Per dag får jeg 200 kr."])
def test_acronyms_and_prepositions_are_no_names(text: str) -> None:
    assert _found(text, "PERSON") == []


def test_initials_given_for_a_person_are_a_name_wherever_they_label_a_turn() -> None:
    text = ("Projektet, interview 11. LH = Louise Holm (interviewer).\n\nLH: Så, den kører.\n\n"
            "IP: Ja ja.\n\nLH: Godt.")
    assert [s for s, _ in _found(text, "PERSON")] == ["LH", "Louise Holm", "LH", "LH"]


def test_a_speaker_who_shares_a_brands_name_is_replaced() -> None:
    text = "[Interviewer: Sara. Informant: Nova, 17 år.]\n\nSara: Okay.\n\nNova: Ja, yes."
    assert [s for s, _ in _found(text, "PERSON")].count("Nova") == 2


@pytest.mark.parametrize(("text", "expected"), [
    ("R: Ja, det æ Bjerndrupvej nummer sytten, seks-tre-seks-nul Tinglev.",
     [("Bjerndrupvej nummer sytten", "ADDRESS"), ("seks-tre-seks-nul", "POSTCODE")]),
    ("Søndergade nummer fireogtredive, syvogtredive-tredive Nexø.",
     [("Søndergade nummer fireogtredive", "ADDRESS"), ("syvogtredive-tredive", "POSTCODE")]),
    ("Jeg har det på en seddel, hvis jeg falder: fireogtyve, seksogtres, nul tre, niogfirs.",
     [("fireogtyve, seksogtres, nul tre, niogfirs", "PHONE")]),
    ("Hasan: elleve, nul fire, enogtres, et, fem, syv, ni. Det var det.",
     [("elleve, nul fire, enogtres, et, fem, syv, ni", "CPR")]),
    ("Svar: My phone, Polish number. Plus four eight, six zero one, two two two, nine one five.",
     [("four eight, six zero one, two two two, nine one five", "PHONE")]),
    ("IP: Ja, det er yoyo punktum ks nitten snabel-a gmail punktum com. Nej, vent.",
     [("yoyo punktum ks nitten snabel-a gmail punktum com", "EMAIL")]),
    ("a æ født herude ved Bjerndrup, i nitten hundrede og tooghalvtreds. Born in ninety-three, in Polen.",
     [("nitten hundrede og tooghalvtreds", "BIRTHDATE"), ("ninety-three", "BIRTHDATE")]),
])
def test_more_identifiers_said_in_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text, "ADDRESS", "POSTCODE", "PHONE", "CPR", "EMAIL", "BIRTHDATE") == expected


@pytest.mark.parametrize(("text", "ages"), [
    ("Han er treogtyve... nej, fireogtyve nu. Han er ligesom toogtredive eller sådan.",
     ["treogtyve", "fireogtyve", "toogtredive"]),
    ("Hun drikker. Jeg var tretten der. Fjorten? Nej, tretten, det var før.",
     ["tretten", "Fjorten", "tretten"]),
    ("Hanj ær tooghalvtreds nu. Han er vel sådan fyrre... femogfyrre, ja ved inte.",
     ["tooghalvtreds", "fyrre", "femogfyrre"]),
    ("Sofie, hun er ung, måske femogtyve. Og han fylder... nej, han ER tooghalvfjerds.",
     ["femogtyve", "tooghalvfjerds"]),
    ("Ordstyrer: Hvor gammel er du?\n\nDeltager 2: Arne. Niogfirs... nej, hvad siger jeg, nioghalvfjerds.",
     ["Niogfirs", "nioghalvfjerds"]),
    ("Det fik jeg at vide, da jeg var fire- fireogtyve.", ["fire", "fireogtyve"]),
    ("She is maybe sixty. My sister, she is twenty-six... twenty-seven.",
     ["sixty", "twenty-six", "twenty-seven"]),
])
def test_ages_restated_guessed_or_broken_off(text: str, ages: list[str]) -> None:
    assert [s for s, _ in _found(text, "AGE")] == ages


def test_times_and_counts_corrected_are_no_ages() -> None:
    text = "Det tog fem... seks timer. Vi var ti... nej, elleve mennesker. Klokken var ti, nej elleve."
    assert _found(text, "AGE") == []


def test_a_number_said_in_a_phone_number_stays_elsewhere_in_the_project(tmp_path) -> None:
    """The core of a spoken identifier is the number itself: with the first number word as core, every
    "toogtyve" of every transcript became "[telefonnummer]"."""
    from qcode.anonymise.batch import anonymise_files, write_outputs

    (tmp_path / "a.txt").write_text("R: Mit nummer er toogtyve, nul otte, syvogtres, tolv. Og mit "
                                    "cpr-nummer? Femten nul tre toogfirs, fireogfyrre seksten. Jeg bor på "
                                    "Vestergade nummer syv, otte-tusind Aarhus C.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("R: Jeg var enke i toogtyve år. Vi var syv til festen, og femten af dem "
                                    "kom fra Aarhus. Otte tusind mennesker.\n", encoding="utf-8")
    result, files = anonymise_files(sorted(tmp_path.glob("*.txt")), use_model=False)
    out = tmp_path / "out"
    write_outputs(result, files, out)
    a, b = (out / "a.txt").read_text(encoding="utf-8"), (out / "b.txt").read_text(encoding="utf-8")
    assert "toogtyve" not in a and "Femten" not in a and "syv," not in a
    assert "enke i toogtyve år" in b and "syv til festen" in b and "femten af dem" in b
    assert "Otte tusind mennesker" in b


@pytest.mark.parametrize(("text", "ages"), [
    ("Han snakker et så meget med mæ. Og Freja æ enogtyve, hun æ ligesom mæ.", ["enogtyve"]),
    ("Andreas, ham der er sytten... nej, det er hans søn, der er sytten.", ["sytten", "sytten"]),
    ("Svend: Kaj er en sjov fyr. Han er halvfems.\n\nGerda: Otteogfirs, skat.", ["halvfems", "Otteogfirs"]),
])
def test_ages_of_a_relative_clause_a_dialect_copula_or_the_next_turn(text: str, ages: list[str]) -> None:
    assert [s for s, _ in _found(text, "AGE")] == ages


def test_a_cpr_number_with_its_hyphen_said_aloud() -> None:
    text = "Jeg kan det i søvne. toogtyve, nul otte, tooghalvfjerds, streg, et-et-tre-tre. Der."
    assert _found(text, "CPR") == [("toogtyve, nul otte, tooghalvfjerds, streg, et-et-tre-tre", "CPR")]


def test_a_date_in_a_header_after_a_birth_year_is_no_age() -> None:
    text = "Født: 1961\nBopæl: Esbjerg Ø\nInterviewer: KB\nDato: 12.02.2024\n"
    assert [s for s, _ in _found(text, "AGE")] == ["1961"]


def test_an_address_said_with_nummer_and_a_floor_whatever_the_street_is_called() -> None:
    text = "IP: Jeg har fået et værelse, Ruten nummer fireogtredive, stuen, syvogtyve hundrede Brønshøj."
    assert _found(text, "ADDRESS", "POSTCODE") == [("Ruten nummer fireogtredive, stuen", "ADDRESS"),
                                                   ("syvogtyve hundrede", "POSTCODE")]
    assert _found("Vi tog Linje nummer fire, og så var vi der.", "ADDRESS") == []


def test_an_unknown_word_after_a_capitalised_place_preposition_is_a_place() -> None:
    text = "Jeg købte et surfbræt. [griner] I Klitmøller, midt i januar."
    assert "Klitmøller" in [s for s, _ in _found(text, "PLACE")]
