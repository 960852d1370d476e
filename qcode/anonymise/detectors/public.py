"""What must stay: national media, agencies, platforms and brands, public figures in a public role
("statsministeren, Mette Frederiksen", "kong Frederik"), and pets ("hunden, Bamse", "min kat misse").

These are *kept* spans, not candidates: the pipeline drops any candidate inside one (a name found in
another document, a model guess), rendering leaves them, and ``--explain`` says why. A pet's name is
kept wherever it recurs in the document ("Hvis jeg ikke havde Bamse").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.lang.da.stop_words import STOP_WORDS

from qcode.anonymise.detectors.common import LOWER, NAMED_AFTER_HEADS, UPPER
from qcode.anonymise.lexicon import first_name_set, is_first_name, surname_set
from qcode.anonymise.numbers import AGE_WORD
from qcode.resources import resource


@dataclass(frozen=True)
class Kept:
    """A stretch of text that is deliberately left as written, and why."""

    start: int
    end: int
    surface: str
    reason: str
    # only on the shipped list of public names (a chain, a brand): a form the user registers outranks it
    listed: bool = False


_NAME = rf"[{UPPER}{LOWER}][{LOWER}]+(?:-[{UPPER}{LOWER}][{LOWER}]+)?"
_ROLE = (
    r"(?:stats|udenrigs|justits|social|beskæftigelses|integrations|udlændinge|sundheds|finans|"
    r"undervisnings|kultur|forsvars|boligs?|ældre|børne)?minister(?:en)?|statsministeren|dronning(?:en)?"
    r"|kong(?:en)?|kronprins(?:en|esse|essen)?|prins(?:en|esse|essen)?|præsident(?:en)?|paven"
)
_CAP_NAME = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
_PUBLIC_ROLE = re.compile(
    # not a function word after the role: "om æ prins, da Prins Joachim flyttede"
    rf"\b(?i:{_ROLE})\s*,?\s+(?!(?:da|og|men|så|der|som|at|i|på|har|var|er|blev|kom|sagde)\b)"
    rf"(?P<name>(?i:{_NAME})(?:\s+{_CAP_NAME}){{0,2}})")
# "da Inger Støjberg var minister", "Mette Frederiksen, statsministeren,"
_ROLE_AFTER = re.compile(
    rf"(?P<name>{_CAP_NAME}(?:\s+{_CAP_NAME}){{1,2}})\s*,?\s+(?:var|er|blev|som|,)\s*(?:\w+\s+)?(?:{_ROLE})\b")
# "kongen var her på besøg sidste sommer, Frederik, han gik forbi": the office's holder named a little later
_ROLE_APPOSITION = re.compile(
    r"\b(?i:kongen|dronningen|kronprinsen|kronprinsessen|statsministeren|præsidenten|paven)\b"
    rf"[^.!?\n]{{0,50}}?,[ \t]*(?P<name>{_CAP_NAME}),")
# Regional and local newspapers: "Viborg Folkeblad", "Fyens Stiftstidende", "Randers Amtsavis"
_NEWSPAPER = re.compile(
    rf"\b{_CAP_NAME}s?(?:\s+{_CAP_NAME}s?)?\s+(?:Folkeblad|Amtsavis|Stiftstidende|Dagblad|Avis|Tidende|Posten"
    r"|Lokalavis)s?\b")
# The twelve police districts and the like: "Sydøstjyllands Politi", "Københavns Vestegns Politi"
_POLICE = re.compile(rf"\b(?:{_CAP_NAME}s?\s+){{1,2}}(?:og\s+{_CAP_NAME}s\s+)?Politi\b")
# A public body's own address: "Udlændingestyrelsen på Farimagsvej 51A, 4700 Næstved"
_BODY_ADDRESS = re.compile(
    r"(?:styrelsen|Udbetaling Danmark|[Kk]ommune|ministeriet|Familieretshuset|[Pp]olitiet)"
    r"(?:\s+(?:på|i)|\s*,)\s+"
    rf"(?P<addr>(?:{_CAP_NAME}\s+){{1,3}}\d{{1,4}}\s?[A-Za-z]?(?:,?\s+\d{{4}}\s+{_CAP_NAME})?)")
# National bodies by how Danish names them: "Spillemyndigheden", "Ankestyrelsen", "Arbejdstilsynet",
# "Beskæftigelsesministeriets", "Den Nationale Tolketjeneste", "Statens Serum Institut"
_NATIONAL_BODY = re.compile(
    rf"\b[{UPPER}{LOWER}][{LOWER}]+(?:myndighed|styrels|tilsyn|ministeri)(?:en|et|s|ens|ets)\b"
    rf"|\b(?:Den|Det)\s+(?:Nationale|Danske)\s+{_CAP_NAME}(?:\s+{_CAP_NAME})?"
    rf"|\bStatens\s+{_CAP_NAME}(?:\s+{_CAP_NAME})?")
PET_NOUNS = (r"hund(?:en|e|ene)?|hunden|kat(?:ten|te|tene)?|killing(?:en)?|fugl(?:en)?|undulat(?:en)?"
        r"|papegøje(?:n)?"
        r"|hest(?:en)?|pony(?:en)?|kanin(?:en)?|hamster(?:en)?|marsvin(?:et)?|(?:the|my|our)\s+(?:dog|cat)"
        r"|schæfer(?:en)?|labrador(?:en)?|puddel(?:en)?|terrier(?:en)?|gravhund(?:en)?|chihuahua(?:en)?"
        r"|pitbull(?:en)?|husky(?:en)?|retriever(?:en)?|bulldog(?:gen)?|border\s+collie(?:n)?|spaniel(?:en)?")
# "hunden, Bamse", "min kat misse", "en hund der hedder bella", "katten. Han hedder Søren"
_PET_NAME = re.compile(
    # also one of several: "tre hunde, og den ene hedder Molly"
    rf"(?i)\b(?:{PET_NOUNS})\b[^.!?\n]{{0,30}}?[.!,…]\s+(?:{_NAME},\s+)?(?:og\s+)?(?:han|hun|den|det)"
    r"(?:\s+(?:ene|anden|andre|lille|store|yngste|ældste))?\s+hedder\s+"
    rf"(?P<name2>{_NAME})"
    rf"|\b(?:{PET_NOUNS})(?:\s*,?\s+(?:(?:der|som)\s+)?(?:hedder|hed)\s+|\s*,\s*|\s+)(?P<name>{_NAME})\b")
_PET_WORD = re.compile(r"(?i)\b(?:dog|cat|hund|kat|hunden|katten|marsvinet|kaninen|hesten|undulaten|papegøjen"
                       r"|hamsteren)\b")
# "Bella, det er min hund", "Bella, det er Trins gamle hund", "Rocky. Det er vores kat", "Frede, det er
# katten", "Gunnar, det er marsvinet"
# (after a full stop only with "det er …": "på Amager. Vores kat, Kisi" names no cat Amager)
_PET_AFTER = re.compile(rf"(?P<name>{_NAME})\s*(?:,\s+(?:(?:det|han|hun|den)\s+er\s+)?"
                        r"|\.\s+(?:(?:det|han|hun|den)\s+er\s+|(?=(?:the|my|our)\s)))"
                        rf"(?:(?:the|my|our|min|vores|hans|hendes|deres|{_CAP_NAME}s)\s+"
                        r"(?:(?:gammel|gamle|lille|nye?|søde?)\s+)?(?:dog|cat|hund|kat)\b"
                        rf"|(?:hunden|katten|marsvinet|kaninen|hesten|undulaten|papegøjen|hamsteren)\b)",
                        re.IGNORECASE)


# A medicine is named with its dose in case notes and discharge letters: "Furix 40 mg x 2", "Spiolto 2 pust"
_DOSED = re.compile(
    rf"(?<![\w-])(?P<name>[{UPPER}][{LOWER}]{{3,}}(?:-[{UPPER}{LOWER}][{LOWER}]+)?)[ \t]+"
    r"\d+(?:[.,]\d+)?[ \t]*"
    r"(?:mg|mcg|µg|ug|ml|IE|pust|tabl\.?|tabletter|dråber|enheder)(?![\w])")
# "Medicin ved udskrivelse: Furix 40 mg x 2, Marevan efter INR, …": the list's items are medicines
_MEDICINE_LIST = re.compile(
    r"(?im)^[ \t]*(?:fast\s+|aktuel\s+)?medicin(?:liste)?\b[^:\n]{0,25}:(?P<items>[^\n]+)")
_LEADING_WORD = re.compile(rf"[ \t]*([{UPPER}][{LOWER}]{{3,}})\b")
# Names inside idioms and feasts: "for søren", "Sankt Hans aften", "hr. og fru Jensen".
_IDIOMS = re.compile(
    # the feast, not the hospital ("indlagt på Sankt Hans"): "til Sankt Hans", "Sankt Hans aften"
    r"(?i)\bfor\s+søren\b|\bsankt\s*hans\s*(?:aften|bål|dag)\b|\bsankthans\w*"
    r"|\b(?:til|ved|om|efter|før|inden|siden)\s+sankt\s*hans\b(?!\s+(?-i:[A-ZÆØÅ]))"
    r"|\b(?:hr\.?|herr)\s+og\s+fru\s+\w+|\bfru\s+og\s+hr\.?\s+\w+|\bgud\s+og\s+hvermand\b"
    # the calendar's other feasts of saints and kings: "Mortens aften", "Valborgsaften", "Luciadag"
    r"|\b(?:sankt\s+|skt\.\s*)?(?:mortens|valborgs|valdemars|mikkels|lucia|knuds|martins)\s*(?:aften|dag)(?:en)?\b"
    r"|\b(?:sankt|skt\.)\s*(?:morten|lucia|knud|martin)\b"
    # a public event named after its town: "Roskilde Festival", "Tønder Festival", "Copenhagen Marathon"
    r"|\b(?-i:[A-ZÆØÅ][a-zæøå]+[ \t]+(?:Festival|Festivalen|Marathon|Maraton|Dyrskue|Dyrskuet))\b")


@lru_cache(maxsize=1)
def _entries() -> tuple[str, ...]:
    lines = resource("lexicons", "public.txt").read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def _clubs() -> frozenset[str]:
    """The listed sports clubs (the section of ``public.txt`` whose heading names them), case-folded."""
    clubs: set[str] = set()
    inside = False
    for line in resource("lexicons", "public.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            # a heading naming the clubs opens the section; the next heading after its entries ends it
            inside = "sports clubs" in line or (inside and not clubs)
        elif inside and line.strip():
            clubs.add(line.strip().casefold())
    return frozenset(clubs)


def public_words() -> frozenset[str]:
    """The listed public names, case-folded (organisation lists leave these out)."""
    return frozenset(e.casefold() for e in _entries())


_TOKEN = re.compile(r"\w(?:[\w'’&-]*\w)?(?:\.(?=\w)\w+)*")
# playing, training or being a member: the club is one the person belongs to
_MEMBER_BEFORE = re.compile(
    r"(?i)\b(?:spill(?:er|ede|et|e)|træn(?:er|ede|et|e)|medlem(?:skab)?|kontingent(?:et)?|indmeldt|meldt\s+ind)"
    r"(?:\s+\w+){0,3}?\s+(?:i|for|af|hos|til|på)\s+$")
_CLITIC = re.compile(r"['’](?:en|et|erne|ene|ne|s)$")


@lru_cache(maxsize=1)
def _index() -> tuple[dict[tuple[str, ...], str], dict[str, int]]:
    """Listed names by their case-folded words → the entry as written; the first word of every entry
    → the most words an entry starting with it has."""
    index: dict[tuple[str, ...], str] = {}
    for entry in _entries():
        index.setdefault(tuple(_TOKEN.findall(entry.casefold())), entry)
    firsts: dict[str, int] = {}
    for key in index:
        if key:
            firsts[key[0]] = max(firsts.get(key[0], 0), len(key))
    return index, firsts


def _listed(text: str) -> list[Kept]:
    """Listed public names, as whole words; short acronyms only as written ("DR" is the broadcaster,
    "dr." a doctor). Looked up word by word, longest first, instead of one huge pattern."""
    index, firsts = _index()
    tokens = list(_TOKEN.finditer(text))
    # "ADD'en", "Netto's": a listed name with a Danish ending after an apostrophe is still the name
    words = [_CLITIC.sub("", t.group()).casefold() for t in tokens]
    kept: list[Kept] = []
    i = 0
    while i < len(tokens):
        longest = firsts.get(words[i], 0)  # most words start no entry: one look-up rejects them
        for n in range(min(longest, len(tokens) - i), 0, -1):
            entry = index.get(tuple(words[i:i + n]))
            if entry is None:
                continue
            start, end = tokens[i].start(), tokens[i + n - 1].end()
            if len(entry) < 4 and (_CLITIC.sub("", text[start:end]) != entry or text[end:end + 1] == "."):
                continue
            if entry.casefold() in _clubs() and _MEMBER_BEFORE.search(text, max(0, start - 40), start):
                i += n - 1
                break  # "spillede i AaB som ung", "medlem af FC København": a club one belongs to
            why = "public name (media, agency, brand, shop chain or diagnosis)"
            kept.append(Kept(start, end, text[start:end], why, listed=True))
            i += n - 1
            break
        else:
            head, _, rest = tokens[i].group().partition("-")
            # "Twitch-navn", "TikTok-profil": a listed name as the first part of a compound with a noun
            if rest[:1].islower() and len(head) >= 4 and index.get((head.casefold(),)) is not None:
                start = tokens[i].start()
                kept.append(Kept(start, start + len(head), head,
                                 "public name (media, agency, brand, shop chain or diagnosis)", listed=True))
        i += 1
    return kept


_RELATION_BEFORE = (r"(?:datter|søn|barn|pige|dreng|baby|barnebarn|søster|bror|lillesøster|lillebror"
                    r"|storesøster|storebror|mor|far|kæreste|ven|veninde|nevø|niece|kusine|fætter)")


_NOT_AFTER_PREPOSITION = "".join(rf"(?<!\b{p} )"
                                 for p in ("på", "i", "fra", "ved", "til", "hos", "via", "med", "af"))


def _said_of_a_person(text: str, name: str) -> bool:
    """Whether ``text`` says ``name`` is a person: a relation before it, a pronoun taking it up, an age,
    a birth ("min datter, Nova, hun er to", "da jeg fik Nova", "Da Nova var 14 måneder")."""
    word = re.escape(name)
    return re.search(
        rf"\b{_RELATION_BEFORE},?[ \t]+{word}\b"
        # taken up by a pronoun, but not after a preposition: "fandt ham på LinkedIn, han arbejder …"
        rf"|{_NOT_AFTER_PREPOSITION}(?<![\w-]){word},[ \t]+(?:hun|han)\b"
        rf"|(?<![\w-]){word}[ \t]+(?:er|var|blev|fylder|fyldte)[ \t]+(?:\d{{1,3}}|{AGE_WORD})\b"
        rf"|\b(?:fik|fødte)[ \t]+(?:jeg|vi|hun|han|de)[ \t]+{word}\b|\bhedder[ \t]+{word}\b",
        text) is not None


@lru_cache(maxsize=64)
def pet_names(text: str) -> frozenset[str]:
    """The names ``text`` gives its animals: "hunden, Bamse", "min kat misse", "Frede, det er katten"."""
    pets: set[str] = set()
    after = [m for t in _PET_WORD.finditer(text)  # the name before its animal, looked for near the animal
             for m in _PET_AFTER.finditer(text, max(0, t.start() - 60), t.end())]
    for m in [*_PET_NAME.finditer(text), *after]:
        group = "name2" if m.groupdict().get("name2") else "name"
        name = m.group(group)
        # a word right after the pet noun is its name ("min kat misse"), unless a function word
        if (name[:1].isupper() or name.casefold() not in STOP_WORDS) and len(name) > 2:
            pets.add(name)
    return frozenset(pets)


def kept_spans(text: str) -> list[Kept]:
    """Stretches of ``text`` that stay: listed public names, public figures in their role, pets."""
    listed = _listed(text)
    # a listed name said of a person here ("Min datter, Nova, hun er to", "Da Nova var 14 måneder") is
    # that person throughout the text, not the brand or channel of the same name
    persons = {k.surface for k in listed if " " not in k.surface and k.surface[:1].isupper()
               and _said_of_a_person(text, k.surface)}
    kept: list[Kept] = [k for k in listed if k.surface not in persons]
    kept += [Kept(m.start(), m.end(), m.group(0), "an idiom or a feast, not a person")
             for m in _IDIOMS.finditer(text)]
    kept += [Kept(m.start(), m.end(), m.group(0), "a newspaper") for m in _NEWSPAPER.finditer(text)]
    kept += [Kept(m.start(), m.end(), m.group(0), "a police district") for m in _POLICE.finditer(text)]
    kept += [Kept(m.start(), m.end(), m.group(0), "a national body") for m in _NATIONAL_BODY.finditer(text)]
    kept += [Kept(m.start("addr"), m.end("addr"), m.group("addr"), "a public body's address")
             for m in _BODY_ADDRESS.finditer(text)]
    kept += [Kept(m.start("name"), m.end("name"), m.group("name"), "public figure in a public role")
             for rx in (_ROLE_AFTER, _ROLE_APPOSITION) for m in rx.finditer(text)]
    firsts, surnames = first_name_set(), surname_set()
    for m in _PUBLIC_ROLE.finditer(text):
        words = m.group("name").split()
        # "dronning Margrethe på fjernsynet": the name is the capitalised or listed words only
        keep = 0
        for word in words:
            if not (word[:1].isupper() or word.capitalize() in firsts or word.capitalize() in surnames):
                break
            keep += 1
        # "Dronning Ingrids Hospital", "Dronning Louises Bro": a place named after the figure is a place
        pairs = zip(words[:keep], words[1:keep], strict=False)
        if any(w.endswith("s") and nxt in NAMED_AFTER_HEADS for w, nxt in pairs):
            continue
        if keep and words[0].casefold() not in STOP_WORDS:
            name = " ".join(words[:keep])
            role = text[m.start():m.start("name")].strip(" ,")
            end = m.start("name") + len(name)
            # the role word stays too: "Kong" must not become a name found in another document
            kept.append(Kept(m.start(), end, text[m.start():end], f"public figure after '{role}'"))
    for pet in pet_names(text):
        for m in re.finditer(rf"(?<![\w-]){re.escape(pet)}(?![\w-])", text):
            # "Sankt Hans" beside a dog called Hans: a capitalised word before it makes another name (not
            # one that opens the sentence: "Og Tasso er tretten år")
            before = re.search(rf"([{UPPER}][{LOWER}]+)[ \t]+$", text[max(0, m.start() - 20):m.start()])
            if not before or before.group(1).casefold() in STOP_WORDS:
                kept.append(Kept(m.start(), m.end(), pet, "a pet's name"))
    medicines = {m.group("name") for m in _DOSED.finditer(text)
                 if m.group("name").casefold() not in STOP_WORDS and not is_first_name(m.group("name"))}
    for line in _MEDICINE_LIST.finditer(text):
        for item in line.group("items").split(","):
            if (word := _LEADING_WORD.match(item)) and not is_first_name(word.group(1)):
                medicines.add(word.group(1))
    for medicine in medicines:  # every mention: "Marevan 5 mg" and further on "Marevan pauseret"
        for m in re.finditer(rf"(?<![\w-]){re.escape(medicine)}(?![\w-])", text):
            kept.append(Kept(m.start(), m.end(), medicine, "a medicine given with its dose"))
    return kept
