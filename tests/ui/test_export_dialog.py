"""The quote workbench, offscreen: choosing codes, favourites, order, trimming, exporting."""

from __future__ import annotations

import threading

import pytest
from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from qcode.anonymise.register import record_candidates
from qcode.core.cases import ensure_case, link_document, set_attribute
from qcode.core.codebook import find_code
from qcode.core.codings import add_coding
from qcode.core.documents import add_document
from qcode.core.imported import Turn
from qcode.core.quotes import QuoteFilter, list_exports, select_quotes
from qcode.ui.dialogs import export_dialog
from qcode.ui.dialogs.export_dialog import ExportDialog

LINES = [("Interviewer", "interviewer", "Hvordan går det?"),
         ("Birgit", "interviewee", "Jeg er meget alene. Min datter Mette ringer aldrig. Det gør ondt."),
         ("Interviewer", "interviewer", "Har du venner?"),
         ("Birgit", "interviewee", "Ikke rigtig. Jeg går til café om tirsdagen.")]


@pytest.fixture
def filled(project):
    parts, turns, position = [], [], 0
    for speaker, role, words in LINES:
        line = f"{speaker}: {words}"
        turns.append(Turn(position, position + len(line), speaker, role, speaker, position,
                          position + len(speaker)))
        parts.append(line)
        position += len(line) + 2
    text = "\n\n".join(parts)
    document_id = add_document(project, "interview_01", text, turns=turns)
    case_id = ensure_case(project, "Birgit")
    link_document(project, document_id, case_id)
    set_attribute(project, case_id, "køn", "kvinde")
    set_attribute(project, case_id, "alder", "58", "number")
    lonely, network = find_code(project, "ensomhed").id, find_code(project, "netværk").id
    for needle, code in (("Jeg er meget alene.", lonely), ("Min datter Mette ringer aldrig.", network),
                         ("Ikke rigtig.", network)):
        start = text.index(needle)
        add_coding(project, document_id, code, start, start + len(needle))
    # searched for names, nothing recorded (as after rejecting every candidate): the leak check alone speaks
    record_candidates(project, document_id, [])
    return project


def tick(dialog: ExportDialog, *names: str) -> None:
    for row in range(dialog.choices.code_list.count()):
        item = dialog.choices.code_list.item(row)
        if item.text().strip() in names:
            item.setCheckState(Qt.Checked)


def rows(dialog: ExportDialog) -> list[str]:
    return [dialog.quote_list.item(i).text() for i in range(dialog.quote_list.count())]


def test_ticking_codes_lists_quotes_and_previews_them(qtbot, filled, events):
    dialog = ExportDialog(events)
    qtbot.addWidget(dialog)
    assert rows(dialog) == [] and not dialog.export_button.isEnabled()
    tick(dialog, "ensomhed", "netværk")
    assert len(rows(dialog)) == 3
    assert rows(dialog)[0].startswith("netværk: Min datter Mette ringer aldrig.")
    preview = dialog.preview.toPlainText()
    assert "Jeg er meget alene." in preview and "(Deltager 1, kvinde, 50'erne)" in preview
    dialog.choices.context_box.setCurrentIndex(dialog.choices.context_box.findData("turn"))
    assert "Det gør ondt." in dialog.preview.toPlainText()


def test_favourites_order_and_trim_are_stored(qtbot, filled, events):
    dialog = ExportDialog(events)
    qtbot.addWidget(dialog)
    tick(dialog, "netværk")
    first, second = rows(dialog)
    dialog.quote_list.item(1).setCheckState(Qt.Checked)
    dialog.quote_list.setCurrentRow(1)
    dialog.move_current(-1)
    assert rows(dialog) == [second, first]
    network = find_code(filled, "netværk").id
    stored = select_quotes(filled, QuoteFilter((network,)))
    assert [q.favourite for q in stored] == [True, False]

    dialog.quote_list.setCurrentRow(1)  # "Min datter Mette ringer aldrig."
    cursor = dialog.original.textCursor()
    start = dialog.original.toPlainText().index("ringer ")
    cursor.setPosition(start)
    cursor.setPosition(start + len("ringer "), QTextCursor.KeepAnchor)
    dialog.original.setTextCursor(cursor)
    dialog.cut_selection()
    assert "Min datter Mette […] aldrig." in dialog.preview.toPlainText()
    dialog.quote_list.setCurrentRow(1)
    dialog.remove_cuts()
    assert "Min datter Mette ringer aldrig." in dialog.preview.toPlainText()


