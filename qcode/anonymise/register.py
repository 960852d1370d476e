"""The project's entity register as the anonymiser sees it: turning detections into entities
(one per distinct string, automatic decisions), giving every person a role (interviewee or not, see
``roles``) and every entity its one pseudonym, and running detection over a whole project. SQL
lives in ``qcode.core.entities``; no Qt here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from qcode.anonymise import pseudonyms, roles
from qcode.anonymise.candidates import AGE, CONTEXT_BOUND, CPR, EMAIL, PERSON, PHONE, POSTCODE, Candidate
from qcode.anonymise.linking import (
    Linked,
    PersonIndex,
    full_key,
    is_full,
    link_document,
    looks_like_initials,
    skeleton,
)
from qcode.anonymise.state import is_sealed, replaced, settings
from qcode.anonymise.triage import REVIEW_NEEDED, waiting_reasons, waits_for_review
from qcode.core import changes, entities
from qcode.core.documents import get_document, list_documents
from qcode.core.speaker_labels import document_named_case
from qcode.core.types import DocumentId, EntityId

if TYPE_CHECKING:
    from qcode.core.project import Project

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]
DetectFn = Callable[..., list[Candidate]]

AUTO_ACCEPT_SCORE = 0.5  # automatic decisions: detections at or above this are accepted

def entity_key(label: str, core: str) -> tuple[str, str]:
    """What makes two detections one entity: ages by number; names by their confusable-insensitive
    first word, so "Karen Sørensen" in the header and "Karen:" in the turns get one pseudonym."""
    if label == AGE:
        return label, core
    if label in (CPR, PHONE, POSTCODE):
        # "28 14 63 07", "+45 28146307" and "plus 45 28 14 63 07" are one number
        digits = re.sub(r"\D", "", core)
        danish = label == PHONE and core.lstrip().startswith(("+45", "0045", "plus 45"))
        return label, digits[-8:] if danish else digits
    if label == EMAIL:
        return label, core.casefold()
    if label == PERSON:
        core = core.split()[0] if core.split() else core
    return label, skeleton(core)


def change_settings(project: Project, **values: str) -> None:
    """Change pseudonym settings (e.g. ``person_style="name"``) and regenerate the pseudonyms."""
    current = settings(project)
    merged = {f"anon.{k}": v for k, v in current.__dict__.items()}
    merged.update({f"anon.{k}": v for k, v in values.items()})
    pseudonyms.Settings.from_mapping(merged)  # validates before anything is stored
    with project.transaction():
        for key, value in values.items():
            project.set_setting(f"anon.{key}", value)
        refresh_pseudonyms(project)
        project.announce(changes.Change(changes.ANONYMISATION))  # every pseudonym may have changed


def _word_set(project: Project) -> set[str]:
    words: set[str] = set()
    for summary in list_documents(project):
        words.update(w.casefold() for w in re.findall(r"\w+", get_document(project, summary.id).text))
    return words


def refresh_pseudonyms(project: Project, *, only_missing: bool = False) -> None:
    """Give every entity without a chosen pseudonym the one the settings prescribe.

    With substitute names, a name that has since turned up in a document is replaced as well, so a
    pseudonym never coincides with a real name imported later.
    """
    config = settings(project)
    with project.transaction():
        settle_roles(project, interviewee_keys(roles.case_names(project)))  # cases named since
        _assign_pseudonyms(project, config, only_missing)


def _assign_pseudonyms(project: Project, config: pseudonyms.Settings, only_missing: bool) -> None:
    all_entities = entities.list_entities(project)
    names = config.person_style == pseudonyms.NAME and any(e.kind == PERSON for e in all_entities)
    forbidden = _word_set(project) if names else set()
    todo = [e for e in all_entities if not e.custom and (
        not only_missing or not e.pseudonym
        or (names and e.kind == PERSON and e.pseudonym.casefold() in forbidden))]
    originals = [f for e in all_entities if e.kind == PERSON for f in (e.core, *e.forms)]
    taken = {e.pseudonym for e in all_entities if e.kind == PERSON and e not in todo}
    for entity in todo:
        if entity.kind == PERSON and config.person_style == pseudonyms.NAME:
            new = pseudonyms.choose_substitute(entity.core, entity.gender, config.seed,
                                               forbidden=forbidden, originals=originals, taken=taken)
            taken.add(new)
        else:
            new = pseudonyms.label_for(entity.kind, entity.core, config, number=entity.number,
                                       role=entity.role)
        if new != entity.pseudonym:
            entities.set_pseudonym(project, entity.id, new, custom=False)


RoleKey = tuple[str, str]


def _role_key(name: str) -> RoleKey:
    # a whole name by its whole spelling, a bare name by itself: the first word alone made "Anne Ravn",
    # who is only mentioned, an informant because an "Anne" speaks in another document
    return ("full", full_key(name)) if is_full(name) else ("bare", skeleton(name.strip()))


def interviewee_keys(names: Iterable[str]) -> set[RoleKey]:
    """The keys of interviewee names: "Karen Sørensen" matches that full name, "Karen" a person one of
    whose names is "Karen" (in the document that interviews her, linking files "Karen" under her full
    name, so both are forms of one person)."""
    return {_role_key(name) for name in names if name.strip() and not document_named_case(name)}


def is_interviewee(names: Iterable[str], keys: set[RoleKey]) -> bool:
    """True when any of a person's names (core and forms) is an interviewee's."""
    return any(_role_key(name) in keys for name in names if name.strip())


def settle_roles(project: Project, keys: set[RoleKey],
                 entity_ids: Iterable[EntityId] | None = None) -> list[EntityId]:
    """Give every person without a role one (numbered in creation order), and make ``entity_ids``
    (default: all persons) that match ``keys`` informants; returns the entities that changed.

    Automatically a role only moves from person to informant (who is interviewed in one transcript
    is an informant in all of them); a role a person chose is left alone. A changed role takes the
    next number of its role and, unless chosen by hand, a fresh pseudonym.
    """
    wanted = None if entity_ids is None else set(entity_ids)
    changed = []
    for entity in entities.list_entities(project, kind=PERSON):
        if entity.role_custom or (wanted is not None and entity.id not in wanted and entity.role):
            continue
        informant = entity.role == roles.INFORMANT or is_interviewee((entity.core, *entity.forms), keys)
        role = roles.INFORMANT if informant else roles.OTHER
        if role == entity.role and entity.number is not None:
            continue
        entities.set_role(project, entity.id, role, next_number(project, role), custom=False)
        if not entity.custom:
            entities.set_pseudonym(project, entity.id, "", custom=False)
        if entity.role:
            project.log("anon_role", "anon_entity", entity.id, core=entity.core, old=entity.role, new=role,
                        automatic=True)
        changed.append(entity.id)
    return changed


def next_number(project: Project, role: str) -> int:
    """The next number of a role, past those a sealed text already uses: after sealing the register
    starts empty, and a new interviewee must not become a second "[Informant 1]"."""
    config = settings(project)
    label = config.person_label if role == roles.INFORMANT else config.other_label
    used = re.compile(rf"\[{re.escape(label.strip())} (\d+)\]")
    sealed = [int(m.group(1)) for p in json.loads(project.get_setting("anon.sealed_pseudonyms") or "[]")
              if (m := used.fullmatch(p))]
    return max(entities.next_number(project, PERSON, role), max(sealed, default=0) + 1)


def nothing_pseudonymised(project: Project) -> bool:
    """True while exports and the pseudonymised view have nothing to replace: no accepted entity and
    not sealed (detection has not run, or everything was rejected)."""
    return not replaced(project) and not is_sealed(project)


def known_map(project: Project) -> dict[str, str]:
    """Every accepted surface form (and core) → its label, for ``detect(known=...)``."""
    known: dict[str, str] = {}
    for entity in entities.list_entities(project, state=entities.ACCEPTED):
        if entity.kind in CONTEXT_BOUND:
            continue
        for form in (entity.core, *entity.forms):
            # initials are found by the document that explains them; a case variant of "KL" is "Kl."
            if not (entity.kind == PERSON and looks_like_initials(form)):
                known[form] = entity.kind
    return known


def user_lists(project: Project) -> tuple[list[str], list[str]]:
    """The user's place and organisation lists (settings ``anon.places`` / ``anon.orgs``, one per line)."""
    def split(key: str) -> list[str]:
        return [s.strip() for s in (project.get_setting(key) or "").splitlines() if s.strip()]

    return split("anon.places"), split("anon.orgs")


