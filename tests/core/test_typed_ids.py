"""The typed ids mean something: mypy, run with the project's own settings (pyproject.toml), rejects an
id of one kind where core expects another, and a bare int where an id belongs, and accepts the right
ones. Uses mypy's cache in the checkout, which scripts/test.sh has just filled: a few seconds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from mypy import api

ROOT = Path(__file__).resolve().parents[2]

# Every line marked "# wrong" must get an [arg-type] error (the swapped calls get two), and no other
# line any error. Never run, only type-checked.
CASES = '''
from qcode.anonymise import review
from qcode.core import entities
from qcode.core.codebook import add_code, get_code
from qcode.core.codings import add_coding, get_coding
from qcode.core.documents import add_document, get_document
from qcode.core.project import Project
from qcode.core.types import DocumentId


def calls(project: Project, from_argparse: int) -> None:
    document_id = add_document(project, "interview", "Interviewer: Hej Palle.")
    code_id = add_code(project, "netværk")
    get_document(project, document_id)
    get_document(project, code_id)  # wrong: a code id where a document id belongs
    get_document(project, from_argparse)  # wrong: an int from outside is wrapped where it enters
    get_document(project, DocumentId(from_argparse))
    get_code(project, code_id)
    result = add_coding(project, document_id, code_id, 0, 11)
    add_coding(project, code_id, document_id, 0, 11)  # wrong: document and code swapped
    coding = get_coding(project, result.coding_id)
    get_coding(project, coding.code_id)  # wrong: a code id where a coding id belongs
    entity_id = entities.insert_entity(project, "PER", "Palle")
    entities.add_mention(project, document_id, entity_id, 18, 23, "Palle")
    entities.add_mention(project, entity_id, document_id, 18, 23, "Palle")  # wrong: swapped
    review.accept(project, entity_id)
    review.accept(project, document_id)  # wrong: a document id where an entity id belongs
'''

_ERROR = re.compile(r"^[^:]+:(\d+): error: .*\[([a-z-]+)\]$")


def test_mypy_rejects_an_id_of_the_wrong_kind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cases = tmp_path / "typed_id_cases.py"
    cases.write_text(CASES, encoding="utf-8")
    monkeypatch.chdir(ROOT)  # qcode resolves to this checkout, and mypy's cache is the checkout's
    stdout, stderr, status = api.run(["--config-file", str(ROOT / "pyproject.toml"),
                                      "--no-error-summary", str(cases)])
    assert stderr == ""
    errors = [(int(m[1]), m[2]) for line in stdout.splitlines() if (m := _ERROR.match(line))]
    assert [line for line in stdout.splitlines() if ": error: " in line and not _ERROR.match(line)] == []
    wrong = [n for n, line in enumerate(CASES.splitlines(), 1) if "# wrong" in line]
    assert len(wrong) == 6
    assert {code for _, code in errors} == {"arg-type"}, stdout
    assert sorted({n for n, _ in errors}) == wrong, stdout
    assert len(errors) == len(wrong) + 2, stdout  # the two swapped calls are wrong twice
    assert status == 1
