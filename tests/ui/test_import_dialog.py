"""The import dialog and the speaker review, driven offscreen with pytest-qt."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from qcode.core.cases import list_cases
from qcode.core.codebook import find_code
from qcode.core.documents import list_documents, turns_for_document
from qcode.io import importing
from qcode.io.importing import read_files
from qcode.io.speaker_map import SpeakerDecision, collect_speakers
from qcode.ui.dialogs import ask, import_dialog
from qcode.ui.dialogs.speaker_review import NAME, SpeakerReviewDialog

KAREN = ("Interviewer: Hvordan går det?\n\nKaren: Godt.\n\nInterivewer: Hvor tit?\n\n"
         "Karen: Hver uge.\n\nInterivewer: Og så?\n\nMor: Kom ind!\n\nKaren: Ja ja.\n")
OLE = "I: Hvad laver du?\n\nOle: Jeg fisker.\n\nI: Hvor?\n\nOle: Ved havnen.\n"


@pytest.fixture
def files(tmp_path: Path) -> list[Path]:
    (tmp_path / "karen.txt").write_text(KAREN, encoding="utf-8")
    (tmp_path / "ole.txt").write_text(OLE, encoding="utf-8")
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4 cut off")
    return [tmp_path / "karen.txt", tmp_path / "ole.txt", tmp_path / "broken.pdf"]


def _dialog(qtbot, files: list[Path]) -> SpeakerReviewDialog:
    documents = read_files(files).documents
    dialog = SpeakerReviewDialog(collect_speakers(documents), [d.name for d in documents])
    qtbot.addWidget(dialog)
    return dialog


def test_review_lists_speakers_and_returns_decisions(qtbot, files) -> None:
    dialog = _dialog(qtbot, files)
    names = [dialog.table.item(r, NAME).text() for r in range(dialog.table.rowCount())]
    assert names[0] == "Interviewer" and set(names) == {"Interviewer", "Karen", "Ole", "Mor"}
    assert dialog.decisions()["Karen"] == SpeakerDecision("Karen", "interviewee")
    dialog.set_is_speaker("Mor", False)
    dialog.set_name("Ole", "Ole Hansen")
    dialog.set_role("Ole", "other")  # rows are keyed by the detected name
    dialog.autocode.setChecked(True)
    decisions = dialog.decisions()
    assert decisions["Mor"].name is None
    assert decisions["Ole"] == SpeakerDecision("Ole Hansen", "other")
    assert dialog.autocode_roles() == ("interviewer",)


def test_merge_selected_rows(qtbot, files) -> None:
    dialog = _dialog(qtbot, files)
    dialog.table.clearSelection()
    dialog.table.setSelectionMode(dialog.table.SelectionMode.MultiSelection)
    for name in ("Karen", "Mor"):
        dialog.table.selectRow(dialog.row_of(name))
    qtbot.mouseClick(dialog.merge_button, Qt.LeftButton)
    decisions = dialog.decisions()
    assert decisions["Mor"] == decisions["Karen"] == SpeakerDecision("Karen", "interviewee")


def test_renaming_to_an_existing_name_merges_with_its_role(qtbot, files) -> None:
    dialog = _dialog(qtbot, files)
    dialog.set_name("Mor", "Interviewer")
    assert dialog.decisions()["Mor"] == SpeakerDecision("Interviewer", "interviewer")


@pytest.mark.parametrize("kept", [True, False], ids=["kept", "read-again"])
def test_run_import_reads_reviews_and_stores(qtbot, project, files, monkeypatch, kept) -> None:
    if not kept:  # nothing held in memory between the review and storing: every file is read again
        monkeypatch.setattr(importing, "KEEP_CHARS", 0)
    shown: list[str] = []
    monkeypatch.setattr(ask, "inform", lambda parent, title, text: shown.append(text))

    def accept(self) -> int:
        self.set_is_speaker("Mor", False)
        self.autocode.setChecked(True)
        return QDialog.Accepted

    monkeypatch.setattr(SpeakerReviewDialog, "exec", accept)
    report = import_dialog.run_import(None, project, files)
    assert report is not None and len(report.imported) == 2
    assert [Path(p).name for p, _ in report.skipped] == ["broken.pdf"]
    assert "broken.pdf" in shown[0] and "Imported 2 file(s)." in shown[0]
    assert {c.name for c in list_cases(project)} == {"Karen", "Ole"}
    karen = next(d for d in list_documents(project) if d.name == "karen")
    assert "Mor" not in {t.speaker for t in turns_for_document(project, karen.id)}
    assert find_code(project, "Interviewer") is not None and report.autocoded == 5


def test_cancelled_review_stores_nothing(qtbot, project, files, monkeypatch) -> None:
    monkeypatch.setattr(ask, "inform", lambda *a: pytest.fail("no message after a cancel"))
    monkeypatch.setattr(SpeakerReviewDialog, "exec", lambda self: QDialog.Rejected)
    assert import_dialog.run_import(None, project, files) is None
    assert list_documents(project) == []


def test_only_bad_or_known_files_skip_the_review(qtbot, project, files, monkeypatch) -> None:
    shown: list[str] = []
    asked: list[str] = []
    monkeypatch.setattr(ask, "inform", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(ask, "confirm", lambda parent, title, text: asked.append(text) or False)
    monkeypatch.setattr(SpeakerReviewDialog, "exec", lambda self: QDialog.Accepted)
    import_dialog.run_import(None, project, files[:1])
    monkeypatch.setattr(SpeakerReviewDialog, "exec", lambda self: pytest.fail("no review needed"))
    report = import_dialog.run_import(None, project, [files[0], files[2]])
    assert report is not None and report.imported == [] and len(report.duplicates) == 1
    assert "already imported" in shown[-1] and "broken.pdf" in shown[-1]
    assert "karen.txt" in asked[0]  # asked, and the default answer (No) skipped it


def test_reimport_when_the_coder_says_yes(qtbot, project, files, monkeypatch) -> None:
    monkeypatch.setattr(ask, "inform", lambda *a: None)
    monkeypatch.setattr(SpeakerReviewDialog, "exec", lambda self: QDialog.Accepted)
    import_dialog.run_import(None, project, files[:1])
    monkeypatch.setattr(ask, "confirm", lambda *a: True)
    report = import_dialog.run_import(None, project, files[:1])
    assert report is not None and len(report.imported) == 1 and report.duplicates == []
    assert sorted(d.name for d in list_documents(project)) == ["karen", "karen (2)"]


def test_no_files_chosen_is_a_cancel(qtbot, project, monkeypatch) -> None:
    monkeypatch.setattr(import_dialog, "choose_files", lambda parent: [])
    assert import_dialog.run_import(None, project, []) is None


def test_storing_runs_off_the_gui_thread_and_the_window_follows(qtbot, window, files, monkeypatch):
    import threading

    threads = []
    real = import_dialog.store_reviewed
    monkeypatch.setattr(import_dialog, "store_reviewed",
                        lambda *a, **k: threads.append(threading.current_thread()) or real(*a, **k))
    monkeypatch.setattr(ask, "inform", lambda *a: None)
    monkeypatch.setattr(SpeakerReviewDialog, "exec", lambda self: QDialog.Accepted)
    before = window.workspace.documents.rowCount()
    window.import_files([str(f) for f in files])
    assert threads and threads[0] is not threading.main_thread()
    assert window.workspace.documents.rowCount() == before + 2


def test_an_import_reaches_every_view_through_the_announced_changes(qtbot, window, files, monkeypatch):
    """The import dialog itself, with nothing re-read afterwards: the document list and the code tree
    learn of the new documents and the speaker codes from the changes the worker announces."""
    from qcode.core.documents import list_documents

    monkeypatch.setattr(ask, "inform", lambda *a: None)

    def accept(self) -> int:
        self.autocode.setChecked(True)  # makes a code per interviewer on the worker's connection
        return QDialog.Accepted

    monkeypatch.setattr(SpeakerReviewDialog, "exec", accept)
    ws = window.workspace
    announced: list[tuple] = []
    ws.events.documents_changed.connect(announced.append)
    import_dialog.run_import(window, window.project, files)
    new = {d.id for d in list_documents(window.project) if d.name in ("karen", "ole")}
    assert len(new) == 2 and set(announced[-1]) == new
    shown = {ws.documents.index(row, 0).data() for row in range(ws.documents.rowCount())}
    assert {"karen", "ole"} <= shown
    interviewer = find_code(window.project, "Interviewer")
    assert ws.codebook.code(interviewer.id) is not None  # the tree shows the code the import made
    assert ws.codebook.count(interviewer.id) == 5


def test_review_says_which_other_file_failed_without_library_errors(qtbot, project, files,
                                                                     monkeypatch) -> None:
    """#16: the speaker review tells that broken.pdf will not be imported, in plain words (no
    "(Stream has ended unexpectedly)" from the PDF library)."""
    seen: list[str] = []

    def look(self) -> int:
        seen.append(self.failed_label.text() if self.failed_label.isVisibleTo(self) else "")
        return QDialog.Rejected

    monkeypatch.setattr(SpeakerReviewDialog, "exec", look)
    import_dialog.run_import(None, project, files)
    assert "broken.pdf" in seen[0] and "could not be read" in seen[0]
    assert "(" not in seen[0].split("broken.pdf", 1)[1], seen[0]


@pytest.mark.parametrize(("lang", "expected"), [("da", "filen er beskadiget eller afkortet"),
                                                ("en", "the PDF is damaged or truncated")])
def test_failure_reasons_are_in_the_ui_language_without_library_errors(monkeypatch, files, lang,
                                                                      expected) -> None:
    monkeypatch.setenv("QCODE_LANG", lang)
    report = read_files(files).report
    (reason,) = [r for _, r in report.skipped]
    assert reason == expected


def test_review_warns_when_an_interviewee_is_already_a_case(qtbot, project, files, monkeypatch) -> None:
    """#16: a second interview with a speaker named like an existing case is pointed out, not merged
    silently; renaming the speaker clears the warning."""
    monkeypatch.setattr(ask, "inform", lambda *a: None)
    monkeypatch.setattr(SpeakerReviewDialog, "exec", lambda self: QDialog.Accepted)
    import_dialog.run_import(None, project, files[:1])  # Karen becomes a case
    (files[0].parent / "karen2.txt").write_text("I: Og nu?\n\nKaren: Stadig godt.\n", encoding="utf-8")
    warnings: list[str] = []

    def look(self) -> int:
        warnings.append(self.case_warning.text() if self.case_warning.isVisibleTo(self) else "")
        self.set_name("Karen", "Karen B")
        warnings.append(self.case_warning.text() if self.case_warning.isVisibleTo(self) else "")
        return QDialog.Rejected

    monkeypatch.setattr(SpeakerReviewDialog, "exec", look)
    import_dialog.run_import(None, project, [files[0].parent / "karen2.txt"])
    assert "Karen" in warnings[0] and "case" in warnings[0]
    assert warnings[1] == ""


def test_a_word_file_without_empty_paragraphs_shows_a_blank_line_between_turns(qtbot, window, tmp_path,
                                                                              monkeypatch):
    """Word separates paragraphs by spacing: imported line by line, the turns stood without the blank
    line between them that a typed transcript has; a turn's own paragraphs stay together."""
    import docx

    word = docx.Document()
    for line in ("Interviewer: Hvordan går det?", "Karen: Godt.", "Det er nyt.", "Interviewer: Hvor tit?",
                 "Karen: Hver uge."):
        word.add_paragraph(line)
    word.save(tmp_path / "karen.docx")
    monkeypatch.setattr(SpeakerReviewDialog, "exec", lambda self: QDialog.Accepted)
    window.import_files([str(tmp_path / "karen.docx")])
    document = next(d for d in list_documents(window.project) if d.name == "karen")
    window.workspace.doc_list.select_document(document.id)
    qtbot.waitUntil(lambda: window.workspace.view.document_id == document.id)
    assert window.workspace.view.toPlainText() == (
        "Interviewer: Hvordan går det?\n\nKaren: Godt.\nDet er nyt.\n\n"
        "Interviewer: Hvor tit?\n\nKaren: Hver uge.")
    text = window.workspace.view.stored_text
    assert [text[t.start:t.end] for t in turns_for_document(window.project, document.id)] == [
        "Interviewer: Hvordan går det?", "Karen: Godt.\nDet er nyt.", "Interviewer: Hvor tit?",
        "Karen: Hver uge."]  # the turns moved with the blank lines


