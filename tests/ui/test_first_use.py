"""The first-use test's findings (#16), each driven through the real window: the stripe margin keeps
its width, right-click acts on what is under the mouse, keyboard focus moves between the panes, and
the window fits small and HiDPI screens."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from workspace_text import TEXT

from qcode.core.codebook import add_code
from qcode.core.codings import codings_for_document


def test_stripe_margin_keeps_its_width_over_ten_new_codes(window, qtbot, doc_project, select):
    project, doc = doc_project
    view = window.workspace.view
    word = TEXT.index("søster")

    def x_of_word() -> int:
        cursor = view.textCursor()
        cursor.setPosition(view._shown(word))
        return view.cursorRect(cursor).left() + view.viewport().x()

    margin, x = view.viewport().x(), x_of_word()
    for n in range(10):
        code = add_code(project, f"kode {n}")
        start = TEXT.index("Jeg") + n
        select(view, start, start + 3)
        assert window.workspace.coding.apply(code)
        qtbot.wait(1)
        assert view.viewport().x() == margin  # the text does not move under the mouse
        assert x_of_word() == x
    assert len(view.stripes.columns) == 10
    width, pitch = view.stripes.step()
    assert width >= 1 and 10 * pitch <= view.stripes.width()
