"""Export a project as a REFI-QDA project (.qdpx) for NVivo, MAXQDA, ATLAS.ti and others.

The zip holds ``project.qde`` (QDA-XML 1.0: users, codebook, variables, cases, text sources with
their codings, notes) and ``sources/<guid>.txt``. GUIDs are ``uuid5`` of the project's UUID so a
second export names the same things the same way. With ``anonymised=True`` every text and name goes
through the anonymiser's rendering and the leak check before anything is written. No Qt, no SQL.
"""

from __future__ import annotations

import os
import uuid
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from qcode import __version__
from qcode.anonymise.leak_check import require_clean
from qcode.anonymise.render import pseudonymise_text, render_document
from qcode.anonymise.state import is_sealed
from qcode.core.ages import is_age_attribute
from qcode.core.cases import attributes_of_case, list_cases
from qcode.core.codebook import list_codes
from qcode.core.coders import list_coders
from qcode.core.codings import codings_for_document
from qcode.core.documents import get_document, list_documents
from qcode.core.exchange import attribute_types, document_case_links, project_uuid, stable_guid
from qcode.core.memos import list_memos
from qcode.core.quotes import record_export
from qcode.core.types import CaseId, CodeId, CoderId, DocumentId
from qcode.export.quotes import age_bracket
from qcode.io.refi_common import (
    CRITERIA_LABELS,
    CRITERIA_NOTE,
    INTERNAL,
    NAMESPACE,
    PROJECT_FILE,
    SOURCES_DIR,
    RefiError,
)

if TYPE_CHECKING:
    from qcode.core.project import Project
    from qcode.core.types import Memo

NoteMaker = Callable[..., str]  # (kind, key, title, body, coder, stamp) -> the note's GUID

_VARIABLE_TYPES = {"text": "Text", "number": "Float", "date": "Date", "boolean": "Boolean"}
_VALUE_ELEMENTS = {"Text": "TextValue", "Float": "FloatValue", "Integer": "IntegerValue",
                   "Date": "DateValue", "Boolean": "BooleanValue"}


@dataclass
class QdpxContent:
    """A built export: the XML tree, the source texts by file name, and every exported text."""

    root: ET.Element
    sources: dict[str, str] = field(default_factory=dict)
    texts: list[tuple[str, str]] = field(default_factory=list)  # (where, text) for the leak check
    counts: dict[str, int] = field(default_factory=dict)

    def xml_bytes(self) -> bytes:
        """The ``project.qde`` document."""
        ET.register_namespace("", NAMESPACE)
        tree = ET.ElementTree(self.root)
        ET.indent(tree, space=" ")
        return ET.tostring(self.root, encoding="utf-8", xml_declaration=True)


def _el(parent: ET.Element, element: str, /, **attributes: object) -> ET.Element:
    """A REFI child element; attributes with a None value are left out."""
    return ET.SubElement(parent, f"{{{NAMESPACE}}}{element}",
                         {k: str(v) for k, v in attributes.items() if v is not None})


def _text_el(parent: ET.Element, tag_name: str, text: str) -> ET.Element:
    element = _el(parent, tag_name)
    element.text = text
    return element


def _datetime(stamp: str | None) -> str | None:
    """qcode stores ISO timestamps; xsd:dateTime wants a 'T' and accepts the offset."""
    if not stamp:
        return None
    return stamp.replace(" ", "T", 1) if "T" not in stamp else stamp


class _Renderer:
    """Plain or pseudonymised texts and names, with every exported string remembered."""

    def __init__(self, project: Project, anonymised: bool):

        self.project = project
        # a sealed project's texts are already rewritten; only the leak check still applies
        self.render = anonymised and not is_sealed(project)
        self.texts: list[tuple[str, str]] = []
        self.cases: dict[CaseId, str] = {}

    def name(self, where: str, value: str, *, check: bool = True) -> str:
        """``value`` pseudonymised (when rendering) and remembered for the leak check."""
        if self.render and value:

            value = pseudonymise_text(self.project, value)
        if value and check:
            self.texts.append((where, value))
        return value

    def case(self, case_id: CaseId, name: str, number: int) -> str:
        """A case's exported name: its pseudonym, or "Deltager N" when the register does not know
        the name (as the quote export does), so an original name is never written."""
        if case_id not in self.cases:
            shown = self.name("case", name, check=False)
            if self.render and shown == name:
                shown = f"Deltager {number}"
            if shown:
                self.texts.append(("case", shown))
            self.cases[case_id] = shown
        return self.cases[case_id]

    def document(self, document_id: DocumentId,
                 text: str) -> tuple[str, Callable[[int, int], tuple[int, int]]]:
        if not self.render:
            return text, lambda s, e: (s, e)

        rendered = render_document(self.project, document_id)
        return rendered.text, rendered.map_range