@dataclass
class RecordResult:
    """What recording one document's detections did."""

    mentions: int = 0
    new_entities: list[EntityId] = field(default_factory=list)
    waiting: list[EntityId] = field(default_factory=list)  # new and left for review (see ``triage``)


def _find_or_create(project: Project, candidate: Candidate, *, auto_accept: bool,
                    skeletons: dict[tuple[str, str], EntityId]) -> tuple[EntityId, bool]:
    existing = entities.find_entity(project, candidate.label, candidate.core)
    if existing is None and candidate.label not in CONTEXT_BOUND:
        by_form = entities.entity_for_surface(project, candidate.surface)
        if by_form is not None and by_form.kind == candidate.label:
            existing = by_form
    if existing is None and candidate.label not in CONTEXT_BOUND:
        entity_id = skeletons.get(entity_key(candidate.label, candidate.core))
        if entity_id is not None:
            return entity_id, False
    if existing is not None:
        return existing.id, False
    entity_id = _insert(project, candidate, candidate.core, auto_accept)
    if candidate.label not in CONTEXT_BOUND:
        skeletons.setdefault(entity_key(candidate.label, candidate.core), entity_id)
    return entity_id, True


def _insert(project: Project, candidate: Candidate, core: str, auto_accept: bool) -> EntityId:
    state = entities.ACCEPTED if auto_accept and candidate.score >= AUTO_ACCEPT_SCORE else entities.PENDING
    gender = pseudonyms.guess_gender(core) if candidate.label == PERSON else ""
    # a person's number depends on its role, which settle_roles gives once the document is read
    entity_id = entities.insert_entity(project, candidate.label, core, state=state,
                                       detector=candidate.detector, score=candidate.score, gender=gender)
    project.log("anon_entity_found", "anon_entity", entity_id, kind=candidate.label,
                core=core, detector=candidate.detector, state=state)
    return entity_id


