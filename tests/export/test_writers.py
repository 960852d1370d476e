"""The produced files, opened with python-docx, openpyxl and csv: structure and no original names."""

from __future__ import annotations

import csv

import pytest
from docx import Document
from openpyxl import load_workbook

from qcode.core.quotes import QuoteFilter, list_exports
from qcode.export.docx_quotes import CITATION_STYLE, DIALOGUE_STYLE, QUOTE_STYLE
from qcode.export.quotes import ExportOptions
from qcode.export.run import ExportError, export_codebook, export_quotes


def all_codes(sample) -> QuoteFilter:
    return QuoteFilter((sample.codes["ensomhed"], sample.codes["netværk"]))


# The sample is not anonymised, so the leak check warns about its names; these structure tests
# acknowledge that (as a user would), the tests at the end check the blocking itself.
ACK = ExportOptions(acknowledge_warnings=True)


def docx_text(path) -> str:
    document = Document(str(path))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_docx_report_structure(project, sample, tmp_path):
    path = tmp_path / "rapport.docx"
    options = ExportOptions(title="Ensomhed", acknowledge_warnings=True)
    result = export_quotes(project, all_codes(sample), path, options=options)
    assert result.items == 6
    document = Document(str(path))
    paragraphs = document.paragraphs
    assert paragraphs[[p.style.name for p in paragraphs].index("Title")].text == "Ensomhed"
    headings = [p.text for p in paragraphs if p.style.name == "Heading 1"]
    assert headings == ["Oversigt", "netværk", "netværk/familie", "ensomhed"]
    quotes = [p.text for p in paragraphs if p.style.name == QUOTE_STYLE]
    assert "»Der kan gå flere dage, hvor jeg ikke snakker med nogen.«" in quotes
    assert all(p.style.font.italic for p in paragraphs if p.style.name == QUOTE_STYLE)
    dialogue = [p.text for p in paragraphs if p.style.name == DIALOGUE_STYLE]
    assert dialogue == ["Interviewer: Hvordan har du det med det?", "Birgit: Det er hårdt."]
    citations = [p.text for p in paragraphs if p.style.name == CITATION_STYLE]
    assert len(citations) == 6
    assert citations.count("(Deltager 1, kvinde, 50'erne)") == 4
    # The definition of ensomhed sits under its heading; the overview counts quotes per code.
    texts = [p.text for p in paragraphs]
    assert texts[texts.index("ensomhed") + 1] == "Oplevelser af at være alene."
    table = document.tables[0]
    assert [c.text for c in table.rows[-1].cells] == ["I alt", "6", "2"]
    assert [c.text for c in table.rows[3].cells] == ["ensomhed", "3", "1"]
    # never searched for names, exported after the warning: the title page must not claim otherwise
    assert "IKKE ANONYMISERET: 2 af de citerede interviews" in "\n".join(texts)
    assert "Citaterne er pseudonymiseret" not in "\n".join(texts)
    assert "6 citater fra 3 koder" in "\n".join(texts)
    assert document.core_properties.author != "python-docx"


def test_docx_of_a_searched_project_says_it_is_pseudonymised(project, anonymised, tmp_path):
    from qcode.anonymise import register

    register.detect_project(project, detect_fn=lambda text, **kwargs: [])
    path = tmp_path / "rapport.docx"
    export_quotes(project, QuoteFilter((anonymised.codes["ensomhed"],)), path)
    texts = docx_text(path)
    assert "Citaterne er pseudonymiseret" in texts and "IKKE ANONYMISERET" not in texts
    assert "fra 1 kode\n" in texts


def test_docx_definitions_as_appendix(project, sample, tmp_path):
    path = tmp_path / "rapport.docx"
    export_quotes(project, all_codes(sample), path, options=ExportOptions(criteria="appendix",
                                                                     acknowledge_warnings=True))
    texts = [p.text for p in Document(str(path)).paragraphs]
    appendix = texts.index("Bilag: Kodedefinitioner")
    assert texts.index("Oplevelser af at være alene.") > appendix
    assert any(t.startswith("Inkluder: Udsagn om savn") for t in texts[appendix:])


