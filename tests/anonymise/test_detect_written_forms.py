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


@pytest.mark.parametrize(("text", "handles"), [
    ("Hun mener, brugernavnet er mikz_8930. Hun har blokeret hans gamle profil mikkelsen_rds.",
     ["mikz_8930", "mikkelsen_rds"]),
    ("følg @line_k93 for opdateringer. Skriv til mads@gmail.com eller @nvbagerbanden.",
     ["@line_k93", "@nvbagerbanden"]),
    ('"Lou 💋 snap maloubabe02 ikke spørg om min alder". Snap: rene_gl81.', ["maloubabe02", "rene_gl81"]),
    ("Han streamer spil på Twitch under navnet Kazz0r.", ["Kazz0r"]),
])
def test_user_names_of_private_people(text: str, handles: list[str]) -> None:
    assert _found(text, "USERNAME") == handles


@pytest.mark.parametrize("text", ["Min profil er privat. Konto 4410. Han er på Twitch.",
                                  "Skriv til mads@gmail.com, så svarer jeg."])
def test_no_user_name_without_one(text: str) -> None:
    assert _found(text, "USERNAME") == []


def test_initials_a_case_file_gives_for_a_named_person() -> None:
    text = ("Sagsbehandler: Lene Kjeldsen Sørensen (LKS), tlf. 76 29 41 18.\n"
            "12.01.2022 Telefonnotat /LKS Mor ringer. Sagen er overgået til Marianne Jørgensen (MJØ), "
            "da LKS er fratrådt. /MJØ")
    assert [s for s in _found(text, "PERSON") if s.isupper()] == ["LKS", "LKS", "MJØ", "LKS", "MJØ"]


def test_comment_anchors_signed_by_a_named_person() -> None:
    text = ("Ikke indsat alle steder.[MH1] Dorthe blev sygemeldt.\n\n"
            "Kommentar [MH1]: Maria Hviid · 10. mar. 2024")
    assert _found(text, "PERSON") == ["MH", "Dorthe", "MH", "Maria Hviid"]


def test_initials_of_an_organisation_are_no_person() -> None:
    assert "DR" not in _found("Vi så det på Danmarks Radio (DR) i går.", "PERSON")


def test_the_organisation_in_a_display_name_and_a_birth_date_after_a_birthday() -> None:
    text = ("[10:18] Larsen, Bo (Hjemmeplejen Syd) deltog i mødet. Hun havde fødselsdag efter interviewet "
            "(18. januar 1974, står i samtykkeerklæringen).")
    assert _found(text, "ORG", "BIRTHDATE") == ["Hjemmeplejen Syd", "18. januar 1974"]


def test_apps_and_platforms_stay() -> None:
    text = "Han streamer på Twitch, og vi deler i Google Docs og Microsoft Teams. Vi mødtes på Bumble."
    assert [c for c in detect_full(text, use_model=True).candidates] == []


@pytest.mark.parametrize("text", [
    'Hasan: Tak. Inşallah det hjælper nogen. "Toogfyrre!" Hvad er det? Dzięki. Tak for snak.',
    "[Beskeder.]\n\nLør. 9. mar. 21.47 Nanna: er du hjemme??\n\nTirs. 12. mar. 23.58 Nanna: hallo",
    "Og så går jeg tur med Bobby, det er min hund, han er lille og sort.",
])
def test_interjections_numbers_weekdays_and_pets_are_no_names(text: str) -> None:
    assert [c.surface for c in detect_full(text, use_model=True).candidates if c.label == "PERSON"
            and c.surface not in ("Hasan", "Nanna")] == []


def test_a_dialect_word_capitalised_at_a_sentence_start_is_no_name() -> None:
    text = ("Taler 2: Ded ær ajle. Hanj ær goa. ded ær så, ded ær fint, og ded ær ded. "
            "hanj kommer, hanj går, hanj ringer, og hanj ær her.")
    found = {c.surface for c in detect_full(text, use_model=True).candidates}
    assert not {"Ded", "Hanj"} & found


def test_english_words_and_laughter_are_no_names_or_organisations() -> None:
    text = "Svar: Haha. She is maybe sixty. Nobody knows. Danish people say it wrong. haha"
    assert [c for c in detect_full(text, use_model=True).candidates if c.label != "AGE"] == []


def test_e_mail_header_keys_are_no_speakers() -> None:
    text = ("Fra: Lisbeth Holm <lisbeth.holm@gmail.com>\nSendt: 12. marts 2024 09:14\nTil: Maria Hviid\n"
            "Cc: Bjarne Thygesen\nEmne: Interview\n\nHej Maria")
    assert not {"Sendt", "Cc", "Emne", "Fra", "Til"} & set(_found(text, "PERSON"))


def test_public_mailboxes_newspapers_police_and_named_streets_stay() -> None:
    text = ("Kopi til Sydøstjyllands Politi (sjyl@politi.dk) og pension@udbetaling.dk. Hun så det på "
            "Vejle Amts Folkeblads hjemmeside. Opslaget hænger ved biblioteket, "
            "Willy Sørensens Plads nummer et.")
    assert [c.surface for c in detect_full(text, use_model=True).candidates] == []


