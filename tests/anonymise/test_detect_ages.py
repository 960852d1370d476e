"""Danish age rules: each positive form is found with the right number, each look-alike is left alone."""

from __future__ import annotations

import pytest

from qcode.anonymise.candidates import AGE
from qcode.anonymise.detect import detect


def _ages(text: str) -> list[tuple[str, str]]:
    return [(c.surface, c.core) for c in detect(text, use_model=False) if c.label == AGE]


@pytest.mark.parametrize(
    ("sentence", "surface", "core"),
    [
        ("Jeg er 23 år og bor alene.", "23 år", "23"),
        ("Han er en 23-årig fyr fra byen.", "23-årig", "23"),
        ("Der kom så den 56-årige mand ind.", "56-årige", "56"),
        ("Jeg flyttede hjemmefra som 12-årig.", "12-årig", "12"),
        ("Hun er vist i midten af 20'erne.", "20'erne", "20"),
        ("Han er i midten af 20’erne nu.", "20’erne", "20"),
        ("Hun er en kvinde i 50'erne.", "50'erne", "50"),
        ("Jeg er i slutningen af 60'erne.", "60'erne", "60"),
        ("Det begyndte, da jeg var 25, og så gik det galt.", "25", "25"),
        ("Jeg har lige fyldt 50.", "50", "50"),
        ("Jeg er 34 år gammel.", "34 år", "34"),
        ("INTERVIEW MED KAREN, F. 1978", "F. 1978", "1978"),
        ("Hun er født i 1978 på Fyn.", "født i 1978", "1978"),
        ("Tak for snakken. (Line, 28 år)", "28 år", "28"),
        ("Line (28) fortæller om sin hverdag.", "28", "28"),
        ("Interviewperson: Palle, 46 år", "46 år", "46"),
        ("Navn: Palle\nAlder: 46\n", "46", "46"),
        ("Deltager: Uffe, mand, 51, hjemløs\n", "51", "51"),
        ("Tak for snakken. (Line, 28)", "28", "28"),
        ("Fødselsår: 1978\n", "1978", "1978"),
        ("Deltager: Uffe (51-årig mand), hjemløs", "51-årig", "51"),
        ("Det har jeg gjort siden jeg var 15-16 år.", "15-16 år", "15-16"),
        ("Altså, jeg fylder eller er 42 år nu, ikke.", "42 år", "42"),
        ("Men jeg er 54. Det er for sent.", "54", "54"),
        ("Og jeg var 52 på det tidspunkt, jeg bad om det.", "52", "52"),
        ("Da jeg blev 17 skiftede jeg over til et andet sted.", "17", "17"),
        ("Dengang var jeg 16 og helt vild.", "16", "16"),
        ("Jeg har små børn. En på 8 og en på 5 år.", "8", "8"),
        ("Min søn på 12 bor hos sin far.", "12", "12"),
        ("Jeg begyndte at drikke i 14-årsalderen.", "14-årsalderen", "14"),
        ("Hun døde i en alder af 54.", "54", "54"),
        ("Min datter er 5, og hun går i børnehave.", "5", "5"),
        ("Han er en mand på 45.", "45", "45"),
        ("Vi har børn på 3, 5 og 8 år.", "8 år", "8"),
        ("Jeg er født i '78.", "født i '78", "78"),
        ("Jeg rundede de 40 i sommer.", "40", "40"),
        ("Til min 50-års fødselsdag kom ingen.", "50-års fødselsdag", "50"),
        ("Det var, da jeg var 15 eller 16.", "16", "16"),
        ("Signes søn er 8 år, og ham savner jeg.", "8 år", "8"),
        ("Jeg er lige blevet 40.", "40", "40"),
        ("Vores datter, Freja, er 19 og læser.", "19", "19"),
        ("Hvis du spørger mig, så var jeg 15, da det startede.", "15", "15"),
        ("Jeg føler mig gammel, og jeg er 54.", "54", "54"),
        ("45-årige Palle fortæller om sin hverdag.", "45-årige", "45"),
        ("Vi har kendt hinanden, siden vi var 12.", "12", "12"),
        ("I: Hvor gammel er du?\nIP: 27. Jeg kom hertil som barn.", "27", "27"),
        # ages said in words
        ("Jeg er halvtreds år og bor alene.", "halvtreds år", "halvtreds"),
        ("Han er fyrre år gammel.", "fyrre år", "fyrre"),
        ("Hun er lige fyldt tres.", "tres", "tres"),
        ("Da jeg var fjorten, begyndte jeg at ryge.", "fjorten", "fjorten"),
        ("Jeg er toogtyve.", "toogtyve", "toogtyve"),
        ("Min søn er ni år.", "ni år", "ni"),
        ("Mettes drenge kommer tit. De er 11 og 13.", "13", "13"),
        ("Hun er lidt ældre, 31. Vi ser serier sammen.", "31", "31"),
        ("Og jeg er Jørn. Jørn Kjærgaard. 55. Og vi er kærester.", "55", "55"),
        ("Ingen vil ansætte en syrisk ingeniør på 51.", "51", "51"),
        ("Gittes piger er 8 og 11, så der sker noget.", "11", "11"),
        ("Han er kun i start 30’erne, og han har det svært.", "30’erne", "30"),
        ("Hun nåede at blive 69. Det var hjertet.", "69", "69"),
        ("Hun var 1 år, da jeg blev anholdt.", "1 år", "1"),
        # an introduction: name, then the age in the same breath
        ("Jeg hedder Torben og er 46 år.", "46 år", "46"),
        ("Hun hedder Amira Saleh, og hun er 30.", "30", "30"),
    ],
)
def test_age_is_found(sentence: str, surface: str, core: str) -> None:
    assert (surface, core) in _ages(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Det gjorde jeg for 5 år siden.",
        "Jeg har boet her i 23 år.",
        "Det er sket de sidste 20 år.",
        "Jeg har været hjemløs siden 92.",
        "Jeg røg på metadon i 92 eller 96.",
        "Det var engang sidst i 90’erne.",
        "Hvis jeg var 55, ville jeg nok have opgivet.",
        "Jeg har ingen børn under 18.",
        "Om torsdagen er det bare 18+.",
        "Det er for de 30-49-årige.",
        "Det var sådan til folk mellem 17 og 30.",
        "Jeg kan godt mærke, at jeg ikke er 22 mere.",
        "Jeg var 2 år på efterskole.",
        "Vi skal lave fra side 10-15 i dag.",
        "Jeg var 3 gange på kontoret.",
        "Det koster 50 kr om ugen.",
        "Klokken var 5 om morgenen, da han kom.",
        "Jeg var 1 af dem, der blev.",
        "Jeg føler mig som en på 80.",
        "Hvis jeg nu var 55, ville jeg gå på pension.",
        "Jeg har været clean i 2 år.",
        "Jeg var 5 år i fængsel.",
        "Jeg var 14 dage på hospitalet.",
        "Jeg var 20 minutter forsinket.",
        "Det var i 2008, og det regnede.",
        "Vi var fem til middagen.",
        "Jeg var to år på efterskole.",
        "Jeg er en mand, der ikke giver op.",
        "Jeg er fem minutter forsinket.",
        "Jeg har været ædru i tre år.",
        "Jeg var ti gange på hospitalet.",
        "Hvis jeg var tres, ville jeg gå på pension.",
        "Jeg vil gerne leve, til jeg er 80, så jeg kan se dem vokse op.",
        "Jeg skal til Berlin, inden jeg fylder 60.",
        "Vi er 5 og 6 personer på holdet.",
        "Det var Jens. 10 minutter senere kom han.",
        "Jeg bor i nummer 55.",
        "Det var sidst i 80’erne, og vi havde en lille lejlighed.",
        "Han er 4 år ældre end mig.",
        "Jeg hedder Torben og var 12 år i fængsel.",
    ],
)
def test_look_alike_is_not_an_age(sentence: str) -> None:
    assert _ages(sentence) == []
