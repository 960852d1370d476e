"""Cases (usually one per interviewee), their typed attributes, and which documents they cover."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from qcode.core import changes
from qcode.core.ages import is_age_attribute
from qcode.core.errors import CaseError
from qcode.core.snapshots import Snapshot, capture, restore
from qcode.core.types import Case, CaseId, DocumentId

if TYPE_CHECKING:
    from qcode.core.project import Project

ATTRIBUTE_TYPES = ("text", "number", "date", "boolean")
_TRUE = {"1", "true", "ja", "yes", "sand"}
_FALSE = {"0", "false", "nej", "no", "falsk"}


def add_case(project: Project, name: str, description: str = "") -> CaseId:
    """Create a case with a unique name."""
    name = name.strip()
    with project.transaction():
        if not name:
            raise CaseError("case.not_found", name=name)
        if project.db.execute("SELECT 1 FROM cases WHERE name = ?", [name]).fetchone():
            raise CaseError("case.duplicate_name", name=name)
        cursor = project.db.execute(
            "INSERT INTO cases (name, description) VALUES (?, ?)", [name, description]
        )
        assert cursor.lastrowid is not None  # an INSERT sets it (sqlite3 types it optional)
        project.log("add_case", "case", cursor.lastrowid, name=name)
        project.announce(changes.Change(changes.CASES, (cursor.lastrowid,)))
    return CaseId(cursor.lastrowid)


def ensure_case(project: Project, name: str) -> CaseId:
    """The case called ``name``, created if new."""
    row = project.db.execute("SELECT id FROM cases WHERE name = ?", [name.strip()]).fetchone()
    return CaseId(row[0]) if row else add_case(project, name)


def find_case(project: Project, name: str) -> Case:
    row = project.db.execute("SELECT id, name, description FROM cases WHERE name = ?", [name]).fetchone()
    if row is None:
        raise CaseError("case.not_found", name=name)
    return Case(CaseId(row[0]), row[1], row[2])


def list_cases(project: Project) -> list[Case]:
    """All cases, by name."""
    rows = project.db.execute("SELECT id, name, description FROM cases ORDER BY name").fetchall()
    return [Case(CaseId(r[0]), r[1], r[2]) for r in rows]


def link_document(project: Project, document_id: DocumentId, case_id: CaseId) -> None:
    """Say that a document belongs to a case."""
    with project.transaction():
        project.db.execute(
            "INSERT OR IGNORE INTO document_cases (document_id, case_id) VALUES (?, ?)",
            [document_id, case_id],
        )
        project.log("link_document_case", "case", case_id, document_id=document_id)
        project.announce(changes.Change(changes.CASES, (case_id,), (document_id,)))


def cases_of_document(project: Project, document_id: DocumentId) -> list[Case]:
    rows = project.db.execute(
        "SELECT c.id, c.name, c.description FROM cases c JOIN document_cases dc ON dc.case_id = c.id "
        "WHERE dc.document_id = ? ORDER BY c.name", [document_id]
    ).fetchall()
    return [Case(CaseId(r[0]), r[1], r[2]) for r in rows]


def _check_value(name: str, type_: str, value: str) -> str:
    try:
        if type_ == "number":
            float(value.replace(",", "."))
            return value.replace(",", ".")
        if type_ == "date":
            return date.fromisoformat(value).isoformat()
        if type_ == "boolean":
            lowered = value.strip().lower()
            if lowered in _TRUE:
                return "true"
            if lowered in _FALSE:
                return "false"
            raise ValueError(value)
    except ValueError:
        raise CaseError("attribute.bad_value", value=value, type=type_, name=name) from None
    return value


def define_attribute(project: Project, name: str, type_: str = "text") -> int:
    """Create (or return) a case attribute of a type: text, number, date or boolean."""
    if type_ not in ATTRIBUTE_TYPES:
        raise CaseError("attribute.bad_type", type=type_)
    row = project.db.execute("SELECT id FROM attributes WHERE name = ?", [name]).fetchone()
    if row:
        return row[0]
    with project.transaction():
        cursor = project.db.execute("INSERT INTO attributes (name, type) VALUES (?, ?)", [name, type_])
        assert cursor.lastrowid is not None  # an INSERT sets it (sqlite3 types it optional)
        project.log("define_attribute", "attribute", cursor.lastrowid, name=name, type=type_)
        project.announce(changes.Change(changes.CASES, ()))  # a new column for every case
    return cursor.lastrowid


def set_attribute(project: Project, case_id: CaseId, name: str, value: str, type_: str = "text") -> None:
    """Set a case's attribute value, checked against the attribute's type."""
    with project.transaction():
        attribute_id = define_attribute(project, name, type_)
        stored_type = project.db.execute(
            "SELECT type FROM attributes WHERE id = ?", [attribute_id]
        ).fetchone()[0]
        value = _check_value(name, stored_type, value)
        project.db.execute(
            "INSERT INTO case_attributes (case_id, attribute_id, value) VALUES (?, ?, ?) "
            "ON CONFLICT(case_id, attribute_id) DO UPDATE SET value = excluded.value",
            [case_id, attribute_id, value],
        )
        project.log("set_attribute", "case", case_id, name=name, value=value)
        project.announce(changes.Change(changes.CASES, (case_id,)))


def generalise_age_attributes(project: Project, band: Callable[[str], str]) -> int:
    """Replace every value of an age or birth-year attribute with ``band(value)`` (its decade) and make
    the attribute a text attribute; returns how many values changed (sealing calls this)."""
    changed, retyped = 0, False
    with project.transaction():
        for attribute_id, name in project.db.execute("SELECT id, name FROM attributes").fetchall():
            if not is_age_attribute(name):
                continue
            retyped = True
            rows = project.db.execute("SELECT case_id, value FROM case_attributes WHERE attribute_id = ?",
                                      [attribute_id]).fetchall()
            for case_id, value in rows:
                new = band(str(value))
                if new != value:
                    project.db.execute("UPDATE case_attributes SET value = ? "
                                       "WHERE case_id = ? AND attribute_id = ?", [new, case_id, attribute_id])
                    changed += 1
            project.db.execute("UPDATE attributes SET type = 'text' WHERE id = ?", [attribute_id])
        if retyped:  # a changed type alone changes what the case sheet accepts
            project.announce(changes.Change(changes.CASES, ()))
    return changed


def attributes_of_case(project: Project, case_id: CaseId) -> dict[str, str]:
    """Attribute name → value for a case."""
    rows = project.db.execute(
        "SELECT a.name, ca.value FROM case_attributes ca JOIN attributes a ON a.id = ca.attribute_id "
        "WHERE ca.case_id = ? ORDER BY a.name", [case_id]
    ).fetchall()
    return dict(rows)


def remove_attribute(project: Project, case_id: CaseId, name: str) -> str | None:
    """Clear a case's value of an attribute; returns the old value (for undo), None if it had none."""
    with project.transaction():
        row = project.db.execute(
            "SELECT ca.value, ca.attribute_id FROM case_attributes ca JOIN attributes a "
            "ON a.id = ca.attribute_id WHERE ca.case_id = ? AND a.name = ?", [case_id, name]).fetchone()
        if row is None:
            return None
        project.db.execute("DELETE FROM case_attributes WHERE case_id = ? AND attribute_id = ?",
                           [case_id, row[1]])
        project.log("remove_attribute", "case", case_id, name=name)
        project.announce(changes.Change(changes.CASES, (case_id,)))
    return row[0]