@pytest.mark.parametrize("fmt", ["docx", "xlsx", "csv", "html"])
def test_no_original_name_in_any_format(project, anonymised, original_names, tmp_path, fmt):
    path = tmp_path / f"citater.{fmt}"
    export_quotes(project, all_codes(anonymised), path, options=ExportOptions(context="turn"))
    if fmt == "docx":
        content = docx_text(path)
    elif fmt == "xlsx":
        sheet = load_workbook(path).active
        content = "\n".join(str(c.value) for row in sheet.iter_rows() for c in row)
    else:
        content = path.read_text(encoding="utf-8-sig")
    assert "Der kan gå flere dage" in content
    for name in original_names:
        assert name not in content, f"{name} leaked into the {fmt} export"


def test_xlsx_has_one_row_per_quote_with_context_columns(project, sample, tmp_path):
    path = tmp_path / "citater.xlsx"
    export_quotes(project, all_codes(sample), path, options=ACK)
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    header = rows[0]
    assert header[:8] == ("nr", "kode", "dokument", "case", "citat", "kildehenvisning", "koder", "memo")
    assert {"køn", "alder"} <= set(header)
    assert len(rows) == 7
    row = dict(zip(header, next(r for r in rows if r[4] and r[4].startswith("Der kan gå")), strict=True))
    assert (row["kode"], row["dokument"], row["koder"], row["memo"]) == (
        "ensomhed", "Dokument 1", "anna", "Central for Birgit")
    assert row["alder"] == "50'erne"  # never the exact age unless chosen


def test_csv_is_semicolon_separated_utf8_with_bom(project, sample, tmp_path):
    path = tmp_path / "citater.csv"
    export_quotes(project, all_codes(sample), path, options=ACK)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert len(rows) == 6
    dialogue = next(r for r in rows if r["citat"].startswith("Interviewer:"))
    assert dialogue["citat"] == "Interviewer: Hvordan har du det med det? Birgit: Det er hårdt."
    assert {r["kode"] for r in rows} == {"ensomhed", "netværk", "netværk/familie"}


def test_html_is_escaped_and_standalone(project, sample, tmp_path):
    from qcode.core.codebook import update_code

    update_code(project, sample.codes["ensomhed"], description="<script>alert(1)</script> & mere")
    path = tmp_path / "citater.html"
    export_quotes(project, all_codes(sample), path, options=ACK)
    html = path.read_text(encoding="utf-8")
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; mere" in html
    assert html.startswith("<!DOCTYPE html>") and "<style>" in html and "http" not in html
    assert '<span class="speaker">Interviewer:</span>' in html


def test_every_export_is_logged(project, sample, tmp_path):
    export_quotes(project, all_codes(sample), tmp_path / "a.csv", options=ACK)
    export_codebook(project, tmp_path / "b.docx", acknowledge_warnings=True)
    kinds = [(e.kind, e.format, e.coder) for e in list_exports(project)]
    assert kinds == [("codebook", "docx", "tester"), ("quotes", "csv", "tester")]


def test_unknown_format_and_empty_selection_are_refused(project, sample, tmp_path):
    with pytest.raises(ExportError) as error:
        export_quotes(project, all_codes(sample), tmp_path / "a.pdf")
    assert error.value.message_id == "export.unknown_format"
    with pytest.raises(ExportError) as error:
        export_quotes(project, QuoteFilter((sample.codes["ensomhed"],), favourites_only=True),
                      tmp_path / "a.docx", options=ACK)
    assert error.value.message_id == "export.nothing"
    assert not (tmp_path / "a.docx").exists()


def test_codebook_docx_and_csv(project, sample, tmp_path):
    export_codebook(project, tmp_path / "kodebog.docx", acknowledge_warnings=True)
    document = Document(str(tmp_path / "kodebog.docx"))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings[0] == "Kodebog" and "ensomhed" in headings and "netværk/familie" in headings
    rows = {tuple(c.text for c in r.cells)[0]: [c.text for c in r.cells] for r in document.tables[0].rows}
    assert rows["netværk"][1:] == ["1", "1", "3"]  # own segments, documents, with sub-codes
    export_codebook(project, tmp_path / "kodebog.csv", acknowledge_warnings=True)
    with (tmp_path / "kodebog.csv").open(encoding="utf-8-sig", newline="") as handle:
        entries = {r["sti"]: r for r in csv.DictReader(handle, delimiter=";")}
    assert entries["ensomhed"]["beskrivelse"] == "Oplevelser af at være alene."
    assert entries["ensomhed"]["kodninger"] == "3"
    assert entries["netværk/familie"]["niveau"] == "1"


