"""What an item is called in a REFI-QDA export: its GUID (stable across exports, never shared between
copies of a project) and its name and text, plain or pseudonymised, with every exported string remembered
for the leak check. No Qt, no SQL."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from qcode.anonymise.render import pseudonymise_text, render_document
from qcode.anonymise.state import is_sealed
from qcode.core.coders import list_coders
from qcode.core.documents import list_documents
from qcode.core.exchange import births, code_birth_times, stable_guid
from qcode.core.speaker_labels import document_named_case
from qcode.core.types import CaseId, DocumentId
from qcode.export.citations import wholly_pseudonymised

if TYPE_CHECKING:
    from qcode.core.project import Project
    from qcode.core.types import Coding, Memo


class Renderer:
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
            if self.render and (not wholly_pseudonymised(name, shown) or document_named_case(name)):
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


class Guids:
    """The GUID of every exported item: the project's UUID with the item's kind, id and birth (when it
    was made, and for codings by whom), so copies of one project never reuse a GUID for another thing."""

    def __init__(self, project: Project, base: uuid.UUID):
        self.base = base
        self.code_births = code_birth_times(project)
        self.born = {target: births(project, target) for target in ("code", "document", "case")}
        self.document_births: dict[int, str] = {d.id: d.imported_at for d in list_documents(project)}
        self.coder_names: dict[int, str] = {c.id: c.name for c in list_coders(project)}

    def __call__(self, kind: str, key: object) -> str:
        return stable_guid(self.base, kind, key)

    def coder(self, coder_id: int) -> str:
        return self("coder", self.coder_names[coder_id])

    def code(self, code_id: int) -> str:
        return self("code", f"{code_id}@{self.code_births.get(code_id, '')}"
                            f"@{self.born['code'].get(code_id, '')}")

    def case(self, case_id: int) -> str:
        return self("case", f"{case_id}@{self.born['case'].get(case_id, '')}")

    def document(self, document_id: int) -> str:
        return self("document", f"{document_id}@{self.document_births.get(document_id, '')}"
                                f"@{self.born['document'].get(document_id, '')}")

    def coding(self, kind: str, coding: Coding) -> str:
        return self(kind, f"{coding.id}@{coding.created_at}@{self.coder_names.get(coding.coder_id, '')}")

    def memo(self, memo: Memo) -> str:
        return self("memo", f"{memo.id}@{memo.created_at}@{self.coder_names.get(memo.coder_id or 0, '')}")
