"""Retrieval with filters and turn context, and AND/OR/NOT coding queries with scopes."""

from __future__ import annotations

import pytest

from qcode.analysis.query import Node, parse, run_query
from qcode.analysis.retrieval import retrieve, segments_table
from qcode.core.errors import QcodeError


def test_retrieve_a_code_in_document_order(known):
    segments = retrieve(known.project, "ensomhed")
    assert [s.text for s in segments] == [known.coded_text(c) for c in ("c3", "c9", "c12")]
    assert [s.coder_name for s in segments] == ["anna", "bo", "anna"]
    assert [s.speaker for s in segments] == ["Informant"] * 3


def test_retrieve_with_subcodes_and_filters(known):
    assert len(retrieve(known.project, "netværk")) == 6
    assert len(retrieve(known.project, "netværk", include_subcodes=False)) == 2
    assert [s.text for s in retrieve(known.project, "ensomhed", coders=["bo"])] == [known.coded_text("c9")]
    women = retrieve(known.project, "netværk", attributes={"køn": ["kvinde"]})
    assert {s.document_name for s in women} == {"A"} and len(women) == 3
    both = retrieve(known.project, "ensomhed", attributes={"køn": ["kvinde", "mand"], "alder": ["45"]})
    assert [s.document_name for s in both] == ["B"]
    assert retrieve(known.project, "ensomhed", case_ids=[known.cases["Anna"]])[0].document_name == "A"



def test_retrieve_refuses_an_unknown_coder_or_attribute(known):
    """A typo must not look like 'no segments'."""
    from qcode.core.reports import ReportError

    with pytest.raises(ReportError, match="nobody"):
        retrieve(known.project, "ensomhed", coders=["nobody"])
    with pytest.raises(ReportError, match="nope"):
        retrieve(known.project, "ensomhed", attributes={"nope": ["x"]})


def test_retrieve_with_the_whole_turn_as_context(known):
    segment = retrieve(known.project, "ensomhed", with_turn=True)[0]
    start, end = known.turns["A"][1]
    assert (segment.context_start, segment.context_end) == (start, end)
    assert segment.context.startswith("Informant: Min søster") and segment.context.endswith("et job.")


def test_segments_table_for_export(known):
    table = segments_table(known.project, retrieve(known.project, "stigma"))
    assert table.rows == ["A", "A"]
    assert table.columns == ["Code", "Coder", "Speaker", "Start", "End", "Text"]
    assert table.values[1][:3] == ["stigma", "bo", "Informant"]
    assert table.values[1][5] == "Jeg skammer mig."


def _texts(segments):
    return [(s.document_name, s.text) for s in segments]


def test_and_keeps_text_coded_with_both(known):
    assert _texts(run_query(known.project, "ensomhed AND netværk")) == [
        ("A", "Jeg føler mig"), ("B", "Jeg har ingen venner."),
    ]


def test_or_merges_and_subcodes_are_included_on_request(known):
    query = "netværk/familie OR netværk/familie/søskende"
    assert _texts(run_query(known.project, query)) == [
        ("A", "Min søster ringer hver søndag."), ("B", "Børnene besøger mig aldrig."), ("C", "Barnet leger."),
    ]
    assert _texts(run_query(known.project, "netværk", include_subcodes=True)) == [
        ("A", "Min søster ringer hver søndag. Jeg føler mig"),
        ("B", "Jeg har ingen venner."), ("B", "Børnene besøger mig aldrig."), ("C", "Barnet leger."),
    ]


def test_not_subtracts_and_danish_keywords_work(known):
    expected = [("A", " alene om aftenen."), ("B", " Børnene besøger mig aldrig."), ("C", "Et barn græder.")]
    assert _texts(run_query(known.project, "ensomhed AND NOT netværk")) == expected
    assert _texts(run_query(known.project, "ensomhed og ikke (netværk)")) == expected
    alone = run_query(known.project, "NOT ensomhed", document_ids=[known.docs["C"]])
    text = known.texts["C"]
    assert _texts(alone) == [("C", text[: text.index("Et barn")]), ("C", "\n")]


def test_scopes_documents_cases_and_speakers(known):
    assert _texts(run_query(known.project, "ensomhed", case_ids=[known.cases["Bo"]])) == [
        ("B", known.coded_text("c9"))]
    assert run_query(known.project, "ensomhed", speakers=["Interviewer"]) == []
    assert len(run_query(known.project, "ensomhed", speakers=["Informant"])) == 3
    a_only, bo = [known.docs["A"]], [known.cases["Bo"]]
    scoped = run_query(known.project, "ensomhed", document_ids=a_only, case_ids=bo)
    assert scoped == []


def test_parse_precedence_quotes_and_names_with_spaces(known):
    node = parse('a OR b AND NOT "c d" OR stigma/mødet med systemet')
    assert node == Node("OR", (
        Node("CODE", path="a"),
        Node("AND", (Node("CODE", path="b"), Node("NOT", (Node("CODE", path="c d"),)))),
        Node("CODE", path="stigma/mødet med systemet"),
    ))


@pytest.mark.parametrize("query", ["", "ensomhed AND", "(ensomhed", "ensomhed )", "OR ensomhed"])
def test_bad_queries_are_user_errors(known, query):
    with pytest.raises(QcodeError) as error:
        run_query(known.project, query)
    assert error.value.message_id == "report.bad_query"


def test_unknown_code_in_query(known):
    with pytest.raises(QcodeError) as error:
        run_query(known.project, "ensomhed AND mangler")
    assert error.value.message_id == "code.not_found"
