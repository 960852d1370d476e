"""Whose codings this session sees: blind double coding, and the coder layer a report is limited to.

**Where the filter lives.** Every core query that *reads* codings for a person (the document view and
its stripes, retrieval, frequencies, co-occurrence, agreement, quotes, REFI-QDA and every other export)
reads the connection's ``visible_codings`` view instead of the ``codings`` table. The view is a TEMP view
made per connection when the project opens (so every connection, also a background job's, gets one)
and redefined here whenever the blind settings change:

* not blind, or the viewing coder is a lead: ``SELECT * FROM codings`` (SQLite flattens it; no cost);
* the viewing coder is blind: only their own codings, those of coders marked *shared* (e.g. speaker
  auto-coding done by the lead before the coders start) and those of coders the lead let them see;
* inside :func:`coding_layer` (``qcode report … --layer consensus``): also only the named coders.

The viewing coder is the session's coder (``project.coder_name``), so a core query "takes the viewing
coder" from the project it is given. Writes (coding, text edits, sealing, deleting a code, merging,
imports' duplicate checks) use the ``codings`` table itself, so nothing a coder cannot see is changed
or lost by accident; a blind coder cannot name a hidden coding (``get_coding`` does not find it).
``tests/core/test_visibility.py`` lists which core functions read the table directly, and why.

Blind coding is a working agreement, not access control: the file holds every coding, and anyone who
opens it under a lead's name sees them all (as in NVivo and MAXQDA, where the lead merges copies).
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from qcode.core import changes
from qcode.core.clock import now
from qcode.core.coders import ensure_coder
from qcode.core.errors import QcodeError, register_messages
from qcode.core.types import CoderId

if TYPE_CHECKING:
    from qcode.core.project import Project

LEAD, SHARED, CONSENSUS = "lead", "shared", "consensus"
BLIND_KEY = "blind.active"
REVEALED_KEY = "blind.revealed_at"
VIEW = "visible_codings"

register_messages({
    "blind.only_lead": (
        "Blind coding is on and {name} is a blind coder: only a lead ({leads}) can change who sees what.",
        "Blind kodning er slået til, og {name} koder blindt: kun en leder ({leads}) kan ændre, "
        "hvem der ser hvad.",
    ),
    "blind.not_yet": (
        "Blind coding is on: {what} opens when the lead reveals the codings.",
        "Blind kodning er slået til: {what} åbner, når lederen viser kodningerne.",
    ),
    "blind.unknown_coder": ("No coder named '{name}' (coders: {known}).",
                            "Der er ingen koder ved navn '{name}' (kodere: {known})."),
})


class VisibilityError(QcodeError):
    """A blind coder asked for what only a lead may do or see."""


@dataclass(frozen=True)
class BlindState:
    """The blind-coding settings: on or off, the leads (who see everything), coders whose codings
    everyone sees, extra (viewer, seen) pairs, and when the lead last revealed the codings."""

    active: bool = False
    leads: tuple[str, ...] = ()
    shared: tuple[str, ...] = ()
    sees: tuple[tuple[str, str], ...] = ()
    revealed_at: str | None = None


# -- reading the settings ---------------------------------------------------------------------------
def _setting(project: Project, key: str) -> str | None:
    row = project.conn.execute("SELECT value FROM project_info WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def _role_names(project: Project, role: str) -> tuple[str, ...]:
    return tuple(r[0] for r in project.conn.execute(
        "SELECT c.name FROM coder_roles r JOIN coders c ON c.id = r.coder_id WHERE r.role = ? "
        "ORDER BY c.name", [role]))


def blind_state(project: Project) -> BlindState:
    """The project's blind-coding settings."""
    sees = tuple((r[0], r[1]) for r in project.db.execute(
        "SELECT a.name, b.name FROM coder_visibility v JOIN coders a ON a.id = v.viewer_id "
        "JOIN coders b ON b.id = v.seen_id ORDER BY a.name, b.name"))
    return BlindState(_setting(project, BLIND_KEY) == "1", _role_names(project, LEAD),
                      _role_names(project, SHARED), sees, _setting(project, REVEALED_KEY))


