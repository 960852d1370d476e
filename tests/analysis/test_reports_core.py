"""The core's report queries on the known project (the analysis layer builds on these rows)."""

from __future__ import annotations

import pytest

from qcode.core.cases import add_case, link_document, set_attribute
from qcode.core.errors import QcodeError
from qcode.core.fulltext import SearchError, matching_documents
from qcode.core.report_segments import (
    attribute_values,
    code_ranges,
    documents_of_cases,
    label_ranges,
    overlapping_codings,
    speaker_ranges,
    speakers,
    turns_with_codes,
)
from qcode.core.reports import (
    check_dimension,
    code_document_counts,
    coded_texts,
    coding_spans,
    dimension_labels,
    document_keys,
    turn_spans,
)


def test_counts_per_code_and_document(known):
    rows = {(r[0], r[1]): (r[3], r[4]) for r in code_document_counts(known.project)}
    stigma = known.codes["stigma"]
    a = known.docs["A"]
    assert rows[(stigma, a)] == (2, len(known.coded_text("c6")) + len(known.coded_text("c7")))
    by_coder = {(r[0], r[1], r[2]) for r in code_document_counts(known.project, by_coder=True)}
    assert len([r for r in by_coder if r[:2] == (stigma, a)]) == 2


def test_document_keys_for_cases_and_attributes(known):
    link_document(known.project, known.docs["A"], known.cases["Bo"])
    assert sorted(document_keys(known.project, "case")[known.docs["A"]]) == sorted(known.cases.values())
    genders = document_keys(known.project, "attribute", "køn")
    assert sorted(genders[known.docs["A"]]) == ["kvinde", "mand"]
    assert known.docs["C"] not in genders


def test_coded_texts_are_the_coded_passages(known):
    texts = {row[4] for row in coded_texts(known.project)}
    assert texts == {known.coded_text(f"c{i}") for i in range(1, 14)}


def test_spans_are_sorted_for_the_sweeps(known):
    spans = coding_spans(known.project)
    assert spans == sorted(spans, key=lambda s: (s[0], s[1]))
    assert len(spans) == 13
    assert [t[1:3] for t in turn_spans(known.project) if t[0] == known.docs["A"]] == known.turns["A"]


def test_dimension_labels_sort_numbers_as_numbers(known):
    case = add_case(known.project, "Carl")
    set_attribute(known.project, case, "børn", "12", "number")
    set_attribute(known.project, known.cases["Anna"], "børn", "9", "number")
    assert [label for _, label in dimension_labels(known.project, "attribute", "børn")] == [
        "9", "12", "(none)"]
    # ages identify people in small studies: tables show them as decades
    set_attribute(known.project, case, "alder", "9", "number")
    assert [label for _, label in dimension_labels(known.project, "attribute", "alder")] == [
        "under 20 år", "30'erne", "40'erne", "(none)"]
    assert check_dimension(known.project, "alder") == ("attribute", "alder")
    assert check_dimension(known.project, "coder") == ("coder", None)
    with pytest.raises(QcodeError):
        check_dimension(known.project, "height")


def test_segment_queries(known):
    codes, docs = known.codes, known.docs
    pairs = overlapping_codings(known.project, [codes["netværk"]], [codes["ensomhed"]])
    assert [(p[1], p[4], p[8]) for p in pairs] == [
        ("A", known.codings["c4"][1], known.codings["c3"][1]),
        ("B", known.codings["c8"][1], known.codings["c9"][1])]
    turns = turns_with_codes(known.project, [codes["stigma"]])
    assert [(t[2], t[5]) for t in turns] == [("A", "Informant")]
    assert code_ranges(known.project, [codes["ensomhed"]], [docs["C"]]) == [
        (docs["C"], codes["ensomhed"], *known.codings["c12"][1:])]
    assert speakers(known.project) == ["Informant", "Interviewer"]
    assert len(speaker_ranges(known.project, ["Interviewer"])) == 3
    assert sorted(documents_of_cases(known.project, [known.cases["Anna"]])) == [docs["A"]]
    labels = label_ranges(known.project, [docs["B"]])
    assert [known.texts["B"][s:e] for _, s, e in labels] == ["Interviewer:", "Informant:"]
    assert attribute_values(known.project, "køn") == ["kvinde", "mand"]


def test_migration_adds_covering_indexes(known):
    names = {r[0] for r in known.project.db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"idx_codings_code_cover", "idx_codings_span"} <= names


def test_bad_fts_query_is_a_search_error(known):
    with pytest.raises(SearchError):
        matching_documents(known.project, 'AND "')
