"""The left panel of the quote workbench: which codes, which filters, how quotes are shown.

Turns its widgets into a :class:`~qcode.core.quotes.QuoteFilter` and
:class:`~qcode.export.quotes.ExportOptions`; emits ``changed`` whenever either changes. No SQL.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from qcode.anonymise.state import is_sealed
from qcode.core.codebook import list_codes
from qcode.core.coders import list_coders
from qcode.core.documents import list_documents
from qcode.core.project import Project
from qcode.core.quotes import QuoteFilter, attribute_values
from qcode.export.citations import fitted_template
from qcode.export.quotes import CONTEXTS, DEFAULT_CITATION, ExportOptions
from qcode.ui import settings

ALL = "__all__"
ROLE_ID = Qt.UserRole


class QuoteChoices(QWidget):
    """Codes, filters and display options of the quote workbench."""

    changed = Signal()  # the selection or an option changed; no arguments

    def __init__(self, project: Project, parent: QWidget | None = None):
        super().__init__(parent)
        self.project = project
        self._build()
        self._restore()
        self.changed.connect(self._remember)

    # -- what the workbench showed last time (as NVivo and MAXQDA keep a report's settings) ----------
    def _boxes(self) -> dict[str, QCheckBox]:
        return {"children": self.children_box, "favourites": self.favourites_box}

    def _restore(self) -> None:
        last = settings.quote_workbench_choices(self.project.path)
        codes = set(last.get("codes", []))
        self.blockSignals(True)
        for row in range(self.code_list.count()):
            item = self.code_list.item(row)
            if item.data(ROLE_ID) in codes:
                item.setCheckState(Qt.Checked)
        for key, box in self._boxes().items():
            if isinstance(last.get(key), bool):
                box.setChecked(last[key])
        for key, combo in (("context", self.context_box), ("criteria", self.criteria_box)):
            if (index := combo.findData(last.get(key))) >= 0:
                combo.setCurrentIndex(index)
        if isinstance(last.get("sentences"), int):
            self.sentences_box.setValue(last["sentences"])
        if isinstance(last.get("citation"), str) and last["citation"]:
            self.citation_edit.setText(last["citation"])
        self.blockSignals(False)

    def _remember(self) -> None:
        # not the title: free text a user may have typed a name into
        settings.save_quote_workbench_choices(self.project.path, {
            "codes": list(self.checked_codes()), "context": self.context_box.currentData(),
            "criteria": self.criteria_box.currentData(), "sentences": self.sentences_box.value(),
            "citation": self.citation_edit.text(),
            **{key: box.isChecked() for key, box in self._boxes().items()}})

    def _emit(self, *_: object) -> None:
        self.changed.emit()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Codes")))
        self.code_list = QListWidget()
        for code, path in _code_paths(self.project):
            item = QListWidgetItem("    " * path.count("/") + code.name)
            item.setData(ROLE_ID, code.id)
            item.setToolTip(path)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Unchecked)
            self.code_list.addItem(item)
        self.code_list.itemChanged.connect(self._emit)
        layout.addWidget(self.code_list, 1)
        self.children_box = QCheckBox(self.tr("Include sub-codes"))
        self.children_box.setChecked(True)
        self.favourites_box = QCheckBox(self.tr("Favourites only"))
        for box in (self.children_box, self.favourites_box):
            box.toggled.connect(self._emit)
            layout.addWidget(box)

        filters = QGroupBox(self.tr("Filter"))
        form = QFormLayout(filters)
        self.attribute_boxes: dict[str, QComboBox] = {}
        for name, values in attribute_values(self.project).items():
            self.attribute_boxes[name] = self._combo(form, name, [(v, v) for v in values])
        self.coder_box = self._combo(form, self.tr("Coder"),
                                     [(c.name, c.id) for c in list_coders(self.project)])
        self.document_box = self._combo(form, self.tr("Document"),
                                        [(d.name, d.id) for d in list_documents(self.project)])
        layout.addWidget(filters)

        shown = QGroupBox(self.tr("Quotes show"))
        form = QFormLayout(shown)
        self.context_box = QComboBox()
        for key, label in zip(CONTEXTS, (self.tr("the coded segment"), self.tr("the whole speaker turn"),
                                         self.tr("sentences around")), strict=True):
            self.context_box.addItem(label, key)
        self.sentences_box = QSpinBox()
        self.sentences_box.setRange(1, 10)
        # The default fits this project: fields its cases do not have are left out, and the dialog
        # says so once (the default must never be refused).
        known = list(attribute_values(self.project))
        template, missing = fitted_template(DEFAULT_CITATION, known)
        self.citation_edit = QLineEdit(template)
        self.citation_note = QLabel(self.tr("The cases have no %1; the citation leaves it out.").replace(
            "%1", ", ".join(missing)) if missing else "")
        self.citation_note.setWordWrap(True)
        self.citation_note.setVisible(bool(missing))
        self.citation_edit.setToolTip(self.tr("Fields: {case} {nr} {dokument} {kode} and every case "
                                              "attribute, e.g. {køn} {alder}"))
        self.exact_age_box = QCheckBox(self.tr("Cite exact ages"))
        if is_sealed(self.project):  # sealing generalised them for good
            self.exact_age_box.setEnabled(False)
            self.exact_age_box.setToolTip(self.tr("The project is sealed: exact ages are gone."))
        self.criteria_box = QComboBox()
        for key, label in (("inline", self.tr("under each heading")), ("appendix", self.tr("as appendix")),
                           ("none", self.tr("left out"))):
            self.criteria_box.addItem(label, key)
        self.title_edit = QLineEdit("Udvalgte citater")
        form.addRow(self.tr("Context"), self.context_box)
        form.addRow(self.tr("Sentences"), self.sentences_box)
        form.addRow(self.tr("Citation"), self.citation_edit)
        form.addRow("", self.citation_note)
        form.addRow("", self.exact_age_box)
        form.addRow(self.tr("Definitions"), self.criteria_box)
        form.addRow(self.tr("Title"), self.title_edit)
        for widget in (self.context_box, self.criteria_box):
            widget.currentIndexChanged.connect(self._emit)
        self.sentences_box.valueChanged.connect(self._emit)
        self.exact_age_box.toggled.connect(self._emit)
        for edit in (self.citation_edit, self.title_edit):
            edit.editingFinished.connect(self._emit)
        layout.addWidget(shown)

    def _combo(self, form: QFormLayout, label: str, items: list[tuple[str, object]]) -> QComboBox:
        box = QComboBox()
        box.addItem(self.tr("(all)"), ALL)
        for text, data in items:
            box.addItem(text, data)
        box.currentIndexChanged.connect(self._emit)
        form.addRow(label, box)
        return box

    def checked_codes(self) -> tuple[int, ...]:
        """The ids of the ticked codes."""
        items = (self.code_list.item(i) for i in range(self.code_list.count()))
        return tuple(item.data(ROLE_ID) for item in items if item.checkState() == Qt.Checked)

    def quote_filter(self) -> QuoteFilter:
        """The selection the widgets describe."""
        def chosen(box: QComboBox) -> frozenset:
            data = box.currentData()
            return frozenset() if data == ALL else frozenset({data})

        return QuoteFilter(
            self.checked_codes(), include_children=self.children_box.isChecked(),
            attributes={name: chosen(box) for name, box in self.attribute_boxes.items() if chosen(box)},
            coder_ids=chosen(self.coder_box), document_ids=chosen(self.document_box),
            favourites_only=self.favourites_box.isChecked(),
        )

    def options(self, acknowledge_warnings: bool = False) -> ExportOptions:
        """The export options the widgets describe."""
        return ExportOptions(
            context=self.context_box.currentData(), sentences=self.sentences_box.value(),
            citation_template=self.citation_edit.text() or DEFAULT_CITATION,
            keep_exact_age=self.exact_age_box.isChecked(), criteria=self.criteria_box.currentData(),
            title=self.title_edit.text(), acknowledge_warnings=acknowledge_warnings,
        )


def _code_paths(project: Project) -> list[tuple]:
    paths: dict[int, str] = {}
    result = []
    for code in list_codes(project):
        paths[code.id] = f"{paths[code.parent_id]}/{code.name}" if code.parent_id in paths else code.name
        result.append((code, paths[code.id]))
    return result
