"""Recall on the shared Danish corpus, scored as the customer scores it (skips without ../shared)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from qcode.anonymise.detect import detect

TAGS = {"PERSON": "[navn]", "AGE": "[alder]", "PLACE": "[by]", "ORG": "[organisation]"}


def _redact(text: str, use_model: bool = False) -> str:
    out, last = [], 0
    for c in detect(text, use_model=use_model):
        out += [text[last : c.start], TAGS.get(c.label, "[x]")]
        last = c.end
    return "".join(out) + text[last:]


EXTRA = Path(__file__).resolve().parents[1] / "data" / "anon_extra"
EXTRA2 = Path(__file__).resolve().parents[1] / "data" / "anon_extra2"


def _scorer(shared_dir: Path):
    spec = importlib.util.spec_from_file_location("score_anon", shared_dir / "tools" / "score_anon.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    return scorer


def _score(scorer, corpus: Path, out: Path, use_model: bool = False) -> dict:
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
    for name, info in gold["files"].items():
        with open(corpus / name, encoding=info["encoding"], newline="") as fh:
            text = fh.read()
        with open(out / name, "w", encoding=info["encoding"], newline="") as fh:
            fh.write(_redact(text, use_model))
    return scorer.score(gold, str(corpus), str(out))


def test_corpus_meets_the_recall_targets(shared_dir: Path, tmp_path: Path) -> None:
    res = _score(_scorer(shared_dir), shared_dir / "corpus", tmp_path)
    labels = res["labels"]
    assert labels["PERSON"]["recall_strict"] >= 0.99
    assert labels["AGE"]["recall_strict"] >= 0.95
    for lab in ("PLACE", "ORG"):
        if lab in labels:
            assert labels[lab]["recall_strict"] >= 0.9
    assert not res["names_anywhere"]
    assert sum(f["negatives_changed"] for f in res["files"].values()) <= 1
    over = res["over_redaction"]
    assert over["changed"] <= 0.01 * over["nongold_words"]


@pytest.mark.parametrize("corpus", [EXTRA, EXTRA2], ids=["anon_extra", "anon_extra2"])
def test_second_corpora_meet_the_recall_targets(shared_dir: Path, tmp_path: Path, corpus: Path) -> None:
    """The synthetic corpora in tests/data: more origins of names, places, countries, institutions and
    ages in words; their look-alikes include pets' names, foreign feasts and age differences.
    Nicknames that are ordinary words ("Bamse", "Lillemor") need the statistical model, which the
    command line uses by default."""
    res = _score(_scorer(shared_dir), corpus, tmp_path, use_model=True)
    labels = res["labels"]
    assert labels["PERSON"]["recall_strict"] >= 0.99
    assert labels["AGE"]["recall_strict"] >= 0.95
    assert labels["PLACE"]["recall_strict"] >= 0.9
    assert labels["ORG"]["recall_strict"] >= 0.9
    assert not res["names_anywhere"]
    assert res["negatives"]["changed"] <= 0.03 * res["negatives"]["total"]
    over = res["over_redaction"]
    assert over["changed"] <= 0.01 * over["nongold_words"]
