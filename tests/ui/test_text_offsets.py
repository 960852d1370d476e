"""The UTF-16 ↔ code-point helper, checked against Qt's own counting with emoji and æøå."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocument

from qcode.ui.text_offsets import OffsetConverter, from_qt, to_qt

TEXTS = [
    "Rød grød med fløde på Ærø og Åbenrå",
    "Hej 😀 med dig 👍🏽 og så æøå",
    "😀😀😀",
    "plain ascii text",
    "I: Hvordan har du det? 🙂\nIP: Godt, tak — æh, ja 🎉 i går",
]


@pytest.mark.parametrize("text", TEXTS)
def test_round_trip_every_offset(text):
    conv = OffsetConverter(text)
    for i in range(len(text) + 1):
        q = conv.to_qt(i)
        assert conv.from_qt(q) == i
        # Qt's length of the prefix is the UTF-16 position.
        assert q == len(text[:i].encode("utf-16-le")) // 2
    assert conv.length16 == len(text.encode("utf-16-le")) // 2


@pytest.mark.parametrize("text", TEXTS)
def test_matches_qt_document_positions(qapp, text):
    doc = QTextDocument()
    doc.setPlainText(text)
    assert doc.characterCount() - 1 == OffsetConverter(text).length16
    conv = OffsetConverter(text)
    for i, ch in enumerate(text):
        if ch != "\n":
            assert doc.characterAt(conv.to_qt(i)) == ch[0] or ord(ch) > 0xFFFF


def test_inside_surrogate_pair_rounds_down():
    text = "a😀b"
    assert from_qt(text, 2) == 1  # between the two halves of the emoji
    assert from_qt(text, 3) == 2
    assert to_qt(text, 2) == 3
    assert to_qt(text, 3) == 4
