"""Word transcripts (.docx): paragraphs and tables in document order, tracked insertions kept,
deletions dropped, and bold speaker labels remembered as hints for turn detection.

Read with an XML walk over ``word/document.xml`` rather than python-docx's ``paragraph.text``,
which silently drops text inserted under tracked changes.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from qcode.io.base import ImportedDocument, ImportFormatError
from qcode.io.common import build_document, read_bytes
from qcode.io.safety import open_zip, read_member
from qcode.io.transcript import _name_like

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_SKIP = {f"{W}del", f"{W}delText", f"{W}instrText", f"{W}rPr", f"{W}pPr", f"{W}footnoteReference",
         f"{W}commentReference", f"{W}moveFrom"}


def _inline(element: ET.Element, out: list[str]) -> None:
    for child in element:
        tag = child.tag
        if tag in _SKIP:
            continue
        if tag == f"{W}t":
            out.append(child.text or "")
        elif tag == f"{W}tab":
            out.append("\t")
        elif tag in (f"{W}br", f"{W}cr"):
            out.append("\n")
        elif tag == f"{W}noBreakHyphen":
            out.append("-")
        else:
            _inline(child, out)


def _is_bold(run: ET.Element) -> bool:
    bold = run.find(f"{W}rPr/{W}b")
    return bold is not None and bold.get(f"{W}val", "true") not in ("0", "false", "off")


def _bold_label(paragraph: ET.Element) -> str | None:
    """A paragraph opening with a bold name ("Interviewer", "Christine  00:01:44")."""
    pieces = []
    for run in paragraph.iter(f"{W}r"):
        text = "".join(t.text or "" for t in run.iter(f"{W}t"))
        if not text:
            continue
        if not _is_bold(run):
            break
        pieces.append(text)
    label = "".join(pieces).strip().rstrip(":").strip()
    label = label.split("  ")[0].strip()
    return label if label and len(label) <= 30 and _name_like(label) else None


def _paragraph(element: ET.Element) -> str:
    out: list[str] = []
    _inline(element, out)
    return "".join(out)


def _table(element: ET.Element) -> list[str]:
    rows = []
    for row in element.iter(f"{W}tr"):
        cells = []
        for cell in row.findall(f"{W}tc"):
            cells.append(" ".join(_paragraph(p).strip() for p in cell.iter(f"{W}p")).strip())
        rows.append("\t".join(cells))
    return rows


def docx_text(xml: bytes) -> tuple[str, frozenset[str]]:
    """Text of a document.xml (one line per paragraph, table rows as tab-separated lines)."""
    root = ET.fromstring(xml)
    body = root.find(f"{W}body")
    if body is None:
        return "", frozenset()
    lines: list[str] = []
    labels: set[str] = set()

    def walk(container: ET.Element) -> None:
        for child in container:
            if child.tag == f"{W}p":
                lines.append(_paragraph(child))
                label = _bold_label(child)
                if label:
                    labels.add(label)
            elif child.tag == f"{W}tbl":
                lines.extend(_table(child))
            elif child.tag in (f"{W}sdt", f"{W}sdtContent", f"{W}customXml", f"{W}ins"):
                walk(child)

    walk(body)
    return "\n".join(lines), frozenset(labels)


@dataclass(frozen=True)
class DocxImporter:
    """Reads Word .docx files."""

    display_name: str = "Word"
    suffixes: tuple[str, ...] = (".docx",)

    def read(self, path: Path) -> ImportedDocument:
        """Read one .docx file."""
        data = read_bytes(path)
        with open_zip(path, "Word", "word/document.xml") as archive:
            xml = read_member(archive, "word/document.xml", path, "Word")
        try:
            text, labels = docx_text(xml)
        except ET.ParseError as error:
            raise ImportFormatError(path, f"the Word file is damaged ({error})",
                                    "import.damaged") from error
        return build_document(path, data, text, "docx", known_labels=labels)


DOCX_IMPORTER = DocxImporter()
