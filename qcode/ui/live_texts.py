"""LiveTexts: the texts of a widget's controls kept as how they are built, so that a language switch at
run time rebuilds them (labels, check boxes, buttons, tabs, tooltips, the items of option combos)
without rebuilding the widget, and a combo keeps what is chosen in it."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QComboBox, QLabel, QTabWidget, QWidget

Build = Callable[[], str]


class LiveTexts(QObject):
    """Watches ``owner`` for LanguageChange and then runs every registered rebuild, in order."""

    def __init__(self, owner: QWidget):
        super().__init__(owner)
        self._owner = owner
        self._rebuilds: list[Callable[[], None]] = []
        owner.installEventFilter(self)

    def on_switch(self, rebuild: Callable[[], None]) -> None:
        """Run ``rebuild`` after a language switch (a view's own refill of a combo, say)."""
        self._rebuilds.append(rebuild)

    def bind(self, setter: Callable[[str], object], build: Build) -> None:
        """``setter(build())`` now and after every switch (``button.setText``, ``box.setToolTip`` …)."""
        setter(build())
        self._rebuilds.append(lambda: setter(build()))

    def label(self, build: Build) -> QLabel:
        """A new label of the owner whose text follows the language."""
        label = QLabel(self._owner)
        self.bind(label.setText, build)
        return label

    def tab(self, tabs: QTabWidget, page: QWidget, build: Build) -> None:
        """Add ``page`` to ``tabs`` with a title that follows the language."""
        tabs.addTab(page, build())
        self._rebuilds.append(lambda: tabs.setTabText(tabs.indexOf(page), build()))

    def items(self, combo: QComboBox, build: Callable[[], Mapping[Hashable, str]]) -> None:
        """Fill ``combo`` with the items ``build`` gives (data → text, in order); after a switch the
        texts change in place, so the chosen item stays chosen and no change signal fires."""
        for data, text in build().items():
            combo.addItem(text, data)
        self.relabel(combo, build)

    def relabel(self, combo: QComboBox, build: Callable[[], Mapping[Hashable, str]]) -> None:
        """After a switch, give the items of ``combo`` whose data ``build`` knows their new text in
        place (for a combo the owner fills itself: '(any)' among attribute names)."""
        self._rebuilds.append(lambda: relabel(combo, build()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self._owner and event.type() == QEvent.LanguageChange:
            for rebuild in self._rebuilds:
                rebuild()
        return False


def relabel(combo: QComboBox, texts: Mapping[Hashable, str]) -> None:
    """Give the items whose data ``texts`` knows their new text (the others keep theirs)."""
    for index in range(combo.count()):
        data = combo.itemData(index)
        if isinstance(data, Hashable) and data in texts:
            combo.setItemText(index, texts[data])
