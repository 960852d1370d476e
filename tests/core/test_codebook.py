"""The code tree: add, rename, move, delete with codings, merge, and their undo snapshots."""

from __future__ import annotations

import pytest

from qcode.core.code_removal import delete_code, merge_codes, restore_codes
from qcode.core.codebook import (
    add_code,
    children,
    code_path,
    ensure_code_path,
    find_code,
    list_codes,
    move_code,
    rename_code,
    update_code,
)
from qcode.core.codings import add_coding, codings_for_code, codings_for_document
from qcode.core.documents import add_document
from qcode.core.errors import CodebookError

TEXT = "Interviewer: Hvem ser du?\nLine: Min søster. Ellers er jeg meget alene, og folk kigger skævt."


@pytest.fixture
def doc(project):
    return add_document(project, "iv", TEXT)


def test_add_child_and_path(project):
    parent = find_code(project, "netværk").id
    child = add_code(project, "familie", parent, description="Familierelationer")
    assert code_path(project, child) == "netværk/familie"
    assert find_code(project, "netværk/familie").description == "Familierelationer"


def test_duplicate_sibling_name_is_refused_case_insensitively(project):
    with pytest.raises(CodebookError) as caught:
        add_code(project, "Stigma")
    assert caught.value.message_id == "code.duplicate_name"
    assert "Der er allerede en kode" in caught.value.message("da")


def test_rename(project):
    code = find_code(project, "ønsker")
    rename_code(project, code.id, "ønsker og håb")
    assert find_code(project, "ønsker og håb").id == code.id


def test_move_reparents_and_keeps_positions_dense(project):
    stigma = find_code(project, "stigma").id
    netvaerk = find_code(project, "netværk").id
    old_parent, old_position = move_code(project, stigma, netvaerk)
    assert (old_parent, old_position) == (None, 2)
    assert code_path(project, stigma) == "netværk/stigma"
    assert [c.position for c in children(project, None)] == [0, 1, 2]
    move_code(project, stigma, None, 0)
    assert [c.name for c in children(project, None)] == ["stigma", "netværk", "ensomhed", "ønsker"]


def test_move_into_own_subtree_is_refused(project):
    parent = find_code(project, "netværk").id
    child = add_code(project, "familie", parent)
    with pytest.raises(CodebookError) as caught:
        move_code(project, parent, child)
    assert caught.value.message_id == "code.move_into_itself"


def test_delete_removes_subtree_and_codings_and_restore_brings_back_ids(project, doc):
    parent = find_code(project, "netværk").id
    child = add_code(project, "familie", parent)
    first = add_coding(project, doc, child, 32, 42).coding_id
    add_coding(project, doc, parent, 0, 10)
    snapshot = delete_code(project, parent)
    assert "netværk" not in [c.name for c in list_codes(project)]
    assert codings_for_document(project, doc) == []
    restore_codes(project, snapshot)
    assert code_path(project, child) == "netværk/familie"
    assert [c.id for c in codings_for_code(project, child)] == [first]
    assert [c.name for c in children(project, None)][0] == "netværk"


def test_merge_moves_codings_and_children_and_collapses_duplicates(project, doc):
    source = find_code(project, "ensomhed").id
    target = find_code(project, "stigma").id
    sub = add_code(project, "isolation", source)
    add_coding(project, doc, source, 40, 60)
    add_coding(project, doc, target, 40, 60)  # the same passage on both: one survives
    add_coding(project, doc, sub, 62, 70)
    snapshot = merge_codes(project, source, target)
    assert [(c.start, c.end) for c in codings_for_code(project, target)] == [(40, 60)]
    assert code_path(project, sub) == "stigma/isolation"
    with pytest.raises(CodebookError):
        find_code(project, "ensomhed")
    restore_codes(project, snapshot)
    assert len(codings_for_code(project, source)) == 1
    assert len(codings_for_code(project, target)) == 1
    assert code_path(project, sub) == "ensomhed/isolation"


def test_merge_into_own_child_is_refused(project):
    parent = find_code(project, "netværk").id
    child = add_code(project, "familie", parent)
    with pytest.raises(CodebookError):
        merge_codes(project, parent, child)


def test_colour_and_criteria_edits(project):
    code = find_code(project, "stigma").id
    before = update_code(project, code, colour="#ABCDEF", inclusion="Kun konkrete episoder.")
    assert before.colour == "#c0392b"
    assert find_code(project, "stigma").colour == "#abcdef"
    with pytest.raises(CodebookError):
        update_code(project, code, colour="red")


def test_ensure_code_path_creates_missing_levels_once(project):
    first = ensure_code_path(project, "stigma/selvstigma/skam")
    assert ensure_code_path(project, "Stigma/selvstigma/skam") == first
    assert code_path(project, first) == "stigma/selvstigma/skam"


def test_find_code_by_its_own_name_or_any_case_and_refuse_ambiguity(project):
    from qcode.core.codebook import ensure_code_path, find_code
    from qcode.core.errors import QcodeError

    familie = ensure_code_path(project, "netværk/familie")
    assert find_code(project, "familie").id == familie
    assert find_code(project, "NETVÆRK/Familie").id == familie
    assert find_code(project, "Ensomhed").name == "ensomhed"
    ensure_code_path(project, "stigma/familie")
    with pytest.raises(QcodeError, match="netværk/familie, stigma/familie") as error:
        find_code(project, "familie")
    assert error.value.message_id == "code.ambiguous"
    with pytest.raises(QcodeError) as missing:
        find_code(project, "venner")
    assert missing.value.message_id == "code.not_found"


@pytest.mark.parametrize("name", ["a\tb", "linje\nskift"])
def test_code_names_with_tabs_or_line_breaks_are_refused(project, name):
    from qcode.core.codebook import add_code
    from qcode.core.errors import QcodeError

    with pytest.raises(QcodeError) as error:
        add_code(project, name)
    assert error.value.message_id == "code.control_character"