def test_export_writes_what_the_preview_shows(qtbot, filled, events, tmp_path, monkeypatch):
    dialog = ExportDialog(events)
    qtbot.addWidget(dialog)
    tick(dialog, "ensomhed")
    target = tmp_path / "ud.docx"
    monkeypatch.setattr(export_dialog, "ask_save_path", lambda *a, **k: str(target))
    monkeypatch.setattr(export_dialog.ask, "confirm", lambda *a: pytest.fail("nothing to confirm"))
    monkeypatch.setattr(export_dialog.ask, "inform", lambda *a: pytest.fail(a[2]))
    threads = []
    real = export_dialog.export_report
    monkeypatch.setattr(export_dialog, "export_report",
                        lambda *a: threads.append(threading.current_thread()) or real(*a))
    result = dialog.export()
    assert result is not None and target.exists()
    assert threads and threads[0] is not threading.main_thread()  # the GUI stays responsive
    quotes = [p.text for p in Document(str(target)).paragraphs if p.style.name == "Citat"]
    assert quotes == ["»Jeg er meget alene.«"]
    assert [e.kind for e in list_exports(filled)] == ["quotes"]


def test_refused_warning_blocks_the_export(qtbot, filled, events, tmp_path, monkeypatch):
    pytest.importorskip("qcode.anonymise.leak_check")
    dialog = ExportDialog(events)
    qtbot.addWidget(dialog)
    tick(dialog, "netværk")  # "Mette" is not in the register: the leak check warns
    target = tmp_path / "ud.xlsx"
    monkeypatch.setattr(export_dialog, "ask_save_path", lambda *a, **k: str(target))
    asked = []
    monkeypatch.setattr(export_dialog.ask, "confirm", lambda *a: asked.append(a[2]) and False)
    told = []
    monkeypatch.setattr(export_dialog.ask, "inform", lambda *a: told.append(a[2]))
    dialog.format_box.setCurrentText("xlsx")
    assert dialog.export() is None
    assert "Mette" in asked[0] and told
    assert not target.exists() and list_exports(filled) == []
    monkeypatch.setattr(export_dialog.ask, "confirm", lambda *a: True)  # the user acknowledges
    assert dialog.export() is not None and target.exists()


def test_codebook_export_runs_off_the_gui_thread(qtbot, filled, events, tmp_path, monkeypatch):
    dialog = ExportDialog(events)
    qtbot.addWidget(dialog)
    target = tmp_path / "kodebog.csv"
    monkeypatch.setattr(export_dialog, "ask_save_path", lambda *a, **k: str(target))
    monkeypatch.setattr(export_dialog.ask, "inform", lambda *a: pytest.fail(a[2]))
    threads = []
    real = export_dialog.export_codebook
    monkeypatch.setattr(export_dialog, "export_codebook",
                        lambda *a, **k: threads.append(threading.current_thread()) or real(*a, **k))
    result = dialog.export_codebook()
    assert result is not None and result.format == "csv"
    assert "ensomhed" in target.read_text(encoding="utf-8-sig")
    assert threads and threads[0] is not threading.main_thread()
    assert "codebook" in [e.kind for e in list_exports(filled)]


def test_memo_export_from_the_workbench_is_pseudonymised(qtbot, filled, events, tmp_path, monkeypatch):
    from qcode.anonymise.register import detect_project
    from qcode.core.memos import add_memo

    add_memo(filled, "Om Mette", "Mette ringede i går.")
    detect_project(filled)  # Mette and Birgit are in the register now
    dialog = ExportDialog(events)
    qtbot.addWidget(dialog)
    target = tmp_path / "memoer.csv"
    monkeypatch.setattr(export_dialog, "ask_save_path", lambda *a, **k: str(target))
    monkeypatch.setattr(export_dialog.ask, "inform", lambda *a: pytest.fail(a[2]))
    qtbot.mouseClick(dialog.memos_button, Qt.LeftButton)
    written = target.read_text(encoding="utf-8-sig")
    assert "ringede" in written and "Mette" not in written
    assert "memos" in [e.kind for e in list_exports(filled)]


