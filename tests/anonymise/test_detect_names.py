"""Person names: project register forms, possessives, hyphenated and upper-case names, homographs."""

from __future__ import annotations

import pytest

from qcode.anonymise.candidates import PERSON
from qcode.anonymise.detect import detect


def _persons(text: str, **kw) -> list[tuple[str, str]]:
    return [(c.surface, c.core) for c in detect(text, use_model=False, **kw) if c.label == PERSON]


@pytest.mark.parametrize(
    ("sentence", "surface", "core"),
    [
        ("Jeg så Lines mor i går.", "Lines", "Line"),
        ("Det var Mathias' idé.", "Mathias'", "Mathias"),
        ("Det var Mathias’ idé.", "Mathias’", "Mathias"),
        ("Vi spurgte Anne-Mette om det.", "Anne-Mette", "Anne-Mette"),
        ("Jeg snakkede med Jonas om det.", "Jonas", "Jonas"),
        ("Vi mødte Kjeld Christensen.", "Kjeld Christensen", "Kjeld Christensen"),
        ("Det sagde Henrik S. Nissen i går.", "Henrik S. Nissen", "Henrik S. Nissen"),
        ("Det siger Victor Borge, som er her.", "Victor Borge", "Victor Borge"),
        ("Jens Madsens udvisning kom sent.", "Jens Madsens", "Jens Madsen"),
        ("Lotte, jeg elsker dig.", "Lotte", "Lotte"),
        ("Vi mødte K.E. Andersen i skolen.", "K.E. Andersen", "K.E. Andersen"),
        ("Så ringede jeg til Mettes søster.", "Mettes", "Mette"),
        ("Du hedder Małgorzata, ikke?", "Małgorzata", "Małgorzata"),  # Latin letters beyond Danish
        ("Og hendes mor, Ayşe, hun laver mad.", "Ayşe", "Ayşe"),
        ("Det var min læge, doktor Holm, der sagde det.", "Holm", "Holm"),
    ],
)
def test_names_from_the_lists(sentence: str, surface: str, core: str) -> None:
    assert (surface, core) in _persons(sentence)


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("PALLE: Jeg kommer her hver dag.", "PALLE"),
        ("Så sagde PALLE noget.", "PALLE"),
        ("Jeg gav Palles cykel tilbage.", "Palles"),
        ("DET ER PALLES CYKEL.", "PALLES"),
        ("Palle kom ikke.", "Palle"),
    ],
)
def test_register_matches_case_sensitive_forms_and_possessives(sentence: str, surface: str) -> None:
    assert surface in [s for s, _ in _persons(sentence, known={"Palle": PERSON})]


def test_register_is_case_sensitive() -> None:
    # the register holds the name "Bo"; the verb "bo" is not it
    found = _persons("Jeg vil gerne bo i en lejlighed.", known={"Bo": PERSON})
    assert found == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Per dag får jeg tre piller.", []),
        ("Jeg betaler 100 kr per måned.", []),
        ("Så kom Per ind ad døren.", [("Per", "Per")]),
        ("Jeg snakkede med Per Hansen i går.", [("Per Hansen", "Per Hansen")]),
        ("Den er tom nu.", []),
        ("Jeg ringede til Tom.", [("Tom", "Tom")]),
        ("Bo i en lejlighed er dyrt.", []),
        ("Jeg har aldrig mødt Bo.", [("Bo", "Bo")]),
        ("Hr. og fru Jensen bor der.", []),
        ("Jeg er jo kun en klods om fødderne på hr. og fru Jensen.", []),
    ],
)
def test_homographs_only_in_name_position(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _persons(sentence) == expected


@pytest.mark.parametrize(
    "sentence", ["Det er fordi min veninde Nhung siger det.", "Alle kalder mig Nhung.", "Hun hedder Nhung."]
)
def test_relation_noun_marks_an_unlisted_name(sentence: str) -> None:
    assert ("Nhung", "Nhung") in _persons(sentence)


def test_unlisted_name_mid_sentence_is_found_everywhere_in_the_document() -> None:
    text = "Jeg snakker tit med Xiomara om det. Xiomara er sød. Xiomaras hund også."
    assert [s for s, _ in _persons(text)] == ["Xiomara", "Xiomara", "Xiomaras"]


def test_known_first_part_takes_the_whole_double_name() -> None:
    found = _persons("I skolen hed jeg Bo-Erik.", known={"Bo": PERSON})
    assert found == [("Bo-Erik", "Bo-Erik")]


def test_hyphenated_name_split_across_lines_maps_back_to_the_original() -> None:
    text = "Vi talte med Ma-\nthias om det."
    found = detect(text, use_model=False)
    assert [(c.surface, c.core) for c in found] == [("Ma-\nthias", "Mathias")]
    assert text[found[0].start : found[0].end] == "Ma-\nthias"


def test_double_name_split_at_its_hyphen_is_one_known_name() -> None:
    text = "Vi talte med Anne-\nMette om det."
    found = detect(text, known={"Anne-Mette": PERSON}, use_model=False)
    assert [(c.surface, c.core, c.detector) for c in found] == [("Anne-\nMette", "Anne-Mette", "register")]


def test_candidates_are_sorted_and_do_not_overlap() -> None:
    text = "Interviewperson: Palle Hansen, 46 år\n\nPalle: Jeg bor i Aarhus med Line og Per Hansen."
    found = detect(text, known={"Palle Hansen": PERSON}, use_model=False)
    assert found == sorted(found, key=lambda c: c.start)
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))
    assert all(text[c.start : c.end] == c.surface for c in found)


