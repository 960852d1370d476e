"""Ages in a table: a survey or register export whose header row names an age, birth-year, birth-date or
postcode column ("svar_id<TAB>indsendt<TAB>alder<TAB>køn …", "Navn | Relation | Født | Alder"). Every
row's cell in such a column is a person's age, year or date of birth, or postcode; the other numbers of
the row (ids, dates, counts) stay.
"""

from __future__ import annotations

import re

from qcode.anonymise.candidates import AGE, BIRTHDATE, POSTCODE, Candidate

DETECTOR = "ages"
_SEPARATORS = ("\t", ";", "|")
_AGE_HEADERS = frozenset({"alder", "age", "alder (år)", "alder i år", "alder, år", "ålder", "aldersgruppe"})
_YEAR_HEADERS = frozenset({"fødselsår", "født", "årgang", "birth year", "year of birth", "fødeår",
                           "fødselsdato", "født den", "date of birth", "f.dato"})
_POSTCODE_HEADERS = frozenset({"postnr", "postnr.", "postnummer", "post nr.", "postal code", "zip"})
_DATE_CELL = re.compile(r"\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})")
_POSTCODE_CELL = re.compile(r"[1-9]\d{3}")
_LINE = re.compile(r"([^\r\n]*)(?:\r\n|\r|\n|$)")


def detect_table_ages(text: str) -> list[Candidate]:
    """Cells of the age, birth-year, birth-date and postcode columns in tab-, semicolon- or bar-separated
    rows (every such column of the header row, not only the first)."""
    out: list[Candidate] = []
    table: tuple[str, dict[int, str], int] | None = None  # separator, kind per column index, cells per row
    for m in _LINE.finditer(text):
        if m.start() == len(text):
            break
        line = m.group(1)
        if not line.strip():
            table = None
            continue
        sep = next((s for s in _SEPARATORS if line.count(s) >= 2), None)
        if sep is None:
            table = None
            continue
        cells = line.split(sep)
        columns = _header_columns(cells)
        if columns:
            table = (sep, columns, len(cells))
            continue
        if table is None or sep != table[0]:
            continue
        for index, kind in table[1].items():
            if index >= len(cells):
                continue
            start = m.start() + sum(len(c) + 1 for c in cells[:index])
            cell = cells[index]
            value = cell.strip().strip('"')
            label = _cell_label(kind, value)
            if label is None:
                continue
            offset = start + cell.index(value)
            out.append(Candidate(offset, offset + len(value), value, label, value, DETECTOR, 0.9,
                                 f"a cell of the table's {kind} column"))
    return out


def _cell_label(kind: str, value: str) -> str | None:
    """The label of a cell's value in a column of ``kind``, or None when the value is no such thing."""
    if kind == "age":
        return AGE if value.isdigit() and 0 < int(value) <= 110 else None
    if kind == "birth":
        if value.isdigit():
            return AGE if 1900 <= int(value) <= 2030 else None
        return BIRTHDATE if _DATE_CELL.fullmatch(value) else None
    return POSTCODE if _POSTCODE_CELL.fullmatch(value) else None


def _header_columns(cells: list[str]) -> dict[int, str]:
    columns: dict[int, str] = {}
    for i, cell in enumerate(cells):
        name = cell.strip().strip('"').casefold()
        if name in _AGE_HEADERS:
            columns[i] = "age"
        elif name in _YEAR_HEADERS:
            columns[i] = "birth"
        elif name in _POSTCODE_HEADERS:
            columns[i] = "postcode"
    return columns