def session_coder_id(project: Project) -> CoderId | None:
    """The session coder's id, or None before their first coding (looked up, never created)."""
    row = project.db.execute("SELECT id FROM coders WHERE name = ?", [project.coder_name]).fetchone()
    return CoderId(row[0]) if row else None


def session_is_blind(project: Project) -> bool:
    """Whether this session's coder sees only their own (and the allowed) codings."""
    return _setting(project, BLIND_KEY) == "1" and project.coder_name not in _role_names(project, LEAD)


def consensus_coders(project: Project) -> tuple[str, ...]:
    """Names of the coders that hold an adjudicated (consensus) layer."""
    return _role_names(project, CONSENSUS)


def visible_coder_ids(project: Project) -> set[CoderId] | None:
    """The coders whose codings this session sees (None: everyone's)."""
    if not session_is_blind(project):
        return None
    rows = project.db.execute(f"SELECT DISTINCT coder_id FROM ({_seen_sql(project)})")
    return {CoderId(r[0]) for r in rows}


def require_not_blind(project: Project, what: str) -> None:
    """Refuse ``what`` (e.g. "the coder comparison") while this session codes blind."""
    if session_is_blind(project):
        raise VisibilityError("blind.not_yet", what=what)


# -- the view ---------------------------------------------------------------------------------------
def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _seen_sql(project: Project) -> str:
    """A SELECT of the coder ids a blind viewer sees: their own, the shared ones, and the allowed."""
    me = _literal(project.coder_name)
    return (f"SELECT id AS coder_id FROM main.coders WHERE name = {me} "
            "UNION SELECT v.seen_id FROM main.coder_visibility v JOIN main.coders c ON c.id = v.viewer_id "
            f"WHERE c.name = {me} "
            f"UNION SELECT coder_id FROM main.coder_roles WHERE role = '{SHARED}'")


def _define_view(project: Project, layer: Sequence[int] | None = None) -> None:
    conditions = []
    if session_is_blind(project):
        conditions.append(f"coder_id IN ({_seen_sql(project)})")
    if layer is not None:
        conditions.append(f"coder_id IN ({', '.join(str(int(i)) for i in layer) or 'NULL'})")
    where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
    conn = project.conn
    # A reader's connection is query_only, which also refuses TEMP objects; the file itself stays
    # protected by its read-only open (mode=ro), so the switch only lets this view be made.
    query_only = conn.execute("PRAGMA query_only").fetchone()[0]
    if query_only:
        conn.execute("PRAGMA query_only = OFF")
    try:
        conn.execute(f"DROP VIEW IF EXISTS temp.{VIEW}")
        conn.execute(f"CREATE TEMP VIEW {VIEW} AS SELECT * FROM main.codings{where}")
    finally:
        if query_only:
            conn.execute("PRAGMA query_only = ON")


# The coder layer a project's session is limited to (coding_layer), by project.
_layers: weakref.WeakKeyDictionary[Project, list[int]] = weakref.WeakKeyDictionary()


def install(project: Project) -> None:
    """Make this connection's ``visible_codings`` view (the settings' changes below redefine it)."""
    _define_view(project)


@contextmanager
def coding_layer(project: Project, coder_names: Iterable[str]) -> Iterator[None]:
    """Within the block, every reading query sees only the named coders' codings (as far as this
    session may see them at all), e.g. the consensus layer for a report."""
    names = list(coder_names)
    known = {r[0]: r[1] for r in project.db.execute("SELECT name, id FROM coders")}
    for name in names:
        if name not in known:
            raise VisibilityError("blind.unknown_coder", name=name, known=", ".join(sorted(known)) or "-")
    ids = [known[n] for n in names]
    _layers[project] = ids
    _define_view(project, ids)
    try:
        yield
    finally:
        _layers.pop(project, None)
        _define_view(project)


