"""The review dialog: detection off the GUI thread, then accept/reject/merge/edit through the queue."""

from __future__ import annotations

import re
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from qcode.anonymise import register, review
from qcode.anonymise.candidates import Candidate
from qcode.anonymise.render import render_document
from qcode.core import entities
from qcode.core.documents import add_document
from qcode.core.history import read_log
from qcode.ui.dialogs import anonymise_review
from qcode.ui.dialogs.anonymise_review import AnonymiseReviewDialog
from qcode.ui.dialogs.key_password import KeyChoice

TEXT = "Interviewer: Hej Palle.\nPalle: Min søster Pia og PIA's mand bor i Odense.\n"
threads: list[threading.Thread] = []


def _fake_detect(text, *, known=None, places=(), orgs=(), use_model=True):
    threads.append(threading.current_thread())
    found = []
    for word, label, score in (("Palle", "PERSON", 0.95), ("Pia", "PERSON", 0.9), ("PIA", "PERSON", 0.9),
                               ("Odense", "PLACE", 0.3)):
        for m in re.finditer(rf"\b{word}\b", text):
            found.append(Candidate(m.start(), m.end(), word, label, word, "fake", score))
    return found


@pytest.fixture
def dialog(qtbot, project, events, monkeypatch):
    monkeypatch.setattr(register, "_default_detect", lambda: _fake_detect)
    add_document(project, "a", TEXT)
    dlg = AnonymiseReviewDialog(None, events)
    qtbot.addWidget(dlg)
    return dlg


def _row(dialog, original):
    return next(r for r in dialog.rows() if r[2].split("  ")[0] == original)


def test_detect_runs_off_the_gui_thread_and_fills_the_queue(dialog, project):
    threads.clear()
    dialog.detect()
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert _row(dialog, "Palle")[1] == "accepted"
    assert _row(dialog, "Odense")[1] == "pending"  # low score: waits for a person
    assert dialog.rows()[0][2] == "Odense"  # pending first


def test_accept_reject_merge_and_edit(dialog, project, monkeypatch):
    dialog.detect()
    odense = _row(dialog, "Odense")[0]
    dialog.select_ids([odense])
    dialog.accept_selected()
    assert entities.get_entity(project, odense).state == "accepted"
    assert "Odense" not in render_document(project, 1).text

    dialog.select_ids([odense])
    dialog.reject_selected()
    assert "Odense" in render_document(project, 1).text

    pia, pia_upper = _row(dialog, "Pia")[0], _row(dialog, "PIA")[0]
    if pia != pia_upper:  # confusable-insensitive matching may already have made them one
        dialog.select_ids([pia, pia_upper])
        dialog.merge_selected()
    assert len([r for r in dialog.rows() if r[2].upper().startswith("PIA")]) == 1

    monkeypatch.setattr(anonymise_review.ask, "text", lambda *a, **k: "[søster]")
    dialog.select_ids([next(r[0] for r in dialog.rows() if r[2].upper().startswith("PIA"))])
    dialog.edit_selected_pseudonym()
    text = render_document(project, 1).text
    assert "Min søster [søster] og [søster]s mand" in text
    actions = {e.action for e in read_log(project)}
    assert {"anon_accepted", "anon_rejected", "anon_pseudonym"} <= actions


def test_style_switch_regenerates_pseudonyms(dialog, project):
    dialog.detect()
    dialog.person_style.setCurrentIndex(dialog.person_style.findData("bracket"))
    assert _row(dialog, "Palle")[3] == "[navn]"


def test_mark_selection_adds_a_missed_mention(qtbot, project, monkeypatch):
    doc = add_document(project, "b", "IP: Jeg arbejder i Brugsen i Tarm.\n")
    monkeypatch.setattr(anonymise_review.ask, "choose", lambda parent, title, label, items: items[2])
    questions = []
    monkeypatch.setattr(anonymise_review.ask, "confirm",
                        lambda parent, title, text: questions.append(text) or True)
    start = 29
    entity_id = anonymise_review.mark_selection(None, project, doc, start, start + 4)
    assert entities.get_entity(project, entity_id).core == "Tarm"
    assert entities.get_entity(project, entity_id).kind == "PLACE"
    assert "'Tarm' as place" in questions[0]
    assert "Tarm" not in render_document(project, doc).text


