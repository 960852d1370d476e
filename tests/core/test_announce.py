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
    cases,
    changes,
    codebook,
    coders,
    coding_edits,
    codings,
    documents,
    entities,
    exchange,
    fulltext,
    importing,
    memos,
    quotes,
    speakers,
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

    project: object
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


def _undo_then_redo_add_codings(w: World) -> None:
    done = coding_edits.add_codings(w.project, w.other_code, [(w.doc, 0, 11)])
    coding_edits.undo_add_codings(w.project, done)
    coding_edits.reapply_codings(w.project, done)


def _undo_then_redo_add_coding(w: World) -> None:
    result = codings.add_coding(w.project, w.doc, w.other_code, 0, 11)
    created = codings.get_coding(w.project, result.coding_id)
    codings.undo_add_coding(w.project, result)
    coding_edits.reapply_coding(w.project, result, created)


# What each writing core call is asked to do here, and the kinds it must announce.
MUTATIONS: dict[str, tuple[Callable[[World], object], set[str]]] = {
    "cases.add_case": (lambda w: cases.add_case(w.project, "Anna"), {changes.CASES}),
    "cases.link_document": (lambda w: cases.link_document(w.project, w.doc, w.case), {changes.CASES}),
    "cases.unlink_document": (lambda w: (cases.link_document(w.project, w.doc, w.case),
                                         cases.unlink_document(w.project, w.doc, w.case)), {changes.CASES}),
    "cases.define_attribute": (lambda w: cases.define_attribute(w.project, "køn"), {changes.CASES}),
    "cases.set_attribute": (lambda w: cases.set_attribute(w.project, w.case, "køn", "kvinde"), {changes.CASES}),
    "cases.generalise_age_attributes": (lambda w: cases.generalise_age_attributes(w.project, lambda v: "40'erne"),
                                        {changes.CASES}),
    "cases.remove_attribute": (lambda w: cases.remove_attribute(w.project, w.case, "alder"), {changes.CASES}),
    "cases.rename_case": (lambda w: cases.rename_case(w.project, w.case, "Aase"), {changes.CASES}),
    "cases.delete_case": (lambda w: cases.delete_case(w.project, w.case), {changes.CASES}),
    "cases.restore_case": (lambda w: cases.restore_case(w.project, cases.delete_case(w.project, w.case)),
                           {changes.CASES}),
    "cases.delete_attribute": (lambda w: cases.delete_attribute(w.project, "alder"), {changes.CASES}),
    "cases.restore_attribute": (lambda w: cases.restore_attribute(
        w.project, cases.delete_attribute(w.project, "alder")), {changes.CASES}),
    "codebook.add_code": (lambda w: codebook.add_code(w.project, "stigma"), {changes.CODEBOOK}),
    "codebook.ensure_code_path": (lambda w: codebook.ensure_code_path(w.project, "netværk/venner"),
                                  {changes.CODEBOOK}),
    "codebook.rename_code": (lambda w: codebook.rename_code(w.project, w.code, "udmattelse"), {changes.CODEBOOK}),
    "codebook.update_code": (lambda w: codebook.update_code(w.project, w.code, colour="#123456"),
                             {changes.CODEBOOK}),
    "codebook.move_code": (lambda w: codebook.move_code(w.project, w.code, w.other_code), {changes.CODEBOOK}),
    "codebook.delete_code": (lambda w: codebook.delete_code(w.project, w.code),
                             {changes.CODEBOOK, changes.CODINGS}),
    "codebook.restore_codes": (lambda w: codebook.restore_codes(w.project, codebook.delete_code(w.project, w.code)),
                               {changes.CODEBOOK, changes.CODINGS}),
    "codebook.merge_codes": (lambda w: codebook.merge_codes(w.project, w.code, w.other_code),
                             {changes.CODEBOOK, changes.CODINGS}),
    "codebook.install_default_codebook": (lambda w: codebook.install_default_codebook(w.project),
                                          {changes.CODEBOOK}),
    "coders.ensure_coder": (lambda w: coders.ensure_coder(w.project, "lise"), {changes.CODERS}),
    "coding_edits.add_codings": (lambda w: coding_edits.add_codings(w.project, w.other_code, [(w.doc, 0, 11)]),
                                 {changes.CODINGS}),
    "coding_edits.undo_add_codings": (_undo_then_redo_add_codings, {changes.CODINGS}),
    "coding_edits.reapply_codings": (_undo_then_redo_add_codings, {changes.CODINGS}),
    "coding_edits.reapply_coding": (_undo_then_redo_add_coding, {changes.CODINGS}),
    "codings.add_coding": (lambda w: codings.add_coding(w.project, w.doc, w.other_code, 0, 11), {changes.CODINGS}),
    "codings.remove_coding": (lambda w: codings.remove_coding(w.project, w.coding), {changes.CODINGS}),
    "codings.restore_codings": (lambda w: codings.restore_codings(
        w.project, [codings.remove_coding(w.project, w.coding)]), {changes.CODINGS}),
    "codings.undo_add_coding": (_undo_then_redo_add_coding, {changes.CODINGS}),
    "codings.set_coding_memo": (lambda w: codings.set_coding_memo(w.project, w.coding, "vigtig"),
                                {changes.CODINGS}),
    "codings.resize_coding": (lambda w: codings.resize_coding(w.project, w.coding, 38, 45), {changes.CODINGS}),
    "documents.add_document": (lambda w: documents.add_document(w.project, "ole", "Ole: Hej."),
                               {changes.DOCUMENTS}),
    "documents.rename_document": (lambda w: documents.rename_document(w.project, w.doc, "aase"),
                                  {changes.DOCUMENTS}),
    "documents.delete_document": (lambda w: documents.delete_document(w.project, w.doc), {changes.DOCUMENTS}),
    "documents.restore_document": (lambda w: documents.restore_document(
        w.project, documents.delete_document(w.project, w.doc)), {changes.DOCUMENTS}),
    "documents.replace_text": (lambda w: documents.replace_text(w.project, w.doc, [Replacement(30, 36, "[navn]")]),
                               {changes.DOCUMENTS, changes.CODINGS}),
    "exchange.store_plan": (lambda w: exchange.store_plan(w.project, exchange.ImportPlan(
        coders=["lise"], documents=[exchange.PlanDocument("d", "ny", "Ny tekst.")])),
                            {changes.CODEBOOK, changes.CODINGS, changes.CASES, changes.MEMOS}),
    "fulltext.code_ranges": (lambda w: fulltext.code_ranges(w.project, w.other_code, [(w.doc, 0, 11)]),
                             {changes.CODINGS}),
    "importing.store_imported": (lambda w: importing.store_imported(
        w.project, ImportedDocument(TEXT, "kopi", turns=TURNS), autocode_roles=("interviewer",)),
                                 {changes.DOCUMENTS, changes.CASES, changes.CODINGS}),
    "importing.store_documents": (lambda w: importing.store_documents(
        w.project, [ImportedDocument("Ole: Hej.", "ole")]), {changes.DOCUMENTS}),
    "memos.add_memo": (lambda w: memos.add_memo(w.project, "Andet", "indtryk"), {changes.MEMOS}),
    "memos.update_memo": (lambda w: memos.update_memo(w.project, w.memo, body="Meget ensom."), {changes.MEMOS}),
    "memos.delete_memo": (lambda w: memos.delete_memo(w.project, w.memo), {changes.MEMOS}),
    "memos.restore_memo": (lambda w: memos.restore_memo(w.project, memos.delete_memo(w.project, w.memo)),
                           {changes.MEMOS}),
    "project.Project.set_setting": (lambda w: w.project.set_setting("anon.places", "Tarm"), {changes.SETTINGS}),
    "quotes.set_favourite": (lambda w: quotes.set_favourite(w.project, w.coding), {quotes.QUOTES}),
    "quotes.set_order": (lambda w: quotes.set_order(w.project, [w.coding]), {quotes.QUOTES}),
    "quotes.clear_order": (lambda w: quotes.clear_order(w.project), {quotes.QUOTES}),
    "quotes.set_cuts": (lambda w: quotes.set_cuts(w.project, w.coding, [(40, 42)]), {quotes.QUOTES}),
    "quotes.record_export": (lambda w: quotes.record_export(w.project, "quotes", "docx", "/tmp/x.docx", 1),
                             {changes.EXPORTS}),
    "speakers.link_speakers_to_cases": (lambda w: speakers.link_speakers_to_cases(w.project, w.doc),
                                        {changes.CASES}),
    "speakers.apply_header_attributes": (lambda w: speakers.apply_header_attributes(
        w.project, [w.case], {"køn": "kvinde"}), {changes.CASES}),
    "speakers.autocode_by_speaker": (lambda w: speakers.autocode_by_speaker(w.project, w.doc),
                                     {changes.CODEBOOK, changes.CODINGS}),
}

