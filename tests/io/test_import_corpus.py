"""Every corpus transcript (.txt and .docx) against the gold speaker turns."""

from __future__ import annotations

import json
from pathlib import Path

from qcode.core.documents import normalise_text
from qcode.io import read_document


def _gold_in_canonical(raw: str, turns: list[dict]) -> list[tuple[int, int, str, str, str]]:
    """Gold turns as (start, end, speaker, role, label) with CRLF offsets mapped onto ``\\n`` text."""
    position, mapping = 0, []
    for index, char in enumerate(raw):
        mapping.append(position)
        if not (char == "\r" and raw[index + 1:index + 2] == "\n"):
            position += 1
    mapping.append(position)
    return [(mapping[t["start"]], mapping[t["end"]], t["speaker"], t.get("true_role", t["role"]),
             t["label"]) for t in turns]


def _score(shared_dir: Path, suffix: str) -> tuple[int, int, int, list[str]]:
    corpus = shared_dir / "corpus"
    gold = json.loads((corpus / "gold.json").read_text("utf-8"))["files"]
    total = boundaries = speakers = 0
    problems = []
    for name, entry in sorted(gold.items()):
        path = corpus / (Path(name).stem + suffix)
        raw = (corpus / name).read_bytes().decode(entry["encoding"])
        expected = _gold_in_canonical(raw, entry["turns"])
        document = read_document(path)
        if suffix == ".txt":
            assert document.text == normalise_text(raw)
        found = {(t.start, t.end): t for t in document.turns}
        if document.text != normalise_text(raw):
            # the .docx may differ in blank lines: compare turns by their words instead
            gold_text = normalise_text(raw)
            found = {}
            by_words = {document.text[t.start:t.end]: t for t in document.turns}
            for start, end, *_ in expected:
                if gold_text[start:end] in by_words:
                    found[(start, end)] = by_words[gold_text[start:end]]
        for start, end, speaker, role, label in expected:
            total += 1
            turn = found.get((start, end))
            if turn is None:
                problems.append(f"{path.name}: no turn at {start}–{end}")
                continue
            boundaries += 1
            if (turn.speaker, turn.role, turn.label) == (speaker, role, label):
                speakers += 1
            else:
                problems.append(f"{path.name}: {turn.speaker}/{turn.role} for {speaker}/{role}")
        if len(document.turns) != len(expected):
            problems.append(f"{path.name}: {len(document.turns)} turns, gold has {len(expected)}")
    return total, boundaries, speakers, problems


def _check(shared_dir: Path, suffix: str) -> None:
    total, boundaries, speakers, problems = _score(shared_dir, suffix)
    print(f"\n{suffix}: {total} gold turns, boundaries {boundaries / total:.2%}, "
          f"speaker+role {speakers / total:.2%}")
    for problem in problems[:20]:
        print("  ", problem)
    assert total > 800
    assert boundaries / total >= 0.99
    assert speakers / total >= 0.99
    assert sum("turns, gold has" in p for p in problems) <= 1


def test_txt_turns_match_gold(shared_dir: Path) -> None:
    _check(shared_dir, ".txt")


def test_docx_turns_match_gold(shared_dir: Path) -> None:
    _check(shared_dir, ".docx")


def test_header_metadata_and_participant(shared_dir: Path) -> None:
    document = read_document(shared_dir / "corpus" / "var_01_ip.txt")
    assert document.metadata["Interviewperson"] == "Palle, 46 år"
    assert document.turns[0].speaker == "Palle" and document.turns[0].label == "IP"
    assert {t.speaker for t in document.turns} == {"Palle", "Interviewer"}
    assert all(t.start > document.text.index("Sted:") for t in document.turns)
    upper = read_document(shared_dir / "corpus" / "var_04_upper.txt")
    assert "ø" in upper.text and "\r" not in upper.text
    assert {t.speaker for t in upper.turns} == {"Anne-Mette", "Interviewer"}
