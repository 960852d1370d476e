"""Frequency tables on the known project: every cell, total and grouping checked exactly."""

from __future__ import annotations

import pytest

from qcode.analysis.frequencies import frequency_table
from qcode.analysis.table import to_csv, to_markdown, write_xlsx
from qcode.core.cases import link_document
from qcode.core.errors import QcodeError

ROWS = ["netværk", "netværk/familie", "netværk/familie/søskende", "ensomhed", "stigma", "ønsker"]


def _matrix(table):
    return {row: dict(zip(table.columns, values, strict=True))
            for row, values in zip(table.rows, table.values, strict=True)}


def test_codings_by_document_without_rollup(known):
    table = frequency_table(known.project, "document")
    assert table.rows == ROWS
    assert table.columns == ["A", "B", "C"]
    assert _matrix(table) == {
        "netværk": {"A": 1, "B": 1, "C": 0},
        "netværk/familie": {"A": 1, "B": 1, "C": 0},
        "netværk/familie/søskende": {"A": 1, "B": 0, "C": 1},
        "ensomhed": {"A": 1, "B": 1, "C": 1},
        "stigma": {"A": 2, "B": 0, "C": 0},
        "ønsker": {"A": 1, "B": 1, "C": 0},
    }
    assert table.row_totals == [2, 2, 2, 3, 2, 2]
    assert table.column_totals == [7, 4, 2]
    assert table.grand_total == 13
    assert table.row_depth == [0, 1, 2, 0, 0, 0]


def test_rollup_adds_every_descendant_to_its_ancestors(known):
    table = frequency_table(known.project, "document", rollup=True)
    assert table.values[0] == [3, 2, 1]  # netværk: c4+c1+c2 | c8+c10 | c13
    assert table.values[1] == [2, 1, 1]  # familie: c1+c2 | c10 | c13
    assert table.values[2] == [1, 0, 1]
    assert table.row_totals[:3] == [6, 4, 2]
    # the Total row counts each coding once, whatever the roll-up
    assert table.column_totals == [7, 4, 2] and table.grand_total == 13


def test_documents_measure_counts_distinct_documents(known):
    table = frequency_table(known.project, "coder", "documents", rollup=True)
    assert table.columns == ["anna", "bo"]
    assert table.cell("netværk", "anna") == 3
    assert table.cell("ensomhed", "anna") == 2 and table.cell("ensomhed", "bo") == 1
    assert table.row_total("ensomhed") == 3
    assert table.cell("stigma", "anna") == 1 and table.cell("stigma", "bo") == 1
    assert table.row_total("stigma") == 1  # both stigma codings are in document A
    assert table.column_totals == [3, 2] and table.grand_total == 3


def test_characters_and_words(known):
    chars = frequency_table(known.project, "document", "characters")
    assert chars.cell("ensomhed", "B") == len(known.coded_text("c9"))
    assert chars.row_total("stigma") == len(known.coded_text("c6")) + len(known.coded_text("c7"))
    words = frequency_table(known.project, "document", "words")
    assert words.cell("ensomhed", "A") == 6 and words.cell("ensomhed", "B") == 8
    assert words.cell("ensomhed", "C") == 3 and words.row_total("ensomhed") == 17


def test_by_case_and_attribute_put_documents_without_case_under_none(known):
    by_case = frequency_table(known.project, "case", rollup=True)
    assert by_case.columns == ["Anna", "Bo", "(none)"]
    assert by_case.values[0] == [3, 2, 1]
    by_gender = frequency_table(known.project, "køn")
    assert by_gender.columns == ["kvinde", "mand", "(none)"]
    assert by_gender.cell("stigma", "kvinde") == 2 and by_gender.cell("stigma", "mand") == 0
    by_age = frequency_table(known.project, "alder", "words")  # exact ages are shown as decades
    assert by_age.columns == ["30'erne", "40'erne", "(none)"]
    assert by_age.cell("ensomhed", "40'erne") == 8


def test_a_document_in_two_cases_counts_in_both_columns_but_once_in_totals(known):
    link_document(known.project, known.docs["C"], known.cases["Anna"])
    link_document(known.project, known.docs["C"], known.cases["Bo"])
    table = frequency_table(known.project, "case")
    assert table.columns == ["Anna", "Bo"]  # no document is without a case any more
    assert table.cell("ensomhed", "Anna") == 2 and table.cell("ensomhed", "Bo") == 2
    assert table.row_total("ensomhed") == 3
    assert table.grand_total == 13


def test_code_filter_and_hide_empty(known):
    table = frequency_table(known.project, "document", code="netværk/familie")
    assert table.rows == ["netværk/familie", "netværk/familie/søskende"]
    assert table.row_depth == [0, 1]
    known.project.db.execute("DELETE FROM codings WHERE code_id = ?", [known.codes["ønsker"]])
    assert "ønsker" not in frequency_table(known.project, hide_empty=True).rows


def test_unknown_grouping_and_measure_are_user_errors(known):
    with pytest.raises(QcodeError) as error:
        frequency_table(known.project, "alderr")
    assert "alder" in error.value.message() and "køn" in error.value.message()
    with pytest.raises(QcodeError):
        frequency_table(known.project, "document", "seconds")


def test_exports_csv_markdown_and_xlsx(known, tmp_path):
    table = frequency_table(known.project, "køn")
    assert to_csv(table).splitlines() == [
        "Code,kvinde,mand,(none),Total",
        "netværk,1,1,0,2",
        "netværk/familie,1,1,0,2",
        "netværk/familie/søskende,1,0,1,2",
        "ensomhed,1,1,1,3",
        "stigma,2,0,0,2",
        "ønsker,1,1,0,2",
        "Total,7,4,2,13",
    ]
    assert "| stigma | 2 | 0 | 0 | 2 |" in to_markdown(table)
    assert "| --- | ---: | ---: | ---: | ---: |" in to_markdown(table)  # labels left, numbers right
    from openpyxl import load_workbook

    write_xlsx([table, frequency_table(known.project, "case")], tmp_path / "f.xlsx")
    book = load_workbook(tmp_path / "f.xlsx")
    assert book.sheetnames == ["Codings by køn", "Codings by case"]
    sheet = book["Codings by køn"]
    assert [c.value for c in sheet[1]] == ["Code", "kvinde", "mand", "(none)", "Total"]
    assert [c.value for c in sheet[8]] == ["Total", 7, 4, 2, 13]


def test_markdown_keeps_a_cell_with_line_breaks_in_its_row():
    from qcode.analysis.table import Table

    table = Table("Uenige segmenter", "Kode", ["ensomhed"], ["Tekst", "Start"],
                  [["Jeg er alene.\nHelt alene | altid", 12]])
    rows = to_markdown(table).splitlines()
    assert rows[-1] == "| ensomhed | Jeg er alene.<br>Helt alene \\| altid | 12 |"
    assert rows[-2] == "| --- | --- | ---: |"
