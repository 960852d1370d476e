"""Document list rows and codes present in a document."""

from __future__ import annotations

from qcode.core.cases import ensure_case, link_document
from qcode.core.codebook import list_codes
from qcode.core.codings import add_coding
from qcode.core.documents import add_document
from qcode.core.workspace_queries import coded_fractions, codes_in_document, document_rows


def test_coded_fraction_counts_overlaps_once(project):
    doc = add_document(project, "b_interview", "a" * 100)
    other = add_document(project, "a_empty", "Ærø " * 5)
    codes = list_codes(project)
    add_coding(project, doc, codes[0].id, 0, 30)
    add_coding(project, doc, codes[1].id, 20, 50)
    add_coding(project, doc, codes[2].id, 80, 90)
    link_document(project, doc, ensure_case(project, "Birgit"))
    rows = document_rows(project)
    assert [r.name for r in rows] == ["a_empty", "b_interview"]
    assert rows[0].coded_fraction == 0.0 and rows[0].id == other
    assert rows[1].coded_fraction == 0.6
    assert rows[1].cases == "Birgit"
    assert codes_in_document(project, doc) == sorted(c.id for c in codes[:3])
    assert coded_fractions(project, [doc, other, 999]) == {doc: 0.6, other: 0.0}


def test_the_list_s_one_pass_coverage_equals_each_document_s_own(project):
    """document_rows reads every coding in one ordered pass; the shares are those coded_fractions
    computes per document, with nested, touching, overlapping and repeated ranges in several documents."""
    import random

    rng = random.Random(5)
    codes = [c.id for c in list_codes(project)]
    docs = [add_document(project, f"d{i}", "ø" * 500) for i in range(6)]
    for doc in docs[:5]:  # the last stays uncoded
        for _ in range(rng.randint(1, 25)):
            start = rng.randrange(0, 480)
            add_coding(project, doc, rng.choice(codes), start, min(500, start + rng.randint(1, 60)))
        add_coding(project, doc, codes[0], 100, 110)
        add_coding(project, doc, codes[1], 110, 120)  # touching
        add_coding(project, doc, codes[2], 100, 120)  # the same span again
    rows = {r.id: r.coded_fraction for r in document_rows(project)}
    assert rows == coded_fractions(project, docs)
    assert rows[docs[5]] == 0.0


import pytest  # noqa: E402

from qcode.core.workspace_queries import snap_to_words  # noqa: E402


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [
        ("jeg føler mig ensom", 5, 8, "føler"),
        ("jeg føler mig ensom", 4, 9, "føler"),
        ("jeg føler mig ensom", 3, 10, "føler"),
        ("jeg føler mig ensom", 7, 16, "føler mig ensom"),
        ("det 😀 var sjovt", 4, 7, "😀 var"),
        ("   ", 0, 3, ""),
    ],
)
def test_snap_to_words(text, start, end, expected):
    s, e = snap_to_words(text, start, end)
    assert text[s:e] == expected


def test_reapply_coding_keeps_the_id_and_absorbs_again(project):
    from qcode.core.coding_edits import reapply_coding
    from qcode.core.codings import get_coding, undo_add_coding

    doc = add_document(project, "d", "en to tre fire fem seks")
    code = list_codes(project)[0].id
    first = add_coding(project, doc, code, 0, 6)
    result = add_coding(project, doc, code, 3, 12)  # touches the first: absorbs it
    created = get_coding(project, result.coding_id)
    undo_add_coding(project, result)
    from qcode.core.codings import codings_for_document

    assert [c.id for c in codings_for_document(project, doc)] == [first.coding_id]
    reapply_coding(project, result, created)
    assert [(c.id, c.start, c.end) for c in codings_for_document(project, doc)] == [
        (created.id, 0, 12)]
