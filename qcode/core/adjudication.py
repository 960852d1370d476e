"""Adjudication: a lead settles where two coders (or two groups) disagree and builds one agreed layer of
codings, held by a consensus coder ("consensus"), that reports can use (``--layer consensus``).

For every code in every document both sides coded, the two sides' codings are joined into passages:
stretches where either side coded, split where neither did. A passage both sides coded exactly alike is
*agreed*; :func:`accept_agreed` copies the agreed passages into the consensus layer. Every other passage
is a :class:`Disagreement` with both versions; :func:`decide` keeps side A's, side B's, both (their
union), neither, or the lead's own ranges, as consensus codings. Each decision is stored (so progress is
saved between sessions) together with what it changed, so undo and redo restore the same ids. A decision
replaces the consensus codings that overlap its passage and any earlier decision there (a coder changed
their codings, or the lead changed their mind). One transaction per call; no Qt.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from qcode.core import changes
from qcode.core.clock import now
from qcode.core.codings import add_coding, restore_codings
from qcode.core.errors import CodingError, QcodeError, register_messages
from qcode.core.report_agreement import coder_spans
from qcode.core.types import CodeId, CoderId, Coding, CodingId, DocumentId
from qcode.core.visibility import CONSENSUS, require_not_blind, session_is_blind, set_role

if TYPE_CHECKING:
    from qcode.core.project import Project

DEFAULT_CONSENSUS = "consensus"
DECISIONS = ("a", "b", "both", "neither", "own")

register_messages({
    "adjudication.no_coder": ("No coder named '{name}' (coders: {known}).",
                              "Der er ingen koder ved navn '{name}' (kodere: {known})."),
    "adjudication.same_coder": ("'{name}' is on both sides.", "'{name}' er på begge sider."),
    "adjudication.consensus_side": ("The consensus coder '{name}' cannot be one of the compared sides.",
                                    "Konsensuskoderen '{name}' kan ikke være en af de sammenlignede sider."),
    "adjudication.bad_decision": ("Unknown decision '{decision}'; use {known}.",
                                  "Ukendt afgørelse '{decision}'; brug {known}."),
    "adjudication.needs_ranges": ("Your own version needs at least one range.",
                                  "Din egen version skal have mindst ét interval."),
})

Ranges = tuple[tuple[int, int], ...]


class AdjudicationError(QcodeError):
    """An adjudication was asked for with coders or a decision that do not make sense."""


@dataclass(frozen=True)
class Decision:
    """A stored decision: what was kept, by whom, when."""

    id: int
    decision: str
    ranges: Ranges
    decided_by: str
    decided_at: str


@dataclass(frozen=True)
class Passage:
    """One code's stretch in one document where either side coded: each side's ranges in it."""

    document_id: DocumentId
    document_name: str
    code_id: CodeId
    start: int
    end: int
    a: Ranges
    b: Ranges

    @property
    def versions(self) -> str:
        """The fingerprint a decision is stored under: both sides' ranges."""
        return json.dumps({"a": [list(r) for r in self.a], "b": [list(r) for r in self.b]})

    def ranges_for(self, decision: str) -> Ranges:
        """The consensus ranges a decision keeps (not for 'own')."""
        if decision == "a":
            return self.a
        if decision == "b":
            return self.b
        if decision == "both":
            return _merge(self.a + self.b)
        return ()


@dataclass(frozen=True)
class Disagreement(Passage):
    """A passage the two sides coded differently, and the decision taken on it (None: still open)."""

    decision: Decision | None = None


@dataclass
class Adjudication:
    """Where two sides agree and disagree, and how far the lead has got."""

    sides: str
    consensus: str
    agreed: list[Passage] = field(default_factory=list)
    disagreements: list[Disagreement] = field(default_factory=list)
    agreed_done: int = 0  # agreed passages already in the consensus layer

    @property
    def decided(self) -> int:
        return sum(1 for d in self.disagreements if d.decision is not None)


@dataclass(frozen=True)
class DecisionResult:
    """What :func:`decide` changed, for :func:`undo_decision` and :func:`redo_decision`."""

    row: dict[str, Any]
    created: tuple[Coding, ...]
    removed: tuple[Coding, ...]
    replaced: tuple[dict[str, Any], ...]


def _merge(ranges: Sequence[tuple[int, int]]) -> Ranges:
    out: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return tuple(out)


