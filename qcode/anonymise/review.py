"""Review of the register, one decision per distinct string: accept, reject, merge, edit a pseudonym,
add a missed mention. Every decision is one transaction and goes to the audit log. Used by the
review dialog, the document view and the CLI. No SQL (see ``qcode.core.entities``), no Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from qcode.anonymise import roles
from qcode.anonymise.candidates import CONTEXT_BOUND, KINDS, PERSON
from qcode.anonymise.register import interviewee_keys, next_number, refresh_pseudonyms, settle_roles
from qcode.anonymise.triage import waiting_reasons
from qcode.core import changes, entities
from qcode.core.documents import get_document
from qcode.core.errors import register_messages
from qcode.core.types import DocumentId, EntityId

if TYPE_CHECKING:
    from qcode.core.project import Project

register_messages({
    "anon.bad_kind": ("'{kind}' is not an entity kind ({kinds}).",
                      "'{kind}' er ikke en slags enhed ({kinds})."),
    "anon.bad_mention": ("The selection {start}–{end} is empty or outside the document.",
                         "Markeringen {start}–{end} er tom eller ligger uden for dokumentet."),
    "anon.merge_kinds": ("Only entities of the same kind can be merged ({a} and {b}).",
                         "Kun enheder af samme slags kan flettes ({a} og {b})."),
    "anon.empty_pseudonym": ("A pseudonym cannot be empty.", "Et pseudonym kan ikke være tomt."),
    "anon.pseudonym_is_original": (
        "The pseudonym '{pseudonym}' is or contains the original '{original}', which it must hide; "
        "choose another.",
        "Pseudonymet '{pseudonym}' er eller indeholder den oprindelige '{original}', som det skal skjule; "
        "vælg et andet."),
    "anon.role_not_person": ("Only persons have a role (informant or person); this is {kind}.",
                             "Kun personer har en rolle (informant eller person); dette er {kind}."),
})


@dataclass(frozen=True)
class ReviewItem:
    """One row of the review queue: an entity, how often it occurs, and a line of context."""

    entity: entities.Entity
    mentions: int
    context: str
    why: str = ""  # while pending: why it waits, a key of ``triage.why_text`` ("" when not known)


def _announce(project: Project, *ids: int) -> None:
    project.announce(changes.Change(changes.ANONYMISATION, tuple(ids), ()))


def context_of(project: Project, entity_id: EntityId, width: int = 40) -> str:
    """A line of text around the entity's first mention ('' when it has none)."""
    found = entities.mentions_for_entity(project, entity_id, limit=1)
    if not found:
        return ""
    mention = found[0]
    text = get_document(project, mention.document_id).text
    left = text[max(0, mention.start - width):mention.start]
    right = text[mention.end:mention.end + width]
    return f"…{left}[{text[mention.start:mention.end]}]{right}…".replace("\n", " ")


def review_items(project: Project, state: str | None = None) -> list[ReviewItem]:
    """The review queue: pending first, then accepted, then rejected; most frequent first."""
    counts = entities.mention_counts(project)
    order = {entities.PENDING: 0, entities.ACCEPTED: 1, entities.REJECTED: 2}
    waits = waiting_reasons(project)
    items = [ReviewItem(e, counts.get(e.id, 0), context_of(project, e.id),
                        waits.get(e.id, "") if e.state == entities.PENDING else "")
             for e in entities.list_entities(project, state=state)]
    return sorted(items, key=lambda i: (order[i.entity.state], -i.mentions, i.entity.core))


def decide(project: Project, entity_id: EntityId, state: str) -> None:
    """Accept or reject an entity (or put it back to pending); applies in every document."""
    with project.transaction():
        entity = entities.get_entity(project, entity_id)
        entities.set_state(project, entity_id, state)
        project.log(f"anon_{state}", "anon_entity", entity_id, kind=entity.kind, core=entity.core,
                    previous=entity.state)
        _announce(project, entity_id)


def accept(project: Project, entity_id: EntityId) -> None:
    """Accept: every mention of this entity is pseudonymised everywhere."""
    decide(project, entity_id, entities.ACCEPTED)


def reject(project: Project, entity_id: EntityId) -> None:
    """Reject: this string is not identifying; it is left as it is."""
    decide(project, entity_id, entities.REJECTED)


def merge(project: Project, keep_id: EntityId, other_id: EntityId) -> None:
    """Make ``other_id`` a set of extra forms of ``keep_id`` (same person, one pseudonym).

    The entity the user named first is kept as it is: its pseudonym and its role (now fixed as the
    user's choice, so detection does not move it because a merged name is an interviewee's). The merged
    entity is accepted when either was: merging must never bring back a name that was being replaced.
    """
    with project.transaction():
        keep, other = entities.get_entity(project, keep_id), entities.get_entity(project, other_id)
        if keep.kind != other.kind:
            raise entities.EntityError("anon.merge_kinds", a=keep.kind, b=other.kind)
        entities.merge_entities(project, keep_id, other_id)
        if keep.kind == PERSON and keep.role:
            entities.set_role(project, keep_id, keep.role, keep.number, custom=True)
        if other.state == entities.ACCEPTED and keep.state != entities.ACCEPTED:
            entities.set_state(project, keep_id, entities.ACCEPTED)
        if not keep.pseudonym:
            refresh_pseudonyms(project, only_missing=True)
        project.log("anon_merge", "anon_entity", keep_id, merged=other_id, core=keep.core,
                    merged_core=other.core, role=keep.role, state=entities.get_entity(project, keep_id).state)
        _announce(project, keep_id, other_id)