def build_qdpx(project: Project, *, anonymised: bool = False) -> QdpxContent:
    """Build the XML and source texts of an export (nothing is written)."""
    base = project_uuid(project)
    r = _Renderer(project, anonymised)
    root = ET.Element(f"{{{NAMESPACE}}}Project", {
        "name": r.name("project name", project.path.stem) or "qcode",
        "origin": f"qcode {__version__}",
    })
    content = QdpxContent(root)
    coders = list_coders(project)
    user_guid = {c.id: stable_guid(base, "coder", c.id) for c in coders}
    if coders:
        users = _el(root, "Users")
        for c in coders:
            _el(users, "User", guid=user_guid[c.id], name=r.name("coder", c.name))
    memos = list_memos(project)
    notes: list[tuple[str, str, str, CoderId | None, str | None]] = []  # guid, title, body, coder, time

    def note_for(kind: str, key: object, title: str, body: str, coder: CoderId | None = None,
                 stamp: str | None = None, *, rendered: bool = False) -> str:
        guid = stable_guid(base, kind, key)
        if not rendered:
            title, body = r.name("memo title", title), r.name("memo", body)
        notes.append((guid, title, body, coder, stamp))
        return guid

    code_guid = _codebook(project, root, base, r, memos, note_for)
    _cases(project, root, base, r)
    _sources(project, root, base, r, content, code_guid, user_guid, memos, note_for)
    project_notes = [note_for("memo", m.id, m.title, m.body, m.coder_id, m.created_at)
                     for m in memos
                     if m.document_id is None and m.code_id is None and m.coding_id is None]
    if notes:
        section = _el(root, "Notes")
        for guid, title, body, coder, stamp in notes:
            note = _el(section, "Note", guid=guid, name=title or None,
                       creatingUser=user_guid.get(coder) if coder else None,
                       creationDateTime=_datetime(stamp))
            _text_el(note, "PlainTextContent", body)
    for guid in project_notes:  # project memos hang off the project itself (last in the sequence)
        _el(root, "NoteRef", targetGUID=guid)
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


def _codebook(project: Project, root: ET.Element, base: uuid.UUID, r: _Renderer, memos: list[Memo],
              note_for: NoteMaker) -> dict[CodeId, str]:
    codes = list_codes(project)
    code_guid = {c.id: stable_guid(base, "code", c.id) for c in codes}
    if not codes:
        return code_guid
    holder = _el(_el(root, "CodeBook"), "Codes")
    elements: dict[CodeId, ET.Element] = {}
    for code in codes:  # tree order: a parent's element exists before its children
        parent = elements[code.parent_id] if code.parent_id is not None else holder
        element = _el(parent, "Code", guid=code_guid[code.id], name=r.name("code", code.name),
                      isCodable="true", color=code.colour.upper())
        elements[code.id] = element
        if code.description:
            _text_el(element, "Description", r.name("code description", code.description))
        # the labels are qcode's own words: only the criteria themselves go through the renderer
        criteria = "\n".join(f"{label}: {r.name('code criteria', getattr(code, key))}"
                             for key, label in CRITERIA_LABELS if getattr(code, key))
        if criteria:
            _el(element, "NoteRef", targetGUID=note_for("criteria", code.id, CRITERIA_NOTE, criteria,
                                                         rendered=True))
        for memo in memos:
            if memo.code_id == code.id and memo.coding_id is None:
                _el(element, "NoteRef", targetGUID=note_for("memo", memo.id, memo.title, memo.body,
                                                             memo.coder_id, memo.created_at))
    return code_guid


