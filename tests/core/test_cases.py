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


def test_a_deleted_case_comes_back_with_its_id_values_links_and_turns(project):
    from qcode.core.cases import delete_case, list_cases, restore_case
    from qcode.core.documents import turns_for_document
    from qcode.core.imported import Turn

    text = "Palle: Jeg bor alene.\n"
    doc = add_document(project, "palle", text, turns=[Turn(0, len(text) - 1, "Palle", "interviewee",
                                                          "Palle", 0, 5)])
    palle = add_case(project, "Palle")
    set_attribute(project, palle, "køn", "mand")
    link_document(project, doc, palle)
    project.db.execute("UPDATE turns SET case_id = ? WHERE document_id = ?", [palle, doc])
    snapshot = delete_case(project, palle)
    assert list_cases(project) == [] and turns_for_document(project, doc)[0].case_id is None
    assert restore_case(project, snapshot) == palle
    assert attributes_of_case(project, palle) == {"køn": "mand"}
    assert documents_of_case(project, palle) == [doc]
    assert turns_for_document(project, doc)[0].case_id == palle


def test_a_deleted_attribute_comes_back_with_every_value(project):
    from qcode.core.cases import delete_attribute, restore_attribute

    palle, line = add_case(project, "Palle"), add_case(project, "Line")
    set_attribute(project, palle, "alder", "46", "number")
    set_attribute(project, line, "alder", "28", "number")
    snapshot = delete_attribute(project, "alder")
    assert attribute_types(project) == {} and attributes_of_case(project, palle) == {}
    restore_attribute(project, snapshot)
    assert attribute_types(project) == {"alder": "number"}
    assert (attributes_of_case(project, palle), attributes_of_case(project, line)) == (
        {"alder": "46"}, {"alder": "28"})
