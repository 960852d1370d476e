"""The detection pipeline: a bare spaCy ``Language`` plus qcode's components, all registered here.

Order (each component adds :class:`Candidate` records in view offsets to ``doc.user_data``):
``qcode_structure`` → ``qcode_public`` (what stays) → ``qcode_contact`` → ``qcode_register`` → ``qcode_names``
→ ``qcode_uncased`` → ``qcode_model`` (optional) → ``qcode_shape`` → ``qcode_ages`` → ``qcode_places``
→ ``qcode_coordination`` → ``qcode_propagate``.
The de-hyphenated view (step 1) is built before the Doc, in :mod:`detect`.
Per-call settings (the register, user lists) travel in ``doc.user_data["qcode_ctx"]``, the text in
``doc.user_data["qcode_text"]`` (the components work on the text; the Doc holds no tokens).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Any

from spacy.lang.da.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.vocab import Vocab

from qcode.anonymise.candidates import AGE, DATE, ORG, PERSON, Candidate
from qcode.anonymise.detectors.ages import detect_ages
from qcode.anonymise.detectors.ages_bare import detect_bare_ages
from qcode.anonymise.detectors.ages_notes import detect_note_ages
from qcode.anonymise.detectors.ages_spoken import detect_spoken_ages
from qcode.anonymise.detectors.ages_tables import detect_table_ages
from qcode.anonymise.detectors.birthdates import detect_birthdates
from qcode.anonymise.detectors.common import said_in_lower_case
from qcode.anonymise.detectors.contact import detect_contacts
from qcode.anonymise.detectors.coordination import detect_coordinated
from qcode.anonymise.detectors.english import english_not_a_name
from qcode.anonymise.detectors.figures import public_figures
from qcode.anonymise.detectors.gazetteer import match_known
from qcode.anonymise.detectors.handles import detect_handles
from qcode.anonymise.detectors.initials import detect_defined_initials
from qcode.anonymise.detectors.model import detect_with_model, find_model
from qcode.anonymise.detectors.name_slots import detect_name_slots
from qcode.anonymise.detectors.names import detect_names
from qcode.anonymise.detectors.orgs_context import detect_introduced_orgs
from qcode.anonymise.detectors.places import (
    INSTITUTION_HEADS,
    detect_named_institutions,
    detect_orgs,
    detect_places,
)
from qcode.anonymise.detectors.public import kept_spans
from qcode.anonymise.detectors.shape import detect_unknown_capitalised
from qcode.anonymise.detectors.spoken_contact import detect_spoken_contacts
from qcode.anonymise.detectors.structure import detect_structure
from qcode.anonymise.detectors.traditions import detect_traditions
from qcode.anonymise.detectors.uncased import detect_uncased
from qcode.anonymise.lexicon import is_first_name
from qcode.anonymise.merge import PRIORITY
from qcode.anonymise.numbers import may_hold_a_number
from qcode.anonymise.propagation import ambiguous, evidence

CTX = "qcode_ctx"
FOUND = "qcode_candidates"
MODEL_FOUND = "model_found"  # the model's hits, when the caller ran it over many texts at once
KEPT = "qcode_kept"  # stretches that stay as written (public names, public figures, pets)
DROPPED = "qcode_dropped"  # candidates a component decided against, with the reason (for --explain)
COMPONENTS = ("qcode_structure", "qcode_public", "qcode_contact", "qcode_register", "qcode_names",
              "qcode_uncased", "qcode_model", "qcode_shape", "qcode_ages", "qcode_places",
              "qcode_coordination", "qcode_propagate")
# Person names found by these detectors are looked for again in the whole document.
_PROPAGATE_FROM = frozenset({"lexicon", "context", "shape", "model", "uncased", "traditions", "notes"})


def _ctx(doc: Doc) -> dict[str, Any]:
    return doc.user_data.setdefault(CTX, {})


TEXT = "qcode_text"


def _text(doc: Doc) -> str:
    """The document's text, read once: spaCy's ``Doc.text`` joins every token anew on each call, which
    cost more than all the rules together."""
    text = doc.user_data.get(TEXT)
    if text is None:
        text = doc.user_data[TEXT] = doc.text
    return text


def _add(doc: Doc, found: list[Candidate]) -> None:
    doc.user_data.setdefault(FOUND, []).extend(found)


@Language.component("qcode_structure")
def structure_component(doc: Doc) -> Doc:
    """Speaker labels, header metadata and closings; records the document's own names."""
    found, names = detect_structure(_text(doc))
    initials = detect_defined_initials(_text(doc))
    names |= {c.core for c in initials}
    found += initials
    _ctx(doc)["doc_names"] = names
    _add(doc, found)
    return doc