def test_leaked_register_name_blocks_the_export(project, anonymised, tmp_path):
    from qcode.anonymise.leak_check import LeakError

    path = tmp_path / "rapport.docx"
    options = ExportOptions(title="Samtaler med Birgit", acknowledge_warnings=True)
    with pytest.raises(LeakError) as error:
        export_quotes(project, all_codes(anonymised), path, options=options)
    assert error.value.message_id == "anon.leak_blocked"
    assert "Birgit" in error.value.message("en") and "title" in error.value.message("en")
    assert not path.exists() and not list(tmp_path.glob("*.part"))
    assert list_exports(project) == []


def test_unacknowledged_warnings_block_until_acknowledged(project, sample, tmp_path):
    pytest.importorskip("qcode.anonymise.leak_check")
    from qcode.anonymise.leak_check import LeakError

    with pytest.raises(LeakError) as error:
        export_quotes(project, all_codes(sample), tmp_path / "a.csv")
    assert error.value.message_id == "anon.leak_warnings"
    assert not (tmp_path / "a.csv").exists()
    export_quotes(project, all_codes(sample), tmp_path / "a.csv", options=ACK)
    assert (tmp_path / "a.csv").exists()


def test_codebook_definitions_are_pseudonymised(project, anonymised, original_names, tmp_path):
    from qcode.core.codebook import update_code

    update_code(project, anonymised.codes["netværk/familie"],
                example='"Min datter Mette bor i Aarhus." (Birgit)')
    export_codebook(project, tmp_path / "kodebog.csv")
    export_codebook(project, tmp_path / "kodebog.docx")
    content = ((tmp_path / "kodebog.csv").read_text(encoding="utf-8-sig")
               + docx_text(tmp_path / "kodebog.docx"))
    assert "Min datter" in content
    for name in original_names:
        assert name not in content


def _content(path) -> str:
    if path.suffix == ".docx":
        return docx_text(path)
    if path.suffix == ".xlsx":
        return "\n".join(str(c.value) for row in load_workbook(path).active.iter_rows() for c in row)
    return path.read_text(encoding="utf-8-sig")


@pytest.mark.parametrize("fmt", ["docx", "xlsx", "csv", "html"])
def test_names_in_document_and_code_names_do_not_reach_the_export(project, anonymised, tmp_path, fmt):
    """A file name such as "interview_Maja_Hansen" and a code named after a speaker (autocoding by
    speaker makes them) carry names that word-based pseudonymising of free text does not see."""
    from qcode.core.codebook import ensure_code_path
    from qcode.core.codings import add_coding
    from qcode.core.documents import get_document, rename_document

    rename_document(project, anonymised.documents["interview_01"], "interview_Birgit_Hansen")
    document_id = anonymised.documents["interview_02"]
    speaker_code = ensure_code_path(project, "Jonas")
    text = get_document(project, document_id).text
    start = text.index("Vi spiller kort.")
    add_coding(project, document_id, speaker_code, start, start + len("Vi spiller kort."))
    path = tmp_path / f"citater.{fmt}"
    export_quotes(project, QuoteFilter((anonymised.codes["ensomhed"], speaker_code)), path,
                  options=ExportOptions())
    content = _content(path)
    assert "Vi spiller kort." in content
    for name in ("Birgit", "Hansen", "Jonas"):
        assert name not in content, f"{name} leaked into the {fmt} export"
    if fmt in ("xlsx", "csv"):  # the tables name the document; the reports cite cases
        assert "Dokument 1" in content


def test_memo_docx_names_an_untitled_memo_once(project, sample, tmp_path):
    from qcode.core.codings import add_coding
    from qcode.export.run import export_memos

    doc = sample.documents["interview_01"]
    add_coding(project, doc, sample.codes["ensomhed"], 0, 10, memo="Tjek om det går igen.")
    path = tmp_path / "memoer.docx"
    export_memos(project, path, acknowledge_warnings=True)
    paragraphs = [p.text for p in Document(str(path)).paragraphs]
    heading = next(i for i, p in enumerate(paragraphs) if p.startswith("Coding") or p.startswith("Kodning"))
    assert paragraphs[heading] not in paragraphs[heading + 1]  # the line under it adds coder and date only
    assert Document(str(path)).core_properties.author == "qcode"
