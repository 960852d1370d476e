"""A plain report table (row labels × column labels of numbers, with totals) and its exports to CSV,
Excel (.xlsx, openpyxl) and Markdown. Every analysis view and the CLI share it."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from qcode.core.errors import register_messages, say
from qcode.core.types import DocumentId

# The fixed headers that several analysis tables share; a table built with lang="da" says them in Danish
# (the CLI), the GUI builds them in English and translates them with Qt (ui/analysis/table_model.table_label).
register_messages({
    "table.total": ("Total", "I alt"),
    "table.code": ("Code", "Kode"),
    "table.coder": ("Coder", "Koder"),
    "table.document": ("Document", "Dokument"),
    "table.speaker": ("Speaker", "Taler"),
    "table.start": ("Start", "Start"),
    "table.end": ("End", "Slut"),
    "table.text": ("Text", "Tekst"),
    "table.context": ("Context", "Kontekst"),
    "table.rolled_up": (" (sub-codes rolled up)", " (underkoder talt med i overkoden)"),
})


def label(key: str, lang: str = "en") -> str:
    """A shared header (``code``, ``document``, ``total`` …) in ``lang``."""
    return say(f"table.{key}", lang)

# A table cell: a count or share, or text (a name, a KWIC context, an Excerpt); "" where a number is
# undefined (a kappa without codings).
Cell = float | str


class Excerpt(str):
    """A cell holding words of a stored document, with the range they came from: an export renders that
    range pseudonymised (ages are replaced where they were found, which words alone cannot tell) instead
    of pseudonymising the words as free text. ``one_line``: line breaks were shown as spaces."""

    document_id: DocumentId
    start: int
    end: int
    one_line: bool

    def __new__(cls, shown: str, document_id: DocumentId, start: int, end: int,
                one_line: bool = False) -> Excerpt:
        excerpt = super().__new__(cls, shown.replace("\n", " ") if one_line else shown)
        excerpt.document_id, excerpt.start, excerpt.end, excerpt.one_line = document_id, start, end, one_line
        return excerpt


class DocumentLabel(str):
    """A document's name in a table, with its id: exports call it "Dokument N" (file names hold names)."""

    document_id: int

    def __new__(cls, name: str, document_id: int) -> DocumentLabel:
        label = super().__new__(cls, name)
        label.document_id = document_id
        return label


class CaseLabel(str):
    """A case's name in a table, with its id: exports give its pseudonym or "Deltager N"."""

    case_id: int

    def __new__(cls, name: str, case_id: int) -> CaseLabel:
        label = super().__new__(cls, name)
        label.case_id = case_id
        return label


class Word(str):
    """A word counted in a word list: lower-cased, so an export replaces any spelling of a registered name
    in it ("palle" too, which running text would keep as the word for a pallet)."""


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def word_window(text: str, start: int, end: int, context: int) -> tuple[int, int]:
    """``context`` characters either side of ``[start, end)``, shrunk to whole words: a window never
    starts or ends inside a word (a cut "ine" of "Line" would pass as no name at all)."""
    low, high = max(0, start - context), min(len(text), end + context)
    while low < start and low > 0 and _is_word_char(text[low - 1]) and _is_word_char(text[low]):
        low += 1
    while high > end and high < len(text) and _is_word_char(text[high - 1]) and _is_word_char(text[high]):
        high -= 1
    return low, high


def excerpt(document_text: str, document_id: DocumentId, start: int, end: int,
            one_line: bool = False) -> Excerpt:
    """The words ``document_text[start:end]`` as an :class:`Excerpt`."""
    return Excerpt(document_text[start:end], document_id, start, end, one_line)


