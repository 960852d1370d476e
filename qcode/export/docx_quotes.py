"""Word (.docx) quote report: title page, overview table, a heading per code with its definition,
the quotes in a quote style with citation lines, and optionally the definitions as an appendix.

Writes a :class:`~qcode.export.quotes.QuoteReport` that is already pseudonymised; no project
access, no Qt.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.styles.style import BaseStyle
from docx.text.paragraph import Paragraph

from qcode.export.quotes import CodeSection, QuoteReport

QUOTE_STYLE = "Citat"
DIALOGUE_STYLE = "Citat, dialog"
CITATION_STYLE = "Kildehenvisning"
DEFINITION_STYLE = "Kodedefinition"
_GREY = RGBColor(0x55, 0x55, 0x55)


def add_styles(document: DocxDocument) -> None:
    """The report's own paragraph styles, so a user can restyle them all at once in Word."""
    styles = document.styles
    normal = styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    _set_language(normal, "da-DK")

    quote = styles.add_style(QUOTE_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    quote.base_style = normal
    quote.font.italic = True
    quote.paragraph_format.left_indent = Cm(1.25)
    quote.paragraph_format.right_indent = Cm(1.25)
    quote.paragraph_format.space_before = Pt(6)
    quote.paragraph_format.space_after = Pt(0)
    quote.paragraph_format.line_spacing = 1.1

    dialogue = styles.add_style(DIALOGUE_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    dialogue.base_style = quote
    dialogue.paragraph_format.space_before = Pt(2)
    dialogue.paragraph_format.first_line_indent = Cm(-0.6)
    dialogue.paragraph_format.left_indent = Cm(1.85)

    citation = styles.add_style(CITATION_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    citation.base_style = normal
    citation.font.size = Pt(9.5)
    citation.font.color.rgb = _GREY
    citation.paragraph_format.left_indent = Cm(1.25)
    citation.paragraph_format.right_indent = Cm(1.25)
    citation.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    citation.paragraph_format.space_before = Pt(2)
    citation.paragraph_format.space_after = Pt(10)
    citation.paragraph_format.keep_together = True

    definition = styles.add_style(DEFINITION_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    definition.base_style = normal
    definition.font.size = Pt(10)
    definition.paragraph_format.space_after = Pt(3)
    definition.paragraph_format.keep_with_next = True  # a heading's definition and first quote
    # A quote and its citation line stay on one page.
    quote.paragraph_format.keep_with_next = True
    quote.paragraph_format.keep_together = True
    dialogue.paragraph_format.keep_with_next = True


def _set_language(style: BaseStyle, language: str) -> None:
    """Mark text as Danish so Word spell-checks it in Danish."""
    rpr = style.element.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), language)
    rpr.append(lang)


def _title_page(document: DocxDocument, report: QuoteReport) -> None:
    for _ in range(6):
        document.add_paragraph()
    document.add_paragraph(report.title, style="Title")
    if report.subtitle:
        document.add_paragraph(report.subtitle, style="Subtitle")
    quotes = report.quotes
    facts = document.add_paragraph()
    codes = len(report.sections)
    facts.add_run(f"{len(quotes)} {'citat' if len(quotes) == 1 else 'citater'} fra {codes} "
                  f"{'kode' if codes == 1 else 'koder'}").bold = True
    facts.add_run(f"\nUdtrukket {report.created} af {report.coder}")
    if report.unsearched:  # exported after an acknowledged warning: say so where a reader looks first
        warning = facts.add_run(f"\nIKKE ANONYMISERET: {report.unsearched} af de citerede interviews er "
                                "aldrig gennemsøgt for navne, alder og steder.")
        warning.bold = True
        facts.add_run(" Udeladelser er markeret med […].")
    else:
        facts.add_run("\nCitaterne er pseudonymiseret: navne, steder og alder er erstattet. "
                      "Udeladelser er markeret med […].")
    facts.paragraph_format.space_before = Pt(24)
    facts.add_run().add_break(WD_BREAK.PAGE)


def _overview(document: DocxDocument, report: QuoteReport) -> None:
    document.add_heading("Oversigt", level=1)
    table = document.add_table(rows=1, cols=3)
    table.style = "Light List Accent 1"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for cell, text in zip(table.rows[0].cells, ("Kode", "Citater", "Interviews"), strict=True):
        cell.text = text
    for section in report.sections:
        row = table.add_row().cells
        row[0].text = section.path
        row[1].text = str(len(section.quotes))
        row[2].text = str(len({q.quote.document_id for q in section.quotes}))
    total = table.add_row().cells
    total[0].text = "I alt"
    total[1].text = str(len(report.quotes))
    total[2].text = str(len({q.quote.document_id for q in report.quotes}))
    for run in (r for cell in total for p in cell.paragraphs for r in p.runs):
        run.bold = True
    widths = (Cm(10), Cm(3), Cm(3))
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width  # LibreOffice reads the grid, Word the cells
    for row in table.rows:
        for index, width in enumerate(widths):
            row.cells[index].width = width
            if index:
                row.cells[index].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT


def definition_paragraphs(document: DocxDocument, section: CodeSection) -> None:
    """The code's description and criteria, as short labelled paragraphs."""
    if not any((section.description, section.inclusion, section.exclusion, section.example)):
        empty = document.add_paragraph("(ingen definition)", style=DEFINITION_STYLE)
        empty.runs[0].font.color.rgb = _GREY
        return
    if section.description:
        document.add_paragraph(section.description, style=DEFINITION_STYLE)
    for label, text in (("Inkluder", section.inclusion), ("Ekskluder", section.exclusion),
                        ("Eksempel", section.example)):
        if text:
            paragraph = document.add_paragraph(style=DEFINITION_STYLE)
            paragraph.add_run(f"{label}: ").bold = True
            paragraph.add_run(text)


def _styled(document: DocxDocument, text: str, style_id: str, before: Any = None) -> Paragraph:
    """A paragraph with a style set by id: python-docx's lookup by name scans every style each
    time, which made a 1,000-quote report take seconds. With ``before`` (the body's section
    properties, looked up once) the paragraph goes straight in front of it: ``add_paragraph`` searches
    the whole body for that element every time, which makes a long report quadratic."""
    if before is None:
        paragraph = document.add_paragraph(text)
    else:
        element = OxmlElement("w:p")
        before.addprevious(element)
        paragraph = Paragraph(element, document._body)
        if text:
            paragraph.add_run(text)
    paragraph._p.style = style_id
    return paragraph


def _quotes(document: DocxDocument, section: CodeSection) -> None:
    ids = {name: document.styles[name].style_id for name in (QUOTE_STYLE, DIALOGUE_STYLE, CITATION_STYLE)}
    end = document.element.body.sectPr  # the body's last child; every quote paragraph goes before it
    for rendered in section.quotes:
        if rendered.is_dialogue:
            for segment in rendered.segments:
                paragraph = _styled(document, "", ids[DIALOGUE_STYLE], end)
                label = paragraph.add_run(f"{segment.speaker}: ")
                label.italic = False
                label.bold = True
                paragraph.add_run(segment.text)
        else:
            _styled(document, f"»{rendered.text}«", ids[QUOTE_STYLE], end)
        if rendered.citation:
            _styled(document, rendered.citation, ids[CITATION_STYLE], end)


def write_quotes_docx(report: QuoteReport, path: str | Path) -> Path:
    """Write the report as .docx and return its path."""
    document = Document()
    for margin in ("left_margin", "right_margin"):
        setattr(document.sections[0], margin, Cm(2.5))
    document.core_properties.title = report.title
    document.core_properties.author = report.coder or "qcode"  # not python-docx's default
    document.core_properties.last_modified_by = report.coder or "qcode"
    document.core_properties.language = "da-DK"
    add_styles(document)
    _title_page(document, report)
    _overview(document, report)
    appendix = report.options.criteria == "appendix"
    for section in report.sections:
        document.add_heading(section.path, level=1)
        if report.options.criteria == "inline":
            definition_paragraphs(document, section)
        _quotes(document, section)
    if appendix:
        document.add_page_break()
        document.add_heading("Bilag: Kodedefinitioner", level=1)
        for section in report.sections:
            document.add_heading(section.path, level=2)
            definition_paragraphs(document, section)
    path = Path(path)
    document.save(str(path))
    return path
