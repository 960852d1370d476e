"""Cases and their attributes: typed values, clearing (undo needs the old value), renaming, links."""

from __future__ import annotations

import pytest

from qcode.core.cases import (
    add_case,
    attribute_types,
    attributes_of_case,
    documents_of_case,
    link_document,
    remove_attribute,
    rename_case,
    set_attribute,
    unlink_document,
)
from qcode.core.documents import add_document
from qcode.core.errors import CaseError


def test_values_are_typed_and_clearing_returns_the_old_value(project):
    case = add_case(project, "Palle")
    set_attribute(project, case, "alder", "46", "number")
    set_attribute(project, case, "født", "1978-03-01", "date")
    with pytest.raises(CaseError):
        set_attribute(project, case, "alder", "midaldrende")
    assert attribute_types(project) == {"alder": "number", "født": "date"}
    assert remove_attribute(project, case, "alder") == "46"
    assert remove_attribute(project, case, "alder") is None
    assert attributes_of_case(project, case) == {"født": "1978-03-01"}


def test_rename_keeps_names_unique_and_links_come_and_go(project):
    palle, line = add_case(project, "Palle"), add_case(project, "Line")
    with pytest.raises(CaseError):
        rename_case(project, line, "Palle")
    assert rename_case(project, line, "Line B") == "Line"
    doc = add_document(project, "interview", "Interviewer: Hej.\n")
    link_document(project, doc, palle)
    assert documents_of_case(project, palle) == [doc]
    unlink_document(project, doc, palle)
    assert documents_of_case(project, palle) == []
