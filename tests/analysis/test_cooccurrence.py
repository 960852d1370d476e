"""Co-occurrence matrices (overlap and same turn, with and without roll-up) and the segments behind
cells, on the known project."""

from __future__ import annotations

from qcode.analysis.cooccurrence import cooccurrence_segments, cooccurrence_table


def _pairs(table) -> dict[tuple[str, str], int]:
    """Non-zero cells above the diagonal, by short code name; also checks symmetry."""
    names = [r.split("/")[-1] for r in table.rows]
    out = {}
    for i, row in enumerate(table.values):
        assert row[i] == 0
        for j, value in enumerate(row):
            assert table.values[j][i] == value
            if j > i and value:
                out[(names[i], names[j])] = value
    return out


def test_overlap_counts_pairs_of_overlapping_codings_of_different_codes(known):
    table = cooccurrence_table(known.project, "overlap")
    assert _pairs(table) == {
        ("netværk", "familie"): 1,  # c4 × c1
        ("netværk", "ensomhed"): 2,  # c4 × c3, c8 × c9
        ("familie", "søskende"): 1,  # c1 × c2
        ("familie", "ensomhed"): 1,  # c10 × c9
    }


def test_overlap_with_rollup_counts_each_pair_once_per_cell(known):
    table = cooccurrence_table(known.project, "overlap", rollup=True)
    assert _pairs(table) == {
        ("netværk", "familie"): 2,  # c4 × c1, and c1 × c2 (søskende is inside familie, not netværk's own)
        ("netværk", "søskende"): 1,
        ("netværk", "ensomhed"): 3,  # c4 × c3, c8 × c9, c10 × c9
        ("familie", "søskende"): 1,
        ("familie", "ensomhed"): 1,
    }


def test_same_turn_counts_turns_where_two_different_codes_occur(known):
    table = cooccurrence_table(known.project, "turn")
    pairs = _pairs(table)
    # A's second turn has netværk, familie, søskende, ensomhed, ønsker; B's second turn has all but
    # søskende; C's turn has ensomhed and søskende. A's stigma turn has one code only.
    for pair in [("netværk", "familie"), ("netværk", "ensomhed"), ("netværk", "ønsker"),
                 ("familie", "ensomhed"), ("familie", "ønsker"), ("ensomhed", "ønsker"),
                 ("søskende", "ensomhed")]:
        assert pairs.pop(pair) == 2, pair
    for pair in [("netværk", "søskende"), ("familie", "søskende"), ("søskende", "ønsker")]:
        assert pairs.pop(pair) == 1, pair
    assert pairs == {}


def test_same_turn_with_rollup(known):
    pairs = _pairs(cooccurrence_table(known.project, "turn", rollup=True))
    assert pairs[("netværk", "ensomhed")] == 3  # C's søskende now counts for netværk
    assert pairs[("familie", "ensomhed")] == 3
    assert pairs[("netværk", "familie")] == 2  # a single code never pairs with its own ancestor
    assert pairs[("søskende", "ensomhed")] == 2


def test_segments_behind_a_cell_match_its_count(known):
    codes = known.codes
    segments = cooccurrence_segments(known.project, codes["netværk"], codes["ensomhed"], "overlap")
    assert [(s.document_name, s.text) for s in segments] == [
        ("A", "hver søndag. Jeg føler mig alene om aftenen."),
        ("B", "Jeg har ingen venner. Børnene besøger mig aldrig."),
    ]
    rolled = cooccurrence_segments(known.project, codes["netværk"], codes["ensomhed"], "overlap",
                                   rollup=True)
    assert len(rolled) == 3
    turns = cooccurrence_segments(known.project, codes["søskende"], codes["ensomhed"], "turn")
    assert [(s.document_name, s.speaker) for s in turns] == [("A", "Informant"), ("C", "Informant")]
    assert turns[1].text == known.texts["C"].rstrip("\n")


def test_hide_empty_keeps_only_coded_codes(known):
    known.project.db.execute("DELETE FROM codings WHERE code_id = ?", [known.codes["stigma"]])
    assert "stigma" not in cooccurrence_table(known.project).rows
    assert "stigma" in cooccurrence_table(known.project, hide_empty=False).rows
