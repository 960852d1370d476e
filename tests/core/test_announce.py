"""Every core call that writes announces what it changed: the GUI's views learn of every change from
these announcements alone (the bridge turns them into Qt signals), so a call that writes silently
leaves a view stale. The completeness check keeps a new writing function from being left out."""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from qcode.core import (
    adjudication,
    cases,
    changes,
    code_removal,
    code_split,
    codebook,
    codebook_history,
    coders,
    coding_edits,
    codings,
    default_codebook,
    documents,
    entities,
    exchange,
    fulltext,
    importing,
    integrity,
    memos,
    merge,
    quotes,
    speakers,
    visibility,
)
from qcode.core.changes import (
    ANONYMISATION,
    CASES,
    CODEBOOK,
    CODERS,
    CODINGS,
    DOCUMENTS,
    EXPORTS,
    MEMOS,
    SETTINGS,
)
from qcode.core.imported import ImportedDocument, Turn
from qcode.core.offsets import Replacement
from qcode.core.project import create_project

CORE = Path(__file__).resolve().parents[2] / "qcode" / "core"
TEXT = "Interviewer: Hvordan går det?\nBirgit: Jeg føler mig ensom, når børnene er væk.\n"
TURNS = [Turn(0, 29, "Interviewer", "interviewer", "Interviewer", 0, 12),
         Turn(30, len(TEXT) - 1, "Birgit", "interviewee", "Birgit", 30, 37)]


@dataclass
class World:
    """A small project with one of everything the calls below work on."""

    p: object  # the project
    doc: int
    case: int
    code: int
    other_code: int
    coding: int
    memo: int


@pytest.fixture
def world(tmp_path):
    """Without the default codebook, so installing it is one of the calls checked."""
    project = create_project(tmp_path / "announce.qcode", coder="tester", with_default_codebook=False)
    yield _fill(project)
    project.close()


def _fill(project) -> World:
    doc = documents.add_document(project, "birgit", TEXT, turns=TURNS)
    case = cases.add_case(project, "Birgit")
    cases.set_attribute(project, case, "alder", "46", "number")
    code = codebook.add_code(project, "træthed")
    other = codebook.add_code(project, "glæde")
    coding = codings.add_coding(project, doc, code, 38, 50).coding_id
    memo = memos.add_memo(project, "Første indtryk", "Ensom.")
    return World(project, doc, case, code, other, coding, memo)


def _entity(w: World) -> int:
    entity = entities.insert_entity(w.p, "PERSON", "Birgit")
    entities.add_mention(w.p, w.doc, entity, 30, 36, "Birgit")
    return entity


def _restore_entity(w: World) -> None:
    entity = _entity(w)
    before = entities.capture_entities(w.p, [entity], with_mentions=True)
    entities.set_state(w.p, entity, entities.ACCEPTED)
    entities.restore_entities(w.p, before)


def _undo_then_redo_add_codings(w: World) -> None:
    done = coding_edits.add_codings(w.p, w.other_code, [(w.doc, 0, 11)])
    coding_edits.undo_add_codings(w.p, done)
    coding_edits.reapply_codings(w.p, done)


def _undo_then_redo_add_coding(w: World) -> None:
    result = codings.add_coding(w.p, w.doc, w.other_code, 0, 11)
    created = codings.get_coding(w.p, result.coding_id)
    codings.undo_add_coding(w.p, result)
    coding_edits.reapply_coding(w.p, result, created)


def _two_coders(w: World) -> adjudication.Adjudication:
    """anna and bo coded the same words alike once and differently once: one agreed passage, one not."""
    anna, bo = coders.ensure_coder(w.p, "anna"), coders.ensure_coder(w.p, "bo")
    for coder, (start, end) in ((anna, (0, 11)), (bo, (0, 11)), (anna, (38, 50)), (bo, (44, 60))):
        codings.add_coding(w.p, w.doc, w.other_code, start, end, coder)
    return adjudication.adjudication(w.p, ["anna"], ["bo"])


def _decide(w: World) -> adjudication.DecisionResult:
    state = _two_coders(w)
    return adjudication.decide(w.p, state, state.disagreements[0], "both")


def _undo_then_redo_decision(w: World) -> None:
    result = _decide(w)
    adjudication.undo_decision(w.p, result)
    adjudication.redo_decision(w.p, result)


def _undo_then_redo_agreed(w: World) -> None:
    made = adjudication.accept_agreed(w.p, _two_coders(w))
    adjudication.remove_consensus(w.p, made)
    adjudication.restore_consensus(w.p, made)


