"""Which findings wait for review (#13): uncertain ones wait with a reason, certain ones are accepted,
and a finding that waits is replaced like an accepted one until someone rejects it."""

from __future__ import annotations

import re

import pytest

from qcode.anonymise import register, review
from qcode.anonymise.candidates import Candidate
from qcode.anonymise.render import render_document
from qcode.anonymise.triage import waits_for_review, why_text
from qcode.core import entities
from qcode.core.documents import add_document


def _c(detector: str, label: str = "PERSON", core: str = "Nova", score: float = 0.9,
       reason: str = "") -> Candidate:
    return Candidate(0, len(core), core, label, core, detector, score, reason)


@pytest.mark.parametrize(("found", "why"), [
    ([_c("model", score=0.6)], "model"),
    ([_c("shape", score=0.55), _c("model", score=0.6)], "model"),
    ([_c("propagated", score=0.6)], "propagated"),
    ([_c("model"), _c("structure")], ""),  # a speaker label says it is a name
    ([_c("contact", "PHONE", "28 14 63 07")], ""),
    ([_c("model", "PHONE", "28 14 63 07")], ""),  # a contact identifier is certain whoever found it
    ([_c("context", core="Bamse", reason="a nickname given as one ('kalder de ham …')")], "nickname"),
    ([_c("lexicon", core="Bo")], "ordinary"),
    ([_c("lexicon", core="Bo"), _c("lexicon", core="Bo")], ""),  # said twice as a name
    ([_c("lexicon", core="Mikkel")], ""),
    ([_c("ages", "AGE", "12", 0.85)], "age"),
    ([_c("ages", "AGE", "46", 0.9)], ""),
])
def test_what_waits_and_why(found, why):
    assert waits_for_review(found[0].label, found[0].core, found) == why
    assert bool(why_text(why, "da")) == bool(why)


def _detect_nova(text: str, **_: object) -> list[Candidate]:
    """"Nova" as the model sees it, and as a speaker label where the text has one."""
    found = []
    for m in re.finditer(r"\bNova\b", text):
        label = text[m.end():m.end() + 1] == ":"
        detector, score = ("structure", 1.0) if label else ("model", 0.6)
        found.append(Candidate(m.start(), m.end(), "Nova", "PERSON", "Nova", detector, score))
    return found


def test_a_guess_waits_until_a_later_document_says_it_is_a_name(project):
    first = add_document(project, "a", "IP: Jeg snakkede med Nova i går.\n")
    register.detect_project(project, detect_fn=_detect_nova)
    (nova,) = entities.list_entities(project)
    assert nova.state == entities.PENDING
    assert [i.why for i in review.review_items(project)] == ["model"]
    assert "Nova" not in render_document(project, first).text  # replaced while it waits
    add_document(project, "b", "Nova: Hej.\n")
    register.detect_project(project, detect_fn=_detect_nova)
    assert entities.get_entity(project, nova.id).state == entities.ACCEPTED
    assert review.review_items(project)[0].why == ""


def test_a_decision_is_never_undone_by_detection(project):
    add_document(project, "a", "IP: Jeg snakkede med Nova i går.\n")
    register.detect_project(project, detect_fn=_detect_nova)
    (nova,) = entities.list_entities(project)
    review.reject(project, nova.id)
    add_document(project, "b", "Nova: Hej.\n")
    register.detect_project(project, detect_fn=_detect_nova)
    assert entities.get_entity(project, nova.id).state == entities.REJECTED
