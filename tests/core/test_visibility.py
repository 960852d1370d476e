"""Blind double coding: a blind coder sees and touches only their own codings (and those the lead
allows) in every core read, until the lead reveals; and every core read of codings goes through the
session's ``visible_codings`` view, except the writes listed here."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from qcode.analysis.agreement import compare_coders
from qcode.analysis.frequencies import frequency_table
from qcode.analysis.retrieval import retrieve
from qcode.core.codebook import find_code
from qcode.core.coders import ensure_coder
from qcode.core.codings import (
    add_coding,
    code_statistics,
    coding_counts,
    codings_for_code,
    codings_for_document,
    get_coding,
    remove_coding,
)
from qcode.core.documents import add_document
from qcode.core.errors import CodingError
from qcode.core.memos import add_memo, list_memos
from qcode.core.project import create_project, open_project
from qcode.core.visibility import (
    BlindState,
    VisibilityError,
    blind_state,
    coding_layer,
    reveal,
    session_is_blind,
    set_blind,
    start_blind,
    visible_coder_ids,
)
from qcode.core.workspace_queries import codes_in_document, document_rows
from qcode.export.refi import build_qdpx

TEXT = "Jeg føler mig ensom om aftenen. Min søster ringer aldrig. Kommunen ser ned på mig."


@pytest.fixture
def shared_file(tmp_path: Path) -> Path:
    """A lead's project with one document and codings by lead, anna and bo; blind coding on."""
    path = tmp_path / "study.qcode"
    with create_project(path, coder="lead") as project:
        doc = add_document(project, "iv1", TEXT)
        ensom, stigma = find_code(project, "ensomhed").id, find_code(project, "stigma").id
        anna, bo = ensure_coder(project, "anna"), ensure_coder(project, "bo")
        add_coding(project, doc, ensom, 0, 30, anna)
        add_coding(project, doc, stigma, 58, 82, bo)
        add_coding(project, doc, ensom, 32, 57, bo, memo="bo's tanke")
        add_coding(project, doc, stigma, 0, 3, project.coder_id)  # the lead's own, before the round
        start_blind(project, leads=["lead"])
    return path


def test_a_blind_coder_sees_only_their_own_codings_everywhere(shared_file):
    with open_project(shared_file, coder="anna") as anna:
        assert session_is_blind(anna)
        doc = document_rows(anna)[0].id
        assert [(c.start, c.end) for c in codings_for_document(anna, doc)] == [(0, 30)]
        ensom = find_code(anna, "ensomhed").id
        assert len(codings_for_code(anna, ensom)) == 1
        assert coding_counts(anna) == {ensom: 1}
        assert code_statistics(anna) == {ensom: (1, 1, 30)}
        assert codes_in_document(anna, doc) == [ensom]
        assert document_rows(anna)[0].coded_fraction == pytest.approx(30 / len(TEXT))
        assert [s.coder_name for s in retrieve(anna, "ensomhed")] == ["anna"]
        table = frequency_table(anna, "coder", "codings")
        assert "bo" not in table.columns and "anna" in table.columns
        # a hidden coding (bo's, id 2) cannot be named, so it cannot be uncoded
        assert get_coding(anna, 1).start == 0
        with pytest.raises(CodingError):
            get_coding(anna, 2)
        with pytest.raises(CodingError):
            remove_coding(anna, 2)
        # exports the coder makes hold only their codings
        content = build_qdpx(anna)
        assert content.counts["codings"] == 1
        # the comparison waits for the lead
        with pytest.raises(VisibilityError) as refused:
            compare_coders(anna, ["anna"], ["bo"])
        assert refused.value.message_id == "blind.not_yet"
        assert visible_coder_ids(anna) == {ensure_coder(anna, "anna")}


def test_a_blind_coder_cannot_change_the_settings_but_the_lead_can_reveal(shared_file):
    with open_project(shared_file, coder="bo") as bo:
        with pytest.raises(VisibilityError) as refused:
            reveal(bo)
        assert refused.value.message("en") == (
            "Blind coding is on and bo is a blind coder: only a lead (lead) can change who sees what.")
    with open_project(shared_file, coder="lead") as lead:
        assert not session_is_blind(lead)
        doc = document_rows(lead)[0].id
        assert len(codings_for_document(lead, doc)) == 4
        before = reveal(lead)
        assert before.active and before.leads == ("lead",)
        state = blind_state(lead)
        assert not state.active and state.revealed_at
    with open_project(shared_file, coder="bo") as bo:
        assert not session_is_blind(bo)
        assert len(codings_for_document(bo, document_rows(bo)[0].id)) == 4
        assert compare_coders(bo, ["anna"], ["bo"]).overall.chars.both == 0


