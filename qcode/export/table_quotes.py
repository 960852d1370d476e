"""Quote tables: one row per quote with document, case, attributes, code path, coder and memo, as
.xlsx (openpyxl) or .csv (UTF-8 with BOM and ';' so Danish Excel opens it). No Qt, no project access.
"""

from __future__ import annotations

import csv
from pathlib import Path

from qcode.export.quotes import QuoteReport

BASE_COLUMNS = ("nr", "kode", "dokument", "case", "citat", "kildehenvisning", "koder", "memo",
                "start", "slut", "favorit")


def table_rows(report: QuoteReport) -> tuple[list[str], list[list[object]]]:
    """Header and rows: the base columns, then one column per case attribute in use."""
    attribute_names = sorted({name for q in report.quotes for name in q.attributes})
    header = [*BASE_COLUMNS, *attribute_names]
    rows: list[list[object]] = []
    for number, rendered in enumerate(report.quotes, start=1):
        quote = rendered.quote
        rows.append([
            number, rendered.code, rendered.document, rendered.case, rendered.text,
            rendered.citation, quote.coder_name, rendered.memo, quote.start, quote.end,
            "ja" if quote.favourite else "",
            *(rendered.attributes.get(name, "") for name in attribute_names),
        ])
    return header, rows


def write_quotes_csv(report: QuoteReport, path: str | Path) -> Path:
    """Write the quote table as CSV (UTF-8 with BOM, ';'-separated) and return its path."""
    header, rows = table_rows(report)
    path = Path(path)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(header)
        writer.writerows(rows)
    return path


def write_quotes_xlsx(report: QuoteReport, path: str | Path) -> Path:
    """Write the quote table as an Excel workbook (frozen header, filters, wrapped quotes)."""
    from openpyxl import Workbook  # noqa: PLC0415 (openpyxl costs ~0.2 s; loaded when an Excel file is written)
    from openpyxl.styles import Alignment, Font  # noqa: PLC0415 (openpyxl costs ~0.2 s; loaded when an Excel file is written)
    from openpyxl.utils import get_column_letter  # noqa: PLC0415 (openpyxl costs ~0.2 s; loaded when an Excel file is written)

    header, rows = table_rows(report)
    workbook = Workbook()
    sheet = workbook.worksheets[0]  # a new workbook's one (active) sheet
    sheet.title = "Citater"
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    widths = {"nr": 6, "kode": 24, "dokument": 20, "case": 14, "citat": 70, "kildehenvisning": 28,
              "memo": 30}
    wrap = Alignment(wrap_text=True, vertical="top")
    for index, name in enumerate(header, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = widths.get(name, 12)
    for cell in sheet[get_column_letter(header.index("citat") + 1)][1:]:
        cell.alignment = wrap
    path = Path(path)
    workbook.save(str(path))
    return path
