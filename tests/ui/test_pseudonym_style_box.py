"""The review's pseudonym style reads as a style for all names and ages, not as one person's pseudonym (a
stranger's run took the boxes "[Informant 3]" and "[fyrrerne]" for an entity's): a titled group whose
entries name the style with an example, and tooltips saying so, in English and Danish."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QGroupBox

from qcode.ui.dialogs.anonymise_review import AnonymiseReviewDialog


@pytest.fixture
def review(qtbot, window):
    dialog = AnonymiseReviewDialog(window, window.workspace.events)
    qtbot.addWidget(dialog)
    return dialog


def _entries(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_the_style_boxes_say_they_are_the_style_of_every_pseudonym(review):
    box = review.findChild(QGroupBox)
    assert box is review.style_box and box.title() == "Pseudonym style (for all names and ages)"
    assert review.person_style.parent() is box and review.age_style.parent() is box
    assert _entries(review.person_style) == [
        "Numbered, e.g. [Informant 3]", "Kind only, e.g. [navn]", "Substitute names, e.g. Karen → Birthe"]
    assert _entries(review.age_style) == ["Decades, e.g. [fyrrerne]", "Ranges, e.g. [40-49 år]"]
    assert "not anyone's pseudonym" in review.person_style.toolTip()
    assert "Pseudonym column" in review.person_style.toolTip()
    assert "not anyone's age" in review.age_style.toolTip()


def test_the_style_boxes_in_danish(qtbot, window):
    try:
        window.set_language("da")
        review = AnonymiseReviewDialog(window, window.workspace.events)
        qtbot.addWidget(review)
        assert review.style_box.title() == "Pseudonymstil (for alle navne og aldre)"
        assert _entries(review.person_style)[0] == "Nummereret, fx [Informant 3]"
        assert _entries(review.age_style) == ["Årtier, fx [fyrrerne]", "Intervaller, fx [40-49 år]"]
        assert "ikke nogens pseudonym" in review.person_style.toolTip()
    finally:
        window.set_language("en")
