"""The codebook history: renames, moves, merges, splits and deletes with reasons and coding counts, undone
changes marked, splits that undo and redo with the same ids, and codings traced to the names they were
made under. Real project files; every assertion reads through the public core functions."""

from __future__ import annotations

import pytest

from qcode.core.code_removal import delete_code, merge_codes, restore_codes
from qcode.core.code_split import SplitPart, split_code, unsplit_code
from qcode.core.codebook import add_code, children, find_code, move_code, rename_code
from qcode.core.codebook_history import code_events, coding_origins, set_reason
from qcode.core.codings import add_coding, codings_for_code, get_coding
from qcode.core.documents import add_document
from qcode.core.errors import CodebookError
from qcode.core.memos import add_memo, list_memos
from qcode.core.project import open_project


@pytest.fixture
def coded(project):
    """ensomhed with six codings, a code 'familie' with one; returns (project, document, coding ids)."""
    doc = add_document(project, "iv1", "ord " * 300)
    ensomhed = find_code(project, "ensomhed").id
    codings = [add_coding(project, doc, ensomhed, i * 20, i * 20 + 8).coding_id for i in range(6)]
    familie = add_code(project, "familie")
    codings.append(add_coding(project, doc, familie, 500, 520).coding_id)
    return project, doc, codings


def _events(project, **kwargs):
    return [(e.kind, e.path, e.new_path, e.codings_before, e.codings_after, e.codings_moved, e.reason,
             e.undone) for e in code_events(project, **kwargs)]


def test_rename_move_merge_delete_keep_reason_paths_and_counts(coded):
    project, _doc, _ = coded
    ensomhed, netvaerk = find_code(project, "ensomhed").id, find_code(project, "netværk").id
    familie = find_code(project, "familie").id
    rename_code(project, ensomhed, "alene", reason="  'ensomhed' lød dømmende  ")
    move_code(project, familie, netvaerk, reason="familie er en slags netværk")
    merge_codes(project, familie, netvaerk, reason="for få kodninger")
    delete_code(project, find_code(project, "stigma").id, reason="bruges ikke")
    assert _events(project) == [
        ("rename", "ensomhed", "alene", 6, 6, 0, "'ensomhed' lød dømmende", False),
        ("move", "familie", "netværk/familie", 1, 1, 0, "familie er en slags netværk", False),
        ("merge", "netværk/familie", "netværk", 1, 1, 1, "for få kodninger", False),
        ("delete", "stigma", "", 0, 0, 0, "bruges ikke", False),
    ]
    event = code_events(project)[0]
    assert event.coder == "tester" and event.at


def test_reordering_siblings_is_not_a_change_of_the_codebook(coded):
    project, *_ = coded
    move_code(project, find_code(project, "stigma").id, None, 0)
    assert code_events(project) == []


def test_undone_changes_stay_in_the_log_marked_undone(coded):
    project, *_ = coded
    familie = find_code(project, "familie").id
    rename_code(project, familie, "fam")
    rename_code(project, familie, "familie")  # what Undo does
    snapshot = merge_codes(project, familie, find_code(project, "netværk").id)
    restore_codes(project, snapshot)
    snapshot = delete_code(project, find_code(project, "stigma").id)
    restore_codes(project, snapshot)
    assert [(e.kind, e.undone) for e in code_events(project)] == [
        ("rename", True), ("rename", True), ("merge", True), ("delete", True)]
    assert code_events(project, include_undone=False) == []


def test_a_merge_redone_after_its_undo_counts_once(coded):
    project, *_ = coded
    familie, netvaerk = find_code(project, "familie").id, find_code(project, "netværk").id
    restore_codes(project, merge_codes(project, familie, netvaerk))
    merge_codes(project, familie, netvaerk)
    assert [(e.kind, e.undone) for e in code_events(project)] == [("merge", True), ("merge", False)]


def test_split_moves_chosen_codings_into_new_sub_codes(coded):
    project, _doc, codings = coded
    ensomhed = find_code(project, "ensomhed").id
    result = split_code(project, ensomhed, [SplitPart("social", tuple(codings[:2])),
                                            SplitPart("emotionel", tuple(codings[2:5]))], reason="to idéer")
    assert [c.name for c in children(project, ensomhed)] == ["social", "emotionel"]
    assert len(codings_for_code(project, result.new_ids[0])) == 2
    assert len(codings_for_code(project, result.new_ids[1])) == 3
    assert len(codings_for_code(project, ensomhed)) == 1
    assert result.moved == 5
    event = code_events(project)[-1]
    assert (event.kind, event.path, event.parts, event.codings_before, event.codings_after,
            event.codings_moved, event.reason) == (
        "split", "ensomhed", ("ensomhed/social", "ensomhed/emotionel"), 6, 6, 5, "to idéer")


def test_split_as_siblings_and_with_a_sub_code(coded):
    project, _doc, codings = coded
    ensomhed = find_code(project, "ensomhed").id
    sub = add_code(project, "nat", ensomhed)
    result = split_code(project, ensomhed, [SplitPart("ensomhed social", tuple(codings[:1]), (sub,))],
                        as_children=False)
    new = result.new_ids[0]
    assert find_code(project, "ensomhed social/nat").id == sub
    assert find_code(project, "ensomhed social").parent_id is None
    assert get_coding(project, codings[0]).code_id == new
    event = code_events(project)[-1]
    assert event.parts == ("ensomhed social",)
    assert (event.codings_before, event.codings_after, event.codings_moved) == (6, 6, 1)


