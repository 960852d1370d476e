"""A clock time is no age in the leak check: with "ni" recorded as an age ("Jeg er ni år"), an export
saying "klokken halv ni", "kvart over ni", "ti minutter i ni" or "i går kl. 9" was warned about as an
age (a stranger's run). The recorded age itself is still found beside them."""

from __future__ import annotations

import pytest

from qcode.anonymise.leak_check import check_texts
from qcode.anonymise.review import add_manual_mention
from qcode.core.documents import add_document

TEXT = "Palle: Jeg er ni år, og jeg er 9 år i min mors papirer.\n"


@pytest.fixture
def aged(project):
    """A project with "ni" (as the detector records a spelled age: the number word) and "9 år" recorded
    (accepted) as ages."""
    doc = add_document(project, "iv", TEXT)
    for surface in ("ni", "9 år"):
        start = TEXT.index(surface)
        add_manual_mention(project, doc, start, start + len(surface), "AGE")
    return project


def _ages(project, text: str) -> list[str]:
    report = check_texts(project, [("quote", text)], use_detect=False)
    return [hit.found for hit in report.hits + report.warnings if hit.kind == "AGE"]


@pytest.mark.parametrize("text", [
    "Vi mødes klokken halv ni.", "Hun kom kvart over ni.", "Det var ti minutter i ni.", "Klokken ni.",
    "Vi starter ni om morgenen.", "I går kl. 9 var jeg træt.", "Bussen gik kl. 9.30.",
])
def test_a_clock_time_is_no_age(aged, text: str):
    assert _ages(aged, text) == []


def test_the_recorded_age_beside_a_clock_time_is_still_found(aged):
    assert _ages(aged, "Klokken halv ni sagde hun, at hun er ni år.") == ["ni"]
    assert _ages(aged, "Han er 9 år, og vi mødes kl. 9.") == ["9 år"]
    assert _ages(aged, "Hun er ni, siger hun.") == ["ni"]  # a bare recorded word with no clock beside it
