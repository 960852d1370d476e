"""Organisations no list knows, found by how speakers introduce them:

- a name explained after it: "prøve Pusterummet, det er sådan en gruppe for unge", "Regnbueseniorerne,
  det er en klub";
- a name set off after the kind of place it is: "en gruppe for unge pårørende, Frirummet, som mødes …";
- a capitalised adjective inside a name, which Danish only writes in names, after a preposition that
  says where someone goes or comes from: "fra Den Sociale Retshjælp".

Found once, the name is matched everywhere in the document (``qcode_propagate``).
"""

from __future__ import annotations

import re

from spacy.lang.da.stop_words import STOP_WORDS

from qcode.anonymise.candidates import ORG, Candidate
from qcode.anonymise.detectors.common import LOWER, UPPER, is_sentence_initial
from qcode.anonymise.lexicon import is_first_name, is_word

DETECTOR = "context"

_KINDS = (
    r"gruppe|gruppen|klub|klubben|forening|foreningen|sted|stedet|værested|tilbud|tilbuddet|projekt|netværk"
    r"|center|fællesskab|hus|café|cafe|cafeen|organisation|firma|virksomhed|skole|bofællesskab|herberg"
    r"|kollegium|afdeling|team|butik|genbrugsbutik|forsamlingshus|menighed|kirke|moské|behandlingssted"
    r"|botilbud|bosted|krisecenter|selvhjælpsgruppe|samtalegruppe|frivilligcenter|frivilliggruppe"
)
_NAME = rf"[{UPPER}][{LOWER}]+(?:[- ][{UPPER}][{LOWER}]+){{0,2}}"
# "Pusterummet, det er sådan en gruppe for unge"
_EXPLAINED_AFTER = re.compile(
    rf"(?<![\w-])(?P<name>{_NAME}),[ \t]+(?:det|der|den|de|som)[ \t]+er[ \t]+"
    rf"(?:sådan[ \t]+|et[ \t]+slags[ \t]+)?"
    rf"(?:en|et)[ \t]+(?:[{LOWER}]+[ \t]+){{0,2}}?(?:{_KINDS})\b")
# "en gruppe for unge pårørende, Frirummet, som mødes i Faaborg"
_EXPLAINED_BEFORE = re.compile(
    rf"\b(?:en|et|den|det)[ \t]+(?:[{LOWER}]+[ \t]+)?(?:{_KINDS})"
    rf"(?:[ \t]+(?:for|med|til|i|på)(?:[ \t]+[{LOWER}]+){{1,3}})?"
    rf",[ \t]+(?P<name>{_NAME}),[ \t]+(?:som|der|hvor)\b")
# "fra Den Sociale Retshjælp", "Det Grønne Hus": article, capitalised adjective, capitalised noun
_CAPITAL_ADJECTIVE = re.compile(
    rf"\b(?:fra|hos|via|ved|med|til|i|på|kontakt[ \t]+med)[ \t]+"
    rf"(?P<name>(?:Den|Det|De)[ \t]+[{UPPER}][{LOWER}]+e[ \t]+[{UPPER}][{LOWER}]+"
    rf"(?:[ \t]+[{UPPER}][{LOWER}]+)?)(?![\w-])")

# "Til Stjernen, værestedet.", "Lyset, herberget, var det eneste": a name and then what kind of place it is
_APPOSED_KIND = re.compile(
    rf"(?<![\w-])(?P<name>{_NAME}),[ \t]+(?:værestedet|herberget|krisecentret|krisecenteret|bostedet"
    r"|botilbuddet|klubben|foreningen|skolen|caféen|cafeen|centret|centeret|forsorgshjemmet|plejehjemmet|plejecentret"
    r"|kollegiet|fritidsklubben|menigheden|moskéen|kirken)\b")
# "Nøjsomhed Skole", "Vestre Fængsel", "Sankt Andreas Kirke", "Holme Boldklub": a name before a capitalised
# word for the kind of institution is the institution's own name
_HEADS = (r"Skole|Friskole|Privatskole|Efterskole|Fængsel|Statsfængsel|Arresthus|Sygehus|Hospital|Kirke"
          r"|Kollegium|Gymnasium|Børnehave|Vuggestue|Plejecenter|Plejehjem|Bosted|Herberg|Menighed|Moské"
          r"|Boldklub|Idrætsforening|Værested|Fritidsklub|Ungdomsklub|Sogn")
_NAME_THEN_HEAD = re.compile(
    rf"(?<![\w-])(?P<name>(?:[{UPPER}][{LOWER}]+[ \t]+){{1,2}}(?:{_HEADS}))(?![\w-])")


def detect_introduced_orgs(text: str) -> list[Candidate]:
    """Organisations by the way they are introduced (see the module doc)."""
    out: list[Candidate] = []
    for rx, reason in ((_EXPLAINED_AFTER, "a name explained as a group, club or place after it"),
                       (_EXPLAINED_BEFORE, "a name set off after the kind of place it is")):
        for m in rx.finditer(text):
            name = m.group("name")
            first = name.split()[0]
            if first.casefold() in STOP_WORDS or is_first_name(first):
                continue  # "Mette, det er en ven fra klubben" is a person
            if is_sentence_initial(text, m.start("name")) and is_word(name.casefold()):
                continue
            out.append(Candidate(m.start("name"), m.end("name"), name, ORG, name, DETECTOR, 0.65, reason))
    for m in _APPOSED_KIND.finditer(text):
        words = m.group("name").split()
        while words and words[0].casefold() in STOP_WORDS:  # "Til Stjernen, værestedet"
            words = words[1:]
        if words and not is_first_name(words[0]):
            name = " ".join(words)
            start = m.end("name") - len(name)
            out.append(Candidate(start, m.end("name"), name, ORG, name, DETECTOR, 0.65,
                                 "a name followed by the kind of place it is ('Ankeret, værestedet')"))
    for m in _NAME_THEN_HEAD.finditer(text):
        first = m.group("name").split()[0]
        if first.casefold() in STOP_WORDS:
            continue
        out.append(Candidate(m.start(), m.end(), m.group("name"), ORG, m.group("name"), DETECTOR, 0.65,
                             "a name before the kind of institution ('Holme Skole')"))
    for m in _CAPITAL_ADJECTIVE.finditer(text):
        adjective = m.group("name").split()[1]
        if not is_word(adjective.casefold()):
            continue
        out.append(Candidate(m.start(), m.end(), m.group("name"), ORG, m.group("name"), DETECTOR, 0.65,
                             "a capitalised adjective inside a name ('Den Sociale …')"))
    return out
