"""The pseudonymised names and texts of an export run: ``qcode.anonymise.render`` through its published
contract, cached for one run, and the document and case labels the quote exports print ("Dokument 3",
a case's pseudonym or "Deltager N"). No Qt, no SQL."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from qcode.anonymise.render import (
    load_view,
    pseudonymise_file_name,
    pseudonymise_text,
    pseudonymise_word,
    render_span,
)
from qcode.core.documents import list_documents
from qcode.core.exchange import document_case_links
from qcode.core.quotes import case_names_and_numbers
from qcode.core.types import DocumentId
from qcode.export.citations import case_label

if TYPE_CHECKING:
    from qcode.core.project import Project


@dataclass
class Pseudonymiser:
    """Cached access to ``qcode.anonymise.render`` for one export run."""

    project: Project
    _texts: dict[str, str] = field(default_factory=dict)
    _document_numbers: dict[int, int] | None = None
    _case_labels: dict[int, str] | None = None

    def document_label(self, document_id: int) -> str:
        """"Dokument N", N the document's place in import order (file names often hold a name)."""
        if self._document_numbers is None:
            ids = sorted(d.id for d in list_documents(self.project))
            self._document_numbers = {doc_id: number for number, doc_id in enumerate(ids, 1)}
        return f"Dokument {self._document_numbers.get(document_id, 0)}"

    def case_label(self, case_id: int) -> str:
        """A case as exports cite it: its pseudonym, or "Deltager N" when the register does not know it."""
        if self._case_labels is None:
            names, numbers = case_names_and_numbers(self.project)
            self._case_labels = {i: case_label(name, str(numbers[i]), self) for i, name in names.items()}
        return self._case_labels.get(case_id, "")

    def file_name(self, name: str) -> str:
        """A file or project name: its words replaced in any case (names in file names are lower case)."""
        return pseudonymise_file_name(load_view(self.project), name)

    def word(self, word: str) -> str:
        """A counted word: any spelling of a registered name becomes its pseudonym."""
        return pseudonymise_word(self.project, word)

    def span(self, document_id: DocumentId, start: int, end: int) -> str:
        """Pseudonymised text of an original range of a document."""
        return render_span(self.project, document_id, start, end)

    def text(self, text: str) -> str:
        """Pseudonymised free text (labels, case names, attribute values, memos)."""
        if not text.strip():
            return text
        if text not in self._texts:
            self._texts[text] = pseudonymise_text(self.project, text)
        return self._texts[text]


def export_labels(project: Project) -> dict[DocumentId, tuple[str, list[str]]]:
    """Document id → (document, its cases) as the quote exports name them: "Dokument 3" and each case's
    pseudonym (or "Deltager <nr>"), for views that must not show a name an export would hide."""

    pseudo = Pseudonymiser(project)
    cases: dict[DocumentId, list[str]] = {}
    for document_id, case_id in document_case_links(project):
        cases.setdefault(document_id, []).append(pseudo.case_label(case_id))
    return {d.id: (pseudo.document_label(d.id), cases.get(d.id, [])) for d in list_documents(project)}
