"""The frequency view: codes × documents / cases / coders / a case attribute, with a choice of what to
count, roll-up of sub-codes, a heat-shaded sortable table, a bar chart and a heat map (matplotlib),
the segments behind the selected cell, and CSV/Excel export."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from qcode.analysis.codetree import code_rows
from qcode.analysis.frequencies import MEASURES, frequency_table, frequency_tables
from qcode.analysis.retrieval import retrieve
from qcode.analysis.table import Table
from qcode.core.reports import attribute_names
from qcode.ui.analysis.charts import chart_canvas
from qcode.ui.analysis.export_buttons import ExportButtons
from qcode.ui.analysis.segment_list import SegmentList
from qcode.ui.analysis.table_model import TableModel, fit_columns, make_table_view
from qcode.ui.live_texts import LiveTexts


class FrequencyView(QWidget):
    """Code frequencies with charts; ``refresh()`` re-reads the project."""

    jump_requested = Signal(int, int, int)  # document id, start, end

    def __init__(self, project, parent=None):
        super().__init__(parent)
        self.project = project
        self.table: Table | None = None
        live = LiveTexts(self)  # the controls' texts follow a language switch
        self.by = QComboBox(self)
        self.measure = QComboBox(self)
        live.items(self.measure, lambda: {key: self._measure_names()[key] for key in MEASURES})
        self.rollup = QCheckBox(self)
        live.bind(self.rollup.setText, lambda: self.tr("Roll up sub-codes"))
        self.hide_empty = QCheckBox(self)
        live.bind(self.hide_empty.setText, lambda: self.tr("Hide unused codes"))
        self.hide_empty.setChecked(True)
        self.export = ExportButtons(self._export_tables, self)

        self.model = TableModel(self)
        self.view, self.proxy = make_table_view(self.model, self)
        self.view.clicked.connect(self._cell_clicked)
        self.bar_canvas = chart_canvas(self)
        self.heat_canvas = chart_canvas(self)
        self.charts = QTabWidget(self)
        live.tab(self.charts, self.bar_canvas, lambda: self.tr("Bar chart"))
        live.tab(self.charts, self.heat_canvas, lambda: self.tr("Heat map"))
        self.segments = SegmentList(self)
        self.segments.jump_requested.connect(self.jump_requested)
        self.segment_label = QLabel(self.tr("Click a cell to see its segments."), self)

        controls = QHBoxLayout()
        controls.addWidget(live.label(lambda: self.tr("Columns:")))
        controls.addWidget(self.by)
        controls.addWidget(live.label(lambda: self.tr("Count:")))
        controls.addWidget(self.measure)
        controls.addWidget(self.rollup)
        controls.addWidget(self.hide_empty)
        controls.addStretch()
        controls.addWidget(self.export)
        top = QSplitter(Qt.Horizontal, self)
        top.addWidget(self.view)
        top.addWidget(self.charts)
        top.setSizes([480, 520])
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.segment_label)
        bottom_layout.addWidget(self.segments)
        split = QSplitter(Qt.Vertical, self)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setSizes([460, 160])
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(split, 1)

        self._fill_dimensions()
        live.on_switch(self._fill_dimensions)  # keeps the chosen column
        for combo in (self.by, self.measure):
            combo.currentIndexChanged.connect(self.refresh)
        for box in (self.rollup, self.hide_empty):
            box.toggled.connect(self.refresh)
        self.refresh()

    def _measure_names(self) -> dict[str, str]:
        return {"codings": self.tr("Codings"), "documents": self.tr("Documents"),
                "characters": self.tr("Coded characters"), "words": self.tr("Coded words")}

    def _fill_dimensions(self) -> None:
        current = self.by.currentData()
        self.by.blockSignals(True)
        self.by.clear()
        for key, label in (("document", self.tr("Documents")), ("case", self.tr("Cases")),
                           ("coder", self.tr("Coders"))):
            self.by.addItem(label, key)
        for name, _type in attribute_names(self.project):
            self.by.addItem(self.tr("Attribute: %1").replace("%1", name), name)
        index = self.by.findData(current) if current else 0
        self.by.setCurrentIndex(max(index, 0))
        self.by.blockSignals(False)

    def set_options(self, by: str | None = None, measure: str | None = None,
                    rollup: bool | None = None) -> None:
        """Choose the grouping, measure and roll-up (as the controls do)."""
        if by is not None:
            self.by.setCurrentIndex(self.by.findData(by))
        if measure is not None:
            self.measure.setCurrentIndex(self.measure.findData(measure))
        if rollup is not None:
            self.rollup.setChecked(rollup)

    def refresh(self, *_args) -> None:
        """Recompute the table and charts from the project."""
        self._fill_dimensions()
        self.table = frequency_table(self.project, self.by.currentData(), self.measure.currentData(),
                                     rollup=self.rollup.isChecked(), hide_empty=self.hide_empty.isChecked())
        self.model.set_table(self.table)
        fit_columns(self.view)
        self._draw_bars()
        self._draw_heat_map()

    def _export_tables(self) -> list[Table]:
        """Excel gets every measure as its own sheet; CSV the table on screen."""
        current = [self.table] if self.table else []
        others = frequency_tables(self.project, self.by.currentData(), rollup=self.rollup.isChecked(),
                                  hide_empty=self.hide_empty.isChecked())
        return current + [t for t in others if t.title != (self.table.title if self.table else "")]

    def _colours(self) -> dict[int, str]:
        return {r.id: r.colour for r in code_rows(self.project)}

    def _chart_title(self) -> str:
        """'Codings by document' in the UI language (the core table's title is English)."""
        return self.tr("%1 by %2").replace("%1", self.measure.currentText()).replace(
            "%2", self.by.currentText().lower())

    def _bar_title(self) -> str:
        """The bars are each code's total over every column: 'Codings per code, in total'."""
        return self.tr("%1 per code, in total").replace("%1", self.measure.currentText())

    def _draw_bars(self) -> None:
        figure = self.bar_canvas.figure
        figure.clear()
        axes = figure.add_subplot()
        t = self.model.table  # as shown: pseudonymised names in the pseudonymised view
        if t and t.rows:
            colours = self._colours()
            labels = list(t.rows)  # full paths: right-aligned tick labels cannot show indentation
            positions = list(range(len(t.rows)))
            axes.barh(positions, t.row_totals, color=[colours.get(k, "#808080") for k in t.row_keys])
            axes.set_yticks(positions, labels)
            axes.invert_yaxis()
            axes.set_xlabel(self.measure.currentText())
            if all(float(v).is_integer() for v in t.row_totals):  # counts: no 0.25 ticks
                from matplotlib.ticker import MaxNLocator  # noqa: PLC0415 (matplotlib loads with the first chart)

                axes.xaxis.set_major_locator(MaxNLocator(integer=True))
            axes.set_title(self._bar_title(), fontsize=10)
            for position, value in zip(positions, t.row_totals, strict=True):
                axes.annotate(f"{value:g}", (value, position), xytext=(3, 0), textcoords="offset points",
                              va="center", fontsize=8)
            axes.spines[["top", "right"]].set_visible(False)
        self.bar_canvas.draw_idle()

    def _draw_heat_map(self) -> None:
        figure = self.heat_canvas.figure
        figure.clear()
        axes = figure.add_subplot()
        t = self.model.table
        if t and t.rows and t.columns:
            image = axes.imshow(t.values, cmap="Blues", aspect="auto")
            axes.set_yticks(range(len(t.rows)), [r.split("/")[-1] for r in t.rows])
            step = max(1, len(t.columns) // 30)  # at most ~30 column labels stay readable
            axes.set_xticks(range(0, len(t.columns), step), t.columns[::step], rotation=45, ha="right")
            if len(t.rows) * len(t.columns) <= 300:
                top = t.max_value() or 1
                for r, row in enumerate(t.values):
                    for c, value in enumerate(row):
                        axes.text(c, r, f"{value:g}", ha="center", va="center", fontsize=8,
                                  color="white" if value > 0.6 * top else "black")
            figure.colorbar(image, ax=axes, shrink=0.8)
            axes.set_title(self._chart_title(), fontsize=10)
        self.heat_canvas.draw_idle()

    def _cell_clicked(self, index: QModelIndex) -> None:
        keys = self.proxy.data(index, Qt.UserRole)
        if not keys or keys[0] is None or keys[1] is None or self.table is None:
            self.segments.set_segments([], {})
            return
        code_id, key = keys
        by = self.by.currentData()
        filters: dict = {}
        if by == "document":
            filters["document_ids"] = [key]
        elif by == "case":
            filters["case_ids"] = [key]
        elif by == "coder":
            filters["coders"] = [self.table.columns[self.table.column_keys.index(key)]]
        else:
            filters["attributes"] = {by: [key]}
        found = retrieve(self.project, code_id, include_subcodes=self.rollup.isChecked(), **filters)
        paths = {r.id: r.path for r in code_rows(self.project)}
        shown = self.model.table or self.table  # the column as shown (pseudonymised in that view)
        column = shown.columns[self.table.column_keys.index(key)]
        text = self.tr("%1 segments of %2 in %3").replace("%1", str(len(found)))
        self.segment_label.setText(text.replace("%2", paths.get(code_id, "?")).replace("%3", column))
        self.segments.set_segments(found, paths)
