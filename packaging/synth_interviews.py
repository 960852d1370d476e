"""Synthetic Danish interview transcripts with PER/LOC/ORG spans, for training qcode's NER (build step only).

The DDT newswire that the model learns from has few first names alone, no speaker labels, no relatives
introduced by "min søster", few names from outside Denmark and nothing in lower case. This module makes
up short transcripts from the templates in :mod:`synth_templates` and qcode's own name and place lists
(``resources/lexicons``): speaker labels that are roles or names, first names alone and with surnames,
possessives ("Mettes"), titles before surnames ("fru Jensen", the title outside the name), names of many
traditions (Danish, Muslim/Arabic with bin/al-, Vietnamese three-part, Somali, Turkish, Greenlandic,
particles such as van/von/de, other European), towns, regions, countries, foreign cities and
organisations; and sentences without names in which look-alikes ("hans", "per", "bo", "vinter",
"lykke"), brands, weekdays and months are ordinary words. :func:`noisy_copy` makes the speech-to-text
variants (lower case, punctuation dropped) of any Doc, synthetic or DDT, so the model does not lean on
capitals alone.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc
from synth_templates import (
    ABBREVIATIONS,
    ARABIC_FAMILY,
    BRANDS,
    CARS,
    DANISH_TITLE_WORDS,
    EN_SUFFIXES,
    EN_WORDS,
    EURO_FAMILY,
    EURO_GIVEN,
    EXCHANGES,
    FILLERS,
    FOREIGN_CLUB_FORMS,
    GREENLANDIC_FAMILY,
    GREENLANDIC_GIVEN,
    INSTITUTIONS,
    MONTHS,
    NEGATIVE,
    NEWS,
    OTHER,
    PARTICLE_NAMES,
    PARTIES,
    PLACE_WORDS,
    RELATIVES,
    ROLE_LABELS,
    SOMALI_FAMILY,
    SOMALI_GIVEN,
    STREET_ENDINGS,
    TITLES,
    TRADES,
    TURKISH_FAMILY,
    TURKISH_GIVEN,
    TURNS,
    VIET_FAMILY,
    VIET_GIVEN,
    VIET_MIDDLE,
    WEEKDAYS,
    WORLD_CITIES,
)

from qcode.anonymise import lexicon

Segment = tuple[str, str]  # (text, entity label or "" for none)
_SLOT = re.compile(r"\{(\w+)\}")
# How often each tradition is drawn for a person: Danish names dominate Danish transcripts.
TRADITIONS = {"danish": 45, "muslim": 14, "euro": 12, "vietnamese": 7, "turkish": 7, "somali": 6,
              "greenlandic": 5, "particle": 4}
_INITIALS = "ABCDEFGHIJKLMNOPRSTUVW"
_PUNCT = re.compile(r"^[.,!?;:\"'»«()\[\]–-]+$")


class Generator:
    """Draws names, places and whole transcripts; deterministic for a given seed."""

    def __init__(self, seed: int = 13, misc: bool = True) -> None:
        self.rng = random.Random(seed)
        self.misc = "MISC" if misc else ""  # the label of works, bands and products
        self.female = lexicon.first_names("female")
        self.male = lexicon.first_names("male")
        # common names as often as rare ones: half the draws come from the substitute pools
        self.common_f = lexicon.substitute_names("female", "danish")
        self.common_m = lexicon.substitute_names("male", "danish")
        self.muslim = (lexicon.substitute_names("female", "muslim")
                       + lexicon.substitute_names("male", "muslim") + sorted(lexicon._muslim_names()))
        self.surnames = lexicon.surnames()
        self.towns = lexicon.towns()
        self.regions = lexicon.regions()
        self.countries = sorted(lexicon.country_set())
        self.cities = lexicon.foreign_cities()
        self.orgs = lexicon.organisations()

    # -- names -------------------------------------------------------------------------------------
    def first_name(self, gender: str = "", tradition: str = "") -> str:
        """A first name of ``gender`` ('f', 'm' or any) from ``tradition`` (drawn when empty)."""
        r = self.rng
        tradition = tradition or self.tradition()
        if tradition == "danish":
            gender = gender or r.choice("fm")
            pool = (self.common_f if gender == "f" else self.common_m) if r.random() < 0.5 else (
                self.female if gender == "f" else self.male)
            name = r.choice(pool)
            if r.random() < 0.04:  # "Anne-Mette", "Jens-Erik"
                name = f"{name}-{r.choice(pool)}"
            return name
        pools = {"muslim": self.muslim, "euro": EURO_GIVEN, "vietnamese": VIET_GIVEN,
                 "turkish": TURKISH_GIVEN, "somali": SOMALI_GIVEN, "greenlandic": GREENLANDIC_GIVEN,
                 "particle": EURO_GIVEN}
        return r.choice(pools[tradition])

    def tradition(self) -> str:
        """A name tradition, weighted by :data:`TRADITIONS`."""
        return self.rng.choices(list(TRADITIONS), weights=list(TRADITIONS.values()))[0]

    def surname(self, tradition: str = "danish") -> str:
        """A family name of ``tradition``."""
        pools = {"danish": self.surnames, "muslim": ARABIC_FAMILY, "euro": EURO_FAMILY,
                 "vietnamese": VIET_FAMILY, "turkish": TURKISH_FAMILY, "somali": SOMALI_FAMILY,
                 "greenlandic": GREENLANDIC_FAMILY, "particle": PARTICLE_NAMES}
        return self.rng.choice(pools[tradition])

    def full_name(self, gender: str = "") -> str:
        """A full name in the order and shape of a drawn tradition."""
        r = self.rng
        t = self.tradition()
        first = self.first_name(gender, t)
        if t == "danish":
            shape = r.random()
            if shape < 0.55:
                return f"{first} {self.surname()}"
            if shape < 0.75:
                return f"{first} {self.first_name(gender, t)} {self.surname()}"
            if shape < 0.9:
                return f"{first} {self.surname()} {self.surname()}"
            if shape < 0.95:
                return f"{first} {r.choice(_INITIALS)}. {self.surname()}"
            # initials before the surname: "H.C. Hansen", "K. E. Nielsen", "J. Madsen"
            initials = r.choice(("{}.{}.", "{}. {}.", "{}.")).format(*r.sample(_INITIALS, 2))
            return f"{initials} {self.surname()}"
        if t == "vietnamese":
            family = self.surname(t)
            if r.random() < 0.6:
                return f"{family} {r.choice(VIET_MIDDLE)} {first}"
            return f"{first} {family}"
        if t == "somali":
            if r.random() < 0.6:
                return f"{first} {self.surname(t)} {self.surname(t)}"
            return f"{first} {self.surname(t)}"
        if t == "muslim":
            shape = r.random()
            if shape < 0.2:
                return f"{first} bin {self.first_name('m', t)}"
            if shape < 0.35:
                return f"{first} {self.first_name('m', t)} {self.surname(t)}"
            if shape < 0.5:
                return f"{first} {self.surname()}"  # a Danish surname by marriage or adoption
            return f"{first} {self.surname(t)}"
        if t == "greenlandic" and r.random() < 0.3:
            return f"{first} {self.surname()}"
        return f"{first} {self.surname(t)}"

    def titled(self) -> list[Segment]:
        """A title and a surname ("fru Jensen", "dr. Anne Holm"); the title is no part of the name."""
        r = self.rng
        if r.random() < 0.2:
            name = self.full_name()
        elif r.random() < 0.75:
            name = self.surname()
        else:
            name = self.surname(self.tradition())
        return [(r.choice(TITLES) + " ", ""), (name, "PER")]

    @staticmethod
    def possessive(name: str) -> str:
        """Danish genitive: "Mettes", but "Andreas'"."""
        return name + ("'" if name[-1] in "sxzSXZ" else "s")

    # -- slots and templates -------------------------------------------------------------------------
    def slot(self, name: str) -> list[Segment]:
        """The segments that fill ``{name}``."""
        r = self.rng
        if name == "fn":
            return [(self.first_name(), "PER")]
        if name in ("fnf", "fnm"):
            return [(self.first_name(name[-1]), "PER")]
        if name == "fn_s":
            return [(self.possessive(self.first_name()), "PER")]
        if name == "full":
            return [(self.full_name(), "PER")]
        if name == "person":
            return [(self.full_name() if r.random() < 0.5 else self.first_name(), "PER")]
        if name == "sur":
            return [(self.surname(), "PER")]
        if name == "titled":
            return self.titled()
        places = {"town": self.towns, "region": self.regions, "country": self.countries, "city": self.cities}
        if name in places:
            return [(r.choice(places[name]), "LOC")]
        if name == "org":
            return [(r.choice(self.orgs), "ORG")]
        words = {"rel": RELATIVES, "day": WEEKDAYS, "month": MONTHS}
        if name in words:
            return [(r.choice(words[name]), "")]
        if name == "fclub":
            return [(r.choice(FOREIGN_CLUB_FORMS).format(r.choice(WORLD_CITIES + self.cities)), "ORG")]
        if name in ("company", "club", "street", "title", "band"):
            return self.other(name)
        simple = {"party": (PARTIES, "ORG"), "abbr": (ABBREVIATIONS, "ORG"), "wcity": (WORLD_CITIES, "LOC"),
                  "car": (CARS, self.misc), "brand": (BRANDS, self.misc)}
        if name in simple:
            pool, label = simple[name]
            return [(r.choice(pool), label)]
        if name == "n":
            return [(str(r.randint(2, 19)), "")]
        if name == "age":
            return [(str(r.randint(16, 92)), "")]
        raise KeyError(name)

    def other(self, kind: str) -> list[Segment]:
        """Made-up names of things that are no person: a company, club, street, work or band."""
        r = self.rng
        if kind == "company":
            x = r.random()
            if x < 0.3:
                name = f"{self.surname()}s {r.choice(TRADES)}"
            elif x < 0.55:
                name = f"{r.choice(EN_WORDS)} {r.choice(EN_SUFFIXES)}"
            elif x < 0.75:
                kind_word = r.choice(("Café", "Restaurant", "Hotel", "Bodega", "Klinik"))
                name = f"{kind_word} {r.choice(PLACE_WORDS)}"
            else:
                name = f"{r.choice(self.towns)} {r.choice(TRADES)}"
            return [(name, "ORG")]
        if kind == "club":
            return [(f"{r.choice(self.towns)} {r.choice(INSTITUTIONS)}", "ORG")]
        if kind == "street":
            stem = r.choice((self.surname(), r.choice(PLACE_WORDS).removesuffix("en"), r.choice(self.towns)))
            return [(stem + r.choice(STREET_ENDINGS), "LOC")]
        if kind == "title":
            if r.random() < 0.5:
                words = r.sample(EN_WORDS, r.randint(1, 3))
            else:
                words = r.sample(DANISH_TITLE_WORDS, r.randint(2, 3))
            return [(" ".join(words), self.misc)]
        band = " ".join(r.sample(EN_WORDS, r.randint(1, 2)))
        return [(("The " if r.random() < 0.3 else "") + band + ("s" if r.random() < 0.3 else ""), self.misc)]

    def fill(self, template: str) -> list[Segment]:
        """``template`` with every slot filled."""
        out: list[Segment] = []
        last = 0
        for m in _SLOT.finditer(template):
            out.append((template[last : m.start()], ""))
            out.extend(self.slot(m.group(1)))
            last = m.end()
        out.append((template[last:], ""))
        return [s for s in out if s[0]]

    def label(self, informant: bool) -> list[Segment]:
        """A speaker label: a role word, initials, or (for people other than the interviewer) a name."""
        r = self.rng
        x = r.random()
        if informant and x < 0.35:
            return [(self.first_name() if r.random() < 0.8 else self.full_name(), "PER"), (": ", "")]
        if x < 0.45:
            return [("".join(r.choice("ABDEHJKLMNPST") for _ in range(2)) + ": ", "")]  # initials
        return [(r.choice(ROLE_LABELS) + ": ", "")]

    def turn(self) -> list[Segment]:
        """One turn's content: one to three sentences, with and without names."""
        r = self.rng
        out: list[Segment] = []
        for i in range(r.choice((1, 1, 2, 2, 3))):
            x = r.random()
            pool = NEGATIVE if x < 0.3 else OTHER if x < 0.48 else NEWS if x < 0.6 else TURNS
            template = r.choice(pool)
            segs = self.fill(template)
            if r.random() < 0.2 and segs[0][1] == "":
                # a filler in front: "Altså, min søster ..." (the next word loses its capital)
                first = segs[0][0]
                segs[0] = (f"{r.choice(FILLERS)}, {first[:1].lower()}{first[1:]}", "")
            if i:
                out.append((" ", ""))
            out.extend(segs)
        return out

    def document(self) -> list[Segment]:
        """A short transcript: an optional heading, then two to six turns under speaker labels."""
        r = self.rng
        out: list[Segment] = []
        if r.random() < 0.15:
            out += [("Interview med ", ""), (self.first_name(), "PER"), (f", {r.randint(18, 90)} år\n\n", "")]
        sep = r.choice(("\n\n", "\n"))
        stamp = r.random() < 0.2
        for i in range(r.randint(2, 6)):
            if i:
                out.append((sep, ""))
            if stamp:
                out.append((f"[{r.randint(0, 1):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}] ", ""))
            if r.random() < 0.15:
                question, answer = r.choice(EXCHANGES)
                out += self.label(False) + self.fill(question) + [(sep, "")]
                out += self.label(True) + self.fill(answer)
                continue
            out += self.label(informant=i % 2 == 1) + self.turn()
        return out


