"""Word transcripts (.docx) through python-docx: paragraphs and tables in document order, bold
speaker labels remembered as hints for turn detection, tracked insertions kept and deletions dropped
(``paragraph.text`` alone silently loses text typed with Track Changes on)."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from qcode.io.base import ImportedDocument, ImportFormatError
from qcode.io.common import build_document, read_bytes
from qcode.io.safety import open_zip
from qcode.io.transcript_words import name_like

if TYPE_CHECKING:
    from docx.document import Document
    from docx.text.paragraph import Paragraph

# Text of a paragraph in reading order: runs directly in it, in hyperlinks, in tracked insertions
# and in content controls; w:delText (deleted text) is never matched.
_TEXT_XPATH = ("./w:r/w:t | ./w:r/w:tab | ./w:r/w:br | ./w:r/w:cr | ./w:r/w:noBreakHyphen"
               " | ./*[self::w:hyperlink or self::w:ins or self::w:smartTag or self::w:sdt"
               " or self::w:sdtContent or self::w:customXml]//w:r/*"
               "[self::w:t or self::w:tab or self::w:br or self::w:cr or self::w:noBreakHyphen]")


def paragraph_text(paragraph: Paragraph) -> str:
    """A python-docx paragraph's text including tracked insertions, tabs and line breaks."""
    out = []
    for node in paragraph._p.xpath(_TEXT_XPATH):
        tag = node.tag.rsplit("}", 1)[-1]
        if tag == "t":
            out.append(node.text or "")
        elif tag == "tab":
            out.append("\t")
        elif tag == "noBreakHyphen":
            out.append("-")
        else:
            out.append("\n")
    return "".join(out)


def bold_label(paragraph: Paragraph) -> str | None:
    """A paragraph that opens with a bold name ("Interviewer", "Christine  00:01:44")."""
    pieces = []
    for run in paragraph.runs:
        if not run.text:
            continue
        if not run.bold:
            break
        pieces.append(run.text)
    label = "".join(pieces).strip().rstrip(":").strip().split("  ")[0].strip()
    return label if label and len(label) <= 30 and name_like(label) else None


def docx_text(document: Document) -> tuple[str, frozenset[str]]:
    """One line per paragraph, one tab-separated line per table row; plus the bold labels seen."""
    from docx.table import Table  # noqa: PLC0415 (python-docx costs ~75 ms; loaded when a Word file is read or written)

    lines: list[str] = []
    labels: set[str] = set()
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                cells: list[str] = []
                for cell in row.cells:
                    text = " ".join(paragraph_text(p).strip() for p in cell.paragraphs).strip()
                    if not cells or cells[-1] != text:  # merged cells repeat
                        cells.append(text)
                lines.append("\t".join(cells))
            continue
        lines.append(paragraph_text(block))
        label = bold_label(block)
        if label:
            labels.add(label)
    return "\n".join(lines), frozenset(labels)


@dataclass(frozen=True)
class DocxImporter:
    """Reads Word .docx files."""

    display_name: str = "Word"
    suffixes: tuple[str, ...] = (".docx",)

    def read(self, path: Path) -> ImportedDocument:
        """Read one .docx file (checked for truncation, encryption and zip bombs first)."""
        import docx  # noqa: PLC0415 (python-docx costs ~75 ms; loaded when a Word file is read or written)
        from docx.opc.exceptions import PackageNotFoundError  # noqa: PLC0415 (python-docx costs ~75 ms; loaded when a Word file is read or written)

        data = read_bytes(path)
        open_zip(path, "Word", "word/document.xml").close()
        try:
            document = docx.Document(str(path))
            text, labels = docx_text(document)
        except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, EOFError,
                OSError) as error:
            raise ImportFormatError(path, "the Word file is damaged or truncated",
                                    "import.damaged", detail=str(error)) from error
        except Exception as error:  # lxml's XMLSyntaxError and friends: a broken document part
            if type(error).__module__.startswith(("lxml", "docx")):
                raise ImportFormatError(path, "the Word file is damaged",
                                        "import.damaged", detail=str(error)) from error
            raise
        return build_document(path, data, text, "docx", known_labels=labels)


DOCX_IMPORTER = DocxImporter()