# Writing calls that announce nothing themselves, and why that is right.
EXEMPT = {
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
    "entities.rebuild_fulltext": "part of sealing, which announces every document",
    "snapshots.restore": "the row copy behind every restore_*, each of which announces",
    "project.Project.log": "the audit trail, written beside the change that is announced",
    # bookkeeping that no view shows and no listener can act on
    "entities.compact_file": "rewrites the file's pages, not its content",
    "fulltext.rebuild_index": "a repair of a derived index; the documents stay as they are",
    "maintenance.plan_discard": "a note for the next open about a temporary file",
    "maintenance.plan_rename": "a note for the next open about a temporary file",
    "maintenance.forget": "a note for the next open about a temporary file",
    "maintenance.request_compaction": "a note for the next open",
    "maintenance.compact": "rewrites the file's pages, not its content",
    "maintenance.finish_pending": "runs while the project opens, before anyone can listen",
    "project.create_project": "runs before anyone can listen",
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
            nodes += [(node, f"{cls.name}.{node.name}") for node in cls.body if isinstance(node, ast.FunctionDef)]
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
    world.project.changes.subscribe(heard.append)
    call(world)
    assert heard, f"{name} wrote without announcing"
    assert kinds <= {change.kind for change in heard}


def test_a_write_inside_a_rolled_back_transaction_is_not_announced(world):
    heard: list[changes.Change] = []
    world.project.changes.subscribe(heard.append)
    with pytest.raises(RuntimeError), world.project.transaction():
        cases.define_attribute(world.project, "by")
        raise RuntimeError("changed my mind")
    assert heard == [] and "by" not in cases.attribute_types(world.project)


def test_coalesce_keeps_one_change_per_kind_and_unknown_stays_unknown():
    merged = changes.coalesce([
        changes.Change(changes.CODINGS, (1,), (5,)), changes.Change(changes.DOCUMENTS, (5,), (5,)),
        changes.Change(changes.CODINGS, (2, 1), (6,)), changes.Change(changes.CASES, (3,)),
        changes.Change(changes.CASES, (), (5,))])
    assert merged == [changes.Change(changes.CODINGS, (1, 2), (5, 6)), changes.Change(changes.DOCUMENTS, (5,), (5,)),
                      changes.Change(changes.CASES, (), ())]
