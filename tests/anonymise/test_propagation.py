"""Context-aware propagation of known names into new documents, and --explain."""

from __future__ import annotations

import pytest

from qcode.anonymise.batch import anonymise_files, write_outputs
from qcode.anonymise.detect import detect_full
from qcode.anonymise.propagation import ambiguous, evidence


@pytest.mark.parametrize(("text", "form", "expected"), [
    ("Vinter er en hård tid for mig.", "Vinter", False),  # the season opening a sentence
    ("Vinter kom forbi i går.", "Vinter", True),  # a subject before a verb
    ("Jeg snakkede med Grethe Vinter i går.", "Vinter", True),  # capitalised mid-sentence
    ("Min mand Bo er syg.", "Bo", True),
    ("Mikkel sover.", "Mikkel", True),  # no ordinary word: no evidence needed
])
def test_a_known_word_name_needs_evidence_in_its_new_context(text: str, form: str, expected: bool) -> None:
    start = text.index(form)
    assert bool(evidence(text, start, start + len(form), form)) is expected


def test_ordinary_words_and_english_words_are_ambiguous() -> None:
    assert ambiguous("Vinter") and ambiguous("Bo") and ambiguous("Only")
    assert not ambiguous("Mikkel") and not ambiguous("Grethe Vinter")


def test_register_names_without_evidence_are_dropped_with_the_reason() -> None:
    found = detect_full("Vinter er koldt. Jeg talte med Vinter om det.", known={"Vinter": "PERSON"},
                        use_model=False)
    assert [c.start for c in found.candidates if c.surface == "Vinter"] == [31]
    assert any(c.start == 0 and "no sign of a name" in why for c, why in found.dropped)


def test_a_pet_keeps_its_name_where_a_person_in_another_file_has_it(tmp_path) -> None:
    """#13: a name found in one document is no reason to replace the same word used otherwise in another."""
    (tmp_path / "a.txt").write_text("IP: Min ven Storm kommer i morgen. Storm er sød.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("IP: Med en schæfer, Storm, som ikke må komme.\n", encoding="utf-8")
    result, files = anonymise_files([tmp_path / "a.txt", tmp_path / "b.txt"], use_model=False)
    write_outputs(result, files, tmp_path / "out")
    assert "Storm" not in (tmp_path / "out" / "a.txt").read_text(encoding="utf-8")
    assert "schæfer, Storm," in (tmp_path / "out" / "b.txt").read_text(encoding="utf-8")
