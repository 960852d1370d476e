"""Ages in a table: a survey or register export whose header row names an age or birth-year column
("svar_id<TAB>indsendt<TAB>alder<TAB>køn …"). Every row's cell in that column is a person's age (or year
of birth); the other numbers of the row (ids, dates, counts) stay.
"""

from __future__ import annotations

import re

from qcode.anonymise.candidates import AGE, Candidate

DETECTOR = "ages"
_SEPARATORS = ("\t", ";", "|")
_AGE_HEADERS = frozenset({"alder", "age", "alder (år)", "alder i år", "alder, år", "ålder", "aldersgruppe"})
_YEAR_HEADERS = frozenset({"fødselsår", "født", "årgang", "birth year", "year of birth", "fødeår"})
_LINE = re.compile(r"([^\r\n]*)(?:\r\n|\r|\n|$)")


def detect_table_ages(text: str) -> list[Candidate]:
    """Cells of an age or birth-year column in tab-, semicolon- or bar-separated rows."""
    out: list[Candidate] = []
    column: tuple[str, int, bool, int] | None = None  # separator, index, is a year, cells per row
    for m in _LINE.finditer(text):
        if m.start() == len(text):
            break
        line = m.group(1)
        if not line.strip():
            column = None
            continue
        sep = next((s for s in _SEPARATORS if line.count(s) >= 2), None)
        if sep is None:
            column = None
            continue
        cells = line.split(sep)
        header = _header_column(cells)
        if header is not None:
            column = (sep, header[0], header[1], len(cells))
            continue
        if column is None or sep != column[0] or len(cells) < column[1] + 1:
            continue
        index, is_year = column[1], column[2]
        start = m.start() + sum(len(c) + 1 for c in cells[:index])
        cell = cells[index]
        value = cell.strip()
        if not value.isdigit() or not (1900 <= int(value) <= 2030 if is_year else 0 < int(value) <= 110):
            continue
        offset = start + cell.index(value)
        out.append(Candidate(offset, offset + len(value), value, AGE, value, DETECTOR, 0.9,
                             "a cell of the table's age or birth-year column"))
    return out


def _header_column(cells: list[str]) -> tuple[int, bool] | None:
    for i, cell in enumerate(cells):
        name = cell.strip().strip('"').casefold()
        if name in _AGE_HEADERS:
            return i, False
        if name in _YEAR_HEADERS:
            return i, True
    return None
