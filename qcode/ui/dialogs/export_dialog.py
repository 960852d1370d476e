"""The quote workbench: choose codes and filters, see each quote exactly as it will be exported
(pseudonymised, with its citation line), mark favourites, order and trim quotes, and export.

A thin view: selection, trimming and citations are ``qcode.core.quotes`` and
``qcode.export.quotes``; exporting is ``qcode.export.run``. No SQL here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from qcode.anonymise.register import nothing_pseudonymised
from qcode.core.errors import QcodeError, ui_language
from qcode.core.project import Project
from qcode.core.quotes import (
    Quote,
    select_quotes,
    set_cuts,
    set_favourite,
    set_order,
)
from qcode.export.html_quotes import render_html
from qcode.export.quotes import (
    QuoteRenderer,
    QuoteReport,
    build_report,
)
from qcode.export.run import QUOTE_WRITERS, ExportResult, export_codebook, export_memos, export_report
from qcode.ui.bridge import ProjectEvents
from qcode.ui.dialogs import ask
from qcode.ui.dialogs.export_choices import ROLE_ID, QuoteChoices
from qcode.ui.start_folder import start_path
from qcode.ui.text_offsets import from_qt, to_qt
from qcode.ui.workers import run_in_background


def export_job(project: Project, quotes: list[Quote], options, path: str, fmt: str, progress,
               cancelled) -> ExportResult:
    """The worker-thread part of an export, on the worker's own connection to the project."""
    return export_report(project, build_report(project, quotes, options), path, fmt)


def document_job(project: Project, what: str, path: str, acknowledge: bool, progress,
                 cancelled) -> ExportResult:
    """The worker-thread part of a codebook or memo export, on the worker's own connection."""
    export = export_codebook if what == "codebook" else export_memos
    return export(project, path, acknowledge_warnings=acknowledge)


