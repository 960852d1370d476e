"""Danish age expressions: "23 år", "23-årig", "den 56-årige", "da jeg var 25", "fyldt 50", "F. 1978" ….

Only a person's own age is taken. Durations ("for 5 år siden", "i 23 år", "de sidste 20 år", "jeg var
2 år på efterskole"), years ("siden 92"), hypothetical ages ("hvis jeg var 55"), thresholds and groups
("under 18", "18+", "de 30-49-årige", "mellem 17 og 30") are left alone: every rule needs a clue that
a person *is* that age (a singular subject with a copula, "gammel", "-årig", a name beside it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from qcode.anonymise.candidates import AGE, Candidate
from qcode.anonymise.detectors.ages_births import BIRTH_RULES, BORN_AFTER_AGE, BORN_MORE, CHILD_MORE
from qcode.anonymise.detectors.ages_context import MORE_GUARDED, MORE_RULES, NAMED
from qcode.anonymise.detectors.ages_notes import compared_to_an_age
from qcode.anonymise.detectors.common import MONTH_NAMES, NAME_WORD
from qcode.anonymise.detectors.public import PET_NOUNS, pet_names
from qcode.anonymise.lexicon import is_first_name, is_word
from qcode.anonymise.numbers import AGE_WORD, number_value

DETECTOR = "ages"

# digits, or a number word after a copula ("jeg er halvtreds", "fyldt tres", "fyrre år gammel")
_NUM = rf"(?P<n>\d{{1,3}}|{AGE_WORD})(?:\s*[-–]\s*\d{{1,3}})?"
_AGE = rf"(?P<age>{_NUM}(?:\s*år\b)?)(?![\d,.]\d)"
# also the subject case notes write for the citizen: "da borger var seks"
_PRONOUN = (r"(?:jeg|du|han|hun|Jeg|Du|Han|Hun"
            r"|[Bb]orger(?:en)?|[Kk]lienten|[Pp]atienten|[Bb]eboeren|[Aa]nsøgeren)")
_RELATIVE = (
    r"(?:min|mit|mine|din|dit|hans|hendes|vores|deres|sin|sit|[Mm]in|[Hh]ans|[Hh]endes"
    r"|[A-ZÆØÅ][a-zæøå]+s)\s+"
    r"(?:søn|datter|dreng|pige|barn|bror|søster|lillebror|lillesøster|storebror|storesøster|mor|far"
    r"|kæreste|mand|kone|eks|ven|veninde|niece|nevø|barnebarn|yngste|ældste|lille)"
)
# with the forms dialect transcripts write: "hun wa' kun 74", "siden hun war fem"
_COPULA = (r"(?:er|var|ER|VAR|wa['’]|wa\b|va['’]|blev|bløw|bliver|blevet|blive|været|må\s+være|fylder|fyldte"
           r"|fyldt"
           r"|runder|rundede"
           r"|rundet)")
_ADVERB = (
    r"(?:(?:nu|kun|bare|lige|næsten|snart|allerede|omkring|cirka|ca\.|godt|faktisk|jo|da|også|vel|sgu|nok"
    r"|altså|sådan|knap|stadig|stadigvæk|en|de|selv|sjæl|vist|ligesom|måske|omtrent|ikke\s+mere\s+end)\s+)"
)
_UNITS = (
    r"%|procent|kr\b|kroner|timer|time\b|gange|minutter|kilo|kg\b|uger|dage|måneder|sider|point|meter|km\b"
    r"|mennesker|personer|stk|grader|cm\b|m2|tusind|millioner|mio|børn|styk|øl|flasker|cigaretter|ud af"
    r"|af\s+(?:dem|os|de)|i\s+(?:klassen|alt|familien)|dage|sekunder|kvarter|-tallet"
)
# After "N år" these mean a stretch of time, not an age: "jeg var 2 år på efterskole".
_DURATION_AFTER = re.compile(
    r"\s+(?:på|hos|ved|med|til|om|inde|ude|væk|der|derude|hjemme|siden|senere|efter|før|tidligere)\b"
    # "i" too, but not before a month: "jeg blev femten år i maj 1971" says when the age was reached
    rf"|\s+i\b(?!\s+(?:{MONTH_NAMES})\b)"
)
_NOT_AFTER = re.compile(
    rf"\s*(?:{_UNITS})|\s+(?:år\s+)?siden\b(?!\s+sidst)|\s+mere\b|\s*\+|\s*['’]?erne|\s+(?:ældre|yngre)\b")
# also what would have been: "Han ville have været tooghalvfjerds nu"
_HYPOTHETICAL = re.compile(
    r"\b(?:hvis|som om|når man|forestil|tænk hvis|gad vide|ville\s+ha(?:ve|['’])?)\b", re.I)
# "leve, til jeg er 80", "inden jeg fylder 60", "når jeg bliver 70": an age still to come
# also of a child by name ("Når Alfred bliver fem, ska han …"), and anyone's ("da man fylder 18")
_FUTURE = re.compile(
    r"\b(?i:til|indtil|inden|før|når)\s+(?:(?i:jeg|a|du|han|hun|vi|de)|[A-ZÆØÅ][a-zæøå]+)\s+(?:\w+\s+){0,2}?"
    r"(?i:er|bliver|bløw|fylder|runder|når\s+at\s+blive)\s+(?:\w+\s+){0,2}?$"
    r"|\b(?i:man)\s+(?:\w+\s+)?(?i:er|bliver|fylder|runder|fyldte|skal\s+være|må\s+være)\s+(?:\w+\s+)?$")
# "jeg føler mig som en på 80", "jeg ligner en på 60": a feeling, not an age
_FIGURATIVE = re.compile(
    r"\b(?:føler|følte|følt)\s+(?:mig|sig|dig)\b|\bligner\b|\bsom\s+(?:en|et)(?:\s+\w+)?\s+på\s*$"
)
_SENTENCE_LIKE = re.compile(r"\?|\b(?:jeg|du|det|der|har|var|er)\b")
_SENTENCE_BREAK = re.compile(r"[.!?\n]")
# also a claim corrected: 'hun er "kun 16, men næsten 17"'
# also "treoghalvfjerds, måske fireoghalvfjerds", "seks – seks år og tre måneder" and another person's age
# said the same way: "Jeg var sytten og han 22"
_AND_MORE = re.compile(
    r"(?:\s*,\s*(?:(?:men\s+)?(?:næsten|måske|eller|nej)\s+)?|\s+og\s+|\s+eller\s+|\s*[–—]\s*"
    r"|,?\s+og\s+(?:jeg|han|hun|[A-ZÆØÅ][a-zæøå]+)\s+)"
    rf"(?!(?:en|et|én|ét|to)\b)(?P<age>(?P<n>\d{{1,2}}|{AGE_WORD})(?:\s*år\b)?)(?![\d,.]\d)")

_RULES: list[tuple[str, re.Pattern[str]]] = [
    # "34 år gammel", "15-16 år gamle"
    ("gammel", re.compile(rf"(?<![\d,.])(?P<age>{_NUM}\s*år)\s+gam(?:mel|le)\b")),
    # "jeg er 42 år", "da jeg var 25", "jeg fylder eller er 42 år nu"
    ("subject", re.compile(
        # also quoted as someone's claim: 'hun er "næsten 12"'
        # also three adverbs: "han var kun sådan knap 30"
        rf"\b{_PRONOUN}\s+(?:(?!ikke\b)[a-zæøå]+\s+){{0,2}}?{_COPULA}\s+[\"“„»]?{_ADVERB}{{0,3}}{_AGE}")),
    # "Jeg hedder Palle og er 46 år", "hun hedder Sara Holm, og hun er 30": an introduction's age
    ("introduced", re.compile(
        rf"\b(?:{_PRONOUN}|(?:[Mm]in|[Mm]it|[Hh]ans|[Hh]endes|[Vv]ores)\s+[a-zæøå]+)\s+(?:hedder|hed)\s+{NAME_WORD}(?:\s+{NAME_WORD}){{0,2}},?\s+og\s+(?:{_PRONOUN}\s+)?"
        rf"{_COPULA}\s+{_ADVERB}{{0,2}}{_AGE}")),
    # "min datter er 5", "hans søn var 3 år"
    # also taken up by "der": "det er hans søn, der er sytten"
    ("relative", re.compile(rf"\b{_RELATIVE}(?:\s*,\s*(?:der|som))?\s+{_COPULA}\s+{_ADVERB}{{0,2}}{_AGE}")),
    # "ham der er sytten", "hende, som var fjorten"
    ("pronoun_relative", re.compile(
        rf"\b(?:ham|hende)\s*,?\s*(?:der|som)\s+{_COPULA}\s+{_ADVERB}{{0,2}}{_AGE}")),
    # "Freja æ enogtyve": a name with the dialect's "æ" (is)
    ("name_dialect", re.compile(rf"(?<![\w])(?P<name>{NAME_WORD})\s+(?:æ|ær)\s+{_ADVERB}{{0,2}}{_AGE}")),
    # "Line er 28", "Palle blev 50 år"
    # also with a bracket between: "Mathias (f. 1996) er 27"
    ("name_subject", re.compile(
        # or a relation set off: "Og Morten, vores søn, er 60"
        rf"(?<![\w])(?P<name>{NAME_WORD})(?:\s*\([^()\n]{{1,20}}\)|,\s*(?:min|mit|vores|hans|hendes|deres)\s+[a-zæøå]+,)?"
        rf",?\s+{_COPULA}\s+{_ADVERB}{{0,2}}{_AGE}")),
    # "en søn, Malthe, der er fjorten": a name taken up by a relative clause
    ("name_relative", re.compile(
        rf"(?<![\w])(?P<name>{NAME_WORD}),?\s*(?:der|som)\s+(?:selv\s+|nu\s+|også\s+)?{_COPULA}\s+{_ADVERB}{{0,2}}"
        rf"{_AGE}")),
    # "Ida og Emma, de er ni": two names taken up by "de"
    ("names_plural", re.compile(
        rf"(?<![\w])(?P<name>{NAME_WORD})\s+og\s+(?P<name2>{NAME_WORD}),?\s+(?:de|der|som)\s+{_COPULA}\s+"
        rf"{_ADVERB}{{0,2}}{_AGE}")),
    # "A er treogfirs", "han æ femogfyrre": the Jutland "a" (I) and "æ" (is) of dialect transcripts
    ("dialect", re.compile(
        rf"(?<![\w'’])(?:[Aa]|[Jj]eg|[Hh]an|[Hh]anj|[Hh]un|[Hh]o|[Dd]u)\s+(?:æ|ær|e['’]|war)\s+{_ADVERB}{{0,2}}{_AGE}")),
    ("dialect", re.compile(rf"(?<![\w'’])[Aa]\s+{_COPULA}\s+{_ADVERB}{{0,2}}{_AGE}")),
    # Bornholm: "han e toogtyve nu", "hon ble enogfirs", "Så va ja fjorten år" ("ja" = jeg, "e" = er)
    ("dialect", re.compile(rf"(?<![\w'’])(?:[Hh]an|[Hh]on|[Hh]un)\s+(?:e|ble)\s+{_ADVERB}{{0,2}}{_AGE}")),
    ("dialect", re.compile(rf"\b(?:va|ble)\s+(?:ja|han|hon)\s+{_ADVERB}{{0,2}}{_AGE}")),
    # "en ung fyr, 26 år", "en kvinde i slutningen af livet, 81 år": an age in apposition to a person noun
    ("apposition", re.compile(
        r"\b(?:en|et)\s+(?:[a-zæøå]+\s+){0,2}(?P<prev>[a-zæøå]+),\s*(?P<age>(?P<n>\d{1,3})\s*år)\b")),
    # "De er 11 og 13", "vi var 7, 9 og 12": ages listed for several people (the rest via _continued)
    ("plural_listed", re.compile(
        rf"\b(?:[Dd]e(?:\s+andre|\s+to|\s+begge)?|[Vv]i|[Bb]ørnene|[Dd]rengene|[Pp]igerne|(?:\w+s|min|mine|hans|hendes|vores|deres|[Mm]ine)"
        rf"\s+(?:børn|piger|drenge|unger|sønner|døtre|tvillinger|børnebørn))\s+{_COPULA}\s+{_ADVERB}{{0,2}}"
        rf"(?P<age>(?P<n>\d{{1,2}}))(?=(?:\s*,\s*\d{{1,2}})*\s+og\s+\d{{1,2}}(?:\s*år)?(?:\s*[.,!?)]|\s*$))")),
    # "Hun er lidt ældre, 31.": an age in apposition to a comparison of ages
    ("comparative", re.compile(
        # also against someone: "hun var lidt yngre end mig, knap 80."
        rf"\b(?:ældre|yngre|gammel|ung|ældst|yngst|ældste|yngste)(?:\s+end\s+\w+)?\s*,"
        rf"\s*(?:(?:måske|vel|cirka|omkring|knap|næsten|godt|altså)\s+)?"
        rf"(?P<age>(?P<n>\d{{1,2}}|{AGE_WORD})(?:\s*år\b)?)(?=\s*[.,!?)]|\s*$)")),
    # "Og jeg er Jørn. Jørn Kjærgaard. 55.": a bare age right after a person's (full) name
    ("name_number", re.compile(
        rf"(?<![\w])(?P<name>{NAME_WORD})(?:[ ]{NAME_WORD})?[.,][ \t]+"
        # not a date or a case number: "med Alma.\n\n08.03.2024 kl. 14:30", "Sagsnr. 27.24.00"
        # or in words, of a grown-up: "Lars-Erik Winther, femogfyrre."
        rf"(?P<age>(?P<n>\d{{2}}|{AGE_WORD})(?:\s*år\b)?)(?![.,:]\d)(?=\s*[.,!?)]|\s*$)")),
    # "siden vi var 12", "da de var små … da de var 5": a time clause with a plural subject
    ("when_plural", re.compile(
        rf"\b(?:da|siden|dengang|fra|indtil|til|når)\s+(?:vi|de)\s+var\s+{_ADVERB}{{0,2}}{_AGE}")),
    # "Hvor gammel er du?" answered on the next turn: "IP: 27."
    ("asked", re.compile(
        r"[Hh]vor gammel\b[^\n]*\n(?:[ \t]*\r?\n)*(?:[^\n:]{0,40}(?::[ \t]*|\r?\n))?"
        r"(?:(?:øh|øhm|jamen|altså|ja|jeg er|jeg bliver|nu)[, ]+){0,3}"
        # a word first, in dialect or another language: "Fiireghalvtrejs. Fireoghalvtreds, om du vil."
        r"(?:[^\W\d_]{3,20}[.!]\s+)?"
        rf"(?P<age>(?P<n>\d{{1,3}}|(?i:{AGE_WORD}))(?:\s*år\b)?)(?![\d,.]\d)")),
    # "dengang var jeg 16"
    ("inverted", re.compile(rf"\b{_COPULA}\s+(?:jeg|du|han|hun)\s+{_ADVERB}{{0,2}}{_AGE}")),
    # "fyldt 50", "fylder 40 til sommer", "rundede de 40"
    ("fyldt", re.compile(rf"\b(?:fyldt|fyldte|fylder|fylde|runder|rundede)\s+{_ADVERB}{{0,2}}{_AGE}", re.I)),
    # "23-årig", "som 12-årig", "51 årig"
    ("aarig", re.compile(r"(?<![\d–-])(?P<age>(?P<n>\d{1,3})[-‐ ]?årig)(?![\wæøå])")),
    # "den 56-årige", "min 12-årige søn" (not "de 30-årige")
    ("aarige", re.compile(
        r"\b(?:den|min|mit|sin|sit|hans|hendes|din|dit|vores|jeres|deres|Den|Min|Hans|Hendes)\s+"
        # one word between too: "den bedste 12-årige på holdet", "min nu 15-årige søn"
        r"(?:(?!de\b)[a-zæøå]+\s+)?(?P<age>(?P<n>\d{1,3})[-‐ ]?årige)\b")),
    # "45-årige Palle fortæller"
    ("aarige_name", re.compile(rf"(?<![\d–-])(?P<age>(?P<n>\d{{1,3}})[-‐ ]?årige)\s+(?P<name>{NAME_WORD})")),
    # "i 14-årsalderen", "i 17-18 års alderen", "i en alder af 14"
    ("alder", re.compile(
        r"(?P<age>(?P<n>\d{1,3})(?:\s*[-–]\s*\d{1,3})?[- ]?års[- ]?alderen)"
        rf"|\balder(?:en)?\s+(?:af|på)\s+(?P<age2>(?P<n2>\d{{1,3}}|{AGE_WORD})(?:\s*år\b)?)", re.I)),
    # "i midten af 20'erne", "i sine 40'ere", "hun er i tyverne"
    ("decade", re.compile(
        r"\b(?:i\s+(?:midten|starten|slutningen|begyndelsen)\s+af|(?:i\s+)?(?:start|slut|midt)(?:\s+i)?"
        r"|sidst\s+i|først\s+i|i)\s+"
        r"(?:(?P<poss>mine|sine|hans|hendes|dine|vores|deres)\s+)?"
        r"(?P<age>(?P<n>[1-9]0)\s?['’´]?\s?(?:erne|ere)|(?P<word>tyverne|trediverne|fyrrerne|halvtredserne"
        r"|tresserne|halvfjerdserne|firserne|halvfemserne))", re.I)),
    *BIRTH_RULES,
    # header metadata "Alder: 46", "Alder ved interview: 46", "Fødselsår: 1978", "Født: 1978"; also as the
    # second field of a line ("Født: 6/4-77    Alder ved interview: 46")
    ("meta", re.compile(
        r"(?im)(?:^|(?<=[ \t]{2})|(?<=\t))[ \t]*"
        r"(?:(?:\w+s[ \t]+)?alder(?:[ \t]+(?:ved|på|i|under)[ \t]+\w+|[ \t]*\(år\))?"
        r"|fødselsår|født|årgang|age)"
        r"[ \t]*:[ \t]*(?P<age>(?P<n>\d{1,4})(?:\s*år\b)?)")),
    # "Deltager: Uffe, mand, 51", "Informant: Line (28)": a bare number in the interviewee's header line
    ("header_value", re.compile(
        r"(?im)(?:^|(?<=\.[ \t]))[ \t\ufeff]*(?:interviewperson|interviewede|informant|deltager|respondent)"
        r"(?:[ \t]*:|[ \t]+(?=[A-ZÆØÅ]))"
        r"[^\n]*?[,(][ \t]*(?P<age>(?P<n>\d{1,3})(?:\s*år\b)?)(?![\d.,:]\d|\s*(?:kr|%|børn))")),
    # "Ingeborg Nørgaard, f. 9. marts 1929 i Sir sogn, 95 år": the age closing a header line with a birth
    ("header_tail", re.compile(
        r"(?im)^[^\n]*(?:\bf\.|\bfødt\b)[^\n]*,[ \t]*(?P<age>(?P<n>\d{1,3})[ \t]*år)[ \t]*\r?$")),
    # "IP: Jens Kristian Nørskov, landmand (pens.), 71 år": a header line of a person closing with the age
    ("header_line", re.compile(
        r"(?m)^[ \t\ufeff]*[^\n:]{1,30}:[ \t]*[A-ZÆØÅ][^\n]*,[ \t]*"
        r"(?P<age>(?P<n>\d{1,3})[ \t]*år)[ \t]*\r?$")),
    # "(Line, 28)"
    ("closing", re.compile(rf"\((?P<name>{NAME_WORD}),\s*(?P<age>(?P<n>\d{{1,3}})(?:\s*år)?)\)")),
    # "Palle, 46 år", "(Line, 28 år)"
    # also with a nickname between or "nu": 'Kenneth ("Kenny"), 39 år', "al-Hassan, nu 58 år"
    ("name_comma", re.compile(
        rf"(?P<name>{NAME_WORD})(?:\s*\([^()\n]{{1,30}}\))?,\s*(?:nu\s+|ca\.\s*|cirka\s+)?"
        rf"(?P<age>(?P<n>\d{{1,3}})\s*år)\b")),
    # "Line (28)"
    # also "Faadumo (knap 50)", "Zlata (1½)"
    # and a baby's months: "Noah (11 mdr.)"
    # and quoted: 'Hovedinformant: "Mikki" (44)'
    ("name_paren", re.compile(rf"(?P<name>{NAME_WORD})[\"”]?\s+\((?:knap|ca\.|cirka|næsten|godt|omkring)?\s*"
                              rf"(?P<age>(?P<n>\d{{1,3}})½?(?:\s*(?:år|mdr\.?|måneder))?"
                              rf"|(?P<n2>{AGE_WORD})\s+(?:måneder|uger|år))\)")),
    # "Min aabo er 80", "hendes hooyo var 62": a family word of another language, which no list knows
    ("foreign_kin", re.compile(
        rf"\b(?:[Mm]in|[Mm]it|[Hh]ans|[Hh]endes|[Dd]in|[Vv]ores|[Dd]eres)\s+(?P<kin>[a-zæøå]{{3,}})\s+"
        rf"(?:er|var|blev)\s+{_ADVERB}{{0,2}}{_AGE}")),
    # "to drenge, Villads på seks og Storm på to": a name with its age in words
    ("child_word", re.compile(
        rf"(?<![\w-])(?P<prev>{NAME_WORD}),?[ \t]+på[ \t]+(?P<age>(?P<word>{AGE_WORD}|to))"
        r"(?=\s*(?:[,.;!?)]|og\b|$))")),
    # "en på 8 og en på 5 år", "min søn på 12", "en mand på 45", "børn på 3 og 5 år", "Kenneth, på 38"
    ("child", re.compile(
        rf"(?<![\w-])(?P<prev>[\w-]+),?[ \t]+på[ \t]+"
        # "en lille fyr på syv.": a number word too, closing the clause
        rf"(?P<age>(?P<n>\d{{1,2}})(?:\s*år\b)?|(?P<word>{AGE_WORD})(?:\s*år\b|(?=\s*[.;!?)])))(?![\d,.]\d)")),
]
# Who can be "på 8": "en på 8", "min søn på 12", "en mand på 45", "børn på 3 og 5 år", "Palle på 46".
_PERSON_NOUNS = frozenset(
    """en et én ét ham hende barn barnet søn sønnen datter datteren dreng drengen pige pigen baby knægt tøs
    lillebror lillesøster storebror storesøster mand kvinde fyr dame børn drenge piger unger tvillinger
    bror søster far mor morfar mormor farfar farmor onkel tante fætter kusine nevø niece barnebarn
    kæreste kone ven veninde kammerat nabo kollega person menneske herre gut teenager
    ingeniør læge sygeplejerske pædagog lærer håndværker tømrer murer chauffør pensionist
    førtidspensionist alkoholiker misbruger narkoman hjemløs enlig""".split()
)
# Rules whose number could also be a count, a clock time or a duration: guard them.
_GUARDED = frozenset(
    {"subject", "introduced", "relative", "name_subject", "inverted", "fyldt", "child", "when_plural",
     "asked", "plural_listed", "comparative", "name_number", "name_relative", "names_plural", "dialect",
     "pronoun_relative", "name_dialect",
     "apposition", "foreign_kin", "child_word"}
) | MORE_GUARDED
_RULES += MORE_RULES
# "da jeg var fire- fireogtyve": an age broken off and said again in full
_RESTART = re.compile(rf"-[ \t]+(?P<age>(?P<n>{AGE_WORD})(?:\s*år\b)?)")


def _clause_before(text: str, pos: int) -> str:
    """The text of the current sentence before ``pos`` (at most 60 characters)."""
    window = text[max(0, pos - 60) : pos]
    return _SENTENCE_BREAK.split(window)[-1]


# "min kat misse, hun er 14 år", "Katten, altså. Hun er fjorten": a pet's age, not a person's
_PET_NOUN = re.compile(rf"(?i)\b(?:{PET_NOUNS})\b")
_WORD = re.compile(r"[^\W\d_]+")
_ARTICLES = frozenset({"en", "et", "én", "ét"})


def _pet_age(text: str, m: re.Match[str]) -> bool:
    """The subject pronoun of an age points back to a pet named just before, with no person between:
    at most three words from the pet noun to "hun"/"han"/"den", and no person noun before the pet in its
    sentence ("Min datter elsker sin kat. Hun er 12" keeps the daughter's age)."""
    if not re.match(r"(?i)(?:han|hanj|hun|den)\b", m.group(0)):
        return False
    pets = list(_PET_NOUN.finditer(text, max(0, m.start() - 60), m.start()))
    pet = pets[-1] if pets else None
    if pet is None or len(_WORD.findall(text, pet.end(), m.start())) > 3:
        return False
    before = _clause_before(text, pet.start())
    # the articles among the person nouns ("en på 8") say nothing here: "En gammel gravhund."
    return not any(w.casefold() in _PERSON_NOUNS - _ARTICLES for w in _WORD.findall(before))


def _accept(rule: str, m: re.Match[str], text: str, is_name: Callable[[str], bool]) -> bool:
    """Whether a rule's match is a person's age (the rule-specific guards)."""
    groups = m.groupdict()
    if rule in ("subject", "dialect") and _pet_age(text, m):
        return False
    if _FUTURE.search(text, max(0, m.start("age") - 40), m.start("age")):
        return False  # an age still to come is no age the person has
    if rule == "aarig" and compared_to_an_age(text, m.start("age")):
        return False
    if rule == "alder" and groups.get("age2"):
        return True
    if rule in _GUARDED:
        if rule != "asked" and "\n\n" in text[m.start():m.start("age")]:
            return False  # "hvem du er" + a subtitle's cue number on the next block is no age
        after = text[m.end("age") : m.end("age") + 24]
        # "en dreng på syv uger": a baby's age in weeks or months
        baby = rule == "child_of_age" and re.match(r"\s*(?:uger|måneder|dage)\b", after) is not None
        if _NOT_AFTER.match(after) and not baby:
            return False
        if m.group("age").rstrip().endswith("år") and _DURATION_AFTER.match(after) and rule != "child":
            return False
        # "hvis jeg var 55": hypothetical, but not "Hvis du spørger mig, så var jeg 15"
        piece = _clause_before(text, m.start("age")).rsplit(",", 1)[-1]
        if _HYPOTHETICAL.search(piece) or _FIGURATIVE.search(piece):
            return False
        n = number_value(groups.get("n") or groups.get("word") or "") or 0
        # "jeg var 1 af dem", "jeg er 2 gange": a bare small number is rarely an age ("1 år" is)
        if n > 110 or (n < 2 and not m.group("age").rstrip().endswith(("år", "halvandet"))):
            return False
    if rule == "decade":
        n = int(m.group("n")) if m.group("n") else 0
        word = (m.group("word") or "").lower()
        young = n in (20, 30, 40) or word in ("tyverne", "trediverne", "fyrrerne")
        # "sidst i 90'erne" is a date; a possessive or "er i" makes any decade an age
        # "han er i 60'erne", "en kvinde i 50'erne"
        before = _clause_before(text, m.start())
        # "Han må være først i 50'erne nu"
        copula = re.search(r"\b(?:er|var|blev|bliver|være|mand|kvinde|fyr|dame|person|herre)"
                           r"(?:\s+(?:kun|nok|vel|nu|lige|godt|vist|allerede|stadig|snart|næsten|også|jo))*\s*$",
                           before) is not None
        # "Det var sidst i 80'erne", "Der var i 90'erne": a time, not somebody's age
        if copula and re.search(r"\b(?:det|der|dét|dengang|da)\s+(?:er|var|blev|bliver)\b", before, re.I):
            copula = False
        return bool(m.group("poss")) or copula or young
    if rule in ("name_comma", "name_paren", "name_subject", "aarige_name", "closing", "name_number",
                "name_relative", "name_dialect"):
        if rule == "name_number" and not m.group("n").isdigit() and (number_value(m.group("n")) or 0) < 18:
            return False  # "Peter, fem.": a small number in words after a name is as likely a count
        # "hunden, Tasso … Og Tasso er tretten år": an animal's age
        return is_name(m.group("name")) and m.group("name") not in pet_names(text)
    if rule in NAMED:
        name = m.group("name")  # "KL (beboer, 51)": initials noted like a name
        return is_name(name) or (rule == "noted" and name.isupper())
    if rule == "names_plural":
        return is_name(m.group("name")) and is_name(m.group("name2"))
    if rule == "apposition":
        return m.group("prev") in _PERSON_NOUNS
    if rule == "born_child":
        return is_name(m.group("name"))
    if rule == "foreign_kin":
        return not is_word(m.group("kin"))
    if rule in ("child", "child_word"):
        prev = m.group("prev")
        return prev.casefold() in _PERSON_NOUNS or (prev[:1].isupper() and is_name(prev))
    if rule in ("header_value", "header_tail", "header_line"):
        # only the header at the top; further down "Deltager: Ja, 3 gange" is a turn
        return text.count("\n", 0, m.start()) < 20 and not _SENTENCE_LIKE.search(m.group(0))
    if rule == "born":
        return len(m.group("n")) == 4 or m.group("age")[:1] in "fFåÅ"
    return True


def _core(rule: str, surface: str, m: re.Match[str]) -> str:
    """The number a reviewer sees: "15-16 år" → "15-16", "51-årig" → "51", "F. 1978" → "1978"."""
    if rule in ("born", "born_from", "born_place", "born_timeline", "born_english", "born_child", "born_so",
                "decade", "birthday", "meta"):
        return m.group("n") or m.groupdict().get("n2") or m.groupdict().get("word") or ""
    return re.sub(r"\s*år$|[-‐ ]?årige?$|[- ]?års[- ]?alderen$", "", surface).strip()


def detect_ages(text: str, names: Collection[str] = ()) -> list[Candidate]:
    """Ages of persons in ``text``; ``names`` are the document's known names (for "Line (28)")."""

    parts = {part for name in names for part in name.split()}

    def is_name(word: str) -> bool:
        return word in names or word in parts or is_first_name(word)

    out: list[Candidate] = []
    for rule, rx in _RULES:
        for m in rx.finditer(text):
            if not _accept(rule, m, text, is_name):
                continue
            group = "age2" if m.groupdict().get("age2") else "age"
            start, end = m.start(group), m.end(group)
            surface = text[start:end]
            out.append(Candidate(start, end, surface, AGE, _core(rule, surface, m), DETECTOR, 0.9,
                                 f"age rule '{rule}'"))
            if rule in ("child", "subject", "relative", "name_subject", "plural_listed", "names_plural",
                        "when_plural", "child_of_age", "inverted", "dialect", "children_paren"):
                out.extend(_continued(text, end))
            restart = _RESTART.match(text, end)
            if restart and restart.group("n").casefold().startswith(text[start:end].casefold()):
                out.append(Candidate(restart.start("age"), restart.end("age"), restart.group("age"), AGE,
                                     restart.group("n"), DETECTOR, 0.85, "an age broken off and said again"))
            if rule in ("subject", "name_subject") and (year := BORN_AFTER_AGE.match(text, end)):
                out.append(Candidate(year.start("age"), year.end("age"), year.group("age"), AGE,
                                     year.group("n"), DETECTOR, 0.85, "the year of birth after an age"))
            if rule == "born_child" and (child := CHILD_MORE.match(text, end)):
                out.append(Candidate(child.start("age"), child.end("age"), child.group("age"), AGE,
                                     child.group("n"), DETECTOR, 0.85, "the next child's birth year"))
            if rule == "born" and (more := BORN_MORE.match(text, end)):
                out.append(Candidate(more.start("age"), more.end("age"), more.group("age"), AGE,
                                     more.group("n"), DETECTOR, 0.85,
                                     "a second birth year in the same breath"))
    return out


def _continued(text: str, pos: int) -> list[Candidate]:
    """Ages listed after an age: "børn på 3, 5 og 8 år", "da jeg var 15 eller 16"."""
    out: list[Candidate] = []
    while (m := _AND_MORE.match(text, pos)) and not _NOT_AFTER.match(text, m.end()):
        surface = m.group("age")
        out.append(Candidate(m.start("age"), m.end("age"), surface, AGE, m.group("n"), DETECTOR, 0.8,
                             "an age listed after an age"))
        pos = m.end()
    return out
