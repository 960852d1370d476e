"""Each format reader on generated files: text, encodings, layout repair and detected turns."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.import_makers import INTERVIEW, make_docx, make_odt, make_pdf, make_rtf

from qcode.io import read_document, supported_suffixes

TURNS = [f"{speaker}: {words}" for speaker, words in INTERVIEW]


def _speakers(document) -> list[str]:
    return [t.speaker for t in document.turns]


@pytest.mark.parametrize("encoding,bom", [
    ("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("cp1252", b""), ("utf-16-le", b"\xff\xfe"),
    ("utf-16-be", b"\xfe\xff"), ("utf-16-le", b""),
])
@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_txt_encodings_and_newlines(tmp_path: Path, encoding: str, bom: bytes, newline: str) -> None:
    text = newline.join(f"{t}{newline}" for t in TURNS)
    path = tmp_path / "t.txt"
    path.write_bytes(bom + text.encode(encoding))
    document = read_document(path)
    assert document.text == "\n".join(f"{t}\n" for t in TURNS)
    assert "søster" in document.text and "\r" not in document.text
    assert _speakers(document) == ["Interviewer", "Mathias", "Interviewer", "Mathias"]
    assert document.turns[1].role == "interviewee"


def test_short_danish_cp1252_is_not_read_as_cp1250(tmp_path: Path) -> None:
    path = tmp_path / "kort.txt"
    path.write_bytes("I: Hvordan går det?\n\nIP: Godt. Jeg bor på Nørrebro.\n".encode("cp1252"))
    document = read_document(path)
    assert "Nørrebro" in document.text and "på" in document.text


def test_nfc_normalisation(tmp_path: Path) -> None:
    path = tmp_path / "nfd.txt"
    path.write_text("Interviewer: Hvad så?\n\nÅse: Det ved jeg ikke.\n".replace("Å", "A\u030a"),
                    encoding="utf-8")
    document = read_document(path)
    assert "Åse: Det" in document.text  # macOS-style decomposed letters are composed again
    assert [t.speaker for t in document.turns] == ["Interviewer", "Åse"]
    assert all(t.end <= len(document.text) for t in document.turns)


def test_hard_wrapped_txt_is_joined(tmp_path: Path) -> None:
    lines = []
    for _ in range(3):
        lines += ["Interviewer: Hvordan har du det med at bo her i byen, og",
                  "hvem ser du mest til i hverdagen?",
                  "Mathias: Jeg ser mest min søster og hendes mand, og så",
                  "kommer Anne-Mette forbi om tirsdagen. Hun er sød, men jeg",
                  "føler mig alene om aftenen, når der ikke sker noget, og",
                  "alle andre er gået hjem til deres fami-",
                  "lie."]
    path = tmp_path / "wrapped.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    document = read_document(path)
    assert "og hvem ser du" in document.text and "familie." in document.text
    assert len(document.turns) == 6
    assert document.warnings


def test_docx_paragraphs_tables_and_bold_labels(tmp_path: Path) -> None:
    import docx

    path = make_docx(tmp_path / "t.docx", ["Interviewer: Hvordan går det?", "",
                                           "Karen: Det går fint, tak.", ""], bold_labels=True)
    document_file = docx.Document(str(path))
    table = document_file.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Dato"
    table.cell(0, 1).text = "3. marts"
    document_file.add_paragraph("Interviewer: Og i morgen?")
    document_file.save(str(path))
    document = read_document(path)
    # a turn that follows its paragraph directly gets the blank line before it that Word shows as spacing
    assert document.text.splitlines()[-3:] == ["Dato\t3. marts", "", "Interviewer: Og i morgen?"]
    assert _speakers(document) == ["Interviewer", "Karen", "Interviewer"]


def test_docx_bold_label_without_colon(tmp_path: Path) -> None:
    import docx

    path = tmp_path / "bold.docx"
    document_file = docx.Document()
    for speaker, words in [("Interviewer", "Hvordan går det?"), ("Karen", "Godt."),
                           ("Interviewer", "Og så?"), ("Karen", "Så går jeg hjem.")]:
        paragraph = document_file.add_paragraph()
        paragraph.add_run(speaker).bold = True
        paragraph.add_run(" " + words)
        document_file.add_paragraph("")
    document_file.save(str(path))
    document = read_document(path)
    assert _speakers(document) == ["Interviewer", "Karen", "Interviewer", "Karen"]


def test_odt_leaves_comments_out(tmp_path: Path) -> None:
    path = make_odt(tmp_path / "t.odt", [TURNS[0], "", TURNS[1]], comment="HEMMELIG NOTE")
    document = read_document(path)
    assert "HEMMELIG" not in document.text
    assert document.format == "odt"
    assert _speakers(document) == ["Interviewer", "Mathias"]
    assert "søster" in document.text


@pytest.mark.parametrize("codepage", [1252, 865])
def test_rtf_code_pages(tmp_path: Path, codepage: int) -> None:
    path = make_rtf(tmp_path / "t.rtf", [TURNS[0], "", "Søren: Æbler og ål på Ærø.", ""],
                    codepage=codepage)
    document = read_document(path)
    assert "Søren: Æbler og ål på Ærø." in document.text
    assert _speakers(document) == ["Interviewer", "Søren"]


def test_pdf_repair_and_turns(tmp_path: Path) -> None:
    document = read_document(make_pdf(tmp_path / "t.pdf"))
    text = document.text
    assert "Mathias, du skal huske" in text  # "Ma-" + "thias" across a line break
    assert "Anne-Mette" in text  # a real hyphen stays
    assert "fortroligt" not in text  # running header
    assert not any(line.strip().isdigit() for line in text.splitlines())  # page numbers
    assert "hvem ser du mest til" in text  # wrapped lines joined
    assert "(1)" in text and "(3)" in text  # a turn crossing a page break is kept whole
    assert len(document.turns) == 14
    assert {t.speaker for t in document.turns} == {"Interviewer", "Mathias"}
    for turn in document.turns:
        assert "\n" not in text[turn.start:turn.end]


def test_supported_suffixes() -> None:
    assert {".txt", ".docx", ".odt", ".rtf", ".pdf"} <= set(supported_suffixes())


def test_docx_tracked_changes_keep_insertions_and_drop_deletions(tmp_path: Path) -> None:
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document_file = docx.Document()
    paragraph = document_file.add_paragraph()
    paragraph.add_run("Karen: Jeg bor ")

    def tracked(tag: str, text: str) -> None:
        change = OxmlElement(tag)
        change.set(qn("w:id"), "1")
        change.set(qn("w:author"), "tester")
        run = OxmlElement("w:r")
        piece = OxmlElement("w:delText" if tag == "w:del" else "w:t")
        piece.text = text
        piece.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        run.append(piece)
        change.append(run)
        paragraph._p.append(change)

    tracked("w:del", "i Aarhus ")
    tracked("w:ins", "i Odense ")
    paragraph.add_run("nu.")
    path = tmp_path / "tracked.docx"
    document_file.save(str(path))
    assert read_document(path).text == "Karen: Jeg bor i Odense nu."


def test_odt_tables_spaces_and_line_breaks(tmp_path: Path) -> None:
    from odf.opendocument import OpenDocumentText
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import P, S

    document_file = OpenDocumentText()
    paragraph = P(text="Interviewer: Hvad")
    paragraph.addElement(S(c=3))
    paragraph.addText("så?")
    document_file.text.addElement(paragraph)
    table = Table()
    table.addElement(TableColumn(numbercolumnsrepeated=2))
    row = TableRow()
    for value in ("Dato", "4. maj"):
        cell = TableCell()
        cell.addElement(P(text=value))
        row.addElement(cell)
    table.addElement(row)
    document_file.text.addElement(table)
    document_file.text.addElement(P(text="Lone: Godt."))
    path = tmp_path / "table.odt"
    document_file.save(str(path))
    document = read_document(path)
    assert document.text == "Interviewer: Hvad   så?\nDato\t4. maj\n\nLone: Godt."
