"""The anonymisation review's choice of pseudonym style: how every accepted name and age is written in
exports and the pseudonymised view. A tester read the old boxes ("[Informant 3]", "[fyrrerne]" beside
"Names:"/"Ages:") as one person's pseudonym; here they are a titled group whose entries name the style
and give an example, with tooltips that say the choice applies to all."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QWidget

from qcode.anonymise import pseudonyms


class PseudonymStyleBox(QGroupBox):
    """Two combo boxes (``person_style``, ``age_style``) whose item data are the style codes."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Pseudonym style (for all names and ages)"), parent)
        self.person_style = QComboBox(self)
        for code, text in ((pseudonyms.NUMBERED, self.tr("Numbered, e.g. [Informant 3]")),
                           (pseudonyms.BRACKET, self.tr("Kind only, e.g. [navn]")),
                           (pseudonyms.NAME, self.tr("Substitute names, e.g. Karen → Birthe"))):
            self.person_style.addItem(text, code)
        self.person_style.setToolTip(self.tr(
            "How every accepted name is written in exports and the pseudonymised view. The entries are "
            "examples of the style, not anyone's pseudonym: each person's is in the table's Pseudonym "
            "column."))
        self.age_style = QComboBox(self)
        for code, text in ((pseudonyms.DECADE, self.tr("Decades, e.g. [fyrrerne]")),
                           (pseudonyms.RANGE, self.tr("Ranges, e.g. [40-49 år]"))):
            self.age_style.addItem(text, code)
        self.age_style.setToolTip(self.tr(
            "How every accepted age is written in exports and the pseudonymised view. The entries are "
            "examples of the style, not anyone's age."))
        form = QFormLayout(self)
        form.addRow(self.tr("Names:"), self.person_style)
        form.addRow(self.tr("Ages:"), self.age_style)