@Language.component("qcode_public")
def public_component(doc: Doc) -> Doc:
    """What must stay: national media, agencies and brands, public figures (in their role or listed and
    not a participant's name), pets."""
    ctx = _ctx(doc)
    known = ctx.get("known") or {}
    declared = set(ctx.get("doc_names", ()))
    own = declared | {name for name, label in known.items() if label == PERSON}
    # a speaker label or header that names a person beats a brand of the same name ("Nova: Ja, yes.")
    public = [k for k in kept_spans(_text(doc)) if k.surface not in declared]
    doc.user_data[KEPT] = public + public_figures(_text(doc), own)
    return doc


@Language.component("qcode_uncased")
def uncased_component(doc: Doc) -> Doc:
    """Names, places and organisations of a lower-case (speech-to-text) document."""
    ctx = _ctx(doc)
    known = [k for k, label in (ctx.get("known") or {}).items() if label == PERSON]
    _add(doc, detect_uncased(_text(doc), known))
    return doc


@Language.component("qcode_contact")
def contact_component(doc: Doc) -> Doc:
    """CPR and phone numbers, e-mail and street addresses, postcodes, dates of birth (also said in words)."""
    text = _text(doc)
    _add(doc, detect_contacts(text))
    _add(doc, detect_spoken_contacts(text))
    _add(doc, detect_birthdates(text))
    _add(doc, detect_handles(text))
    return doc


@Language.component("qcode_register")
def register_component(doc: Doc) -> Doc:
    """The project register and the document's own names, matched everywhere."""
    ctx = _ctx(doc)
    known: dict[str, str] = dict(ctx.get("known") or {})
    own = {name: PERSON for name in ctx.get("doc_names", ()) if name not in known}
    text = _text(doc)
    found, dropped = [], ctx.setdefault(DROPPED, [])
    for cand in match_known(text, own, "structure", 0.95):
        # the document names "Lykke" with a capital; its "held og lykke" is the word
        if cand.surface.islower() and cand.core[:1].isupper() and ambiguous(cand.surface):
            dropped.append((cand, "the document's name written in lower case where it is an ordinary word"))
        else:
            found.append(cand)
    _add(doc, found)
    found = []
    for cand in match_known(text, known, "register", 1.0):
        # a name from the register or another document needs evidence here if it is also a word
        why = evidence(text, cand.start, cand.end, cand.core)
        if why:
            found.append(replace(cand, reason=f"known name; here {why}"))
        else:
            dropped.append((cand, "a known name that is also a word, with no sign of a name here"))
    _add(doc, found)
    return doc


@Language.component("qcode_names")
def names_component(doc: Doc) -> Doc:
    """Danish first names and full names from the shipped lists, with the homograph rule; multi-part
    names of other traditions (particles, kunyas, Vietnamese names)."""
    _add(doc, detect_names(_text(doc)))
    _add(doc, detect_name_slots(_text(doc)))
    _add(doc, detect_traditions(_text(doc)))
    return doc


@Language.component("qcode_model")
def model_component(doc: Doc) -> Doc:
    """A statistical NER, when one is installed or shipped and the caller wants it."""
    ctx = _ctx(doc)
    if ctx.get("use_model", True):
        found = ctx.get(MODEL_FOUND)
        _add(doc, [_as_organisation(c) for c in (detect_with_model(_text(doc)) if found is None else found)])
    return doc


# "Team Bostøtte Øst", "Gruppen Lysglimt": a "person" the model finds with a word for a unit of people
# in it is an organisation; as a person its parts ("Bostøtte") would be replaced wherever they stand
_UNIT_WORDS = frozenset(
    """team teamet gruppe gruppen afdeling afdelingen center centret centeret klub klubben forening
    foreningen projekt projektet skole skolen kommune region hospital sygehus hjemmepleje hjemmeplejen
    bostøtte bostøtten netværk netværket""".split())


def _as_organisation(cand: Candidate) -> Candidate:
    words = cand.core.casefold().split()
    if cand.label == PERSON and len(words) > 1 and any(w in _UNIT_WORDS for w in words):
        return replace(cand, label=ORG)
    return cand


@Language.component("qcode_shape")
def shape_component(doc: Doc) -> Doc:
    """Capitalised words mid-sentence that are no Danish word: names no list knows.

    Where the statistical model has read the text, its judgement of such a word is better informed
    than the shape's (it sees the context: a band, a firm, a prize), so the shape rule's person guess
    counts only where the model also found an entity there; a name with a naming context ("min søster
    Xiomara", "hedder", a title) is found by the context rule anyway.
    """
    found = detect_unknown_capitalised(_text(doc))
    ctx = _ctx(doc)
    if ctx.get("use_model", True) and find_model() is not None:
        model = [(c.start, c.end) for c in doc.user_data.get(FOUND, []) if c.detector == "model"]
        dropped = ctx.setdefault(DROPPED, [])
        kept = []
        for cand in found:
            if cand.label != PERSON or cand.detector != "shape" \
                    or any(s < cand.end and cand.start < e for s, e in model):
                kept.append(cand)
            else:
                dropped.append((cand, "an unknown capitalised word the statistical model does not take "
                                      "for a name here"))
        found = kept
    _add(doc, found)
    return doc


