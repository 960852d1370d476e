"""The age rules are skipped for a text with no digit and no number word (#19): the skip must never lose an
age, so detection with and without it is compared on the evaluation sets, whole and cut into sentences."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import qcode.anonymise.pipeline as pipeline
from qcode.anonymise.detect import detect
from qcode.anonymise.numbers import may_hold_a_number

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.mark.parametrize("text", [
    "Hun er otteårig.", "Han var i halvtredserne.", "han er sekstyw'", "et år gammel", "she was forty-five",
    "Zlata (1½)", "Jeg er 27.", "tyve", "fireoghalvfjerds", "sidst i fyrrerne", "i tresserne",
])
def test_texts_with_a_number_in_any_form_are_checked(text: str) -> None:
    assert may_hold_a_number(text)


@pytest.mark.parametrize("text", [
    "Hun kom i går og sagde hej.", "Vi tog til Tivoli i tide.", "Min mor, Lise.",
])
def test_texts_without_any_number_skip_the_age_rules(text: str) -> None:
    assert not may_hold_a_number(text)


def _texts() -> list[str]:
    texts: list[str] = []
    for folder in ("anon_extra10", "anon_extra14", "anon_extra16"):
        for path in sorted((DATA / folder).glob("*.txt")):
            raw = path.read_bytes()
            try:
                texts.append(raw.decode("utf-8-sig"))
            except UnicodeDecodeError:
                texts.append(raw.decode("cp1252"))
    return texts


def test_skipping_the_age_rules_finds_exactly_what_running_them_finds(
        monkeypatch: pytest.MonkeyPatch) -> None:
    whole = _texts()
    sentences = [s for t in whole for s in re.split(r"(?<=[.!?])\s+", t) if s.strip()]
    texts = whole + sentences
    skipped = [t for t in sentences if not may_hold_a_number(t)]
    assert len(skipped) > len(sentences) / 3  # the check is worth having on quote-sized texts
    with_check = [[(c.start, c.end, c.label, c.core) for c in detect(t, use_model=False)] for t in texts]
    monkeypatch.setattr(pipeline, "may_hold_a_number", lambda text: True)
    without = [[(c.start, c.end, c.label, c.core) for c in detect(t, use_model=False)] for t in texts]
    assert with_check == without
