"""Several coders in the real main window, offscreen: blind coding (coder A cannot see B's codings, and
uncode touches only one's own), coding stripes per coder and the coder filter, adjudicating three
disagreements to a consensus layer (undoable, progress kept), File → Merge project… and the blind-coding
settings."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from workspace_text import TEXT, turns

from qcode.core.adjudication import adjudication
from qcode.core.codebook import find_code
from qcode.core.coders import ensure_coder
from qcode.core.codings import add_coding, codings_for_document
from qcode.core.documents import add_document
from qcode.core.project import create_project, open_project
from qcode.core.visibility import blind_state, start_blind
from qcode.ui.dialogs import ask
from qcode.ui.dialogs import merge_dialog as merge_module
from qcode.ui.dialogs.adjudication_dialog import OBJECT_NAME, AdjudicationDialog
from qcode.ui.dialogs.blind_dialog import LEAD_COLUMN, BlindDialog
from qcode.ui.dialogs.merge_dialog import MergeReviewDialog
from qcode.ui.main_window import MainWindow
from qcode.ui.text_offsets import to_qt

PHRASES = {  # (code, coder) -> the words they coded
    ("ensomhed", "anna"): "Jeg føler mig ensom",
    ("ensomhed", "bo"): "føler mig ensom, når børnene er væk",
    ("netværk", "anna"): "Min søster ringer om søndagen",
    ("netværk", "bo"): "Min søster ringer",
    ("stigma", "bo"): "snakker vi længe",
}


def _span(phrase: str) -> tuple[int, int]:
    start = TEXT.index(phrase)
    return start, start + len(phrase)


@pytest.fixture
def study(tmp_path: Path) -> Path:
    """A lead's project file with one transcript coded by anna and bo (three disagreements)."""
    path = tmp_path / "study.qcode"
    with create_project(path, coder="lead") as project:
        doc = add_document(project, "interview_birgit", TEXT, turns=turns(TEXT))
        for (code, coder), phrase in PHRASES.items():
            add_coding(project, doc, find_code(project, code).id, *_span(phrase),
                       ensure_coder(project, coder))
    return path


def _window(qtbot, path: Path, coder: str) -> MainWindow:
    window = MainWindow(open_project(path, coder=coder))
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    qtbot.waitUntil(lambda: window.workspace.view.document_id is not None)
    return window


def _coders_shown(window) -> set[str]:
    view = window.workspace.view
    return {view.coder_name(c.coder_id) for c in view.codings}


def test_a_blind_coder_cannot_see_the_other_coders_codings(qtbot, study):
    with open_project(study, coder="lead") as lead:
        start_blind(lead, leads=["lead"])
    window = _window(qtbot, study, "anna")
    view = window.workspace.view
    assert _coders_shown(window) == {"anna"}
    assert {TEXT[c.start:c.end] for c in view.codings} == {PHRASES[("ensomhed", "anna")],
                                                           PHRASES[("netværk", "anna")]}
    assert "blind coding: you see your own codings" in window._status.text()
    counts = window.workspace.codebook  # the codebook's counts are anna's too
    stigma = find_code(window.project, "stigma").id
    assert counts.data(counts.index_of(stigma).siblingAtColumn(1)) in (None, "", "0", 0)
    window.menus["coders"].aboutToShow.emit()
    assert [a.text() for a in window.menus["coders"].actions() if a.text()] == ["All coders", "anna (you)"]
    # coding goes on as usual: anna codes "snakker vi længe" herself and sees only that
    cursor = view.textCursor()
    cursor.setPosition(to_qt(TEXT, _span("snakker vi længe")[0]))
    cursor.setPosition(to_qt(TEXT, _span("snakker vi længe")[1]), QTextCursor.KeepAnchor)
    view.setTextCursor(cursor)
    window.workspace.coding.apply(stigma)
    assert sorted(TEXT[c.start:c.end] for c in view.codings if c.code_id == stigma) == ["snakker vi længe"]
    window.close()
    # after the lead reveals, anna sees bo's codings too
    with open_project(study, coder="lead") as lead:
        from qcode.core.visibility import reveal

        reveal(lead)
    window = _window(qtbot, study, "anna")
    assert _coders_shown(window) == {"anna", "bo"}
    window.close()


