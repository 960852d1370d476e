"""Names inside file-like identifiers ("interview_birgit", "birgit2") are pseudonymised and caught by
the leak check: document names travel into quote tables and REFI exports."""

from __future__ import annotations

import re
from collections.abc import Mapping

import pytest

from qcode.anonymise import register
from qcode.anonymise.candidates import Candidate
from qcode.anonymise.leak_check import LeakError, require_clean
from qcode.anonymise.render import forms_pattern, pseudonymise_text
from qcode.core.documents import add_document


def detect_birgit(text: str, *, known: Mapping[str, str] | None = None, **_: object) -> list[Candidate]:
    return [Candidate(m.start(), m.end(), "Birgit", "PERSON", "Birgit", "test", 0.9)
            for m in re.finditer(r"(?<!\w)Birgit(?!\w)", text)]


@pytest.fixture
def birgit(project):
    add_document(project, "interview_birgit", "Interviewer: Hej.\nBirgit: Jeg hedder Birgit.\n")
    register.detect_project(project, detect_fn=detect_birgit)
    return project


@pytest.mark.parametrize("name", ["interview_birgit", "Birgit2", "birgit_2024.txt", "BIRGIT-interview"])
def test_names_in_identifiers_are_pseudonymised(birgit, name):
    assert "birgit" not in pseudonymise_text(birgit, name).lower()


def test_a_document_name_with_the_name_blocks_an_export(birgit):
    with pytest.raises(LeakError):
        require_clean(birgit, [("dokument", "interview_birgit")], acknowledge_warnings=True)
    require_clean(birgit, [("dokument", pseudonymise_text(birgit, "interview_birgit"))],
                  acknowledge_warnings=True)


def test_names_inside_longer_words_are_left_alone():
    pattern = forms_pattern(["Palle", "3F"])
    assert [m.group() for m in pattern.finditer("Pallesen, 13F og Palle_2 i 3F")] == ["Palle", "3F"]