def test_shared_coders_and_allowed_pairs(shared_file):
    with open_project(shared_file, coder="lead") as lead:
        set_blind(lead, BlindState(True, ("lead",), shared=("lead",)))
        # a lead can also be shared: everyone sees the lead's codings made before the round
        assert blind_state(lead).shared == ("lead",)
    with open_project(shared_file, coder="anna") as anna:
        coders = {c.coder_id for c in codings_for_document(anna, document_rows(anna)[0].id)}
        assert coders == {ensure_coder(anna, "anna"), ensure_coder(anna, "lead")}
    with open_project(shared_file, coder="lead") as lead:
        set_blind(lead, BlindState(True, ("lead",), sees=(("anna", "bo"), ("bo", "lead"))))
    with open_project(shared_file, coder="anna") as anna:
        coders = {c.coder_id for c in codings_for_document(anna, document_rows(anna)[0].id)}
        assert coders == {ensure_coder(anna, "anna"), ensure_coder(anna, "bo")}
    with open_project(shared_file, coder="bo") as bo:
        coders = {c.coder_id for c in codings_for_document(bo, document_rows(bo)[0].id)}
        assert coders == {ensure_coder(bo, "bo"), ensure_coder(bo, "lead")}


def test_memos_on_hidden_codings_are_hidden(shared_file):
    with open_project(shared_file, coder="lead") as lead:
        doc = document_rows(lead)[0].id
        bos = next(c for c in codings_for_document(lead, doc) if c.memo)
        add_memo(lead, "Om bo's kodning", "note", coding_id=bos.id)
        add_memo(lead, "Projekt", "alle ser den")
    with open_project(shared_file, coder="anna") as anna:
        assert [m.title for m in list_memos(anna)] == ["Projekt"]


def test_a_new_coders_first_codings_show_at_once_and_others_stay_hidden(shared_file):
    with open_project(shared_file, coder="carl") as carl:
        doc = document_rows(carl)[0].id
        assert codings_for_document(carl, doc) == []
        add_coding(carl, doc, find_code(carl, "ønsker").id, 5, 10)
        assert [(c.start, c.end) for c in codings_for_document(carl, doc)] == [(5, 10)]
        # removing one's own coding works as ever
        remove_coding(carl, codings_for_document(carl, doc)[0].id)
        assert codings_for_document(carl, doc) == []


def test_turning_blind_coding_on_makes_the_setter_a_lead(project):
    start_blind(project)
    assert blind_state(project).leads == ("tester",)
    assert not session_is_blind(project)


def test_a_coding_layer_limits_every_read(shared_file):
    with open_project(shared_file, coder="lead") as lead:
        doc = document_rows(lead)[0].id
        with coding_layer(lead, ["bo"]):
            assert {c.coder_id for c in codings_for_document(lead, doc)} == {ensure_coder(lead, "bo")}
        assert len(codings_for_document(lead, doc)) == 4
        with pytest.raises(VisibilityError), coding_layer(lead, ["nobody"]):
            pass


# -- where the filter lives -------------------------------------------------------------------------
CORE = Path(__file__).resolve().parents[2] / "qcode" / "core"

# Functions that read the codings table itself, and why (everything else reads visible_codings).
RAW_READERS = {
    ("codings.py", "_merge_insert"): "joins touching codings of the coder the coding is made for",
    ("codings.py", "_spans"): "a batch keeps _merge_insert's candidates (the coder's own codings) at hand",
    ("code_removal.py", "_capture_subtrees"): "deleting a code deletes every coder's codings, restorably",
    ("code_removal.py", "_merge_into"): "merging codes moves every coder's codings",
    ("documents.py", "delete_document"): "deleting a document deletes every coder's codings, restorably",
    ("exchange.py", "_existing_codings"): "an import must not duplicate a coding the importer cannot see",
    ("merge_rows.py", "*"): "a merge must not duplicate a coding the merging coder cannot see",
    ("merge_source.py", "*"): "a merge reads every coding of the other file (its own connection)",
    ("adjudication.py", "*"): "the consensus layer is written by the lead, who sees every coding",
    ("code_split.py", "*"): "splitting a code moves every coder's codings, like merging codes",
    ("codebook_log.py", "_codings"): "the codebook history counts every coder's codings of a code",
    ("codebook_history.py", "moved_codings"): "the codebook history counts every coder's codings",
    ("integrity.py", "*"): "the integrity check checks every row in the file",
    ("backup.py", "_fingerprint"): "a backup's fingerprint covers every row in the file",
}


def _functions_reading_the_table() -> set[tuple[str, str]]:
    found = set()
    for path in sorted(CORE.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef):
                source = ast.get_source_segment(path.read_text(encoding="utf-8"), node) or ""
                if any(f"{w} codings" in source for w in ("FROM", "JOIN")) and "SELECT" in source:
                    found.add((path.name, node.name))
    return found


def test_every_read_of_the_codings_table_is_listed():
    unlisted = {(module, name) for module, name in _functions_reading_the_table()
                if (module, name) not in RAW_READERS and (module, "*") not in RAW_READERS
                and module != "visibility.py"}
    assert unlisted == set()


def test_a_rolled_back_change_leaves_the_view_as_it_was(shared_file):
    from qcode.core.visibility import LEAD, set_role

    with open_project(shared_file, coder="lead") as lead:
        doc = document_rows(lead)[0].id
        with pytest.raises(RuntimeError), lead.transaction():
            set_role(lead, "lead", LEAD, on=False)  # the lead makes themselves a blind coder …
            assert len(codings_for_document(lead, doc)) == 1  # … and sees only their own at once
            raise RuntimeError("changed their mind")
        assert len(codings_for_document(lead, doc)) == 4
        set_role(lead, "lead", LEAD, on=False)
        assert session_is_blind(lead) and len(codings_for_document(lead, doc)) == 1
