"""Memo export: every memo (project, document, code and coding memos) as a Word document or a CSV table,
pseudonymised and leak-checked like every export. Memos are the coder's own notes and often name the
people they are about, so they pass through the anonymiser; documents are named "Dokument N" as in the
quote report (file names often hold a name). No Qt.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from qcode.analysis.codetree import code_rows
from qcode.core.coders import list_coders
from qcode.core.codings import codings_with_memos
from qcode.core.documents import list_documents
from qcode.core.memos import list_memos
from qcode.core.types import CoderId, DocumentId
from qcode.export.pseudonymiser import Pseudonymiser

if TYPE_CHECKING:
    from qcode.core.project import Project

CSV_COLUMNS = ("titel", "knyttet_til", "tekst", "koder", "oprettet", "ændret")


@dataclass(frozen=True)
class MemoEntry:
    """One memo as exported, pseudonymised."""

    title: str
    attached_to: str  # "Projekt", "Dokument 3", "Kode: netværk", "Kodning i Dokument 3 (netværk)"
    text: str
    coder: str
    created: str
    updated: str
    code: str = ""  # the pseudonymised code path in ``attached_to``, if any


def memo_entries(project: Project) -> list[MemoEntry]:
    """Every memo of the project and every coding memo, pseudonymised, oldest first."""
    pseudo = Pseudonymiser(project)
    numbers = {d.id: n for n, d in enumerate(sorted(list_documents(project), key=lambda d: d.id), 1)}
    paths = {row.id: row.path for row in code_rows(project)}
    coders: dict[CoderId | None, str] = {c.id: c.name for c in list_coders(project)}  # memos may have none

    def document(document_id: DocumentId) -> str:
        return f"Dokument {numbers.get(document_id, 0)}"

    entries = []
    for memo in sorted(list_memos(project), key=lambda m: (m.created_at, m.id)):
        code = pseudo.text(paths.get(memo.code_id, "")) if memo.code_id is not None else ""
        if memo.coding_id is not None:
            attached = "Kodning"
        elif memo.document_id is not None:
            attached = document(memo.document_id)
        else:
            attached = f"Kode: {code}" if code else "Projekt"
        entries.append(MemoEntry(pseudo.text(memo.title), attached, pseudo.text(memo.body),
                                 coders.get(memo.coder_id, ""), memo.created_at, memo.updated_at, code))
    for coding in codings_with_memos(project):
        code = pseudo.text(paths.get(coding.code_id, ""))
        entries.append(MemoEntry("", f"Kodning i {document(coding.document_id)} ({code})",
                                 pseudo.text(coding.memo), coders.get(coding.coder_id, ""),
                                 coding.created_at, coding.updated_at, code))
    return entries


def memo_texts(entries: list[MemoEntry]) -> list[tuple[str, str]]:
    """(where, text) pairs for the leak check: what the coders wrote, and the code paths (a code can
    be named after a person); the rest of ``attached_to`` is qcode's own wording."""
    texts = [(f"memo {n}: {field}", getattr(e, field)) for n, e in enumerate(entries, 1)
             for field in ("title", "text", "code") if getattr(e, field).strip()]
    return list(dict.fromkeys(texts))


def write_memos_csv(entries: list[MemoEntry], path: str | Path) -> Path:
    """The memos as CSV (UTF-8 with BOM, ';'-separated, as Danish Excel expects)."""
    path = Path(path)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(CSV_COLUMNS)
        for e in entries:
            writer.writerow([e.title, e.attached_to, e.text, e.coder, e.created, e.updated])
    return path


def write_memos_docx(entries: list[MemoEntry], path: str | Path, title: str = "Memoer") -> Path:
    """The memos as a Word document: a heading per memo with what it is attached to, then its text."""
    from docx import Document  # noqa: PLC0415 (python-docx costs ~75 ms; loaded when a Word file is read or written)

    from qcode.export.docx_quotes import set_properties  # noqa: PLC0415 (with python-docx, when written)

    document = Document()
    set_properties(document, title)
    document.add_heading(title, level=1)
    for e in entries:
        document.add_heading(e.title or e.attached_to, level=2)
        meta = document.add_paragraph()
        # an untitled memo is headed by what it is attached to: the line under it does not repeat it
        where = [e.attached_to] if e.title else []
        meta.add_run(" · ".join([*where, e.coder, e.updated[:10]])).italic = True
        for paragraph in e.text.split("\n"):
            document.add_paragraph(paragraph)
    path = Path(path)
    document.save(str(path))
    return path
