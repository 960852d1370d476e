"""UI language: switching to Danish retranslates menus, docks and undo texts at once."""

from __future__ import annotations

from PySide6.QtCore import Qt

from qcode.resources import resource
from qcode.ui import i18n, settings


def test_compiled_danish_translation_is_shipped():
    assert resource("translations", "qcode_da.qm").stat().st_size > 1000


def test_switch_to_danish_and_back(window, qtbot, doc_project, select):
    project, _doc = doc_project
    assert window.menus["file"].title() == "&File"
    try:
        window.actions["lang_da"].trigger()
        assert settings.language() == "da"
        assert window.menus["file"].title() == "&Filer"
        assert window.menus["edit"].title() == "&Redigér"
        assert window.actions["apply_code"].text() == "Anvend &kode…"
        assert window.workspace.docks["codebook"].windowTitle() == "Kodebog"
        assert window.workspace.tree.model().headerData(0, Qt.Horizontal) == "Kode"
        view = window.workspace.view
        select(view, 0, 11)
        qtbot.keyClick(view, Qt.Key_2)
        assert window.actions["undo"].text() == "&Fortryd Kod 'ensomhed'"
    finally:
        window.actions["lang_en"].trigger()
    assert window.menus["file"].title() == "&File"
    assert window.actions["undo"].text() == "&Undo Code 'ensomhed'"  # made in Danish, named in English


def test_steps_made_before_a_switch_are_named_in_the_new_language(window, qtbot, doc_project, select):
    stack = window.workspace.stack
    view = window.workspace.view
    select(view, 0, 11)
    qtbot.keyClick(view, Qt.Key_2)
    select(view, 20, 30)
    assert window.workspace.coding.apply_by_name("savn/længsel")  # two new codes and a coding: a macro
    select(view, 40, 50)
    qtbot.keyClick(view, Qt.Key_2)
    stack.undo()  # one step on the redo side too
    assert [stack.text(i) for i in range(stack.count())] == [
        "Code 'ensomhed'", "Code with new code 'længsel'", "Code 'ensomhed'"]
    try:
        window.set_language("da")
        assert [stack.text(i) for i in range(stack.count())] == [
            "Kod 'ensomhed'", "Kod med ny kode 'længsel'", "Kod 'ensomhed'"]
        assert window.actions["undo"].text() == "&Fortryd Kod med ny kode 'længsel'"
        assert window.actions["redo"].text() == "&Gentag Kod 'ensomhed'"
        stack.undo()
        assert window.actions["redo"].text() == "&Gentag Kod med ny kode 'længsel'"
    finally:
        window.set_language("en")
    assert window.actions["redo"].text() == "&Redo Code with new code 'længsel'"


def test_effective_language_follows_the_choice():
    assert i18n.effective_language("da") == "da"
    assert i18n.effective_language("en") == "en"
    assert i18n.effective_language("") in ("da", "en")


def test_core_errors_are_shown_in_the_ui_language(window, monkeypatch):
    from qcode.core.errors import CodebookError

    shown = []
    monkeypatch.setattr("qcode.ui.main_window.ask.inform", lambda parent, title, text: shown.append(text))
    try:
        window.set_language("da")
        window.show_error(CodebookError("code.empty_name"))
    finally:
        window.set_language("en")
    window.show_error(CodebookError("code.empty_name"))
    assert shown == ["En kode skal have et navn.", "A code needs a name."]


def test_every_danish_translation_is_finished():
    text = resource("translations", "qcode_da.ts").read_text(encoding="utf-8")
    assert text.count("<message") > 300
    assert 'type="unfinished"' not in text


def test_danish_export_dialog_analysis_window_and_review(window, qtbot, doc_project, select):
    from PySide6.QtCore import QPoint

    from qcode.ui.analysis import open_analysis
    from qcode.ui.dialogs.anonymise_review import AnonymiseReviewDialog
    from qcode.ui.dialogs.export_dialog import open_export

    project, _doc = doc_project
    try:
        window.set_language("da")
        export = open_export(window, window.workspace.events)
        qtbot.addWidget(export)
        assert export.windowTitle() == "Eksportér citater"
        assert export.export_button.text() == "Eksportér…"
        assert export.codebook_button.text() == "Eksportér kodebog…"
        assert export.choices.children_box.text() == "Medtag underkoder"
        export.close()

        words = open_analysis(window, window.workspace.events, "wordfreq")
        qtbot.waitUntil(lambda: not words.busy, timeout=10000)
        analysis = words.window()
        assert analysis.tabs.tabText(analysis.tabs.currentIndex()) == "Ordfrekvenser"
        assert words.model.headerData(0, Qt.Horizontal) == "Antal"
        assert words.model.headerData(1, Qt.Horizontal) == "Andel %"
        open_analysis(window, window.workspace.events, "agreement")
        assert analysis.tabs.tabText(analysis.tabs.currentIndex()) == "Koderenighed"
        frequencies = open_analysis(window, window.workspace.events, "frequencies")
        assert frequencies._chart_title() == "Kodninger fordelt på dokumenter"
        analysis.close()

        review = AnonymiseReviewDialog(window, window.workspace.events)
        qtbot.addWidget(review)
        assert review.table.horizontalHeaderItem(0).text() == "Beslutning"
        view = window.workspace.view
        select(view, 0, 11)
        titles = [a.text() for a in view.context_menu(QPoint(5, 5)).actions()]
        assert "Markér til anonymisering" in titles
        assert window.actions["settings"].text() == "&Indstillinger…"
        assert window.menus["file_export"].title() == "&Eksportér"
        assert "koder: tester" in window._status.text()
        # Strings behind a module's _tr() helper are extracted too (resources/translations/update.py).
        from PySide6.QtCore import QCoreApplication

        refi = QCoreApplication.translate("RefiDialog", "Export REFI-QDA project")
        assert refi == "Eksportér REFI-QDA-projekt"
        assert QCoreApplication.translate("ImportDialog", "Reading files") == "Læser filer"
    finally:
        window.set_language("en")