def _merge(w: World) -> merge.MergeResult:
    """A coder's project with a document of its own and a coding, merged in."""
    other = create_project(w.p.path.with_name("coder.qcode"), coder="bo", with_default_codebook=False)
    doc = documents.add_document(other, "bos", "Bo: Jeg savner min bror.")
    codings.add_coding(other, doc, codebook.add_code(other, "savn"), 4, 22)
    other.close()
    return merge.merge_projects(w.p, [other.path])


def _undo_then_redo_merge(w: World) -> None:
    result = _merge(w)
    merge.undo_merge(w.p, result)
    merge.redo_merge(w.p, result)


# What each writing core call is asked to do here, and the kinds it must announce.
def _split(w: World) -> object:
    return code_split.split_code(w.p, w.code, [code_split.SplitPart("ny del", (w.coding,))])


def _split_and_undo(w: World) -> object:
    result = _split(w)
    return code_split.unsplit_code(w.p, result)


def _reason_of_last_change(w: World) -> object:
    codebook.rename_code(w.p, w.code, "omdøbt")
    log_id = w.p.db.execute("SELECT max(id) FROM change_log WHERE action = 'rename_code'").fetchone()[0]
    return codebook_history.set_reason(w.p, log_id, "for klarhedens skyld")


def _repair_a_missing_digest(w: World) -> object:
    w.p.db.execute("DELETE FROM document_digests")
    return integrity.repair(w.p, integrity.full_check(w.p))


