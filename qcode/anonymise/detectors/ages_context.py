"""More places a person's age is given, as rules for ``ages`` (which applies its guards to them):

- a family word as the subject: "Mor blev kun 52", "barnebarnet er seks", "moren (51 år)", "sin alder (44)";
- an age at a moment of life: "han døde som 60 af kræft";
- after a title and a name: "hr. Yil mass, 78, han sidder …";
- a profile line: "Yasmin • 21 • Valby";
- a birthday wish: "stort tillykke med de 80!".
"""

from __future__ import annotations

import re

from qcode.anonymise.detectors.common import MONTH_NAMES, NAME_WORD
from qcode.anonymise.numbers import AGE_WORD

_NUM = rf"(?P<n>\d{{1,3}}|{AGE_WORD})"
_AGE = rf"(?P<age>{_NUM}(?:\s*år\b)?)(?![\d,.]\d)"
_ADVERB = (r"(?:(?:nu|kun|bare|lige|næsten|snart|allerede|omkring|cirka|ca\.|faktisk|jo|da|også|vel|nok|vist"
           r"|selv|ikke\s+mere\s+end)\s+)")
_FAMILY_WORDS = (
    "mor far moren faren moderen faderen mormor farmor morfar farfar mormoren farmoren morfaren farfaren "
    "sønnen datteren drengen pigen barnet babyen barnebarnet lillebroren lillesøsteren storebroren "
    "storesøsteren broren søsteren kæresten manden konen hustruen ægtefællen svigermor svigerfar onklen "
    "tanten fætteren kusinen nevøen niecen tvillingerne ungen knægten"
).split()
# case-sensitive but for the first letter ("Mor", "mor"): a (?i) pattern of fifty words tried at every
# position was the slowest age rule
_FAMILY = "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in sorted(_FAMILY_WORDS, key=len, reverse=True))
_COPULA = r"(?:er|var|blev|bliver|fylder|fyldte|runder|rundede)"
_CHILD_WORDS = ("søn sønnen datter datteren dreng drengen pige pigen barn barnet baby babyen tvillinger "
                "tvillingerne knægt knægten lillebror lillesøster storebror storesøster barnebarn drenge "
                "piger børn sønner døtre halvsøster halvbror halvsøskende søster bror").split()
_CHILD = "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in sorted(_CHILD_WORDS, key=len, reverse=True))

