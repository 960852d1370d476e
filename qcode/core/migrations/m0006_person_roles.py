"""Version 6: every person in the anonymiser's register gets a role, interviewee ("informant") or
anyone else ("person"), numbered separately, so a contact person is no longer "[Informant 2]".

Existing registers are classified here from what the file already knows (interviewee turns, case
names, participant header metadata); later detections refine it. A frozen snapshot of the rule in
``qcode.anonymise.roles``: migrations never import the code they migrate for.
"""

import json
import re
import sqlite3

_PARTICIPANT_KEYS = frozenset({
    "interviewperson", "interviewpersonen", "interviewede", "informant", "informanten", "deltager",
    "deltageren", "respondent", "interviewee", "participant", "ip", "borger",
})


def _key(name: str) -> str:
    """What makes two names one register entity: the case-folded first word."""
    words = name.split()
    return words[0].casefold() if words else ""


def _interviewee_keys(conn: sqlite3.Connection) -> set[str]:
    keys: set[str] = set()
    turns = conn.execute("SELECT DISTINCT speaker, label FROM turns WHERE role = 'interviewee'")
    for speaker, label in turns:
        keys.update((_key(speaker or ""), _key(label or "")))
    keys.update(_key(name) for (name,) in conn.execute("SELECT name FROM cases"))
    for (metadata,) in conn.execute("SELECT metadata FROM documents"):
        try:
            values = json.loads(metadata or "{}")
        except ValueError:
            continue
        if isinstance(values, dict):
            for key, value in values.items():
                if str(key).casefold().strip() in _PARTICIPANT_KEYS and isinstance(value, str):
                    keys.add(_key(re.split(r"[,(;]", value, maxsplit=1)[0]))
    keys.discard("")
    return keys


def apply(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE anon_entities ADD COLUMN role TEXT NOT NULL DEFAULT ''")
    conn.execute("ALTER TABLE anon_entities ADD COLUMN role_custom INTEGER NOT NULL DEFAULT 0")
    keys = _interviewee_keys(conn)
    forms: dict[int, list[str]] = {}
    for entity_id, surface in conn.execute("SELECT entity_id, surface FROM anon_forms"):
        forms.setdefault(entity_id, []).append(surface)
    settings = dict(conn.execute(
        "SELECT key, value FROM project_info WHERE key IN ('anon.person_style', 'anon.person_label')"))
    numbered = (settings.get("anon.person_style") or "numbered") == "numbered"
    labels = {"informant": settings.get("anon.person_label") or "Informant", "person": "Person"}
    counters = {"informant": 0, "person": 0}
    rows = conn.execute(
        "SELECT id, core, custom FROM anon_entities WHERE kind = 'PERSON' ORDER BY id").fetchall()
    for entity_id, core, custom in rows:
        names = (core, *forms.get(entity_id, ()))
        role = "informant" if any(_key(n) in keys for n in names) else "person"
        counters[role] += 1
        conn.execute("UPDATE anon_entities SET role = ?, number = ? WHERE id = ?",
                     [role, counters[role], entity_id])
        if numbered and not custom:  # the pseudonym the settings prescribe for the new numbering
            conn.execute("UPDATE anon_entities SET pseudonym = ? WHERE id = ?",
                         [f"[{labels[role]} {counters[role]}]", entity_id])