MUTATIONS: dict[str, tuple[Callable[[World], object], set[str]]] = {
    "cases.add_case": (lambda w: cases.add_case(w.p, "Anna"), {CASES}),
    "cases.link_document": (lambda w: cases.link_document(w.p, w.doc, w.case), {CASES}),
    "cases.unlink_document": (lambda w: (cases.link_document(w.p, w.doc, w.case),
                                         cases.unlink_document(w.p, w.doc, w.case)), {CASES}),
    "cases.define_attribute": (lambda w: cases.define_attribute(w.p, "køn"), {CASES}),
    "cases.set_attribute": (lambda w: cases.set_attribute(w.p, w.case, "køn", "kvinde"), {CASES}),
    "cases.generalise_age_attributes": (lambda w: cases.generalise_age_attributes(w.p, lambda v: "40'erne"),
                                        {CASES}),
    "cases.remove_attribute": (lambda w: cases.remove_attribute(w.p, w.case, "alder"), {CASES}),
    "cases.rename_case": (lambda w: cases.rename_case(w.p, w.case, "Aase"), {CASES}),
    "cases.delete_case": (lambda w: cases.delete_case(w.p, w.case), {CASES}),
    "cases.restore_case": (lambda w: cases.restore_case(w.p, cases.delete_case(w.p, w.case)),
                           {CASES}),
    "cases.delete_attribute": (lambda w: cases.delete_attribute(w.p, "alder"), {CASES}),
    "cases.restore_attribute": (lambda w: cases.restore_attribute(
        w.p, cases.delete_attribute(w.p, "alder")), {CASES}),
    "codebook.add_code": (lambda w: codebook.add_code(w.p, "stigma"), {CODEBOOK}),
    "codebook.ensure_code_path": (lambda w: codebook.ensure_code_path(w.p, "netværk/venner"),
                                  {CODEBOOK}),
    "codebook.rename_code": (lambda w: codebook.rename_code(w.p, w.code, "udmattelse"), {CODEBOOK}),
    "codebook.update_code": (lambda w: codebook.update_code(w.p, w.code, colour="#123456"),
                             {CODEBOOK}),
    "codebook.move_code": (lambda w: codebook.move_code(w.p, w.code, w.other_code), {CODEBOOK}),
    "code_removal.delete_code": (lambda w: code_removal.delete_code(w.p, w.code), {CODEBOOK, CODINGS}),
    "code_removal.restore_codes": (
        lambda w: code_removal.restore_codes(w.p, code_removal.delete_code(w.p, w.code)),
        {CODEBOOK, CODINGS}),
    "code_removal.merge_codes": (lambda w: code_removal.merge_codes(w.p, w.code, w.other_code),
                                 {CODEBOOK, CODINGS}),
    "default_codebook.install_default_codebook": (
        lambda w: default_codebook.install_default_codebook(w.p), {CODEBOOK}),
    "coders.ensure_coder": (lambda w: coders.ensure_coder(w.p, "lise"), {CODERS}),
    "coding_edits.add_codings": (lambda w: coding_edits.add_codings(w.p, w.other_code, [(w.doc, 0, 11)]),
                                 {CODINGS}),
    "coding_edits.undo_add_codings": (_undo_then_redo_add_codings, {CODINGS}),
    "coding_edits.reapply_codings": (_undo_then_redo_add_codings, {CODINGS}),
    "coding_edits.reapply_coding": (_undo_then_redo_add_coding, {CODINGS}),
    "codings.add_coding": (lambda w: codings.add_coding(w.p, w.doc, w.other_code, 0, 11), {CODINGS}),
    "codings.add_codings_batch": (lambda w: codings.add_codings_batch(w.p, w.other_code, [(w.doc, 0, 11)]),
                                  {CODINGS}),
    "codings.remove_coding": (lambda w: codings.remove_coding(w.p, w.coding), {CODINGS}),
    "codings.restore_codings": (lambda w: codings.restore_codings(
        w.p, [codings.remove_coding(w.p, w.coding)]), {CODINGS}),
    "codings.undo_add_coding": (_undo_then_redo_add_coding, {CODINGS}),
    "codings.set_coding_memo": (lambda w: codings.set_coding_memo(w.p, w.coding, "vigtig"),
                                {CODINGS}),
    "codings.resize_coding": (lambda w: codings.resize_coding(w.p, w.coding, 38, 45), {CODINGS}),
    "documents.add_document": (lambda w: documents.add_document(w.p, "ole", "Ole: Hej."),
                               {DOCUMENTS}),
    "documents.rename_document": (lambda w: documents.rename_document(w.p, w.doc, "aase"),
                                  {DOCUMENTS}),
    "documents.delete_document": (lambda w: documents.delete_document(w.p, w.doc), {DOCUMENTS}),
    "documents.restore_document": (lambda w: documents.restore_document(
        w.p, documents.delete_document(w.p, w.doc)), {DOCUMENTS}),
    "documents.replace_text": (lambda w: documents.replace_text(w.p, w.doc, [Replacement(30, 36, "[navn]")]),
                               {DOCUMENTS, CODINGS}),
    "integrity.repair": (_repair_a_missing_digest, {DOCUMENTS, CODINGS}),
    "code_split.split_code": (_split, {CODEBOOK, CODINGS}),
    "code_split.unsplit_code": (_split_and_undo, {CODEBOOK, CODINGS}),
    "codebook_history.set_reason": (_reason_of_last_change, {CODEBOOK}),
    "entities.restore_entities": (_restore_entity, {ANONYMISATION}),
    "exchange.store_plan": (lambda w: exchange.store_plan(w.p, exchange.ImportPlan(
        coders=["lise"], documents=[exchange.PlanDocument("d", "ny", "Ny tekst.")])),
                            {CODEBOOK, CODINGS, CASES, MEMOS}),
    "fulltext.code_ranges": (lambda w: fulltext.code_ranges(w.p, w.other_code, [(w.doc, 0, 11)]),
                             {CODINGS}),
    "importing.store_imported": (lambda w: importing.store_imported(
        w.p, ImportedDocument(TEXT, "kopi", turns=TURNS), autocode_roles=("interviewer",)),
                                 {DOCUMENTS, CASES, CODINGS}),
    "importing.store_documents": (lambda w: importing.store_documents(
        w.p, [ImportedDocument("Ole: Hej.", "ole")]), {DOCUMENTS}),
    "memos.add_memo": (lambda w: memos.add_memo(w.p, "Andet", "indtryk"), {MEMOS}),
    "memos.update_memo": (lambda w: memos.update_memo(w.p, w.memo, body="Meget ensom."), {MEMOS}),
    "memos.delete_memo": (lambda w: memos.delete_memo(w.p, w.memo), {MEMOS}),
    "memos.restore_memo": (lambda w: memos.restore_memo(w.p, memos.delete_memo(w.p, w.memo)),
                           {MEMOS}),
    "project.Project.set_setting": (lambda w: w.p.set_setting("anon.places", "Tarm"), {SETTINGS}),
    "quotes.set_favourite": (lambda w: quotes.set_favourite(w.p, w.coding), {quotes.QUOTES}),
    "quotes.set_order": (lambda w: quotes.set_order(w.p, [w.coding]), {quotes.QUOTES}),
    "quotes.clear_order": (lambda w: quotes.clear_order(w.p), {quotes.QUOTES}),
    "quotes.set_cuts": (lambda w: quotes.set_cuts(w.p, w.coding, [(40, 42)]), {quotes.QUOTES}),
    "quotes.record_export": (lambda w: quotes.record_export(w.p, "quotes", "docx", "/tmp/x.docx", 1),
                             {EXPORTS}),
    "speakers.link_speakers_to_cases": (lambda w: speakers.link_speakers_to_cases(w.p, w.doc),
                                        {CASES}),
    "speakers.interviewee_cases": (lambda w: speakers.interviewee_cases(
        w.p, [Turn(0, 5, "Grethe", "interviewee")], "d"), {CASES}),
    "speakers.apply_header_attributes": (lambda w: speakers.apply_header_attributes(
        w.p, [w.case], {"køn": "kvinde"}), {CASES}),
    "speakers.autocode_by_speaker": (lambda w: speakers.autocode_by_speaker(w.p, w.doc),
                                     {CODEBOOK, CODINGS}),
    "adjudication.consensus_coder": (lambda w: adjudication.consensus_coder(w.p), {CODERS, CODINGS}),
    "adjudication.accept_agreed": (lambda w: adjudication.accept_agreed(w.p, _two_coders(w)), {CODINGS}),
    "adjudication.remove_consensus": (_undo_then_redo_agreed, {CODINGS}),
    "adjudication.restore_consensus": (_undo_then_redo_agreed, {CODINGS}),
    "adjudication.decide": (_decide, {CODINGS}),
    "adjudication.undo_decision": (_undo_then_redo_decision, {CODINGS}),
    "adjudication.redo_decision": (_undo_then_redo_decision, {CODINGS}),
    "merge.merge_projects": (_merge, {CODERS, DOCUMENTS, CODEBOOK, CODINGS, CASES, MEMOS}),
    "merge.undo_merge": (_undo_then_redo_merge, {DOCUMENTS, CODEBOOK, CODINGS}),
    "merge.redo_merge": (_undo_then_redo_merge, {DOCUMENTS, CODEBOOK, CODINGS}),
    "visibility.set_blind": (lambda w: visibility.start_blind(w.p, leads=["tester"]), {CODERS, CODINGS}),
    "visibility.set_role": (lambda w: visibility.set_role(w.p, "anna", visibility.SHARED), {CODERS, CODINGS}),
}