@dataclass
class Table:
    """A report: ``values[row][column]``; ``row_keys``/``column_keys`` hold domain ids for drill-down.

    Row labels are full code paths (``netværk/familie``); ``row_depth`` lets a view indent them.
    """

    title: str
    row_header: str
    rows: list[str]
    columns: list[str]
    values: Sequence[Sequence[Cell]]  # a Sequence: tables of ints and of mixed rows are tables too
    row_keys: list[object] = field(default_factory=list)
    column_keys: list[object] = field(default_factory=list)
    row_depth: list[int] = field(default_factory=list)
    row_totals: list[float] | None = None
    column_totals: list[float] | None = None
    grand_total: float | None = None
    keep_row_order: bool = False  # rows in a meaningful order (saturation), not to be sorted on export
    total_label: str = "Total"  # the Total row's and column's header in exports ("I alt" in Danish)

    def cell(self, row: str, column: str) -> Cell:
        """The value at the named row and column (for tests and scripts)."""
        return self.values[self.rows.index(row)][self.columns.index(column)]

    def row_total(self, row: str) -> float:
        """The total of the named row."""
        assert self.row_totals is not None
        return self.row_totals[self.rows.index(row)]

    def column_total(self, column: str) -> float:
        """The total of the named column."""
        assert self.column_totals is not None
        return self.column_totals[self.columns.index(column)]

    def max_value(self) -> float:
        """The largest cell (for heat shading)."""
        return max((v for row in self.values for v in row if not isinstance(v, str)), default=0)

    def records(self, totals: bool = True) -> list[list[object]]:
        """Header row plus data rows, with a Total column and row when the table has them."""
        with_row_totals = totals and self.row_totals is not None
        total = [self.total_label] if with_row_totals else []
        header: list[object] = [self.row_header, *self.columns, *total]
        out: list[list[object]] = [header]
        for index, label in enumerate(self.rows):
            line: list[object] = [label, *(_plain(v) for v in self.values[index])]
            if with_row_totals and self.row_totals is not None:
                line.append(_plain(self.row_totals[index]))
            out.append(line)
        if totals and self.column_totals is not None:
            line = [self.total_label, *(_plain(v) for v in self.column_totals)]
            if with_row_totals:
                line.append(_plain(self.grand_total))
            out.append(line)
        return out


def _plain(value: object) -> object:
    if isinstance(value, float):
        value = round(value, 2) + 0.0  # + 0.0: a slightly negative alpha is "0", not "-0.0"
        return int(value) if value.is_integer() else value
    return value


def to_csv(table: Table) -> str:
    """The table as CSV text (comma separated, header row first)."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(table.records())
    return buffer.getvalue()


def _md_cell(value: object) -> str:
    # a line break inside a cell would end the table row: Markdown renderers take <br> instead
    return str(value).replace("|", "\\|").replace("\r\n", "\n").replace("\n", "<br>")


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def to_markdown(table: Table) -> str:
    """The table as a GitHub-flavoured Markdown table with the title as a heading."""
    records = table.records()
    lines = [f"## {table.title}", ""]
    lines.append("| " + " | ".join(_md_cell(c) for c in records[0]) + " |")
    # numbers right-aligned, text (labels, quotes, names) left-aligned
    numeric = [bool(records[1:]) and all(_is_number(row[i]) or row[i] in ("", None) for row in records[1:])
               and any(_is_number(row[i]) for row in records[1:]) for i in range(len(records[0]))]
    lines.append("|" + "|".join(" ---: " if n else " --- " for n in numeric) + "|")
    for row in records[1:]:
        lines.append("| " + " | ".join(_md_cell(c) for c in row) + " |")
    return "\n".join(lines) + "\n"


def write_csv(table: Table, path: str | Path) -> None:
    """Save as CSV in UTF-8 with a byte-order mark, so Excel shows æ/ø/å correctly."""
    Path(path).write_text(to_csv(table), encoding="utf-8-sig")


def write_xlsx(tables: Sequence[Table], path: str | Path) -> None:
    """Save one sheet per table (bold header, frozen first row and column)."""
    from openpyxl import Workbook  # noqa: PLC0415 (openpyxl costs ~0.2 s; loaded when an Excel file is written)
    from openpyxl.styles import Font  # noqa: PLC0415 (openpyxl costs ~0.2 s; loaded when an Excel file is written)

    book = Workbook()
    book.remove(book.worksheets[0])  # a new workbook's one (active) sheet
    used: set[str] = set()
    for table in tables:
        name = _sheet_name(table.title, used)
        sheet = book.create_sheet(name)
        for row in table.records():
            sheet.append(row)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.freeze_panes = "B2"
        sheet.column_dimensions["A"].width = max(12, min(50, max(len(r) for r in table.rows or [""]) + 4))
    book.save(str(path))


def _sheet_name(title: str, used: set[str]) -> str:
    # Excel: at most 31 characters, none of []:*?/\ and unique within the workbook.
    base = "".join("_" if ch in "[]:*?/\\" else ch for ch in title)[:31] or "Sheet"
    name, number = base, 2
    while name.lower() in used:
        suffix = f" ({number})"
        name, number = base[: 31 - len(suffix)] + suffix, number + 1
    used.add(name.lower())
    return name
