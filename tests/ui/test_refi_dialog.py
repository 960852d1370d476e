"""The REFI-QDA menu functions offscreen: export on a worker thread, import stored on the GUI thread."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from qcode.core import changes
from qcode.core.codebook import find_code
from qcode.core.codings import add_coding, codings_for_document
from qcode.core.documents import add_document, list_documents
from qcode.core.project import create_project
from qcode.ui.dialogs import ask, refi_dialog

TEXT = "IP: Jeg er ensom 😀 og savner min søster.\n"


@pytest.fixture
def messages(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(ask, "inform", lambda parent, title, text: shown.append(text))
    return shown


def test_export_then_import_through_the_dialog_functions(qtbot, project, tmp_path, messages,
                                                         monkeypatch) -> None:
    document = add_document(project, "interview", TEXT)
    add_coding(project, document, find_code(project, "ensomhed").id, 4, 16)
    out = tmp_path / "ud.qdpx"
    monkeypatch.setattr(refi_dialog, "choose_export_path", lambda parent, p: out)
    monkeypatch.setattr(refi_dialog, "ask_anonymised", lambda parent: False)
    result = refi_dialog.export_qdpx(None, project)
    assert result is not None and result.codings == 1
    assert "project.qde" in zipfile.ZipFile(out).namelist()
    assert messages[-1].startswith(f"Wrote {out}: 1 documents")

    with create_project(tmp_path / "b.qcode", coder="bo", with_default_codebook=False) as target:
        heard: list[str] = []
        target.changes.subscribe(lambda change: heard.append(change.kind))
        monkeypatch.setattr(refi_dialog, "choose_import_path", lambda parent: out)
        imported = refi_dialog.import_qdpx(None, target)
        assert imported is not None and imported.stored.codings == 1
        (summary,) = list_documents(target)
        (coding,) = codings_for_document(target, summary.id)
        assert (coding.start, coding.end) == (4, 16)
        assert changes.CODINGS in heard and changes.DOCUMENTS in heard
        assert messages[-1].startswith("Imported 1 documents")


def test_cancelled_questions_do_nothing(qtbot, project, monkeypatch, messages) -> None:
    monkeypatch.setattr(refi_dialog, "choose_export_path", lambda parent, p: None)
    monkeypatch.setattr(refi_dialog, "choose_import_path", lambda parent: None)
    assert refi_dialog.export_qdpx(None, project) is None
    assert refi_dialog.import_qdpx(None, project) is None
    assert messages == []


def test_bad_file_is_reported_and_changes_nothing(qtbot, project, tmp_path: Path, messages) -> None:
    bad = tmp_path / "bad.qde"
    bad.write_text("<Project", encoding="utf-8")
    assert refi_dialog.import_qdpx(None, project, bad) is None
    assert "is not a REFI-QDA project" in messages[-1]
    assert list_documents(project) == []
