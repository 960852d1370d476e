"""Storage of the anonymiser's entity register: entities (one per person, age, place, organisation),
their surface forms and their mentions in documents.

This is the only module with SQL for the register; the rules (what gets accepted, which pseudonym,
how a text is rendered) live in ``qcode.anonymise``. Callers wrap calls in ``project.transaction()``
and announce one ANONYMISATION change for the decision they make of them; only
:func:`restore_entities`, the undo of such a decision, is a whole action of its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from qcode.core import changes
from qcode.core.clock import now
from qcode.core.errors import QcodeError, register_messages
from qcode.core.scrubbing import (  # noqa: F401  (re-exported: sealing, in qcode.anonymise, calls them here)
    rebuild_fulltext,
    scrub_text_columns,
    set_secure_delete,
)
from qcode.core.snapshots import Snapshot, capture
from qcode.core.types import DocumentId, EntityId

if TYPE_CHECKING:
    from qcode.core.project import Project

PENDING, ACCEPTED, REJECTED = "pending", "accepted", "rejected"
STATES = (PENDING, ACCEPTED, REJECTED)
# The role of a person entry: an interviewee ("[Informant 3]") or anyone else ("[Person 2]");
# '' for entries that are not persons or not classified yet.
INFORMANT, OTHER = "informant", "person"
ROLES = (INFORMANT, OTHER)

register_messages({
    "anon.entity_not_found": ("No anonymisation entity with id {id}.",
                              "Der er ingen anonymiseringsenhed med id {id}."),
    "anon.bad_state": ("'{state}' is not a decision (pending, accepted, rejected).",
                       "'{state}' er ikke en beslutning (pending, accepted, rejected)."),
    "anon.bad_role": ("'{role}' is not a person's role (informant, person).",
                      "'{role}' er ikke en persons rolle (informant, person)."),
    "anon.merge_self": ("An entity cannot be merged with itself (id {id}); give two different ids.",
                        "En enhed kan ikke flettes med sig selv (id {id}); angiv to forskellige id'er."),
})


class EntityError(QcodeError):
    """A register operation was refused."""


@dataclass(frozen=True)
class Entity:
    """One register entry; ``forms`` are every surface form seen or added for it."""

    id: EntityId
    kind: str
    core: str
    pseudonym: str
    custom: bool
    state: str
    detector: str
    score: float
    gender: str
    number: int | None
    forms: tuple[str, ...] = ()
    role: str = ""  # INFORMANT or OTHER for persons; numbers run per role
    role_custom: bool = False  # a person chose the role; detection leaves it alone


@dataclass(frozen=True)
class Mention:
    """One located mention of an entity in a document's stored text."""

    id: int
    document_id: DocumentId
    entity_id: EntityId
    start: int
    end: int
    surface: str
    detector: str
    manual: bool


_ENTITY_COLUMNS = ("id, kind, core, pseudonym, custom, state, detector, score, gender, number, role, "
                   "role_custom")


def _forms_by_entity(project: Project) -> dict[EntityId, list[str]]:
    forms: dict[EntityId, list[str]] = {}
    for entity_id, surface in project.db.execute(
        "SELECT entity_id, surface FROM anon_forms ORDER BY id"
    ):
        forms.setdefault(entity_id, []).append(surface)
    return forms


def _to_entity(row: tuple, forms: Iterable[str]) -> Entity:
    return Entity(EntityId(row[0]), row[1], row[2], row[3], bool(row[4]), row[5], row[6], row[7], row[8],
                  row[9], tuple(forms), role=row[10], role_custom=bool(row[11]))


def list_entities(project: Project, state: str | None = None, kind: str | None = None) -> list[Entity]:
    """Register entries (optionally of one decision state and/or kind), in creation order."""
    where, params = [], []
    if state:
        where.append("state = ?")
        params.append(state)
    if kind:
        where.append("kind = ?")
        params.append(kind)
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    forms = _forms_by_entity(project)
    rows = project.db.execute(
        f"SELECT {_ENTITY_COLUMNS} FROM anon_entities {clause} ORDER BY id", params
    ).fetchall()
    return [_to_entity(r, forms.get(r[0], ())) for r in rows]


def get_entity(project: Project, entity_id: EntityId) -> Entity:
    """One register entry with its forms."""
    row = project.db.execute(
        f"SELECT {_ENTITY_COLUMNS} FROM anon_entities WHERE id = ?", [entity_id]
    ).fetchone()
    if row is None:
        raise EntityError("anon.entity_not_found", id=entity_id)
    forms = [r[0] for r in project.db.execute(
        "SELECT surface FROM anon_forms WHERE entity_id = ? ORDER BY id", [entity_id])]
    return _to_entity(row, forms)


def find_entity(project: Project, kind: str, core: str) -> Entity | None:
    """The entry of this kind and core, if any."""
    row = project.db.execute(
        "SELECT id FROM anon_entities WHERE kind = ? AND core = ?", [kind, core]
    ).fetchone()
    return get_entity(project, EntityId(row[0])) if row else None