def _cases(project: Project, root: ET.Element, base: uuid.UUID, r: _Renderer) -> None:
    types = attribute_types(project)
    variable_type = {name: _VARIABLE_TYPES[t] for name, t in types.items()}
    cases = list_cases(project)
    values = {case.id: attributes_of_case(project, case.id) for case in cases}
    for name, t in types.items():  # whole numbers travel as Integer, as the other tools expect
        if t == "number" and all(float(v[name]).is_integer() for v in values.values() if name in v):
            variable_type[name] = "Integer"
    if r.render:  # an exact age can identify someone: decades, as in the quote export
        ages = {name for name in types if is_age_attribute(name)}
        variable_type.update({name: "Text" for name in ages})
        for attributes in values.values():
            attributes.update({n: age_bracket(v) for n, v in attributes.items() if n in ages})
    if types:
        variables = _el(root, "Variables")
        for name, t in variable_type.items():
            _el(variables, "Variable", guid=stable_guid(base, "variable", name),
                name=r.name("attribute", name), typeOfVariable=t)
    if not cases:
        return
    links = document_case_links(project)
    holder = _el(root, "Cases")
    for number, case in enumerate(cases, 1):
        element = _el(holder, "Case", guid=stable_guid(base, "case", case.id),
                      name=r.case(case.id, case.name, number))
        if case.description:
            _text_el(element, "Description", r.name("case description", case.description))
        for name, value in values[case.id].items():
            if not value:
                continue
            vv = _el(element, "VariableValue")
            _el(vv, "VariableRef", targetGUID=stable_guid(base, "variable", name))
            t = variable_type[name]
            shown = (str(int(float(value))) if t == "Integer"
                     else f"{Decimal(value):f}" if t == "Float" else value)  # xsd:decimal has no "1e5"
            _text_el(vv, _VALUE_ELEMENTS[t], r.name("attribute value", shown) if t == "Text" else shown)
        for document_id, case_id in links:
            if case_id == case.id:
                _el(element, "SourceRef", targetGUID=stable_guid(base, "document", document_id))


def _sources(project: Project, root: ET.Element, base: uuid.UUID, r: _Renderer, content: QdpxContent,
             code_guid: dict[CodeId, str], user_guid: dict[CoderId, str], memos: list[Memo],
             note_for: NoteMaker) -> None:
    summaries = list_documents(project)
    content.counts["documents"] = len(summaries)
    content.counts["codings"] = 0
    if not summaries:
        return
    holder = _el(root, "Sources")
    case_names = {c.id: r.case(c.id, c.name, number)
                  for number, c in enumerate(list_cases(project), 1)}
    cases_of: dict[DocumentId, list[str]] = {}
    for document_id, case_id in document_case_links(project):
        cases_of.setdefault(document_id, []).append(case_names[case_id])
    for number, summary in enumerate(sorted(summaries, key=lambda s: s.id), 1):
        document = get_document(project, summary.id)
        guid = stable_guid(base, "document", document.id)
        text, map_range = r.document(document.id, document.text)
        r.texts.append((f"document {document.id}", text))
        content.sources[f"{guid}.txt"] = text
        if r.render:
            # file-like names ("interview_birgit") slip past word-based pseudonymising, so the
            # document is named by number and its cases (already checked as case names)
            cases = ", ".join(cases_of.get(document.id, []))
            name = f"Dokument {number}" + (f" ({cases})" if cases else "")
        else:
            name = r.name("document", document.name)
        element = _el(holder, "TextSource", guid=guid, name=name,
                      plainTextPath=f"{INTERNAL}{guid}.txt",
                      creationDateTime=_datetime(document.imported_at))
        for coding in codings_for_document(project, document.id):
            start, end = map_range(coding.start, coding.end)
            selection = _el(element, "PlainTextSelection",
                            guid=stable_guid(base, "selection", coding.id),
                            startPosition=start, endPosition=end,
                            creatingUser=user_guid.get(coding.coder_id),
                            creationDateTime=_datetime(coding.created_at))
            tagged = _el(selection, "Coding", guid=stable_guid(base, "coding", coding.id),
                         creatingUser=user_guid.get(coding.coder_id),
                         creationDateTime=_datetime(coding.created_at))
            _el(tagged, "CodeRef", targetGUID=code_guid[coding.code_id])
            if coding.memo:
                _el(tagged, "NoteRef", targetGUID=note_for("coding memo", coding.id, "", coding.memo,
                                                            coding.coder_id, coding.updated_at))
            for memo in memos:
                if memo.coding_id == coding.id:
                    _el(tagged, "NoteRef", targetGUID=note_for(
                        "memo", memo.id, memo.title, memo.body, memo.coder_id, memo.created_at))
            content.counts["codings"] += 1
        for memo in memos:
            if memo.document_id == document.id and memo.coding_id is None:
                _el(element, "NoteRef", targetGUID=note_for("memo", memo.id, memo.title, memo.body,
                                                             memo.coder_id, memo.created_at))


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
