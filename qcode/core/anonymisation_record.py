"""What the anonymisation did, in numbers, for the methods appendix: how many people (interviewees and
others), ages, places, organisations and contact details were replaced, how many detections were
rejected or are still undecided, and the seal.

Before a seal the register is the record. Sealing empties the register, so for a sealed project the
numbers are rebuilt from the change log, which keeps every register decision with its kind but (after the
seal's scrubbing) never the original (see the README's privacy section). Only SQL here; no Qt.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from qcode.core.project import Project

SEALED_AT = "anon.sealed_at"
INFORMANT = "informant"
_KINDS = {"PERSON": "persons", "AGE": "ages", "PLACE": "places", "ORG": "organisations"}
_REGISTER_ACTIONS = ("anon_entity_found", "anon_manual_mention", "anon_accepted", "anon_rejected",
                     "anon_pending", "anon_merge")


@dataclass(frozen=True)
class EntityCounts:
    """Accepted register entries by kind, rejected and undecided entries, and the mentions replaced.

    Persons are split into interviewees and others from the register; the log does not keep a person's
    first role, so after a seal ``informants`` and ``others`` are None (and ``mentions`` too)."""

    persons: int
    informants: int | None
    others: int | None
    ages: int
    places: int
    organisations: int
    contacts: int  # CPR and phone numbers, e-mail and street addresses, postcodes, dates of birth, dates
    rejected: int
    undecided: int
    mentions: int | None
    from_log: bool


@dataclass(frozen=True)
class SealRecord:
    """The seal as its log entry tells it."""

    at: str
    documents: int
    entities: int
    replacements: int


def _count(entries: list[dict[str, Any]], from_log: bool, mentions: int | None) -> EntityCounts:
    accepted = [e for e in entries if e["state"] == "accepted"]
    kinds = {name: sum(1 for e in accepted if e["kind"] == kind) for kind, name in _KINDS.items()}
    informants = sum(1 for e in accepted if e["kind"] == "PERSON" and e["role"] == INFORMANT)
    split_informants, split_others = (None, None) if from_log else (informants, kinds["persons"] - informants)
    contacts = sum(1 for e in accepted if e["kind"] not in _KINDS)
    return EntityCounts(kinds["persons"], split_informants, split_others, kinds["ages"], kinds["places"],
                        kinds["organisations"], contacts, sum(1 for e in entries if e["state"] == "rejected"),
                        sum(1 for e in entries if e["state"] == "pending"), mentions, from_log)


def _from_register(project: Project) -> EntityCounts:
    entries = [{"kind": r[0], "role": r[1], "state": r[2]} for r in project.db.execute(
        "SELECT kind, role, state FROM anon_entities")]
    mentions = project.db.execute(
        "SELECT count(*) FROM anon_mentions m JOIN anon_entities e ON e.id = m.entity_id "
        "WHERE e.state = 'accepted'").fetchone()[0]
    return _count(entries, False, mentions)


def _from_log(project: Project) -> EntityCounts:
    marks = ", ".join("?" for _ in _REGISTER_ACTIONS)
    entries: dict[int, dict[str, Any]] = {}
    for action, target_id, raw in project.db.execute(
            f"SELECT action, target_id, details FROM change_log WHERE action IN ({marks}) ORDER BY id",
            list(_REGISTER_ACTIONS)):
        details = json.loads(raw or "{}")
        if action == "anon_manual_mention":
            entity = details.get("entity_id")
            if entity is not None and entity not in entries:
                entries[entity] = {"kind": details.get("kind", ""), "role": "", "state": "accepted"}
            continue
        if target_id is None:
            continue
        entry = entries.setdefault(target_id, {"kind": details.get("kind", ""), "role": "",
                                               "state": "pending"})
        if action == "anon_entity_found":
            entry.update(kind=details.get("kind", entry["kind"]), state=details.get("state", "pending"))
        elif action == "anon_merge":
            entries.pop(details.get("merged"), None)
        else:
            entry.update(state=action.removeprefix("anon_"), kind=details.get("kind", entry["kind"]))
    return _count(list(entries.values()), True, None)


def entity_counts(project: Project) -> EntityCounts:
    """The anonymisation's numbers: from the register, or from the change log once the project is sealed."""
    if project.get_setting(SEALED_AT) is not None:
        return _from_log(project)
    return _from_register(project)


def seal_record(project: Project) -> SealRecord | None:
    """The latest seal (None when the project was never sealed)."""
    row = project.db.execute(
        "SELECT at, details FROM change_log WHERE action = 'anon_seal' ORDER BY id DESC LIMIT 1").fetchone()
    if row is None:
        return None
    details = json.loads(row[1] or "{}")
    return SealRecord(row[0], int(details.get("documents", 0)), int(details.get("entities", 0)),
                      int(details.get("replacements", 0)))


def age_style(project: Project) -> str:
    """How ages are written in pseudonymised text: 'decade' ("[fyrrerne]") or 'range' ("[40-49 år]")."""
    return project.get_setting("anon.age_style") or "decade"
