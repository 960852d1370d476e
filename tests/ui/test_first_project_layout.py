"""The first project a new user creates, in the window they already see (no saved layout yet): the
transcript gets most of the width and the codebook room for its names, not a sliver between two
docks laid out before the window had sized them."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from qcode.ui.app import application, create_window


def settled() -> None:
    for _ in range(3):
        QApplication.sendPostedEvents(None, 0)
        QApplication.processEvents()


def test_a_new_project_in_a_shown_window_gets_the_default_layout(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    application()
    window = create_window([])  # the welcome panel: no project, no saved layout
    qtbot.addWidget(window)
    window.resize(1280, 820)
    window.show()
    qtbot.waitExposed(window)
    settled()
    target = tmp_path / "studie.qcode"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.new_project()
    settled()
    ws = window.workspace
    transcript = window.centralWidget().width()
    assert transcript > window.width() // 2, (transcript, ws.docks["documents"].width())
    assert ws.docks["documents"].width() < transcript
    assert ws.docks["codebook"].width() >= 180
