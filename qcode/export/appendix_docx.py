"""Writes a :class:`~qcode.export.methods_appendix.Appendix` (already pseudonymised) as a Word file:
headings, paragraphs, bullets, tables with a header row, and the saturation chart. No project access,
no Qt."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from qcode.export.docx_quotes import DEFINITION_STYLE, add_styles, set_properties
from qcode.export.methods_appendix import Appendix, Block


def _table(document: Any, block: Block) -> None:  # a python-docx Document
    header, *rows = block.rows
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Light List Accent 1"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    for index, values in enumerate(rows):
        cells = table.add_row().cells
        for column, (cell, text) in enumerate(zip(cells, values, strict=True)):
            cell.text = text
            paragraph = cell.paragraphs[0]
            if column and text.replace(",", "").replace(".", "").replace("–", "").isdigit():
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if column == 0 and block.depths:
                paragraph.paragraph_format.left_indent = Cm(0.5 * block.depths[index])
    for row in table.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(9.5)
    if block.widths:
        table.autofit = False
        for column, width in zip(table.columns, block.widths, strict=True):
            column.width = Cm(width)  # LibreOffice reads the grid, Word the cells
        for row in table.rows:
            for cell, width in zip(row.cells, block.widths, strict=True):
                cell.width = Cm(width)
    document.add_paragraph()


def write_appendix_docx(appendix: Appendix, path: str | Path) -> Path:
    """Write the appendix to ``path`` (.docx)."""
    document = Document()
    add_styles(document)
    set_properties(document, appendix.title, language="da-DK" if appendix.lang == "da" else "en-GB")
    for section in document.sections:
        section.left_margin = section.right_margin = Cm(2.2)
    for block in appendix.blocks:
        if block.kind == "heading":
            # a heading never ends a page alone (LibreOffice does not take Word's style default)
            document.add_heading(block.text, level=block.level).paragraph_format.keep_with_next = True
        elif block.kind == "paragraph":
            document.add_paragraph(block.text)
        elif block.kind == "bullet":
            document.add_paragraph(block.text, style="List Bullet")
        elif block.kind == "caption":
            document.add_paragraph(block.text, style=DEFINITION_STYLE).runs[0].italic = True
        elif block.kind == "table":
            _table(document, block)
        elif block.kind == "image":
            document.add_picture(io.BytesIO(block.data), width=Cm(16))
    path = Path(path)
    document.save(str(path))
    return path
