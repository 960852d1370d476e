"""Recall on the shared Danish corpus, scored as the customer scores it (skips without ../shared)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from qcode.anonymise.detect import detect

TAGS = {"PERSON": "[navn]", "AGE": "[alder]", "PLACE": "[by]", "ORG": "[organisation]"}


def _redact(text: str) -> str:
    out, last = [], 0
    for c in detect(text, use_model=False):
        out += [text[last : c.start], TAGS.get(c.label, "[x]")]
        last = c.end
    return "".join(out) + text[last:]


def test_corpus_meets_the_recall_targets(shared_dir: Path, tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("score_anon", shared_dir / "tools" / "score_anon.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    corpus = shared_dir / "corpus"
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
    for name, info in gold["files"].items():
        with open(corpus / name, encoding=info["encoding"], newline="") as fh:
            text = fh.read()
        with open(tmp_path / name, "w", encoding=info["encoding"], newline="") as fh:
            fh.write(_redact(text))
    res = scorer.score(gold, str(corpus), str(tmp_path))
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