MORE_RULES: list[tuple[str, re.Pattern[str]]] = [
    # "Mor blev kun 52", "barnebarnet er seks"
    # also with initials in brackets, as case notes write them: "Mor (GM) er 66"
    ("family_subject", re.compile(
        rf"(?<![\w-])(?:{_FAMILY})(?:\s*\([A-ZÆØÅ.]{{1,5}}\))?(?:,?\s+(?:der|som))?\s+{_COPULA}\s+{_ADVERB}{{0,2}}"
        rf"{_AGE}")),
    # "moren (51 år)", "Mor (81)", "sin alder (44)"
    ("family_paren", re.compile(
        rf"(?<![\w-])(?:{_FAMILY}|[Aa]lder|[Aa]lderen)\s*\((?P<age>(?P<n>\d{{1,3}})(?:\s*år)?)\)")),
    # "han døde som 60 af kræft", "hun blev mor som 17"
    ("as_age", re.compile(
        r"(?i)\b(?:døde|død|blev\s+(?:mor|far|gift|enke|enkemand|skilt)|flyttede\s+hjemmefra|droppede\s+ud)"
        rf"\s+som\s+{_AGE}")),
    # "hr. Yil mass, 78, han sidder": an age set off after a title and a name
    ("titled", re.compile(
        r"(?i)\b(?:hr|fru|frk|fr)\.?\s+[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)?,\s*"
        r"(?P<age>(?P<n>\d{2}))(?=\s*[,.;)])")),
    # "Yasmin • 21 • Valby", "Mads | 34 | Aarhus": a dating or social-media profile line
    ("profile", re.compile(
        r"(?<![\w-])(?P<name>[A-ZÆØÅ][a-zæøå]+)\s*[•·|]\s*(?P<age>(?P<n>\d{2}))\s*(?:år\s*)?(?:[•·|]|$)",
        re.MULTILINE)),
    # "sin datter på elleve", "en søn på 3 år", "tvillingerne på 7": a child given with its age
    ("child_of_age", re.compile(
        rf"(?<![\w-])(?:{_CHILD})\s+på\s+{_AGE}(?!\s*(?:kilo|kg|gram|cm|meter|m2|kvm|værelser|sider|timer"
        r"|sekunder|minutter|kroner|kr\b|%|procent))")),
    # "hun æ otte måneder", "han er kun fem måneder gammel": a baby's age in months
    ("months_old", re.compile(
        rf"(?i)\b(?:han|hun|den\s+lille|lillebror|lillesøster|babyen)\s+(?:er|æ|ær|var|blev)\s+{_ADVERB}{{0,2}}"
        rf"(?P<age>(?P<n>\d{{1,2}}|{AGE_WORD}))(?=\s+måneder?(?:\s+gammel)?\s*(?:[.,;!?)]|og\b|$))")),
    # "og Najma, som er otte måneder", "Zlata er halvandet … ti måneder": a named baby's age in months
    ("name_months", re.compile(
        rf"(?<![\w-])(?P<name>{NAME_WORD}),?\s+(?:(?:som|der)\s+)?(?:er|var|æ)\s+{_ADVERB}{{0,2}}"
        rf"(?P<age>(?P<n>\d{{1,2}}|{AGE_WORD}))(?=\s+(?:måneder?|uger?)(?:\s+gammel)?\s*(?:[.,;!?)]|og\b|$))")),
    # "Inge, bor i Kjellerup og er 64.": an age after what the named person does
    ("name_then_age", re.compile(
        rf"(?<![\w-])(?P<name>{NAME_WORD}),?\s+(?:bor|boede|arbejder|arbejdede|går|gik|sidder|kommer|kom)\s+"
        rf"[^.,;!?\n]{{1,40}}?\s+og\s+(?:er|var)\s+(?:nu\s+|kun\s+)?(?P<age>(?P<n>\d{{2}}|{AGE_WORD}))"
        r"(?:\s*år)?(?=\s*[.,;!?)]|\s*$)")),
    # "niogfirs var han", "73 år blev hun": the age first, as Danish puts it for weight
    ("age_first", re.compile(
        rf"(?<![\w-])(?P<age>{_NUM}(?:\s*år)?)(?:\s+i\s+(?:{MONTH_NAMES}|sommer|vinter|foråret|efteråret))?"
        r"\s+(?:var|er|blev)\s+(?:han|hun|hanj|ho)\b(?!\s+(?:gange|dage|uger|timer))")),
    # "hun er frivillig, 79 år og skrap": an age set off after what someone is
    ("described_then_age", re.compile(
        rf"\b(?:[Hh]an|[Hh]un)\s+(?:er|var)\s+[^,.\n]{{1,25}},\s+(?:sådan\s+|cirka\s+|ca\.\s*|omkring\s+)?"
        rf"(?P<age>(?P<n>\d{{2}}|{AGE_WORD})\s+år)\b"
        r"(?!\s+(?:siden|efter|før|senere|tilbage|i\b|ad\b))")),
    # "KL (beboer, 51)", "Sanne (mor, 34 år)": a note of who someone is and how old, in case notes
    ("noted", re.compile(
        rf"(?<![\w-])(?P<name>{NAME_WORD}|[A-ZÆØÅ]{{2,3}})[ \t]*\([a-zæøå]+(?:[ \t][a-zæøå]+)?,[ \t]*"
        r"(?P<age>(?P<n>\d{1,3})(?:[ \t]*år)?)\)")),
    # "Han døde i 2011, knap fyrre.", "han døde i 1999. Seksogtres år.": the age at death said after it
    ("died_at", re.compile(
        rf"\b(?:døde|død)\b[^.!?\n]{{0,30}}?(?:,[ \t]*(?:(?:kun|knap|næsten|bare|godt)[ \t]+)?"
        rf"|\.[ \t]+(?=\S+[ \t]+år\b))"
        rf"(?P<age>(?P<n>\d{{2,3}}|(?i:{AGE_WORD}))(?:[ \t]*år\b)?)(?=[ \t]*[.!?;]|[ \t]*$)", re.MULTILINE)),
    # "de er begge 17", "Nu er de sytten, begge to", "De var tre år, de to små": one age of two people
    ("both", re.compile(rf"\b(?:[Dd]e|[Vv]i)\s+(?:er|var)\s+(?:nu\s+)?begge(?:\s+to)?\s+{_AGE}")),
    ("both", re.compile(rf"\b(?:er|var)\s+(?:de|vi)\s+(?P<age>{_NUM}(?:\s*år)?),\s+begge(?:\s+to)?\b")),
    ("both", re.compile(rf"\b(?:[Dd]e|[Vv]i)\s+(?:er|var)\s+(?P<age>{_NUM}\s*år),\s+(?:de|begge)\s+to\b")),
    # "min 50-års fødselsdag"
    # "min søns ti-års fødselsdag"
    ("birthday", re.compile(rf"(?P<age>(?P<n>\d{{1,3}}|{AGE_WORD})[- ]?års[- ]?(?:fødselsdag|dag)\b)")),
    # "Jytte, som med sine 87 år er den ældste": an age one has (not "sine 20 år på fabrikken")
    ("with_years", re.compile(
        # also compared: "fremstår ældre end sine 52 år"
        r"\b(?:med|end)\s+(?:sine|mine|dine|hans|hendes)\s+(?P<age>(?P<n>\d{1,3})\s*år)\b"
        r"(?!\s+(?:på|i|hos|ved|som|til|med|bag)\b)")),
    ("both", re.compile(rf"\b[Bb]egge(?:\s+to)?\s+(?:er|var)\s+{_AGE}")),
    # "to børn (6 og 9 år)", "Søn (17) bor fortsat hjemme": children with their ages in brackets
    ("children_paren", re.compile(
        r"(?<![\w-])(?:[Bb]ørn|[Dd]renge|[Pp]iger|[Ss]ønner|[Dd]øtre|[Tt]villinger|[Bb]ørnebørn|[Ss]øn|[Dd]atter)"
        r"\s*\((?P<age>(?P<n>\d{1,2}))(?=(?:\s*(?:,|og)\s*\d{1,2})*(?:\s*år)?\))")),
    # "Cecilie, nu 35, bor i Horsens", "Mads, pt. 17 år, som går i 2.g": a name with its age now
    ("name_now", re.compile(
        rf"(?<![\w-])(?P<name>{NAME_WORD}),\s*(?:nu|pt\.|p\.t\.)\s*(?P<age>(?P<n>\d{{1,3}})(?:\s*år)?)(?=\s*[,.;)])")),
    # "Hun var kun et år, da …", "til hun var et halvt år": a baby's age in words, closing the clause
    ("baby_year", re.compile(
        rf"(?<![\w-])(?:[Hh]an|[Hh]un|{NAME_WORD})\s+var\s+(?:kun\s+|bare\s+|lige\s+)?"
        r"(?P<age>(?P<n>et)(?:\s+halvt)?\s+år)(?=\s*[,.;!?])")),
    # "Jeg er på 15", "han er på 16.": the young's way of saying an age
    ("on_age", re.compile(
        rf"\b(?:[Jj]eg|[Hh]an|[Hh]un|[Dd]u)\s+er\s+(?:kun\s+|lige\s+)?på\s+(?P<age>(?P<n>\d{{1,2}}|{AGE_WORD}))"
        r"(?=\s*[.,;!?]|\s+(?:år|og|nu)\b)")),
    # "Så Ayaan, 22, hun læser på …": a name, its age, and the name taken up
    ("name_age_pronoun", re.compile(
        rf"(?<![\w-])(?P<name>{NAME_WORD}),\s*(?P<age>(?P<n>\d{{1,2}})),\s+(?:hun|han|som|der)\b")),
    # "stort tillykke med de 80!", "tillykke med dine 40 år"
    ("birthday_wish", re.compile(rf"(?i)\btillykke\s+med\s+(?:de|dine|sine|hans|hendes)\s+{_AGE}")),
]
MORE_GUARDED = frozenset({"family_subject", "as_age", "child_of_age", "died_at", "both", "on_age"})
NAMED = frozenset({"profile", "name_months", "name_then_age", "noted", "name_now", "name_age_pronoun"})
