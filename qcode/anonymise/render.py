"""Non-destructive rendering: a document's text (or any text) with every accepted entity replaced by
its pseudonym. The stored text never changes; views and every exporter call these functions.

Contract with the GUI and export code: :func:`render_document`, :func:`render_span`,
:func:`pseudonymise_text`. Names, places and organisations are matched wherever they occur (with
possessives, in any case — except that the lower-case form of a name that is also an ordinary
Danish word stays: "per dag", "en line"), so decisions also cover documents imported later; ages
depend on context ("46 år" vs. "i 23 år") and are replaced only at recorded mentions.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from qcode.anonymise import pseudonyms
from qcode.anonymise.candidates import AGE, CONTEXT_BOUND, CPR, PERSON
from qcode.anonymise.lexicon import is_first_name, is_homograph, is_word
from qcode.anonymise.linking import common_shorthand, initials_of, is_full, looks_like_initials, spells
from qcode.anonymise.state import replaced, settings
from qcode.anonymise.written_ages import age_rewriter, worded, written_ages
from qcode.core import entities
from qcode.core.documents import get_document
from qcode.core.offsets import OffsetMap, Replacement, apply_replacements
from qcode.core.types import DocumentId

if TYPE_CHECKING:
    from qcode.core.project import Project


@dataclass(frozen=True)
class EntityInfo:
    """What rendering needs of an entity."""

    kind: str
    core: str
    pseudonym: str


@lru_cache(maxsize=4096)
def any_case(form: str) -> bool:
    """Whether every case variant of a name form is the name: "mette" is Mette, but "per", "line",
    "palle" (a pallet) and "røde kors" are ordinary Danish words, so only their capitalised
    spellings are the name. Too short a form ("KL") is never matched in another case."""
    words = re.findall(r"[^\W\d_]+", form)
    if sum(len(w) for w in words) < 3:
        return False
    return not all(is_word(w) or is_homograph(w) for w in words)


def entity_forms(kind: str, core: str, forms: Iterable[str]) -> set[str]:
    """Every form an accepted entity is replaced in: its recorded forms, and for a person each
    capitalised part of a full name ("Hansen" of "Sofie Hansen"), which alone names the same person
    in a file name or a later sentence."""
    found = {core, *forms}
    if kind == PERSON:
        found |= {part for form in list(found) for part in re.split(r"[\s_]+", form)
                  if len(part) >= 3 and part[:1].isupper()}
    return found


@dataclass
class RegisterView:
    """Accepted entities and the one regex that finds their name-like forms in any text."""

    by_id: dict[int, EntityInfo] = field(default_factory=dict)
    forms: dict[str, int] = field(default_factory=dict)  # surface form as written -> entity id
    age_style: str = pseudonyms.DECADE
    entity_forms: dict[int, list[str]] = field(default_factory=dict)
    # lower-cased variant -> (entity id, whether a lower-case spelling is the name too)
    folded: dict[str, tuple[int, bool]] = field(default_factory=dict)
    # free text has no recorded mentions: its ages are found by how they were written elsewhere
    free_text_ages: Callable[[str], str] = field(default=lambda text: text)
    # lower-case forms that are also words: replaced at their mentions only (see :meth:`add`)
    word_forms: set[str] = field(default_factory=set)
    # a person's initials ("SL" of Sofie Lund), exactly as written (and possessive) -> entity id: matched
    # in that case only, as whole tokens, and replaced by the pseudonym's initials
    initials: dict[str, int] = field(default_factory=dict)
    # initials that are also shorthand ("KL", "OK"): replaced at their recorded mentions only
    local_initials: dict[str, int] = field(default_factory=dict)
    # every spelling of those initials, lower-cased: a file name or a word list has no case to go by
    initials_any: dict[str, int] = field(default_factory=dict)
    _pattern: re.Pattern[str] | None = None

    def add(self, entity_id: int, info: EntityInfo, forms: Iterable[str]) -> None:
        """Register an accepted entity and its forms (possessive and case variants are added)."""
        self.by_id[entity_id] = info
        if info.kind in CONTEXT_BOUND:
            return
        forms = entity_forms(info.kind, info.core, forms)
        self.entity_forms[entity_id] = sorted({info.core, *forms}, key=len, reverse=True)
        fulls = [f for f in {info.core, *forms} if is_full(f)] if info.kind == PERSON else []
        for form in {info.core, *forms}:
            if len(form) < 2 or not any(ch.isalpha() for ch in form):
                continue
            if fulls and looks_like_initials(form) and any(spells(form, f) for f in fulls):
                target = self.local_initials if common_shorthand(form) else self.initials
                # "Jpk" (a case named after the label "JPK:") is no word and no one else; "Kl" is klokken
                title = form.capitalize()
                spellings = {form, title} if len(form) >= 3 and not (is_word(title) or is_first_name(title)) \
                    else {form}
                for spelling in spellings:
                    for variant in (spelling, spelling + "'s", spelling + "’s", spelling + "s"):
                        target.setdefault(variant, entity_id)
                self.initials_any.setdefault(form.lower(), entity_id)
                continue
            if form.islower() and not any_case(form):
                # "lærke" found as a name in a lower-case transcript is the bird elsewhere: it is
                # replaced at its recorded mentions only, and the leak check warns about the rest
                self.word_forms.add(form)
                continue
            variants = {form, form + "s", form + "'", form + "’", form + "'s", form + "’s",
                        form.upper(), form.upper() + "S"}
            if form.endswith(("s", "x", "z")):
                variants.discard(form + "s")
            loose = any_case(form)
            for variant in variants:
                self.forms.setdefault(variant, entity_id)
                owner, was_loose = self.folded.get(variant.lower(), (entity_id, True))
                # "lines" is a possessive of Line (a word) and a form of its own: the word wins
                self.folded[variant.lower()] = (owner, was_loose and loose)
        self._pattern = None

    @property
    def pattern(self) -> re.Pattern[str] | None:
        """Longest forms first so "Anne-Mette" wins over "Anne"; whole words only; any case
        (:meth:`entity_at` decides whether a case variant is the name)."""
        if self._pattern is None and (self.folded or self.initials):
            self._pattern = forms_pattern([*self.folded, *self.initials], re.IGNORECASE)
        return self._pattern

    def entity_at(self, surface: str) -> int | None:
        """The entity a matched surface names, or None for a spelling left as it is: the lower-case
        word "per" beside the name "Per", and "Kl" beside the organisation "KL"."""
        if surface in self.initials:
            return self.initials[surface]
        if surface in self.forms:
            return self.forms[surface]
        entry = self.folded.get(surface.lower())
        if entry is None:
            return None
        entity_id, loose = entry
        if loose:
            return entity_id
        # "Per" where only the speaker label "PER" was accepted is still the person; initials are not
        # ("Kl." is klokken, not the person "KL")
        info = self.by_id[entity_id]
        initials = info.core.isupper() and len(info.core) <= 4 and not is_first_name(info.core.capitalize())
        return entity_id if info.kind == PERSON and not surface.islower() and not initials else None

    def keeps(self, surface: str) -> bool:
        """True when rendering deliberately leaves ``surface`` (see :meth:`entity_at`); the leak
        check warns about such a spelling instead of blocking the export."""
        if surface.lower() in self.word_forms and surface.lower() not in self.folded:
            return True
        if surface not in self.initials and any(surface.lower() == i.lower()
                                                for i in (*self.initials, *self.local_initials)):
            return True  # "Kl." beside the initials "KL" of Kristoffer Lund
        return surface.lower() in self.folded and self.entity_at(surface) is None

    def replacement(self, entity_id: int, surface: str) -> str:
        """What one mention of an entity becomes."""
        info = self.by_id[entity_id]
        if info.kind == AGE:
            return pseudonyms.render_age(surface, info.core, self.age_style)
        if entity_id in (self.initials.get(surface), self.local_initials.get(surface)):
            letters = initials_of(info.pseudonym)
            tail = surface[len(surface.rstrip("s'’")):]
            return letters + tail if not letters.startswith("[") else pseudonyms.render_name(
                surface, surface[:len(surface) - len(tail)], info.pseudonym)
        core = info.core
        for form in self.entity_forms.get(entity_id, ()):  # "Anne-Mettes" is a possessive of a form
            if surface != form and surface.casefold().startswith(form.casefold()):
                core = form
                break
        return pseudonyms.render_name(surface, core, info.pseudonym)



def forms_pattern(forms: Iterable[str], flags: int = 0) -> re.Pattern[str]:
    """One regex for whole-word occurrences of ``forms``, longest first. A letter at a form's edge
    only needs a non-letter beside it, so file-like names ("interview_birgit", "birgit2"), which
    \\w-boundaries let through, are found; a digit or mark at the edge needs a non-alphanumeric."""
    by_length = sorted(set(forms), key=len, reverse=True)
    groups = []
    # One lookbehind per group, not per form: alternatives then share it (4× faster on the corpus).
    for before, starts_with_letter in ((_NO_LETTER_BEFORE, True), (_NO_ALNUM_BEFORE, False)):
        alternatives = [
            re.escape(form) + (_NO_LETTER_AFTER if form[-1:].isalpha() else _NO_ALNUM_AFTER)
            for form in by_length if form[:1].isalpha() == starts_with_letter
        ]
        if alternatives:
            groups.append(f"{before}(?:{'|'.join(alternatives)})")
    return re.compile("|".join(groups), flags)


_NO_LETTER_BEFORE, _NO_LETTER_AFTER = r"(?<![^\W\d_])", r"(?![^\W\d_])"
_NO_ALNUM_BEFORE, _NO_ALNUM_AFTER = r"(?<![^\W_])", r"(?![^\W_])"


# (start, end, listed): a stretch that stays as written; ``listed`` when it is only on the shipped list
KeptRange = tuple[int, int, bool]


def plan(text: str, view: RegisterView, mentions: Iterable[tuple[int, int, int]] = (),
         kept: Sequence[KeptRange] = ()) -> list[Replacement]:
    """The replacements that pseudonymise ``text``: recorded ``(start, end, entity_id)`` mentions
    plus every occurrence of a known form, without overlaps (earlier, then longer, wins). A known
    form inside a ``kept`` stretch (a public figure: "kong Frederik" where a participant is called
    Frederik; a pet) stays. A listed public name (a shop chain) that is exactly a registered form is
    replaced: the user registered it because in this study it names the one shop in a village, and that
    decision outranks the shipped list."""
    spans: list[tuple[int, int, int]] = [
        (s, e, i) for s, e, i in mentions if i in view.by_id and 0 <= s < e <= len(text)]
    if view.pattern is not None:
        spans.extend((m.start(), m.end(), entity_id) for m in view.pattern.finditer(text)
                     if (entity_id := view.entity_at(m.group())) is not None
                     and not any(s < m.end() and m.start() < e and not (listed and (s, e) == m.span())
                                 for s, e, listed in kept))
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    result: list[Replacement] = []
    cursor = 0
    for start, end, entity_id in spans:
        if start < cursor:
            continue
        result.append(Replacement(start, end, view.replacement(entity_id, text[start:end])))
        cursor = end
    return result


@dataclass(frozen=True)
class Rendered:
    """A pseudonymised text and the map from original offsets into it."""

    text: str
    replacements: tuple[Replacement, ...]
    offset_map: OffsetMap

    def map_offset(self, original_offset: int) -> int:
        """Where an original offset lands (inside a replaced name: at the pseudonym's start)."""
        return self.offset_map.map_start(original_offset)

    def map_range(self, start: int, end: int) -> tuple[int, int]:
        """An original range in rendered offsets, widened to whole pseudonyms."""
        return self.offset_map.map_start(start), self.offset_map.map_end(end)


def render_text(text: str, view: RegisterView, mentions: Iterable[tuple[int, int, int]] = (),
                kept: Sequence[KeptRange] = ()) -> Rendered:
    """Render any text against a view (no project needed; the batch CLI uses this)."""
    replacements = tuple(plan(text, view, mentions, kept))
    return Rendered(apply_replacements(text, replacements), replacements, OffsetMap(replacements))


# -- project entry points --------------------------------------------------------------------------

# Per open project: (state key, view, {document id: Rendered}); an exporter rendering many spans
# must not rebuild the register view each time.
_CACHE: weakref.WeakKeyDictionary[Project, tuple[tuple[int, int], RegisterView, dict[int, Rendered]]] = (
    weakref.WeakKeyDictionary())


def _state_key(project: Project) -> tuple[int, int]:
    return entities.state_key(project)


def load_view(project: Project) -> RegisterView:
    """The accepted register of a project as a :class:`RegisterView` (cached until the file changes)."""
    key = _state_key(project)
    cached = _CACHE.get(project)
    if cached is not None and cached[0] == key:
        return cached[1]
    age_style = pseudonyms.Settings.from_mapping(
        {"anon.age_style": project.get_setting("anon.age_style")}).age_style
    ages = age_rewriter(worded(written_ages(project)), age_style)
    view = RegisterView(age_style=age_style, free_text_ages=ages)
    for entity in replaced(project):
        pseudonym = entity.pseudonym or pseudonyms.label_for(
            entity.kind, entity.core, settings(project), number=entity.number, role=entity.role)
        view.add(entity.id, EntityInfo(entity.kind, entity.core, pseudonym), entity.forms)
    _CACHE[project] = (_state_key(project), view, {})
    return view


def render_document(project: Project, document_id: DocumentId) -> Rendered:
    """The pseudonymised rendering of a stored document."""
    view = load_view(project)
    documents = _CACHE[project][2]
    if document_id not in documents:
        text = get_document(project, document_id).text
        mentions = [located for m in entities.mentions_for_document(project, document_id)
                    if (located := _locate(text, m)) is not None]
        documents[document_id] = render_text(text, view, mentions, kept_ranges(text))
    return documents[document_id]


def kept_ranges(text: str) -> list[KeptRange]:
    """The stretches of ``text`` that stay as written (public figures, pets, public names)."""
    from qcode.anonymise.detectors.public import kept_spans  # noqa: PLC0415 (it loads spaCy's word lists)

    return [(k.start, k.end, k.listed) for k in kept_spans(text)]


def _locate(text: str, mention: entities.Mention, window: int = 200) -> tuple[int, int, int] | None:
    """A stored mention's range, found again nearby if the text was edited since detection."""
    if text[mention.start:mention.end] == mention.surface:
        return mention.start, mention.end, mention.entity_id
    low = max(0, mention.start - window)
    best = None
    at = text.find(mention.surface, low, mention.end + window)
    while at != -1:
        if best is None or abs(at - mention.start) < abs(best - mention.start):
            best = at
        at = text.find(mention.surface, at + 1, mention.end + window)
    return (best, best + len(mention.surface), mention.entity_id) if best is not None else None


def render_span(project: Project, document_id: DocumentId, start: int, end: int) -> str:
    """The pseudonymised text of the original range ``[start, end)`` of a document."""
    rendered = render_document(project, document_id)
    new_start, new_end = rendered.map_range(start, end)
    return rendered.text[new_start:new_end]


def pseudonymise_text(project: Project, text: str) -> str:
    """Any text (a citation line, a speaker label, a memo) with the project's known names replaced,
    and its recorded ages written out ("42 år") generalised."""
    view = load_view(project)
    return view.free_text_ages(render_text(text, view).text)


def pseudonymise_word(project: Project, word: str) -> str:
    """One word of a word list: any spelling of a registered name (also "palle", which running text
    keeps as the word for a pallet) becomes its pseudonym; a word list has no context to tell them apart."""
    return view_word(load_view(project), word)


def view_word(view: RegisterView, word: str) -> str:
    """:func:`pseudonymise_word` against a view."""
    entry = view.folded.get(word.lower())
    if entry is None and word.lower() in view.initials_any:  # "interview_sl": Sofie Lund's initials
        pseudonym = view.by_id[view.initials_any[word.lower()]].pseudonym
        return initials_of(pseudonym) if word.isupper() else initials_of(pseudonym).lower()
    return view.replacement(entry[0], word) if entry is not None else word


def _a_date(m: re.Match[str]) -> bool:
    return 1 <= int(m["d"]) <= 31 and 1 <= int(m["m"]) <= 12


_DATE_DIGITS = re.compile(r"(?<!\d)(?P<d>\d{2})(?P<m>\d{2})(?P<y>\d{2})(?:[-_ ]?\d{4})?(?!\d)")


def pseudonymise_file_name(view: RegisterView, stem: str) -> str:
    """A file or document name: its words (between "_", "-", ".", spaces) and the whole name
    pseudonymised in any case, since names in file names are mostly written in lower case."""
    stem = render_text(stem, view).text
    stem = re.sub(r"[^\W_]+", lambda m: view_word(view, m.group()), stem)
    # "Kenneth Rasmussen 120587": six digits that are a date are the first half of a CPR number
    return _DATE_DIGITS.sub(lambda m: pseudonyms.CONTACT_LABELS[CPR] if _a_date(m) else m[0], stem)


def render_many(project: Project, document_ids: Sequence[DocumentId]) -> dict[DocumentId, Rendered]:
    """Render several documents (exporters)."""
    return {i: render_document(project, i) for i in document_ids}