def entity_for_surface(project: Project, surface: str) -> Entity | None:
    """The (first) entry that has this exact surface form."""
    row = project.db.execute(
        "SELECT entity_id FROM anon_forms WHERE surface = ? ORDER BY id LIMIT 1", [surface]
    ).fetchone()
    return get_entity(project, EntityId(row[0])) if row else None


def insert_entity(project: Project, kind: str, core: str, *, state: str = PENDING, detector: str = "",
                  score: float = 1.0, gender: str = "", number: int | None = None) -> EntityId:
    """A new register entry (its core is also its first form); returns its id."""
    if state not in STATES:
        raise EntityError("anon.bad_state", state=state)
    cursor = project.db.execute(
        "INSERT INTO anon_entities (kind, core, state, detector, score, gender, number, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [kind, core, state, detector, score, gender, number, now()])
    assert cursor.lastrowid is not None  # an INSERT sets it (sqlite3 types it optional)
    entity_id = EntityId(cursor.lastrowid)
    add_form(project, entity_id, core)
    return entity_id


def next_number(project: Project, kind: str, role: str | None = None) -> int:
    """The next free running number for entries of a kind (and role: "[Informant 3]", "[Person 2]")."""
    sql, params = "SELECT COALESCE(MAX(number), 0) FROM anon_entities WHERE kind = ?", [kind]
    if role is not None:
        sql += " AND role = ?"
        params.append(role)
    return int(project.db.execute(sql, params).fetchone()[0]) + 1


def set_role(project: Project, entity_id: EntityId, role: str, number: int | None, *, custom: bool) -> None:
    """Store a person's role and its running number in that role; ``custom`` marks a person's choice."""
    if role not in ROLES:
        raise EntityError("anon.bad_role", role=role)
    project.db.execute("UPDATE anon_entities SET role = ?, number = ?, role_custom = ? WHERE id = ?",
                       [role, number, int(custom), entity_id])


def add_form(project: Project, entity_id: EntityId, surface: str) -> None:
    """Record a surface form of an entry (no-op when known)."""
    project.db.execute("INSERT OR IGNORE INTO anon_forms (entity_id, surface) VALUES (?, ?)",
                       [entity_id, surface])


def set_state(project: Project, entity_id: EntityId, state: str) -> None:
    """Record a decision for an entry."""
    if state not in STATES:
        raise EntityError("anon.bad_state", state=state)
    get_entity(project, entity_id)
    project.db.execute("UPDATE anon_entities SET state = ? WHERE id = ?", [state, entity_id])


def set_pseudonym(project: Project, entity_id: EntityId, pseudonym: str, *, custom: bool) -> None:
    """Store an entry's pseudonym; ``custom`` marks one a person chose (kept on regeneration)."""
    project.db.execute("UPDATE anon_entities SET pseudonym = ?, custom = ? WHERE id = ?",
                       [pseudonym, int(custom), entity_id])


def set_gender(project: Project, entity_id: EntityId, gender: str) -> None:
    """Store the gender used to pick a substitute name ('f', 'm' or '')."""
    project.db.execute("UPDATE anon_entities SET gender = ? WHERE id = ?", [gender, entity_id])


def merge_entities(project: Project, keep_id: EntityId, other_id: EntityId) -> None:
    """Move the forms and mentions of ``other_id`` to ``keep_id`` and delete ``other_id``."""
    if keep_id == other_id:  # would move nothing and then delete the entity with all its mentions
        raise EntityError("anon.merge_self", id=keep_id)
    get_entity(project, keep_id)
    get_entity(project, other_id)
    project.db.execute(
        "INSERT OR IGNORE INTO anon_forms (entity_id, surface) "
        "SELECT ?, surface FROM anon_forms WHERE entity_id = ?", [keep_id, other_id])
    project.db.execute("UPDATE anon_mentions SET entity_id = ? WHERE entity_id = ?", [keep_id, other_id])
    project.db.execute("DELETE FROM anon_entities WHERE id = ?", [other_id])


def add_mention(project: Project, document_id: DocumentId, entity_id: EntityId, start: int, end: int,
                surface: str, *, detector: str = "", manual: bool = False) -> None:
    """Record where an entity occurs (a manual mention replaces a detected one at the same range)."""
    verb = "INSERT OR REPLACE" if manual else "INSERT OR IGNORE"
    project.db.execute(
        f'{verb} INTO anon_mentions (document_id, entity_id, start, "end", surface, detector, manual) '
        "VALUES (?, ?, ?, ?, ?, ?, ?)", [document_id, entity_id, start, end, surface, detector, int(manual)])


def delete_detected_mentions(project: Project, document_id: DocumentId) -> None:
    """Forget a document's detected (not manual) mentions before detecting again."""
    project.db.execute("DELETE FROM anon_mentions WHERE document_id = ? AND manual = 0", [document_id])


def mentions_for_document(project: Project, document_id: DocumentId,
                          state: str | None = None) -> list[Mention]:
    """The document's mentions in text order (optionally only of entries in one state)."""
    sql = ('SELECT m.id, m.document_id, m.entity_id, m.start, m."end", m.surface, m.detector, m.manual '
           "FROM anon_mentions m JOIN anon_entities e ON e.id = m.entity_id WHERE m.document_id = ?")
    params: list[object] = [document_id]
    if state:
        sql += " AND e.state = ?"
        params.append(state)
    rows = project.db.execute(sql + " ORDER BY m.start", params).fetchall()
    return [Mention(r[0], DocumentId(r[1]), EntityId(r[2]), r[3], r[4], r[5], r[6], bool(r[7])) for r in rows]


def mentions_for_entity(project: Project, entity_id: EntityId, limit: int = 50) -> list[Mention]:
    """Up to ``limit`` mentions of one entry (for showing context)."""
    rows = project.db.execute(
        'SELECT id, document_id, entity_id, start, "end", surface, detector, manual FROM anon_mentions '
        "WHERE entity_id = ? ORDER BY document_id, start LIMIT ?", [entity_id, limit]).fetchall()
    return [Mention(r[0], DocumentId(r[1]), EntityId(r[2]), r[3], r[4], r[5], r[6], bool(r[7])) for r in rows]


def mention_surfaces(project: Project, entity_id: EntityId) -> list[str]:
    """Every distinct way an entry was written at its recorded mentions."""
    return [r[0] for r in project.db.execute(
        "SELECT DISTINCT surface FROM anon_mentions WHERE entity_id = ? ORDER BY surface", [entity_id])]


def documents_never_detected(project: Project) -> list[tuple[DocumentId, str]]:
    """(id, name) of every document that detection has never been run on (no ``anon_detect`` entry
    in the change log, which detection writes for each document it records)."""
    scanned = {r[0] for r in project.db.execute(
        "SELECT DISTINCT target_id FROM change_log WHERE action = 'anon_detect' AND target = 'document'")}
    return [(DocumentId(r[0]), r[1]) for r in project.db.execute("SELECT id, name FROM documents ORDER BY id")
            if r[0] not in scanned]


def mention_counts(project: Project) -> dict[EntityId, int]:
    """Number of recorded mentions per entry."""
    return dict(project.db.execute(
        "SELECT entity_id, COUNT(*) FROM anon_mentions GROUP BY entity_id").fetchall())


def capture_entities(project: Project, entity_ids: Iterable[int], *, with_mentions: bool = False) -> Snapshot:
    """Copy register entries (their rows and forms, and their mentions when a decision moves them, as
    a merge does) so :func:`restore_entities` can put them back as they are now."""
    ids = list(dict.fromkeys(entity_ids))
    marks = ", ".join("?" * len(ids))
    snapshot = Snapshot()
    capture(project, "anon_entities", f"id IN ({marks})", ids, snapshot)
    capture(project, "anon_forms", f"entity_id IN ({marks}) ORDER BY id", ids, snapshot)
    if with_mentions:
        capture(project, "anon_mentions", f"entity_id IN ({marks})", ids, snapshot)
    return snapshot


def restore_entities(project: Project, snapshot: Snapshot) -> None:
    """Put captured register entries back with the same ids (an entry merged away comes back, with
    its mentions): the undo of a review decision, in one transaction, logged and announced."""
    ids = snapshot.ids("anon_entities")
    if not ids:
        return
    marks = ", ".join("?" * len(ids))
    with project.transaction():
        for row in snapshot.rows.get("anon_entities", []):
            columns = [c for c in row if c != "id"]
            project.db.execute(
                f"INSERT INTO anon_entities (id, {', '.join(columns)}) VALUES (?{', ?' * len(columns)}) "
                f"ON CONFLICT(id) DO UPDATE SET {', '.join(f'{c} = excluded.{c}' for c in columns)}",
                [row["id"], *(row[c] for c in columns)])
        # Exactly the captured forms: a merge copied the other entry's forms to the one it kept.
        project.db.execute(f"DELETE FROM anon_forms WHERE entity_id IN ({marks})", ids)
        for row in snapshot.rows.get("anon_forms", []):
            add_form(project, row["entity_id"], row["surface"])
        for row in snapshot.rows.get("anon_mentions", []):
            # REPLACE: the row now at the same place is this mention, moved to the entry that was kept
            project.db.execute(
                'INSERT OR REPLACE INTO anon_mentions (id, document_id, entity_id, start, "end", surface, '
                "detector, manual) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [row["id"], row["document_id"], row["entity_id"], row["start"], row["end"], row["surface"],
                 row["detector"], row["manual"]])
        project.log("anon_restore", "anon_entity", ids[0] if len(ids) == 1 else None, ids=ids)
        project.announce(changes.Change(changes.ANONYMISATION, tuple(ids), ()))


def clear_register(project: Project) -> None:
    """Remove every entry, form and mention (used by sealing: afterwards only the key file knows them)."""
    project.db.execute("DELETE FROM anon_mentions")
    project.db.execute("DELETE FROM anon_forms")
    project.db.execute("DELETE FROM anon_entities")



def state_key(project: Project) -> tuple[int, int]:
    """Changes when this connection or another one has written (for caches of rendered text)."""
    conn = project.db.conn
    return conn.total_changes, conn.execute("PRAGMA data_version").fetchone()[0]