def test_uncode_acts_on_ones_own_codings_only(qtbot, study):
    window = _window(qtbot, study, "anna")
    view, coding = window.workspace.view, window.workspace.coding
    bos = next(c for c in view.codings if view.coder_name(c.coder_id) == "bo" and c.code_id ==
               find_code(window.project, "stigma").id)
    cursor = view.textCursor()
    cursor.setPosition(to_qt(TEXT, bos.start + 2))
    view.setTextCursor(cursor)
    menu = view.context_menu(view.cursorRect().center())
    entries = [(a.text(), a.isEnabled()) for a in menu.actions() if a.text()]
    assert ("'stigma' coded by bo (only they can change it)", False) in entries
    assert not any(text.startswith("Uncode 'stigma'") for text, _ in entries)
    window.workspace.tree.select_code(find_code(window.project, "stigma").id)
    coding.uncode_selected_code()  # Ctrl+U over bo's coding: nothing of bo's goes
    assert bos.id in {c.id for c in codings_for_document(window.project, view.document_id)}
    assert coding.uncode(bos.id) is False
    window.close()


def test_stripes_per_coder_and_the_coder_filter(qtbot, study):
    window = _window(qtbot, study, "lead")
    view = window.workspace.view
    stripes = view.stripes
    assert not stripes.by_coder and len(stripes.columns) == 3  # one stripe per code
    window.actions["stripes_by_coder"].setChecked(True)
    anna, bo = (ensure_coder(window.project, n) for n in ("anna", "bo"))
    ensom, netvaerk, stigma = (find_code(window.project, n).id for n in ("ensomhed", "netværk", "stigma"))
    assert [coder for coder, _colour in stripes.lanes] == [anna, bo]
    assert list(stripes.columns) == [(anna, netvaerk), (anna, ensom), (bo, netvaerk), (bo, ensom),
                                     (bo, stigma)]
    assert stripes.preferred_width() > 5 * 7
    stripes.repaint()
    image = stripes.grab().toImage()
    # the same code, two coders: two stripes side by side, anna's solid and bo's hatched
    annas = [r for r, s in stripes._hits if s.coder_id == anna and s.code_id == ensom][0]
    bos = [r for r, s in stripes._hits if s.coder_id == bo and s.code_id == ensom][0]
    assert annas.left() < bos.left()
    colour = view.colour_of(ensom).lower()
    solid = {image.pixelColor(annas.left() + 1, annas.top() + y).name() for y in range(annas.height())}
    hatched = {image.pixelColor(bos.left() + x, bos.top() + y).name()
               for x in range(bos.width()) for y in range(min(bos.height(), 12))}
    assert solid == {colour} and colour in hatched and "#ffffff" in hatched
    assert stripes.span_at(bos.center()).coder_id == bo
    assert view.describe(stripes.span_at(bos.center())) == "ensomhed — coded by bo"
    # the coder filter: bo only, then everyone again
    window.toggle_coder(anna, False)
    assert _coders_shown(window) == {"bo"} and [c for c, _ in stripes.lanes] == [bo]
    window.menus["coders"].aboutToShow.emit()
    ticked = {a.text(): a.isChecked() for a in window.menus["coders"].actions() if a.isCheckable()}
    assert ticked == {"All coders": False, "anna": False, "bo": True}
    window.toggle_coder(anna, True)
    assert view.coder_filter is None and _coders_shown(window) == {"anna", "bo"}
    window.close()


def test_adjudicating_three_disagreements_to_a_consensus_layer(qtbot, study, monkeypatch):
    window = _window(qtbot, study, "lead")
    window.actions["adjudicate"].trigger()  # Tools → Adjudicate disagreements…: the first two coders
    dialog = window.findChild(AdjudicationDialog, OBJECT_NAME)
    assert dialog.sides() == (["anna"], ["bo"]) and dialog.events is window.workspace.events
    assert dialog.stack is window.workspace.stack
    assert window.project.changes._listeners == [window.workspace.events._on_change]  # one bridge
    assert dialog.list.count() == 3
    assert dialog.progress.text() == (
        "0 of 3 disagreements decided; 0 of 0 agreed passages in the 'consensus' layer.")
    # 1: ensomhed, both versions side by side; keep anna's
    assert dialog.current.a == (_span(PHRASES[("ensomhed", "anna")]),)
    assert "Jeg føler mig ensom" in dialog.version_a.toPlainText()
    assert dialog.label_b.text() == "Version B: bo"
    dialog.buttons["a"].click()
    # 2: netværk, anna's longer than bo's: keep both (their union)
    assert dialog.current.code_id == find_code(window.project, "netværk").id
    dialog.buttons["both"].click()
    # 3: stigma, only bo coded it: the lead writes their own version
    assert dialog.current.a == () and dialog.current.b == (_span(PHRASES[("stigma", "bo")]),)
    dialog.select_own(*_span("vi længe"))
    dialog.buttons["own"].click()
    assert dialog.progress.text().startswith("3 of 3 disagreements decided")
    project = window.project
    consensus = ensure_coder(project, "consensus")
    doc = dialog.current.document_id
    layer = sorted((c.code_id, TEXT[c.start:c.end]) for c in codings_for_document(project, doc)
                   if c.coder_id == consensus)
    codes = {n: find_code(project, n).id for n in ("ensomhed", "netværk", "stigma")}
    assert layer == sorted([(codes["ensomhed"], "Jeg føler mig ensom"),
                            (codes["netværk"], "Min søster ringer om søndagen"),
                            (codes["stigma"], "vi længe")])
    # each decision is one undo step on the main window's stack
    assert window.actions["undo"].text() == "&Undo Adjudicate: Own version"
    window.workspace.stack.undo()
    assert dialog.progress.text().startswith("2 of 3 disagreements decided")
    window.workspace.stack.redo()
    assert dialog.progress.text().startswith("3 of 3 disagreements decided")
    dialog.close()
    # progress is kept: a new dialog (or another day) shows the decisions
    state = adjudication(project, ["anna"], ["bo"])
    assert [d.decision.decision for d in state.disagreements] == ["a", "both", "own"]
    window.close()