class ExportDialog(QDialog):
    """The quote workbench. ``report`` is what the preview shows and an export writes."""

    def __init__(self, events: ProjectEvents, parent: QWidget | None = None):
        super().__init__(parent)
        self.events, self.project = events, events.project
        project = events.project
        self.quotes: list[Quote] = []
        self.report: QuoteReport | None = None
        self.last_result: ExportResult | None = None
        self.setWindowTitle(self.tr("Export quotes"))
        self.resize(1200, 760)
        splitter = QSplitter(Qt.Horizontal)
        self.choices = QuoteChoices(project)
        self.choices.changed.connect(self.refresh)
        splitter.addWidget(self.choices)
        splitter.addWidget(self._build_quotes())
        splitter.addWidget(self._build_preview())
        splitter.setSizes([330, 420, 450])
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        self.format_box = QComboBox()
        self.format_box.addItems(list(QUOTE_WRITERS))
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.clicked.connect(self.export)
        self.codebook_button = QPushButton(self.tr("Export codebook…"))
        self.codebook_button.clicked.connect(self.export_codebook)
        self.memos_button = QPushButton(self.tr("Export memos…"))
        self.memos_button.clicked.connect(self.export_memos)
        bottom = QHBoxLayout()
        self.status = QLabel()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.codebook_button)
        bottom.addWidget(self.memos_button)
        bottom.addWidget(QLabel(self.tr("Format:")))
        bottom.addWidget(self.format_box)
        bottom.addWidget(self.export_button)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        # The dialog is modeless: codings made, undone or renamed in the main window meanwhile come
        # through the workspace's ProjectEvents, and a burst of them costs one refresh.
        self._refresh_timer = QTimer(self, singleShot=True, interval=150)
        self._refresh_timer.timeout.connect(self._refresh_after_change)
        # Bound methods, not lambdas: the connections end when the dialog is deleted, while the
        # workspace's ProjectEvents lives on.
        for signal in (events.codings_changed, events.codebook_changed, events.documents_changed):
            signal.connect(self._project_changed)
        events.closing.connect(self.reject)  # its project closes: so does the workbench
        self.refresh()

    # -- building ------------------------------------------------------------------------------
    def _build_quotes(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.addWidget(QLabel(self.tr("Quotes (tick = favourite; drag or use the arrows to order)")))
        self.quote_list = QListWidget()
        self.quote_list.setWordWrap(True)
        self.quote_list.setDragDropMode(QAbstractItemView.InternalMove)
        # Store the order after the drop has finished: rebuilding the list inside rowsMoved would
        # pull the rows out from under the view.
        self.quote_list.model().rowsMoved.connect(lambda *_: QTimer.singleShot(0, self._store_order))
        self.quote_list.itemChanged.connect(self._favourite_changed)
        self.quote_list.currentRowChanged.connect(self._show_original)
        layout.addWidget(self.quote_list, 2)
        arrows = QHBoxLayout()
        self.up_button = QPushButton("▲")
        self.down_button = QPushButton("▼")
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        arrows.addWidget(self.up_button)
        arrows.addWidget(self.down_button)
        arrows.addStretch(1)
        layout.addLayout(arrows)
        layout.addWidget(QLabel(self.tr("Original text (select words and cut them to trim the quote)")))
        self.original = QPlainTextEdit()
        self.original.setReadOnly(True)
        layout.addWidget(self.original, 1)
        trim = QHBoxLayout()
        self.cut_button = QPushButton(self.tr("Cut selection […]"))
        self.uncut_button = QPushButton(self.tr("Remove cuts"))
        self.cut_button.clicked.connect(self.cut_selection)
        self.uncut_button.clicked.connect(self.remove_cuts)
        trim.addWidget(self.cut_button)
        trim.addWidget(self.uncut_button)
        trim.addStretch(1)
        layout.addLayout(trim)
        return panel

    def _build_preview(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.addWidget(QLabel(self.tr("Preview (pseudonymised, as exported)")))
        # before detection the register is empty and the "pseudonymised" preview shows every name
        self.unprotected = QLabel(self.tr(
            "Nothing has been pseudonymised yet: run Tools → Anonymise… first, or the export will "
            "stop at names it finds."))
        self.unprotected.setWordWrap(True)
        self.unprotected.setStyleSheet("color: #a61b1b;")
        layout.addWidget(self.unprotected)
        self.preview = QTextBrowser()
        layout.addWidget(self.preview)
        return panel

    # -- state ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-select and re-render the quotes; the preview is the report an export writes."""
        self.choices.sentences_box.setEnabled(self.choices.context_box.currentData() == "sentences")
        current = self.quote_list.currentItem()
        keep = current.data(ROLE_ID) if current else None
        if self.choices.checked_codes():
            self.quotes = select_quotes(self.project, self.choices.quote_filter())
            self.report = build_report(self.project, self.quotes, self.choices.options())
        else:
            self.quotes, self.report = [], None
        self.quote_list.blockSignals(True)
        self.quote_list.clear()
        rendered = {q.quote.coding_id: q for q in self.report.quotes} if self.report else {}
        # two passages of one turn quoted with the whole turn are one quote in the report: the list, the
        # count and the export show that one, not a row per coding
        self.quotes = [quote for quote in self.quotes if quote.coding_id in rendered]
        for quote in self.quotes:
            shown = rendered[quote.coding_id]
            item = QListWidgetItem(f"{quote.code_path}: {_shorten(shown.text)}  {shown.citation}")
            item.setData(ROLE_ID, quote.coding_id)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if quote.favourite else Qt.Unchecked)
            self.quote_list.addItem(item)
            if quote.coding_id == keep:
                self.quote_list.setCurrentItem(item)
        self.quote_list.blockSignals(False)
        self.preview.setHtml(render_html(self.report) if self.report else "")
        self.unprotected.setVisible(nothing_pseudonymised(self.project))
        self.export_button.setEnabled(bool(self.quotes))
        self.status.setText(self.tr("%n quote(s)", "", len(self.quotes)))
        self._show_original(self.quote_list.currentRow())

    def _project_changed(self, *_ids) -> None:
        self._refresh_timer.start()

    def _refresh_after_change(self) -> None:
        if self.project.db is not None:  # not after the project was closed under the dialog
            self.refresh()

    def _quote(self, row: int) -> Quote | None:
        item = self.quote_list.item(row) if row >= 0 else None
        if item is None:
            return None
        return next((q for q in self.quotes if q.coding_id == item.data(ROLE_ID)), None)

    def _show_original(self, row: int) -> None:
        quote = self._quote(row)
        self.cut_button.setEnabled(quote is not None)
        self.uncut_button.setEnabled(bool(quote and quote.cuts))
        if quote is None:
            self.original.clear()
            return
        renderer = QuoteRenderer(self.project, self.choices.options())
        text = renderer.original_text(quote)
        low, _ = renderer.shown(quote)
        self.original.setPlainText(text)
        cut_format = QTextCharFormat()
        cut_format.setFontStrikeOut(True)
        cut_format.setForeground(QColor("#999999"))
        marks = []
        for start, end in quote.cuts:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.original.document())
            cursor.setPosition(to_qt(text, max(0, start - low)))
            cursor.setPosition(to_qt(text, min(len(text), end - low)), QTextCursor.KeepAnchor)
            selection.cursor, selection.format = cursor, cut_format
            marks.append(selection)
        self.original.setExtraSelections(marks)

    # -- actions -------------------------------------------------------------------------------
    def _favourite_changed(self, item: QListWidgetItem) -> None:
        set_favourite(self.project, item.data(ROLE_ID), item.checkState() == Qt.Checked)
        if self.choices.favourites_box.isChecked():
            self.refresh()

    def _store_order(self) -> None:
        ids = [self.quote_list.item(i).data(ROLE_ID) for i in range(self.quote_list.count())]
        set_order(self.project, ids)
        self.refresh()

    def move_current(self, step: int) -> None:
        """Move the selected quote up (-1) or down (+1) and store the new order."""
        row = self.quote_list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.quote_list.count():
            return
        ids = [self.quote_list.item(i).data(ROLE_ID) for i in range(self.quote_list.count())]
        ids.insert(target, ids.pop(row))
        set_order(self.project, ids)
        self.refresh()
        self.quote_list.setCurrentRow(target)

    def cut_selection(self) -> None:
        """Replace the words selected in the original text by "[…]" in the exported quote."""
        quote = self._quote(self.quote_list.currentRow())
        cursor = self.original.textCursor()
        if quote is None or not cursor.hasSelection():
            return
        renderer = QuoteRenderer(self.project, self.choices.options())
        text = self.original.toPlainText()
        low, high = renderer.shown(quote)
        start = low + from_qt(text, cursor.selectionStart())
        end = low + from_qt(text, cursor.selectionEnd())
        self._apply(lambda: set_cuts(self.project, quote.coding_id, [*quote.cuts, (start, end)],
                                     bounds=(min(low, quote.start), max(high, quote.end))))

    def remove_cuts(self) -> None:
        """Show the whole quote again."""
        quote = self._quote(self.quote_list.currentRow())
        if quote is not None:
            self._apply(lambda: set_cuts(self.project, quote.coding_id, []))

    def _apply(self, action) -> None:  # noqa: ANN001 - a no-argument callable
        try:
            action()
        except QcodeError as error:
            ask.inform(self, self.windowTitle(), error.message(ui_language()))
        self.refresh()

    def export(self) -> ExportResult | None:
        """Ask for a file and export the previewed report; a leak blocks it with the list of hits."""
        if self.report is None or not self.quotes:
            return None
        fmt = self.format_box.currentText()
        path = ask_save_path(self, fmt)
        if not path:
            return None
        try:
            result = self._export(path, fmt, acknowledge=False)
        except QcodeError as error:
            if error.message_id == "anon.leak_warnings" and ask.confirm(
                    self, self.tr("Possible identifying text"), error.message(ui_language())):
                result = self._try_export(path, fmt)
            else:
                ask.inform(self, self.tr("Export blocked"), error.message(ui_language()))
                return None
        if result is not None:
            self.last_result = result
            self.status.setText(self.tr("Exported %n quote(s) to ", "", result.items) + str(result.path))
        return result

    def export_codebook(self) -> ExportResult | None:
        """Export the codebook (definitions and counts) as .docx or .csv."""
        path = ask_save_path(self, "docx", self.tr("Export codebook"), "kodebog", ("docx", "csv"))
        return self._export_document("codebook", path, self.tr("Exporting the codebook…"),
                                     self.tr("Exported the codebook to "))

    def export_memos(self) -> ExportResult | None:
        """Export every memo (pseudonymised) as .docx or .csv."""
        path = ask_save_path(self, "docx", self.tr("Export memos"), "memoer", ("docx", "csv"))
        return self._export_document("memos", path, self.tr("Exporting the memos…"),
                                     self.tr("Exported the memos to "))

    def _export_document(self, what: str, path: str | None, busy: str, done: str) -> ExportResult | None:
        if not path:
            return None
        for acknowledge in (False, True):
            try:
                result = run_in_background(self, busy, document_job, what, path, acknowledge,
                                           project=self.project)
            except QcodeError as error:
                if not acknowledge and error.message_id == "anon.leak_warnings" and ask.confirm(
                        self, self.tr("Possible identifying text"), error.message(ui_language())):
                    continue
                ask.inform(self, self.tr("Export blocked"), error.message(ui_language()))
                return None
            self.status.setText(done + str(result.path))
            return result
        return None

    def _export(self, path: str, fmt: str, acknowledge: bool) -> ExportResult:
        # Building, leak-checking and writing a long report takes seconds: a worker thread does it.
        return run_in_background(self, self.tr("Exporting quotes…"), export_job, list(self.quotes),
                                 self.choices.options(acknowledge), path, fmt, project=self.project)

    def _try_export(self, path: str, fmt: str) -> ExportResult | None:
        try:
            return self._export(path, fmt, acknowledge=True)
        except QcodeError as error:
            ask.inform(self, self.tr("Export blocked"), error.message(ui_language()))
            return None


def ask_save_path(parent: QWidget, fmt: str, title: str = "", stem: str = "citater",
                  formats: tuple[str, ...] = ()) -> str:
    """The file to export to ('' when cancelled); tests monkeypatch this."""
    formats = formats or (fmt,)
    filters = ";;".join(f"{f.upper()} (*.{f})" for f in formats)
    title = title or QCoreApplication.translate("ExportDialog", "Export quotes")
    path, _ = QFileDialog.getSaveFileName(parent, title, start_path(f"{stem}.{fmt}"), filters)
    if path and not path.lower().endswith(tuple(f".{f}" for f in formats)):
        path += f".{fmt}"
    return path


def _shorten(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def open_export(parent: QWidget | None, events: ProjectEvents) -> ExportDialog:
    """Show the quote workbench for ``events.project`` (modeless, so the coder can keep coding)."""
    dialog = ExportDialog(events, parent)
    dialog.setAttribute(Qt.WA_DeleteOnClose)
    dialog.show()
    return dialog