def test_mark_selection_declined_adds_nothing(qtbot, project, monkeypatch):
    doc = add_document(project, "b", "IP: Jeg arbejder i Brugsen i Tarm.\n")
    monkeypatch.setattr(anonymise_review.ask, "confirm", lambda *a: False)
    assert anonymise_review.mark_selection(None, project, doc, 19, 26, kind="ORG") is None
    assert entities.list_entities(project) == []
    assert "Brugsen" in render_document(project, doc).text


def test_seal_from_the_dialog(dialog, project, tmp_path, monkeypatch):
    dialog.detect()
    pending = [r[0] for r in dialog.rows() if entities.get_entity(project, r[0]).state == "pending"]
    dialog.select_ids(pending)
    dialog.accept_selected()
    key = tmp_path / "key.json"
    monkeypatch.setattr(anonymise_review.ask, "confirm", lambda *a, **k: True)
    choice = KeyChoice(str(key), "pw")
    monkeypatch.setattr(AnonymiseReviewDialog, "ask_key_file", staticmethod(lambda parent: choice))
    dialog.seal()
    assert key.is_file()
    assert "Palle" not in render_document(project, 1).text
    assert dialog.rows() == []  # the register is gone with the originals


def test_seal_is_refused_while_a_candidate_is_undecided(dialog, project, tmp_path, monkeypatch):
    """An unreviewed name would stay in the sealed texts for good."""
    dialog.detect()
    review.decide(project, dialog.rows()[0][0], "pending")
    told = []
    monkeypatch.setattr(anonymise_review.ask, "confirm", lambda *a, **k: True)
    monkeypatch.setattr(anonymise_review.ask, "inform", lambda parent, title, text: told.append(text))
    key = tmp_path / "key.json"
    choice = KeyChoice(str(key), None, plaintext=True)
    monkeypatch.setattr(AnonymiseReviewDialog, "ask_key_file", staticmethod(lambda parent: choice))
    dialog.seal()
    assert told and not key.exists() and not dialog.sealed


def test_the_key_is_encrypted_unless_an_unencrypted_key_is_chosen_explicitly(qtbot):
    from PySide6.QtWidgets import QDialogButtonBox

    from qcode.ui.dialogs.key_password import KeyPasswordDialog

    dialog = KeyPasswordDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.password, "kort")
    assert not ok.isEnabled() and "at least" in dialog.problem.text()
    dialog.password.setText("en lang kode")
    qtbot.keyClicks(dialog.repeat, "en lang kod")
    assert not ok.isEnabled() and "differ" in dialog.problem.text()
    qtbot.keyClicks(dialog.repeat, "e")
    assert ok.isEnabled() and dialog.choice_password() == ("en lang kode", False)
    dialog.plaintext.setChecked(True)
    assert ok.isEnabled() and "re-identify" in dialog.problem.text()
    assert dialog.choice_password() == (None, True)


def _undo_keys(qtbot, widget, redo: bool = False) -> None:
    modifiers = Qt.ControlModifier | (Qt.ShiftModifier if redo else Qt.NoModifier)
    qtbot.keyClick(widget, Qt.Key_Z, modifiers)


