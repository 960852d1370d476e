"""Adjudication on the hand-built comparison project of tests/support (anna vs bo): passages, decisions
to a consensus layer, re-deciding, undo/redo with the same ids, progress kept across sessions."""

from __future__ import annotations

import pytest
from support.agreement_project import build

from qcode.analysis.frequencies import frequency_table
from qcode.core.adjudication import (
    AdjudicationError,
    accept_agreed,
    adjudication,
    decide,
    redo_decision,
    remove_consensus,
    undo_decision,
)
from qcode.core.codings import codings_for_document
from qcode.core.project import open_project
from qcode.core.visibility import blind_state, coding_layer, consensus_coders, start_blind


@pytest.fixture
def built(project):
    return build(project)


def _consensus(project, doc) -> list[tuple[int, int, int]]:
    coder = next(r[0] for r in project.db.execute("SELECT id FROM coders WHERE name = 'consensus'"))
    return sorted((c.code_id, c.start, c.end) for c in codings_for_document(project, doc)
                  if c.coder_id == coder)


def test_passages_split_into_agreed_and_disagreements(built):
    state = adjudication(built.project, ["anna"], ["bo"])
    codes = {v: k for k, v in built.codes.items()}
    assert [(p.document_name, codes[p.code_id], p.start, p.end) for p in state.agreed] == [
        ("D2", "ensomhed", 0, 10)]
    assert [(d.document_name, codes[d.code_id], d.start, d.end, d.a, d.b) for d in state.disagreements] == [
        ("D1", "ensomhed", 10, 40, ((10, 30),), ((20, 40),)),
        ("D1", "stigma", 50, 60, ((50, 60),), ()),
        ("D1", "netværk/familie", 60, 80, ((60, 80),), ((60, 70), (75, 80))),
        ("D1", "netværk", 70, 75, (), ((70, 75),)),
    ]
    assert (state.decided, state.agreed_done) == (0, 0)


def test_decisions_build_the_consensus_layer_and_are_kept(built, tmp_path):
    project, d1 = built.project, built.docs["D1"]
    state = adjudication(project, ["anna"], ["bo"])
    ensom, stigma, familie, netvaerk = state.disagreements
    decide(project, state, ensom, "both")
    decide(project, state, stigma, "neither")
    decide(project, state, familie, "b")
    decide(project, state, netvaerk, "own", [(68, 76)])
    made = accept_agreed(project, state)
    assert len(made) == 1 and accept_agreed(project, adjudication(project, ["anna"], ["bo"])) == ()
    c = built.codes
    assert _consensus(project, d1) == sorted([(c["ensomhed"], 10, 40), (c["netværk/familie"], 60, 70),
                                              (c["netværk/familie"], 75, 80), (c["netværk"], 68, 76)])
    assert consensus_coders(project) == ("consensus",)
    # the layer is what reports count with --layer consensus
    with coding_layer(project, ["consensus"]):
        table = frequency_table(project, "document", "codings")
        assert table.cell("ensomhed", "D2") == 1 and table.cell("stigma", "D1") == 0
    path = project.path
    project.close()
    with open_project(path, coder="tester") as again:
        state = adjudication(again, ["anna"], ["bo"])
        assert state.decided == 4 and state.agreed_done == 1
        assert [d.decision.decision for d in state.disagreements] == ["both", "neither", "b", "own"]
        assert state.disagreements[3].decision.ranges == ((68, 76),)
        assert state.disagreements[3].decision.decided_by == "tester"


def test_re_deciding_replaces_and_undo_redo_keep_the_ids(built):
    project, d1 = built.project, built.docs["D1"]
    state = adjudication(project, ["anna"], ["bo"])
    ensom = state.disagreements[0]
    first = decide(project, state, ensom, "a")
    assert _consensus(project, d1) == [(built.codes["ensomhed"], 10, 30)]
    second = decide(project, state, ensom, "b")
    assert _consensus(project, d1) == [(built.codes["ensomhed"], 20, 40)]
    assert [r["id"] for r in second.replaced] == [first.row["id"]]
    assert [c.id for c in second.removed] == [first.created[0].id]
    undo_decision(project, second)
    assert _consensus(project, d1) == [(built.codes["ensomhed"], 10, 30)]
    assert adjudication(project, ["anna"], ["bo"]).disagreements[0].decision.decision == "a"
    redo_decision(project, second)
    assert [c.id for c in codings_for_document(project, d1) if c.start == 20 and c.end == 40
            and c.code_id == built.codes["ensomhed"] and c.coder_id != built.coders["bo"]] == \
        [second.created[0].id]
    undo_decision(project, second)
    undo_decision(project, first)
    assert _consensus(project, d1) == []
    assert adjudication(project, ["anna"], ["bo"]).decided == 0


def test_accepting_agreed_passages_can_be_taken_back(built):
    project = built.project
    made = accept_agreed(project, adjudication(project, ["anna"], ["bo"]))
    assert _consensus(project, built.docs["D2"]) == [(built.codes["ensomhed"], 0, 10)]
    remove_consensus(project, made)
    assert _consensus(project, built.docs["D2"]) == []


def test_refusals(built):
    project = built.project
    with pytest.raises(AdjudicationError) as caught:
        adjudication(project, ["anna"], ["anna"])
    assert caught.value.message_id == "adjudication.same_coder"
    with pytest.raises(AdjudicationError):
        adjudication(project, ["anna"], ["zoe"])
    state = adjudication(project, ["anna"], ["bo"])
    with pytest.raises(AdjudicationError) as caught:
        decide(project, state, state.disagreements[0], "own", [])
    assert caught.value.message_id == "adjudication.needs_ranges"
    with pytest.raises(AdjudicationError):
        decide(project, state, state.disagreements[0], "maybe")


def test_a_blind_coder_cannot_adjudicate(built):
    project = built.project
    start_blind(project, leads=["lead"])
    assert blind_state(project).leads == ("lead", "tester")
    path = project.path
    project.close()
    from qcode.core.visibility import VisibilityError

    with open_project(path, coder="anna") as anna, pytest.raises(VisibilityError):
        adjudication(anna, ["anna"], ["bo"])


def test_the_leads_overview_and_appendix_follow_the_adjudication(built):
    """The consensus layer is an adjudication, not a third coder: the overview shows the progress, the
    appendix reports it, and neither counts "consensus" as a coder or pairs it with anyone."""
    from qcode.analysis.overview import overview
    from qcode.core.adjudication import adjudication_progress
    from qcode.export.methods_appendix import build_appendix

    project, d1, d2 = built.project, built.docs["D1"], built.docs["D2"]
    state = adjudication(project, ["anna"], ["bo"])
    assert adjudication_progress(project) == {}
    ensom, stigma, _familie, _netvaerk = state.disagreements
    decide(project, state, ensom, "both")
    decide(project, state, stigma, "neither")
    accept_agreed(project, state)
    progress = adjudication_progress(project)
    assert (progress[d1].decided, progress[d1].disagreements) == (2, 4) and progress[d2].done
    table = overview(project, None, "en").documents
    column = table.columns.index("Adjudicated")
    assert table.values[table.row_keys.index(d1)][column] == "2 of 4 decided"
    assert table.values[table.row_keys.index(d2)][column] == "yes"
    coders = overview(project, None, "en").coders
    assert "consensus" not in coders.rows
    text = " ".join(b.text for b in build_appendix(project, "en").blocks if getattr(b, "text", ""))
    assert "2 of 4 disagreeing passages in 2 interviews are decided" in text
    assert "qcode records no adjudication" not in text and "consensus" not in text.split("Adjudication")[0]
