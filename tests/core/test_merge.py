"""Merging coders' copies into the lead's project: documents by text, codes by path with a review, codings,
memos, cases and coders; nothing duplicated when merged twice; undo and redo with the same ids."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from qcode.core.cases import add_case, link_document, set_attribute
from qcode.core.codebook import add_code, find_code, update_code
from qcode.core.codings import add_coding, codings_for_document
from qcode.core.connection import connect
from qcode.core.documents import add_document, list_documents, rename_document
from qcode.core.imported import Turn
from qcode.core.memos import add_memo
from qcode.core.merge import (
    MergeChoices,
    MergeError,
    merge_projects,
    plan_merge,
    redo_merge,
    undo_merge,
)
from qcode.core.migrations import latest_version, migrate
from qcode.core.project import Project, create_project, open_project
from qcode.core.storage import APPLICATION_ID

TEXT_1 = "Interviewer: Hvordan har du det?\nInformant: Jeg føler mig ensom. Min søster ringer aldrig.\n"
TEXT_2 = "Informant: Kommunen ser ned på mig. Jeg skammer mig.\n"
TEXT_3 = "Informant: Jeg vil gerne have et job og en lejlighed.\n"
TABLES = ("coders", "codes", "documents", "turns", "codings", "memos", "cases", "attributes",
          "case_attributes", "document_cases")


def dump(project: Project) -> dict[str, list[tuple]]:
    """Every row of the merged tables (without timestamps a merge itself writes)."""
    out = {}
    for table in TABLES:
        cursor = project.db.execute(f"SELECT * FROM {table}")
        names = [d[0] for d in cursor.description]
        keep = [i for i, n in enumerate(names) if n not in ("created_at",) or table != "coders"]
        out[table] = sorted(tuple(row[i] for i in keep) for row in cursor.fetchall())
    return out


def _code(project, doc, text, phrase, path, memo=""):
    start = text.index(phrase)
    return add_coding(project, doc, find_code(project, path).id, start, start + len(phrase), memo=memo)


@pytest.fixture
def copies(tmp_path: Path):
    """The lead's project and two coders' copies of it, each coded on its own."""
    lead_path = tmp_path / "lead.qcode"
    with create_project(lead_path, coder="lead") as lead:
        add_document(lead, "iv_01", TEXT_1)
        add_document(lead, "iv_02", TEXT_2)
        palle = add_case(lead, "Palle")
        set_attribute(lead, palle, "køn", "mand")
    for name in ("anna", "bo"):
        shutil.copy(lead_path, tmp_path / f"{name}.qcode")
    with open_project(tmp_path / "anna.qcode", coder="anna") as anna:
        d1, d2 = (d.id for d in sorted(list_documents(anna), key=lambda d: d.name))
        rename_document(anna, d1, "Palle (annas kopi)")  # matched by text, not name
        _code(anna, d1, TEXT_1, "Jeg føler mig ensom.", "ensomhed", memo="kerne")
        _code(anna, d2, TEXT_2, "Kommunen ser ned på mig.", "stigma")
        venner = add_code(anna, "venner", find_code(anna, "netværk").id, colour="#123456")
        add_coding(anna, d1, venner, TEXT_1.index("Min søster"), TEXT_1.index("Min søster") + 10)
        update_code(anna, find_code(anna, "stigma").id, description="Annas definition")
        coding = codings_for_document(anna, d1)[0].id
        add_memo(anna, "Om ensomhed", "Tydeligt udsagn", coding_id=coding)
        add_memo(anna, "Projekt", "Annas tanker")
        d3 = add_document(anna, "iv_03", TEXT_3, turns=[Turn(0, len(TEXT_3) - 1, "Informant", "interviewee",
                                                             "Informant:", 0, 10)])
        _code(anna, d3, TEXT_3, "et job", "ønsker")
        line = add_case(anna, "Line")
        set_attribute(anna, line, "alder", "33", "number")
        link_document(anna, d3, line)
        set_attribute(anna, find_case_id(anna, "Palle"), "køn", "kvinde")  # a conflicting value
    with open_project(tmp_path / "bo.qcode", coder="bo") as bo:
        d1 = next(d.id for d in list_documents(bo) if d.name == "iv_01")
        _code(bo, d1, TEXT_1, "ensom. Min søster", "ensomhed")
        _code(bo, d1, TEXT_1, "Min søster ringer aldrig.", "netværk")
    return tmp_path


def find_case_id(project, name):
    return next(r[0] for r in project.db.execute("SELECT id FROM cases WHERE name = ?", [name]))


def test_merge_brings_in_everything_once(copies):
    with open_project(copies / "lead.qcode", coder="lead") as lead:
        before = dump(lead)
        result = merge_projects(lead, [copies / "anna.qcode", copies / "bo.qcode"])
        s = result.summary
        assert s.files == ["anna.qcode", "bo.qcode"]
        assert s.documents_new == ["iv_03"] and s.documents_matched == 4
        assert s.codes_new == ["netværk/venner"] and s.codes_clashing == ["stigma"]
        assert (s.codings_new, s.codings_extended, s.codings_known) == (6, 0, 0)
        assert (s.memos_new, s.cases_new, s.attribute_values_new) == (2, ["Line"], 1)
        assert s.coders == ["anna", "bo"] and s.coders_new == ["anna", "bo"]
        # both were the second coder of their copy, with the same colour there; here they differ
        colours = dict(lead.db.execute("SELECT name, colour FROM coders").fetchall())
        assert len(set(colours.values())) == len(colours) == 2
        assert s.attribute_conflicts == ["Palle: køn = 'mand' here, 'kvinde' in anna.qcode"]
        assert [(r.path, r.status, r.differences) for r in result.review] == [
            ("stigma", "clash", ["description"]), ("netværk/venner", "new", [])]
        names = sorted(d.name for d in list_documents(lead))
        assert names == ["iv_01", "iv_02", "iv_03"]
        iv3 = next(d.id for d in list_documents(lead) if d.name == "iv_03")
        assert lead.db.execute("SELECT speaker FROM turns WHERE document_id = ?", [iv3]).fetchall() == [
            ("Informant",)]
        assert lead.db.execute("SELECT c.name FROM document_cases dc JOIN cases c ON c.id = dc.case_id "
                               "WHERE dc.document_id = ?", [iv3]).fetchall() == [("Line",)]
        memo = lead.db.execute("SELECT m.title, c.name FROM memos m JOIN coders c ON c.id = m.coder_id "
                               "WHERE m.coding_id IS NOT NULL").fetchall()
        assert memo == [("Om ensomhed", "anna")]
        once = dump(lead)
        again = merge_projects(lead, [copies / "anna.qcode", copies / "bo.qcode"])
        assert (again.summary.codings_new, again.summary.codings_known, again.summary.memos_new) == (0, 6, 0)
        assert again.summary.documents_new == [] and again.summary.codes_new == []
        assert dump(lead) == once  # merging twice gives the same project as merging once
        # undo takes the whole first merge back; redo brings it again with the same ids
        undo_merge(lead, again)
        undo_merge(lead, result)
        assert dump(lead) == before
        redo_merge(lead, result)
        assert dump(lead) == once


def test_the_review_can_map_new_codes_and_take_their_definitions(copies):
    with open_project(copies / "lead.qcode", coder="lead") as lead:
        choices = MergeChoices(map_codes={"netværk/venner": "netværk"}, take_theirs={"stigma"})
        plan = plan_merge(lead, [copies / "anna.qcode"], choices)
        assert plan.summary.codes_mapped == [("netværk/venner", "netværk")] and plan.summary.codes_new == []
        assert dump(lead)["codings"] == []  # a plan writes nothing
        result = merge_projects(lead, [copies / "anna.qcode"], choices)
        assert result.summary.codes_taken == ["stigma"]
        assert find_code(lead, "stigma").description == "Annas definition"
        with pytest.raises(Exception):  # noqa: B017 - the code was not created
            find_code(lead, "netværk/venner")
        netvaerk = find_code(lead, "netværk").id
        count = lead.db.execute("SELECT count(*) FROM codings WHERE code_id = ?", [netvaerk]).fetchone()[0]
        assert count == 1
        undo_merge(lead, result)
        assert find_code(lead, "stigma").description != "Annas definition"


def test_a_coding_a_coder_extended_later_grows_instead_of_doubling(copies):
    with open_project(copies / "lead.qcode", coder="lead") as lead:
        merge_projects(lead, [copies / "bo.qcode"])
    with open_project(copies / "bo.qcode", coder="bo") as bo:
        d1 = next(d.id for d in list_documents(bo) if d.name == "iv_01")
        _code(bo, d1, TEXT_1, "Jeg føler mig ensom. Min søster ringer", "ensomhed")  # extends his coding
    with open_project(copies / "lead.qcode", coder="lead") as lead:
        before = dump(lead)
        result = merge_projects(lead, [copies / "bo.qcode"])
        assert (result.summary.codings_new, result.summary.codings_extended) == (0, 1)
        ensom = find_code(lead, "ensomhed").id
        rows = lead.db.execute('SELECT start, "end" FROM codings WHERE code_id = ?', [ensom]).fetchall()
        assert rows == [(TEXT_1.index("Jeg føler"), TEXT_1.index("Min søster") + len("Min søster ringer"))]
        undo_merge(lead, result)
        assert dump(lead) == before


def test_an_older_copy_is_read_without_changing_it(tmp_path, copies):
    old = tmp_path / "old.qcode"
    conn = connect(old)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    migrate(conn, 9)  # the schema before blind coding (0010)
    project = Project(old, conn, None, "carl")
    doc = add_document(project, "gammel", TEXT_2)
    add_coding(project, doc, add_code(project, "stigma"), 11, 35)
    project.close()
    with open_project(copies / "lead.qcode", coder="lead") as lead:
        result = merge_projects(lead, [old])
        assert result.summary.documents_matched == 1 and result.summary.codings_new == 1
    check = connect(old)
    assert check.execute("PRAGMA user_version").fetchone()[0] == 9 < latest_version()
    check.close()


def test_refusals(copies, tmp_path):
    with open_project(copies / "lead.qcode", coder="lead") as lead:
        for path, message_id in ((tmp_path / "missing.qcode", "merge.not_found"),
                                 (copies / "lead.qcode", "merge.itself")):
            with pytest.raises(MergeError) as caught:
                merge_projects(lead, [path])
            assert caught.value.message_id == message_id
        junk = tmp_path / "junk.qcode"
        junk.write_bytes(b"not a database at all" * 100)
        with pytest.raises(MergeError) as caught:
            merge_projects(lead, [junk])
        assert caught.value.message_id == "merge.not_a_project"
        with pytest.raises(MergeError) as caught:
            merge_projects(lead, [copies / "anna.qcode"], MergeChoices(map_codes={"netværk/venner": "nix"}))
        assert caught.value.message_id == "merge.no_such_code"
        assert dump(lead)["codings"] == []  # a refused merge leaves nothing
        lead.set_setting("anon.sealed_at", "2024-01-01T00:00:00+00:00")
        with pytest.raises(MergeError) as caught:
            merge_projects(lead, [copies / "anna.qcode"])
        assert caught.value.message_id == "merge.sealed"
        assert "not sealed and this project is sealed" in caught.value.message("en")