def test_a_reject_in_the_review_is_undone_with_ctrl_z(window, qtbot, doc_project, monkeypatch):
    """In the real window: the review's decisions go on the window's undo stack, Ctrl+Z in the review
    puts the name back to undecided, which the pseudonymised text replaces like an accepted name (what
    waits for review never shows as written), and Ctrl+Z works after it too."""
    project, doc = doc_project

    def detect_birgit(text, **kwargs):
        return [Candidate(m.start(), m.end(), "Birgit", "PERSON", "Birgit", "fake", 0.3)
                for m in re.finditer(r"\bBirgit\b", text)]  # a low score: left for a person to decide

    monkeypatch.setattr(register, "_default_detect", lambda: detect_birgit)
    window.actions["pseudonymised"].trigger()
    view = window.workspace.view

    def review_session(dialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.detect()
        birgit = _row(dialog, "Birgit")[0]
        assert _row(dialog, "Birgit")[1] == "pending" and "Birgit" not in view.toPlainText()
        dialog.select_ids([birgit])
        dialog.reject_selected()
        assert entities.get_entity(project, birgit).state == "rejected"
        assert _row(dialog, "Birgit")[1] == "rejected" and "Birgit" in view.toPlainText()
        assert window.actions["undo"].text() == "&Undo Reject 'Birgit'"  # rejected: not identifying
        _undo_keys(qtbot, dialog.table)
        assert entities.get_entity(project, birgit).state == "pending"
        assert _row(dialog, "Birgit")[1] == "pending" and "Birgit" not in view.toPlainText()
        _undo_keys(qtbot, dialog.table, redo=True)
        assert _row(dialog, "Birgit")[1] == "rejected" and "Birgit" in view.toPlainText()
        return QDialog.Accepted

    monkeypatch.setattr(AnonymiseReviewDialog, "exec", review_session)
    window.actions["anonymise"].trigger()
    (birgit,) = entities.list_entities(project)
    _undo_keys(qtbot, view)  # after the review, in the main window
    assert entities.get_entity(project, birgit.id).state == "pending"
    assert "Birgit" not in view.toPlainText()
    assert {"anon_rejected", "anon_restore"} <= {e.action for e in read_log(project)}


def test_a_merge_is_undone_with_the_same_ids_forms_and_mentions(dialog, project):
    dialog.detect()
    palle, pia = _row(dialog, "Palle")[0], _row(dialog, "Pia")[0]
    before = {e.id: e for e in entities.list_entities(project)}
    mentions = len(entities.mentions_for_entity(project, pia))
    text = render_document(project, 1).text
    dialog.select_ids([palle, pia])
    dialog.merge_selected()
    assert pia not in {e.id for e in entities.list_entities(project)}
    assert "Pia" in entities.get_entity(project, palle).forms
    dialog.stack.undo()
    assert {e.id: e for e in entities.list_entities(project)} == before
    assert len(entities.mentions_for_entity(project, pia)) == mentions
    assert render_document(project, 1).text == text
    assert [r[0] for r in dialog.rows() if r[2].startswith(("Palle", "Pia"))] == [palle, pia]
    dialog.stack.redo()  # the same merge again, on the same ids
    assert pia not in {e.id for e in entities.list_entities(project)}


def test_a_chosen_pseudonym_and_a_style_change_are_undone(dialog, project, monkeypatch):
    dialog.detect()
    pia = _row(dialog, "Pia")[0]
    automatic = entities.get_entity(project, pia).pseudonym
    monkeypatch.setattr(anonymise_review.ask, "text", lambda *a, **k: "[søster]")
    dialog.select_ids([pia])
    dialog.edit_selected_pseudonym()
    assert entities.get_entity(project, pia).pseudonym == "[søster]"
    dialog.stack.undo()
    assert entities.get_entity(project, pia).pseudonym == automatic
    assert not entities.get_entity(project, pia).custom
    palle = _row(dialog, "Palle")[3]
    dialog.person_style.setCurrentIndex(dialog.person_style.findData("bracket"))
    assert _row(dialog, "Palle")[3] == "[navn]"
    assert dialog.stack.undoText() == "Pseudonym style"
    dialog.undo_action.trigger()
    assert _row(dialog, "Palle")[3] == palle
    assert dialog.person_style.currentData() == "numbered"


def test_the_seal_question_says_it_cannot_be_undone(dialog, monkeypatch):
    asked = []
    monkeypatch.setattr(anonymise_review.ask, "confirm",
                        lambda parent, title, text: asked.append(text) or False)
    dialog.seal()
    assert "cannot be undone" in asked[0] and "undo history is cleared" in asked[0]
    assert not dialog.sealed


def test_a_decision_leaves_the_rows_in_place_and_moves_on_to_the_next(dialog, qtbot):
    dialog.detect()
    order = [r[0] for r in dialog.rows()]
    assert dialog.rows()[0][1] == "pending"
    dialog.table.selectRow(0)
    dialog.reject_selected()  # the Reject button (R)
    assert [r[0] for r in dialog.rows()] == order  # nothing moved under the mouse
    assert dialog.rows()[0][1] == "rejected"
    assert dialog.selected_ids() == [order[1]]  # the next row is the one to decide now


def test_documents_not_searched_yet_are_flagged_also_after_a_later_import(dialog, project):
    assert "1 document(s) not searched yet" in dialog.summary.text()
    assert dialog.detect_button.font().bold()
    dialog.detect()
    assert "not searched" not in dialog.summary.text() and not dialog.detect_button.font().bold()
    add_document(project, "b", "Interviewer: Og så?\\nIP: Det ved jeg ikke.\\n")  # imported afterwards
    assert "1 document(s) not searched yet" in dialog.summary.text()


def test_detection_progress_names_the_document_and_counts(project):
    from qcode.ui.dialogs.anonymise_review import detect_and_store_job

    add_document(project, "interview_a", TEXT)
    labels = []
    detect_and_store_job(project, lambda done, total, label: labels.append(label), lambda: False)
    assert "Searching interview_a (1 of 1)" in labels


def test_the_age_styles_offered_are_what_is_written(dialog):
    """First-use test: the dropdown offered "[40'erne]" while the words applied were "[fyrrerne]"."""
    from qcode.anonymise.pseudonyms import DECADE, RANGE, render_age

    combo = dialog.age_style
    offered = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
    assert set(offered) == {DECADE, RANGE}
    for style, text in offered.items():  # each entry names its style with an example: what is written
        assert text.endswith(f"e.g. {render_age('45 år', '45', style)}"), text


def test_a_user_name_is_reviewed_as_its_own_kind(qtbot, project, events):
    """The real detector: a private person's handle is listed as a user name with its placeholder (#13)."""
    add_document(project, "chat", "Nanna: følg @line_k93 for opdateringer, og skriv til mig i aften.\n")
    dlg = AnonymiseReviewDialog(None, events)
    qtbot.addWidget(dlg)
    dlg.detect()
    qtbot.waitUntil(lambda: any(r[2].startswith("line_k93") for r in dlg.rows()), timeout=60000)
    row = next(r for r in range(dlg.table.rowCount()) if dlg.table.item(r, 2).text().startswith("line_k93"))
    assert dlg.table.item(row, 1).text() == "User name"
    assert dlg.table.item(row, 3).text() == "[brugernavn]"


def test_the_filter_bar_finds_rows_by_text_kind_and_decision(dialog):
    dialog.detect()
    assert len(dialog.visible_rows()) == len(dialog.rows()) == 4
    dialog.filter.find.setText("[BY]")  # a pseudonym, any case; the context column counts too
    assert [r[2] for r in dialog.visible_rows()] == ["Odense"]
    dialog.filter.find.setText("odense")
    assert "Palle" not in [r[2] for r in dialog.visible_rows()] and len(dialog.visible_rows()) == 3
    dialog.filter.find.clear()
    dialog.filter.decision.setCurrentIndex(dialog.filter.decision.findData("pending"))
    assert [r[2] for r in dialog.visible_rows()] == ["Odense"]
    dialog.filter.decision.setCurrentIndex(0)
    dialog.filter.kind.setCurrentIndex(dialog.filter.kind.findData("PERSON"))
    assert "Odense" not in [r[2] for r in dialog.visible_rows()] and dialog.visible_rows()


def test_typing_in_the_table_decides_nothing_and_ctrl_return_accepts(dialog, qtbot, project):
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.detect()
    odense = _row(dialog, "Odense")[0]
    dialog.select_ids([odense])
    dialog.table.setFocus()
    qtbot.keyClicks(dialog.table, "Hans ar")
    assert entities.get_entity(project, odense).state == "pending"
    qtbot.keyClick(dialog.table, Qt.Key_Return, Qt.ControlModifier)
    assert entities.get_entity(project, odense).state == "accepted"


def test_a_header_click_sorts_and_the_sort_survives_a_decision(dialog, qtbot):
    dialog.detect()
    dialog.table.horizontalHeader().sectionClicked.emit(anonymise_review.MENTIONS)
    dialog.table.sortByColumn(anonymise_review.MENTIONS, Qt.DescendingOrder)
    counts = [int(r[3] and dialog.table.item(n, anonymise_review.MENTIONS).text()) for n, r in
              enumerate(dialog.rows())]
    assert counts == sorted(counts, reverse=True)
    dialog.select_ids([dialog.rows()[-1][0]])
    dialog.accept_selected()
    again = [int(dialog.table.item(n, anonymise_review.MENTIONS).text())
             for n in range(dialog.table.rowCount())]
    assert again == sorted(again, reverse=True)


def test_a_merge_keeps_the_entity_clicked_first_with_its_pseudonym_and_role(dialog, project, qtbot):
    """From a stranger's run (#13): the kept entity was the upper row, and an informant merged into a
    person made it an informant; now the first one clicked stays as it was."""
    from PySide6.QtCore import QPoint

    dialog.detect()
    palle, pia = _row(dialog, "Palle")[0], _row(dialog, "Pia")[0]
    before = entities.get_entity(project, pia)
    dialog.table.clearSelection()
    for entity_id, modifier in ((pia, Qt.NoModifier), (palle, Qt.ControlModifier)):
        row = next(r for r in range(dialog.table.rowCount())
                   if dialog.table.item(r, 0).data(Qt.UserRole) == entity_id)
        rect = dialog.table.visualItemRect(dialog.table.item(row, 2))
        qtbot.mouseClick(dialog.table.viewport(), Qt.LeftButton, modifier, QPoint(rect.center()))
    assert dialog.chosen_ids() == [pia, palle]
    dialog.merge_selected()
    kept = entities.get_entity(project, pia)
    assert palle not in {e.id for e in entities.list_entities(project)}
    assert (kept.pseudonym, kept.role) == (before.pseudonym, before.role) and "Palle" in kept.forms
    assert f"{before.pseudonym}: Min søster" in render_document(project, 1).text


def test_the_review_says_why_a_finding_waits(qtbot, project, events, monkeypatch):
    def guess(text, **_):
        return [Candidate(m.start(), m.end(), "Odense", "PLACE", "Odense", "model", 0.6)
                for m in re.finditer(r"\bOdense\b", text)]

    monkeypatch.setattr(register, "_default_detect", lambda: guess)
    add_document(project, "a", TEXT)
    dlg = AnonymiseReviewDialog(None, events)
    qtbot.addWidget(dlg)
    dlg.detect()
    headers = [dlg.table.horizontalHeaderItem(c).text() for c in range(dlg.table.columnCount())]
    row = next(r for r in range(dlg.table.rowCount()) if dlg.table.item(r, 2).text() == "Odense")
    assert dlg.table.item(row, 0).text() == "pending"
    assert dlg.table.item(row, headers.index("Why it waits")).text() == "found only by the statistical model"
    # the reason is readable: its column is as wide as the text (within limits) and the whole shows on hover
    column = headers.index("Why it waits")
    cell = dlg.table.item(row, column)
    assert cell.toolTip() == "found only by the statistical model"
    width = dlg.table.fontMetrics().horizontalAdvance(cell.text())
    assert dlg.table.columnWidth(column) >= min(width, 340)
