"""Codebook export: a methods appendix (.docx) with each code's definition, criteria and counts, and
a .csv with the same columns. Definitions pass through the anonymiser (examples are often quotes)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from qcode.analysis.codetree import code_rows
from qcode.core.codebook import list_codes
from qcode.core.codings import code_statistics
from qcode.export.docx_quotes import DEFINITION_STYLE, add_styles, set_properties
from qcode.export.pseudonymiser import Pseudonymiser

if TYPE_CHECKING:
    from qcode.core.project import Project

CSV_COLUMNS = ("sti", "navn", "niveau", "beskrivelse", "inkluder", "ekskluder", "eksempel",
               "kodninger", "dokumenter", "kodninger_med_underkoder", "farve")


@dataclass(frozen=True)
class CodebookEntry:
    """One code as exported: path, depth, pseudonymised definition texts and counts."""

    path: str
    name: str
    depth: int
    description: str
    inclusion: str
    exclusion: str
    example: str
    codings: int
    documents: int
    codings_with_children: int
    colour: str


def codebook_entries(project: Project) -> list[CodebookEntry]:
    """Every code in tree order with its definition and counts."""
    codes = list_codes(project)
    stats = code_statistics(project)
    by_id = {code.id: code for code in codes}
    rows = {row.id: row for row in code_rows(project)}
    totals = {code.id: stats.get(code.id, (0, 0, 0))[0] for code in codes}
    for code in reversed(codes):  # children before parents: add each total to its parent
        if code.parent_id in by_id:
            totals[code.parent_id] += totals[code.id]
    pseudo = Pseudonymiser(project)  # a code named after a speaker carries a name
    return [
        CodebookEntry(pseudo.text(rows[c.id].path), pseudo.text(c.name), rows[c.id].depth,
                      pseudo.text(c.description),
                      pseudo.text(c.inclusion), pseudo.text(c.exclusion), pseudo.text(c.example),
                      stats.get(c.id, (0, 0, 0))[0], stats.get(c.id, (0, 0, 0))[1], totals[c.id],
                      c.colour)
        for c in codes
    ]


def codebook_texts(entries: list[CodebookEntry]) -> list[tuple[str, str]]:
    """(where, text) pairs for the leak check."""
    return [(f"{e.path}: {field}", getattr(e, field)) for e in entries
            for field in ("path", "description", "inclusion", "exclusion", "example")
            if getattr(e, field).strip()]


def write_codebook_csv(entries: list[CodebookEntry], path: str | Path) -> Path:
    """The codebook as CSV (UTF-8 with BOM, ';'-separated)."""
    path = Path(path)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(CSV_COLUMNS)
        for e in entries:
            writer.writerow([e.path, e.name, e.depth, e.description, e.inclusion, e.exclusion,
                             e.example, e.codings, e.documents, e.codings_with_children, e.colour])
    return path


def write_codebook_docx(entries: list[CodebookEntry], path: str | Path, title: str = "Kodebog") -> Path:
    """The codebook as a methods appendix: an overview table, then each code's definition."""
    from docx import Document  # noqa: PLC0415 (python-docx costs ~75 ms; loaded when a Word file is read or written)
    from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: PLC0415 (python-docx costs ~75 ms; loaded when a Word file is read or written)
    from docx.shared import Cm  # noqa: PLC0415 (python-docx costs ~75 ms; loaded when a Word file is read or written)


    document = Document()
    add_styles(document)
    set_properties(document, title)
    document.add_heading(title, level=1)
    document.add_paragraph(
        f"Kodebogen har {len(entries)} koder. Tallene viser antal kodede segmenter og antal "
        "dokumenter pr. kode; 'i alt' medregner underkoder.")
    table = document.add_table(rows=1, cols=4)
    table.style = "Light List"
    for cell, text in zip(table.rows[0].cells, ("Kode", "Segmenter", "Dokumenter", "I alt"),
                          strict=True):
        cell.text = text
    for e in entries:
        cells = table.add_row().cells
        cells[0].text = e.name
        cells[0].paragraphs[0].paragraph_format.left_indent = Cm(0.5 * e.depth)
        for cell, value in zip(cells[1:], (e.codings, e.documents, e.codings_with_children),
                               strict=True):
            cell.text = str(value)
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for e in entries:
        document.add_heading(e.path, level=min(2 + e.depth, 4))
        if e.description:
            document.add_paragraph(e.description, style=DEFINITION_STYLE)
        for label, text in (("Inkluder", e.inclusion), ("Ekskluder", e.exclusion),
                            ("Eksempel", e.example)):
            if text:
                paragraph = document.add_paragraph(style=DEFINITION_STYLE)
                paragraph.add_run(f"{label}: ").bold = True
                paragraph.add_run(text)
        counts = document.add_paragraph(style=DEFINITION_STYLE)
        counts.add_run(f"{e.codings} segmenter i {e.documents} dokumenter"
                       + (f" ({e.codings_with_children} med underkoder)"
                          if e.codings_with_children != e.codings else "")).italic = True
    path = Path(path)
    document.save(str(path))
    return path