def test_user_lists_for_places_and_orgs() -> None:
    text = "Jeg kommer i Værestedet Lyset og bor i Hjortshøj."
    labels = {(c.surface, c.label) for c in detect(text, places=["Hjortshøj"], orgs=["Værestedet Lyset"],
                                                   use_model=False)}
    assert ("Værestedet Lyset", "ORG") in labels
    assert ("Hjortshøj", "PLACE") in labels


@pytest.mark.parametrize(
    ("sentence", "surface", "label"),
    [
        ("Jeg er vokset op i Esbjerg.", "Esbjerg", "PLACE"),
        ("Vi flyttede til Aarhus.", "Aarhus", "PLACE"),
        ("Jeg har gået til kurser på AOF.", "AOF", "ORG"),
        ("Så ringede jeg til Røde Kors.", "Røde Kors", "ORG"),
        ("Jeg kom fra Polen i 2004.", "Polen", "PLACE"),  # a country of origin narrows down who it is
        ("Min far er fra Bosnien.", "Bosnien", "PLACE"),
        ("Tyrkiets kyst er smuk.", "Tyrkiets", "PLACE"),
    ],
)
def test_shipped_places_and_organisations(sentence: str, surface: str, label: str) -> None:
    assert (surface, label) in {(c.surface, c.label) for c in detect(sentence, use_model=False)}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Så sidder man ude på Hovedbanegården og venter.", {("Hovedbanegården", "PLACE")}),
    ("Jeg var i praktik hos Cykelkælderen i to måneder.", {("Cykelkælderen", "ORG")}),
    ("Han kan blive frivillig hos Det Grønlandske Hus. Det vil jeg gerne.",
     {("Det Grønlandske Hus", "ORG")}),
    ("Vi troede, vi var Olsen-banden.", set()),  # a name glued to a common noun
])
def test_capitalised_words_in_place_position_and_compounds(sentence: str, expected: set) -> None:
    assert {(c.surface, c.label) for c in detect(sentence, use_model=False)} == expected


@pytest.mark.parametrize("sentence", [
    "Så var det en kasse Tuborg om dagen.",
    "Vi sidder og spiller Ludo og drikker cola.",
    "Jeg har snakket med lægen om Antabus.",
    "Han vil være læge. Inshallah.",
    "Hun kommer på besøg til Eid, og så laver vi mad.",
    "Nu skal jeg over på Subutexen.",
])
def test_brands_medicines_and_feasts_are_not_names(sentence: str) -> None:
    assert detect(sentence) == []


@pytest.mark.parametrize("sentence", ["Jeg har boet i Danmark hele livet.",
                                      "Vi rejste rundt i Europa og Asien."])
def test_denmark_and_continents_are_not_places(sentence: str) -> None:
    assert detect(sentence, use_model=False) == []


@pytest.mark.parametrize("header", ["Sted: Odense", "Bopæl: Vejle", "By: Holbæk\n"])
def test_place_homograph_in_a_place_header_is_a_place(header: str) -> None:
    text = f"Interviewperson: Karen, 33 år\n{header}\n\nInterviewer: Hej\n\nKaren: Hej."
    place = header.split(":")[1].strip()
    assert (place, "PLACE") in {(c.surface, c.label) for c in detect(text, use_model=False)}


def test_place_homograph_needs_a_preposition() -> None:
    # "Vejen" is a town and "the road"
    assert detect("Vejen var lang og mørk.", use_model=False) == []


