"""Running an export: build the pseudonymised content, run the anonymiser's leak check (a leak
blocks the export before anything is written), write the file, and log who exported what and when.

The GUI's export dialog and the CLI's ``export`` command both go through :func:`export_quotes`,
:func:`export_codebook`, :func:`export_memos`, :func:`export_methods_appendix` and
:func:`export_saturation_chart`. No Qt.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from qcode.analysis.saturation import saturation
from qcode.analysis.saturation_chart import chart_texts, render
from qcode.anonymise.leak_check import require_clean, require_no_hits
from qcode.anonymise.state import is_sealed
from qcode.core.errors import register_messages
from qcode.core.quotes import Quote, QuoteFilter, record_export
from qcode.export.appendix_docx import write_appendix_docx
from qcode.export.codebook import (
    codebook_entries,
    codebook_texts,
    write_codebook_csv,
    write_codebook_docx,
)
from qcode.export.docx_quotes import write_quotes_docx
from qcode.export.formats import ExportError, export_format
from qcode.export.html_quotes import write_quotes_html
from qcode.export.memos import memo_entries, memo_texts, write_memos_csv, write_memos_docx
from qcode.export.methods_appendix import appendix_texts, build_appendix
from qcode.export.quotes import ExportOptions, QuoteReport, build_report, report_texts
from qcode.export.table_quotes import write_quotes_csv, write_quotes_xlsx

if TYPE_CHECKING:
    from qcode.core.project import Project

register_messages({
    "export.nothing": ("No quotes match the selection.", "Ingen citater passer til udvalget."),
    "export.write_failed": ("Could not write {path}: {reason}", "Kunne ikke skrive {path}: {reason}"),
    "export.exact_age_sealed": (
        "This project is sealed: exact ages were generalised for good and cannot be cited.",
        "Projektet er forseglet: de præcise aldre er generaliseret for altid og kan ikke citeres."),
})

QUOTE_WRITERS: dict[str, Callable[[QuoteReport, Path], Path]] = {
    "docx": write_quotes_docx,
    "xlsx": write_quotes_xlsx,
    "csv": write_quotes_csv,
    "html": write_quotes_html,
}


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote."""

    path: Path
    format: str
    items: int
    log_id: int


def check_leaks(project: Project, texts: Sequence[tuple[str, str]],
                acknowledge_warnings: bool = False) -> None:
    """Run the anonymiser's leak check; raises its LeakError (a QcodeError) on a leak."""
    require_clean(project, texts, acknowledge_warnings=acknowledge_warnings)


def format_of(path: str | Path, fmt: str | None, kind: str) -> str:
    """The export format: given, else from the file suffix; checked against what ``kind`` allows."""
    return export_format(kind, path, fmt)


