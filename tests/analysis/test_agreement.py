"""Coder comparison on the hand-built project of ``agreement_project`` (answers worked out on paper)."""

from __future__ import annotations

import pytest
from support.agreement_project import build

from qcode.analysis.agreement import CharCounts, compare_coders
from qcode.analysis.agreement_tables import (
    agreement_tables,
    disagreements_table,
    documents_table,
    summary_table,
)
from qcode.core.report_agreement import AgreementError


@pytest.fixture
def built(project):
    return build(project)


def _row(result, path, document=None):
    rows = result.codes if document is None else result.cells
    return next(r for r in rows if r.path == path and (document is None or r.document_name == document))


@pytest.mark.parametrize(("counts", "percent", "kappa"), [
    (CharCounts(10, 10, 10, 70), 80.0, 0.375),          # Po .8, Pe .2·.2 + .8·.8 = .68
    (CharCounts(0, 10, 0, 90), 90.0, 0.0),              # one coder coded nothing: Pe = Po
    (CharCounts(15, 5, 0, 80), 95.0, 0.24 / 0.29),      # Pe .2·.15 + .8·.85 = .71
    (CharCounts(10, 0, 0, 40), 100.0, 1.0),
    (CharCounts(0, 0, 0, 50), 100.0, 1.0),              # chance agreement already total
    (CharCounts(0, 20, 30, 0), 0.0, -0.48 / 0.52),      # no agreement at all: Pe .4·.6 + .6·.4 = .48
])
def test_character_kappa_by_hand(counts, percent, kappa):
    assert counts.percent == pytest.approx(percent)
    assert counts.kappa == pytest.approx(kappa)


def test_per_document_cells(built):
    result = compare_coders(built.project, ["anna"], ["bo"])
    assert [(r.path, r.document_name) for r in result.cells] == [
        ("netværk", "D1"), ("netværk/familie", "D1"), ("ensomhed", "D1"), ("ensomhed", "D2"),
        ("stigma", "D1")]
    overlap = _row(result, "ensomhed", "D1")
    assert overlap.chars == CharCounts(10, 10, 10, 70)
    assert overlap.chars.kappa == pytest.approx(0.375)
    identical = _row(result, "ensomhed", "D2")
    assert identical.chars == CharCounts(10, 0, 0, 40)
    assert (identical.chars.kappa, identical.chars.percent) == (1, 100)
    assert _row(result, "stigma", "D1").chars == CharCounts(0, 10, 0, 90)
    assert _row(result, "stigma", "D1").chars.kappa == 0


def test_code_totals_pool_the_compared_documents(built):
    result = compare_coders(built.project, ["anna"], ["bo"])
    assert result.documents == [(built.docs["D1"], "D1"), (built.docs["D2"], "D2")]
    assert result.skipped == ["D3"]  # only anna coded it; D4 is erik's and no side's concern
    assert [r.path for r in result.codes] == ["netværk", "netværk/familie", "ensomhed", "stigma"]
    expected = {
        "ensomhed": (CharCounts(20, 10, 10, 110), 130 / 150 * 100, 4200 / 7200),
        "stigma": (CharCounts(0, 10, 0, 140), 140 / 150 * 100, 0.0),
        "netværk": (CharCounts(0, 0, 5, 145), 145 / 150 * 100, 0.0),
        "netværk/familie": (CharCounts(15, 5, 0, 130), 145 / 150 * 100, 3900 / 4650),
    }
    for path, (chars, percent, kappa) in expected.items():
        row = _row(result, path)
        assert row.chars == chars, path
        assert row.chars.percent == pytest.approx(percent), path
        assert row.chars.kappa == pytest.approx(kappa), path
    assert result.overall.chars == CharCounts(35, 25, 15, 525)
    assert result.overall.chars.percent == pytest.approx(560 / 6)
    assert result.overall.chars.kappa == pytest.approx(0.6)


