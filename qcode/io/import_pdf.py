"""PDF transcripts with a text layer (pypdf): page furniture removed, hard wraps and hyphenation
repaired. A PDF without a text layer is a scan and is refused with a clear "needs OCR" message."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from qcode.core.errors import say, ui_language
from qcode.io.base import ImportedDocument, ImportFormatError
from qcode.io.common import build_document, read_bytes
from qcode.io.rewrap import repair_pages

MIN_CHARS_PER_PAGE = 20  # fewer visible characters than this per page: a scanned image


@dataclass(frozen=True)
class PdfImporter:
    """Reads .pdf files that have a text layer."""

    display_name: str = "PDF"
    suffixes: tuple[str, ...] = (".pdf",)

    def read(self, path: Path) -> ImportedDocument:
        """Read one .pdf file."""
        from pypdf import PdfReader  # noqa: PLC0415 (pypdf costs ~0.6 s; loaded when a PDF is read)
        from pypdf.errors import FileNotDecryptedError, PdfReadError, PdfStreamError  # noqa: PLC0415 (pypdf costs ~0.6 s; loaded when a PDF is read)

        data = read_bytes(path)
        if not data.lstrip().startswith(b"%PDF"):
            raise ImportFormatError(path, "this is not a PDF file", "import.damaged")
        logging.getLogger("pypdf").setLevel(logging.ERROR)  # its repair chatter is not for coders
        try:
            reader = PdfReader(path, strict=False)
            if reader.is_encrypted and not reader.decrypt(""):
                raise ImportFormatError(path, "the PDF is password-protected; remove the password "
                                        "and import again", "import.encrypted")
            pages = [page.extract_text() or "" for page in reader.pages]
        except ImportFormatError:
            raise
        except FileNotDecryptedError as error:
            raise ImportFormatError(path, "the PDF is password-protected; remove the password and "
                                    "import again", "import.encrypted") from error
        except (PdfReadError, PdfStreamError, ValueError, KeyError, TypeError, OSError,
                EOFError, AttributeError) as error:
            raise ImportFormatError(path, "the PDF is damaged or truncated",
                                    "import.damaged", detail=str(error)) from error
        visible = sum(len("".join(page.split())) for page in pages)
        if not pages or visible < MIN_CHARS_PER_PAGE * len(pages):
            raise ImportFormatError(path, "the PDF has no text layer (a scan) — it needs OCR before "
                                    "it can be imported", "import.needs_ocr")
        return build_document(path, data, repair_pages(pages), "pdf",
                              warnings=[say("import.warn.pdf_repaired", ui_language())])


PDF_IMPORTER = PdfImporter()
