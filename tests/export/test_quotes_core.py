"""Quote selection, workbench marks and the export log (qcode.core.quotes)."""

from __future__ import annotations

import pytest

from qcode.core.project import open_project
from qcode.core.quotes import (
    QuoteError,
    QuoteFilter,
    list_exports,
    normalise_cuts,
    record_export,
    select_quotes,
    set_cuts,
    set_favourite,
    set_order,
)


def ids(quotes) -> list[int]:
    return [q.coding_id for q in quotes]


def test_select_includes_sub_codes_unless_told_not_to(project, sample):
    with_children = select_quotes(project, QuoteFilter((sample.codes["netværk"],)))
    assert set(ids(with_children)) == {sample.codings["kort"], sample.codings["datter"],
                                       sample.codings["bror"]}
    alone = select_quotes(project, QuoteFilter((sample.codes["netværk"],), include_children=False))
    assert ids(alone) == [sample.codings["kort"]]


def test_quote_carries_case_attributes_code_path_coder_and_memo(project, sample):
    quote = next(q for q in select_quotes(project, QuoteFilter((sample.codes["ensomhed"],)))
                 if q.coding_id == sample.codings["dage"])
    assert (quote.case_name, quote.case_number) == ("Birgit", 1)
    assert quote.attributes == {"køn": "kvinde", "alder": "58"}
    assert quote.code_path == "ensomhed"
    assert quote.coder_name == "anna"
    assert quote.memo == "Central for Birgit"
    assert quote.document_name == "interview_01"


@pytest.mark.parametrize(("kwargs", "expected"), [
    ({"attributes": {"køn": frozenset({"mand"})}}, {"kort", "bror"}),
    ({"attributes": {"køn": frozenset({"mand", "kvinde"}), "alder": frozenset({"58"})}},
     {"datter"}),
    ({"coder_ids": "anna"}, {"datter"}),
    ({"document_ids": "interview_02"}, {"kort", "bror"}),
])
def test_filters(project, sample, kwargs, expected):
    if "coder_ids" in kwargs:
        kwargs = {"coder_ids": frozenset({sample.coders[kwargs["coder_ids"]]})}
    if "document_ids" in kwargs:
        kwargs = {"document_ids": frozenset({sample.documents[kwargs["document_ids"]]})}
    quotes = select_quotes(project, QuoteFilter((sample.codes["netværk"],), **kwargs))
    assert set(ids(quotes)) == {sample.codings[name] for name in expected}


def test_no_codes_is_refused(project, sample):
    with pytest.raises(QuoteError) as error:
        select_quotes(project, QuoteFilter(()))
    assert error.value.message_id == "quote.no_codes"


def test_favourites_and_manual_order_persist(project, sample, tmp_path):
    code = sample.codes["netværk"]
    set_favourite(project, sample.codings["bror"])
    set_favourite(project, sample.codings["kort"])
    set_favourite(project, sample.codings["kort"], False)
    set_order(project, [sample.codings["bror"], sample.codings["kort"], sample.codings["datter"]])
    path = project.path
    project.close()
    reopened = open_project(path, coder="tester")
    try:
        quotes = select_quotes(reopened, QuoteFilter((code,)))
        assert ids(quotes) == [sample.codings["bror"], sample.codings["kort"], sample.codings["datter"]]
        favourites = select_quotes(reopened, QuoteFilter((code,), favourites_only=True))
        assert ids(favourites) == [sample.codings["bror"]]
    finally:
        reopened.close()


def test_cuts_are_normalised_checked_and_returned_for_undo(project, sample):
    coding = sample.codings["dage"]
    quote = next(q for q in select_quotes(project, QuoteFilter((sample.codes["ensomhed"],)))
                 if q.coding_id == coding)
    s = quote.start
    old = set_cuts(project, coding, [(s + 10, s + 20), (s + 5, s + 12)])
    assert old == ()
    again = next(q for q in select_quotes(project, QuoteFilter((sample.codes["ensomhed"],)))
                 if q.coding_id == coding)
    assert again.cuts == ((quote.start + 5, quote.start + 20),)
    with pytest.raises(QuoteError):
        set_cuts(project, coding, [(quote.end - 1, quote.end + 5)])
    assert set_cuts(project, coding, []) == ((quote.start + 5, quote.start + 20),)


def test_normalise_cuts_merges_and_drops_empty():
    assert normalise_cuts([(5, 9), (1, 3), (8, 12), (4, 4)]) == ((1, 3), (5, 12))


def test_export_log_records_who_what_and_where(project, sample):
    record_export(project, "quotes", "docx", "/tmp/r.docx", 3, codes=["ensomhed"])
    (entry,) = list_exports(project)
    assert (entry.coder, entry.kind, entry.format, entry.items) == ("tester", "quotes", "docx", 3)
    assert entry.details == {"codes": ["ensomhed"]}
    logged = project.db.execute(
        "SELECT coder, target FROM change_log WHERE action = 'export'").fetchall()
    assert logged == [("tester", "quotes")]
