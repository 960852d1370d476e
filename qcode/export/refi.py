"""Export a project as a REFI-QDA project (.qdpx) for NVivo, MAXQDA, ATLAS.ti and others.

The zip holds ``project.qde`` (QDA-XML 1.0: users, codebook, variables, cases, text sources with
their codings, notes) and ``sources/<guid>.txt``. GUIDs are ``uuid5`` of the project's UUID and of each
item's id with its creation time (and coder), so a second export names the same things the same way
while two copies of one project never give one GUID to two different things. Every note carries its
author and dates (xsd:dateTime in UTC, "…Z"), and the memos on a code or a coding are also written as its
``Description``, which is where QualCoder and others look for a memo. With ``anonymised=True`` every text
and name goes through the anonymiser's rendering and the leak check before anything is written. No Qt,
no SQL.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from qcode import __version__
from qcode.anonymise.leak_check import require_clean
from qcode.core.coders import list_coders
from qcode.core.exchange import project_uuid
from qcode.core.memos import list_memos
from qcode.core.quotes import record_export
from qcode.core.types import CoderId
from qcode.export.refi_naming import Guids, Renderer
from qcode.export.refi_sections import (
    QdpxContent,
    add_cases,
    add_codebook,
    add_sources,
    sub_element,
    text_element,
)
from qcode.io.refi_common import NAMESPACE, PROJECT_FILE, SOURCES_DIR, RefiError, refi_datetime

if TYPE_CHECKING:
    from qcode.core.project import Project


def build_qdpx(project: Project, *, anonymised: bool = False) -> QdpxContent:
    """Build the XML and source texts of an export (nothing is written)."""
    base = project_uuid(project)
    guids = Guids(project, base)
    r = Renderer(project, anonymised)
    root = ET.Element(f"{{{NAMESPACE}}}Project", {
        "name": r.name("project name", project.path.stem) or "qcode",
        "origin": f"qcode {__version__}",
    })
    content = QdpxContent(root)
    coders = list_coders(project)
    user_guid = {c.id: guids.coder(c.id) for c in coders}
    if coders:
        users = sub_element(root, "Users")
        for c in coders:
            sub_element(users, "User", guid=user_guid[c.id], name=r.name("coder", c.name))
    memos = list_memos(project)
    # guid, title, body, coder, created, modified
    notes: list[tuple[str, str, str, CoderId | None, str | None, str | None]] = []

    def note_for(guid: str, title: str, body: str, coder: CoderId | None, created: str | None,
                 modified: str | None = None, *, rendered: bool = False) -> str:
        if not rendered:
            title, body = r.name("memo title", title), r.name("memo", body)
        notes.append((guid, title, body, coder, created, modified or created))
        return guid

    code_guid = add_codebook(project, root, guids, r, memos, note_for)
    add_cases(project, root, guids, r)
    add_sources(project, root, guids, r, content, code_guid, user_guid, memos, note_for)
    project_notes = [note_for(guids.memo(m), m.title, m.body, m.coder_id, m.created_at, m.updated_at)
                     for m in memos
                     if m.document_id is None and m.code_id is None and m.coding_id is None]
    if notes:
        section = sub_element(root, "Notes")
        # every note with its author and dates: QualCoder's importer, for one, fails on a note without
        for guid, title, body, coder, created, modified in notes:
            author = user_guid.get(coder) if coder else None
            note = sub_element(section, "Note", guid=guid, name=title or None, creatingUser=author,
                       creationDateTime=refi_datetime(created), modifyingUser=author,
                       modifiedDateTime=refi_datetime(modified))
            text_element(note, "PlainTextContent", body)
    for guid in project_notes:  # project memos hang off the project itself (last in the sequence)
        sub_element(root, "NoteRef", targetGUID=guid)
    _reorder(root)
    content.texts = r.texts
    content.counts["notes"] = len(notes)
    return content


def _reorder(root: ET.Element) -> None:
    """Put the project's children in the order the schema's sequence asks for."""
    order = ["Users", "CodeBook", "Variables", "Cases", "Sources", "Notes", "Links", "Sets",
             "Graphs", "Description", "NoteRef"]
    children = sorted(root, key=lambda e: order.index(e.tag.split("}")[1]))
    for child in list(root):
        root.remove(child)
    root.extend(children)



@dataclass(frozen=True)
class RefiExportResult:
    """What an export wrote."""

    path: Path
    documents: int
    codings: int
    codes: int
    anonymised: bool


def write_qdpx(content: QdpxContent, path: str | Path) -> Path:
    """Write a built export as a .qdpx zip (to a temporary file first, so no half file is left)."""
    path = Path(path)
    temporary = path.with_name(f".{path.name}.part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(PROJECT_FILE, content.xml_bytes())
            for name, text in content.sources.items():
                archive.writestr(f"{SOURCES_DIR}/{name}", text.encode("utf-8"))
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise RefiError("refi.write_failed", path=str(path), reason=error.strerror or error) from None
    return path


def export_qdpx(project: Project, path: str | Path, *, anonymised: bool = False,
                acknowledge_warnings: bool = False) -> RefiExportResult:
    """Export the whole project as .qdpx; pseudonymised and leak-checked when ``anonymised``."""
    content = build_qdpx(project, anonymised=anonymised)
    if anonymised:

        require_clean(project, content.texts, acknowledge_warnings)
    path = write_qdpx(content, path)

    codes = len(content.root.findall(f".//{{{NAMESPACE}}}Code"))
    record_export(project, "refi", "qdpx", str(path), content.counts["documents"],
                  anonymised=anonymised, codings=content.counts["codings"], codes=codes)
    return RefiExportResult(path, content.counts["documents"], content.counts["codings"], codes,
                            anonymised)
