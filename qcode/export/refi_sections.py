"""The sections of a REFI-QDA ``project.qde`` as an export builds them: the content being built, the
codebook (with criteria and memos as notes), the variables and cases, and the text sources with their
codings. Names and texts go through the export's :class:`~qcode.export.refi_naming.Renderer`. No Qt, no SQL.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from qcode.core.ages import is_age_attribute
from qcode.core.cases import attributes_of_case, list_cases
from qcode.core.codebook import list_codes
from qcode.core.codings import codings_for_document
from qcode.core.documents import get_document, list_documents
from qcode.core.exchange import attribute_types, document_case_links
from qcode.core.types import CodeId, CoderId, DocumentId
from qcode.export.quotes import age_bracket
from qcode.export.refi_naming import Guids, Renderer
from qcode.io.refi_common import CRITERIA_LABELS, CRITERIA_NOTE, INTERNAL, NAMESPACE, refi_datetime

if TYPE_CHECKING:
    from qcode.core.project import Project
    from qcode.core.types import Memo

NoteMaker = Callable[..., str]  # (kind, key, title, body, coder, created, modified) -> the note's GUID

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


def sub_element(parent: ET.Element, element: str, /, **attributes: object) -> ET.Element:
    """A REFI child element; attributes with a None value are left out."""
    return ET.SubElement(parent, f"{{{NAMESPACE}}}{element}",
                         {k: str(v) for k, v in attributes.items() if v is not None})


def text_element(parent: ET.Element, tag_name: str, text: str) -> ET.Element:
    """A REFI child element holding ``text``."""
    element = sub_element(parent, tag_name)
    element.text = text
    return element



def add_codebook(project: Project, root: ET.Element, guids: Guids, r: Renderer, memos: list[Memo],
              note_for: NoteMaker) -> dict[CodeId, str]:
    """The CodeBook section (codes in tree order, descriptions, criteria and memos); the GUID of each code."""
    codes = list_codes(project)
    code_guid = {c.id: guids.code(c.id) for c in codes}
    if not codes:
        return code_guid
    holder = sub_element(sub_element(root, "CodeBook"), "Codes")
    elements: dict[CodeId, ET.Element] = {}
    for code in codes:  # tree order: a parent's element exists before its children
        parent = elements[code.parent_id] if code.parent_id is not None else holder
        element = sub_element(parent, "Code", guid=code_guid[code.id], name=r.name("code", code.name),
                      isCodable="true", color=code.colour.upper())
        elements[code.id] = element
        own = [m for m in memos if m.code_id == code.id and m.coding_id is None]
        # other programs read a code's memo from its Description: the description, then the memos
        described = [r.name("code description", code.description)] if code.description else []
        described += [r.name("memo", m.body) for m in own if m.body]
        if described:
            text_element(element, "Description", "\n\n".join(described))
        # the labels are qcode's own words: only the criteria themselves go through the renderer
        criteria = "\n".join(f"{label}: {r.name('code criteria', getattr(code, key))}"
                             for key, label in CRITERIA_LABELS if getattr(code, key))
        born = guids.code_births.get(code.id)
        if criteria:
            guid = guids("criteria", f"{code.id}@{born}")
            sub_element(element, "NoteRef", targetGUID=note_for(guid, CRITERIA_NOTE, criteria, None, born,
                                                         rendered=True))
        for memo in own:
            sub_element(element, "NoteRef", targetGUID=note_for(guids.memo(memo), memo.title, memo.body,
                                                         memo.coder_id, memo.created_at, memo.updated_at))
    return code_guid


def add_cases(project: Project, root: ET.Element, guids: Guids, r: Renderer) -> None:
    """The Variables and Cases sections: the attributes, typed as the other tools expect, and their values."""
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
        variables = sub_element(root, "Variables")
        for name, t in variable_type.items():
            sub_element(variables, "Variable", guid=guids("variable", name),
                name=r.name("attribute", name), typeOfVariable=t)
    if not cases:
        return
    links = document_case_links(project)
    holder = sub_element(root, "Cases")
    for number, case in enumerate(cases, 1):
        element = sub_element(holder, "Case", guid=guids.case(case.id),
                      name=r.case(case.id, case.name, number))
        if case.description:
            text_element(element, "Description", r.name("case description", case.description))
        for name, value in values[case.id].items():
            if not value:
                continue
            vv = sub_element(element, "VariableValue")
            sub_element(vv, "VariableRef", targetGUID=guids("variable", name))
            t = variable_type[name]
            shown = (str(int(float(value))) if t == "Integer"
                     else f"{Decimal(value):f}" if t == "Float" else value)  # xsd:decimal has no "1e5"
            text_element(vv, _VALUE_ELEMENTS[t], r.name("attribute value", shown) if t == "Text" else shown)
        for document_id, case_id in links:
            if case_id == case.id:
                sub_element(element, "SourceRef", targetGUID=guids.document(document_id))


def add_sources(project: Project, root: ET.Element, guids: Guids, r: Renderer, content: QdpxContent,
             code_guid: dict[CodeId, str], user_guid: dict[CoderId, str], memos: list[Memo],
             note_for: NoteMaker) -> None:
    """The Sources section: each document as a TextSource with its codings; the texts go into ``content``."""
    summaries = list_documents(project)
    content.counts["documents"] = len(summaries)
    content.counts["codings"] = 0
    if not summaries:
        return
    holder = sub_element(root, "Sources")
    case_names = {c.id: r.case(c.id, c.name, number)
                  for number, c in enumerate(list_cases(project), 1)}
    cases_of: dict[DocumentId, list[str]] = {}
    for document_id, case_id in document_case_links(project):
        cases_of.setdefault(document_id, []).append(case_names[case_id])
    for number, summary in enumerate(sorted(summaries, key=lambda s: s.id), 1):
        document = get_document(project, summary.id)
        guid = guids.document(document.id)
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
        element = sub_element(holder, "TextSource", guid=guid, name=name,
                      plainTextPath=f"{INTERNAL}{guid}.txt",
                      creationDateTime=refi_datetime(document.imported_at))
        for coding in codings_for_document(project, document.id):
            start, end = map_range(coding.start, coding.end)
            selection = sub_element(element, "PlainTextSelection",
                            guid=guids.coding("selection", coding),
                            startPosition=start, endPosition=end,
                            creatingUser=user_guid.get(coding.coder_id),
                            creationDateTime=refi_datetime(coding.created_at),
                            modifyingUser=user_guid.get(coding.coder_id),
                            modifiedDateTime=refi_datetime(coding.updated_at))
            attached = [m for m in memos if m.coding_id == coding.id]
            # other programs read a coding's memo from the selection's Description (the notes stay too)
            described = [r.name("memo", text) for text in [coding.memo, *(m.body for m in attached)]
                         if text]
            if described:
                text_element(selection, "Description", "\n\n".join(described))
            tagged = sub_element(selection, "Coding", guid=guids.coding("coding", coding),
                         creatingUser=user_guid.get(coding.coder_id),
                         creationDateTime=refi_datetime(coding.created_at))
            sub_element(tagged, "CodeRef", targetGUID=code_guid[coding.code_id])
            if coding.memo:
                sub_element(tagged, "NoteRef", targetGUID=note_for(guids.coding("coding memo", coding), "",
                                                            coding.memo, coding.coder_id, coding.created_at,
                                                            coding.updated_at))
            for memo in attached:
                sub_element(tagged, "NoteRef", targetGUID=note_for(guids.memo(memo), memo.title, memo.body,
                                                            memo.coder_id, memo.created_at, memo.updated_at))
            content.counts["codings"] += 1
        for memo in memos:
            if memo.document_id == document.id and memo.coding_id is None:
                sub_element(element, "NoteRef", targetGUID=note_for(guids.memo(memo), memo.title, memo.body,
                                                             memo.coder_id, memo.created_at, memo.updated_at))
