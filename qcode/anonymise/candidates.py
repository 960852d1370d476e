"""Candidate spans found by the detectors, before a person reviews them.

This record is the contract between detection (``pipeline``/``detectors``) and the register,
review and rendering code: detectors return candidates; nothing else about them leaks out.
"""

from __future__ import annotations

from dataclasses import dataclass

# Entity kinds, as stored in the register.
PERSON = "PERSON"
AGE = "AGE"
PLACE = "PLACE"
ORG = "ORG"
DATE = "DATE"
RELATIVE = "RELATIVE"
# Contact identifiers (#13): each has its own placeholder ("[cpr-nummer]", "[telefonnummer]" …).
CPR = "CPR"
PHONE = "PHONE"
EMAIL = "EMAIL"
ADDRESS = "ADDRESS"  # street, number, floor and side
POSTCODE = "POSTCODE"
BIRTHDATE = "BIRTHDATE"
USERNAME = "USERNAME"  # a private person's handle on a social medium or app ("@line_k93", "snap: rene_gl81")
CONTACT_KINDS = (CPR, PHONE, EMAIL, ADDRESS, POSTCODE, BIRTHDATE, USERNAME)
KINDS = (PERSON, AGE, PLACE, ORG, DATE, RELATIVE, *CONTACT_KINDS)
# Replaced only where they were detected, never as a string anywhere: the same digits elsewhere are
# a duration, a price or a year ("46 år", "4300 kroner"), so these kinds have no forms.
CONTEXT_BOUND = frozenset({AGE, POSTCODE})


@dataclass(frozen=True)
class Candidate:
    """One detected mention: ``text[start:end] == surface`` in the document's canonical text.

    ``core`` is the entity's base form (``"Mathias"`` for the surface ``"Mathias'"``, ``"46"`` for
    ``"46 år"``); ``detector`` names who found it (structure, register, lexicon, model, ages, places);
    ``score`` is a confidence in [0, 1].
    """

    start: int
    end: int
    surface: str
    label: str
    core: str
    detector: str
    score: float = 1.0
    # why the detector took it ("rule fødselsdato", "lexicon: first name, context 'hedder'"): --explain
    reason: str = ""