def set_role(project: Project, entity_id: EntityId, role: str) -> None:
    """Make a person an informant (an interviewee, "[Informant N]") or another person ("[Person N]");
    the choice is kept when detection runs again. The person gets the next number of that role."""
    with project.transaction():
        entity = entities.get_entity(project, entity_id)
        if entity.kind != PERSON:
            raise entities.EntityError("anon.role_not_person", kind=entity.kind)
        if role not in roles.ROLES:
            raise entities.EntityError("anon.bad_role", role=role)
        number = entity.number if role == entity.role else next_number(project, role)
        entities.set_role(project, entity_id, role, number, custom=True)
        if role != entity.role and not entity.custom:
            entities.set_pseudonym(project, entity_id, "", custom=False)
            refresh_pseudonyms(project, only_missing=True)
        project.log("anon_role", "anon_entity", entity_id, core=entity.core, old=entity.role, new=role)
        _announce(project, entity_id)


def edit_pseudonym(project: Project, entity_id: EntityId, pseudonym: str | None) -> None:
    """Choose an entity's pseudonym; ``None`` goes back to the one the settings prescribe."""
    with project.transaction():
        entity = entities.get_entity(project, entity_id)
        if pseudonym is None:
            entities.set_pseudonym(project, entity_id, "", custom=False)
            refresh_pseudonyms(project, only_missing=True)
        else:
            if not pseudonym.strip():
                raise entities.EntityError("anon.empty_pseudonym")
            check_pseudonym(project, pseudonym.strip(), entity_id)
            entities.set_pseudonym(project, entity_id, pseudonym.strip(), custom=True)
        project.log("anon_pseudonym", "anon_entity", entity_id, core=entity.core,
                    old=entity.pseudonym, new=pseudonym)
        _announce(project, entity_id)


def check_pseudonym(project: Project, pseudonym: str, entity_id: EntityId | None = None) -> None:
    """Refuse a chosen pseudonym that is, or has as a word, an original the register knows: it would
    put the name it hides back into every export. Rejected strings are not identifying, except the
    entity's own. (After sealing only the key file knows the originals.)"""
    folded = pseudonym.casefold()
    for entity in entities.list_entities(project):
        if entity.state == entities.REJECTED and entity.id != entity_id:
            continue
        for form in (entity.core, *entity.forms):
            name = form.strip().casefold()
            if not name:
                continue
            contained = entity.kind not in CONTEXT_BOUND and len(name) >= 2 and re.search(
                rf"(?<![^\W_]){re.escape(name)}(?![^\W_])", folded)
            if name == folded or contained:
                raise entities.EntityError("anon.pseudonym_is_original", pseudonym=pseudonym, original=form)


def add_manual_mention(project: Project, doc_id: DocumentId, start: int, end: int, label: str) -> EntityId:
    """Mark ``[start, end)`` of a document as a missed mention (e.g. a selection in the document view).

    The string joins the entity of that kind with the same core or form (else a new one), which is
    accepted, so the decision applies to the same string in every document. Returns the entity id.
    """
    if label not in KINDS:
        raise entities.EntityError("anon.bad_kind", kind=label, kinds=", ".join(KINDS))
    with project.transaction():
        text = get_document(project, doc_id).text
        surface = text[start:end] if 0 <= start < end <= len(text) else ""
        if not surface.strip():
            raise entities.EntityError("anon.bad_mention", start=start, end=end)
        # Keep whitespace out of the mention so the pseudonym sits where the name was.
        start += len(surface) - len(surface.lstrip())
        end -= len(surface) - len(surface.rstrip())
        surface = text[start:end]
        entity = entities.find_entity(project, label, surface)
        if entity is None and label not in CONTEXT_BOUND:
            by_form = entities.entity_for_surface(project, surface)
            entity = by_form if by_form is not None and by_form.kind == label else None
        if entity is None:
            entity_id = entities.insert_entity(project, label, surface, state=entities.ACCEPTED,
                                               detector="manual")
            if label == PERSON:  # marked in a header or a speaker label: an interviewee
                settle_roles(project, interviewee_keys([*roles.document_interviewees(project, doc_id),
                                                        *roles.case_names(project)]), [entity_id])
            refresh_pseudonyms(project, only_missing=True)
        else:
            entity_id = entity.id
            if entity.state != entities.ACCEPTED:
                entities.set_state(project, entity_id, entities.ACCEPTED)
        if label not in CONTEXT_BOUND:
            entities.add_form(project, entity_id, surface)
        entities.add_mention(project, doc_id, entity_id, start, end, surface, detector="manual",
                             manual=True)
        project.log("anon_manual_mention", "document", doc_id, entity_id=entity_id, kind=label,
                    start=start, end=end, surface=surface)
        project.announce(changes.Change(changes.ANONYMISATION, (entity_id,), (doc_id,)))
    return entity_id