def _write_atomically(path: Path, write: Callable[[Path], object]) -> None:
    """Write to a temporary file beside ``path`` and rename, so a failure leaves no half file."""
    path = Path(path)
    temporary = path.with_name(f".{path.name}.part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write(temporary)
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise ExportError("export.write_failed", path=str(path), reason=error.strerror or error) from None


def export_report(project: Project, report: QuoteReport, path: str | Path,
                  fmt: str | None = None) -> ExportResult:
    """Leak-check and write an already built report, then log the export."""
    fmt = format_of(path, fmt, "quotes")
    if not report.quotes:
        raise ExportError("export.nothing")
    if report.options.keep_exact_age and is_sealed(project):
        raise ExportError("export.exact_age_sealed")
    check_leaks(project, report_texts(report), report.options.acknowledge_warnings)
    path = Path(path)
    _write_atomically(path, lambda target: QUOTE_WRITERS[fmt](report, target))
    log_id = record_export(
        project, "quotes", fmt, str(path), len(report.quotes),
        codes=[s.path for s in report.sections],
        codings=[q.quote.coding_id for q in report.quotes],
        context=report.options.context, citation=report.options.citation_template,
        keep_exact_age=report.options.keep_exact_age,
    )
    return ExportResult(path, fmt, len(report.quotes), log_id)


def export_quotes(project: Project, selection: QuoteFilter | Sequence[Quote], path: str | Path,
                  fmt: str | None = None, options: ExportOptions | None = None) -> ExportResult:
    """Export the selected quotes (pseudonymised, leak-checked, logged) as docx/xlsx/csv/html."""
    format_of(path, fmt, "quotes")
    options = options or ExportOptions()
    if options.keep_exact_age and is_sealed(project):
        raise ExportError("export.exact_age_sealed")
    report = build_report(project, selection, options)
    return export_report(project, report, path, fmt)


def export_codebook(project: Project, path: str | Path, fmt: str | None = None,
                    acknowledge_warnings: bool = False) -> ExportResult:
    """Export the codebook (definitions and counts) as a .docx methods appendix or .csv."""
    fmt = format_of(path, fmt, "codebook")
    entries = codebook_entries(project)
    check_leaks(project, codebook_texts(entries), acknowledge_warnings)
    path = Path(path)
    writer = write_codebook_docx if fmt == "docx" else write_codebook_csv
    _write_atomically(path, lambda target: writer(entries, target))
    log_id = record_export(project, "codebook", fmt, str(path), len(entries))
    return ExportResult(path, fmt, len(entries), log_id)


def export_memos(project: Project, path: str | Path, fmt: str | None = None,
                 acknowledge_warnings: bool = False) -> ExportResult:
    """Export every memo (pseudonymised, leak-checked, logged) as .docx or .csv."""
    fmt = format_of(path, fmt, "memos")
    entries = memo_entries(project)
    check_leaks(project, memo_texts(entries), acknowledge_warnings)
    path = Path(path)
    writer = write_memos_docx if fmt == "docx" else write_memos_csv
    _write_atomically(path, lambda target: writer(entries, target))
    log_id = record_export(project, "memos", fmt, str(path), len(entries))
    return ExportResult(path, fmt, len(entries), log_id)


def export_methods_appendix(project: Project, path: str | Path, lang: str = "da", fmt: str | None = None,
                            acknowledge_warnings: bool = False) -> ExportResult:
    """Export the methods appendix (codebook, its history, coders and agreement, saturation, anonymisation)
    as .docx in Danish or English: pseudonymised, leak-checked, logged."""
    fmt = format_of(path, fmt, "appendix")
    appendix = build_appendix(project, lang)
    check_leaks(project, list(appendix.content), acknowledge_warnings)
    # qcode's own wording, against the register only; unsearched documents were answered just above
    require_no_hits(project, appendix_texts(appendix), acknowledge_unsearched=True)
    path = Path(path)
    _write_atomically(path, lambda target: write_appendix_docx(appendix, target))
    log_id = record_export(project, "appendix", fmt, str(path), len(appendix.blocks), lang=appendix.lang)
    return ExportResult(path, fmt, len(appendix.blocks), log_id)


def export_saturation_chart(project: Project, path: str | Path, fmt: str | None = None, *,
                            order: str = "coded", attribute: str | None = None, top_level: bool = False,
                            lang: str = "en", acknowledge_warnings: bool = False) -> ExportResult:
    """Export the saturation chart as PNG or SVG. It shows numbers and fixed labels only (interviews are
    numbered, not named) and an attribute's name; those are leak-checked, and the export is logged."""
    fmt = format_of(path, fmt, "saturation")
    result = saturation(project, order, attribute, top_level=top_level)
    # numbers, qcode's own wording and an attribute's name, checked against the register; no transcript
    # text is on the chart, so documents never searched for names cannot leak into it
    texts = [("saturation chart", text) for text in chart_texts(result, lang)]
    require_no_hits(project, texts + ([("saturation chart", attribute)] if attribute else []),
                    acknowledge_unsearched=True)
    data = render(result, fmt, lang)
    path = Path(path)
    _write_atomically(path, lambda target: target.write_bytes(data))
    log_id = record_export(project, "saturation", fmt, str(path), len(result.points), order=order,
                           attribute=attribute, top_level=top_level)
    return ExportResult(path, fmt, len(result.points), log_id)