def test_segments_match_at_the_threshold(built):
    result = compare_coders(built.project, ["anna"], ["bo"])
    familie = _row(result, "netværk/familie")
    # anna's 60–80 is 75 % covered by bo; bo's two pieces lie wholly inside anna's coding.
    assert [(s.coder, s.start, s.end, s.covered, s.matched) for s in familie.segments] == [
        ("bo", 60, 70, 10, True), ("anna", 60, 80, 15, False), ("bo", 75, 80, 5, True)]
    assert (familie.count("A"), familie.count("B"), familie.matched) == (1, 2, 2)
    assert familie.segment_percent == pytest.approx(200 / 3)
    assert [(d.coder, d.text) for d in familie.disagreements] == [("anna", built.texts["D1"][60:80])]
    ensomhed = _row(result, "ensomhed")
    assert [(s.document_name, s.coder, s.covered_percent, s.matched) for s in ensomhed.segments] == [
        ("D1", "anna", 50.0, False), ("D1", "bo", 50.0, False), ("D2", "anna", 100.0, True),
        ("D2", "bo", 100.0, True)]
    assert (result.overall.matched, len(result.overall.segments)) == (4, 9)
    # at 75 % anna's familie coding is matched exactly at the threshold; at 50 % so is ensomhed in D1
    assert _row(compare_coders(built.project, ["anna"], ["bo"], threshold=75), "netværk/familie").matched == 3
    assert _row(compare_coders(built.project, ["anna"], ["bo"], threshold=50), "ensomhed").matched == 4
    assert _row(compare_coders(built.project, ["anna"], ["bo"], threshold=76), "netværk/familie").matched == 2


def test_rollup_counts_sub_codes_in_the_parent(built):
    result = compare_coders(built.project, ["anna"], ["bo"], rollup=True)
    netvaerk = _row(result, "netværk")
    # bo's netværk 70–75 fills the gap in his familie codings: both cover 60–80 exactly
    assert netvaerk.chars == CharCounts(20, 0, 0, 130)
    assert netvaerk.chars.kappa == 1
    assert (netvaerk.count("A"), netvaerk.count("B"), netvaerk.matched) == (1, 3, 4)
    assert _row(result, "netværk/familie").chars == CharCounts(15, 5, 0, 130)
    assert result.overall.chars == CharCounts(55, 25, 10, 510)


def test_code_filter_and_groups(built):
    result = compare_coders(built.project, ["anna"], ["bo"], code="netværk")
    assert [r.path for r in result.codes] == ["netværk", "netværk/familie"]
    assert result.overall.chars == CharCounts(15, 5, 5, 275)
    # bo and dorte as one side: dorte's stigma 50–60 agrees with anna's
    grouped = compare_coders(built.project, ["anna"], ["bo", "dorte"])
    assert grouped.label_b == "bo+dorte"
    assert _row(grouped, "stigma").chars == CharCounts(10, 0, 0, 140)
    assert _row(grouped, "stigma").chars.kappa == 1


def test_explicit_documents(built):
    result = compare_coders(built.project, ["anna"], ["bo"], document_ids=[built.docs["D2"]])
    assert [r.path for r in result.codes] == ["ensomhed"]
    assert result.overall.chars == CharCounts(10, 0, 0, 40)


