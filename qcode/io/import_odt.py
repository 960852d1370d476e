"""OpenDocument text (.odt): paragraphs, headings, lists and tables in order; comments, notes and
tracked deletions left out (odfpy's plain extraction mixes them into the text)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from qcode.io.base import ImportedDocument, ImportFormatError
from qcode.io.common import build_document, read_bytes
from qcode.io.safety import open_zip, read_member

T = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_SKIP = {f"{OFFICE}annotation", f"{OFFICE}annotation-end", f"{T}tracked-changes", f"{T}note",
         f"{T}sequence-decls", f"{T}bookmark", f"{T}change-start", f"{T}change-end", f"{T}change"}


def _inline(element: ET.Element, out: list[str]) -> None:
    out.append(element.text or "")
    for child in element:
        if child.tag not in _SKIP:
            if child.tag == f"{T}s":
                out.append(" " * int(child.get(f"{T}c", "1")))
            elif child.tag == f"{T}tab":
                out.append("\t")
            elif child.tag == f"{T}line-break":
                out.append("\n")
            else:
                _inline(child, out)
        out.append(child.tail or "")


def _paragraph(element: ET.Element) -> str:
    out: list[str] = []
    _inline(element, out)
    return "".join(out)


def odt_text(xml: bytes) -> str:
    """Text of an ODF content.xml, one line per paragraph, table rows as tab-separated lines."""
    root = ET.fromstring(xml)
    body = root.find(f"{OFFICE}body/{OFFICE}text")
    lines: list[str] = []

    def walk(container: ET.Element) -> None:
        for child in container:
            if child.tag in _SKIP:
                continue
            if child.tag in (f"{T}p", f"{T}h"):
                lines.append(_paragraph(child))
            elif child.tag == f"{TABLE}table":
                for row in child.iter(f"{TABLE}table-row"):
                    cells = [" ".join(_paragraph(p).strip() for p in cell.iter(f"{T}p")).strip()
                             for cell in row.findall(f"{TABLE}table-cell")]
                    lines.append("\t".join(cells))
            else:
                walk(child)

    if body is not None:
        walk(body)
    return "\n".join(lines)


@dataclass(frozen=True)
class OdtImporter:
    """Reads OpenDocument .odt files (LibreOffice)."""

    display_name: str = "OpenDocument"
    suffixes: tuple[str, ...] = (".odt",)

    def read(self, path: Path) -> ImportedDocument:
        """Read one .odt file."""
        data = read_bytes(path)
        with open_zip(path, "OpenDocument", "content.xml") as archive:
            if "META-INF/manifest.xml" in archive.namelist():
                manifest = read_member(archive, "META-INF/manifest.xml", path, "OpenDocument")
                if b"encryption-data" in manifest:
                    raise ImportFormatError(path, "the OpenDocument file is password-protected; "
                                            "save it without a password and import again",
                                            "import.encrypted")
            xml = read_member(archive, "content.xml", path, "OpenDocument")
        try:
            text = odt_text(xml)
        except ET.ParseError as error:
            raise ImportFormatError(path, f"the OpenDocument file is damaged ({error})",
                                    "import.damaged") from error
        return build_document(path, data, text, "odt")


ODT_IMPORTER = OdtImporter()