# Writing calls that announce nothing themselves, and why that is right.
EXEMPT = {
    "backup.set_backup_options": "where backups go and how many: no view shows them, nothing to refresh",
    # building blocks: they run inside a caller's transaction, and the caller announces the whole change
    "documents.store_turns": "part of add_document, which announces the document",
    "entities.insert_entity": "a register building block; qcode.anonymise announces its decisions",
    "entities.set_role": "a register building block; qcode.anonymise announces its decisions",
    "entities.add_form": "a register building block; qcode.anonymise announces its decisions",
    "entities.set_state": "a register building block; qcode.anonymise announces its decisions",
    "entities.set_pseudonym": "a register building block; qcode.anonymise announces its decisions",
    "entities.set_gender": "a register building block; qcode.anonymise announces its decisions",
    "entities.merge_entities": "a register building block; qcode.anonymise announces its decisions",
    "entities.add_mention": "a register building block; qcode.anonymise announces its decisions",
    "entities.delete_detected_mentions": "a register building block; qcode.anonymise announces its decisions",
    "entities.clear_register": "part of sealing, which announces every document",
    "scrubbing.rebuild_fulltext": "part of sealing, which announces every document",
    "documents.record_digest": "part of adding, replacing and restoring a document, which announce",
    "codebook_log.record": "the codebook history's log entry, written beside the change that is announced",
    "backup.copy_database": "writes a copy elsewhere; the project itself does not change",
    "maintenance.try_compact": "rewrites the file's pages, not its content",
    "documents.forget_source_checksums": "part of sealing, which announces every document",
    "snapshots.restore": "the row copy behind every restore_*, each of which announces",
    "project.Project.log": "the audit trail, written beside the change that is announced",
    "project.Project.log_many": "the audit trail of a batch, written beside the change that is announced",
    # bookkeeping that no view shows and no listener can act on
    "scrubbing.compact_file": "rewrites the file's pages, not its content",
    "fulltext.rebuild_index": "a repair of a derived index; the documents stay as they are",
    "maintenance.plan_discard": "a note for the next open about a temporary file",
    "maintenance.plan_rename": "a note for the next open about a temporary file",
    "maintenance.forget": "a note for the next open about a temporary file",
    "maintenance.request_compaction": "a note for the next open",
    "maintenance.compact": "rewrites the file's pages, not its content",
    "maintenance.finish_pending": "runs while the project opens, before anyone can listen",
    "project.create_project": "runs before anyone can listen",
    "merge_rows.Merger.coder": "part of merge_projects, which announces everything it merged",
    "merge_rows.Merger.codes": "part of merge_projects, which announces everything it merged",
    "merge_rows.Merger.cases": "part of merge_projects, which announces everything it merged",
    "merge_rows.Merger.codings": "part of merge_projects, which announces everything it merged",
    "merge_rows.Merger.merge": "part of merge_projects, which announces everything it merged",
}