@Language.component("qcode_ages")
def ages_component(doc: Doc) -> Doc:
    """Danish age expressions."""
    # the notes' rules also find initials that stand for a person ("en veninde, J., i Brøndby"): always run
    _add(doc, detect_note_ages(_text(doc)))
    if not may_hold_a_number(_text(doc)):
        return doc
    names = set(_ctx(doc).get("doc_names", ()))
    for cand in doc.user_data.get(FOUND, []):
        if cand.label == PERSON:
            names.update(cand.core.split())
    _add(doc, detect_ages(_text(doc), names))
    _add(doc, detect_spoken_ages(_text(doc), names))
    _add(doc, detect_table_ages(_text(doc)))
    _add(doc, detect_bare_ages(_text(doc), doc.user_data.get(FOUND, [])))
    return doc


@Language.component("qcode_places")
def places_component(doc: Doc) -> Doc:
    """Towns, municipalities, regions and organisations (shipped and user lists)."""
    ctx = _ctx(doc)
    _add(doc, detect_places(_text(doc), ctx.get("places", ())))
    _add(doc, detect_orgs(_text(doc), ctx.get("orgs", ())))
    _add(doc, detect_named_institutions(_text(doc)))
    _add(doc, detect_introduced_orgs(_text(doc)))
    return doc


@Language.component("qcode_coordination")
def coordination_component(doc: Doc) -> Doc:
    """Capitalised words coordinated with a found person ("Bamse og Lillemor")."""
    _add(doc, detect_coordinated(_text(doc), doc.user_data.get(FOUND, [])))
    return doc


@Language.component("qcode_propagate")
def propagate_component(doc: Doc) -> Doc:
    """A name found once is found everywhere in the document ("Nhung" mid-sentence → every "Nhung").

    The label travels with it (a street the model or the shape rule called a place stays a place).
    """
    text = _text(doc)
    found = sorted(doc.user_data.get(FOUND, []), key=lambda c: PRIORITY.get(c.detector, 99))
    names: dict[str, str] = {}
    for cand in found:
        if cand.detector not in _PROPAGATE_FROM or cand.label in (AGE, DATE):
            continue
        if cand.detector in ("model", "shape") and english_not_a_name(cand.core):
            continue  # "She said" is dropped later; its "said" must not spread as a name meanwhile
        if cand.label != PERSON and cand.core.islower() and ambiguous(cand.core):
            continue  # "give" the town after "i" is the verb elsewhere; lower-case text has its own rule
        if cand.detector in ("model", "shape") and said_in_lower_case(text, cand.surface) \
                and not is_first_name(cand.surface):
            continue  # "Hanj" at a sentence start beside "hanj": the dialect's word, not a name
        names.setdefault(cand.core, cand.label)
        own_name = _institution_own_name(cand)
        if own_name:
            names.setdefault(own_name, ORG)  # "Ungeherberget Lyset" … later "Lyset var det eneste"
        if cand.label == PERSON:
            for part in cand.core.split(" "):
                # "van", "der", "bin" are particles of one name, not names of their own
                if len(part) > 1 and "." not in part and part.casefold() not in _NOT_PARTS:
                    names.setdefault(part, PERSON)
    skip = set(_ctx(doc).get("known") or {}) | set(_ctx(doc).get("doc_names", ()))
    _add(doc, match_known(_text(doc), {k: v for k, v in names.items() if k not in skip}, "propagated", 0.6))
    # a name found again may be coordinated with one nothing found yet ("Pusling og Skildpadden")
    _add(doc, detect_coordinated(_text(doc), doc.user_data.get(FOUND, [])))
    return doc


def _institution_own_name(cand: Candidate) -> str:
    """"Lyset" of "Ungeherberget Lyset", "Ankeret" of "Værestedet Ankeret": the name an organisation
    found with the kind of place before it goes by on its own ("" when there is none)."""
    words = cand.core.split()
    if cand.label != ORG or len(words) < 2 or not words[0].casefold().endswith(INSTITUTION_HEADS):
        return ""
    rest = " ".join(words[1:])
    return rest if rest[:1].isupper() and words[1].casefold() not in STOP_WORDS and len(rest) > 2 else ""


_NOT_PARTS = STOP_WORDS | frozenset(
    "van von der den de da di du del della dos das ter ten bin ibn bint ben abu umm al el af á í zu".split())


@lru_cache(maxsize=1)
def build_pipeline() -> Language:
    """The shared ``nlp`` object: blank Danish tokenizer plus every qcode component, in order."""
    # The components read the text, not the tokens, so a whitespace tokenizer will do: building
    # spacy.blank("da") would load the Danish tokenizer's thousands of special cases at every start.
    nlp = Language(Vocab(), create_tokenizer=lambda nlp: Tokenizer(nlp.vocab))
    # a long transcript is no reason to fail: the rules are linear and the model works per sentence
    nlp.max_length = 20_000_000
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


def model_available() -> bool:
    """True when a statistical NER (installed Danish pipeline or the shipped model) can be used."""
    return find_model() is not None