def attribute_types(project: Project) -> dict[str, str]:
    """Every case attribute → its type, by name."""
    return dict(project.db.execute("SELECT name, type FROM attributes ORDER BY name").fetchall())


def rename_case(project: Project, case_id: CaseId, name: str) -> str:
    """Rename a case (names stay unique); returns the old name."""
    name = name.strip()
    with project.transaction():
        old = project.db.execute("SELECT name FROM cases WHERE id = ?", [case_id]).fetchone()
        if old is None:
            raise CaseError("case.not_found", name=str(case_id))
        if not name:
            raise CaseError("case.not_found", name=name)
        if name != old[0] and project.db.execute("SELECT 1 FROM cases WHERE name = ?", [name]).fetchone():
            raise CaseError("case.duplicate_name", name=name)
        project.db.execute("UPDATE cases SET name = ? WHERE id = ?", [name, case_id])
        project.log("rename_case", "case", case_id, old=old[0], new=name)
        project.announce(changes.Change(changes.CASES, (case_id,)))
    return old[0]


def unlink_document(project: Project, document_id: DocumentId, case_id: CaseId) -> None:
    """Say that a document no longer belongs to a case."""
    with project.transaction():
        project.db.execute("DELETE FROM document_cases WHERE document_id = ? AND case_id = ?",
                           [document_id, case_id])
        project.log("unlink_document_case", "case", case_id, document_id=document_id)
        project.announce(changes.Change(changes.CASES, (case_id,), (document_id,)))