def test_an_open_analysis_window_follows_a_language_switch(window, qtbot, doc_project):
    from qcode.ui.analysis import open_analysis

    view = open_analysis(window, window.workspace.events, "frequencies")
    analysis = view.window()
    open_analysis(window, window.workspace.events, "overview")
    assert analysis.tabs.tabText(analysis.tabs.currentIndex()) == "Overview"
    try:
        window.set_language("da")
        qtbot.waitUntil(lambda: analysis.tabs.tabText(analysis.tabs.currentIndex()) == "Overblik")
        assert [analysis.tabs.tabText(i) for i in range(analysis.tabs.count())] == ["Frekvenser", "Overblik"]
        assert analysis.views["frequencies"].export.copy_button.text() == "Kopiér"
        assert window.workspace.memos.target.itemText(0).startswith("Dokument:")  # the memo panel too
    finally:
        window.set_language("en")
    qtbot.waitUntil(lambda: analysis.tabs.tabText(0) == "Frequencies")
    assert window.workspace.memos.target.itemText(0).startswith("Document:")
    analysis.close()


def test_qts_own_dialogs_and_menus_follow_the_language(window):
    """Message-box buttons, a line edit's context menu and the file dialog come from Qt's own
    translations (qtbase_da.qm), which are swapped with qcode's on a switch."""
    from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

    def shown() -> tuple[list[str], list[str], list[str]]:
        box = QMessageBox(QMessageBox.Question, "qcode", "?",
                          QMessageBox.Yes | QMessageBox.No | QMessageBox.Cancel)
        menu = window.workspace.doc_list.filter.createStandardContextMenu()
        files = QFileDialog(window)
        files.setOption(QFileDialog.DontUseNativeDialog)
        texts = ([b.text() for b in box.buttons()], [a.text().split("\t")[0] for a in menu.actions()],
                 [label.text() for label in files.findChildren(QLabel)])
        for widget in (box, menu, files):
            widget.deleteLater()
        return texts

    try:
        window.set_language("da")
        buttons, menu, files = shown()
        assert sorted(buttons) == ["&Ja", "&Nej", "Annuller"]
        assert "&Kopiér" in menu and "Markér alt" in menu
        assert "&Filnavn:" in files
    finally:
        window.set_language("en")
    buttons, menu, files = shown()
    assert sorted(buttons) == ["&No", "&Yes", "Cancel"]
    assert "&Copy" in menu and "&Filnavn:" not in files


def test_the_options_of_open_analysis_views_follow_a_switch_and_stay_chosen(window, qtbot):
    from qcode.ui.analysis import open_analysis

    def view(name):
        return open_analysis(window, window.workspace.events, name)

    frequencies, cooccurrence, agreement = view("frequencies"), view("cooccurrence"), view("agreement")
    search, segments, overview = view("search"), view("segments"), view("overview")
    saturation = view("saturation")
    frequencies.set_options(by="coder", measure="words")
    cooccurrence.mode.setCurrentIndex(cooccurrence.mode.findData("turn"))
    agreement.unit.setCurrentIndex(agreement.unit.findData("sentences"))
    search.spread.setCurrentIndex(search.spread.findData("sentence"))
    saturation.set_order("imported")
    combos = (frequencies.by, frequencies.measure, cooccurrence.mode, agreement.unit, search.spread,
              segments.coder, overview.attribute, saturation.order)
    chosen = [combo.currentData() for combo in combos]
    try:
        window.set_language("da")
        qtbot.waitUntil(lambda: frequencies.rollup.text() == "Læg underkoder sammen")  # posted events
        assert [combo.currentText() for combo in combos] == [
            "Kodere", "Kodede ord", "Samme taletur", "sætninger", "dets sætning", "Alle kodere",
            "(enhver attribut)", "Som importeret"]
        assert [combo.currentData() for combo in combos] == chosen
        assert frequencies.charts.tabText(1) == "Varmekort"
        assert overview.tabs.tabText(1) == "Kodere"
    finally:
        window.set_language("en")
    qtbot.waitUntil(lambda: frequencies.rollup.text() == "Roll up sub-codes")
    assert [combo.currentText() for combo in combos] == [
        "Coders", "Coded words", "Same speaker turn", "sentences", "its sentence", "All coders",
        "(any attribute)", "As imported"]
    assert [combo.currentData() for combo in combos] == chosen
    frequencies.window().close()