def test_a_person_s_mailbox_at_a_public_domain_and_a_home_address_are_replaced() -> None:
    text = "Skriv til lene.kjeldsen@politi.dk. Jeg bor på Nørregade nummer syv, og Lars Jensens kone ringer."
    assert _found(text, "EMAIL", "ADDRESS", "PERSON") == ["lene.kjeldsen@politi.dk", "Nørregade nummer syv",
                                                          "Lars Jensens"]


def test_a_pet_s_age_in_dialect_and_a_medicine_are_no_identifiers() -> None:
    text = "Og så har ja Misse, katten. Hun ær sytten, gammel ligesom mæ. Sertralin, femogtyve milligram."
    assert [c.surface for c in detect_full(text, use_model=True).candidates] == []


def test_form_labels_are_no_names() -> None:
    text = "Barnets navn: Tobias Kruse Nygaard        CPR-nr.: 140306-3317\nTlf.: 28 91 44 07"
    assert _found(text, "PERSON") == ["Tobias Kruse Nygaard"]


def test_a_dialect_word_said_twice_in_lower_case_in_a_cased_transcript() -> None:
    text = ("R: Ja ja. Hwa ska a sæ. A hedder Jørgen Nissen. Jeg bor her.\n\n"
            "R: Han æ femogfyrre... nej, hwa sæ a, han æ seksogfyrre. Og hwa så?")
    assert "Hwa" not in {c.surface for c in detect_full(text, use_model=True).candidates}


def test_a_name_typed_in_lower_case_by_speech_to_text_is_still_found() -> None:
    text = ("SPEAKER_01: Danylo er ti, og Sofiia er sytten år.\n"
            "SPEAKER_00: hvad med danylo, hvordan har han det\n"
            "SPEAKER_01: danylo er glad. han spiller fodbold. danylos dansk er bedre end mit.")
    assert "Danylo" in {c.surface for c in detect_full(text, use_model=True).candidates}


def test_a_platform_as_the_first_part_of_a_compound_stays() -> None:
    text = "Han streamer på Twitch under navnet Kazz0r.\nHans TikTok-navn og Twitch-navn kan googles."
    assert [c.surface for c in detect_full(text, use_model=True).candidates] == ["Kazz0r"]


def _batch(tmp_path, texts: dict[str, str]) -> dict[str, str]:
    from qcode.anonymise.batch import anonymise_files, write_outputs

    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result, files = anonymise_files(sorted(tmp_path.glob("*.txt")), use_model=True)
    write_outputs(result, files, tmp_path / "out")
    return {name: (tmp_path / "out" / name).read_text(encoding="utf-8") for name in texts}


def test_initials_of_one_document_leave_a_time_of_another(tmp_path) -> None:
    out = _batch(tmp_path, {"a.txt": "Notat.[KL2] Det digitale fylder.\n\nKommentar [KL2]: Kristoffer Lund\n",
                            "b.txt": "Kl. 10.15 mødtes vi. Klokken var mange, kl. 11 gik vi.\n"})
    assert "KL" not in out["a.txt"] and "Kl. 10.15" in out["b.txt"] and "kl. 11" in out["b.txt"]


def test_a_possessive_after_a_transcribers_note_and_a_dialect_word_stay_in_every_file(tmp_path) -> None:
    out = _batch(tmp_path, {
        "a.txt": "Taler 2: Vi ær fem. Edel og Tage. [griner] Hans datter har også skizofreni. Ded ær så. "
                 "Og ded ær fint, og ded ær ded. Ded ær godt.\n",
        "b.txt": "R: Hans nye nummer har jeg ikke. Hans far døde i 2019.\n"})
    assert "Hans datter" in out["a.txt"] and "Og ded ær fint" in out["a.txt"]
    assert "Ded ær godt" in out["a.txt"]
    assert out["b.txt"] == "R: Hans nye nummer har jeg ikke. Hans far døde i 2019.\n"


def test_a_handle_after_a_comma_and_an_address_in_brackets() -> None:
    text = "Jeg fandt hans gamle profil, kasperthomsen_hb, med adresse i bio (Lystoftevej 8, 7500 Holstebro)."
    assert _found(text, "USERNAME", "ADDRESS", "POSTCODE") == ["kasperthomsen_hb", "Lystoftevej 8", "7500"]


def test_a_name_spelled_without_its_diacritics() -> None:
    text = "Hasan: Jeg hedder Hasan Yıldız. Med prik-løs i, Y-I-L-D-I-Z, danskerne skriver altid forkert."
    assert "Y-I-L-D-I-Z" in _found(text, "PERSON")


def test_a_team_the_model_takes_for_a_person_is_an_organisation(tmp_path) -> None:
    out = _batch(tmp_path, {
        "a.txt": "Hej Jasmin. Husk mødet i dag kl. 13. Vh Kasper, Team Bostøtte Øst, Randers Kommune\n",
        "b.txt": "R: Jeg har bostøtte to gange om ugen, og det hjælper.\n"})
    assert "Team Bostøtte Øst" not in out["a.txt"]
    assert out["b.txt"] == "R: Jeg har bostøtte to gange om ugen, og det hjælper.\n"
