"""OpenDocument text (.odt) through odfpy: paragraphs, headings, lists and tables in order; comments,
notes and tracked deletions left out (odfpy's own ``teletype.extractText`` mixes them into the text)."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from qcode.io.base import ImportedDocument, ImportFormatError
from qcode.io.common import build_document, read_bytes
from qcode.io.safety import open_zip, read_member

if TYPE_CHECKING:
    from odf.element import Element  # odfpy has no type hints: Any to mypy (see [tool.mypy])

TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_SKIP = {(OFFICE_NS, "annotation"), (OFFICE_NS, "annotation-end"), (TEXT_NS, "tracked-changes"),
         (TEXT_NS, "note"), (TEXT_NS, "sequence-decls"), (TEXT_NS, "bookmark")}


def _inline(node: Element, out: list[str]) -> None:
    for child in node.childNodes:
        if child.nodeType == child.TEXT_NODE:
            out.append(child.data)
            continue
        if child.nodeType != child.ELEMENT_NODE or child.qname in _SKIP:
            continue
        if child.qname == (TEXT_NS, "s"):
            out.append(" " * int(child.getAttrNS(TEXT_NS, "c") or 1))
        elif child.qname == (TEXT_NS, "tab"):
            out.append("\t")
        elif child.qname == (TEXT_NS, "line-break"):
            out.append("\n")
        else:
            _inline(child, out)


def _paragraph(node: Element) -> str:
    out: list[str] = []
    _inline(node, out)
    return "".join(out)


def odt_lines(container: Element, lines: list[str]) -> None:
    """Append one line per paragraph/heading (and per table row, cells tab-separated)."""
    for child in container.childNodes:
        if child.nodeType != child.ELEMENT_NODE or child.qname in _SKIP:
            continue
        if child.qname in ((TEXT_NS, "p"), (TEXT_NS, "h")):
            lines.append(_paragraph(child))
        elif child.qname == (TABLE_NS, "table"):
            for row in child.getElementsByType(_element_class("TableRow")):
                cells = [" ".join(_paragraph(p).strip() for p in cell.getElementsByType(
                    _element_class("P"))).strip()
                    for cell in row.childNodes if cell.qname == (TABLE_NS, "table-cell")]
                lines.append("\t".join(cells))
        else:
            odt_lines(child, lines)


def _element_class(name: str) -> type[Element]:
    from odf import table, text  # noqa: PLC0415 (odfpy costs ~0.2 s; loaded when an .odt is read)

    return getattr(table, name, None) or getattr(text, name)


@dataclass(frozen=True)
class OdtImporter:
    """Reads OpenDocument .odt files (LibreOffice)."""

    display_name: str = "OpenDocument"
    suffixes: tuple[str, ...] = (".odt",)

    def read(self, path: Path) -> ImportedDocument:
        """Read one .odt file (checked for truncation, encryption and zip bombs first)."""
        from odf.opendocument import load  # noqa: PLC0415 (odfpy costs ~0.2 s; loaded when an .odt is read)

        data = read_bytes(path)
        with open_zip(path, "OpenDocument", "content.xml") as archive:
            if "META-INF/manifest.xml" in archive.namelist():
                manifest = read_member(archive, "META-INF/manifest.xml", path, "OpenDocument")
                if b"encryption-data" in manifest:
                    raise ImportFormatError(path, "the OpenDocument file is password-protected; "
                                            "save it without a password and import again",
                                            "import.encrypted")
            read_member(archive, "content.xml", path, "OpenDocument")  # CRC check
        try:
            document = load(str(path))
        except (zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError) as error:
            raise ImportFormatError(path, "the OpenDocument file is damaged",
                                    "import.damaged", detail=str(error)) from error
        except Exception as error:  # expat's ExpatError / SAX errors from a broken content.xml
            if "xml" in type(error).__module__ or "sax" in type(error).__module__:
                raise ImportFormatError(path, "the OpenDocument file is damaged",
                                        "import.damaged", detail=str(error)) from error
            raise
        lines: list[str] = []
        odt_lines(document.text, lines)
        return build_document(path, data, "\n".join(lines), "odt")


ODT_IMPORTER = OdtImporter()
