"""Document structure: speaker labels, header metadata and closings name the interviewee."""

from __future__ import annotations

import pytest

from qcode.anonymise.candidates import PERSON
from qcode.anonymise.detect import detect
from qcode.anonymise.detectors.structure import detect_structure


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Interviewer: Hvordan går det?\n\nKatrine: Godt.\n", "Katrine"),
        ("[00:02:17] Uffe: Ja.\n", "Uffe"),
        ("\ufeffKatrine: Godt.\r\n\r\nInterviewer: Og så?\r\n", "Katrine"),  # BOM and CRLF
        ("ANNE-METTE:\tJeg kommer her tre gange om ugen.\n", "ANNE-METTE"),
        ("Transskription\n\nChristine  00:01:44\nJeg er så hele dagen hernede.\n", "Christine"),
        ("Interviewperson: Palle, 46 år\nInterviewer: I\n", "Palle"),
        ("Deltager: Uffe (51-årig mand), hjemløs\n", "Uffe"),
        ("INTERVIEW MED ANNE-METTE, F. 1978\n", "ANNE-METTE"),
        ("Tak for snakken.\n(Line, 28 år)\n", "Line"),
        ("Interviewer: Hej.\n\nPalIe: Ja, simpelthen.\n", "PalIe"),  # a misspelt label is still a name
    ],
)
def test_structure_names(text: str, name: str) -> None:
    _found, names = detect_structure(text)
    assert name in names


@pytest.mark.parametrize(
    "text",
    [
        "Interviewer: Hvordan går det?\n\nI: Og så?\n\nIP: Godt.\n\nInformant: Ja.\n",
        "Interivewer: Hvad giver det dig?\n",  # misspelt role
        "Ja: Det ser du også på.\n",  # a label typo, not a speaker
        "Katrine: Ja.\n\nAFBRYDELSE: telefonen ringer\n\nKatrine: Nå.\n",  # a one-off word label
        "Interviewer: Snakker du dagligt med hende nu?\n",
        "Interviewer: I\nSted: værested i [bynavn]\n",
    ],
)
def test_roles_and_words_are_not_names(text: str) -> None:
    assert detect_structure(text)[1] <= {"Katrine"}


def test_document_names_are_matched_everywhere_with_possessives() -> None:
    text = "Line: Jeg hedder Line.\n\nInterviewer: Og Lines mor?\n\nLine: Hun bor i nærheden."
    found = [c for c in detect(text, use_model=False) if c.label == PERSON]
    assert [c.surface for c in found] == ["Line", "Line", "Lines", "Line"]


def test_upper_case_label_finds_the_title_case_mention() -> None:
    text = "ANNE-METTE:\tJeg hedder Anne-Mette, og Mette siger min søster.\n"
    surfaces = [c.surface for c in detect(text, use_model=False) if c.label == PERSON]
    assert surfaces == ["ANNE-METTE", "Anne-Mette", "Mette"]