@dataclass(frozen=True)
class CaseRow:
    """One case with the names of its documents and its attribute values (the case sheet's row)."""

    id: CaseId
    name: str
    documents: tuple[str, ...]
    values: dict[str, str] = field(default_factory=dict)


def case_rows(project: Project) -> list[CaseRow]:
    """Every case with its document names and attribute values, by case name, in three queries."""
    documents: dict[CaseId, list[str]] = {}
    for case_id, name in project.db.execute(
            "SELECT dc.case_id, d.name FROM document_cases dc JOIN documents d ON d.id = dc.document_id "
            "ORDER BY d.name"):
        documents.setdefault(case_id, []).append(name)
    values: dict[CaseId, dict[str, str]] = {}
    for case_id, name, value in project.db.execute(
            "SELECT ca.case_id, a.name, ca.value FROM case_attributes ca "
            "JOIN attributes a ON a.id = ca.attribute_id ORDER BY a.name"):
        values.setdefault(case_id, {})[name] = value
    return [CaseRow(c.id, c.name, tuple(documents.get(c.id, ())), values.get(c.id, {}))
            for c in list_cases(project)]


def documents_of_case(project: Project, case_id: CaseId) -> list[DocumentId]:
    """Ids of the documents a case covers, by name."""
    return [DocumentId(r[0]) for r in project.db.execute(
        "SELECT d.id FROM documents d JOIN document_cases dc ON dc.document_id = d.id "
        "WHERE dc.case_id = ? ORDER BY d.name", [case_id])]


def delete_case(project: Project, case_id: CaseId) -> Snapshot:
    """Delete a case with its attribute values and document links; the snapshot brings it back with
    the same id (undo)."""
    with project.transaction():
        row = project.db.execute("SELECT name FROM cases WHERE id = ?", [case_id]).fetchone()
        if row is None:
            raise CaseError("case.not_found", name=str(case_id))
        snapshot = Snapshot()
        capture(project, "cases", "id = ?", [case_id], snapshot)
        capture(project, "case_attributes", "case_id = ?", [case_id], snapshot)
        capture(project, "document_cases", "case_id = ?", [case_id], snapshot)
        capture(project, "turns", "case_id = ?", [case_id], snapshot)  # their case_id becomes NULL
        project.db.execute("DELETE FROM cases WHERE id = ?", [case_id])  # values and links cascade
        project.log("delete_case", "case", case_id, name=row[0])
        project.announce(_cases_change(snapshot))
    return snapshot


def restore_case(project: Project, snapshot: Snapshot) -> CaseId:
    """Undo :func:`delete_case`: the same id, values, links and speaker turns."""
    _restore(project, snapshot, "restore_case")
    return CaseId(snapshot.ids("cases")[0])


def delete_attribute(project: Project, name: str) -> Snapshot:
    """Delete an attribute with every case's value of it; the snapshot brings it back (undo)."""
    with project.transaction():
        snapshot = Snapshot()
        capture(project, "attributes", "name = ?", [name], snapshot)
        capture(project, "case_attributes", "attribute_id IN (SELECT id FROM attributes WHERE name = ?)",
                [name], snapshot)
        project.db.execute("DELETE FROM attributes WHERE name = ?", [name])  # values cascade
        project.log("delete_attribute", "attribute", None, name=name)
        project.announce(_cases_change(snapshot))
    return snapshot


def restore_attribute(project: Project, snapshot: Snapshot) -> None:
    """Undo :func:`delete_attribute`."""
    _restore(project, snapshot, "restore_attribute")


def _restore(project: Project, snapshot: Snapshot, action: str) -> None:
    with project.transaction():
        restore(project, snapshot)
        project.log(action, "case", None, cases=_case_ids(snapshot))
        project.announce(_cases_change(snapshot))


def _case_ids(snapshot: Snapshot) -> list[int]:
    return sorted({*snapshot.ids("cases"), *(r["case_id"] for r in snapshot.rows.get("case_attributes", []))})


def _cases_change(snapshot: Snapshot) -> changes.Change:
    documents = tuple(r["document_id"] for r in snapshot.rows.get("document_cases", []))
    return changes.Change(changes.CASES, tuple(_case_ids(snapshot)), documents)