def test_reading_progress_counts_bytes_not_files(qtbot, window, tmp_path, monkeypatch):
    """A big file next to a small one: the bar moves with the bytes read (it sat at 50 % for a minute)."""
    from qcode.ui import workers

    (tmp_path / "small.txt").write_text(OLE, encoding="utf-8")
    (tmp_path / "big.txt").write_text(KAREN * 200, encoding="utf-8")
    sizes = [(tmp_path / name).stat().st_size for name in ("small.txt", "big.txt")]
    seen: list[tuple[int, int]] = []
    real = workers.BackgroundTask._on_progress

    def record(self, done: int, total: int, label: str) -> None:
        seen.append((done, total))
        real(self, done, total, label)

    monkeypatch.setattr(workers.BackgroundTask, "_on_progress", record)
    monkeypatch.setattr(SpeakerReviewDialog, "exec", lambda self: QDialog.Accepted)
    window.import_files([str(tmp_path / "small.txt"), str(tmp_path / "big.txt")])
    reading = [step for step in seen if step[1] == sum(sizes)]
    assert reading and {0, sizes[0], sum(sizes)} <= {done for done, _ in reading}


def test_review_does_not_warn_about_a_generic_label_that_an_old_project_has_as_a_case(
        qtbot, project, files, monkeypatch) -> None:
    """#13: a project from before per-document cases has a case "IP"; a new interview's "IP" becomes a
    case of its own document, so the review says nothing about adding turns to the old one."""
    from qcode.core.cases import add_case, cases_of_document

    add_case(project, "IP")
    monkeypatch.setattr(ask, "inform", lambda *a: None)
    (files[0].parent / "iv_07.txt").write_text("I: Hvordan går det?\n\nIP: Godt.\n\nI: Og så?\n\nIP: Ja.\n",
                                               encoding="utf-8")
    warnings: list[str] = []

    notes: list[str] = []

    def look(self) -> int:
        warnings.append(self.case_warning.text() if self.case_warning.isVisibleTo(self) else "")
        notes.append(self.generic_note.text() if self.generic_note.isVisibleTo(self) else "")
        self.set_name("IP", "Palle")  # named: one case across files, and no longer a label
        notes.append(self.generic_note.text() if self.generic_note.isVisibleTo(self) else "")
        self.set_name("IP", "IP")
        return QDialog.Accepted

    monkeypatch.setattr(SpeakerReviewDialog, "exec", look)
    import_dialog.run_import(None, project, [files[0].parent / "iv_07.txt"])
    assert warnings == [""]
    assert "“IP”" in notes[0] and "case of its own" in notes[0] and notes[1] == ""
    document = next(d for d in list_documents(project) if d.name == "iv_07")
    assert [c.name for c in cases_of_document(project, document.id)] == ["iv_07 – IP"]
