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
KINDS = (PERSON, AGE, PLACE, ORG, DATE, RELATIVE)


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
