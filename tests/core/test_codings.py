"""Codings: ranges, overlaps, merging of touching same-code codings, offsets with æøå and emoji."""

from __future__ import annotations

import pytest

from qcode.core.codebook import find_code
from qcode.core.coders import ensure_coder
from qcode.core.codings import (
    add_coding,
    codings_for_document,
    remove_coding,
    restore_codings,
    set_coding_memo,
    undo_add_coding,
)
from qcode.core.documents import add_document, get_document
from qcode.core.errors import CodingError
from qcode.core.project import open_project

TEXT = "Interviewer: Hvordan går det? 😀\nLine: Jeg føler mig ensom på Østerbro, ærligt talt."


@pytest.fixture
def doc(project):
    return add_document(project, "iv", TEXT)


def test_overlapping_codings_of_different_codes_are_both_kept(project, doc):
    a = add_coding(project, doc, find_code(project, "ensomhed").id, 38, 60).coding_id
    b = add_coding(project, doc, find_code(project, "stigma").id, 50, 70).coding_id
    assert sorted(c.id for c in codings_for_document(project, doc)) == sorted([a, b])


def test_overlapping_codings_of_different_coders_are_both_kept(project, doc):
    code = find_code(project, "ensomhed").id
    other = ensure_coder(project, "bo")
    add_coding(project, doc, code, 38, 60)
    add_coding(project, doc, code, 45, 70, coder_id=other)
    assert len(codings_for_document(project, doc)) == 2


@pytest.mark.parametrize(
    ("first", "second", "merged"),
    [((38, 50), (45, 60), (38, 60)), ((38, 50), (50, 60), (38, 60)), ((45, 60), (38, 50), (38, 60))],
)
def test_touching_codings_of_same_code_and_coder_merge_and_undo_restores(project, doc, first, second,
                                                                         merged):
    code = find_code(project, "ensomhed").id
    one = add_coding(project, doc, code, *first)
    two = add_coding(project, doc, code, *second)
    assert [(c.start, c.end) for c in codings_for_document(project, doc)] == [merged]
    undo_add_coding(project, two)
    assert [(c.id, c.start, c.end) for c in codings_for_document(project, doc)] == [
        (one.coding_id, *first)]


def test_coding_inside_an_existing_one_changes_nothing(project, doc):
    code = find_code(project, "ensomhed").id
    add_coding(project, doc, code, 38, 60)
    result = add_coding(project, doc, code, 40, 50)
    assert not result.created
    undo_add_coding(project, result)
    assert [(c.start, c.end) for c in codings_for_document(project, doc)] == [(38, 60)]


def test_offsets_are_code_points_with_emoji_and_danish_letters(tmp_path):
    from qcode.core.project import create_project

    path = tmp_path / "p.qcode"
    with create_project(path) as project:
        doc = add_document(project, "iv", TEXT)
        start = TEXT.index("Østerbro")
        add_coding(project, doc, find_code(project, "netværk").id, start, start + len("Østerbro"))
    with open_project(path) as project:
        coding = codings_for_document(project, doc)[0]
        assert get_document(project, doc).text[coding.start:coding.end] == "Østerbro"
        assert TEXT.index("😀") == 30 and TEXT[31] == "\n"  # the emoji is one code point


@pytest.mark.parametrize(("start", "end"), [(-1, 4), (5, 5), (10, 4), (0, len(TEXT) + 1)])
def test_bad_ranges_are_refused_with_a_message(project, doc, start, end):
    with pytest.raises(CodingError) as caught:
        add_coding(project, doc, find_code(project, "stigma").id, start, end)
    assert "outside the document" in caught.value.message("en")
    assert codings_for_document(project, doc) == []


def test_remove_and_restore_keep_the_id_and_memo(project, doc):
    result = add_coding(project, doc, find_code(project, "stigma").id, 0, 11, memo="interviewerens ord")
    removed = remove_coding(project, result.coding_id)
    assert codings_for_document(project, doc) == []
    restore_codings(project, [removed])
    (coding,) = codings_for_document(project, doc)
    assert (coding.id, coding.memo) == (result.coding_id, "interviewerens ord")
    assert set_coding_memo(project, coding.id, "ny") == "interviewerens ord"


def test_deleting_a_document_removes_its_codings(project, doc):
    from qcode.core.documents import delete_document, restore_document

    add_coding(project, doc, find_code(project, "stigma").id, 0, 11)
    snapshot = delete_document(project, doc)
    assert project.db.execute("SELECT count(*) FROM codings").fetchone()[0] == 0
    restore_document(project, snapshot)
    assert len(codings_for_document(project, doc)) == 1


def test_batch_merges_exactly_as_one_coding_at_a_time(project):
    """The batch keeps each document's codings of the code in memory (#19); what it stores and returns
    must be what one add_coding per range gives, with codings already there (some overlapping)."""
    import random

    from qcode.core.codebook import add_code
    from qcode.core.codings import add_codings_batch, codings_for_code

    results = []
    for batch in (False, True):
        code = add_code(project, f"kode {batch}")
        docs = [add_document(project, f"{batch} {i}", "x" * 5000) for i in range(2)]
        rng = random.Random(7)
        for doc in docs:  # codings already there: the table may hold overlapping ones (REFI imports)
            for _ in range(20):
                s = rng.randrange(0, 4700)
                project.db.execute(
                    'INSERT INTO codings (document_id, code_id, start, "end", coder_id, created_at, '
                    "updated_at, memo) VALUES (?, ?, ?, ?, ?, '', '', 'm')",
                    [doc, code, s, s + rng.randint(1, 300), project.coder_id])
        ranges = [(rng.choice(docs), s, s + rng.randint(1, 120)) for s in
                  (rng.randrange(0, 4800) for _ in range(400))]
        if batch:
            done = [r for r, _created in add_codings_batch(project, code, ranges)]
        else:
            done = [add_coding(project, d, code, s, e) for d, s, e in ranges]
        stored = codings_for_code(project, code)
        ids = {c.id for c in stored}
        shape = sorted((docs.index(c.document_id), c.start, c.end, c.memo) for c in stored)
        absorbed = [sorted((docs.index(a.document_id), a.start, a.end) for a in r.absorbed) for r in done]
        results.append((shape, absorbed, [r.created for r in done], len(ids)))
    assert results[0] == results[1]