def test_merge_project_from_the_file_menu(qtbot, study, tmp_path, monkeypatch):
    carl = tmp_path / "carl.qcode"
    shutil.copy(study, carl)
    with open_project(carl, coder="carl") as copy:
        doc = copy.db.execute("SELECT id FROM documents").fetchone()[0]
        add_coding(copy, doc, find_code(copy, "ønsker").id, *_span("snakker vi længe"))
        from qcode.core.codebook import add_code

        add_code(copy, "håb")
    window = _window(qtbot, study, "lead")
    shown = []
    monkeypatch.setattr(merge_module, "choose_paths", lambda parent: [carl])
    monkeypatch.setattr(ask, "inform", lambda parent, title, text: shown.append(text))

    def review(cls, parent, project, paths, plan):
        dialog = cls(parent, project, paths, plan)
        assert [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())] == ["håb"]
        dialog.set_choice("håb", 0)  # create it
        return dialog.merge_choices()

    monkeypatch.setattr(MergeReviewDialog, "review", classmethod(review))
    window.actions["merge_project"].trigger()
    assert "Codings: 1 new, 0 extended, 5 already here" in shown[0]
    assert "carl" in _coders_shown(window)
    assert find_code(window.project, "håb")
    assert window.actions["undo"].text() == "&Undo Merge carl.qcode"
    window.workspace.stack.undo()
    assert "carl" not in _coders_shown(window)
    window.workspace.stack.redo()
    assert "carl" in _coders_shown(window)
    window.close()


def test_the_blind_coding_dialog(qtbot, study, monkeypatch):
    window = _window(qtbot, study, "lead")

    def ask_blind(cls, parent, project):
        dialog = cls(parent, project)
        dialog.active.setChecked(True)
        dialog.set_role("lead", LEAD_COLUMN, True)
        return dialog.state()

    monkeypatch.setattr(BlindDialog, "ask", classmethod(ask_blind))
    window.actions["blind"].trigger()
    assert blind_state(window.project).active
    assert window.actions["undo"].text() == "&Undo Start blind coding"
    window.workspace.stack.undo()
    assert not blind_state(window.project).active
    window.workspace.stack.redo()
    window.close()
    window = _window(qtbot, study, "bo")
    dialog = BlindDialog(window, window.project)
    assert dialog.locked and not dialog.active.isEnabled()
    assert dialog.status.text() == "You (bo) code blind: only a lead can change these settings."
    dialog.close()
    window.close()


def test_stripe_menu_of_another_coders_coding(qtbot, study):
    window = _window(qtbot, study, "anna")
    view = window.workspace.view
    requested = []
    view.uncode_requested.connect(requested.append)
    bos = next(c for c in view.codings if view.coder_name(c.coder_id) == "bo")
    menu = view.coding_menu(bos.id)
    assert [(x.text(), x.isEnabled()) for x in menu.actions()] == [
        (f"'{view.code_name(bos.code_id)}' coded by bo (only they can change it)", False)]
    annas = next(c for c in view.codings if view.coder_name(c.coder_id) == "anna")
    own = view.coding_menu(annas.id)
    own.actions()[0].trigger()
    assert requested == [annas.id]
    window.close()