def sides_key(coders_a: Sequence[str], coders_b: Sequence[str]) -> str:
    """How the two compared sides are named in stored decisions ("anna|bo", "anna+carl|bo")."""
    return "+".join(sorted(coders_a)) + "|" + "+".join(sorted(coders_b))


def _coder_ids(project: Project, names: Sequence[str]) -> list[CoderId]:
    known = {r[0]: CoderId(r[1]) for r in project.db.execute("SELECT name, id FROM coders")}
    for name in names:
        if name not in known:
            raise AdjudicationError("adjudication.no_coder", name=name, known=", ".join(sorted(known)) or "-")
    return [known[n] for n in names]


def adjudication(project: Project, coders_a: Sequence[str], coders_b: Sequence[str], *,
                 consensus: str = DEFAULT_CONSENSUS,
                 code_ids: Sequence[CodeId] | None = None) -> Adjudication:
    """The agreed passages and the disagreements (with any stored decisions) between two sides, in
    document-name and text order; only documents both sides coded."""
    require_not_blind(project, "adjudication")
    both = set(coders_a) & set(coders_b)
    if both:
        raise AdjudicationError("adjudication.same_coder", name=sorted(both)[0])
    if consensus in set(coders_a) | set(coders_b):
        raise AdjudicationError("adjudication.consensus_side", name=consensus)
    ids_a, ids_b = _coder_ids(project, coders_a), _coder_ids(project, coders_b)
    side = {i: "a" for i in ids_a} | {i: "b" for i in ids_b}
    spans: dict[tuple[DocumentId, CodeId], dict[str, list[tuple[int, int]]]] = defaultdict(
        lambda: {"a": [], "b": []})
    coded_by: dict[DocumentId, set[str]] = defaultdict(set)
    for doc_id, code_id, coder_id, _id, start, end in coder_spans(project, ids_a + ids_b):
        coded_by[doc_id].add(side[coder_id])
        if code_ids is None or code_id in code_ids:
            spans[(doc_id, code_id)][side[coder_id]].append((start, end))
    names = dict(project.db.execute("SELECT id, name FROM documents").fetchall())
    key = sides_key(coders_a, coders_b)
    stored = _stored_decisions(project, key)
    result = Adjudication(key, consensus)
    consensus_ranges = _consensus_ranges(project, consensus)
    for (doc_id, code_id), by_side in spans.items():
        if len(coded_by[doc_id]) < 2:
            continue
        a, b = _merge(by_side["a"]), _merge(by_side["b"])
        for start, end in _merge(a + b):
            inside_a = tuple(r for r in a if r[0] < end and r[1] > start)
            inside_b = tuple(r for r in b if r[0] < end and r[1] > start)
            if inside_a == inside_b:
                passage = Passage(doc_id, names[doc_id], code_id, start, end, inside_a, inside_b)
                result.agreed.append(passage)
                if all(r in consensus_ranges.get((doc_id, code_id), ()) for r in inside_a):
                    result.agreed_done += 1
            else:
                plain = Passage(doc_id, names[doc_id], code_id, start, end, inside_a, inside_b)
                result.disagreements.append(Disagreement(
                    plain.document_id, plain.document_name, code_id, start, end, inside_a, inside_b,
                    stored.get((doc_id, code_id, plain.versions))))
    order = lambda p: (p.document_name, p.start, p.end, p.code_id)  # noqa: E731
    result.agreed.sort(key=order)
    result.disagreements.sort(key=order)
    return result


def _stored_decisions(project: Project, key: str) -> dict[tuple[int, int, str], Decision]:
    rows = project.db.execute(
        "SELECT id, document_id, code_id, versions, decision, outcome, decided_by, decided_at "
        "FROM adjudications WHERE sides = ?", [key]).fetchall()
    return {(r[1], r[2], r[3]): Decision(r[0], r[4], tuple(tuple(x) for x in json.loads(r[5])["ranges"]),
                                         r[6], r[7]) for r in rows}


def _consensus_ranges(project: Project, consensus: str) -> dict[tuple[int, int], set[tuple[int, int]]]:
    out: dict[tuple[int, int], set[tuple[int, int]]] = defaultdict(set)
    for doc_id, code_id, start, end in project.db.execute(
            'SELECT c.document_id, c.code_id, c.start, c."end" FROM codings c JOIN coders k '
            "ON k.id = c.coder_id WHERE k.name = ?", [consensus]):
        out[(doc_id, code_id)].add((start, end))
    return out