@pytest.mark.parametrize(("a", "b", "message_id", "english", "danish"), [
    (["zoe"], ["bo"], "agreement.no_coder",
     "No coder named 'zoe' (known coders: anna, bo, carl, dorte, erik, tester).",
     "Der er ingen koder med navnet 'zoe'"),
    (["anna"], ["carl"], "agreement.no_codings", "Coder 'carl' has no codings to compare.",
     "Koderen 'carl' har ingen kodninger at sammenligne."),
    (["anna"], ["anna", "bo"], "agreement.same_coder",
     "'anna' is on both sides; compare two different coders.", "'anna' er på begge sider"),
    (["anna"], ["erik"], "agreement.no_common_documents",
     "anna and erik have not coded any document in common.",
     "anna og erik har ikke kodet noget fælles dokument."),
    ([], ["bo"], "agreement.needs_coders", "Choose a coder (or a group of coders) for each side.",
     "Vælg en koder"),
])
def test_refusals_say_what_is_wrong(built, a, b, message_id, english, danish):
    built.project.coder_id  # noqa: B018 — makes the session's coder 'tester', which has no codings
    with pytest.raises(AgreementError) as caught:
        compare_coders(built.project, a, b)
    assert caught.value.message_id == message_id
    assert caught.value.message("en") == english
    assert caught.value.message("da").startswith(danish)


def test_threshold_must_be_a_percentage(built):
    with pytest.raises(AgreementError) as caught:
        compare_coders(built.project, ["anna"], ["bo"], threshold=0)
    assert caught.value.message_id == "agreement.bad_threshold"


def test_tables(built):
    result = compare_coders(built.project, ["anna"], ["bo"])
    summary = summary_table(result)
    assert summary.title == "Agreement by code: anna vs bo (unit: characters, segments matched at 90 %)"
    assert summary.records()[0] == [
        "Code", "Agreement (%)", "Kappa", "Alpha", "Both (chars)", "Only anna (chars)", "Only bo (chars)",
        "Neither (chars)", "Segments anna", "Segments bo", "Matched segments", "Segment agreement (%)",
        "Segment kappa"]
    assert summary.records()[3] == ["ensomhed", 86.67, 0.58, 0.58, 20, 10, 10, 110, 2, 2, 2, 50, ""]
    # the pooled row adds up every code's counts; MAXQDA's segment kappa: (4/9 - 1/4) / (1 - 1/4)
    assert summary.records()[-2] == ["Overall (pooled)", 93.33, 0.6, 0.6, 35, 25, 15, 525, 4, 5, 4, 44.44,
                                     0.26]
    # the mean row weighs every code the same: (0 + 0.8387 + 0.5833 + 0) / 4
    assert summary.records()[-1][:4] == ["Mean of codes", 93.33, 0.36, 0.34]
    disagreements = disagreements_table(result)
    assert [(row, v[0], v[1], v[2], v[3], v[4]) for row, v in zip(disagreements.rows, disagreements.values,
                                                                   strict=True)] == [
        ("netværk", "D1", "bo", 70, 75, 0.0), ("netværk/familie", "D1", "anna", 60, 80, 75.0),
        ("ensomhed", "D1", "anna", 10, 30, 50.0), ("ensomhed", "D1", "bo", 20, 40, 50.0),
        ("stigma", "D1", "anna", 50, 60, 0.0)]
    assert [t.title.split(":")[0] for t in agreement_tables(result)] == [
        "Agreement by code", "Agreement by document", "Agreement by code and document",
        "Disagreeing segments"]


def test_documents_coded_by_one_side_are_listed_and_can_be_counted(built):
    result = compare_coders(built.project, ["anna"], ["bo"])
    documents = documents_table(result)
    assert documents.rows == ["D1", "D2", "D3"]
    assert documents.values[2][0] == "left out: only anna coded it"
    assert documents.values[0][:3] == ["compared", 90.0, 0.5]
    assert documents.values[0][3] == pytest.approx(0.4998, abs=1e-4)
    counted = compare_coders(built.project, ["anna"], ["bo"], include_single=True)
    assert counted.skipped == [] and counted.single == [("D3", "anna")]
    assert [name for _, name in counted.documents] == ["D1", "D2", "D3"]
    # D3 (60 characters) joins every code row: anna's ensomhed 0–20 is "only anna" there
    assert _row(counted, "ensomhed").chars == CharCounts(20, 30, 10, 150)
    assert documents_table(counted).values[2][0] == "compared (only anna coded it)"
    assert "documents coded by one side counted" in summary_table(counted).title
