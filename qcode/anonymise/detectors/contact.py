"""Contact identifiers: CPR numbers, Danish (and foreign) phone numbers, e-mail addresses (typed or
spelled out), street addresses with floor and side, postcodes, and full dates of birth.

These have a fixed shape, so rules find them in any case and any style of transcript. Each rule also
needs the shape to be plausible (a CPR number's first six digits a real date, a Danish number not a
shared-cost service number starting 70 or 80), and a number or address given for a public body
("ring til Udbetaling Danmark på …", "Udlændingestyrelsen på Farimagsvej …") is left: it identifies
nobody. Years alone ("født i 79") are ages (see ``ages``), generalised to a decade.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from qcode.anonymise.candidates import ADDRESS, BIRTHDATE, CPR, EMAIL, PHONE, POSTCODE, Candidate
from qcode.anonymise.detectors.common import is_sentence_initial
from qcode.anonymise.detectors.dates import DATE as _DATE
from qcode.anonymise.detectors.dates import MONTHS as _MONTHS
from qcode.anonymise.detectors.dates import ORDINAL as _ORDINAL
from qcode.anonymise.detectors.dates import YEAR_WORDS as _YEAR_WORDS
from qcode.anonymise.lexicon import is_first_name, is_word, surname_set, towns

DETECTOR = "contact"

_B, _E = r"(?<![\w+])", r"(?![\w]|[.,]\d)"
# CPR: DDMMYY-SSSS, with a hyphen, a space, nothing, or read out in pairs ("15 03 82 44 16").
_CPR = re.compile(
    rf"{_B}(?P<d>\d{{2}})[ ]?(?P<m>\d{{2}})[ ]?(?P<y>\d{{2}})(?:[ ]?[-–][ ]?|[ ]?)"
    rf"(?P<s>\d{{4}}|\d{{2}} \d{{2}}){_E}")
# Phone numbers: +45/0045/"plus 45", then 8 digits as 8, 4+4, 2+2+2+2 or 2+3+3; or a foreign number
# with its country code.
_DK_BODY = (r"\d{8}|\d{4}[ ]\d{4}|\d{2}[ ]\d{2}[ ]\d{2}[ ]\d{2}|\d{2}[ ]\d{3}[ ]\d{3}"
            r"|\d{2}-\d{2}-\d{2}-\d{2}")  # not 4-4 with a hyphen: "sag 2023-0417", "2023-2024"
_PHONE = re.compile(
    rf"{_B}(?P<cc>(?:\+|00)[ ]?45[ ]?|plus[ ]45[ ])?(?P<body>{_DK_BODY}){_E}"
    rf"|{_B}(?P<foreign>(?:\+|00|plus[ ])(?!45)\d{{1,3}}(?:[ -]?\d{{1,4}}){{2,6}}){_E}", re.IGNORECASE)
_LONGER_NUMBER_BEFORE = re.compile(r"\d{2,}[ ]$")
_LONGER_NUMBER_AFTER = re.compile(r"[ ]\d{2,}(?![\w:.])")
_EMAIL = re.compile(r"(?<![\w.@+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-zA-Z]{2,}(?![\w@])")
# Spelled out: "lærke punktum sandberg snabel a hotmail punktum com"
_JOIN = r"(?:punktum|prik|dot|bindestreg|streg|understreg|underscore)"
# digits said after a name in the local part: "yoyo punktum ks nitten snabel-a gmail punktum com"
_NUMBER_PART = (r"(?:nul|to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv|tretten|fjorten|femten|seksten"
                r"|sytten|atten|nitten|tyve|\w+og(?:tyve|tredive|fyrre|halvtreds|tres|halvfjerds|firs|halvfems)|\d+)")
_SPELLED_EMAIL = re.compile(
    # single letters spelled out too: "dotte s m snabel a g mail punktum dk"
    rf"(?i)(?<![\w@])(?P<local>[\w-]+(?:\s+{_JOIN}\s+[\w-]+|\s+{_NUMBER_PART}(?![\w-])|\s+[a-zæøå](?![\w-]))*)"
    rf"\s+(?:snabel[\s-]?a|at)\s+"
    rf"(?:[a-zæøå]\s+)?[\w-]+(?:\s+{_JOIN}\s+[\w-]+)*\s+(?:punktum|prik|dot)\s+"
    r"(?:dk|com|net|org|se|no|de|nu|eu|info|io|uk|nl|fo|gl)(?![\w])")
# Street names: a word ending in a street suffix ("Vestergade", "rugårdsvej"), or a suffix word
# after a name ("Frederiks Allé", "H.C. Andersens Boulevard", "østre strandvej").
STREET_SUFFIXES = (
    "vej|vejen|gade|gaden|allé|alle|stræde|strædet|vænge|vænget|plads|pladsen|torv|torvet|boulevard"
    "|boulevarden|parken|park|have|haven|vang|vangen|toften|engen|bakken|bakke|sti|stien|kvarter"
    "|kvarteret|høj|højen|lund|lunden|hegn|hegnet|mark|marken|krog|krogen|kæret|kær|tofte|dal|dalen"
    "|løkke|løkken|vold|volden|bro|broen|havn|kaj|kajen|hus|huse|gård|gården|agre|ager|bjerg|bjerget"
    "|holm|skov|skoven|strand|stranden|vænget|led|ledet|passage|promenade|kanal"
)
_STREET = re.compile(
    rf"(?i)(?<![\w-])(?P<street>(?:[^\W\d_][\w'’-]*?)?(?:{STREET_SUFFIXES}))[ \t]+"
    # a house letter is A-H ("12 B"); "Kirkebakken 11 i 54 år" has the preposition
    r"(?P<number>\d{1,4}(?:\s?[a-hA-H](?![\w]))?)(?![\d.,:]\d|\w)")
_FLOOR = (r"(?:,?\s*(?:st\.?|stuen|kl\.?|kælder(?:en)?|\d{1,2}\.?|første|anden|tredje|fjerde"
          r"|femte|sjette|syvende)(?:\s*sal\b\.?)?(?![\w]))")
_SIDE = r"(?:,?\s*(?:th\.?|tv\.?|mf\.?|til\s+højre|til\s+venstre)(?![\w]))"
ADDRESS_REST = re.compile(rf"(?i){_FLOOR}{_SIDE}?|{_SIDE}|,?\s*\d{{1,2}}\.\s*sal\b\.?")
# Words that make a street name with the suffix word after them: "østre strandvej", "Gamle Kongevej".
_STREET_PREFIX = re.compile(
    r"(?i)(?:(?<![\w])(?:østre|vestre|nordre|søndre|gamle|nye|lille|store|sankt|skt\.|h\.\s?c\.)\s+)$")
# on the street's own line: "René Thomsen\nFredhøjvej 23A" is a name above an address, not its start
_NAME_BEFORE = re.compile(r"(?<![\w])(?:[A-ZÆØÅ][\w'’.-]*[ \t]+){1,2}$|(?<![\w])[^\W\d_]+s[ \t]+$")
# After a house number these say it was a quantity: "vej 20 minutter", "Bakken 3 gange".
_NOT_HOUSE = re.compile(
    r"\s*(?:år|kr|kroner|km|kilometer|meter|m\b|minutter|min\b|timer|gange|procent|%|stk|dage|uger"
    r"|måneder|mennesker|personer|børn|mand)\b", re.IGNORECASE)
_FUNCTION = frozenset(
    "i på til fra ved af og en et den det de som med for om har er var jeg du han hun vi der her".split())
_POSTCODE = re.compile(
    r"(?<![\w.,:/-])(?P<code>[1-9]\d{3})[ \t]+(?P<town>[^\W\d_][\w-]*(?:\s+[^\W\d_]{1,2}\b\.?)?)")
# Polish "80-264", Swedish "114 51", German/French/Finnish "10115", a country letter "D-10115"
_FOREIGN_POSTCODE = re.compile(
    r"(?<![\w.,:/-])(?P<code>\d{2}-\d{3}|\d{3} \d{2}|\d{5}|[A-Z]{1,2}-\d{4,5})[ \t]+[^\W\d_a-zæøå]")
# A flat named by its house number in a block: "nr. 14 st. tv.", "Nr. 4, 1. th.:", "bor i nr. 14"
_FLAT_NUMBER = re.compile(r"(?<![\w.])[Nn]r\.[ \t]?\d{1,4}(?:[ \t]?[A-Ha-h](?![\w.]))?")
_LIVED_IN = re.compile(
    r"(?i)\b(?:bor|boet|boede|flyttede|flytter|lejlighed(?:en)?)\s+(?:i|på|ind\s+i|til)\s+$")
_ROW_START = re.compile(r"(?:^|\n)[ \t]*[–•*-]?[ \t]*$")
_LISTED_FLAT = re.compile(r"[ \t]*:[ \t]*[A-ZÆØÅ]")  # an attendance list: "– Nr. 18 A: Hamid Sultani"
_NAMED_BEFORE_POSTCODE = re.compile(
    r"(?<![\w-])(?P<first>[A-ZÆØÅ][\w'’-]+)(?:[ \t][A-ZÆØÅ][\w'’-]+)?[ \t]+(?P<number>\d{1,4}[A-Ha-h]?)"
    r"(?=,[ \t]*[1-9]\d{3}[ \t]+(?P<town>[A-ZÆØÅ][\w-]+))")
_NUMBERED_STREET_BEFORE = re.compile(r"[^\W\d_][\w.]*[ \t]\d{1,4}[a-zA-Z]?(?:/\d{1,4})?,[ \t]*$")
_BIRTH = re.compile(rf"(?i)\b(?:født|f\.|fødselsdato|f\.dato|date\s+of\s+birth)(?:\s*:)?"
                    rf"(?:\s+(?:den|d\.))?\s+(?P<date>{_DATE})")
# "hun er født den 19 december", "fødd' … den fjortende juli": a birthday without the year
_BIRTH_DAY_MONTH = re.compile(
    rf"(?i)\b(?:født|fø['’]?dt|fødd['’]?)\b[^.!?\n]{{0,50}}?\bden\s+(?P<date>(?:\d{{1,2}}\.?|{_ORDINAL})\s+"
    rf"(?:{_MONTHS}))\b(?!\.?\s*(?:\d|{_YEAR_WORDS}))")
_GENERIC_SUBJECT = re.compile(r"(?i)\b(?:alle|man|mange|de\s+fleste)\b[^.!?\n]*$")
# "CPR 030471-XXXX": a number masked in its last four still gives the date of birth
_CPR_MASKED = re.compile(
    r"(?i)\b(?:cpr(?:[.-]?[ ]?nr\.?|-?nummer(?:et)?)?|personnummer)\s*:?\s*"
    r"(?P<cpr>\d{6}[ ]?[-–]?[ ]?[X*x]{4})(?![\w*])")
# "Noahs fødselsdag er 3/6", "fødselsdag den 14. maj": a birthday without the year still narrows who it is
_BIRTHDAY = re.compile(
    rf"(?i)\bfødselsdag(?:\s+er)?(?:\s+(?:den|d\.))?\s+(?P<date>\d{{1,2}}[./]\d{{1,2}}(?![./]?\d)"
    rf"|\d{{1,2}}\.?\s+(?:{_MONTHS})\b\.?)")
_BIRTH_YEAR_WORDS = re.compile(
    rf"(?i)\b(?:født|fø['’]?dt|född|årgang)(?:[ \t]+i)?[ \t]+(?P<date>{_YEAR_WORDS})\b")
# "født herude ved Bjerndrup, i nitten hundrede og tooghalvtreds": the year a little later in the clause
_BIRTH_YEAR_LATER = re.compile(
    rf"(?i)\b(?:født|fø['’]?dt|född)\b[^.!?\n]{{1,40}}?[ \t]i[ \t]+(?P<date>{_YEAR_WORDS})\b")
# code-switching: "Born in ninety-three", "born in nineteen eighty-one"
_BORN_ENGLISH = re.compile(
    r"(?i)\bborn\s+in\s+(?P<date>(?:nineteen\s+|two\s+thousand\s+(?:and\s+)?)?"
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven"
    r"|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|\d{2,4})\b")
# "født i Hai Phong, 12. juli 1946": the date comes a little later in the same clause
# "Hvornår har du fødselsdag? — 14. januar.", "hun fyldte i august, 28. august": a day and month answering
# a birthday question or beside a birthday just had
# (only the question's answer may come on the next line; "… fylder 18." | "Lørdag 9. marts" is a diary date)
_BIRTHDAY_NEAR = re.compile(
    rf"(?i)\b(?:fødselsdag\w*\?[\s\S]{{0,25}}?|(?:fyldte|fylder|har\s+fødselsdag)[^.!?\n]{{0,40}}?)(?<![\w.])"
    # also as "8/11": "Min datter fylder 8 på lørdag (8/11)"
    rf"(?P<date>\d{{1,2}}\.\s+(?:{_MONTHS})\b(?!\.?\s+\d)|\d{{1,2}}/\d{{1,2}}(?![/\d]))")
# "når Inuk har fødselsdag, og til nationaldagen, 21. juni": the date of another day named between
_ANOTHER_DAY = re.compile(r"(?i)\b(?!fødselsdag)\w+(?:dagen|aften|aftenen)\b")
_BIRTH_LATER = re.compile(rf"(?i)\b(?:født|fødselsdag)\b[^.!?\n]{{1,40}}?(?<![\w])(?P<date>{_DATE})")
# A public body (its numbers and addresses are public): checked in the text just before a match.
_PUBLIC_BODY = re.compile(
    r"(?:\b[A-ZÆØÅ][\w-]*s\s+[Kk]ommune|\b\w*[Ss]tyrelse[n]?\b|\bUdbetaling Danmark|\bLivslinien"
    r"|\b[Bb]orger\.dk"
    r"|\b[Pp]olitiet|\b[Ll]ægevagten|\b[Bb]orgerservice|\bSKAT\b|\bAnkestyrelsen|\b[Ss]ygesikringen"
    r"|\bFolketinget|\bministeriet\b|\b\w+ministeriet|\bstyrelsen|\bFamilieretshuset|\bAkuttelefonen"
    # a switchboard: "kommunens hovednummer 89 40 20 00", "ring til omstillingen på …"
    r"|\b(?:kommunens|regionens|hospitalets|sygehusets|politiets)\s+(?:hoved)?(?:nummer|telefon)|\bhovednummer"
    r"|\bomstilling(?:en)?)"
    r"[^.!?\n]{0,60}(?:[.!?]\s+[^.!?\n]{0,60})?$")
# a person's own number or address after the body's: "… Udlændingestyrelsen. Jeg bor på Farimagsvej 12"
_PERSONAL = re.compile(r"\b(?:min|mit|mine|din|dit|hans|hendes|deres|vores|sin|sit|privat\w*|jeg|bor|boede"
                       r"|flyttede|flytter)\b", re.I)


# National bodies whose role mailboxes ("pension@udbetaling.dk", "sjyl@politi.dk") identify nobody; a
# mailbox named after a person at the same domain ("lene.kjeldsen@politi.dk") is still replaced.
_PUBLIC_DOMAINS = frozenset(
    """udbetaling.dk politi.dk skat.dk sst.dk stps.dk star.dk at.dk ast.dk borger.dk sundhed.dk uim.dk
    nyidanmark.dk ankestyrelsen.dk familieretshuset.dk kriminalforsorgen.dk dr.dk ft.dk
    gaeldst.dk sm.dk bm.dk""".split())


def _public_mailbox(address: str) -> bool:
    local, _, domain = address.casefold().rpartition("@")
    if domain not in _PUBLIC_DOMAINS:
        return False
    if re.search(r"\d", local):
        return False  # "ARA011@politi.dk": an employee's number, one person's mailbox
    parts = [p.capitalize() for p in re.split(r"[._-]", local) if p]
    return len(parts) == 1 and not is_first_name(parts[0]) and parts[0] not in surname_set()


def valid_cpr(d: str, m: str, y: str) -> bool:
    """The first six digits of a CPR number are a real date (modulus 11 is no longer guaranteed)."""
    try:
        date(1900 + int(y), int(m), int(d))
    except ValueError:
        return False
    return True


def for_public_body(text: str, start: int) -> bool:
    """A number or address given for a public body just before it, not for a person."""
    before = text[max(0, start - 130):start]
    found = _PUBLIC_BODY.search(before)
    return found is not None and not _PERSONAL.search(found.group(0))


# Speech-to-text writes a number read digit by digit as words or lone digits: "to seks fire fire nul
# syv tre et", "2 2 6 1 4 0 9 8". Six or more in a row are no count ("to tre gange" is two); after
# "nummer", "telefon" or "cpr" four will do ("skriv mit nummer rigtigt: to seks fire fire").
_DIGIT_WORDS = {"zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
                "seven": "7", "eight": "8", "nine": "9",
                "nul": "0", "en": "1", "et": "1", "én": "1", "ét": "1", "to": "2", "tre": "3", "fire": "4",
                "fem": "5", "seks": "6", "syv": "7", "otte": "8", "ni": "9"}
_DIGIT = rf"(?:{'|'.join(_DIGIT_WORDS)}|\d)"
_SPOKEN_DIGITS = re.compile(rf"(?i)(?<![\w-]){_DIGIT}(?:[ \t,]+{_DIGIT}){{3,11}}(?![\w-])")
_NUMBER_CUE = re.compile(r"(?i)\b(?:nummer|nummeret|telefon\w*|mobil\w*|tlf|cpr\w*|personnummer)\b")


def _spoken_digits(text: str, add: Callable[..., None]) -> None:
    for m in _SPOKEN_DIGITS.finditer(text):
        words = re.findall(r"\w+", m.group(0).casefold())
        digits = "".join(_DIGIT_WORDS.get(w, w) for w in words)
        cue = _NUMBER_CUE.search(text, max(0, m.start() - 40), m.start()) is not None
        if len(words) < 6 and not cue:
            continue
        if len(digits) == 10 and valid_cpr(digits[:2], digits[2:4], digits[4:6]):
            add(m.start(), m.end(), CPR, "a CPR number read out digit by digit", digits)
        elif not for_public_body(text, m.start()):
            add(m.start(), m.end(), PHONE, "a number read out digit by digit", digits)


def _dk_number(body: str) -> bool:
    digits = re.sub(r"\D", "", body)
    # no Danish subscriber number starts with 0 or 1; 70/80 are companies' and agencies' service
    # numbers (Livslinien, Udbetaling Danmark), 90 premium lines
    return len(digits) == 8 and digits[0] not in "01" and digits[:2] not in ("70", "80", "90")


def detect_contacts(text: str) -> list[Candidate]:
    """CPR numbers, phone numbers, e-mail addresses, street addresses, postcodes and birth dates."""
    out: list[Candidate] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, label: str, reason: str, core: str | None = None) -> None:
        if any(s < end and start < e for s, e in taken):
            return
        taken.append((start, end))
        surface = text[start:end]
        out.append(Candidate(start, end, surface, label, core or surface, DETECTOR, 0.95, reason))

    for m in _EMAIL.finditer(text):
        if not _public_mailbox(m.group(0)):
            add(m.start(), m.end(), EMAIL, "e-mail address")
    for m in _SPELLED_EMAIL.finditer(text):
        add(m.start(), m.end(), EMAIL, "e-mail spelled out ('snabel a … punktum')")
    for m in _CPR.finditer(text):
        if valid_cpr(m.group("d"), m.group("m"), m.group("y")):
            add(m.start(), m.end(), CPR, "10 digits opening with a valid date (DDMMYY-SSSS)")
    for m in _CPR_MASKED.finditer(text):
        add(m.start("cpr"), m.end("cpr"), CPR, "a CPR number with its last four masked")
    for m in _BIRTH.finditer(text):
        add(m.start("date"), m.end("date"), BIRTHDATE, "date after 'født'")
    for m in _BIRTH_DAY_MONTH.finditer(text):
        # not of a group: "alle syrere er født den 1. januar"
        if not _GENERIC_SUBJECT.search(text, max(0, m.start() - 30), m.start()):
            add(m.start("date"), m.end("date"), BIRTHDATE, "the day and month someone was born")
    for m in _BIRTHDAY.finditer(text):
        add(m.start("date"), m.end("date"), BIRTHDATE, "the day of a birthday")
    for rx in (_BIRTH_YEAR_WORDS, _BIRTH_YEAR_LATER, _BORN_ENGLISH):
        for m in rx.finditer(text):
            add(m.start("date"), m.end("date"), BIRTHDATE, "a birth year said in words")
    for m in _BIRTHDAY_NEAR.finditer(text):
        if _ANOTHER_DAY.search(text, m.start(), m.start("date")):
            continue
        add(m.start("date"), m.end("date"), BIRTHDATE, "a day and month beside a birthday")
    for m in _BIRTH_LATER.finditer(text):
        add(m.start("date"), m.end("date"), BIRTHDATE, "date in a clause with 'født'")
    for m in _PHONE.finditer(text):
        if m.group("foreign"):
            digits = re.sub(r"\D", "", m.group("foreign"))
            if 8 <= len(digits) <= 15:
                add(m.start(), m.end(), PHONE, "phone number with a country code")
            continue
        if not _dk_number(m.group("body")) or for_public_body(text, m.start()):
            continue
        if re.match(r"\s*(?:kr\b|kroner|,-)", text[m.end():m.end() + 8]):
            continue
        if _LONGER_NUMBER_BEFORE.search(text, max(0, m.start() - 5), m.start()) \
                or _LONGER_NUMBER_AFTER.match(text, m.end()):
            continue  # eight digits inside a longer number: a meeting ID "843 2219 6604", an account
        add(m.start(), m.end(), PHONE, "Danish phone number (8 digits)")
    _spoken_digits(text, add)
    _addresses(text, add)
    return sorted(out, key=lambda c: c.start)


_HOUSE_NUMBER = re.compile(r"[ \t](?=\d)")
_LIVES_AT = re.compile(
    r"(?i)\b(?:bor|boede|bo|flyttede|flytter|flyttet)[ \t]+(?:\w+[ \t]+)?(?:ude[ \t]+|nede[ \t]+|oppe[ \t]+)?"
    r"(?:på|i)[ \t]+$|\badressen?[ \t]*(?:er|:)?[ \t]*$")
_SUFFIX_END = re.compile(rf"(?i)(?:{STREET_SUFFIXES})$")


def _streets(text: str) -> list[re.Match[str]]:
    """Street name + house number: found from the numbers backwards, which is many times faster than
    trying the street pattern at every word."""
    found = []
    for m in _HOUSE_NUMBER.finditer(text):
        start = max(0, m.start() - 40)
        word = text[start:m.start()].rsplit(None, 1)[-1] if text[start:m.start()].strip() else ""
        word = word.lstrip("([{\"'“«")  # "(Lystoftevej 8, 7500 Holstebro)"
        if word and _SUFFIX_END.search(word):
            street = _STREET.match(text, m.start() - len(word))
            if street:
                found.append(street)
    return found


def _addresses(text: str, add: Callable[..., None]) -> None:
    known_towns = _town_set()
    ends: list[int] = []
    for m in _streets(text):
        street = m.group("street")
        if _NOT_HOUSE.match(text, m.end("number")) or street.casefold() in _FUNCTION:
            continue
        start = m.start()
        before = text[max(0, start - 30):start]
        prefix = _STREET_PREFIX.search(before)
        bare = re.fullmatch(STREET_SUFFIXES, street, re.IGNORECASE) is not None
        rest = ADDRESS_REST.match(text, m.end())
        followed = bool(rest or _POSTCODE.match(text, m.end() + 1) or _POSTCODE.match(text, m.end() + 2))
        named_mid = street[:1].isupper() and not is_sentence_initial(text, m.start())
        if street.isupper() and len(street) > 1 and is_word(street.lower()) and not (followed or prefix):
            continue  # "TRANSSKRIPTION – DELTAGER 07": a heading in capitals, no street
        lives = _LIVES_AT.search(before) is not None  # "jeg bor på strandvejen 41": said in lower case
        if is_word(street) and not (followed or prefix or named_mid or lives):
            continue  # "Deltager 1", "marken 2": an ordinary word before a number
        if prefix:
            start -= len(prefix.group(0))
        elif bare or street[:1].isupper():
            # "Frederiks Allé 3", "H.C. Andersens Boulevard 2"; a bare "vej 3" with no name is no
            # address, but "Boulevarden 31, 2. tv." with a floor or a postcode after it is
            named = _NAME_BEFORE.search(before)
            if named and named.group(0).split()[0].casefold() not in _FUNCTION:
                start -= len(named.group(0))
            elif bare and not followed:
                continue
        end = rest.end() if rest else m.end()
        if for_public_body(text, start):
            continue
        add(start, end, ADDRESS, "street name and house number" + (", floor/side" if rest else ""),
            core=text[start:m.end("number")])
        ends.append(end)
    for m in _FLAT_NUMBER.finditer(text):
        rest = ADDRESS_REST.match(text, m.end())
        lived = _LIVED_IN.search(text, max(0, m.start() - 20), m.start())
        listed = _LISTED_FLAT.match(text, m.end() if not rest else rest.end()) \
            and _ROW_START.search(text, max(0, m.start() - 8), m.start())
        if rest or lived or listed:
            end = rest.end() if rest else m.end()
            add(m.start(), end, ADDRESS, "a flat by its number (and floor and side)", core=m.group(0))
            ends.append(end)
    for m in _NAMED_BEFORE_POSTCODE.finditer(text):
        # "Kragholmen 11, 9900 Frederikshavn": a street with no street word, known by the postcode after it
        town = m.group("town").casefold()
        if m.group("first").casefold() not in _FUNCTION and (town in known_towns or not is_word(town)) \
                and not for_public_body(text, m.start()):
            add(m.start(), m.end("number"), ADDRESS, "a name and house number before a postcode and town")
            ends.append(m.end("number"))
    for m in _POSTCODE.finditer(text):
        town = m.group("town")
        after_address = any(0 <= m.start() - e <= 3 for e in ends)
        first = town.split()[0]
        if not after_address and first.casefold() not in known_towns:
            continue
        if after_address and not (first[:1].isupper() or first.casefold() in known_towns):
            continue
        if re.match(r"(?i)(?:kr|kroner|år|mennesker|personer)\b", first) or for_public_body(text, m.start()):
            continue
        add(m.start("code"), m.end("code"), POSTCODE, "4-digit postcode before a town")
    for m in _FOREIGN_POSTCODE.finditer(text):
        # "ul. Grunwaldzka 148/12, 80-264 Gdańsk", "Storgatan 3, 114 51 Stockholm": right after an address
        if any(0 <= m.start() - e <= 3 for e in ends) \
                or _NUMBERED_STREET_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            add(m.start("code"), m.end("code"), POSTCODE, "a foreign postcode after an address")


_TOWNS: set[str] = set()


def _town_set() -> set[str]:
    if not _TOWNS:
        _TOWNS.update(t.casefold() for t in towns())
        _TOWNS.update(t.split()[0].casefold() for t in towns())
    return _TOWNS
