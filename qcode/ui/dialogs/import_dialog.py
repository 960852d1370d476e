"""Import from the menu, toolbar or drag-and-drop: read the files off the GUI thread (progress and
Cancel), let the coder review the speakers, then store them (as if one transaction per file). Only the
speakers and a bounded amount of text are held between reading and storing (see ``ReadResult``)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from qcode.core.cases import list_cases
from qcode.core.importing import ImportReport, known_checksums
from qcode.core.project import Project
from qcode.io import supported_suffixes
from qcode.io.importing import ReadResult, read_files, store_reviewed
from qcode.ui import i18n
from qcode.ui.dialogs import ask
from qcode.ui.dialogs.speaker_review import SpeakerReviewDialog
from qcode.ui.start_folder import start_path
from qcode.ui.workers import run_in_background

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def choose_files(parent: QWidget | None) -> list[Path]:
    """The file dialog, filtered to the formats qcode reads."""
    patterns = " ".join(f"*{s}" for s in supported_suffixes())
    transcripts, everything = translate("ImportDialog", "Transcripts"), translate("ImportDialog", "All files")
    names, _ = QFileDialog.getOpenFileNames(parent, translate("ImportDialog", "Import transcripts"),
                                            start_path(), f"{transcripts} ({patterns});;{everything} (*)")
    return [Path(n) for n in names]


def review_speakers(parent: QWidget | None, speakers, files: Sequence[str], *, failed: Sequence[str] = (),
                    existing_cases: Sequence[str] = ()) -> SpeakerReviewDialog | None:
    """Show the review; the accepted dialog (its decisions), or None when cancelled."""
    dialog = SpeakerReviewDialog(speakers, files, parent, failed=failed, existing_cases=existing_cases)
    return dialog if dialog.exec() == QDialog.Accepted else None


def ask_reimport(parent: QWidget | None, duplicates: Sequence[tuple[str, str]]) -> bool:
    """Some files were imported before (same content): import them again? The default is No."""
    names = "\n".join(f"• {Path(p).name}" for p, _ in duplicates[:10])
    more = len(duplicates) - 10
    if more > 0:
        names += "\n" + translate("ImportDialog", "… and {n} more").format(n=more)
    return ask.confirm(parent, translate("ImportDialog", "Already imported"), translate("ImportDialog",
        "These files have been imported before (same content):\n{names}\n\nImport them again as "
        "new documents?").format(names=names))


def store_job(project: Project, result: ReadResult, decisions, roles, report: ImportReport,
              allow_duplicates: bool, progress, cancelled) -> ImportReport:
    """The worker-thread part of storing, on the worker's own connection to the project (files not
    kept in memory since the review are read again here)."""
    return store_reviewed(project, result, decisions, autocode_roles=roles, report=report,
                          allow_duplicates=allow_duplicates, progress=progress, cancelled=cancelled)


def _store(parent: QWidget | None, project: Project, result: ReadResult, decisions, roles,
           report: ImportReport, allow_duplicates: bool = False) -> ImportReport:
    """Store on a worker thread (as if one transaction per file) with progress and Cancel; the worker
    announces the new documents, cases and codings on ``project`` (also of a cancelled run)."""
    return run_in_background(parent, translate("ImportDialog", "Storing documents…"), store_job, result,
                             decisions, roles, report, allow_duplicates, project=project)


def summary(report: ImportReport) -> str:
    """What happened, for the closing message."""
    lines = [translate("ImportDialog", "Imported {n} file(s).").format(n=len(report.imported))]
    if report.autocoded:
        lines.append(translate("ImportDialog", "Coded {n} turn(s) by speaker.").format(n=report.autocoded))
    if report.cancelled:
        lines.append(translate("ImportDialog", "Cancelled: the remaining files were not imported."))
    lines += report.lines(i18n.current_language())
    return "\n".join(lines)


def run_import(parent: QWidget | None, project: Project,
               paths: Sequence[str | Path] | None = None) -> ImportReport | None:
    """Read ``paths`` (asking for files when empty), review speakers, store; None when cancelled."""
    paths = [Path(p) for p in (paths or [])] or choose_files(parent)
    if not paths:
        return None
    reader = partial(read_files, project_checksums=known_checksums(project))
    result = run_in_background(parent, translate("ImportDialog", "Reading files"), reader, paths)
    report = result.report
    if report.cancelled and not result.files:
        return None
    allow_duplicates = False
    if report.duplicates and not report.cancelled and ask_reimport(parent, report.duplicates):
        # the coder wants them again: read those files once more, ignoring the project's checksums
        again = run_in_background(parent, translate("ImportDialog", "Reading files"), read_files,
                                  [Path(p) for p, _ in report.duplicates])
        result.extend(again)
        report.skipped += again.report.skipped
        report.duplicates = again.report.duplicates  # same file twice in one batch stays skipped
        allow_duplicates = True
    if result.files:
        review = review_speakers(parent, result.speakers(), [f.name for f in result.files],
                                 failed=[f"{Path(p).name}: {reason}" for p, reason in report.skipped],
                                 existing_cases=[case.name for case in list_cases(project)])
        if review is None:
            return None
        report = _store(parent, project, result, review.decisions(),
                        review.autocode_roles(), report, allow_duplicates)
    tell(parent, report)
    return report


def tell(parent: QWidget | None, report: ImportReport) -> None:
    """Say what the import did: a clean import in the window's status bar (no box to click away), one
    with failed, skipped or cancelled files in a message the coder has to see."""
    bar = parent.window().statusBar() if parent is not None and hasattr(parent.window(), "statusBar") \
        else None
    if bar is not None and not report.cancelled and not report.lines(i18n.current_language()):
        bar.showMessage(summary(report), 10000)
        return
    ask.inform(parent, translate("ImportDialog", "Import"), summary(report))
