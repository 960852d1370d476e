"""Pseudonym rules: generalised ages never repeat the number; possessives and case are regenerated."""

from __future__ import annotations

import pytest

from qcode.anonymise.pseudonyms import RANGE, possessive, render_age, render_name


@pytest.mark.parametrize(("surface", "core", "decade", "range_"), [
    ("46 år", "46", "[fyrrerne]", "[40-49 år]"),
    ("40 år", "40", "[fyrrerne]", "[40-49 år]"),
    ("51-årig", "51", "[halvtredserne]", "[50-59]-årig"),
    ("den 56-årige", "56", "den [halvtredserne]", "den [50-59]-årige"),
    ("F. 1978", "1978", "F. [halvfjerdserne]", "F. [1970-1979]"),
    ("i midten af 20'erne", "20", "i midten af [tyverne]", "i midten af [20-29]"),
    ("19 år", "19", "[teenager]", "[10-19 år]"),
    ("8", "8", "[barn]", "[0-9]"),
])
def test_ages_are_generalised(surface, core, decade, range_):
    assert render_age(surface, core) == decade
    assert core not in decade  # the default style never contains the age itself
    assert render_age(surface, core, RANGE) == range_


@pytest.mark.parametrize(("surface", "core", "pseudonym", "expected"), [
    ("Lines", "Line", "Hanne", "Hannes"),
    ("Line", "Line", "Hanne", "Hanne"),
    ("Mathias'", "Mathias", "Lars", "Lars'"),
    ("Mathias’", "Mathias", "Hanne", "Hannes"),
    ("PALLE", "Palle", "Kurt", "KURT"),
    ("PALLES", "Palle", "Kurt", "KURTS"),
    ("Palles", "Palle", "[Informant 1]", "[Informant 1]s"),
])
def test_names_keep_possessive_and_case(surface, core, pseudonym, expected):
    assert render_name(surface, core, pseudonym) == expected


def test_possessive_of_names_ending_in_s():
    assert possessive("Lars") == "Lars'" and possessive("Lars", "’") == "Lars’"
    assert possessive("Hanne") == "Hannes"


def test_a_country_becomes_land_and_a_town_by() -> None:
    from qcode.anonymise.candidates import PLACE
    from qcode.anonymise.pseudonyms import Settings, label_for

    assert label_for(PLACE, "Polen", Settings()) == "[land]"
    assert label_for(PLACE, "Holstebro", Settings()) == "[by]"
    assert label_for(PLACE, "Polen", Settings(country_label="[et land]")) == "[et land]"


@pytest.mark.parametrize(("surface", "core", "decade", "range_"), [
    ("halvtreds år", "halvtreds", "[halvtredserne]", "[50-59 år]"),
    ("toogtyve", "toogtyve", "[tyverne]", "[20-29]"),
    ("sytten", "sytten", "[teenager]", "[10-19]"),
])
def test_ages_in_words_are_generalised(surface, core, decade, range_):
    assert render_age(surface, core) == decade
    assert render_age(surface, core, RANGE) == range_