def consensus_coder(project: Project, name: str = DEFAULT_CONSENSUS) -> CoderId:
    """The consensus coder's id (made, and given the consensus role, on first use)."""
    row = project.db.execute(
        "SELECT c.id FROM coders c JOIN coder_roles r ON r.coder_id = c.id WHERE c.name = ? AND r.role = ?",
        [name, CONSENSUS]).fetchone()
    if row:
        return CoderId(row[0])
    with project.transaction():
        set_role(project, name, CONSENSUS)
        return CoderId(project.db.execute("SELECT id FROM coders WHERE name = ?", [name]).fetchone()[0])


def accept_agreed(project: Project, state: Adjudication) -> tuple[Coding, ...]:
    """Copy every agreed passage not yet in the consensus layer into it; returns the codings made
    (undo removes them with :func:`remove_consensus`)."""
    made: list[Coding] = []
    with project.transaction():
        coder_id = consensus_coder(project, state.consensus)
        have = _consensus_ranges(project, state.consensus)
        for passage in state.agreed:
            for start, end in passage.a:
                if (start, end) in have.get((passage.document_id, passage.code_id), ()):
                    continue
                result = add_coding(project, passage.document_id, passage.code_id, start, end, coder_id)
                if result.created:
                    made.append(_raw_coding(project, result.coding_id))
        project.log("adjudication_accept_agreed", "project", None, sides=state.sides, codings=len(made))
    return tuple(made)


def restore_consensus(project: Project, codings: Sequence[Coding]) -> None:
    """Put back codings :func:`accept_agreed` made, with their ids (redo)."""
    with project.transaction():
        restore_codings(project, list(codings))
        project.log("adjudication_redo_agreed", "project", None, codings=len(codings))


def remove_consensus(project: Project, codings: Sequence[Coding]) -> None:
    """Take back codings :func:`accept_agreed` made (undo)."""
    with project.transaction():
        for coding in codings:
            project.db.execute("DELETE FROM codings WHERE id = ?", [coding.id])
        project.log("adjudication_undo_agreed", "project", None, codings=len(codings))
        _announce(project, {c.document_id for c in codings})


def _raw_coding(project: Project, coding_id: int) -> Coding:
    row = project.db.execute(
        'SELECT id, document_id, code_id, start, "end", coder_id, created_at, updated_at, memo '
        "FROM codings WHERE id = ?", [coding_id]).fetchone()
    if row is None:
        raise CodingError("coding.not_found", id=coding_id)
    return Coding(CodingId(row[0]), DocumentId(row[1]), *row[2:])


def _row(project: Project, row_id: int) -> dict[str, Any]:
    cursor = project.db.execute("SELECT * FROM adjudications WHERE id = ?", [row_id])
    names = [d[0] for d in cursor.description]
    return dict(zip(names, cursor.fetchone(), strict=True))


def _insert_row(project: Project, row: dict[str, Any]) -> None:
    columns = list(row)
    project.db.execute(
        f"INSERT INTO adjudications ({', '.join(chr(34) + c + chr(34) for c in columns)}) "
        f"VALUES ({', '.join('?' for _ in columns)})", [row[c] for c in columns])


def decide(project: Project, state: Adjudication, disagreement: Disagreement, decision: str,
           ranges: Sequence[tuple[int, int]] = ()) -> DecisionResult:
    """Settle one disagreement: keep side A's version ('a'), side B's ('b'), both ('both', their union),
    neither, or the lead's own ``ranges`` ('own'), as consensus codings, in one transaction."""
    require_not_blind(project, "adjudication")
    if decision not in DECISIONS:
        raise AdjudicationError("adjudication.bad_decision", decision=decision, known=", ".join(DECISIONS))
    kept = _merge(ranges) if decision == "own" else disagreement.ranges_for(decision)
    if decision == "own" and not kept:
        raise AdjudicationError("adjudication.needs_ranges")
    d = disagreement
    with project.transaction():
        coder_id = consensus_coder(project, state.consensus)
        # what stood here before: consensus codings over the passage, and earlier decisions on it
        cursor = project.db.execute(
            'SELECT id, document_id, code_id, start, "end", coder_id, created_at, updated_at, memo '
            'FROM codings WHERE document_id = ? AND code_id = ? AND coder_id = ? AND start < ? AND "end" > ?',
            [d.document_id, d.code_id, coder_id, d.end, d.start])
        removed = [Coding(*row) for row in cursor.fetchall()]
        replaced = [_row(project, r[0]) for r in project.db.execute(
            'SELECT id FROM adjudications WHERE document_id = ? AND code_id = ? AND sides = ? AND start < ? '
            'AND "end" > ?', [d.document_id, d.code_id, state.sides, d.end, d.start]).fetchall()]
        for coding in removed:
            project.db.execute("DELETE FROM codings WHERE id = ?", [coding.id])
        for row in replaced:
            project.db.execute("DELETE FROM adjudications WHERE id = ?", [row["id"]])
        created: list[Coding] = []
        for start, end in kept:
            result = add_coding(project, d.document_id, d.code_id, start, end, coder_id)
            removed.extend(result.absorbed)  # a neighbouring consensus coding the new one joined
            if result.created:
                created.append(_raw_coding(project, result.coding_id))
        outcome = {"ranges": [list(r) for r in kept], "codings": [c.id for c in created]}
        cursor = project.db.execute(
            'INSERT INTO adjudications (document_id, code_id, sides, start, "end", versions, decision, '
            "outcome, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [d.document_id, d.code_id, state.sides, d.start, d.end, d.versions, decision,
             json.dumps(outcome), project.coder_name, now()])
        assert cursor.lastrowid is not None
        row = _row(project, cursor.lastrowid)
        project.log("adjudicate", "document", d.document_id, code_id=d.code_id, start=d.start, end=d.end,
                    decision=decision, ranges=outcome["ranges"], sides=state.sides)
        _announce(project, {d.document_id})
    return DecisionResult(row, tuple(created), tuple(removed), tuple(replaced))