def to_doc(nlp: Language, segments: list[Segment]) -> Doc:
    """Tokenise the rendered text and set the segments' entities (aligned to whole tokens)."""
    text, spans, pos = "", [], 0
    for seg, label in segments:
        if label:
            spans.append((pos, pos + len(seg), label))
        text += seg
        pos += len(seg)
    doc = nlp.make_doc(text)
    ents = [doc.char_span(a, b, label=lab, alignment_mode="expand") for a, b, lab in spans]
    doc.ents = [e for e in ents if e is not None]
    return doc


def noisy_copy(doc: Doc, lower: bool, strip_punct: bool) -> Doc:
    """A speech-to-text copy of ``doc``: lower-cased and/or without punctuation outside entities.

    A colon after a speaker label stays (speech-to-text tools write "speaker 1:")."""
    words: list[str] = []
    spaces: list[bool] = []
    tags: list[str] = []
    for tok in doc:
        if strip_punct and not tok.ent_type_ and _PUNCT.match(tok.text) and tok.text != ":":
            if spaces:
                spaces[-1] = spaces[-1] or bool(tok.whitespace_) or True
            continue
        words.append(tok.text.lower() if lower else tok.text)
        spaces.append(bool(tok.whitespace_))
        tags.append(f"{tok.ent_iob_}-{tok.ent_type_}" if tok.ent_type_ else "O")
    if not words:
        return Doc(doc.vocab, words=["."], spaces=[False], ents=["O"])
    return Doc(doc.vocab, words=words, spaces=spaces, ents=tags)


def generate(nlp: Language, n: int, seed: int = 13, lower: float = 0.3, strip: float = 0.5,
             misc: bool = True) -> Iterator[Doc]:
    """``n`` synthetic transcripts; a share ``lower`` is lower-cased and of those a share ``strip`` also
    loses its punctuation (speech-to-text output). Works, bands and products are MISC if ``misc``."""
    gen = Generator(seed, misc)
    rng = random.Random(seed + 1)
    for _ in range(n):
        doc = to_doc(nlp, gen.document())
        if rng.random() < lower:
            doc = noisy_copy(doc, lower=True, strip_punct=rng.random() < strip)
        yield doc


if __name__ == "__main__":
    # print a few generated transcripts with their entities, to read them
    import spacy

    _nlp = spacy.blank("da")
    for _doc in generate(_nlp, 6, seed=1):
        print(_doc.text)
        print("   →", [(e.text, e.label_) for e in _doc.ents], "\n")