def test_open_workbench_follows_codings_made_in_the_main_window(window, qtbot, doc_project, select):
    from workspace_text import TEXT

    project, _doc = doc_project
    dialog = export_dialog.open_export(window, window.workspace.events)
    tick(dialog, "ensomhed")
    assert rows(dialog) == []
    view = window.workspace.view
    start = TEXT.index("ensom,")
    select(view, start, start + len("ensom"))
    qtbot.keyClick(view, Qt.Key_2)  # codes "ensomhed" in the main window while the dialog is open
    qtbot.waitUntil(lambda: len(rows(dialog)) == 1)
    assert "ensom" in rows(dialog)[0]
    window.actions["undo"].trigger()
    qtbot.waitUntil(lambda: rows(dialog) == [])
    dialog.close()
    window.actions["redo"].trigger()  # a closed dialog no longer listens


def test_preview_warns_until_names_are_in_the_register(qtbot, filled, events):
    """Before detection the "pseudonymised" preview shows every name: the dialog says so."""
    from qcode.anonymise.candidates import PERSON, Candidate
    from qcode.anonymise.register import record_candidates
    from qcode.core.documents import get_document

    dialog = ExportDialog(events)
    qtbot.addWidget(dialog)
    tick(dialog, "netværk")
    assert not dialog.unprotected.isHidden()
    text = get_document(filled, 1).text
    start = text.index("Mette")
    record_candidates(filled, 1, [Candidate(start, start + 5, "Mette", PERSON, "Mette", "test", 1.0)],
                      auto_accept=True)
    dialog.refresh()
    assert dialog.unprotected.isHidden()
    assert "Mette" not in dialog.preview.toPlainText()


def test_preview_follows_a_pseudonym_style_chosen_elsewhere(qtbot, filled, events):
    """The anonymisation review's style change announces itself: an open workbench re-renders."""
    from qcode.anonymise.candidates import PERSON, Candidate
    from qcode.anonymise.register import change_settings, record_candidates
    from qcode.core.documents import get_document

    text = get_document(filled, 1).text
    start = text.index("Mette")
    record_candidates(filled, 1, [Candidate(start, start + 5, "Mette", PERSON, "Mette", "test", 1.0)],
                      auto_accept=True)
    dialog = ExportDialog(events)
    qtbot.addWidget(dialog)
    tick(dialog, "netværk")
    assert "[navn]" not in dialog.preview.toPlainText()
    change_settings(filled, person_style="bracket")
    qtbot.waitUntil(lambda: "Min datter [navn] ringer aldrig." in dialog.preview.toPlainText())


def test_default_citation_fits_a_project_without_gender_and_age(qtbot, project, events, tmp_path,
                                                                 monkeypatch):
    """#16: the default "({case}, {køn}, {alder})" on cases without those attributes: the export works,
    the citation leaves the fields out, and the dialog says so once."""
    text = "Interviewer: Hvordan går det?\n\nBirgit: Jeg er meget alene."
    turns = [Turn(0, 29, "Interviewer", "interviewer", "Interviewer", 0, 11),
             Turn(31, len(text), "Birgit", "interviewee", "Birgit", 31, 37)]
    document_id = add_document(project, "interview_01", text, turns=turns)
    link_document(project, document_id, ensure_case(project, "Birgit"))
    start = text.index("Jeg er")
    add_coding(project, document_id, find_code(project, "ensomhed").id, start, len(text))
    record_candidates(project, document_id, [])
    dialog = ExportDialog(events)
    qtbot.addWidget(dialog)
    choices = dialog.choices
    assert choices.citation_edit.text() == "({case})"
    assert "køn, alder" in choices.citation_note.text() and not choices.citation_note.isHidden()
    tick(dialog, "ensomhed")
    target = tmp_path / "ud.docx"
    monkeypatch.setattr(export_dialog, "ask_save_path", lambda *a, **k: str(target))
    monkeypatch.setattr(export_dialog.ask, "inform", lambda *a: pytest.fail(a[2]))
    assert dialog.export() is not None
    texts = [p.text for p in Document(str(target)).paragraphs]
    assert "»Jeg er meget alene.«" in texts
    assert any(t.strip() in ("(Deltager 1)", "— (Deltager 1)") or "(Deltager 1)" in t for t in texts)


