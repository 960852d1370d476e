"""Builders for test files in formats the corpus lacks (.pdf, .odt, .rtf) and for broken files."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

INTERVIEW = [
    ("Interviewer", "Hvordan har du det med at bo her i byen, og hvem ser du mest til i hverdagen?"),
    ("Mathias", "Jeg ser mest min søster og hendes mand, og så kommer Anne-Mette forbi om "
                "tirsdagen. Hun er sød, men jeg føler mig alligevel tit alene om aftenen, når "
                "der ikke sker noget på værestedet og alle andre er gået hjem til deres familie."),
    ("Interviewer", "Hvad gør du så?"),
    ("Mathias", "Så ser jeg fjernsyn eller går en tur ned til havnen. Det hjælper lidt."),
]


def make_pdf(path: Path, lines_per_page: int = 14, scan: bool = False) -> Path:
    """A PDF with a running header, page numbers, indented page starts and hard-wrapped turns.

    The interviewee's name is hyphenated across a line break ("Ma-" / "thias") once.
    """
    from reportlab.lib.pagesizes import A5
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A5)
    width, height = A5
    if scan:
        pdf.rect(40, 40, width - 80, height - 80, fill=1)  # an image-only page, as a scanner makes
        pdf.showPage()
        pdf.save()
        return path
    body: list[str] = []
    rounds = [(speaker, f"{words} ({n + 1})" if speaker != "Interviewer" else words)
              for n in range(3) for speaker, words in INTERVIEW]
    for speaker, words in rounds:
        line = f"{speaker}: "
        for word in words.split():
            if len(line) + len(word) > 48:
                body.append(line.rstrip())
                line = ""
            line += word + " "
        body.append(line.rstrip())
    body[0:0] = ["Mathias: Min mor siger tit til mig: Ma-",
                 "thias, du skal huske at ringe til din bror. Og det",
                 "gør jeg så, hver søndag. Altså ikke altid, men tit.",
                 "Interviewer: Ringer du tit til ham?"]
    page = 1
    for start in range(0, len(body), lines_per_page):
        pdf.setFont("Helvetica", 9)
        pdf.drawString(40, height - 30, "Interview 12 – fortroligt")
        y = height - 60
        for k, line in enumerate(body[start:start + lines_per_page]):
            pdf.drawString(60 if k == 0 else 40, y, line)
            y -= 14
        pdf.drawString(width / 2, 20, str(page))
        pdf.showPage()
        page += 1
    pdf.save()
    return path


def make_odt(path: Path, paragraphs: list[str], comment: str = "") -> Path:
    """An .odt with one paragraph per entry (and an optional comment that must not be imported)."""
    from odf.office import Annotation
    from odf.opendocument import OpenDocumentText
    from odf.text import P

    document = OpenDocumentText()
    for k, text in enumerate(paragraphs):
        paragraph = P(text=text)
        if comment and k == 0:
            note = Annotation()
            note.addElement(P(text=comment))
            paragraph.addElement(note)
        document.text.addElement(paragraph)
    document.save(str(path))
    return path


def make_rtf(path: Path, paragraphs: list[str], codepage: int = 1252) -> Path:
    """An .rtf in the given ANSI code page, non-ASCII letters as \\'hh escapes."""
    def escape(text: str) -> str:
        out = []
        for char in text:
            if ord(char) < 128:
                out.append("\\" + char if char in "\\{}" else char)
            else:
                out.append("".join(f"\\'{b:02x}" for b in char.encode(f"cp{codepage}")))
        return "".join(out)

    body = "".join(f"{escape(p)}\\par\n" for p in paragraphs)
    path.write_bytes(
        ("{\\rtf1\\ansi\\ansicpg" + str(codepage)
         + "\\deff0{\\fonttbl{\\f0 Times New Roman;}}\n\\f0 " + body + "}").encode("ascii"))
    return path


def make_docx(path: Path, paragraphs: list[str], bold_labels: bool = False) -> Path:
    """A .docx through python-docx; with ``bold_labels`` the text before ': ' is a bold run."""
    import docx

    document = docx.Document()
    for text in paragraphs:
        paragraph = document.add_paragraph()
        if bold_labels and ": " in text:
            label, words = text.split(": ", 1)
            paragraph.add_run(label + ":").bold = True
            paragraph.add_run(" " + words)
        else:
            paragraph.add_run(text)
    document.save(str(path))
    return path


def make_zip_bomb(path: Path, megabytes: int = 24) -> Path:
    """A .docx-shaped zip whose document.xml unpacks to many MB of zeros."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * (megabytes * 1024 * 1024))
    path.write_bytes(buffer.getvalue())
    return path
