"""The window's first paint reads the project through its sqlite3 connection (sqlite-utils loads later,
#19): what it shows must be exactly what it showed when every read went through
sqlite-utils, and the first write must still go through sqlite-utils' transaction."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from qcode.core import project as project_module
from qcode.core.cases import add_case, link_document
from qcode.core.codebook import list_codes
from qcode.core.codings import add_coding
from qcode.core.memos import add_memo
from qcode.core.project import Project, open_project


@pytest.fixture
def rich_project(doc_project):
    """A closed project file with codings of three codes, a case and memos on a document and a coding."""
    project, doc = doc_project
    codes = [c.id for c in list_codes(project)][:3]
    for i, code in enumerate(codes):
        add_coding(project, doc, code, 10 + 20 * i, 60 + 20 * i)
    coding = add_coding(project, doc, codes[0], 140, 180).coding_id
    link_document(project, doc, add_case(project, "Birgit"))
    add_memo(project, "om interviewet", "lang tekst", document_id=doc)
    add_memo(project, "om kodningen", "kort", coding_id=coding)
    path = project.path
    project.close()
    return path, doc


def _shown(window) -> dict:
    """Everything the models and panes hold, as text."""
    ws = window.workspace
    docs = ws.documents
    doc_rows = [[docs.data(docs.index(r, c)) for c in range(docs.columnCount())]
                for r in range(docs.rowCount())]
    tree = ws.codebook
    codes = []

    def walk(parent):
        for r in range(tree.rowCount(parent)):
            codes.append([tree.data(tree.index(r, c, parent)) for c in range(tree.columnCount(parent))])
            walk(tree.index(r, 0, parent))

    walk(tree.index(-1, -1).parent())
    memos = [ws.memos.list.item(r).text() for r in range(ws.memos.list.count())]
    return {"documents": doc_rows, "codes": codes, "memos": memos,
            "text": ws.view.toPlainText(), "status": window._status.text()}


def _open_window(qtbot, path, doc):
    from qcode.ui.main_window import MainWindow

    window = MainWindow(open_project(path, coder="tester"))
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    qtbot.waitUntil(lambda: window.workspace.view.document_id == doc)
    qtbot.wait(50)
    return window


class _ThroughSqliteUtils:
    """The connection as the window saw it before #19: every read through sqlite-utils' ``execute``."""

    def __init__(self, project: Project, conn):
        self._project, self._conn = project, conn

    def execute(self, *args):
        return self._project.db.execute(*args)

    def __getattr__(self, name):
        return getattr(self._conn, name)


def test_the_window_shows_the_same_whichever_way_it_reads(qtbot, rich_project, monkeypatch):
    path, doc = rich_project
    first = _open_window(qtbot, path, doc)
    shown, picture = _shown(first), first.grab().toImage()
    first.close()

    made = Project.__init__

    def reading_through_sqlite_utils(self, *args, **kwargs):
        made(self, *args, **kwargs)
        real = self.conn
        self.db  # noqa: B018 (made on the real connection first)
        self.conn = _ThroughSqliteUtils(self, real)

    monkeypatch.setattr(Project, "__init__", reading_through_sqlite_utils)
    second = _open_window(qtbot, path, doc)
    assert isinstance(second.project.conn, _ThroughSqliteUtils)
    assert _shown(second) == shown
    assert shown["documents"][0][0] == "interview_birgit" and shown["memos"]
    assert second.grab().toImage() == picture
    second.close()


FIRST_PAINT = r"""
import json, sys
from PySide6.QtWidgets import QApplication
from qcode.core.project import open_project
from qcode.ui.main_window import MainWindow
app = QApplication([])
window = MainWindow(open_project(sys.argv[1], coder="tester"))
window.show()
window.grab()
while window.workspace.view.document_id is None:
    app.processEvents()
before = {name: name in sys.modules for name in ("sqlite_utils",)}
from qcode.core.memos import add_memo
add_memo(window.project, "efter", "første skrivning")
print(json.dumps({"before": before, "after_write": "sqlite_utils" in sys.modules,
                  "db": type(window.project.db).__module__}))
window.close()
window.close_project()
"""


def test_the_first_paint_does_not_load_sqlite_utils(rich_project):
    path, _doc = rich_project
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", FIRST_PAINT, str(path)], capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found["before"] == {"sqlite_utils": False}
    # the first write goes through sqlite-utils (project.transaction() uses its atomic())
    assert found["after_write"] is True and found["db"] == "sqlite_utils.db"


def test_a_closed_project_has_neither_connection_nor_database(project):
    project.close()
    assert project.conn is None and project.db is None
    assert project_module.Project.db.__doc__
