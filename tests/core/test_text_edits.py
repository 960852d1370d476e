"""Editing a document's text remaps coding offsets in the same transaction."""

from __future__ import annotations

import pytest

from qcode.core.codebook import find_code
from qcode.core.codings import add_coding, codings_for_document
from qcode.core.documents import add_document, get_document, replace_text
from qcode.core.offsets import OffsetMap, Replacement, apply_replacements

TEXT = "Palle: Jeg er 46 år og bor i Vejle med Mette."


def test_codings_cover_the_same_words_after_names_are_replaced(project):
    doc = add_document(project, "iv", TEXT)
    code = find_code(project, "netværk").id
    start = TEXT.index("bor i Vejle")
    add_coding(project, doc, code, start, start + len("bor i Vejle med Mette"))
    replace_text(project, doc, [
        Replacement(0, 5, "[Informant 1]"),
        Replacement(TEXT.index("46 år"), TEXT.index("46 år") + 5, "[40'erne]"),
        Replacement(TEXT.index("Vejle"), TEXT.index("Vejle") + 5, "[by]"),
        Replacement(TEXT.index("Mette"), TEXT.index("Mette") + 5, "[navn]"),
    ])
    text = get_document(project, doc).text
    (coding,) = codings_for_document(project, doc)
    assert text[coding.start:coding.end] == "bor i [by] med [navn]"


def test_boundary_inside_a_replacement_snaps_outward():
    mapping = OffsetMap([Replacement(10, 15, "XY")])
    assert mapping.map_range(12, 20) == (10, 17)
    assert mapping.map_range(0, 12) == (0, 12)
    assert mapping.map_range(15, 20) == (12, 17)


def test_overlapping_replacements_are_rejected():
    with pytest.raises(ValueError):
        apply_replacements("abcdef", [Replacement(0, 3, "x"), Replacement(2, 4, "y")])


def test_failed_edit_leaves_text_and_codings_unchanged(project):
    doc = add_document(project, "iv", TEXT)
    add_coding(project, doc, find_code(project, "stigma").id, 0, 5)
    with pytest.raises(ValueError):
        replace_text(project, doc, [Replacement(0, 3, "x"), Replacement(2, 4, "y")])
    assert get_document(project, doc).text == TEXT
    assert [(c.start, c.end) for c in codings_for_document(project, doc)] == [(0, 5)]