def _person(project: Project, linked: Linked, persons: PersonIndex, *,
            auto_accept: bool, keys: set[RoleKey]) -> tuple[EntityId, bool]:
    """The entity of the person a linked name stands for (see ``linking``), created when new."""
    found = persons.find(linked.person, interviewed=is_interviewee([linked.person], keys))
    if found is not None:
        return EntityId(found), False
    entity_id = _insert(project, linked.candidate, linked.person, auto_accept)
    persons.add(entity_id, [linked.person])
    return entity_id, True


def record_candidates(project: Project, document_id: DocumentId, candidates: Iterable[Candidate], *,
                      auto_accept: bool = True, refresh: bool = True) -> RecordResult:
    """Store one document's detections: new entities (accepted when automatic), forms and mentions.

    Persons are filed by who they are in this document (``linking``): its initials, bare first names and
    nicknames join the full name they stand for. ``refresh=False`` leaves pseudonyms to the caller (one
    refresh after many documents).
    """
    result = RecordResult()
    with project.transaction():
        keys = interviewee_keys([*roles.document_interviewees(project, document_id),
                                 *roles.case_names(project)])
        persons: list[EntityId] = []
        entities.delete_detected_mentions(project, document_id)
        skeletons: dict[tuple[str, str], EntityId] = {}
        index = PersonIndex()
        known = entities.list_entities(project)
        states = {e.id: e.state for e in known}
        for e in known:
            if e.kind == PERSON:
                index.add(e.id, (e.core, *e.forms))
                if e.role == roles.INFORMANT:
                    index.speakers.add(e.id)
            elif e.kind not in CONTEXT_BOUND:
                skeletons.setdefault(entity_key(e.kind, e.core), e.id)
        text = get_document(project, document_id).text
        found: dict[EntityId, list[Candidate]] = {}
        for linked in link_document(text, list(candidates)):
            candidate = linked.candidate
            if candidate.label == PERSON:
                entity_id, created = _person(project, linked, index, auto_accept=auto_accept, keys=keys)
                index.add(entity_id, [candidate.surface])
                persons.append(entity_id)
            else:
                entity_id, created = _find_or_create(project, candidate, auto_accept=auto_accept,
                                                     skeletons=skeletons)
            if created:
                result.new_entities.append(entity_id)
            found.setdefault(entity_id, []).append(candidate)
            if candidate.label not in CONTEXT_BOUND:
                entities.add_form(project, entity_id, candidate.surface)
            entities.add_mention(project, document_id, entity_id, candidate.start, candidate.end,
                                 candidate.surface, detector=candidate.detector)
            result.mentions += 1
        if auto_accept:
            result.waiting = _leave_for_review(project, result.new_entities, found, states)
        settle_roles(project, keys, persons)
        project.log("anon_detect", "document", document_id, mentions=result.mentions,
                    new_entities=len(result.new_entities))
        if refresh:
            refresh_pseudonyms(project, only_missing=True)
        project.announce(changes.Change(changes.ANONYMISATION, tuple(result.new_entities), (document_id,)))
    return result