def test_whole_turn_quotes_have_no_timestamps_and_mark_the_interviewer(qtbot, project, events):
    """First-use test: quotes with the whole speaker turn began "00:04:40 …" and cited the interviewer's
    question as the informant's words."""
    lines = [("Interviewer", "interviewer", "00:04:40 Interviewer: Er du meget alene?"),
             ("Birgit", "interviewee", "00:04:52 Birgit: Ja. Jeg er meget alene. [00:05:10] Det gør ondt.")]
    parts, turns, position = [], [], 0
    for speaker, role, line in lines:
        label = line.index(speaker)
        turns.append(Turn(position, position + len(line), speaker, role, speaker, position + label,
                          position + label + len(speaker), line[:8]))
        parts.append(line)
        position += len(line) + 2
    text = "\n\n".join(parts)
    document_id = add_document(project, "interview_02", text, turns=turns)
    link_document(project, document_id, ensure_case(project, "Birgit"))
    lonely = find_code(project, "ensomhed").id
    for needle in ("Er du meget alene?", "Jeg er meget alene."):
        add_coding(project, document_id, lonely, text.index(needle), text.index(needle) + len(needle))
    record_candidates(project, document_id, [])
    dialog = ExportDialog(events)
    qtbot.addWidget(dialog)
    tick(dialog, "ensomhed")
    dialog.choices.context_box.setCurrentIndex(dialog.choices.context_box.findData("turn"))
    preview = dialog.preview.toPlainText()
    assert "Det gør ondt." in preview  # the whole turn
    assert "00:0" not in preview and "Birgit:" not in preview  # no timestamps, no speaker labels
    assert "Interviewer: Er du meget alene?" in preview  # the question is the interviewer's


def test_two_passages_of_one_turn_are_one_quote_in_list_count_and_export(qtbot, filled, events):
    """First-use test: with the whole turn as context, two codings in one turn made the list stop at a
    KeyError (one quote listed, "15 quotes" counted, 12 exported)."""
    network = find_code(filled, "netværk").id
    text = "Interviewer: Hvordan går det?"
    document = select_quotes(filled, QuoteFilter(code_ids=(network,)))[0].document_id
    full = next(q for q in select_quotes(filled, QuoteFilter(code_ids=(network,))))
    start = full.start
    add_coding(filled, document, network, start - len("Jeg er meget alene. "), start - 1)  # same turn
    dialog = ExportDialog(events)
    qtbot.addWidget(dialog)
    tick(dialog, "netværk")
    dialog.choices.context_box.setCurrentIndex(dialog.choices.context_box.findData("turn"))
    assert text not in dialog.preview.toPlainText()
    assert dialog.quote_list.count() == len(dialog.report.quotes) == len(dialog.quotes)
    assert dialog.status.text().startswith(str(len(dialog.report.quotes)))
    tick(dialog, "ensomhed")  # the list still follows the choices
    assert dialog.quote_list.count() == len(dialog.report.quotes)


def test_the_workbench_remembers_its_choices_for_the_project(qtbot, filled, events):
    """First-use test: the quote workbench forgot the ticked codes and settings between openings."""
    first = ExportDialog(events)
    qtbot.addWidget(first)
    tick(first, "ensomhed")
    first.choices.context_box.setCurrentIndex(first.choices.context_box.findData("turn"))
    first.choices.title_edit.setText("Citater om Birgit")
    first.choices.title_edit.editingFinished.emit()
    listed = rows(first)
    first.close()
    again = ExportDialog(events)
    qtbot.addWidget(again)
    assert again.choices.checked_codes() == first.choices.checked_codes()
    assert again.choices.context_box.currentData() == "turn"
    assert rows(again) == listed  # the quotes are there at once
    assert again.choices.title_edit.text() != "Citater om Birgit"  # free text (a name?) is not kept
