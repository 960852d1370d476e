"""The GUI's import between reading and storing holds the speakers and a bounded amount of text, not
every read document: past ``KEEP_CHARS`` a file is read again when it is stored."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from qcode.core.cases import list_cases
from qcode.core.documents import get_document, list_documents, turns_for_document
from qcode.core.project import create_project
from qcode.io import importing
from qcode.io.importing import read_files, store_reviewed
from qcode.io.speaker_map import SpeakerDecision, collect_speakers, default_decisions


def _interview(n: int, turns: int = 40) -> str:
    return "".join(f"Interviewer: Hvordan gik uge {k} for dig, nummer {n}?\n\n"
                   f"Person{n % 3}: Den gik godt, tak. Jeg var i Odense og så min søster {k}.\n\n"
                   for k in range(turns))


def _folder(tmp_path: Path, count: int, turns: int = 40) -> list[Path]:
    folder = tmp_path / f"inbox{count}"
    folder.mkdir()
    paths = []
    for n in range(count):
        paths.append(folder / f"iv_{n:03}.txt")
        paths[-1].write_text(_interview(n, turns), encoding="utf-8")
    return paths


def _stored(project) -> list[tuple[str, str, list[tuple[str, str, int, int]]]]:
    return [(d.name, get_document(project, d.id).text,
             [(t.speaker, t.role, t.start, t.end) for t in turns_for_document(project, d.id)])
            for d in list_documents(project)]


def test_files_not_kept_are_read_again_and_stored_the_same(tmp_path, monkeypatch):
    paths = _folder(tmp_path, 6)
    kept = read_files(paths)
    assert len(kept.documents) == 6
    monkeypatch.setattr(importing, "KEEP_CHARS", 2 * len(_interview(0)))  # two files' worth
    released = read_files(paths)
    assert len(released.documents) == 2 and [f.name for f in released.files] == [f.name for f in kept.files]
    assert [(s.name, s.role, s.turns, s.documents) for s in released.speakers()] == \
        [(s.name, s.role, s.turns, s.documents) for s in collect_speakers(kept.documents)]
    decisions = default_decisions(released.speakers())
    decisions["Person1"] = SpeakerDecision("Karen", "interviewee")
    with create_project(tmp_path / "a.qcode") as first, create_project(tmp_path / "b.qcode") as second:
        store_reviewed(first, kept, decisions)
        report = store_reviewed(second, released, decisions)
        assert len(report.imported) == 6 and report.skipped == []
        assert _stored(first) == _stored(second)
        assert {c.name for c in list_cases(second)} == {"Person0", "Karen", "Person2"}


def test_a_file_changed_after_the_review_is_skipped_with_a_reason(project, tmp_path, monkeypatch):
    monkeypatch.setattr(importing, "KEEP_CHARS", 0)
    paths = _folder(tmp_path, 3)
    result = read_files(paths)
    paths[1].write_text(_interview(1) + "Ukendt: en ny taler efter gennemsynet.\n", encoding="utf-8")
    report = store_reviewed(project, result, default_decisions(result.speakers()))
    assert [Path(p).name for p, _ in report.imported] == ["iv_000.txt", "iv_002.txt"]
    assert [(Path(p).name, reason) for p, reason in report.skipped] == [
        ("iv_001.txt", "the file changed after it was read; import it again")]


@pytest.mark.parametrize("count", [8])
def test_memory_between_reading_and_storing_does_not_grow_with_the_files(tmp_path, monkeypatch, count):
    monkeypatch.setattr(importing, "KEEP_CHARS", 0)

    def peak(paths: list[Path]) -> int:
        tracemalloc.start()
        try:
            result = read_files(paths)
            assert len(result.files) == len(paths)
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    few = peak(_folder(tmp_path, count, turns=400))
    many = peak(_folder(tmp_path, 4 * count, turns=400))
    text = len(_interview(0, 400))  # ~50,000 characters a file
    assert many - few < 3 * text, (few, many)  # 24 more files would add 24 texts if they were kept
