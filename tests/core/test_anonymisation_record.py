"""The anonymisation's numbers for the methods appendix: every accepted register entry is counted once,
contact details included, so the table adds up to the register."""

from __future__ import annotations

from qcode.core import entities
from qcode.core.anonymisation_record import entity_counts


def test_contact_details_are_counted_with_the_rest(project):
    for kind, core in (("PERSON", "Karoline"), ("AGE", "46"), ("PLACE", "Viborg"), ("ORG", "Kirkens Korshær"),
                       ("CPR", "010203-1234"), ("PHONE", "20 30 40 50"), ("EMAIL", "k@example.dk")):
        entities.insert_entity(project, kind, core, state=entities.ACCEPTED)
    entities.insert_entity(project, "PHONE", "11 22 33 44", state=entities.REJECTED)
    counts = entity_counts(project)
    kinds = (counts.persons, counts.ages, counts.places, counts.organisations, counts.contacts)
    assert kinds == (1, 1, 1, 1, 3)
    assert counts.rejected == 1
