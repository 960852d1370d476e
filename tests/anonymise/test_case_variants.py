"""Lower-case and other case variants of accepted names: rendered away unless the lower-case form is
an ordinary Danish word ("per dag"), and the leak check agrees with what rendering did."""

from __future__ import annotations

import re
from collections.abc import Mapping

import pytest

from qcode.anonymise import register
from qcode.anonymise.batch import anonymise_files
from qcode.anonymise.candidates import Candidate
from qcode.anonymise.leak_check import LeakError, check_texts, require_clean
from qcode.anonymise.render import any_case, pseudonymise_text, render_document
from qcode.anonymise.seal import seal_project
from qcode.core import entities
from qcode.core.codebook import ensure_code_path
from qcode.core.codings import add_coding
from qcode.core.documents import add_document, get_document


def exact_detect(*names: str, label: str = "PERSON"):
    """A detector that finds ``names`` only as written, as the register matcher does."""
    def detect(text: str, *, known: Mapping[str, str] | None = None, **_: object) -> list[Candidate]:
        found = [Candidate(m.start(), m.end(), m.group(), label, name, "test", 0.9)
                 for name in names for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)]
        return sorted(found, key=lambda c: c.start)
    return detect


METTE = ("Interviewer: Hvem hjælper dig?\n"
         "Palle: Min kontaktperson Mette. Jeg skrev til mette i går, og mettes svar kom i dag.\n"
         "Palle: METTE sagde ja.\n")


@pytest.fixture
def mette_doc(project):
    doc = add_document(project, "a", METTE)
    register.detect_project(project, detect_fn=exact_detect("Palle", "Mette"))
    return doc


def test_lower_case_mention_is_rendered_and_passes_the_leak_check(project, mette_doc):
    mette = entities.find_entity(project, "PERSON", "Mette")
    assert set(mette.forms) == {"Mette"}  # the lower-case mentions were never recorded
    text = render_document(project, mette_doc).text
    assert "mette" not in text.casefold()
    p = mette.pseudonym
    assert f"Jeg skrev til {p} i går, og {p}s svar kom i dag." in text
    assert f"{p} sagde ja." in text
    report = require_clean(project, [("citater.docx", text)], use_detect=False)
    assert report.ok
    # the unrendered text still blocks: the leak check did not go blind to lower case
    with pytest.raises(LeakError) as caught:
        require_clean(project, [("citater.docx", METTE)], use_detect=False)
    assert "mette" in {h.found for h in caught.value.report.hits}


def test_lower_case_name_in_a_quote_export(project, mette_doc, tmp_path):
    from qcode.core.quotes import QuoteFilter
    from qcode.export.quotes import ExportOptions
    from qcode.export.run import export_quotes

    code = ensure_code_path(project, "netværk")
    start = METTE.index("Jeg skrev")
    add_coding(project, mette_doc, code, start, METTE.index("i dag.") + 6, project.coder_id)
    out = tmp_path / "citater.csv"
    # a hit would raise even with warnings acknowledged (fresh detections may warn)
    export_quotes(project, QuoteFilter((code,)), out, options=ExportOptions(acknowledge_warnings=True))
    written = out.read_text(encoding="utf-8-sig")
    assert "mette" not in written.casefold() and "Jeg skrev til [" in written


def test_name_that_is_a_word_stays_lower_case_and_only_warns(project):
    text = "Per: Jeg tager bussen to gange per dag. PER kommer. Pers bror ringer.\n"
    doc = add_document(project, "b", text)
    register.detect_project(project, detect_fn=exact_detect("Per"))
    per = entities.find_entity(project, "PERSON", "Per")
    rendered = render_document(project, doc).text
    p = per.pseudonym
    assert rendered == f"{p}: Jeg tager bussen to gange per dag. {p} kommer. {p}s bror ringer.\n"
    report = check_texts(project, [("rapport", rendered)], use_detect=False)
    assert not report.hits and [w.found for w in report.warnings] == ["per"]
    with pytest.raises(LeakError) as caught:
        require_clean(project, [("rapport", rendered)], use_detect=False)
    assert caught.value.message_id == "anon.leak_warnings"
    require_clean(project, [("rapport", rendered)], acknowledge_warnings=True, use_detect=False)


def test_a_name_known_only_in_upper_case_is_replaced_as_written_in_the_text(project):
    text = "PER:\tJeg hedder Per.\n\nLINE:\tOg jeg er Line. Min line er lang.\n"
    doc = add_document(project, "c", text)
    register.detect_project(project, detect_fn=exact_detect("PER", "LINE"))
    rendered = render_document(project, doc).text
    assert "Per" not in rendered and "Line" not in rendered and "LINE" not in rendered
    assert rendered.endswith("Min line er lang.\n")
    assert check_texts(project, [("x", rendered)], use_detect=False).hits == []


def test_pseudonymise_text_and_batch_copies_replace_lower_case(project, mette_doc, tmp_path):
    assert pseudonymise_text(project, "Interview med mette") == \
        f"Interview med {entities.find_entity(project, 'PERSON', 'Mette').pseudonym}"
    source = tmp_path / "in" / "a.txt"
    source.parent.mkdir()
    source.write_text(METTE, encoding="utf-8")
    result, _ = anonymise_files([source], detect_fn=exact_detect("Palle", "Mette"))
    assert "mette" not in result.outputs[source].casefold()


def test_seal_replaces_lower_case_mentions(project, mette_doc, tmp_path):
    seal_project(project, tmp_path / "key.json", plaintext_key=True)
    stored = get_document(project, mette_doc).text
    assert "mette" not in stored.casefold()
    assert check_texts(project, [("x", stored)], use_detect=False).ok


def test_place_names_follow_the_same_rule(project):
    text = "Palle: Jeg bor i Aarhus, ja aarhus. Og i Odense – odense er en by.\n"
    doc = add_document(project, "d", text)
    places, people = exact_detect("Aarhus", "Odense", label="PLACE"), exact_detect("Palle")
    register.detect_project(project, detect_fn=lambda t, **kw: sorted(places(t) + people(t),
                                                                       key=lambda c: c.start))
    rendered = render_document(project, doc).text
    assert "aarhus" not in rendered.casefold()
    assert "Odense" not in rendered  # "odense" is also a word form in the Danish lexicon: only a warning
    report = check_texts(project, [("x", rendered)], use_detect=False)
    assert not report.hits


@pytest.mark.parametrize(("form", "expected"), [
    ("Mette", True), ("Anne-Mette", True), ("Karen Sørensen", True), ("Per Hansen", True),
    ("Per", False), ("Line", False), ("Bo", False), ("Tom", False), ("Palle", False),
    ("Røde Kors", False), ("KL", False),
])
def test_which_forms_match_in_any_case(form, expected):
    assert any_case(form) is expected


def test_acronym_is_replaced_only_as_written(project):
    text = "Palle: Kl. 10 ringede de fra KL. KLs folk var søde.\n"
    doc = add_document(project, "e", text)
    orgs, people = exact_detect("KL", label="ORG"), exact_detect("Palle")
    register.detect_project(project, detect_fn=lambda t, **kw: sorted(orgs(t) + people(t),
                                                                       key=lambda c: c.start))
    rendered = render_document(project, doc).text
    assert rendered.endswith(": Kl. 10 ringede de fra [organisation]. [organisation]s folk var søde.\n")
    report = check_texts(project, [("x", rendered)], use_detect=False)
    assert not report.hits and [w.found for w in report.warnings] == ["Kl"]