@pytest.mark.parametrize(
    ("sentence", "surface", "label"),
    [
        ("Jeg boede på Istedgade dengang.", "Istedgade", "PLACE"),
        ("Nu bor jeg i Husum med min kæreste.", "Husum", "PLACE"),
        ("Jeg sagde det til Xiomara bagefter.", "Xiomara", "PERSON"),
    ],
)
def test_unknown_capitalised_word_is_labelled_by_context(sentence: str, surface: str, label: str) -> None:
    assert (surface, label) in {(c.surface, c.label) for c in detect(sentence, use_model=False)}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Folkene hernede. Bamse og Lone og hele banden.", {"Bamse", "Lone"}),
    ("Jeg spillede kort med Bamse. Senere kom Bamse og Lone.", {"Bamse", "Lone"}),
    ("Ja, Line, det gør jeg. Jamen, Line, hvad så?", {"Line"}),  # a comma addresses, it does not join
    ("Mor og Lone kom forbi.", {"Lone"}),  # a family word at a sentence start is not a name
    ("Der var Netto og Lone.", {"Lone"}),
])
def test_a_word_coordinated_with_a_person_is_a_person(sentence: str, expected: set[str]) -> None:
    found = {c.core for c in detect(sentence, use_model=False) if c.label == PERSON}
    assert found == expected


@pytest.mark.parametrize(
    ("text", "nickname"),
    [
        ("Hun sad derovre og spillede kort med Pusling, og hun snød.", "Pusling"),
        ("Jeg snakker tit med Bjørnen om det.", None),  # a definite noun is a thing or a place
        ("Vi kørte med Arriva til byen.", None),  # unknown word: the shape rule, not the nickname rule
    ],
)
def test_an_ordinary_word_capitalised_after_med_is_a_nickname(text: str, nickname: str | None) -> None:
    found = [c.surface for c in detect(text, use_model=False)
             if c.label == PERSON and c.detector == "context"]
    assert found == ([nickname] if nickname else [])


def test_a_name_found_again_brings_its_coordinated_partner() -> None:
    text = ("Jeg spillede kort med Pusling i går.\n\nHvem er vigtige? Folkene hernede. "
            "Pusling og Skildpadden og hele banden.")
    persons = [c.surface for c in detect(text, use_model=False) if c.label == PERSON]
    assert persons == ["Pusling", "Pusling", "Skildpadden"]


@pytest.mark.parametrize(("text", "name"), [
    ("Kim: Nok er et kælenavn. Hun hedder egentlig Siriporn, men ingen siger det.", "Siriporn"),
    ("Malee: Ja, i 2010. Med min datter, Nok. Hun læser i Aalborg.", "Nok"),
])
def test_a_name_after_a_naming_verb_or_set_off_after_a_relation(text: str, name: str) -> None:
    assert name in {c.surface for c in detect(text, use_model=False) if c.label == "PERSON"}


def test_a_function_word_after_a_relation_without_commas_stays() -> None:
    assert "Nok" not in {c.surface for c in detect("Min mor Nok ikke.", use_model=False)}


@pytest.mark.parametrize(("text", "name"), [
    ("Førhen var der en i byen. Dr. Nissen. Ham kendte jeg godt.", "Nissen"),
    ('Hun kalder sig "Mormor" og siger, at de andre passer på hende.', "Mormor"),
    ("Thomas fortæller, at Bamse egentlig hedder Jonas.", "Bamse"),
])
def test_titles_quoted_nicknames_and_nicknames_of_a_named_person(text: str, name: str) -> None:
    assert name in {c.surface for c in detect(text, use_model=False) if c.label == "PERSON"}


def test_a_name_set_off_before_a_relation_said_of_it() -> None:
    text = "Og så var der Sol, min ekskæreste. Hun gik, da jeg blev syg."
    assert "Sol" in {c.surface for c in detect(text, use_model=False) if c.label == "PERSON"}


@pytest.mark.parametrize(("text", "names"), [
    ("Sol: Og så sidder Ask dernede på gulvet. Og det er derfor, Ask er meget her.\n", {"Ask"}),
    ("Mark: Træneren, men vi siger SK, han er streng. SK tog os af banen.\n", {"SK"}),
    ("IP: Kacper, han er seksten. Vores nabo, wojciech, han er fra Polen.\n", {"Kacper", "wojciech"}),
])
def test_names_by_their_slot_in_the_sentence(text: str, names: set[str]) -> None:
    assert names <= {c.surface for c in detect(text, use_model=False) if c.label == "PERSON"}


@pytest.mark.parametrize("text", [
    "IP: Kommunen har sagt nej. Og Kommunen er sådan, ikke.\n",
    "IP: Gud er god, siger de. Gud har en plan.\n",
    "IP: Jeg tog til Aarhus. Aarhus er stor, og Aarhus har alt.\n",
])
def test_words_capitalised_for_other_reasons_stay_unnamed(text: str) -> None:
    assert [c for c in detect(text, use_model=False) if c.label == "PERSON" and c.detector == "context"] == []