def test_unsplit_puts_everything_back_and_a_redo_keeps_the_ids(coded):
    project, _doc, codings = coded
    ensomhed = find_code(project, "ensomhed").id
    sub = add_code(project, "nat", ensomhed)
    memo = add_memo(project, "om natten", "notat", code_id=sub)
    parts = [SplitPart("social", tuple(codings[:2]), (sub,)), SplitPart("emotionel", (codings[2],))]
    result = split_code(project, ensomhed, parts)
    unsplit_code(project, result)
    assert [c.name for c in children(project, ensomhed)] == ["nat"]
    assert {get_coding(project, c).code_id for c in codings[:6]} == {ensomhed}
    assert [m.id for m in list_memos(project) if m.code_id == sub] == [memo]
    again = split_code(project, ensomhed, parts, new_ids=result.new_ids)
    assert again.new_ids == result.new_ids
    assert get_coding(project, codings[2]).code_id == result.new_ids[1]
    assert [(e.kind, e.undone) for e in code_events(project)] == [("split", True), ("split", False)]


@pytest.mark.parametrize(("parts", "message_id"), [
    ([], "split.no_parts"),
    ([SplitPart("a")], "split.empty_part"),
    ([SplitPart("a", (1,)), SplitPart("A", (2,))], "split.duplicate_part"),
    ([SplitPart("a", (7,))], "split.foreign_coding"),
    ([SplitPart("a", (1,)), SplitPart("b", (1,))], "split.twice"),
    ([SplitPart("a", (), (999,))], "split.foreign_code"),
    ([SplitPart("a/b", (1,))], "code.bad_name"),
])
def test_a_split_that_makes_no_sense_is_refused_and_changes_nothing(coded, parts, message_id):
    project, *_ = coded
    ensomhed = find_code(project, "ensomhed").id
    with pytest.raises(CodebookError) as error:
        split_code(project, ensomhed, parts)
    assert error.value.message_id == message_id
    assert error.value.message("da") != error.value.message("en")
    assert children(project, ensomhed) == []
    assert code_events(project) == []


def test_a_reason_can_be_given_changed_and_removed_later(coded):
    project, *_ = coded
    rename_code(project, find_code(project, "stigma").id, "skam")
    log_id = code_events(project)[0].log_id
    assert set_reason(project, log_id, "præcisering") == ""
    assert code_events(project)[0].reason == "præcisering"
    assert set_reason(project, log_id, "") == "præcisering"
    assert code_events(project)[0].reason == ""
    with pytest.raises(CodebookError):
        set_reason(project, 1, "not a codebook change")


def test_codings_are_traced_back_to_the_names_they_were_made_under(coded):
    project, doc, codings = coded
    ensomhed, netvaerk = find_code(project, "ensomhed").id, find_code(project, "netværk").id
    familie = find_code(project, "familie").id
    rename_code(project, ensomhed, "alene")
    later = add_coding(project, doc, ensomhed, 300, 310).coding_id
    split_code(project, ensomhed, [SplitPart("social", (codings[0],))])
    rename_code(project, familie, "fam")
    merge_codes(project, familie, netvaerk)
    origins = {o.coding_id: o for o in coding_origins(project, [codings[0], codings[5], later, codings[6]])}
    assert (origins[codings[0]].made_under, origins[codings[0]].path) == ("ensomhed", "alene/social")
    moves = [(kind, a, b) for _, _, kind, a, b in origins[codings[0]].moves]
    assert moves == [("split", "alene", "alene/social")]
    assert (origins[codings[5]].made_under, origins[codings[5]].moves, origins[codings[5]].path) == (
        "ensomhed", (), "alene")
    assert origins[later].made_under == "alene"
    assert origins[codings[6]].made_under == "familie"
    assert [(kind, a, b) for _, _, kind, a, b in origins[codings[6]].moves] == [("merge", "fam", "netværk")]


def test_the_history_survives_closing_and_reopening(coded, tmp_path):
    project, *_ = coded
    rename_code(project, find_code(project, "stigma").id, "skam", reason="ordvalg")
    path = project.path
    project.close()
    with open_project(path, coder="tester") as again:
        assert _events(again) == [("rename", "stigma", "skam", 0, 0, 0, "ordvalg", False)]


def test_entries_from_before_the_history_are_shown_with_their_names(coded):
    project, *_ = coded
    with project.transaction():  # what qcode before migration 9 logged
        project.log("rename_code", "code", 3, old="stigma", new="skam")
        project.log("merge_codes", "code", 1, source_name="familie", target_name="netværk")
        project.log("delete_code", "code", 4, name="ønsker", codings=2)
    assert _events(project) == [
        ("rename", "stigma", "skam", None, None, None, "", False),
        ("merge", "familie", "netværk", None, None, None, "", False),
        ("delete", "ønsker", "", 2, 0, None, "", False),
    ]