def _leave_for_review(project: Project, new: Sequence[EntityId],
                      found: Mapping[EntityId, Sequence[Candidate]],
                      states: Mapping[EntityId, str]) -> list[EntityId]:
    """Put the uncertain among the new, automatically accepted entities back to pending, and log why
    (the review list shows it); accept one that detection left pending before and this document now
    gives certain evidence for ("Nova" the model guessed, then "Nova:" as a speaker). Pending is
    replaced like accepted until someone rejects it."""
    waiting = []
    fresh = set(new)
    pending = {i for i in found if i not in fresh and states.get(i) == entities.PENDING}
    left = waiting_reasons(project) if pending else {}
    for entity_id in [*new, *sorted(pending)]:
        entity = entities.get_entity(project, entity_id)
        why = waits_for_review(entity.kind, entity.core, found.get(entity_id, ()))
        if entity_id in fresh and why and entity.state == entities.ACCEPTED:
            entities.set_state(project, entity_id, entities.PENDING)
            project.log(REVIEW_NEEDED, "anon_entity", entity_id, kind=entity.kind, core=entity.core, why=why)
            waiting.append(entity_id)
        elif entity_id not in fresh and not why and left.get(entity_id):  # pending by detection, not by hand
            entities.set_state(project, entity_id, entities.ACCEPTED)
            project.log("anon_accepted", "anon_entity", entity_id, kind=entity.kind, core=entity.core,
                        previous=entities.PENDING, automatic=True)
    return waiting


def _default_detect() -> DetectFn:
    from qcode.anonymise.detect import detect  # noqa: PLC0415 (spaCy and the model load only when detection runs)

    return detect


def detect_texts(texts: Sequence[tuple[DocumentId, str]], known: Mapping[str, str], *,
                 places: Sequence[str] = (), orgs: Sequence[str] = (),
                 progress: Progress | None = None, cancelled: Cancelled | None = None,
                 detect_fn: DetectFn | None = None, use_model: bool = True
                 ) -> dict[DocumentId, list[Candidate]]:
    """Detect in many texts; pure and thread-safe, so the GUI runs it on a worker thread.

    Stops early (returning what it has) when ``cancelled()`` turns true.
    """
    detect_fn = detect_fn or _default_detect()
    found: dict[DocumentId, list[Candidate]] = {}
    known = dict(known)
    for index, (document_id, text) in enumerate(texts):
        if cancelled is not None and cancelled():
            break
        if progress is not None:
            progress(index, len(texts), f"#{document_id}")
        candidates = detect_fn(text, known=known, places=places, orgs=orgs, use_model=use_model)
        found[document_id] = candidates
        for c in candidates:  # later documents see earlier documents' names, as the register would
            if c.label not in CONTEXT_BOUND and not (c.label == PERSON and looks_like_initials(c.core)):
                known.setdefault(c.core, c.label)
    if progress is not None:
        progress(len(found), len(texts), "")
    return found


def detection_input(project: Project,
                    document_ids: Sequence[DocumentId] | None = None) -> list[tuple[DocumentId, str]]:
    """(document id, text) pairs to hand to :func:`detect_texts`."""
    ids = document_ids if document_ids is not None else [d.id for d in list_documents(project)]
    return [(i, get_document(project, i).text) for i in ids]


def store_detections(project: Project, found: Mapping[DocumentId, list[Candidate]], *,
                     auto_accept: bool = True) -> int:
    """Record every document's detections in one transaction; returns the number of mentions."""
    with project.transaction():
        total = sum(record_candidates(project, doc_id, cands, auto_accept=auto_accept, refresh=False).mentions
                    for doc_id, cands in found.items())
        refresh_pseudonyms(project, only_missing=True)
    return total


def detect_project(project: Project, *, progress: Progress | None = None, cancelled: Cancelled | None = None,
                   auto_accept: bool = True, detect_fn: DetectFn | None = None,
                   use_model: bool = True) -> int:
    """Detect in every document and record the automatic decisions (the CLI's one call)."""
    places, orgs = user_lists(project)
    found = detect_texts(detection_input(project), known_map(project), places=places, orgs=orgs,
                         progress=progress, cancelled=cancelled, detect_fn=detect_fn, use_model=use_model)
    return store_detections(project, found, auto_accept=auto_accept)