# -- changing the settings --------------------------------------------------------------------------
def _check_may_change(project: Project) -> None:
    if session_is_blind(project):
        raise VisibilityError("blind.only_lead", name=project.coder_name,
                              leads=", ".join(_role_names(project, LEAD)) or "-")


def set_blind(project: Project, state: BlindState) -> BlindState:
    """Replace the blind-coding settings (leads, shared coders, extra pairs, on/off) in one transaction;
    returns the settings as they were, which undo passes back. Turning blind coding on makes the
    session's coder a lead, so the person who sets it up never locks themselves out."""
    _check_may_change(project)
    with project.transaction():
        before = blind_state(project)
        leads = list(dict.fromkeys(state.leads))
        if state.active and project.coder_name not in leads:
            leads.append(project.coder_name)
        project.db.execute("DELETE FROM coder_roles WHERE role IN (?, ?)", [LEAD, SHARED])
        project.db.execute("DELETE FROM coder_visibility")
        for role, names in ((LEAD, leads), (SHARED, list(dict.fromkeys(state.shared)))):
            for name in names:
                project.db.execute("INSERT INTO coder_roles (coder_id, role) VALUES (?, ?)",
                                   [ensure_coder(project, name), role])
        for viewer, seen in state.sees:
            if viewer != seen:
                project.db.execute(
                    "INSERT OR IGNORE INTO coder_visibility (viewer_id, seen_id) VALUES (?, ?)",
                    [ensure_coder(project, viewer), ensure_coder(project, seen)])
        _put(project, BLIND_KEY, "1" if state.active else "0")
        if before.active and not state.active:
            _put(project, REVEALED_KEY, now())
        elif state.revealed_at != before.revealed_at and state.revealed_at is not None:
            _put(project, REVEALED_KEY, state.revealed_at)
        project.log("set_blind", "project", None, active=state.active, leads=leads,
                    shared=list(state.shared), sees=[list(p) for p in state.sees])
        _changed(project)
    return before


def start_blind(project: Project, leads: Iterable[str] = (), shared: Iterable[str] = (),
                sees: Iterable[tuple[str, str]] = ()) -> BlindState:
    """Turn blind coding on: every coder but the leads sees only their own codings (and the shared
    coders' and allowed pairs'); returns the settings as they were."""
    return set_blind(project, BlindState(True, tuple(leads), tuple(shared), tuple(sees)))


def reveal(project: Project) -> BlindState:
    """The lead opens the comparison: blind coding ends and everyone sees every coding (the roles stay,
    for the next round); returns the settings as they were."""
    current = blind_state(project)
    return set_blind(project, BlindState(False, current.leads, current.shared, current.sees))


def set_role(project: Project, name: str, role: str, on: bool = True) -> None:
    """Give a coder a role (lead, shared, consensus), or take it away."""
    _check_may_change(project)
    with project.transaction():
        coder_id = ensure_coder(project, name)
        if on:
            project.db.execute("INSERT OR IGNORE INTO coder_roles (coder_id, role) VALUES (?, ?)",
                               [coder_id, role])
        else:
            project.db.execute("DELETE FROM coder_roles WHERE coder_id = ? AND role = ?", [coder_id, role])
        project.log("set_coder_role", "coder", coder_id, name=name, role=role, on=on)
        _changed(project)


def _put(project: Project, key: str, value: str) -> None:
    project.db.execute("INSERT INTO project_info (key, value) VALUES (?, ?) "
                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value", [key, value])


def _changed(project: Project) -> None:
    # The view is redefined inside the caller's transaction: SQLite's schema changes are transactional
    # (temp ones too), so a rolled-back change leaves the view as it was. CODINGS with no ids tells every
    # view to re-read, since which codings are visible has changed.
    _define_view(project, _layers.get(project))
    project.announce(changes.Change(changes.CODERS))
    project.announce(changes.Change(changes.CODINGS))