def undo_decision(project: Project, result: DecisionResult) -> None:
    """Take a decision back: its consensus codings go, what it replaced comes back with the same ids."""
    with project.transaction():
        for coding in result.created:
            project.db.execute("DELETE FROM codings WHERE id = ?", [coding.id])
        project.db.execute("DELETE FROM adjudications WHERE id = ?", [result.row["id"]])
        restore_codings(project, list(result.removed))
        for row in result.replaced:
            _insert_row(project, row)
        project.log("undo_adjudicate", "document", result.row["document_id"], decision=result.row["decision"])
        _announce(project, {DocumentId(result.row["document_id"])})


def redo_decision(project: Project, result: DecisionResult) -> None:
    """Make an undone decision again, with the same ids."""
    with project.transaction():
        for coding in result.removed:
            project.db.execute("DELETE FROM codings WHERE id = ?", [coding.id])
        for row in result.replaced:
            project.db.execute("DELETE FROM adjudications WHERE id = ?", [row["id"]])
        restore_codings(project, list(result.created))
        _insert_row(project, result.row)
        project.log("redo_adjudicate", "document", result.row["document_id"], decision=result.row["decision"])
        _announce(project, {DocumentId(result.row["document_id"])})


def _announce(project: Project, document_ids: set[DocumentId]) -> None:
    project.announce(changes.Change(changes.CODINGS, (), tuple(sorted(document_ids))))


@dataclass(frozen=True)
class AdjudicationProgress:
    """How far the adjudication of one document has got, over every pair of sides a lead has decided
    between: disagreements decided of all, and the consensus coder's codings in it."""

    decided: int
    disagreements: int

    @property
    def done(self) -> bool:
        return self.decided == self.disagreements


def adjudication_progress(project: Project) -> dict[DocumentId, AdjudicationProgress]:
    """Per document with a consensus layer or a stored decision: how many disagreements are decided.
    Empty for a blind coder (adjudication is the lead's) and where nothing was adjudicated."""
    if session_is_blind(project):
        return {}
    tally: dict[DocumentId, list[int]] = defaultdict(lambda: [0, 0])
    for (key,) in project.db.execute("SELECT DISTINCT sides FROM adjudications ORDER BY sides").fetchall():
        side_a, _, side_b = key.partition("|")
        try:
            state = adjudication(project, side_a.split("+"), side_b.split("+"))
        except QcodeError:
            continue  # a coder was renamed or deleted since: those decisions no longer apply
        for disagreement in state.disagreements:
            counts = tally[disagreement.document_id]
            counts[0] += disagreement.decision is not None
            counts[1] += 1
    consensus_documents = project.db.execute(
        "SELECT DISTINCT document_id FROM codings WHERE coder_id IN "
        f"(SELECT coder_id FROM coder_roles WHERE role = '{CONSENSUS}')").fetchall()
    for (doc_id,) in consensus_documents:
        tally.setdefault(DocumentId(doc_id), [0, 0])  # a consensus layer with nothing left to decide
    return {doc: AdjudicationProgress(d, n) for doc, (d, n) in tally.items()}
