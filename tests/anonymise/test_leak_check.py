"""The leak check: an export with a leaked name is blocked; near misses need an acknowledgement."""

from __future__ import annotations

import pytest
from support.anon_helpers import fake_detect

from qcode.anonymise import register
from qcode.anonymise.leak_check import LeakError, check_texts, normalise, require_clean
from qcode.anonymise.render import render_document
from qcode.anonymise.seal import seal_project
from qcode.core.documents import add_document
from qcode.core.history import read_log

TEXT = "Interviewer: Hej Palle.\nPalle: Hej. Mathias' søster bor i Odense.\n"


@pytest.fixture
def doc(project):
    doc_id = add_document(project, "a", TEXT)
    register.detect_project(project, detect_fn=fake_detect)
    return doc_id


def test_rendered_export_is_clean(project, doc):
    report = check_texts(project, [("quotes.docx", render_document(project, doc).text)], use_detect=False)
    assert report.ok, report


@pytest.mark.parametrize("leaked", [
    "Palle", "Palles", "PALLE", "mathias", "Pal\u00adle", "Pal-\nle", "Mathias’", "Mathias'", "Ma\u200bthias",
    "Odenses",
])
def test_export_with_leaked_name_is_blocked(project, doc, leaked):
    texts = [("quote 1", "Et helt rent citat."), ("quote 2", f"Hun sagde:\nat {leaked} kom.")]
    with pytest.raises(LeakError) as caught:
        require_clean(project, texts, use_detect=False)
    hit = caught.value.report.hits[0]
    assert hit.where == "quote 2" and hit.line == 2
    assert "quote 2" in caught.value.message("en")


def test_near_miss_warns_and_acknowledgement_is_logged(project, doc):
    texts = [("rapport.html", "Som PalIe sagde, var det svært.")]
    report = check_texts(project, texts, use_detect=False)
    assert not report.hits and [w.found for w in report.warnings] == ["PalIe"]
    with pytest.raises(LeakError):
        require_clean(project, texts, use_detect=False)
    require_clean(project, texts, acknowledge_warnings=True, use_detect=False)
    logged = read_log(project, action="anon_leak_acknowledged")
    assert logged and logged[0].details["where"] == ["rapport.html"]
    assert "PalIe" not in str(logged[0].details)


def test_lower_case_homograph_is_only_a_warning(project):
    add_document(project, "b", "Line: Jeg hænger tøjet på en snor.\n")
    register.detect_project(project, detect_fn=fake_detect)
    report = check_texts(project, [("x", "Tøjet hang på en line.")], use_detect=False)
    assert not report.hits and report.warnings
    assert check_texts(project, [("x", "Det sagde Line.")], use_detect=False).hits


def test_sealed_project_knows_no_originals_and_detection_still_warns(project, doc, tmp_path):
    seal_project(project, tmp_path / "key.json", password="pw")
    assert check_texts(project, [("q", render_document(project, doc).text)], use_detect=False).ok
    # nothing in a sealed file may confirm a guessed original: only fresh detection can speak
    assert check_texts(project, [("q", "Palles bror og Mathias var der.")], use_detect=False).ok
    report = check_texts(project, [("q", "Palles bror og Mathias var der.")], use_detect=True)
    assert not report.hits and {w.found for w in report.warnings} >= {"Mathias"}


def test_normalise_maps_back_to_original_offsets():
    folded, origin = normalise("A Pal-\n  le\u00ad’s")
    assert folded == "a palle's"
    assert origin[2] == 2 and origin[5] == 9 and origin[6] == 10


def test_many_texts_at_once_find_what_each_text_finds_alone(project, doc):
    """The check reads each distinct text once (and the model all of them in one go); the findings must
    be those of checking every text by itself, in the same order, at every place a text appears."""
    texts = [
        ("quote 1", "Palle sagde, at Mathias' søster bor i Odense."),
        ("quote 2", "Hun er 42 år og hedder Karen Sørensen; hun bor i Vejle."),
        ("quote 3", "Mit CPR-nummer er 010203-1234, skriv til karen.s@example.dk."),
        ("quote 4", "Som PalIe sagde, var det svært."),
        ("quote 1 (again)", "Palle sagde, at Mathias' søster bor i Odense."),
        ("quote 5", "Et helt rent citat uden navne."),
        ("quote 3 (again)", "Mit CPR-nummer er 010203-1234, skriv til karen.s@example.dk."),
    ]
    together = check_texts(project, texts)
    alone_hits, alone_warnings = [], []
    for where, text in texts:
        alone = check_texts(project, [(where, text)])
        alone_hits += alone.hits
        alone_warnings += alone.warnings
    # the register, age, contact and near-miss findings of every text come first, then the detections
    in_order = sorted(alone_warnings, key=lambda w: w.reason.startswith("detected"))
    assert together.hits == alone_hits and together.warnings == in_order
    assert {h.where for h in together.hits} >= {"quote 1", "quote 1 (again)", "quote 3", "quote 3 (again)"}
    found = {h.found for h in together.hits + together.warnings}
    assert {"Palle", "010203-1234", "karen.s@example.dk", "PalIe"} <= found
    assert check_texts(project, texts) == together  # the second check (detections remembered) agrees


@pytest.mark.parametrize("text", [
    "Palle bor i Ødis.", "STRASSE Straße", "ﬁne ½ ² Pal\u00a0le", "Pal-\nle", "Pal- \r\n le", "Mathias’s",
    "e\u0301 Σίσυφος ΣΑΣ", "İstanbul ǅemal", "Pal\u200ble", "", "a-\nb - \n", "Ǆ ß ŉ",
])
def test_normalise_fast_path_is_the_character_by_character_result(text):
    from qcode.anonymise.leak_check import _normalise_slowly

    assert normalise(text) == _normalise_slowly(text)


def test_the_model_still_finds_a_name_the_register_does_not_know_in_a_quote(project, doc):
    """Only the statistical model knows this name (no list, no rule, not in the register): the check must
    still read every new quote with it (the model runs on numpy's BLAS, one thread, since #19)."""
    from qcode.anonymise import detect

    detect._CACHE.clear()  # a text this process has not checked before
    texts = [("quote 1", "Det var Nkechi Adeyemi, der hjalp mig med papirerne."),
             ("quote 2", "Et helt rent citat uden navne.")]
    report = check_texts(project, texts)
    assert not report.hits
    assert [(w.where, w.found, w.reason) for w in report.warnings] == [
        ("quote 1", "Nkechi Adeyemi", "detected (model)")]
    with pytest.raises(LeakError):
        require_clean(project, texts)