_WRITES = re.compile(r"\b(INSERT|UPDATE|DELETE|REPLACE|VACUUM)\b|\.transaction\(\)")


def writing_functions() -> list[str]:
    """Public functions (and Project methods) in qcode/core whose own code writes to the project."""
    found = []
    for path in sorted(CORE.glob("*.py")):
        source = path.read_text(encoding="utf-8")
        tree = ast.parse(source)
        nodes = [(node, node.name) for node in tree.body if isinstance(node, ast.FunctionDef)]
        for cls in (node for node in tree.body if isinstance(node, ast.ClassDef)):
            nodes += [(node, f"{cls.name}.{node.name}") for node in cls.body
                      if isinstance(node, ast.FunctionDef)]
        found += [f"{path.stem}.{name}" for node, name in nodes
                  if not name.rsplit(".", 1)[-1].startswith("_")
                  and _WRITES.search(ast.get_source_segment(source, node) or "")]
    return found


def test_every_writing_core_function_is_checked_or_exempt_for_a_reason():
    unlisted = [name for name in writing_functions() if name not in MUTATIONS and name not in EXEMPT]
    assert unlisted == [], "add these to MUTATIONS (with the kinds they announce) or to EXEMPT (with why)"
    stale = [name for name in EXEMPT if name not in writing_functions()]
    assert stale == []


@pytest.mark.parametrize("name", sorted(MUTATIONS))
def test_a_writing_core_call_announces_its_change(world, name):
    call, kinds = MUTATIONS[name]
    heard: list[changes.Change] = []
    world.p.changes.subscribe(heard.append)
    call(world)
    assert heard, f"{name} wrote without announcing"
    assert kinds <= {change.kind for change in heard}


def test_a_write_inside_a_rolled_back_transaction_is_not_announced(world):
    heard: list[changes.Change] = []
    world.p.changes.subscribe(heard.append)
    with pytest.raises(RuntimeError), world.p.transaction():
        cases.define_attribute(world.p, "by")
        raise RuntimeError("changed my mind")
    assert heard == [] and "by" not in cases.attribute_types(world.p)


def test_coalesce_keeps_one_change_per_kind_and_unknown_stays_unknown():
    merged = changes.coalesce([
        changes.Change(changes.CODINGS, (1,), (5,)), changes.Change(changes.DOCUMENTS, (5,), (5,)),
        changes.Change(changes.CODINGS, (2, 1), (6,)), changes.Change(changes.CASES, (3,)),
        changes.Change(changes.CASES, (), (5,))])
    assert merged == [changes.Change(CODINGS, (1, 2), (5, 6)), changes.Change(DOCUMENTS, (5,), (5,)),
                      changes.Change(CASES, (), ())]



@pytest.mark.parametrize("change", [
    changes.Change(CODINGS, (1, 2), (5,)), changes.Change(CODINGS, (2, 2, 1), (5, 5)), changes.Change(CASES),
    changes.Change(DOCUMENTS, [4], [4])])  # type: ignore[arg-type]  # lists, as a careless caller might
def test_coalescing_one_change_gives_what_merging_it_with_nothing_gives(change):
    """One action's commit takes a shortcut; it must not differ from the general loop."""
    slow = changes.coalesce(iter([change]))  # not a list: the loop
    assert changes.coalesce([change]) == slow
    assert all(type(c.ids) is tuple and type(c.document_ids) is tuple for c in changes.coalesce([change]))

def test_a_transaction_announces_once_per_kind_when_it_commits(world):
    heard: list[changes.Change] = []
    world.p.changes.subscribe(heard.append)
    with world.p.transaction():
        first = codings.add_coding(world.p, world.doc, world.other_code, 0, 11).coding_id
        second = codings.add_coding(world.p, world.doc, world.code, 12, 20).coding_id
        assert heard == []  # nothing before the commit
    assert heard == [changes.Change(CODINGS, (first, second), (world.doc,))]
